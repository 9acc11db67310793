"""OCPP-J sessions: one connection between a CSMS and a charging station, served from either end.

A `Router` holds the handlers, keyed by request class, and serves any number of sessions. A
`Session` reads frames from a transport (any object with ``async send(str)`` and
``async recv()``; a `websockets` connection as it is), answers the peer's Calls with the
router's handlers, and sends Calls of its own with `Session.call`, which returns the typed
response::

    router = Router()

    @router.on(BootNotificationRequest)
    async def boot(request: BootNotificationRequest, context: Context) -> BootNotificationResponse:
        return BootNotificationResponse(current_time=now(), interval=300, status=ACCEPTED)

    session = Session(websocket, router, role="csms", station_id="CS-1")
    await session.run()                       # until the connection ends
    # elsewhere, while it runs:
    reply = await session.call(ResetRequest(type=ResetEnumType.IMMEDIATE))   # a ResetResponse

The OCPP-J rules are kept here, so that the code using a session need not know them: unique ids
are generated; one Call of ours is outstanding at a time; a Call the role must not receive, or
one without a handler, is answered with the CallError OCPP-J gives; a handler's failure becomes
an InternalError without its traceback leaving the process; and the peer's Calls are handled
with a bound, so that a peer sending Calls without reading the answers stalls only itself.

Incoming payloads are decoded strictly unless the session has a tolerance policy
(`Session(..., policy=...)`, see the package's `tolerance`): then the violations it tolerates are
logged (WARNING) and handed to the handler as `context.tolerated`. What the session sends is
checked strictly, always.

The subprotocol, frames and error codes are those of the OCPP version the package was built for
(`ocpp_j`). A frame of a message type the version does not know is answered with a CallError
MessageTypeNotSupported (OCPP 2.0.1) or ignored, logged (WARNING) and not answered (OCPP 1.6 and
2.1), as `ocpp_j.UNKNOWN_MESSAGE_TYPE` says. A build for OCPP 2.1 also carries its two extra
frames:

- SEND, a one-way message (a `OneWay`, e.g. NotifyPeriodicEventStream): `await
  session.send(message)` sends one; `@router.on_send(MessageClass)` registers a handler
  returning nothing; both take only `OneWay` classes, so a type checker refuses a request. A
  SEND is never answered: a handler's failure, an invalid payload, an action the role does not
  receive or one without a handler is logged (WARNING), and nothing goes back. A CALL for a
  one-way action is answered NotSupported; a SEND for an answered action is logged and dropped.
- CALLRESULTERROR: when the CallResult answering one of our Calls cannot be handled (its payload
  breaks its schema, or the frame is malformed), the session tells the peer with a
  CallResultError carrying the Call's unique id, and `call()` raises as it does in every build.
  A CallResultError from the peer (it could not handle one of our answers) is logged (WARNING)
  and handed to the router's `on_call_result_error` hooks; it settles no Call.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, Literal, Protocol, Self, TypeVar, cast

from . import ACTIONS, OCPP_VERSION
from ._runtime import Action, OneWay, Payload, Request, ValidationError
from .ocpp_j import INTERNAL_ERROR, MESSAGE_TYPES, NOT_SUPPORTED, UNKNOWN_MESSAGE_TYPE
from .rpc import (
    CALL_ERROR,
    CALL_RESULT,
    CALL_RESULT_ERROR,
    SEND,
    Call,
    CallError,
    CallResult,
    CallResultError,
    RpcError,
    Send,
    _violations_json,
    parse_frame,
)
from .tolerance import STRICT, Policy, Tolerated, tolerant_decode

logger = logging.getLogger(__name__)

Role = Literal["csms", "station"]
"""Which end of the connection a session serves."""
Direction = Literal["in", "out"]
"""A frame received from the peer, or sent to it."""

RequestT = TypeVar("RequestT", bound=Request[Any])
RequestT_co = TypeVar("RequestT_co", bound=Request[Any], covariant=True)
ResponseT = TypeVar("ResponseT", bound=Payload)
MessageT = TypeVar("MessageT", bound=OneWay)
MessageT_co = TypeVar("MessageT_co", bound=OneWay, covariant=True)

Handler = Callable[[RequestT, "Context"], Awaitable[ResponseT] | ResponseT]
"""Answers one Call: the decoded request and its context in, the response out (from a coroutine
function or a plain one). Raising `RpcError` answers with that CallError instead."""
AfterHook = Callable[[RequestT, ResponseT, "Context"], Awaitable[None] | None]
"""Runs once the response to a Call has been sent: sees the request, the response and the context."""
OneWayHandler = Callable[[MessageT, "Context"], Awaitable[None] | None]
"""Takes one SEND (OCPP 2.1's one-way messages): the decoded message and its context in,
nothing out; nothing is ever sent back."""
CallResultErrorHook = Callable[["CallResultErrorEvent"], Awaitable[None] | None]
"""Sees each CallResultError the peer sends (OCPP 2.1): it could not handle one of our answers."""
FrameHook = Callable[[str, Direction, str], None]
"""Called with (station id, direction, frame text) for every frame sent (once the transport took
it) and every frame received (before it is read): the exact text that crossed the wire."""

DEFAULT_TIMEOUT = 30.0
"""Seconds to wait for the answer to a Call (the `ocpp` package's default, too)."""
DEFAULT_INBOUND_LIMIT = 4
"""How many of the peer's Calls (and OCPP 2.1's SENDs and CallResultErrors, whose handlers and
hooks may be as slow) a session handles at once. OCPP-J lets a peer have one Call
outstanding; the few more allowed here are for peers that do not quite keep that rule."""
REMEMBERED_ANSWERS = 64
"""How many of our latest CallResults a session remembers the action of, to say which action a
CallResultError from the peer is about."""
_DROPPED_TYPES = frozenset(kind for kind in (CALL_RESULT_ERROR, SEND) if kind is not None)
"""OCPP 2.1's SEND and CallResultError: nothing answers them, not even when they are malformed."""


def _receives(role: Role, direction: str) -> bool:
    """Whether `role` receives the requests of an action sent in `direction`.

    A Local Controller stands between stations and the CSMS: the CSMS sends to it as to a
    station (CSMS->LocalController), and it sends to the CSMS as a station does.
    """
    if direction == "Both":
        return True
    receiver = direction.partition("->")[2]
    return (receiver == "CSMS") == (role == "csms")


_ROLES: tuple[Role, ...] = ("csms", "station")
_RECEIVED_BY: dict[Role, frozenset[str]] = {
    role: frozenset(name for name, action in ACTIONS.items() if _receives(role, action.direction))
    for role in _ROLES
}
_SENT_BY: dict[Role, frozenset[str]] = {
    "csms": _RECEIVED_BY["station"],
    "station": _RECEIVED_BY["csms"],
}
# Requests that are answered, and OCPP 2.1's one-way messages (sent as SEND), by class.
_ACTION_OF_REQUEST: dict[type[Payload], Action] = {
    action.request: action for action in ACTIONS.values() if action.response is not None
}
_ACTION_OF_ONE_WAY: dict[type[Payload], Action] = {
    action.request: action for action in ACTIONS.values() if action.response is None
}


def _lookup(table: dict[type[Payload], Action], cls: type[Payload]) -> Action | None:
    for base in cls.__mro__:  # a user's subclass of a message class counts as it
        action = table.get(base)
        if action is not None:
            return action
    return None


def _action_of(request_class: type[Payload]) -> Action:
    action = _lookup(_ACTION_OF_REQUEST, request_class)
    if action is not None:
        return action
    if _lookup(_ACTION_OF_ONE_WAY, request_class) is not None:
        raise TypeError(
            f"{request_class.__name__} is a one-way message, sent with Session.send and handled"
            " with Router.on_send"
        )
    raise TypeError(
        f"{request_class.__name__} is not the request class of an action this build implements"
    )


def _one_way_action_of(message_class: type[Payload]) -> Action:
    action = _lookup(_ACTION_OF_ONE_WAY, message_class)
    if action is not None:
        return action
    if SEND is None:
        raise TypeError(f"OCPP {OCPP_VERSION} has no one-way messages (SEND frames)")
    if _lookup(_ACTION_OF_REQUEST, message_class) is not None:
        raise TypeError(
            f"{message_class.__name__} is answered: it is sent with Session.call and handled with"
            " Router.on"
        )
    raise TypeError(
        f"{message_class.__name__} is not a one-way message of an action this build implements"
    )


class CallTimeout(TimeoutError):
    """No answer came to a Call in time (the time it took to send counts: a peer that stops
    reading blocks the send). The session forgets that Call: an answer arriving later is logged
    and dropped, and the next Call may go out."""

    def __init__(self, station_id: str, action: str, unique_id: str, timeout: float) -> None:
        super().__init__(
            f"{station_id}: no answer to the {action} call with unique id {unique_id!r}"
            f" within {timeout:g} s"
        )
        self.station_id = station_id
        self.action = action
        self.unique_id = unique_id
        self.timeout = timeout

    def __reduce__(self) -> tuple[Any, ...]:  # rebuilt from its fields, not from its message
        return (
            type(self),
            (self.station_id, self.action, self.unique_id, self.timeout),
            self.__dict__,
        )


class CallErrorReceived(Exception):
    """The peer answered a Call with a CallError."""

    def __init__(self, station_id: str, action: str, error: CallError) -> None:
        super().__init__(
            f"{station_id}: the {action} call with unique id {error.unique_id!r} was answered"
            f" with {error.error_code}: {error.error_description}"
        )
        self.station_id = station_id
        self.action = action
        self.error = error
        self.unique_id = error.unique_id
        self.code = error.error_code
        self.description = error.error_description
        self.details = error.error_details

    def __reduce__(self) -> tuple[Any, ...]:  # rebuilt from its fields, not from its message
        return (type(self), (self.station_id, self.action, self.error), self.__dict__)


class SessionClosed(ConnectionError):
    """The session ended (its transport closed) before or while a Call waited for its answer."""


class Transport(Protocol):
    """What a session needs of a connection: websockets' connections fit as they are."""

    async def send(self, frame: str, /) -> None: ...

    async def recv(self) -> str | bytes: ...


@dataclass(frozen=True, slots=True)
class Context:
    """What a handler knows besides the request: who sent it and how to call back."""

    station_id: str
    unique_id: str
    """The unique id of the Call being answered."""
    action: str
    session: Session
    """The session the Call came in on; `await context.session.call(...)` calls the peer back."""
    state: dict[str, Any]
    """The session's own dict, kept for as long as the connection: per-connection state."""
    tolerated: list[Tolerated] = field(default_factory=list)
    """The violations of the request that the session's tolerance policy let through (each
    also logged at WARNING); empty when the request met its schema."""


@dataclass(frozen=True, slots=True)
class CallResultErrorEvent:
    """The peer could not handle a CallResult of ours and said so with a CallResultError (OCPP
    2.1); what `Router.on_call_result_error` hooks see."""

    station_id: str
    action: str | None
    """The action of the peer's Call that our CallResult answered; None when the unique id is
    not one of the session's latest answers (`REMEMBERED_ANSWERS`)."""
    error: CallResultError
    session: Session


@dataclass(slots=True)
class _Route:
    handler: Callable[[Any, Context], Any] | None = None
    after: list[Callable[[Any, Any, Context], Any]] = field(default_factory=list)


class RegisterHandler(Generic[RequestT_co]):
    """What `Router.on(RequestClass)` returns: applied to the handler, it registers it.

    The handler must take the request class (or a base of it) and return that request's
    response class; `self` is typed as `RegisterHandler[Request[ResponseT]]` so that a type
    checker reads the response class off the request class.
    """

    def __init__(self, router: Router, action: str) -> None:
        self._router = router
        self._action = action

    def __call__(
        self: RegisterHandler[Request[ResponseT]],
        handler: Callable[[RequestT_co, Context], Awaitable[ResponseT] | ResponseT],
    ) -> Callable[[RequestT_co, Context], Awaitable[ResponseT] | ResponseT]:
        route = self._router._routes.setdefault(self._action, _Route())
        if route.handler is not None:
            raise ValueError(f"{self._action} has a handler already: {route.handler!r}")
        route.handler = handler
        return handler


class RegisterAfterHook(Generic[RequestT_co]):
    """What `Router.after(RequestClass)` returns: applied to the hook, it registers it."""

    def __init__(self, router: Router, action: str) -> None:
        self._router = router
        self._action = action

    def __call__(
        self: RegisterAfterHook[Request[ResponseT]],
        hook: Callable[[RequestT_co, ResponseT, Context], Awaitable[None] | None],
    ) -> Callable[[RequestT_co, ResponseT, Context], Awaitable[None] | None]:
        self._router._routes.setdefault(self._action, _Route()).after.append(hook)
        return hook


class RegisterOneWayHandler(Generic[MessageT_co]):
    """What `Router.on_send(MessageClass)` returns: applied to the handler, it registers it."""

    def __init__(self, router: Router, action: str) -> None:
        self._router = router
        self._action = action

    def __call__(
        self, handler: Callable[[MessageT_co, Context], Awaitable[None] | None]
    ) -> Callable[[MessageT_co, Context], Awaitable[None] | None]:
        route = self._router._routes.setdefault(self._action, _Route())
        if route.handler is not None:
            raise ValueError(f"{self._action} has a handler already: {route.handler!r}")
        route.handler = handler
        return handler


class Router:
    """Handlers and after-hooks keyed by request class; one router serves any number of sessions.

    A handler takes the decoded request and a `Context` and returns the response (a coroutine
    function or a plain function). Whether a session takes a Call at all follows from its role
    and the action's direction, not from the router: a router may hold the handlers of both ends.
    """

    def __init__(self) -> None:
        self._routes: dict[str, _Route] = {}
        self._call_result_error_hooks: list[CallResultErrorHook] = []

    def on(self, request_class: type[RequestT]) -> RegisterHandler[RequestT]:
        """Decorator: the handler answering Calls of `request_class` (one per class)."""
        return RegisterHandler(self, _action_of(request_class).name)

    def after(self, request_class: type[RequestT]) -> RegisterAfterHook[RequestT]:
        """Decorator: a hook run after the response to a Call of `request_class` was sent, with
        the request, the response and the context; hooks run in the order they were added. Not
        run when the Call was answered with a CallError."""
        return RegisterAfterHook(self, _action_of(request_class).name)

    def on_send(self, message_class: type[MessageT]) -> RegisterOneWayHandler[MessageT]:
        """Decorator: the handler taking SEND messages of `message_class` (OCPP 2.1's one-way
        messages, one handler per class). It returns nothing, and nothing is sent back: a SEND
        is never answered, so its failure is logged only. Raises TypeError for a class that is
        not a one-way message (or in a build whose OCPP version has none)."""
        return RegisterOneWayHandler(self, _one_way_action_of(message_class).name)

    def on_call_result_error(self, hook: CallResultErrorHook) -> CallResultErrorHook:
        """Decorator: a hook seeing every CallResultError a peer sends (OCPP 2.1: it could not
        handle a CallResult of ours), as a `CallResultErrorEvent`; hooks run in the order they
        were added, after the session logged the error."""
        self._call_result_error_hooks.append(hook)
        return hook

    def handled_actions(self) -> frozenset[str]:
        """The actions that have a handler."""
        return frozenset(name for name, route in self._routes.items() if route.handler is not None)


@dataclass(slots=True)
class _Awaiting:
    """Our one outstanding Call."""

    unique_id: str
    action: str
    answer: asyncio.Future[CallResult | CallError]


class Session:
    """One OCPP-J connection, from the end `role` ("csms" or "station").

    `await run()` serves until `transport.recv()` raises (the connection closed); `call()` may
    be awaited from any task while it runs. `async with session:` runs it in a task of its own
    for the block's duration.
    """

    def __init__(
        self,
        transport: Transport,
        router: Router,
        *,
        role: Role,
        station_id: str,
        timeout: float = DEFAULT_TIMEOUT,
        inbound_limit: int = DEFAULT_INBOUND_LIMIT,
        frame_hook: FrameHook | None = None,
        state: dict[str, Any] | None = None,
        policy: Policy | None = None,
    ) -> None:
        if role not in _ROLES:
            raise ValueError(f"role is 'csms' or 'station', not {role!r}")
        if not timeout > 0:
            raise ValueError(f"timeout must be positive, not {timeout!r}")
        if inbound_limit < 1:
            raise ValueError(f"inbound_limit must be at least 1, not {inbound_limit!r}")
        if policy is not None and not isinstance(policy, Policy):
            raise TypeError(f"policy is a tolerance.Policy or None, not {type(policy).__name__}")
        self.role: Role = role
        self.station_id = station_id
        self.timeout = timeout
        self.state: dict[str, Any] = {} if state is None else state
        """Per-connection state, handed to every handler in its `Context`."""
        self.policy: Policy = STRICT if policy is None else policy
        """What to tolerate in the peer's payloads (Calls and answers); strict by default."""
        self._transport = transport
        self._router = router
        self._frame_hook = frame_hook
        self._receivable = _RECEIVED_BY[role]
        self._sendable = _SENT_BY[role]
        # OCPP-J: a side sends no Call while one of its own is unanswered (and not timed out).
        self._call_lock = asyncio.Lock()
        self._awaiting: _Awaiting | None = None
        # Taken by the reader before each Call, SEND or CallResultError is handed to a task:
        # when every slot is busy the reader stops reading, so the transport's own buffer is all
        # a peer can fill.
        self._inbound_slots = asyncio.Semaphore(inbound_limit)
        self._handler_tasks: set[asyncio.Task[None]] = set()
        # The actions of our latest CallResults, by unique id, for a CallResultError to name.
        self._answered: OrderedDict[str, str] = OrderedDict()
        self._running = False
        self._closed = False
        self._runner: asyncio.Task[None] | None = None

    @property
    def closed(self) -> bool:
        """True once `run()` has ended: calls then raise SessionClosed."""
        return self._closed

    # -- Calls of ours -------------------------------------------------------------------------

    async def call(self, request: Request[ResponseT], *, timeout: float | None = None) -> ResponseT:
        """Sends `request` as a Call and returns the peer's response, decoded and validated.

        Waits while an earlier Call of this session is unanswered (one outstanding Call per
        direction). Raises CallTimeout when no answer comes within `timeout` seconds (default:
        the session's), CallErrorReceived when the peer answers with a CallError,
        ValidationError when the request or the peer's response breaks its schema (beyond
        what the session's policy tolerates: that is logged),
        RpcError when the answer is a malformed frame, SessionClosed when the connection ends
        first, and ValueError for an action this role does not send.
        """
        action = _action_of(type(request))
        if action.name not in self._sendable:
            raise ValueError(
                f"a {self.role} does not send {action.name} requests (its direction is"
                f" {action.direction})"
            )
        limit = self.timeout if timeout is None else timeout
        frame = Call(str(uuid.uuid4()), action.name, request)  # uuid4's text: 36 characters
        text = frame.to_json()  # validated here: nothing invalid leaves
        async with self._call_lock:
            if self._closed:
                raise SessionClosed(f"{self.station_id}: the session has ended")
            answer: asyncio.Future[CallResult | CallError] = (
                asyncio.get_running_loop().create_future()
            )
            self._awaiting = _Awaiting(frame.unique_id, action.name, answer)
            try:
                try:
                    # The send counts against the timeout too: a peer that stops reading
                    # blocks the send, and the caller is owed an answer within `timeout`.
                    async with asyncio.timeout(limit):
                        try:
                            await self._send(text)
                        except Exception as error:
                            raise SessionClosed(
                                f"{self.station_id}: the {action.name} call could not be sent:"
                                f" {error}"
                            ) from error
                        reply = await answer
                except TimeoutError:
                    raise CallTimeout(
                        self.station_id, action.name, frame.unique_id, limit
                    ) from None
                except RpcError as error:
                    if error.message_type == CALL_RESULT:  # a malformed CallResult to this Call
                        self._refuse_result(
                            action.name,
                            frame.unique_id,
                            error.code,
                            error.description,
                            error.details,
                        )
                    raise
            finally:
                self._awaiting = None
                if answer.done() and not answer.cancelled():
                    # The session's end may have failed the answer while the send was still
                    # under way: nobody awaits it then, and asyncio would report its exception
                    # as never retrieved. This call raises for it already.
                    answer.exception()
        if isinstance(reply, CallError):
            raise CallErrorReceived(self.station_id, action.name, reply)
        assert action.response is not None  # _action_of takes answered actions only
        try:
            if not self.policy:
                return cast(ResponseT, action.response.from_dict(reply.payload))
            response, tolerated = tolerant_decode(action.response, reply.payload, self.policy)
        except ValidationError as error:
            details = _violations_json(error.violations)
            code = error.violations[0].code
            self._refuse_result(action.name, reply.unique_id, code, str(error), details)
            raise
        self._log_tolerated(f"the answer to the {action.name} call", reply.unique_id, tolerated)
        return cast(ResponseT, response)

    async def send(self, message: OneWay) -> None:
        """Sends `message`, of a one-way action, as a SEND frame (OCPP 2.1); returns once the
        transport took it. Nothing answers a SEND, and it need not wait for an outstanding Call.

        Raises ValidationError when the message breaks its schema, SessionClosed when the
        connection is gone, ValueError for an action this role does not send, and TypeError
        for a message that is not one-way (or in a build whose OCPP version has no SEND)."""
        action = _one_way_action_of(type(message))
        if action.name not in self._sendable:
            raise ValueError(
                f"a {self.role} does not send {action.name} messages (its direction is"
                f" {action.direction})"
            )
        text = Send(str(uuid.uuid4()), action.name, message).to_json()  # validated here
        if self._closed:
            raise SessionClosed(f"{self.station_id}: the session has ended")
        try:
            await self._send(text)
        except Exception as error:
            raise SessionClosed(
                f"{self.station_id}: the {action.name} message could not be sent: {error}"
            ) from error

    def _refuse_result(
        self, action: str, unique_id: str, code: str, description: str, details: dict[str, Any]
    ) -> None:
        """Tells the peer that its CallResult to our `action` Call could not be handled, with a
        CallResultError where the OCPP version has one (OCPP-J 2.1: the id is the Call's).

        Sent from a task of its own: the caller is owed its error within its timeout, and the
        next Call should not wait behind a peer that stops reading. That task gives up after
        the session's timeout, so such a peer holds at most the refusals of that long."""
        if CALL_RESULT_ERROR is None:
            return
        logger.warning(
            "%s: the answer to the %s call with unique id %r cannot be handled; telling the peer"
            " with a CallResultError: %s",
            self.station_id,
            action,
            unique_id,
            description,
            extra={"station_id": self.station_id},
        )
        text = CallResultError(unique_id, code, description, details).to_json()
        self._start(self._send_refusal(text, unique_id))

    async def _send_refusal(self, text: str, unique_id: str) -> None:
        try:
            async with asyncio.timeout(self.timeout):
                await self._reply(text)
        except TimeoutError:
            logger.info(
                "%s: the CallResultError for unique id %r could not be sent within %s s",
                self.station_id,
                unique_id,
                self.timeout,
                extra={"station_id": self.station_id},
            )

    # -- Serving -------------------------------------------------------------------------------

    async def run(self) -> None:
        """Reads and answers frames until the transport's `recv()` raises, then ends the
        session: a Call waiting for its answer raises SessionClosed, and the handlers still
        running are cancelled (their answers could not be sent anyway)."""
        if self._running or self._closed:
            raise RuntimeError(f"{self.station_id}: a session runs once")
        self._running = True
        try:
            while True:
                try:
                    data = await self._transport.recv()
                except Exception as error:  # the transport's way of saying it closed
                    logger.info(
                        "%s: connection ended: %s",
                        self.station_id,
                        str(error) or type(error).__name__,
                        extra={"station_id": self.station_id},
                    )
                    return
                await self._receive(data)
                # When frames are buffered, recv() returns without suspending; yielding here
                # keeps a flooding peer from holding the event loop and starving other sessions.
                await asyncio.sleep(0)
        finally:
            await self._end()

    async def __aenter__(self) -> Self:
        self._runner = asyncio.create_task(self.run(), name=f"ocpp session {self.station_id}")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        runner = self._runner
        if runner is None:
            return
        runner.cancel()
        try:
            await runner
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # we are being cancelled ourselves, not just the runner

    async def _end(self) -> None:
        self._closed = True
        awaiting = self._awaiting
        if awaiting is not None and not awaiting.answer.done():
            awaiting.answer.set_exception(
                SessionClosed(
                    f"{self.station_id}: the connection ended while the {awaiting.action} call"
                    f" with unique id {awaiting.unique_id!r} waited for its answer"
                )
            )
        tasks = list(self._handler_tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _receive(self, data: str | bytes) -> None:
        # OCPP-J frames are text; a binary one is parsed as it came (parse_frame reads its
        # encoding), and shown to the log and the hook as UTF-8.
        text = data if isinstance(data, str) else data.decode("utf-8", "replace")
        self._note("in", text)
        try:
            frame = parse_frame(data, policy=self.policy)
        except RpcError as error:
            await self._refused(error)
            return
        if isinstance(frame, Call):
            self._log_tolerated(f"the {frame.action} call", frame.unique_id, frame.tolerated)
            await self._inbound_slots.acquire()
            # Each Call is answered in a task of its own, so that a handler may call the peer
            # back and this loop still reads the answer to that call.
            self._start(self._answer(frame))
        elif isinstance(frame, Send):
            self._log_tolerated(f"the {frame.action} message", frame.unique_id, frame.tolerated)
            await self._inbound_slots.acquire()
            self._start(self._take(frame))
        elif isinstance(frame, CallResultError):
            await self._inbound_slots.acquire()  # its hooks may be slow, like a handler
            self._start(self._result_refused(frame))
        else:
            self._settle(frame.unique_id, frame)

    def _start(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._handler_tasks.add(task)
        task.add_done_callback(self._handler_tasks.discard)

    def _settle(self, unique_id: str, outcome: CallResult | CallError | RpcError) -> None:
        """Hands an answer (or the error a malformed answer raised) to the Call waiting for it."""
        awaiting = self._awaiting
        if awaiting is None or awaiting.unique_id != unique_id or awaiting.answer.done():
            # OCPP-J: an answer to no outstanding Call (one that timed out, a duplicate, a stray)
            # is not ours to act on.
            logger.warning(
                "%s: dropped an answer to unknown unique id %r",
                self.station_id,
                unique_id,
                extra={"station_id": self.station_id},
            )
            return
        if isinstance(outcome, RpcError):
            awaiting.answer.set_exception(outcome)
        else:
            awaiting.answer.set_result(outcome)

    async def _refused(self, error: RpcError) -> None:
        unknown_type = error.message_type is not None and error.message_type not in MESSAGE_TYPES
        if unknown_type and UNKNOWN_MESSAGE_TYPE == "ignore":
            # OCPP-J 1.6 (4.1.3) and 2.1 (part 4, 4.4): a receiver "SHALL ignore the message
            # payload" of a type it does not know; 2.0.1 answers MessageTypeNotSupported instead.
            logger.warning(
                "%s: ignored a frame of message type %s, which OCPP %s does not have",
                self.station_id,
                error.message_type,
                OCPP_VERSION,
                extra={"station_id": self.station_id},
            )
            return
        if error.message_type in _DROPPED_TYPES:
            # OCPP-J 2.1: nothing answers a SEND (part 4, 4.2.4) nor a CallResultError.
            logger.warning(
                "%s: dropped a %s frame (nothing answers one): %s",
                self.station_id,
                "SEND" if error.message_type == SEND else "CallResultError",
                error,
                extra={"station_id": self.station_id},
            )
            return
        if error.message_type in (CALL_RESULT, CALL_ERROR):
            # CallErrors answer Calls only: answering a malformed answer could start two peers
            # answering each other's errors. The Call it answers (if it is ours) fails with it.
            logger.warning(
                "%s: a malformed answer: %s",
                self.station_id,
                error,
                extra={"station_id": self.station_id},
            )
            if error.unique_id is not None:
                self._settle(error.unique_id, error)
            return
        logger.warning(
            "%s: refused a frame: %s", self.station_id, error, extra={"station_id": self.station_id}
        )
        await self._reply(error.call_error().to_json())

    async def _answer(self, call: Call) -> None:
        try:
            context = Context(
                self.station_id, call.unique_id, call.action, self, self.state, call.tolerated
            )
            reply, response = await self._handle(call, context)
            remember = response is not None and CALL_RESULT_ERROR is not None
            if remember:
                # Before the send: while it waits, the peer's CallResultError about this answer
                # may already be read, and should name its action.
                self._remember_answer(call.unique_id, call.action)
            if not await self._reply(reply.to_json()):
                if remember:
                    self._answered.pop(call.unique_id, None)  # the peer never got it
            elif response is not None:
                await self._run_after_hooks(call, response, context)
        finally:
            self._inbound_slots.release()

    def _remember_answer(self, unique_id: str, action: str) -> None:
        answered = self._answered
        answered.pop(unique_id, None)
        answered[unique_id] = action
        if len(answered) > REMEMBERED_ANSWERS:
            answered.popitem(last=False)

    async def _take(self, send: Send) -> None:
        """Runs the handler of a SEND; nothing is sent back, whatever happens."""
        try:
            action = send.action
            if action not in self._receivable:
                self._drop(send, f"a {self.role} does not receive {action} messages")
                return
            route = self._router._routes.get(action)
            if route is None or route.handler is None:
                self._drop(send, f"{action} has no handler here")
                return
            context = Context(
                self.station_id, send.unique_id, action, self, self.state, send.tolerated
            )
            try:
                outcome = route.handler(send.payload, context)
                if inspect.isawaitable(outcome):
                    await outcome
            except Exception:
                logger.exception(
                    "%s: the %s handler failed on unique id %r (a SEND: nothing is answered)",
                    self.station_id,
                    action,
                    send.unique_id,
                    extra={"station_id": self.station_id},
                )
        finally:
            self._inbound_slots.release()

    def _drop(self, send: Send, why: str) -> None:
        logger.warning(
            "%s: dropped the %s message with unique id %r (a SEND is not answered): %s",
            self.station_id,
            send.action,
            send.unique_id,
            why,
            extra={"station_id": self.station_id},
        )

    async def _result_refused(self, frame: CallResultError) -> None:
        """The peer could not handle a CallResult of ours: logged, then shown to the hooks."""
        try:
            await self._run_result_error_hooks(frame)
        finally:
            self._inbound_slots.release()

    async def _run_result_error_hooks(self, frame: CallResultError) -> None:
        action = self._answered.get(frame.unique_id)
        logger.warning(
            "%s: the peer could not handle our answer to the %s call with unique id %r: %s: %s",
            self.station_id,
            action if action is not None else "(unknown)",
            frame.unique_id,
            frame.error_code,
            frame.error_description,
            extra={"station_id": self.station_id},
        )
        event = CallResultErrorEvent(self.station_id, action, frame, self)
        for hook in self._router._call_result_error_hooks:
            try:
                outcome = hook(event)
                if inspect.isawaitable(outcome):
                    await outcome
            except Exception:
                logger.exception(
                    "%s: a CallResultError hook failed on unique id %r",
                    self.station_id,
                    frame.unique_id,
                    extra={"station_id": self.station_id},
                )

    async def _handle(self, call: Call, context: Context) -> tuple[CallResult | CallError, Any]:
        """The answer to a Call, and the response when it is a CallResult."""
        action = call.action
        if action not in self._receivable:
            # OCPP-J 2.0.1 (part 4, CallError codes): NotImplemented is "Requested Action is not
            # known by receiver", NotSupported "Requested Action is recognized but not
            # supported by the receiver". An action sent in the wrong direction (a station
            # sending Reset to the CSMS) is recognized, and never supported by this role.
            return (
                call.error(NOT_SUPPORTED, f"a {self.role} does not receive {action} requests"),
                None,
            )
        route = self._router._routes.get(action)
        if route is None or route.handler is None:
            return call.error(NOT_SUPPORTED, f"{action} is not supported here"), None
        try:
            response = route.handler(call.payload, context)
            if inspect.isawaitable(response):
                response = await response
            # Checks the response's class and validates it: a handler's mistake stays here.
            return call.result(response), response
        except RpcError as error:
            return call.error(error.code, error.description, error.details), None
        except Exception:
            # The traceback goes to the log; the peer learns only that this side failed.
            logger.exception(
                "%s: the %s handler failed on unique id %r",
                self.station_id,
                action,
                call.unique_id,
                extra={"station_id": self.station_id},
            )
            return call.error(INTERNAL_ERROR, f"{action} could not be handled"), None

    async def _run_after_hooks(self, call: Call, response: Any, context: Context) -> None:
        route = self._router._routes.get(call.action)
        for hook in route.after if route is not None else ():
            try:
                outcome = hook(call.payload, response, context)
                if inspect.isawaitable(outcome):
                    await outcome
            except Exception:
                logger.exception(
                    "%s: an after-hook of %s failed on unique id %r",
                    self.station_id,
                    call.action,
                    call.unique_id,
                    extra={"station_id": self.station_id},
                )

    def _log_tolerated(self, what: str, unique_id: str, tolerated: list[Tolerated]) -> None:
        for each in tolerated:
            logger.warning(
                "%s: tolerated in %s with unique id %r: %s",
                self.station_id,
                what,
                unique_id,
                each,
                extra={"station_id": self.station_id, "tolerated": each},
            )

    # -- The wire ------------------------------------------------------------------------------

    async def _reply(self, text: str) -> bool:
        """Sends an answer; False when the connection is gone (nobody left to answer)."""
        try:
            await self._send(text)
        except Exception as error:
            logger.info(
                "%s: an answer could not be sent: %s",
                self.station_id,
                str(error) or type(error).__name__,
                extra={"station_id": self.station_id},
            )
            return False
        return True

    async def _send(self, text: str) -> None:
        await self._transport.send(text)
        self._note("out", text)  # after the send: only frames the transport took are reported

    def _note(self, direction: Direction, text: str) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s %s",
                self.station_id,
                direction,
                text,
                extra={"station_id": self.station_id, "direction": direction},
            )
        if self._frame_hook is not None:
            try:
                self._frame_hook(self.station_id, direction, text)
            except Exception:
                logger.exception(
                    "%s: the frame hook failed",
                    self.station_id,
                    extra={"station_id": self.station_id},
                )


__all__ = [
    "AfterHook",
    "CallErrorReceived",
    "CallResultErrorEvent",
    "CallResultErrorHook",
    "CallTimeout",
    "Context",
    "DEFAULT_INBOUND_LIMIT",
    "DEFAULT_TIMEOUT",
    "Direction",
    "FrameHook",
    "Handler",
    "OneWayHandler",
    "REMEMBERED_ANSWERS",
    "RegisterAfterHook",
    "RegisterHandler",
    "RegisterOneWayHandler",
    "Role",
    "Router",
    "Session",
    "SessionClosed",
    "Transport",
]
