"""ocpp201.session: a CSMS session and a station session against each other over an in-memory
transport, every OCPP-J rule the session keeps, and our CSMS session serving a station built on
the `ocpp` package (2.1.0) over a real websocket.

The tests use the first release's messages (BootNotification, Heartbeat, StatusNotification,
Authorize, DataTransfer, Reset, ClearCache), which every build keeps implementing; a test that
needs one this build lacks says so and is skipped.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import ocpp201
import pytest
from ocpp201 import (
    AuthorizationStatusEnumType,
    AuthorizeRequest,
    AuthorizeResponse,
    BootNotificationRequest,
    BootNotificationResponse,
    ClearCacheRequest,
    ClearCacheResponse,
    ClearCacheStatusEnumType,
    ConnectorStatusEnumType,
    DataTransferRequest,
    DataTransferResponse,
    DataTransferStatusEnumType,
    HeartbeatRequest,
    HeartbeatResponse,
    IdTokenEnumType,
    IdTokenInfoType,
    IdTokenType,
    RegistrationStatusEnumType,
    ResetEnumType,
    ResetRequest,
    ResetResponse,
    ResetStatusEnumType,
    StatusNotificationRequest,
    StatusNotificationResponse,
)
from ocpp201.rpc import RpcError
from ocpp201.session import (
    CallErrorReceived,
    CallTimeout,
    Context,
    Router,
    Session,
    SessionClosed,
)

from .support.implemented import unimplemented_action
from .support.sessions import boot_request, require
from .support.sessions import run as run_bounded

SCENARIO_TIMEOUT = 30.0
"""Upper bound on one test's scenario, so that a hang fails the test, not the run."""
WAIT = 5.0
"""Upper bound on one expected frame; in memory they take microseconds."""
UTC = UTC
NOW = datetime(2024, 5, 1, 10, tzinfo=UTC)
LOGGER = "ocpp201.session"


def run(scenario: Awaitable[None]) -> None:
    run_bounded(scenario, SCENARIO_TIMEOUT)


def boot_response() -> BootNotificationResponse:
    return BootNotificationResponse(
        current_time=NOW, interval=300, status=RegistrationStatusEnumType.ACCEPTED
    )


# --- An in-memory transport: two asyncio queues ------------------------------------------------


class TransportClosed(Exception):
    """What the in-memory transport raises once closed (websockets raises ConnectionClosed)."""


_CLOSED = object()


@dataclass
class MemoryEnd:
    """One end of an in-memory connection; `send` puts into the other end's inbox."""

    inbox: asyncio.Queue[Any]
    outbox: asyncio.Queue[Any]
    link: MemoryLink
    received: int = 0

    async def send(self, frame: str) -> None:
        if self.link.closed:
            raise TransportClosed("closed")
        await self.outbox.put(frame)

    async def recv(self) -> str:
        if self.link.closed and self.inbox.empty():
            raise TransportClosed("closed")
        item = await self.inbox.get()
        if item is _CLOSED:
            raise TransportClosed("closed")
        self.received += 1
        return item  # type: ignore[no-any-return]


@dataclass
class MemoryLink:
    """A connection: two ends, each direction holding up to its maxsize frames (0: unbounded)
    before `send` waits; `close()` ends both (a waiting `recv` raises)."""

    to_a_maxsize: int = 0
    to_b_maxsize: int = 0
    closed: bool = False
    a: MemoryEnd = field(init=False)
    b: MemoryEnd = field(init=False)

    def __post_init__(self) -> None:
        to_a: asyncio.Queue[Any] = asyncio.Queue(self.to_a_maxsize)
        to_b: asyncio.Queue[Any] = asyncio.Queue(self.to_b_maxsize)
        self.a = MemoryEnd(to_a, to_b, self)
        self.b = MemoryEnd(to_b, to_a, self)

    def close(self) -> None:
        self.closed = True
        for queue in (self.a.inbox, self.b.inbox):
            with suppress(asyncio.QueueFull):  # a full queue wakes no reader: recv checks `closed`
                queue.put_nowait(_CLOSED)


@dataclass
class RawPeer:
    """The far end written by hand: frames as JSON, no session."""

    end: MemoryEnd

    async def send(self, frame: list[Any] | str) -> None:
        await self.end.send(frame if isinstance(frame, str) else json.dumps(frame))

    async def recv(self) -> list[Any]:
        text = await asyncio.wait_for(self.end.recv(), WAIT)
        frame = json.loads(text)
        assert isinstance(frame, list)
        return frame

    async def nothing_more(self, seconds: float = 0.05) -> None:
        await asyncio.sleep(seconds)
        assert self.end.inbox.empty(), f"unexpected frame: {self.end.inbox.get_nowait()!r}"

    async def ask(self, frame: list[Any]) -> list[Any]:
        await self.send(frame)
        return await self.recv()


@asynccontextmanager
async def serving(session: Session) -> AsyncIterator[asyncio.Task[None]]:
    """`session.run()` in a task for the duration of the block."""
    task = asyncio.create_task(session.run())
    try:
        yield task
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task


@asynccontextmanager
async def against_raw_peer(
    router: Router, role: str = "csms", **options: Any
) -> AsyncIterator[tuple[Session, RawPeer]]:
    link = MemoryLink()
    session = Session(link.a, router, role=role, station_id="CS-1", **options)  # type: ignore[arg-type]
    async with serving(session):
        yield session, RawPeer(link.b)


@asynccontextmanager
async def csms_and_station(
    csms_router: Router, station_router: Router, **options: Any
) -> AsyncIterator[tuple[Session, Session]]:
    link = MemoryLink()
    csms = Session(link.a, csms_router, role="csms", station_id="CS-1", **options)
    station = Session(link.b, station_router, role="station", station_id="CS-1", **options)
    async with serving(csms), serving(station):
        yield csms, station


@contextmanager
def captured(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> Iterator[None]:
    with caplog.at_level(level, logger=LOGGER):
        yield


def messages(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno >= level]


# --- Both ends: several actions in each direction -----------------------------------------------


def csms_router(seen: list[tuple[str, Context]] | None = None) -> Router:
    router = Router()

    @router.on(BootNotificationRequest)
    async def boot(request: BootNotificationRequest, context: Context) -> BootNotificationResponse:
        context.state["model"] = request.charging_station.model
        if seen is not None:
            seen.append(("BootNotification", context))
        return boot_response()

    @router.on(HeartbeatRequest)
    def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:  # plain
        if seen is not None:
            seen.append(("Heartbeat", context))
        return HeartbeatResponse(current_time=NOW)

    @router.on(StatusNotificationRequest)
    async def status(
        request: StatusNotificationRequest, context: Context
    ) -> StatusNotificationResponse:
        context.state.setdefault("connectors", {})[request.connector_id] = request.connector_status
        return StatusNotificationResponse()

    @router.on(AuthorizeRequest)
    async def authorize(request: AuthorizeRequest, context: Context) -> AuthorizeResponse:
        status = (
            AuthorizationStatusEnumType.ACCEPTED
            if request.id_token.id_token == "good"
            else AuthorizationStatusEnumType.INVALID
        )
        return AuthorizeResponse(id_token_info=IdTokenInfoType(status=status))

    @router.on(DataTransferRequest)
    async def data_transfer(request: DataTransferRequest, context: Context) -> DataTransferResponse:
        return DataTransferResponse(
            status=DataTransferStatusEnumType.ACCEPTED, data=["csms", request.data]
        )

    return router


def station_router() -> Router:
    router = Router()

    @router.on(ResetRequest)
    async def reset(request: ResetRequest, context: Context) -> ResetResponse:
        context.state["reset"] = request.type
        return ResetResponse(status=ResetStatusEnumType.SCHEDULED)

    @router.on(ClearCacheRequest)
    def clear_cache(request: ClearCacheRequest, context: Context) -> ClearCacheResponse:
        return ClearCacheResponse(status=ClearCacheStatusEnumType.REJECTED)

    @router.on(DataTransferRequest)
    async def data_transfer(request: DataTransferRequest, context: Context) -> DataTransferResponse:
        return DataTransferResponse(status=DataTransferStatusEnumType.UNKNOWN_VENDOR_ID)

    return router


def test_csms_and_station_sessions_exchange_calls_in_both_directions() -> None:
    require(
        "BootNotification", "Heartbeat", "StatusNotification", "Authorize", "DataTransfer",
        "Reset", "ClearCache",
    )  # fmt: skip

    async def scenario() -> None:
        async with csms_and_station(csms_router(), station_router()) as (csms, station):
            booted = await station.call(boot_request())
            assert booted == boot_response()
            assert csms.state["model"] == "M1"
            beat = await station.call(HeartbeatRequest())
            assert beat.current_time == NOW
            await station.call(
                StatusNotificationRequest(
                    timestamp=NOW,
                    connector_status=ConnectorStatusEnumType.OCCUPIED,
                    evse_id=1,
                    connector_id=2,
                )
            )
            assert csms.state["connectors"] == {2: ConnectorStatusEnumType.OCCUPIED}
            for token, status in (
                ("good", AuthorizationStatusEnumType.ACCEPTED),
                ("bad", AuthorizationStatusEnumType.INVALID),
            ):
                authorized = await station.call(
                    AuthorizeRequest(
                        id_token=IdTokenType(id_token=token, type=IdTokenEnumType.ISO14443)
                    )
                )
                assert authorized.id_token_info.status == status
            sent = await station.call(DataTransferRequest(vendor_id="acme", data={"k": 1}))
            assert (sent.status, sent.data) == (
                DataTransferStatusEnumType.ACCEPTED,
                ["csms", {"k": 1}],
            )

            reset = await csms.call(ResetRequest(type=ResetEnumType.ON_IDLE))
            assert reset == ResetResponse(status=ResetStatusEnumType.SCHEDULED)
            assert station.state["reset"] == ResetEnumType.ON_IDLE
            cleared = await csms.call(ClearCacheRequest())
            assert cleared.status == ClearCacheStatusEnumType.REJECTED
            back = await csms.call(DataTransferRequest(vendor_id="acme"))
            assert back.status == DataTransferStatusEnumType.UNKNOWN_VENDOR_ID

    run(scenario())


def test_context_carries_station_unique_id_session_and_per_connection_state() -> None:
    require("BootNotification", "Heartbeat")
    seen: list[tuple[str, Context]] = []
    wire: list[tuple[str, str, str]] = []
    router = csms_router(seen)  # one router, two connections

    async def scenario() -> None:
        links = [MemoryLink(), MemoryLink()]
        sessions = [
            Session(
                link.a,
                router,
                role="csms",
                station_id=f"CS-{i}",
                frame_hook=lambda *f: wire.append(f),
            )
            for i, link in enumerate(links)
        ]
        stations = [
            Session(link.b, Router(), role="station", station_id=f"CS-{i}")
            for i, link in enumerate(links)
        ]
        async with (
            serving(sessions[0]),
            serving(sessions[1]),
            serving(stations[0]),
            serving(stations[1]),
        ):
            await stations[0].call(boot_request("first"))
            await stations[1].call(boot_request("second"))
            await stations[0].call(HeartbeatRequest())
        assert [s.state["model"] for s in sessions] == ["first", "second"]
        assert [(action, c.station_id) for action, c in seen] == [
            ("BootNotification", "CS-0"),
            ("BootNotification", "CS-1"),
            ("Heartbeat", "CS-0"),
        ]
        assert seen[0][1].session is sessions[0] and seen[1][1].session is sessions[1]
        assert seen[0][1].state is sessions[0].state and seen[2][1].state is sessions[0].state
        assert seen[0][1].action == "BootNotification"
        # the unique id a handler sees is the one its Call carried on the wire
        calls_received = [json.loads(text) for _, direction, text in wire if direction == "in"]
        assert [c[1] for c in calls_received] == [context.unique_id for _, context in seen]
        assert all(len(c[1]) <= 36 for c in calls_received)

    run(scenario())


# --- Our Calls: one at a time, timeouts, CallErrors, unknown ids --------------------------------


def test_a_call_without_answer_times_out_naming_action_and_unique_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    require("Reset", "ClearCache")

    async def scenario() -> None:
        async with against_raw_peer(Router(), timeout=0.2) as (session, peer):
            caller = asyncio.create_task(session.call(ResetRequest(type=ResetEnumType.IMMEDIATE)))
            call = await peer.recv()
            assert call[:3] == [2, call[1], "Reset"]
            with pytest.raises(CallTimeout) as info:
                await caller
            error = info.value
            assert isinstance(error, TimeoutError)
            assert (error.action, error.unique_id, error.timeout, error.station_id) == (
                "Reset", call[1], 0.2, "CS-1",
            )  # fmt: skip
            assert "Reset" in str(error) and call[1] in str(error)
            # the timed-out call is forgotten: its late answer is dropped, the next call goes out
            with captured(caplog):
                await peer.send([3, call[1], {"status": "Accepted"}])
                second = asyncio.create_task(session.call(ClearCacheRequest(), timeout=WAIT))
                next_call = await peer.recv()
            assert next_call[2] == "ClearCache" and next_call[1] != call[1]
            await peer.send([3, next_call[1], {"status": "Accepted"}])
            assert (await second).status == ClearCacheStatusEnumType.ACCEPTED
            assert messages(caplog) == [f"CS-1: dropped an answer to unknown unique id {call[1]!r}"]

    run(scenario())


def test_a_call_error_answer_raises_call_error_received() -> None:
    require("Reset")

    async def scenario() -> None:
        async with against_raw_peer(Router()) as (session, peer):
            caller = asyncio.create_task(session.call(ResetRequest(type=ResetEnumType.IMMEDIATE)))
            call = await peer.recv()
            await peer.send([4, call[1], "SecurityError", "not now", {"why": ["busy"]}])
            with pytest.raises(CallErrorReceived) as info:
                await caller
            error = info.value
            assert (error.code, error.description, error.details) == (
                "SecurityError", "not now", {"why": ["busy"]},
            )  # fmt: skip
            assert (error.action, error.unique_id, error.station_id) == ("Reset", call[1], "CS-1")

    run(scenario())


def test_an_answer_for_an_unknown_id_is_logged_and_dropped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    require("Heartbeat")

    async def scenario() -> None:
        router = csms_router()
        async with against_raw_peer(router) as (session, peer):
            with captured(caplog):
                await peer.send([3, "nobody-asked", {"status": "Accepted"}])
                await peer.send([4, "nobody-asked-either", "GenericError", "", {}])
                await peer.nothing_more()  # not answered: OCPP-J answers Calls only
                # and the session goes on serving
                answer = await peer.ask([2, "h1", "Heartbeat", {}])
            assert answer == [3, "h1", {"currentTime": "2024-05-01T10:00:00Z"}]
            assert messages(caplog) == [
                "CS-1: dropped an answer to unknown unique id 'nobody-asked'",
                "CS-1: dropped an answer to unknown unique id 'nobody-asked-either'",
            ]

    run(scenario())


def test_at_most_one_call_of_ours_is_outstanding() -> None:
    require("Reset", "ClearCache")

    async def scenario() -> None:
        async with against_raw_peer(Router()) as (session, peer):
            first = asyncio.create_task(session.call(ResetRequest(type=ResetEnumType.IMMEDIATE)))
            second = asyncio.create_task(session.call(ClearCacheRequest()))
            call = await peer.recv()
            assert call[2] == "Reset"
            await peer.nothing_more(0.1)  # the second call waits for the first to be answered
            assert not second.done()
            await peer.send([3, call[1], {"status": "Accepted"}])
            assert (await first).status == ResetStatusEnumType.ACCEPTED
            call = await peer.recv()
            assert call[2] == "ClearCache"
            await peer.send([3, call[1], {"status": "Accepted"}])
            assert (await second).status == ClearCacheStatusEnumType.ACCEPTED

    run(scenario())


def test_a_malformed_answer_fails_the_call_and_is_not_answered() -> None:
    require("Reset")

    async def scenario() -> None:
        async with against_raw_peer(Router()) as (session, peer):
            caller = asyncio.create_task(session.call(ResetRequest(type=ResetEnumType.IMMEDIATE)))
            call = await peer.recv()
            await peer.send([3, call[1], ["not", "an", "object"]])
            with pytest.raises(RpcError) as info:
                await caller
            assert (info.value.code, info.value.unique_id) == ("FormatViolation", call[1])
            await peer.nothing_more()

            # an answer that breaks the response schema
            caller = asyncio.create_task(session.call(ResetRequest(type=ResetEnumType.IMMEDIATE)))
            call = await peer.recv()
            await peer.send([3, call[1], {"status": "Maybe"}])
            with pytest.raises(ocpp201.ValidationError):
                await caller

    run(scenario())


def test_the_end_of_the_connection_ends_the_session_and_its_waiting_call() -> None:
    require("Reset")

    async def scenario() -> None:
        link = MemoryLink()
        session = Session(link.a, Router(), role="csms", station_id="CS-1")
        runner = asyncio.create_task(session.run())
        caller = asyncio.create_task(session.call(ResetRequest(type=ResetEnumType.IMMEDIATE)))
        await asyncio.wait_for(link.b.recv(), WAIT)
        link.close()
        await asyncio.wait_for(runner, WAIT)  # run() returns when recv raises
        assert session.closed
        with pytest.raises(SessionClosed, match="Reset call"):
            await caller
        with pytest.raises(SessionClosed):
            await session.call(ResetRequest(type=ResetEnumType.IMMEDIATE))
        with pytest.raises(RuntimeError, match="runs once"):
            await session.run()

    run(scenario())


def test_a_connection_ending_during_the_send_of_a_call_leaves_nothing_unretrieved() -> None:
    """The end of the session fails the waiting Call's answer; when that Call is still in its
    send (a peer not reading), the send's own failure is what the Call raises, and the failed
    answer must not be left for asyncio to report as "Future exception was never retrieved"."""
    require("Heartbeat")

    class Stalled:
        """A connection whose peer stopped reading: send() waits until the connection drops."""

        def __init__(self) -> None:
            self.sending = asyncio.Event()
            self.dropped = asyncio.Event()

        async def send(self, frame: str) -> None:
            self.sending.set()
            await self.dropped.wait()
            raise TransportClosed("dropped")

        async def recv(self) -> str:
            await self.dropped.wait()
            raise TransportClosed("dropped")

    async def call_while_dropped(reports: list[str]) -> None:
        asyncio.get_running_loop().set_exception_handler(
            lambda loop, context: reports.append(context["message"])
        )
        transport = Stalled()
        session = Session(transport, Router(), role="station", station_id="CS-1")
        runner = asyncio.create_task(session.run())  # reads first, so it sees the drop first
        caller = asyncio.create_task(session.call(HeartbeatRequest()))
        await asyncio.wait_for(transport.sending.wait(), WAIT)
        transport.dropped.set()
        await asyncio.wait_for(runner, WAIT)
        with pytest.raises(SessionClosed, match="could not be sent"):
            await caller

    async def scenario() -> None:
        reports: list[str] = []
        await call_while_dropped(reports)
        gc.collect()  # the answer's report, if any, comes when it is collected
        assert reports == []

    run(scenario())


def test_async_with_runs_the_session_for_the_block() -> None:
    require("BootNotification")

    async def scenario() -> None:
        link = MemoryLink()
        async with serving(Session(link.a, csms_router(), role="csms", station_id="CS-1")):
            async with Session(link.b, Router(), role="station", station_id="CS-1") as station:
                assert (await station.call(boot_request())).interval == 300
            assert station.closed

    run(scenario())


# --- The peer's Calls: direction, handlers, errors ----------------------------------------------


def test_a_call_this_role_must_not_receive_is_not_supported() -> None:
    require("Reset", "BootNotification")
    router = csms_router()

    @router.on(ResetRequest)  # a router may hold both ends' handlers; the role decides
    async def reset(request: ResetRequest, context: Context) -> ResetResponse:
        raise AssertionError("a CSMS never handles Reset")

    async def scenario() -> None:
        async with against_raw_peer(router, role="csms") as (_, peer):
            answer = await peer.ask([2, "r1", "Reset", {"type": "Immediate"}])
            assert answer == [4, "r1", "NotSupported", "a csms does not receive Reset requests", {}]
        async with against_raw_peer(router, role="station") as (_, peer):
            boot = json.loads(ocpp201.dumps(boot_request()))
            answer = await peer.ask([2, "b1", "BootNotification", boot])
            assert answer[:3] == [4, "b1", "NotSupported"]

    run(scenario())


def test_a_session_refuses_to_send_what_its_role_does_not_send() -> None:
    require("Reset", "BootNotification")

    async def scenario() -> None:
        async with against_raw_peer(Router(), role="csms") as (session, peer):
            with pytest.raises(ValueError, match="a csms does not send BootNotification requests"):
                await session.call(boot_request())
        async with against_raw_peer(Router(), role="station") as (session, peer):
            with pytest.raises(ValueError, match="a station does not send Reset requests"):
                await session.call(ResetRequest(type=ResetEnumType.IMMEDIATE))
            await peer.nothing_more()

    run(scenario())


def test_an_implemented_action_without_handler_is_not_supported() -> None:
    require("Heartbeat")

    async def scenario() -> None:
        async with against_raw_peer(Router()) as (_, peer):
            answer = await peer.ask([2, "h1", "Heartbeat", {}])
            assert answer == [4, "h1", "NotSupported", "Heartbeat is not supported here", {}]

    run(scenario())


def test_malformed_calls_get_the_call_error_of_ocpp_j() -> None:
    action = unimplemented_action()

    async def scenario() -> None:
        async with against_raw_peer(Router()) as (_, peer):
            assert (await peer.ask("not json"))[:3] == [4, "-1", "RpcFrameworkError"]
            assert (await peer.ask([2, "t1", "Teleport", {}]))[:3] == [4, "t1", "NotImplemented"]
            assert (await peer.ask([2, "n1", action, {}]))[:3] == [4, "n1", "NotSupported"]
            answer = await peer.ask([2, "v1", "Heartbeat", {"extra": 1}])
            assert answer[:3] == [4, "v1", "OccurrenceConstraintViolation"]
            assert answer[4]["violations"][0]["path"] == "/extra"

    run(scenario())


def test_a_failing_handler_answers_internal_error_and_logs_the_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    require("Heartbeat", "BootNotification", "Authorize")
    router = Router()

    @router.on(HeartbeatRequest)
    async def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:
        raise KeyError("secret-database-row-17")

    @router.on(BootNotificationRequest)
    async def boot(request: BootNotificationRequest, context: Context) -> BootNotificationResponse:
        return HeartbeatResponse(current_time=NOW)  # type: ignore[return-value]  # the wrong class

    @router.on(AuthorizeRequest)
    async def authorize(request: AuthorizeRequest, context: Context) -> AuthorizeResponse:
        return AuthorizeResponse(id_token_info=IdTokenInfoType(status="Nope"))  # type: ignore[arg-type]

    async def scenario() -> None:
        async with against_raw_peer(router) as (_, peer):
            with captured(caplog):
                answer = await peer.ask([2, "h1", "Heartbeat", {}])
                boot = json.loads(ocpp201.dumps(boot_request()))
                wrong_class = await peer.ask([2, "b1", "BootNotification", boot])
                token = {"idToken": {"idToken": "t", "type": "Central"}}
                invalid = await peer.ask([2, "a1", "Authorize", token])
        assert answer == [4, "h1", "InternalError", "Heartbeat could not be handled", {}]
        assert "secret" not in json.dumps(answer)
        assert wrong_class == [
            4,
            "b1",
            "InternalError",
            "BootNotification could not be handled",
            {},
        ]
        assert invalid == [4, "a1", "InternalError", "Authorize could not be handled", {}]
        failures = [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.ERROR]
        assert [r.getMessage() for r in failures] == [
            "CS-1: the Heartbeat handler failed on unique id 'h1'",
            "CS-1: the BootNotification handler failed on unique id 'b1'",
            "CS-1: the Authorize handler failed on unique id 'a1'",
        ]
        assert all(r.exc_info is not None for r in failures)
        assert "secret-database-row-17" in caplog.text  # the traceback went to the log

    run(scenario())


def test_a_handler_picks_the_call_error_code_by_raising_rpc_error() -> None:
    require("Heartbeat", "Authorize")
    router = Router()

    @router.on(HeartbeatRequest)
    async def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:
        raise RpcError("SecurityError", "x" * 300, details={"hint": "register first"})

    @router.on(AuthorizeRequest)
    def authorize(request: AuthorizeRequest, context: Context) -> AuthorizeResponse:
        raise RpcError("Oops", "no such code")  # the RpcError itself refuses: a handler failure

    async def scenario() -> None:
        async with against_raw_peer(router) as (_, peer):
            answer = await peer.ask([2, "h1", "Heartbeat", {}])
            assert answer == [4, "h1", "SecurityError", "x" * 255, {"hint": "register first"}]
            token = {"idToken": {"idToken": "t", "type": "Central"}}
            answer = await peer.ask([2, "a1", "Authorize", token])
            assert answer[:3] == [4, "a1", "InternalError"]

    run(scenario())


def test_a_handler_may_call_the_peer_back_before_answering() -> None:
    require("BootNotification", "Reset")
    router = Router()

    @router.on(BootNotificationRequest)
    async def boot(request: BootNotificationRequest, context: Context) -> BootNotificationResponse:
        reset = await context.session.call(ResetRequest(type=ResetEnumType.ON_IDLE))
        context.state["reset"] = reset.status
        return boot_response()

    async def scenario() -> None:
        async with csms_and_station(router, station_router()) as (csms, station):
            assert await station.call(boot_request()) == boot_response()
            assert csms.state["reset"] == ResetStatusEnumType.SCHEDULED

    run(scenario())


# --- After-hooks and the frame hook ------------------------------------------------------------


def test_after_hooks_run_once_the_response_was_sent(caplog: pytest.LogCaptureFixture) -> None:
    require("BootNotification", "Heartbeat", "Reset")
    wire: list[tuple[str, str]] = []
    events: list[Any] = []
    router = csms_router()

    @router.after(BootNotificationRequest)
    async def first(
        request: BootNotificationRequest, response: BootNotificationResponse, context: Context
    ) -> None:
        # the response is on the wire already
        assert wire[-1][0] == "out" and json.loads(wire[-1][1])[0] == 3
        events.append(
            ("first", request.charging_station.model, response.interval, context.unique_id)
        )
        reset = await context.session.call(ResetRequest(type=ResetEnumType.ON_IDLE))
        events.append(("reset", reset.status))

    @router.after(BootNotificationRequest)
    def failing(
        request: BootNotificationRequest, response: BootNotificationResponse, context: Context
    ) -> None:
        events.append("failing")
        raise RuntimeError("hook broke")

    @router.after(BootNotificationRequest)
    def last(
        request: BootNotificationRequest, response: BootNotificationResponse, context: Context
    ) -> None:
        events.append("last")

    @router.after(HeartbeatRequest)
    def never(request: HeartbeatRequest, response: HeartbeatResponse, context: Context) -> None:
        events.append("heartbeat hook")

    @router.on(ResetRequest)
    def unused(request: ResetRequest, context: Context) -> ResetResponse:
        raise AssertionError("not called: a CSMS does not receive Reset")

    async def scenario() -> None:
        link = MemoryLink()
        csms = Session(
            link.a,
            router,
            role="csms",
            station_id="CS-1",
            frame_hook=lambda s, d, t: wire.append((d, t)),
        )
        station = Session(link.b, station_router(), role="station", station_id="CS-1")
        async with serving(csms), serving(station):
            with captured(caplog):
                await station.call(boot_request("M7"))
                for _ in range(100):  # the hooks run after the answer: wait for them
                    if "last" in events:
                        break
                    await asyncio.sleep(0.01)
        boot_id = json.loads(wire[0][1])[1]
        assert events == [
            ("first", "M7", 300, boot_id),
            ("reset", ResetStatusEnumType.SCHEDULED),
            "failing",
            "last",
        ]
        assert "CS-1: an after-hook of BootNotification failed on unique id" in caplog.text

    run(scenario())


def test_after_hooks_do_not_run_when_the_call_was_answered_with_an_error() -> None:
    require("Heartbeat")
    router = Router()
    events: list[str] = []

    @router.on(HeartbeatRequest)
    async def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:
        raise RpcError("GenericError", "no")

    @router.after(HeartbeatRequest)
    def hook(request: HeartbeatRequest, response: HeartbeatResponse, context: Context) -> None:
        events.append("ran")

    async def scenario() -> None:
        async with against_raw_peer(router) as (_, peer):
            assert (await peer.ask([2, "h1", "Heartbeat", {}]))[2] == "GenericError"
            await peer.nothing_more()
        assert events == []

    run(scenario())


def test_frame_hook_and_debug_log_see_the_exact_wire_text(caplog: pytest.LogCaptureFixture) -> None:
    require("Heartbeat", "Reset")
    hooked: list[tuple[str, str, str]] = []

    def hook(station_id: str, direction: str, text: str) -> None:
        hooked.append((station_id, direction, text))
        if len(hooked) == 1:
            raise RuntimeError("a broken hook is logged, nothing more")

    async def scenario() -> None:
        async with against_raw_peer(csms_router(), frame_hook=hook) as (session, peer):
            with captured(caplog, logging.DEBUG):
                sent_text = '[2, "h1",  "Heartbeat", {}]'  # spacing kept as it came
                await peer.send(sent_text)
                answer_text = await asyncio.wait_for(peer.end.recv(), WAIT)
                caller = asyncio.create_task(
                    session.call(ResetRequest(type=ResetEnumType.IMMEDIATE))
                )
                call_text = await asyncio.wait_for(peer.end.recv(), WAIT)
                reply_text = json.dumps([3, json.loads(call_text)[1], {"status": "Accepted"}])
                await peer.send(reply_text)
                await caller
        assert hooked == [
            ("CS-1", "in", sent_text),
            ("CS-1", "out", answer_text),
            ("CS-1", "out", call_text),
            ("CS-1", "in", reply_text),
        ]
        frames = [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.DEBUG]
        assert [(r.station_id, r.direction, r.getMessage()) for r in frames] == [  # type: ignore[attr-defined]
            (station_id, direction, f"{station_id} {direction} {text}")
            for station_id, direction, text in hooked
        ]
        assert "the frame hook failed" in caplog.text

    run(scenario())


def test_a_frame_the_transport_did_not_take_is_not_reported_as_sent() -> None:
    require("Heartbeat")
    hooked: list[str] = []

    class Refusing(MemoryEnd):
        async def send(self, frame: str) -> None:
            raise TransportClosed("gone")

    async def scenario() -> None:
        link = MemoryLink()
        end = Refusing(link.a.inbox, link.a.outbox, link)
        session = Session(
            end,
            csms_router(),
            role="csms",
            station_id="CS-1",
            frame_hook=lambda s, d, t: hooked.append(d),
        )
        async with serving(session):
            await link.b.send('[2,"h1","Heartbeat",{}]')
            for _ in range(50):
                await asyncio.sleep(0.01)
        assert hooked == ["in"]

    run(scenario())


# --- Nothing invalid leaves -------------------------------------------------------------------


def test_invalid_requests_never_leave() -> None:
    require("BootNotification", "Reset")

    async def scenario() -> None:
        async with against_raw_peer(Router(), role="station") as (session, peer):
            with pytest.raises(ocpp201.ValidationError, match="longer than 20 characters"):
                await session.call(boot_request(model="m" * 21))
            with pytest.raises(TypeError, match="not the request class"):
                await session.call(boot_response())  # type: ignore[arg-type]
            await peer.nothing_more()

    run(scenario())


def test_the_router_takes_request_classes_and_one_handler_each() -> None:
    router = Router()

    @router.on(HeartbeatRequest)
    def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:
        return HeartbeatResponse(current_time=NOW)

    with pytest.raises(ValueError, match="Heartbeat has a handler already"):
        router.on(HeartbeatRequest)(heartbeat)
    with pytest.raises(TypeError, match="HeartbeatResponse is not the request class"):
        router.on(HeartbeatResponse)  # type: ignore[type-var]
    assert router.handled_actions() == {"Heartbeat"}
    with pytest.raises(ValueError, match="role is 'csms' or 'station'"):
        Session(MemoryLink().a, router, role="server", station_id="x")  # type: ignore[arg-type]


# --- A flooding peer ---------------------------------------------------------------------------


def test_a_peer_flooding_calls_without_reading_stalls_only_itself() -> None:
    """A peer sends Calls and never reads the answers. The session handles at most
    `inbound_limit` at once and stops reading while they wait to send their answers: what it
    takes from the transport, and the memory it allocates, stay the same for 2 000 frames as for
    20 000. Meanwhile another session on the same event loop is served as usual."""
    require("Heartbeat")
    router = csms_router()
    limit = 4
    answers_buffered = 8  # what the flooder's side of the connection holds before send blocks

    async def flood(count: int) -> tuple[int, int, float]:
        flooded = MemoryLink(to_b_maxsize=answers_buffered)
        # the flooder's frames are all sent before measuring: they are its memory, not ours
        for i in range(count):
            flooded.b.outbox.put_nowait(f'[2,"f{i}","Heartbeat",{{}}]')
        calm = MemoryLink()
        flooded_csms = Session(
            flooded.a, router, role="csms", station_id="flood", inbound_limit=limit
        )
        calm_csms = Session(calm.a, router, role="csms", station_id="calm")
        calm_station = Session(calm.b, Router(), role="station", station_id="calm")
        gc.collect()
        tracemalloc.start()
        try:
            async with serving(flooded_csms), serving(calm_csms), serving(calm_station):
                worst = 0.0
                for _ in range(20):  # the calm station keeps being served, quickly
                    started = time.perf_counter()
                    await calm_station.call(HeartbeatRequest())
                    worst = max(worst, time.perf_counter() - started)
                await asyncio.sleep(0.2)
                read = flooded.a.received
                handling = len(flooded_csms._handler_tasks)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert handling <= limit
        return read, peak, worst

    async def scenario() -> None:
        small = await flood(2_000)
        large = await flood(20_000)
        for read, _, worst in (small, large):
            # answers buffered + those waiting to be sent + the one the reader holds
            assert read <= answers_buffered + limit + 1, read
            assert worst < 1.0, worst
        assert large[1] < small[1] * 1.5 + 200_000, (small, large)  # memory does not follow N
        assert large[1] < 2_000_000

    run(scenario())


def test_a_flooding_peer_does_not_hold_the_event_loop(caplog: pytest.LogCaptureFixture) -> None:
    """Frames already buffered are read without the reader ever suspending; a flood of frames
    answered at once (here malformed ones, answered with a CallError by the reader itself) must
    still let the other sessions run between them, not after the whole flood."""
    require("Heartbeat")
    count = 20_000
    router = csms_router()

    async def scenario() -> None:
        flooded = MemoryLink()
        for _ in range(count):
            flooded.b.outbox.put_nowait("not json")
        calm = MemoryLink()
        calm_csms = Session(calm.a, router, role="csms", station_id="calm")
        calm_station = Session(calm.b, Router(), role="station", station_id="calm")
        async with serving(calm_csms), serving(calm_station):
            await calm_station.call(HeartbeatRequest())
            async with serving(Session(flooded.a, router, role="csms", station_id="flood")):
                for _ in range(20):
                    await calm_station.call(HeartbeatRequest())
                # served while the flood is being read, not once it is over
                assert flooded.a.received < count / 2, flooded.a.received

    with caplog.at_level(logging.CRITICAL, logger=LOGGER):  # 20 000 "refused a frame" warnings
        run(scenario())


# --- Interoperability: our CSMS session, a station built on `ocpp` ------------------------------


def test_our_csms_session_serves_an_ocpp_package_station_over_a_websocket() -> None:
    require("BootNotification", "Heartbeat", "Reset")
    from ocpp.routing import on
    from ocpp.v201 import ChargePoint
    from ocpp.v201 import call as station_call
    from ocpp.v201 import call_result as station_result
    from ocpp.v201.enums import Action
    from websockets.asyncio.client import connect
    from websockets.asyncio.server import ServerConnection, serve
    from websockets.typing import Subprotocol

    class OcppStation(ChargePoint):  # type: ignore[misc]  # ocpp ships no type information
        resets: list[dict[str, Any]] = []

        @on(Action.reset)
        def on_reset(self, **request: Any) -> Any:
            self.resets.append(request)
            return station_result.Reset(status="Scheduled")

    sessions: dict[str, Session] = {}
    connected = asyncio.Event()
    wire: list[tuple[str, str]] = []

    async def handler(websocket: ServerConnection) -> None:
        assert websocket.request is not None
        station_id = websocket.request.path.rsplit("/", 1)[-1]
        session = Session(
            websocket, csms_router(), role="csms", station_id=station_id, timeout=WAIT,
            frame_hook=lambda s, d, t: wire.append((d, t)),
        )  # fmt: skip
        sessions[station_id] = session
        connected.set()
        await session.run()

    async def scenario() -> None:
        protocols = [Subprotocol("ocpp2.0.1")]
        async with serve(handler, "127.0.0.1", 0, subprotocols=protocols) as server:
            port = server.sockets[0].getsockname()[1]
            async with connect(
                f"ws://127.0.0.1:{port}/CS-0042", subprotocols=protocols
            ) as websocket:
                station = OcppStation("CS-0042", websocket, response_timeout=WAIT)
                reader = asyncio.create_task(station.start())
                try:
                    booted = await station.call(
                        station_call.BootNotification(
                            charging_station={"model": "M1", "vendor_name": "ACME"},
                            reason="PowerUp",
                        )
                    )
                    assert (booted.status, booted.interval) == ("Accepted", 300)
                    assert booted.current_time == "2024-05-01T10:00:00Z"
                    beat = await station.call(station_call.Heartbeat())
                    assert beat.current_time == "2024-05-01T10:00:00Z"
                    await asyncio.wait_for(connected.wait(), WAIT)
                    session = sessions["CS-0042"]
                    assert session.state["model"] == "M1"
                    reset = await session.call(ResetRequest(type=ResetEnumType.IMMEDIATE))
                    assert reset == ResetResponse(status=ResetStatusEnumType.SCHEDULED)
                    assert OcppStation.resets == [{"type": "Immediate"}]
                finally:
                    reader.cancel()
                    with suppress(asyncio.CancelledError):
                        await reader
            for _ in range(100):  # the server side notices the closed connection
                if session.closed:
                    break
                await asyncio.sleep(0.01)
            assert session.closed
        actions = [json.loads(t)[2] for d, t in wire if json.loads(t)[0] == 2]
        assert actions == ["BootNotification", "Heartbeat", "Reset"]

    run(scenario())


# --- Throughput (measured, loosely bounded) ----------------------------------------------------


def test_calls_per_second_over_the_in_memory_transport() -> None:
    require("Heartbeat")
    calls = 2_000

    async def scenario() -> None:
        async with csms_and_station(csms_router(), Router()) as (_, station):
            started = time.perf_counter()
            for _ in range(calls):
                await station.call(HeartbeatRequest())
            elapsed = time.perf_counter() - started
        rate = calls / elapsed
        print(f"\n{rate:,.0f} Heartbeat round trips/s over the in-memory transport")
        assert rate > 500, rate  # a loose floor: a loaded CI machine must not fail it

    run(scenario())
