"""OCPP 2.1's two frames in a package built for 2.1 (tests/fixtures/ocpp21): SEND (a one-way
message, never answered) and CALLRESULTERROR (the side that made a Call tells the peer that the
CallResult it received cannot be handled), in `rpc`, the session layer and the log validator.

The one-way action of 2.1 is NotifyPeriodicEventStream, sent by the charging station (part 2,
N15.FR.01); every other action is answered.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .support.builds import STREAM_PAYLOAD, ocpp21_package
from .support.sessions import run as run_bounded
from .test_session import MemoryLink, RawPeer, serving

SCENARIO_TIMEOUT = 30.0
WAIT = 5.0
ONE_WAY = "NotifyPeriodicEventStream"
NOW = datetime(2024, 5, 1, 10, tzinfo=UTC)


def run(scenario: Any) -> None:
    run_bounded(scenario, SCENARIO_TIMEOUT)


@pytest.fixture(scope="module")
def o() -> ModuleType:
    return ocpp21_package()


def _heartbeat_router(o: ModuleType, sessions: Any) -> Any:
    """A CSMS router that answers Heartbeat, for scenarios that need a Call answered."""
    router = sessions.Router()

    @router.on(o.HeartbeatRequest)
    def heartbeat(request: Any, context: Any) -> Any:
        return o.HeartbeatResponse(current_time=NOW)

    return router


@pytest.fixture(scope="module")
def rpc(o: ModuleType) -> Any:
    return importlib.import_module("ocpp21.rpc")


@pytest.fixture(scope="module")
def sessions(o: ModuleType) -> Any:
    return importlib.import_module("ocpp21.session")


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """The session's log records of WARNING and above (`logged.records`)."""
    with caplog.at_level(logging.WARNING, logger="ocpp21.session"):
        yield caplog


def stream_message(o: ModuleType) -> Any:
    return o.decode(ONE_WAY, STREAM_PAYLOAD)


def test_the_one_way_action_and_its_direction_come_from_the_matrix(o: ModuleType) -> None:
    one_way = [name for name, action in o.ACTIONS.items() if action.response is None]
    assert one_way == [ONE_WAY]
    assert o.ACTIONS[ONE_WAY].direction == "ChargingStation->CSMS"
    assert importlib.import_module("ocpp21.ocpp_j").SUBPROTOCOL == "ocpp2.1"
    assert importlib.import_module("ocpp21.websockets").SUBPROTOCOL == "ocpp2.1"


# --- rpc --------------------------------------------------------------------------------------


def test_a_send_frame_round_trips(o: ModuleType, rpc: Any) -> None:
    frame = rpc.Send("s1", ONE_WAY, stream_message(o))
    text = frame.to_json()
    assert json.loads(text) == [6, "s1", ONE_WAY, STREAM_PAYLOAD]
    assert rpc.parse_frame(text) == frame


def test_a_call_result_error_round_trips(rpc: Any) -> None:
    result = rpc.CallResult("c1", {"status": "Nope"})
    frame = result.error("PropertyConstraintViolation", "x" * 300, {"at": "/status"})
    assert frame == rpc.CallResultError(
        "c1", "PropertyConstraintViolation", "x" * 255, {"at": "/status"}
    )
    text = frame.to_json()
    assert json.loads(text) == [
        5,
        "c1",
        "PropertyConstraintViolation",
        "x" * 255,
        {"at": "/status"},
    ]
    parsed = rpc.parse_frame(text)
    assert isinstance(parsed, rpc.CallResultError) and not isinstance(parsed, rpc.CallError)
    assert parsed == frame
    with pytest.raises(ValueError, match="not an OCPP-J CallError code"):
        rpc.CallResultError("c1", "Oops")


def test_one_way_messages_go_in_sends_and_answered_ones_in_calls(o: ModuleType, rpc: Any) -> None:
    with pytest.raises(ValueError, match="one-way message: it goes in a Send"):
        rpc.Call("c1", ONE_WAY, stream_message(o))
    with pytest.raises(ValueError, match="Heartbeat is answered"):
        rpc.Send("s1", "Heartbeat", o.HeartbeatRequest())
    with pytest.raises(TypeError, match="carries a NotifyPeriodicEventStream"):
        rpc.Send("s1", ONE_WAY, o.HeartbeatRequest())


@pytest.mark.parametrize(
    ("frame", "code", "message_type"),
    [
        ([2, "a", ONE_WAY, STREAM_PAYLOAD], "NotSupported", 2),
        ([6, "b", "Heartbeat", {}], "NotSupported", 6),
        ([6, "c", "NoSuchAction", {}], "NotImplemented", 6),
        ([6, "d", "HeartbeatRequest", {}], "NotImplemented", 6),
        ([6, "e", ONE_WAY, {**STREAM_PAYLOAD, "id": -1}], "PropertyConstraintViolation", 6),
        ([6, "f", ONE_WAY], "RpcFrameworkError", 6),
        ([5, "g", "GenericError", ""], "RpcFrameworkError", 5),
        ([5, "h", 7, "", {}], "RpcFrameworkError", 5),
        ([7, "i", "Heartbeat", {}], "MessageTypeNotSupported", 7),
    ],
)
def test_frames_refused(rpc: Any, frame: list[Any], code: str, message_type: int | None) -> None:
    with pytest.raises(rpc.RpcError) as caught:
        rpc.parse_frame(json.dumps(frame))
    assert caught.value.code == code
    assert caught.value.message_type == message_type
    assert caught.value.unique_id == frame[1]
    if message_type == 7:  # parse_frame reports it; whether it is answered is the session's call
        assert caught.value.description == "message type 7 is not 2, 3, 4, 5 or 6"


def test_an_unreadable_send_payload_is_a_format_violation(rpc: Any) -> None:
    text = '[6, "s1", "NotifyPeriodicEventStream", {"id": "\\ud800"}]'
    with pytest.raises(rpc.RpcError) as caught:
        rpc.parse_frame(text)
    assert (caught.value.code, caught.value.unique_id) == ("FormatViolation", "s1")
    assert caught.value.description.startswith("NotifyPeriodicEventStream: ")


# Frames whose text holds a lone surrogate (the escape `\ud800`): the type id can still be read,
# and it alone says whether the frame is answered.
UNREADABLE_SEND = '[6,"s1","NotifyPeriodicEventStream",{"x":"\\ud800"}]'
UNREADABLE_RESULT_ERROR = '[5,"r1","GenericError","\\ud800",{}]'
UNREADABLE_UNKNOWN_TYPE = '[7,"u1","\\ud800"]'


@pytest.mark.parametrize(
    ("text", "code", "message_type", "unique_id"),
    [
        (UNREADABLE_SEND, "FormatViolation", 6, "s1"),
        (UNREADABLE_RESULT_ERROR, "RpcFrameworkError", 5, "r1"),
        (UNREADABLE_UNKNOWN_TYPE, "MessageTypeNotSupported", 7, "u1"),
        ('[3,"c1",{"a":"\\ud800"}]', "FormatViolation", 3, "c1"),
        ('[4,"c1","GenericError","\\ud800",{}]', "RpcFrameworkError", 4, "c1"),
        ('[2,"c1","Heart\\ud800beat",{}]', "RpcFrameworkError", 2, "c1"),
        ('[3,"\\ud800",{}]', "RpcFrameworkError", 3, None),
        ('[7,"\\ud800"]', "MessageTypeNotSupported", 7, None),
        ('["\\ud800"]', "RpcFrameworkError", None, None),
    ],
)
def test_an_unreadable_frame_still_says_its_message_type(
    rpc: Any, text: str, code: str, message_type: int | None, unique_id: str | None
) -> None:
    with pytest.raises(rpc.RpcError) as caught:
        rpc.parse_frame(text)
    assert caught.value.code == code
    assert caught.value.message_type == message_type
    assert caught.value.unique_id == unique_id
    if message_type == 7:  # refused as a readable frame of that type is
        assert caught.value.description == "message type 7 is not 2, 3, 4, 5 or 6"


# --- Sessions: SEND -----------------------------------------------------------------------------


def test_a_station_sends_and_the_csms_handler_takes_it_unanswered(
    o: ModuleType, sessions: Any
) -> None:
    router = sessions.Router()
    taken: asyncio.Queue[tuple[Any, Any]] = asyncio.Queue()

    @router.on_send(o.NotifyPeriodicEventStream)
    async def stream(message: Any, context: Any) -> None:
        await taken.put((message, context))

    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, router, role="csms", station_id="CS-1", state={"n": 1})
        station = sessions.Session(link.b, sessions.Router(), role="station", station_id="CS-1")
        async with serving(csms), serving(station):
            await station.send(stream_message(o))
            message, context = await asyncio.wait_for(taken.get(), WAIT)
            assert message == stream_message(o)
            assert (context.action, context.state, context.session) == (ONE_WAY, {"n": 1}, csms)
            assert len(context.unique_id) == 36
            await asyncio.sleep(0.05)
            assert link.b.inbox.empty()  # nothing came back
            with pytest.raises(ValueError, match="a csms does not send NotifyPeriodicEventStream"):
                await csms.send(stream_message(o))
            with pytest.raises(TypeError, match="is answered: it is sent with Session.call"):
                await station.send(o.HeartbeatRequest())

    run(scenario())


def test_a_send_goes_out_while_a_call_waits_for_its_answer(o: ModuleType, sessions: Any) -> None:
    """OCPP-J 2.1 (4.1.1): a SEND need not wait for the answer to an outstanding CALL."""
    release = asyncio.Event()
    router = sessions.Router()
    taken: list[Any] = []

    @router.on(o.HeartbeatRequest)
    async def heartbeat(request: Any, context: Any) -> Any:
        await release.wait()
        return o.HeartbeatResponse(current_time=NOW)

    @router.on_send(o.NotifyPeriodicEventStream)
    def stream(message: Any, context: Any) -> None:
        taken.append(message)
        release.set()  # the Call is answered only once the SEND has arrived

    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, router, role="csms", station_id="CS-1")
        station = sessions.Session(link.b, sessions.Router(), role="station", station_id="CS-1")
        async with serving(csms), serving(station):
            call = asyncio.create_task(station.call(o.HeartbeatRequest()))
            await asyncio.sleep(0.01)
            await station.send(stream_message(o))
            assert (await call).current_time == NOW
            assert taken == [stream_message(o)]

    run(scenario())


def test_nothing_answers_a_send_whatever_goes_wrong(
    o: ModuleType, sessions: Any, logged: pytest.LogCaptureFixture
) -> None:
    router = sessions.Router()

    @router.on_send(o.NotifyPeriodicEventStream)
    def stream(message: Any, context: Any) -> None:
        raise RuntimeError("the handler broke")

    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, router, role="csms", station_id="CS-1")
        peer = RawPeer(link.b)
        async with serving(csms):
            await peer.send([6, "s1", ONE_WAY, STREAM_PAYLOAD])  # the handler fails
            await peer.send([6, "s2", ONE_WAY, {**STREAM_PAYLOAD, "pending": -1}])  # invalid
            await peer.send([6, "s3", "Heartbeat", {}])  # an answered action
            await peer.send([6, "s4", "NoSuchAction", {}])
            await peer.send([6, "s5"])  # malformed
            # A CALL for the one-way action is answered, as every CALL is.
            refused = await peer.ask([2, "c1", ONE_WAY, STREAM_PAYLOAD])
            assert refused[:3] == [4, "c1", "NotSupported"]
            await peer.nothing_more()
        link2 = MemoryLink()
        station = sessions.Session(link2.a, router, role="station", station_id="CS-2")
        peer2 = RawPeer(link2.b)
        async with serving(station):
            await peer2.send([6, "s6", ONE_WAY, STREAM_PAYLOAD])  # a station receives none
            await peer2.nothing_more()

    run(scenario())
    text = "\n".join(r.getMessage() for r in logged.records)
    assert "the NotifyPeriodicEventStream handler failed on unique id 's1'" in text
    for why in (
        "/pending: -1 is less than the minimum",
        "Heartbeat is answered: it is sent as a CALL",
        "'NoSuchAction' is not an OCPP 2.1 action",
        "a Send frame has 4 elements, this one 2",
    ):
        assert "dropped a SEND frame (nothing answers one): " in text and why in text, why
    assert "a station does not receive NotifyPeriodicEventStream messages" in text


def test_a_frame_of_an_unknown_message_type_is_ignored_and_the_session_goes_on(
    o: ModuleType, sessions: Any, logged: pytest.LogCaptureFixture
) -> None:
    """OCPP 2.1 part 4, 4.4: a receiver ignores a frame of a message type it does not know; 2.0.1
    answered MessageTypeNotSupported."""
    assert importlib.import_module("ocpp21.ocpp_j").UNKNOWN_MESSAGE_TYPE == "ignore"
    router = _heartbeat_router(o, sessions)

    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, router, role="csms", station_id="CS-1")
        peer = RawPeer(link.b)
        async with serving(csms):
            await peer.send([7, "x", "Heartbeat", {}])
            await peer.send([8])
            # The first frame back answers this Call: nothing answered the two before it.
            answer = await peer.ask([2, "c1", "Heartbeat", {}])
            assert answer[:2] == [3, "c1"]
            await peer.nothing_more()

    run(scenario())
    ignored = [r.getMessage() for r in logged.records if "ignored a frame" in r.getMessage()]
    assert ignored == [
        "CS-1: ignored a frame of message type 7, which OCPP 2.1 does not have",
        "CS-1: ignored a frame of message type 8, which OCPP 2.1 does not have",
    ]
    assert all(r.levelno == logging.WARNING for r in logged.records if "ignored" in r.getMessage())


def test_a_send_without_a_handler_is_logged(
    o: ModuleType, sessions: Any, logged: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, sessions.Router(), role="csms", station_id="CS-1")
        peer = RawPeer(link.b)
        async with serving(csms):
            await peer.send([6, "s1", ONE_WAY, STREAM_PAYLOAD])
            await peer.nothing_more()

    run(scenario())
    assert any(
        "NotifyPeriodicEventStream has no handler here" in r.getMessage() for r in logged.records
    )


def test_routers_keep_one_way_and_answered_handlers_apart(o: ModuleType, sessions: Any) -> None:
    router = sessions.Router()
    with pytest.raises(TypeError, match="one-way message, sent with Session.send"):
        router.on(o.NotifyPeriodicEventStream)
    with pytest.raises(TypeError, match="is answered"):
        router.on_send(o.HeartbeatRequest)
    router.on_send(o.NotifyPeriodicEventStream)(lambda message, context: None)
    with pytest.raises(ValueError, match="has a handler already"):
        router.on_send(o.NotifyPeriodicEventStream)(lambda message, context: None)
    assert router.handled_actions() == {ONE_WAY}


# --- Sessions: CALLRESULTERROR ------------------------------------------------------------------


def test_an_invalid_call_result_is_refused_with_a_call_result_error(
    o: ModuleType, sessions: Any, logged: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, sessions.Router(), role="csms", station_id="CS-1")
        peer = RawPeer(link.b)
        async with serving(csms):
            reset = o.ResetRequest(type=o.ResetEnumType.IMMEDIATE)
            for answer, code, raised in (
                ({"status": "Nope"}, "PropertyConstraintViolation", o.ValidationError),
                ([], "FormatViolation", importlib.import_module("ocpp21.rpc").RpcError),
            ):
                call = asyncio.create_task(csms.call(reset))
                frame = await peer.recv()
                await peer.send([3, frame[1], answer])
                refused = await peer.recv()
                assert refused[:3] == [5, frame[1], code]  # the Call's unique id
                with pytest.raises(raised):
                    await call
            # A valid answer is not refused.
            call = asyncio.create_task(csms.call(reset))
            frame = await peer.recv()
            await peer.send([3, frame[1], {"status": "Accepted"}])
            assert (await call).status == "Accepted"
            await peer.nothing_more()

    run(scenario())
    assert any("telling the peer with a CallResultError" in r.getMessage() for r in logged.records)


@pytest.mark.parametrize("unreadable", [False, True], ids=["invalid", "unreadable"])
def test_refusing_a_call_result_holds_up_neither_the_caller_nor_the_next_call(
    o: ModuleType, sessions: Any, unreadable: bool
) -> None:
    """The peer answers our Call with a CallResult we refuse, and stops reading: the caller still
    gets its error, and the next Call goes out; the CallResultError, with every violation in its
    details, reaches the peer once it reads again."""
    rpc = importlib.import_module("ocpp21.rpc")

    async def scenario() -> None:
        link = MemoryLink(to_b_maxsize=1)
        csms = sessions.Session(link.a, sessions.Router(), role="csms", station_id="CS-1")
        peer = RawPeer(link.b)
        reset = o.ResetRequest(type=o.ResetEnumType.IMMEDIATE)
        async with serving(csms):
            call = asyncio.create_task(csms.call(reset))
            first = await peer.recv()
            link.b.inbox.put_nowait("[]")  # the peer's side is full: it reads nothing more
            if unreadable:
                await peer.send(f'[3,"{first[1]}",{{"status":"\\ud800"}}]')
            else:
                await peer.send([3, first[1], {"status": "Nope"}])
            with pytest.raises(rpc.RpcError if unreadable else o.ValidationError):
                await asyncio.wait_for(call, WAIT)  # bounds a hang: the answer is immediate
            following = asyncio.create_task(csms.call(reset))
            assert await peer.recv() == []  # the peer reads again
            frames = {kind: frame for kind, *frame in [await peer.recv(), await peer.recv()]}
            refused, second = frames[5], frames[2]
            assert refused[:2] == [
                first[1],
                "FormatViolation" if unreadable else "PropertyConstraintViolation",
            ]
            assert [v["path"] for v in refused[3]["violations"]] == ["/status"]
            await peer.send([3, second[0], {"status": "Accepted"}])
            assert (await following).status == "Accepted"
            await peer.nothing_more()

    run(scenario())


def test_a_call_result_error_received_reaches_the_hooks_and_settles_no_call(
    o: ModuleType, sessions: Any, logged: pytest.LogCaptureFixture
) -> None:
    router = sessions.Router()
    events: list[Any] = []

    @router.on(o.HeartbeatRequest)
    def heartbeat(request: Any, context: Any) -> Any:
        return o.HeartbeatResponse(current_time=NOW)

    @router.on_call_result_error
    async def seen(event: Any) -> None:
        events.append(event)

    @router.on_call_result_error
    def broken(event: Any) -> None:
        raise RuntimeError("a hook broke")

    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, router, role="csms", station_id="CS-1")
        peer = RawPeer(link.b)
        async with serving(csms):
            assert (await peer.ask([2, "h1", "Heartbeat", {}]))[:2] == [3, "h1"]
            await peer.send([5, "h1", "PropertyConstraintViolation", "bad time", {"x": 1}])
            # Our own Call, with the same unique id as the CallResultError that follows.
            call = asyncio.create_task(csms.call(o.ResetRequest(type=o.ResetEnumType.IMMEDIATE)))
            frame = await peer.recv()
            await peer.send([5, frame[1], "GenericError", "", {}])
            await asyncio.sleep(0.02)
            assert not call.done()  # a CallResultError answers no Call
            await peer.send([3, frame[1], {"status": "Scheduled"}])
            assert (await call).status == "Scheduled"
            await peer.send([5, "x1", "Garbage"])  # malformed: dropped, not answered
            await peer.nothing_more()

    run(scenario())
    assert [(e.action, e.error.unique_id, e.error.error_code) for e in events] == [
        ("Heartbeat", "h1", "PropertyConstraintViolation"),
        (None, events[1].error.unique_id, "GenericError"),
    ]
    assert events[0].error.error_details == {"x": 1} and events[0].station_id == "CS-1"
    text = "\n".join(r.getMessage() for r in logged.records)
    assert "could not handle our answer to the Heartbeat call with unique id 'h1'" in text
    assert "a CallResultError hook failed" in text
    assert "dropped a CallResultError frame" in text


def test_unreadable_frames_that_nothing_answers_stay_unanswered(
    o: ModuleType, sessions: Any, logged: pytest.LogCaptureFixture
) -> None:
    """A SEND, a CallResultError or a frame of an unknown type is not answered, and a CallResult
    is an answer, not answered either, however unreadable its text: the CallResult fails the
    Call waiting for it, as a malformed one does."""
    router = _heartbeat_router(o, sessions)

    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, router, role="csms", station_id="CS-1")
        peer = RawPeer(link.b)
        async with serving(csms):
            for text in (UNREADABLE_SEND, UNREADABLE_RESULT_ERROR, UNREADABLE_UNKNOWN_TYPE):
                await peer.send(text)
            # The first frame back answers this Call: nothing answered the three before it.
            assert (await peer.ask([2, "h1", "Heartbeat", {}]))[:2] == [3, "h1"]
            call = asyncio.create_task(csms.call(o.ResetRequest(type=o.ResetEnumType.IMMEDIATE)))
            frame = await peer.recv()
            await peer.send(f'[3,"{frame[1]}",{{"status":"\\ud800"}}]')
            with pytest.raises(importlib.import_module("ocpp21.rpc").RpcError) as caught:
                await call
            assert caught.value.code == "FormatViolation"
            refused = await peer.recv()  # a CallResultError, as for any malformed CallResult
            assert refused[:3] == [5, frame[1], "FormatViolation"]
            await peer.nothing_more()

    run(scenario())
    text = "\n".join(r.getMessage() for r in logged.records)
    assert "dropped a SEND frame" in text and "dropped a CallResultError frame" in text
    assert "ignored a frame of message type 7" in text


def test_a_peer_flooding_call_result_errors_is_held_to_the_inbound_limit(
    o: ModuleType, sessions: Any
) -> None:
    """CallResultErrors reach the hooks under the bound Calls and SENDs keep (`inbound_limit`):
    while the hooks are slow the session stops reading, rather than starting a task for each
    frame the peer floods it with; once they go on, every frame is handled."""
    limit, count = 3, 200
    router = sessions.Router()
    release = asyncio.Event()
    seen: list[str] = []
    busy = asyncio.Event()

    @router.on_call_result_error
    async def slow(event: Any) -> None:
        seen.append(event.error.unique_id)
        if len(seen) == limit:
            busy.set()
        await release.wait()

    async def scenario() -> None:
        link = MemoryLink()
        for i in range(count):
            link.b.outbox.put_nowait(json.dumps([5, f"r{i}", "GenericError", "", {}]))
        csms = sessions.Session(link.a, router, role="csms", station_id="CS-1", inbound_limit=limit)
        async with serving(csms):
            await asyncio.wait_for(busy.wait(), WAIT)
            await asyncio.sleep(0.05)  # time for a reader that does not stop to read on
            assert link.a.received <= limit + 1, link.a.received  # + the one the reader holds
            assert len(csms._handler_tasks) <= limit
            release.set()
            while len(seen) < count:
                await asyncio.sleep(0.01)
        assert seen == [f"r{i}" for i in range(count)]

    run(scenario())


def test_a_call_result_error_read_while_our_answer_is_being_sent_names_its_action(
    o: ModuleType, sessions: Any
) -> None:
    """The session remembers which action an answer was for before sending it: the send may wait
    (the peer's side is full), and the peer's CallResultError about it be read meanwhile. An
    answer that could not be sent is forgotten again."""
    router = sessions.Router()
    events: asyncio.Queue[Any] = asyncio.Queue()
    handled = asyncio.Event()

    @router.on(o.HeartbeatRequest)
    def heartbeat(request: Any, context: Any) -> Any:
        handled.set()  # the answer's send starts right after, in the same step
        return o.HeartbeatResponse(current_time=NOW)

    @router.on_call_result_error
    def seen(event: Any) -> None:
        events.put_nowait(event)

    @dataclass
    class Refusing:
        """A transport that fails to send the answer to one unique id."""

        end: Any
        refused: str

        async def send(self, text: str) -> None:
            if json.loads(text)[1] == self.refused:
                raise ConnectionError("broken pipe")
            await self.end.send(text)

        async def recv(self) -> str:
            return await self.end.recv()  # type: ignore[no-any-return]

    async def scenario() -> None:
        link = MemoryLink(to_b_maxsize=1)
        csms = sessions.Session(Refusing(link.a, "lost"), router, role="csms", station_id="CS-1")
        peer = RawPeer(link.b)
        async with serving(csms):
            link.b.inbox.put_nowait("[]")  # the peer's side is full: our answer's send waits
            await peer.send([2, "h1", "Heartbeat", {}])
            await asyncio.wait_for(handled.wait(), WAIT)
            await peer.send([5, "h1", "GenericError", "", {}])
            event = await asyncio.wait_for(events.get(), WAIT)
            assert (event.action, event.error.unique_id) == ("Heartbeat", "h1")
            assert await peer.recv() == []
            assert (await peer.recv())[:2] == [3, "h1"]
            await peer.send([2, "lost", "Heartbeat", {}])  # its answer cannot be sent
            await peer.send([5, "lost", "GenericError", "", {}])
            event = await asyncio.wait_for(events.get(), WAIT)
            assert (event.action, event.error.unique_id) == (None, "lost")

    run(scenario())


# --- The log validator --------------------------------------------------------------------------


def test_the_log_validator_pairs_sends_with_nothing_and_result_errors_with_results(
    o: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = importlib.import_module("ocpp21._logcheck")
    records = [
        ("in", [6, "s1", ONE_WAY, STREAM_PAYLOAD]),  # 1 valid
        ("out", [3, "s1", {}]),  # 2 an answer to a SEND
        ("out", [6, "s2", ONE_WAY, STREAM_PAYLOAD]),  # 3 the CSMS does not send it
        ("in", [2, "c1", "Heartbeat", {}]),  # 4 valid
        ("out", [3, "c1", {"currentTime": "2024-05-01T10:00:00Z"}]),  # 5 valid
        ("in", [5, "c1", "PropertyConstraintViolation", "", {}]),  # 6 answers line 5
        ("in", [5, "c9", "GenericError", "", {}]),  # 7 no CallResult before: unmatched
        ("out", [5, "c1", "GenericError", "", {}]),  # 8 the CallResult is answered already
        ("in", [6, "s3", "Heartbeat", {}]),  # 9 an answered action as SEND
        ("in", [2, "c2", ONE_WAY, STREAM_PAYLOAD]),  # 10 a one-way action as CALL
        ("out", [4, "c2", "NotSupported", "", {}]),  # 11 valid
        ("in", [5, "c3", "Bogus", "", {}]),  # 12 not an error code
        ("in", [6, "s4", ONE_WAY, {**STREAM_PAYLOAD, "id": -1}]),  # 13 invalid payload
        ("out", [4, "s4", "PropertyConstraintViolation", "", {}]),  # 14 an answer to a SEND
        ("in", [7, "u1", "Heartbeat", {}]),  # 15 an unknown message type, which nothing answers
    ]
    log = tmp_path / "log.jsonl"
    lines = [json.dumps({"direction": d, "frame": f}) for d, f in records]
    # 16 an unknown message type, its text unreadable (a lone surrogate): still ignored
    lines.append(f'{{"direction": "in", "frame": {UNREADABLE_UNKNOWN_TYPE}}}')
    log.write_text("\n".join(lines) + "\n")
    assert cli.main(["validate", "--json", "--no-progress", str(log)]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    problems = [(p["line"], p["code"]) for p in lines if p["type"] == "problem"]
    assert problems == [
        (2, "send-answered"),
        (3, "wrong-direction"),
        (7, "unmatched"),
        (8, "unmatched"),
        (9, "NotSupported"),
        (10, "NotSupported"),
        (12, "RpcFrameworkError"),
        (13, "PropertyConstraintViolation"),
        (14, "send-answered"),
        (15, "unknown-message-type"),
        (16, "unknown-message-type"),
    ]
    unknown = next(p for p in lines if p["type"] == "problem" and p["line"] == 15)
    assert unknown["message"] == (
        "message type 7 is not 2, 3, 4, 5 or 6: OCPP 2.1 ignores such a frame, nothing answers it"
    )
    summary = lines[-1]
    assert (summary["valid"], summary["invalid"], summary["unmatched"]) == (5, 9, 2)


def test_a_tolerance_policy_applies_to_sends(o: ModuleType, sessions: Any) -> None:
    tolerance = importlib.import_module("ocpp21.tolerance")
    policy = tolerance.Policy.from_dict(
        {"tolerate": [{"kind": "unknown-property", "actions": [ONE_WAY]}]}
    )
    router = sessions.Router()
    taken: list[tuple[Any, Any]] = []

    @router.on_send(o.NotifyPeriodicEventStream)
    def stream(message: Any, context: Any) -> None:
        taken.append((message, context.tolerated))

    async def scenario() -> None:
        link = MemoryLink()
        csms = sessions.Session(link.a, router, role="csms", station_id="CS-1", policy=policy)
        peer = RawPeer(link.b)
        async with serving(csms):
            await peer.send([6, "s1", ONE_WAY, {**STREAM_PAYLOAD, "vendorNote": "x"}])
            await peer.nothing_more()

    run(scenario())
    ((message, tolerated),) = taken
    assert message == stream_message(o)
    assert [t.violation.path for t in tolerated] == ["/vendorNote"]
