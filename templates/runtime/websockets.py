"""OCPP-J over the `websockets` package: a CSMS server (`serve`) and a station client (`connect`).

Optional: it needs `websockets` 15 or later (the package's ``websockets`` extra); nothing else
in the package imports it. Both ends run the package's `session.Session` on each connection::

    async with serve(router, "0.0.0.0", 9000) as server:            # the CSMS
        await server.call("CS-1", ResetRequest(type=ResetEnumType.IMMEDIATE))

    async with connect("ws://csms.example/ocpp", station_router, "CS-1") as station:
        await station.call(HeartbeatRequest())                      # a HeartbeatResponse

The OCPP security profiles: 1, HTTP Basic authentication (`authenticate=` on the server,
`password=` on the station); 2, the same over TLS (`ssl=` an `ssl.SSLContext` on both ends);
3, mutual TLS (the server's context requires client certificates, and a certificate's common
name must be the station id).

`policy=` (a `tolerance.Policy`; for `serve` also a function of the station id returning one)
decodes what the peer sends under that tolerance policy; the default is strict.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import ssl as ssl_module
import sys
import unicodedata
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from types import MappingProxyType, TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as websockets_connect
from websockets.asyncio.server import Server as WebsocketsServer
from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as websockets_serve
from websockets.datastructures import Headers
from websockets.exceptions import InvalidHandshake, InvalidStatus
from websockets.frames import CloseCode
from websockets.headers import build_authorization_basic, parse_authorization_basic
from websockets.http11 import Request as HttpRequest
from websockets.http11 import Response as HttpResponse
from websockets.typing import Subprotocol

from . import ocpp_j
from ._runtime import OneWay, Payload, Request
from .session import (
    DEFAULT_INBOUND_LIMIT,
    DEFAULT_TIMEOUT,
    FrameHook,
    Router,
    Session,
    SessionClosed,
)
from .tolerance import Policy

logger = logging.getLogger(__name__)

ResponseT = TypeVar("ResponseT", bound=Payload)

SUBPROTOCOL = Subprotocol(ocpp_j.SUBPROTOCOL)
"""The WebSocket subprotocol both ends insist on, the build's OCPP version's (`ocpp_j.SUBPROTOCOL`):
``ocpp2.0.1`` for OCPP 2.0.1, ``ocpp2.1`` for OCPP 2.1, ``ocpp1.6`` for OCPP 1.6."""
MAX_STATION_ID_LENGTH = 48
"""OCPP-J 2.0.1 and 2.1: the charging station's identity, the last segment of its URL, is at most
48 characters; the adapter keeps that bound in every build (OCPP-J 1.6 states none)."""

Authenticate = Callable[[str, str, str], Awaitable[bool] | bool]
"""``authenticate(station_id, username, password)``: True lets the station in (security
profiles 1 and 2). The username has already been checked to be the station id."""
OnConnect = Callable[[Session], Awaitable[None]]
"""Run in a task of its own once a connection is open and its session serving."""
PolicyFor = Callable[[str], Policy | None]
"""``policy_for(station_id)``: the tolerance policy of a station's session (None: strict)."""


class StationNotConnected(SessionClosed):
    """`Server.call` was given a station id with no open connection."""

    def __init__(self, station_id: str) -> None:
        super().__init__(f"{station_id} is not connected")
        self.station_id = station_id

    def __reduce__(self) -> tuple[Any, ...]:  # rebuilt from its fields, not from its message
        return (type(self), (self.station_id,), self.__dict__)


def station_id_from_path(path: str) -> str:
    """The station id a request path names: its last segment, percent-decoded.

    Raises ValueError saying why the id is not acceptable: empty, longer than 48 characters,
    containing ``/`` (``%2F``) or a control character, or not UTF-8 once decoded.
    """
    encoded = urlsplit(path).path.rsplit("/", 1)[-1]
    try:
        station_id = unquote(encoded, errors="strict")
    except UnicodeDecodeError:
        raise ValueError(f"the station id {encoded!r} is not UTF-8 once decoded") from None
    if not station_id:
        raise ValueError("the path names no station id")
    if len(station_id) > MAX_STATION_ID_LENGTH:
        raise ValueError(
            f"the station id {station_id[:60]!r} is longer than {MAX_STATION_ID_LENGTH} characters"
        )
    if "/" in station_id:
        raise ValueError(f"the station id {station_id!r} contains '/'")
    if any(unicodedata.category(c) == "Cc" for c in station_id):
        raise ValueError(f"the station id {station_id!r} contains a control character")
    return station_id


def _offered_subprotocols(headers: Headers) -> list[str]:
    return [
        part.strip()
        for value in headers.get_all("Sec-WebSocket-Protocol")
        for part in value.split(",")
    ]


def _common_names(certificate: Any) -> list[str]:
    """The commonName values of a certificate's subject, as `SSLSocket.getpeercert()` gives it."""
    if not isinstance(certificate, dict):
        return []
    return [
        value
        for relative_name in certificate.get("subject", ())
        for key, value in relative_name
        if key == "commonName"
    ]


class _OneLineHandshakeLog(logging.LoggerAdapter):  # type: ignore[type-arg]
    """websockets logs a failed handshake (not a WebSocket request, say) with its traceback,
    and every refused one a second time: a bad request from outside is not a fault here, and
    one line says it."""

    def log(self, level: int, msg: Any, *args: Any, **kwargs: Any) -> None:
        if msg == "connection rejected (%d %s)":
            return  # refused by us (and logged then) or by websockets (logged below)
        if msg == "opening handshake failed" and kwargs.get("exc_info") is True:
            error = sys.exc_info()[1]
            if error is not None:
                cause = f": {error.__cause__}" if error.__cause__ is not None else ""
                kwargs["exc_info"] = None
                level, msg = logging.WARNING, f"refused a handshake: {error}{cause}"
        super().log(level, msg, *args, **kwargs)


class Server:
    """The CSMS end: accepts stations at ``ws[s]://HOST:PORT/[ANY/BASE/PATH/]<station id>``.

    Made by `serve`; ``async with`` starts listening and, at the block's end, closes every
    connection. Each station's connection is served by a `Session` (role "csms") with `router`.
    """

    def __init__(
        self,
        router: Router,
        host: str | None,
        port: int | None,
        *,
        authenticate: Authenticate | None = None,
        ssl: ssl_module.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        inbound_limit: int = DEFAULT_INBOUND_LIMIT,
        frame_hook: FrameHook | None = None,
        on_connect: OnConnect | None = None,
        policy: Policy | PolicyFor | None = None,
        **websockets_options: Any,
    ) -> None:
        if policy is not None and not isinstance(policy, Policy) and not callable(policy):
            raise TypeError(
                "policy is a tolerance.Policy, a function of the station id returning one,"
                f" or None; not {type(policy).__name__}"
            )
        self.router = router
        self.host = host
        self._policy = policy
        self.requested_port = port
        self._authenticate = authenticate
        self._ssl = ssl
        self._session_options: dict[str, Any] = {
            "timeout": timeout,
            "inbound_limit": inbound_limit,
            "frame_hook": frame_hook,
        }
        self._on_connect = on_connect
        self._websockets_options = websockets_options
        self._server: WebsocketsServer | None = None
        self._stations: dict[str, Session] = {}
        self._connections: dict[str, ServerConnection] = {}
        self._arrivals: dict[str, asyncio.Event] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- Lifetime ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Starts listening (what ``async with`` does first)."""
        if self._server is not None:
            raise RuntimeError("the server has started already")
        self._server = await websockets_serve(
            self._serve_connection,
            self.host,
            self.requested_port,
            subprotocols=[SUBPROTOCOL],
            process_request=self._check_handshake,
            ssl=self._ssl,
            logger=_OneLineHandshakeLog(logging.getLogger(f"{__name__}.server"), {}),
            **self._websockets_options,
        )

    async def close(self) -> None:
        """Closes every connection and stops listening."""
        if self._server is None:
            return
        self._server.close()
        await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def serve_forever(self) -> None:
        """Serves until cancelled."""
        if self._server is None:
            await self.start()
        assert self._server is not None
        await self._server.serve_forever()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def port(self) -> int:
        """The port listened on (the one the system picked when `port` was 0)."""
        if self._server is None:
            raise RuntimeError("the server has not started")
        return int(next(iter(self._server.sockets)).getsockname()[1])

    # -- Stations ------------------------------------------------------------------------------

    @property
    def stations(self) -> Mapping[str, Session]:
        """The connected stations' sessions by station id (a read-only live view)."""
        return MappingProxyType(self._stations)

    async def wait_for_station(self, station_id: str, *, timeout: float | None = None) -> Session:
        """The session of `station_id`, once it is connected; TimeoutError after `timeout`."""
        async with asyncio.timeout(timeout):
            while True:
                session = self._stations.get(station_id)
                if session is not None and not session.closed:
                    return session
                await self._arrivals.setdefault(station_id, asyncio.Event()).wait()

    async def call(
        self, station_id: str, request: Request[ResponseT], *, timeout: float | None = None
    ) -> ResponseT:
        """Sends `request` to the station connected as `station_id` and returns its response;
        StationNotConnected when it is not connected, otherwise as `Session.call`."""
        session = self._stations.get(station_id)
        if session is None or session.closed:
            raise StationNotConnected(station_id)
        return await session.call(request, timeout=timeout)

    async def send(self, station_id: str, message: OneWay) -> None:
        """Sends a one-way message (OCPP 2.1's SEND) to the station connected as `station_id`;
        StationNotConnected when it is not connected, otherwise as `Session.send`."""
        session = self._stations.get(station_id)
        if session is None or session.closed:
            raise StationNotConnected(station_id)
        await session.send(message)

    async def disconnect(self, station_id: str, reason: str = "") -> None:
        """Closes the connection of `station_id` (nothing when it is not connected)."""
        connection = self._connections.get(station_id)
        if connection is not None:
            await connection.close(CloseCode.NORMAL_CLOSURE, reason)

    # -- Handshake -----------------------------------------------------------------------------

    async def _check_handshake(
        self, connection: ServerConnection, request: HttpRequest
    ) -> HttpResponse | None:
        """None lets the handshake go on; a response refuses it (one log line says why)."""
        if "websocket" not in request.headers.get("Upgrade", "").lower():
            return None  # not a WebSocket handshake: websockets refuses it (426)
        try:
            station_id = station_id_from_path(request.path)
        except ValueError as error:
            return self._refuse(connection, request, HTTPStatus.NOT_FOUND, str(error))
        if SUBPROTOCOL not in _offered_subprotocols(request.headers):
            reason = f"subprotocol {SUBPROTOCOL} not offered"
            return self._refuse(connection, request, HTTPStatus.BAD_REQUEST, reason)
        if self._ssl is not None:
            certificate = connection.transport.get_extra_info("peercert")
            # Security profile 3: a verified client certificate names the station it belongs to.
            if certificate and station_id not in _common_names(certificate):
                reason = f"the client certificate's common name is not {station_id!r}"
                return self._refuse(connection, request, HTTPStatus.FORBIDDEN, reason)
        if self._authenticate is not None:
            return await self._check_basic_auth(connection, request, station_id)
        return None

    async def _check_basic_auth(
        self, connection: ServerConnection, request: HttpRequest, station_id: str
    ) -> HttpResponse | None:
        header = request.headers.get("Authorization")
        if header is None:
            return self._unauthorized(connection, request, "no credentials")
        try:
            username, password = parse_authorization_basic(header)
        except InvalidHandshake:
            # not echoed: a garbled header may still hold a secret
            return self._unauthorized(connection, request, "unreadable credentials")
        if username != station_id:
            # Security profiles 1 and 2 (OCPP 2.x, and 1.6's security extension): the username is the
            # station's identity.
            return self._unauthorized(connection, request, f"username {username!r} is not the id")
        assert self._authenticate is not None
        try:
            verdict = self._authenticate(station_id, username, password)
            if inspect.isawaitable(verdict):
                verdict = await verdict
        except Exception:
            logger.exception("%s: the authenticate hook failed", station_id)
            return connection.respond(HTTPStatus.INTERNAL_SERVER_ERROR, "Internal error.\n")
        if verdict is not True:
            return self._unauthorized(connection, request, "wrong credentials")
        return None

    def _unauthorized(
        self, connection: ServerConnection, request: HttpRequest, reason: str
    ) -> HttpResponse:
        response = self._refuse(connection, request, HTTPStatus.UNAUTHORIZED, reason)
        response.headers["WWW-Authenticate"] = 'Basic realm="OCPP", charset="UTF-8"'
        return response

    def _refuse(
        self, connection: ServerConnection, request: HttpRequest, status: HTTPStatus, reason: str
    ) -> HttpResponse:
        logger.warning(
            "refused %s from %s: %s (%d)",
            request.path[:200],
            connection.remote_address,
            reason,
            status,
        )
        return connection.respond(status, f"{status.phrase}.\n")

    # -- Connections ---------------------------------------------------------------------------

    async def _serve_connection(self, connection: ServerConnection) -> None:
        assert connection.request is not None  # set once the handshake is done
        station_id = station_id_from_path(connection.request.path)  # checked in the handshake
        session = Session(
            connection,
            self.router,
            role="csms",
            station_id=station_id,
            policy=self._policy_of(station_id),
            **self._session_options,
        )
        previous = self._connections.get(station_id)
        self._stations[station_id] = session
        self._connections[station_id] = connection
        arrival = self._arrivals.pop(station_id, None)
        if arrival is not None:
            arrival.set()
        if previous is not None:
            # The station is back: the old connection (likely dead, and its close handshake
            # could take seconds) is closed aside, while the new one is served at once.
            logger.info("%s: a new connection replaces the old one", station_id)
            self._spawn(previous.close(CloseCode.NORMAL_CLOSURE, "replaced by a new connection"))
        logger.info("%s: connected from %s", station_id, connection.remote_address)
        if self._on_connect is not None:
            self._spawn(_run_on_connect(self._on_connect, session))
        try:
            await session.run()
        finally:
            if self._stations.get(station_id) is session:
                del self._stations[station_id]
                del self._connections[station_id]

    def _policy_of(self, station_id: str) -> Policy | None:
        policy = self._policy
        if policy is None or isinstance(policy, Policy):
            return policy
        try:
            chosen = policy(station_id)
            if chosen is not None and not isinstance(chosen, Policy):
                raise TypeError(f"it returned a {type(chosen).__name__}, not a Policy or None")
        except Exception:
            # Strict is the safe side: the station is served, and nothing is tolerated.
            logger.exception("%s: the policy function failed; serving strictly", station_id)
            return None
        return chosen

    def _spawn(self, work: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


async def _run_on_connect(on_connect: OnConnect, session: Session) -> None:
    try:
        await on_connect(session)
    except SessionClosed:
        pass  # the connection ended under it: the next one runs it again
    except Exception:
        logger.exception("%s: the on_connect hook failed", session.station_id)


def serve(
    router: Router,
    host: str | None,
    port: int | None,
    *,
    authenticate: Authenticate | None = None,
    ssl: ssl_module.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    inbound_limit: int = DEFAULT_INBOUND_LIMIT,
    frame_hook: FrameHook | None = None,
    on_connect: OnConnect | None = None,
    policy: Policy | PolicyFor | None = None,
    **websockets_options: Any,
) -> Server:
    """A CSMS serving `router` on `host`:`port`; use it as ``async with serve(...) as server``.

    A station connects to any path ending in its id with the subprotocol `SUBPROTOCOL`; other
    handshakes are refused (one log line each). `authenticate(station_id, username, password)`
    (a function or a coroutine function) checks HTTP Basic credentials whose username must be
    the station id; `ssl` serves TLS, and a client certificate, when the context asks for one,
    must carry the station id as its common name. `timeout`, `inbound_limit` and `frame_hook`
    go to each `Session`; `on_connect(session)` runs once per connection; the remaining
    keyword arguments go to `websockets.asyncio.server.serve` (`max_size`, `ping_interval`, ...).
    A frame larger than `max_size` (websockets' default: 1 MiB) closes its connection with 1009.
    `policy` is the tolerance policy of every station's session, or `policy(station_id)` chooses
    one per station as it connects (None, the default: strict; a failing function: strict,
    logged).
    """
    return Server(
        router,
        host,
        port,
        authenticate=authenticate,
        ssl=ssl,
        timeout=timeout,
        inbound_limit=inbound_limit,
        frame_hook=frame_hook,
        on_connect=on_connect,
        policy=policy,
        **websockets_options,
    )


# -- The station end --------------------------------------------------------------------------


def station_url(url: str, station_id: str) -> str:
    """`url` with the station id as its last path segment (percent-encoded), unless it ends in it."""
    parts = urlsplit(url)
    segment = quote(station_id, safe="")
    if parts.path.rsplit("/", 1)[-1] == segment:
        return url
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit(parts._replace(path=path + segment))


class RefusedConnection(ConnectionError):
    """The CSMS refused the station for good (an HTTP 4xx answer, or not the subprotocol
    `SUBPROTOCOL`): retrying would not help, so no reconnection is attempted."""


class HandshakeFailed(ConnectionError):
    """The answer to the opening handshake was no WebSocket upgrade, and not a refusal either
    (an HTTP 5xx, a reply that is not HTTP/1.1, a connection closed mid-handshake): possibly
    passing, so it is retried when the station reconnects."""


class Station:
    """The station end: one connection at a time to the CSMS, served by a `Session` (role
    "station"); with `reconnect`, a new one after each loss, with exponential backoff.

    Made by `connect`; ``async with`` opens the first connection (retrying, with `reconnect`,
    until one opens) and, at the block's end, closes it.
    """

    def __init__(
        self,
        url: str,
        router: Router,
        station_id: str,
        *,
        password: str | None = None,
        ssl: ssl_module.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        inbound_limit: int = DEFAULT_INBOUND_LIMIT,
        frame_hook: FrameHook | None = None,
        on_connect: OnConnect | None = None,
        reconnect: bool = False,
        reconnect_delay: float = 1.0,
        max_reconnect_delay: float = 60.0,
        policy: Policy | None = None,
        **websockets_options: Any,
    ) -> None:
        station_id_from_path("/" + quote(station_id, safe=""))  # the CSMS's rules, checked early
        if not 0 < reconnect_delay <= max_reconnect_delay:
            raise ValueError("0 < reconnect_delay <= max_reconnect_delay, please")
        self.url = station_url(url, station_id)
        self.router = router
        self.station_id = station_id
        self.reconnect = reconnect
        self.reconnect_delay = reconnect_delay
        self.max_reconnect_delay = max_reconnect_delay
        self._session_options: dict[str, Any] = {
            "timeout": timeout,
            "inbound_limit": inbound_limit,
            "frame_hook": frame_hook,
            "policy": policy,
        }
        self._on_connect = on_connect
        self._connect_options: dict[str, Any] = dict(websockets_options)
        if password is not None:
            headers = dict(self._connect_options.pop("additional_headers", None) or {})
            headers["Authorization"] = build_authorization_basic(station_id, password)
            self._connect_options["additional_headers"] = headers
        if ssl is not None:
            self._connect_options["ssl"] = ssl
        self._session: Session | None = None
        self._connection: ClientConnection | None = None
        self._changed = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._stopping = False
        self.connections = 0
        """How many connections were opened so far."""

    @property
    def session(self) -> Session | None:
        """The session of the open connection; None while (re)connecting or once stopped."""
        return self._session

    async def call(self, request: Request[ResponseT], *, timeout: float | None = None) -> ResponseT:
        """Sends `request` to the CSMS and returns its response, as `Session.call`. While
        reconnecting, it first waits (up to the call's timeout) for the connection."""
        limit = self._session_options["timeout"] if timeout is None else timeout
        session = await self.wait_connected(timeout=limit)
        return await session.call(request, timeout=timeout)

    async def send(self, message: OneWay, *, timeout: float | None = None) -> None:
        """Sends a one-way message (OCPP 2.1's SEND) to the CSMS, as `Session.send`. While
        reconnecting, it first waits (up to `timeout`, default the session's) for the
        connection."""
        limit = self._session_options["timeout"] if timeout is None else timeout
        session = await self.wait_connected(timeout=limit)
        await session.send(message)

    async def wait_connected(self, *, timeout: float | None = None) -> Session:
        """The session of the open connection, waiting for one while reconnecting;
        SessionClosed when the station has stopped (or, without `reconnect`, lost its
        connection), TimeoutError after `timeout`."""
        try:
            async with asyncio.timeout(timeout):
                while True:
                    session = self._session
                    if session is not None and not session.closed:
                        return session
                    if self._runner is None or self._runner.done():
                        raise SessionClosed(f"{self.station_id}: not connected")
                    # set when a connection opens and when the runner ends
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            raise TimeoutError(f"{self.station_id}: not connected within {timeout:g} s") from None

    async def _open(self) -> ClientConnection:
        try:
            connection = await websockets_connect(
                self.url, subprotocols=[SUBPROTOCOL], **self._connect_options
            )
        except InvalidStatus as error:
            if 400 <= error.response.status_code < 500:
                raise RefusedConnection(f"{self.station_id}: {self.url}: {error}") from error
            raise HandshakeFailed(f"{self.station_id}: {self.url}: {error}") from error
        except InvalidHandshake as error:
            raise HandshakeFailed(f"{self.station_id}: {self.url}: {error}") from error
        if connection.subprotocol != SUBPROTOCOL:
            await connection.close()
            raise RefusedConnection(f"{self.station_id}: {self.url} did not accept {SUBPROTOCOL}")
        return connection

    async def _open_with_retries(self) -> ClientConnection:
        delay = self.reconnect_delay
        while True:
            try:
                return await self._open()
            except RefusedConnection:
                raise
            except (OSError, TimeoutError, InvalidHandshake) as error:
                if not self.reconnect:
                    raise
                # Jitter spreads the reconnections of many stations after a CSMS restart.
                wait = delay * random.uniform(0.5, 1.0)
                logger.info(
                    "%s: could not connect (%s); retrying in %.1f s", self.station_id, error, wait
                )
                await asyncio.sleep(wait)
                delay = min(delay * 2, self.max_reconnect_delay)

    def _begin(self, connection: ClientConnection) -> Session:
        self.connections += 1
        self._connection = connection
        self._session = Session(
            connection,
            self.router,
            role="station",
            station_id=self.station_id,
            **self._session_options,
        )
        self._changed.set()
        logger.info("%s: connected to %s", self.station_id, self.url)
        return self._session

    async def _serve(self, session: Session) -> None:
        while True:
            on_connect = None
            if self._on_connect is not None:
                on_connect = asyncio.create_task(_run_on_connect(self._on_connect, session))
            try:
                await session.run()
            finally:
                if on_connect is not None:
                    # One turn of the loop first: a call the session's end has just failed
                    # gets to see its SessionClosed rather than a cancellation.
                    await asyncio.sleep(0)
                    on_connect.cancel()
                    await asyncio.gather(on_connect, return_exceptions=True)
            self._session = None
            if self._stopping or not self.reconnect:
                return
            try:
                connection = await self._open_with_retries()
            except RefusedConnection as error:
                logger.error("%s: giving up: %s", self.station_id, error)
                return
            if self._stopping:  # close() came while this connection was opening
                await connection.close()
                return
            session = self._begin(connection)

    async def start(self) -> None:
        """Opens the first connection and serves it (what ``async with`` does first)."""
        if self._runner is not None:
            raise RuntimeError("the station has started already")
        session = self._begin(await self._open_with_retries())
        self._runner = asyncio.create_task(
            self._serve(session), name=f"ocpp station {self.station_id}"
        )
        self._runner.add_done_callback(lambda _: self._changed.set())

    async def close(self) -> None:
        """Closes the connection and stops reconnecting."""
        self._stopping = True
        runner = self._runner
        if self._session is None and runner is not None:
            runner.cancel()  # between connections, perhaps waiting to retry: nothing to finish
        elif self._connection is not None:
            await self._connection.close()  # the session ends, and with it the runner
        if runner is not None:
            await asyncio.gather(runner, return_exceptions=True)
        self._session = None

    async def wait_closed(self) -> None:
        """Returns once the station stopped serving (its connection lost, without `reconnect`)."""
        if self._runner is not None:
            await asyncio.shield(self._runner)

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


def connect(
    url: str,
    router: Router,
    station_id: str,
    *,
    password: str | None = None,
    ssl: ssl_module.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    inbound_limit: int = DEFAULT_INBOUND_LIMIT,
    frame_hook: FrameHook | None = None,
    on_connect: OnConnect | None = None,
    reconnect: bool = False,
    reconnect_delay: float = 1.0,
    max_reconnect_delay: float = 60.0,
    policy: Policy | None = None,
    **websockets_options: Any,
) -> Station:
    """A charging station `station_id` connecting to the CSMS at `url`; use it as
    ``async with connect(...) as station``.

    `url` is the CSMS's base URL (the station id is appended, percent-encoded) or the full URL
    ending in the id. `password` sends HTTP Basic credentials with the station id as username
    (security profiles 1 and 2); `ssl` is the TLS context of a ``wss://`` URL (with the
    station's certificate loaded for profile 3). With `reconnect`, a lost connection is opened
    again after `reconnect_delay` seconds, doubling up to `max_reconnect_delay`, until an HTTP
    4xx answer refuses the station. `on_connect(session)` runs after each connection opens (the
    place for a BootNotification); `timeout`, `inbound_limit`, `frame_hook` and `policy` (the
    tolerance policy, strict by default) go to each `Session`; the remaining keyword arguments go
    to `websockets.asyncio.client.connect`.
    """
    return Station(
        url,
        router,
        station_id,
        password=password,
        ssl=ssl,
        timeout=timeout,
        inbound_limit=inbound_limit,
        frame_hook=frame_hook,
        on_connect=on_connect,
        reconnect=reconnect,
        reconnect_delay=reconnect_delay,
        max_reconnect_delay=max_reconnect_delay,
        policy=policy,
        **websockets_options,
    )


__all__ = [
    "Authenticate",
    "MAX_STATION_ID_LENGTH",
    "OnConnect",
    "PolicyFor",
    "HandshakeFailed",
    "RefusedConnection",
    "SUBPROTOCOL",
    "Server",
    "Station",
    "StationNotConnected",
    "connect",
    "serve",
    "station_id_from_path",
    "station_url",
]
