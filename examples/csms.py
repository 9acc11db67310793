#!/usr/bin/env python3
"""A small OCPP 2.0.1 CSMS: `websockets` carries the frames, `ocpp201` is every message.

Charging stations connect to ``ws://HOST:PORT/<station id>`` offering the subprotocol
``ocpp2.0.1``. The CSMS answers BootNotification, Heartbeat, StatusNotification, Authorize,
TransactionEvent, MeterValues, DataTransfer, ClearedChargingLimit and FirmwareStatusNotification
with typed response dataclasses, answers a malformed frame with the CallError OCPP-J asks for,
and writes every frame in and out as one JSON Lines record ``{"ts", "direction", "frame"}``.

Run it::

    python examples/csms.py --host 127.0.0.1 --port 9000 [--log FILE]

or use it as a library, e.g. to send CSMS-initiated calls::

    async with serve("127.0.0.1", 0, log=FrameLog(sys.stdout)) as csms:
        station = await csms.wait_for_station("CS-1")
        reply = await station.call(ResetRequest(type=ResetEnumType.IMMEDIATE))
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any, Literal, TextIO
from urllib.parse import unquote, urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as websocket_serve
from websockets.exceptions import ConnectionClosed, ConnectionClosedError
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

try:
    import ocpp201
except ModuleNotFoundError:  # run from a checkout: use the committed package next door
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))
    import ocpp201

from ocpp201 import (
    AuthorizationStatusEnumType,
    AuthorizeRequest,
    AuthorizeResponse,
    BootNotificationRequest,
    BootNotificationResponse,
    ClearedChargingLimitRequest,
    ClearedChargingLimitResponse,
    ConnectorStatusEnumType,
    DataTransferRequest,
    DataTransferResponse,
    DataTransferStatusEnumType,
    FirmwareStatusNotificationRequest,
    FirmwareStatusNotificationResponse,
    HeartbeatRequest,
    HeartbeatResponse,
    IdTokenInfoType,
    MeterValuesRequest,
    MeterValuesResponse,
    Payload,
    RegistrationStatusEnumType,
    StatusNotificationRequest,
    StatusNotificationResponse,
    TransactionEventRequest,
    TransactionEventResponse,
)
from ocpp201.rpc import Call, CallError, CallResult, RpcError, parse_frame

SUBPROTOCOL = "ocpp2.0.1"
HEARTBEAT_INTERVAL = 300
"""Seconds between Heartbeats that BootNotification asks of a station."""

logger = logging.getLogger("csms")

Handler = Callable[["StationConnection", Any], Awaitable[Payload]]
"""Answers one Call: gets the station and the decoded request dataclass and returns the response
dataclass. Raising `RpcError` answers with that CallError instead; any other exception with an
InternalError. (`Any` because each handler takes its own request class.)"""

Direction = Literal["in", "out"]


class CallErrorReceived(Exception):
    """The station answered a CSMS-initiated Call with a CallError."""

    def __init__(self, error: CallError) -> None:
        super().__init__(f"{error.error_code}: {error.error_description}")
        self.error = error


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _logged_frame(text: str) -> Any:
    """The frame as a JSON value (normally an array); its text when it is not strict JSON."""
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return text


class FrameLog:
    """Every frame in and out as one JSON Lines record: ``{"ts", "direction", "frame"}``.

    ``ts`` is the RFC 3339 UTC time the frame was received or handed to the socket, ``direction``
    is ``"in"`` (station to CSMS) or ``"out"`` (CSMS to station), and ``frame`` is the frame as
    JSON, e.g. ``[2, "id", "Heartbeat", {}]``: the format ``python -m ocpp201 validate`` checks.
    A frame that is not JSON at all is kept as its text, a string, which the validator reports.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def record(self, direction: Direction, frame: str) -> None:
        ts = _utc_now().isoformat(timespec="milliseconds").replace("+00:00", "Z")
        record = {"ts": ts, "direction": direction, "frame": _logged_frame(frame)}
        # ASCII escapes keep every line writable, even a frame with a lone surrogate escape.
        self._stream.write(json.dumps(record) + "\n")
        # Flushed per record so that a crash or `tail -f` never misses the last frames.
        self._stream.flush()


class StationConnection:
    """One connected charging station: answers its Calls and sends it the CSMS's Calls."""

    def __init__(
        self,
        station_id: str,
        websocket: ServerConnection,
        handlers: Mapping[str, Handler],
        log: FrameLog | None,
        response_timeout: float,
    ) -> None:
        self.station_id = station_id
        self.websocket = websocket
        self.response_timeout = response_timeout
        self._handlers = handlers
        self._log = log
        self._pending: dict[str, asyncio.Future[CallResult | CallError]] = {}
        # OCPP-J: a sender has at most one Call awaiting its answer at any time.
        self._call_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()
        # What the station has told the CSMS so far, for the CSMS's own use.
        self.boot: BootNotificationRequest | None = None
        self.connectors: dict[tuple[int, int], ConnectorStatusEnumType] = {}
        """(evse id, connector id) -> the status of its latest StatusNotification."""
        self.transactions: dict[str, TransactionEventRequest] = {}
        """Transaction id -> the latest TransactionEvent of that transaction."""

    async def send_frame(self, text: str) -> None:
        """Send one frame as it is (logged like every other frame)."""
        if self._log is not None:
            # Logged before sending: the answer may be read before `send` returns.
            self._log.record("out", text)
        await self.websocket.send(text)

    async def exchange(
        self, unique_id: str, text: str, timeout: float | None = None
    ) -> CallResult | CallError:
        """Send a Call frame (its text, with id `unique_id`) and await the frame answering it.

        The text is sent as it is, so this also sends what `ocpp201` would refuse to build.
        Raises TimeoutError after `timeout` (default: `response_timeout`) seconds and
        ConnectionError if the station goes away first.
        """
        async with self._call_lock:
            if unique_id in self._pending:
                raise ValueError(f"a call with id {unique_id!r} is still waiting for its answer")
            answer: asyncio.Future[CallResult | CallError]
            answer = asyncio.get_running_loop().create_future()
            self._pending[unique_id] = answer
            try:
                await self.send_frame(text)
                async with asyncio.timeout(
                    timeout if timeout is not None else self.response_timeout
                ):
                    return await answer
            finally:
                del self._pending[unique_id]

    async def call(self, request: Payload, timeout: float | None = None) -> Payload:
        """Send a CSMS-initiated request and return the station's decoded response dataclass.

        Raises CallErrorReceived when the station answers with a CallError, and
        ocpp201.ValidationError when its answer breaks the response schema.
        """
        action = request.SCHEMA.removesuffix("Request")
        if request.SCHEMA != action + "Request" or action not in ocpp201.ACTIONS:
            raise ValueError(f"{request.SCHEMA} is not the request of an implemented action")
        # The CSMS sends the CSMS->ChargingStation and CSMS->LocalController actions, and Both.
        if not ocpp201.ACTIONS[action].direction.startswith(("CSMS->", "Both")):
            raise ValueError(f"{action} is sent by a charging station, not by the CSMS")
        call = Call(str(uuid.uuid4()), action, request)
        answer = await self.exchange(call.unique_id, call.to_json(), timeout)
        if isinstance(answer, CallError):
            raise CallErrorReceived(answer)
        return answer.decode(action)

    async def run(self) -> None:
        """Read frames until the station disconnects."""
        try:
            async for message in self.websocket:
                # OCPP-J uses text frames; a binary one is read as UTF-8 rather than dropped.
                text = message if isinstance(message, str) else message.decode("utf-8", "replace")
                if self._log is not None:
                    self._log.record("in", text)
                await self._receive(text)
        except ConnectionClosedError as error:
            logger.info("%s: connection lost: %s", self.station_id, error)
        finally:
            for answer in self._pending.values():
                if not answer.done():
                    answer.set_exception(ConnectionError(f"{self.station_id} disconnected"))
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _receive(self, text: str) -> None:
        try:
            frame = parse_frame(text)
        except RpcError as error:
            logger.warning("%s: refused a frame: %s", self.station_id, error)
            with contextlib.suppress(ConnectionClosed):  # the station left: nobody to answer
                await self.send_frame(error.call_error().to_json())
            return
        if isinstance(frame, Call):
            # Each Call is answered in its own task, so that a handler may itself await a
            # CSMS-initiated call without blocking the loop that reads that call's answer.
            task = asyncio.create_task(self._answer(frame))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            return
        answer = self._pending.get(frame.unique_id)
        if answer is None or answer.done():
            # OCPP-J: an answer to no outstanding call is ignored.
            logger.warning(
                "%s: ignored an answer to unknown id %r", self.station_id, frame.unique_id
            )
            return
        answer.set_result(frame)

    async def _answer(self, call: Call) -> None:
        handler = self._handlers.get(call.action)
        reply: CallResult | CallError
        if handler is None:
            # A known action this CSMS does not take, e.g. one only a CSMS sends.
            reply = call.error("NotSupported", f"this CSMS does not handle {call.action} requests")
        else:
            try:
                reply = call.result(await handler(self, call.payload))
            except RpcError as error:
                reply = call.error(error.code, error.description, error.details)
            except Exception:  # a handler's bug must not leave the station waiting
                logger.exception("%s: the %s handler failed", self.station_id, call.action)
                reply = call.error("InternalError", f"the CSMS failed to handle {call.action}")
        with contextlib.suppress(ConnectionClosed):  # the station left: nobody to answer
            await self.send_frame(reply.to_json())


# --- What this CSMS answers to each station-initiated action --------------------------------


async def on_boot_notification(
    station: StationConnection, request: BootNotificationRequest
) -> BootNotificationResponse:
    station.boot = request
    return BootNotificationResponse(
        current_time=_utc_now(),
        interval=HEARTBEAT_INTERVAL,
        status=RegistrationStatusEnumType.ACCEPTED,
    )


async def on_heartbeat(station: StationConnection, request: HeartbeatRequest) -> HeartbeatResponse:
    return HeartbeatResponse(current_time=_utc_now())


async def on_status_notification(
    station: StationConnection, request: StatusNotificationRequest
) -> StatusNotificationResponse:
    station.connectors[(request.evse_id, request.connector_id)] = request.connector_status
    return StatusNotificationResponse()


async def on_authorize(station: StationConnection, request: AuthorizeRequest) -> AuthorizeResponse:
    # This example trusts every token; a real CSMS looks it up in its authorization list.
    return AuthorizeResponse(
        id_token_info=IdTokenInfoType(status=AuthorizationStatusEnumType.ACCEPTED)
    )


async def on_transaction_event(
    station: StationConnection, request: TransactionEventRequest
) -> TransactionEventResponse:
    station.transactions[request.transaction_info.transaction_id] = request
    # idTokenInfo is only expected when the event carries a token to authorize.
    if request.id_token is None:
        return TransactionEventResponse()
    return TransactionEventResponse(
        id_token_info=IdTokenInfoType(status=AuthorizationStatusEnumType.ACCEPTED)
    )


async def on_meter_values(
    station: StationConnection, request: MeterValuesRequest
) -> MeterValuesResponse:
    logger.info(
        "%s: %d meter value(s) for EVSE %d",
        station.station_id,
        len(request.meter_value),
        request.evse_id,
    )
    return MeterValuesResponse()


async def on_data_transfer(
    station: StationConnection, request: DataTransferRequest
) -> DataTransferResponse:
    # The specification's answer for a vendor this CSMS has no extension for.
    return DataTransferResponse(status=DataTransferStatusEnumType.UNKNOWN_VENDOR_ID)


async def on_cleared_charging_limit(
    station: StationConnection, request: ClearedChargingLimitRequest
) -> ClearedChargingLimitResponse:
    return ClearedChargingLimitResponse()


async def on_firmware_status_notification(
    station: StationConnection, request: FirmwareStatusNotificationRequest
) -> FirmwareStatusNotificationResponse:
    return FirmwareStatusNotificationResponse()


DEFAULT_HANDLERS: Mapping[str, Handler] = {
    "Authorize": on_authorize,
    "BootNotification": on_boot_notification,
    "ClearedChargingLimit": on_cleared_charging_limit,
    "DataTransfer": on_data_transfer,
    "FirmwareStatusNotification": on_firmware_status_notification,
    "Heartbeat": on_heartbeat,
    "MeterValues": on_meter_values,
    "StatusNotification": on_status_notification,
    "TransactionEvent": on_transaction_event,
}


# --- The server ------------------------------------------------------------------------------


def _station_id(path: str) -> str | None:
    """The station id of a request path ``/<station id>`` (URL-encoded), or None."""
    encoded = urlsplit(path).path.removeprefix("/")
    if not encoded or "/" in encoded:
        return None
    return unquote(encoded)


def _check_path(connection: ServerConnection, request: Request) -> Response | None:
    if _station_id(request.path) is None:
        return connection.respond(HTTPStatus.NOT_FOUND, "connect to /<charging station id>\n")
    return None  # go on with the handshake


class Csms:
    """The connected stations and what answers their Calls; `serve` runs one."""

    def __init__(
        self,
        handlers: Mapping[str, Handler] | None = None,
        log: FrameLog | None = None,
        response_timeout: float = 30.0,
    ) -> None:
        unknown = sorted(set(handlers or {}) - ocpp201.IMPLEMENTED_ACTIONS)
        if unknown:
            raise ValueError(
                f"handlers for actions ocpp201 does not implement: {', '.join(unknown)}"
            )
        self.handlers: dict[str, Handler] = {**DEFAULT_HANDLERS, **(handlers or {})}
        self.log = log
        self.response_timeout = response_timeout
        self.stations: dict[str, StationConnection] = {}
        self.port = 0
        """The port the server listens on (the one the system chose when asked for port 0)."""
        self._stations_changed = asyncio.Condition()

    async def wait_for_station(self, station_id: str, timeout: float = 10.0) -> StationConnection:
        """The connection of `station_id`, once it is connected."""
        async with asyncio.timeout(timeout), self._stations_changed:
            await self._stations_changed.wait_for(lambda: station_id in self.stations)
            return self.stations[station_id]

    async def handle_connection(self, websocket: ServerConnection) -> None:
        """Serve one station for as long as it stays connected."""
        assert websocket.request is not None  # set once the handshake is done
        station_id = _station_id(websocket.request.path)
        assert station_id is not None  # _check_path refused the handshake otherwise
        station = StationConnection(
            station_id, websocket, self.handlers, self.log, self.response_timeout
        )
        previous = self.stations.get(station_id)
        if previous is not None:
            # A station that reconnects replaces its old, probably dead, connection.
            await previous.websocket.close(reason="replaced by a new connection")
        async with self._stations_changed:
            self.stations[station_id] = station
            self._stations_changed.notify_all()
        logger.info("%s connected", station_id)
        try:
            await station.run()
        finally:
            if self.stations.get(station_id) is station:
                del self.stations[station_id]
            logger.info("%s disconnected", station_id)


@contextlib.asynccontextmanager
async def serve(
    host: str,
    port: int,
    *,
    handlers: Mapping[str, Handler] | None = None,
    log: FrameLog | None = None,
    response_timeout: float = 30.0,
) -> AsyncIterator[Csms]:
    """Run a CSMS on `host`:`port` (0: a free port, then see `Csms.port`) until the block ends.

    `handlers` maps action names to handlers, replacing the defaults of those actions. Leaving
    the block closes every connection and waits for their handlers to finish.
    """
    csms = Csms(handlers, log, response_timeout)
    async with websocket_serve(
        csms.handle_connection,
        host,
        port,
        # A client that offers no ocpp2.0.1 is refused with HTTP 400 during the handshake.
        subprotocols=[Subprotocol(SUBPROTOCOL)],
        process_request=_check_path,
    ) as server:
        csms.port = next(iter(server.sockets)).getsockname()[1]
        yield csms


async def _serve_until_stopped(host: str, port: int, log: FrameLog) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
            loop.add_signal_handler(signum, stop.set)
    async with serve(host, port, log=log) as csms:
        logger.info(
            "listening on ws://%s:%d/<station id> (subprotocol %s)", host, csms.port, SUBPROTOCOL
        )
        await stop.wait()
    logger.info("stopped")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A small OCPP 2.0.1 CSMS built on ocpp201.")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=9000, help="port to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--log", metavar="FILE", help="append the frame log (JSON Lines) to FILE instead of stdout"
    )
    args = parser.parse_args(argv)
    # Diagnostics go to stderr, so that stdout carries nothing but the frame log.
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(message)s"
    )
    with contextlib.ExitStack() as stack:
        stream = (
            sys.stdout
            if args.log is None
            else stack.enter_context(open(args.log, "a", encoding="utf-8"))
        )
        asyncio.run(_serve_until_stopped(args.host, args.port, FrameLog(stream)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
