"""Interoperability, our station's side: ocpp201 as the charging station (`ocpp201.websockets.
connect` with a `Router`) against a CSMS built on the `ocpp` package (2.1.0), an `ocpp.v201.
ChargePoint` per connection served with `websockets.serve` (tests/support/ocpp_csms.py).

- Every implemented action (from coverage_matrix.yaml) crosses in its direction of the
  specification, with every corpus payload both implementations carry unchanged: the station's
  Calls through our `station.call()`, answered by their `@on` handlers; the CSMS's Calls through
  their `ChargePoint.call()`, answered by our router. `ocpp` validates what it receives and what
  it answers (its default), so a message either side gets wrong fails here.
- CallErrors both ways, with the codes as OCPP-J 2.0.1 names them; where `ocpp` differs, the test
  says which side follows OCPP-J and asserts the difference as it is.
- A Call left unanswered, each way: the caller's timeout, the late answer dropped, the
  connection still serving.
- Security profile 1 (HTTP Basic auth) against their server; and a call in flight when their
  CSMS drops the connection, which must fail with SessionClosed and leave nothing for asyncio
  to report (every scenario here runs with asyncio's exception handler watched).

The other direction, ocpp201's CSMS against `ocpp` stations, is in test_interop.py and
test_interop_every_action.py.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import ocpp201
import pytest
from ocpp.charge_point import camel_to_snake_case
from ocpp.exceptions import (
    InternalError,
    NotSupportedError,
    OCPPError,
    UnknownCallErrorCodeError,
)
from ocpp.v201 import call as their_call
from ocpp.v201 import call_result
from ocpp201 import DataTransferRequest, DataTransferResponse, DataTransferStatusEnumType, Payload
from ocpp201.rpc import ERROR_CODES, RpcError
from ocpp201.session import CallErrorReceived, CallTimeout, Context, SessionClosed
from ocpp201.websockets import RefusedConnection, Station, connect
from websockets.asyncio.server import basic_auth

from .support.implemented import implemented_actions
from .support.ocpp_csms import (
    WAIT,
    OcppCsms,
    OcppCsmsServer,
    StationHandlers,
    answer_with,
    directions,
    exchangeable_payloads,
    ocpp_csms,
    sent_by,
    their_wire_payload,
    theirs,
)
from .support.sessions import require

SCENARIO_TIMEOUT = 60.0
"""Upper bound on one test's scenario, so that a hang fails the test, not the run."""
STATION_ID = "CS-INTEROP"
SHORT = 0.2
"""The timeout of a Call the test leaves unanswered on purpose."""
SESSION_LOGGER = "ocpp201.session"


def run(scenario: Awaitable[None]) -> None:
    """Runs `scenario` with a bound, and fails on anything asyncio reports to its exception
    handler meanwhile ("Future exception was never retrieved", "Task exception was never
    retrieved", ...): those are errors nobody saw."""

    async def watched() -> list[dict[str, Any]]:
        reports: list[dict[str, Any]] = []
        asyncio.get_running_loop().set_exception_handler(
            lambda loop, context: reports.append(context)
        )
        await asyncio.wait_for(scenario, SCENARIO_TIMEOUT)
        gc.collect()  # a future's report comes when it is collected
        return reports

    reports = asyncio.run(watched())
    assert [(r["message"], repr(r.get("exception"))) for r in reports] == []


@asynccontextmanager
async def linked(
    handlers: StationHandlers, **station_options: Any
) -> AsyncIterator[tuple[OcppCsmsServer, OcppCsms, Station]]:
    """Their CSMS, our station connected to it (`station_options` go to `connect`), and their
    ChargePoint for that connection."""
    async with ocpp_csms() as csms:
        async with connect(
            csms.url, handlers.router, STATION_ID, timeout=WAIT, **station_options
        ) as station:
            yield csms, await csms.wait_for_station(STATION_ID), station


async def until(condition: Callable[[], bool]) -> None:
    """Waits (bounded) for `condition`, which another task makes true."""
    async with asyncio.timeout(WAIT):
        while not condition():
            await asyncio.sleep(0.005)


def decoded(action: str, kind: str, payload: dict[str, Any]) -> Any:
    return ocpp201.decode(f"{action}{kind}", payload)


def exchanges(action: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(request, response) pairs using every exchangeable corpus payload of `action` once."""
    requests = exchangeable_payloads(action, "Request")
    responses = exchangeable_payloads(action, "Response")
    count = max(len(requests), len(responses))
    return [(requests[i % len(requests)], responses[i % len(responses)]) for i in range(count)]


def our_answer(action: str, response: dict[str, Any]) -> Callable[[Payload, Context], Payload]:
    return lambda request, context: decoded(action, "Response", response)


# --- Every implemented action in its direction ----------------------------------------------------


def test_every_implemented_action_is_exercised_in_its_direction() -> None:
    pairs = directions()
    assert {action for action, _ in pairs} == implemented_actions()
    for action, sender in pairs:
        direction = ocpp201.ACTIONS[action].direction
        assert direction == "Both" or direction.startswith("CSMS") == (sender == "csms")


@pytest.mark.parametrize(("action", "sender"), directions(), ids=lambda value: str(value))
def test_action_crosses_in_its_direction(action: str, sender: str) -> None:
    pairs = exchanges(action)
    handlers = StationHandlers()

    async def station_sends() -> None:
        async with linked(handlers) as (_, their, station):
            for request, response in pairs:
                their.answers[action] = answer_with(action, response)
                reply = await station.call(decoded(action, "Request", request))
                assert type(reply) is ocpp201.ACTIONS[action].response
                assert reply == decoded(action, "Response", response)
                unique_id, seen_action, arguments = their.received[-1]
                assert (seen_action, arguments) == (action, camel_to_snake_case(request))
                # On the wire: our Call as ocpp201 wrote it, their CallResult as ocpp wrote it.
                assert json.loads(their.frames_in[-1]) == [2, unique_id, action, request]
                assert json.loads(their.frames_out[-1]) == [3, unique_id, response]
            assert len(their.received) == len(pairs)

    async def csms_sends() -> None:
        async with linked(handlers) as (_, their, station):
            for number, (request, response) in enumerate(pairs):
                handlers.answers[action] = our_answer(action, response)
                unique_id = f"their-{number}"
                result = await their.call(
                    theirs(action, "Request", request), suppress=False, unique_id=unique_id
                )
                assert result == theirs(action, "Response", response)
                assert their_wire_payload(result) == response
                seen_id, seen_action, request_seen = handlers.received[-1]
                assert (seen_id, seen_action) == (unique_id, action)
                assert type(request_seen) is ocpp201.ACTIONS[action].request
                assert request_seen == decoded(action, "Request", request)
                assert json.loads(their.frames_in[-1]) == [3, unique_id, response]
            assert len(handlers.received) == len(pairs)

    run(station_sends() if sender == "station" else csms_sends())


def test_data_transfer_data_is_renamed_by_ocpp_both_ways() -> None:
    """Disagreement on VALID messages; ocpp201 follows the schema, which leaves DataTransfer's
    `data` free (any JSON, the vendor's format). ocpp201 carries it as given; `ocpp` runs its
    camelCase/snake_case key conversion and null removal through it: their handler sees renamed
    keys, and what it echoes comes back renamed again and without its nulls."""
    require("DataTransfer")
    handlers = StationHandlers()

    async def scenario() -> None:
        async with linked(handlers) as (_, their, station):
            their.answers["DataTransfer"] = lambda unique_id, request: call_result.DataTransfer(
                status="Accepted", data=request["data"]
            )
            sent = {"meterId": "M-1", "unset": None}
            reply = await station.call(DataTransferRequest(vendor_id="org.example", data=sent))
            assert json.loads(their.frames_in[-1])[3]["data"] == sent  # as our application gave it
            assert their.received[-1][2]["data"] == {"meter_id": "M-1", "unset": None}
            assert reply.data == {"meterId": "M-1"}

            handlers.answers["DataTransfer"] = lambda request, context: DataTransferResponse(
                status=DataTransferStatusEnumType.ACCEPTED
            )
            await their.call(
                their_call.DataTransfer(vendor_id="org.example", data={"association_id": 7}),
                suppress=False,
            )
            request = handlers.received[-1][2]
            assert isinstance(request, DataTransferRequest)
            assert request.data == {"asSoCiationId": 7}  # ocpp's "soc" -> "SoC" special case

    run(scenario())


# --- CallErrors: our station answering their CSMS -------------------------------------------------

OCPP_LACKS = frozenset({"MessageTypeNotSupported", "RpcFrameworkError"})
"""OCPP-J 2.0.1 CallError codes `ocpp` has no exception class for: a CallError carrying one
makes its call() raise UnknownCallErrorCodeError ("not defined by the OCPP specification")."""


def csms_sent_exchange() -> tuple[str, dict[str, Any], dict[str, Any]]:
    """An action the CSMS sends, with a request and a response both sides carry unchanged."""
    action = sent_by("csms")[0]
    return action, *exchanges(action)[0]


@pytest.mark.parametrize("code", sorted(ERROR_CODES))
def test_our_handler_raising_rpc_error_reaches_ocpp_with_that_code(code: str) -> None:
    action, request, response = csms_sent_exchange()
    handlers = StationHandlers()

    def refuse(request: Payload, context: Context) -> Payload:
        raise RpcError(code, f"refused with {code}", details={"by": "ocpp201"})

    async def scenario() -> None:
        async with linked(handlers) as (_, their, station):
            handlers.answers[action] = refuse
            if code in OCPP_LACKS:  # ocpp201 follows OCPP-J; ocpp does not know the code
                with pytest.raises(UnknownCallErrorCodeError, match=code):
                    await their.call(theirs(action, "Request", request), suppress=False)
            else:
                with pytest.raises(OCPPError) as raised:
                    await their.call(theirs(action, "Request", request), suppress=False)
                error = raised.value
                assert (type(error).code, error.description, error.details) == (
                    code,
                    f"refused with {code}",
                    {"by": "ocpp201"},
                )
            assert json.loads(their.frames_in[-1])[2:] == [
                code,
                f"refused with {code}",
                {"by": "ocpp201"},
            ]
            # The connection goes on serving.
            handlers.answers[action] = our_answer(action, response)
            reply = await their.call(theirs(action, "Request", request), suppress=False)
            assert reply == theirs(action, "Response", response)

    run(scenario())


@pytest.mark.parametrize("case", ["no-handler", "handler-fails", "wrong-direction"])
def test_our_refusals_reach_ocpp_as_the_ocpp_j_codes(case: str) -> None:
    """No handler: NotSupported (OCPP-J: the action is recognized, not supported here). A
    handler that fails: InternalError, without the failure's text. A Call only a station sends
    (their CSMS sends it all the same: `ocpp` does not check directions): NotSupported."""
    action, request, response = csms_sent_exchange()
    handlers = StationHandlers(leave_out=frozenset({action} if case == "no-handler" else ()))
    if case == "wrong-direction":
        action = next(a for a in sent_by("station") if a not in sent_by("csms"))
        request = exchanges(action)[0][0]

    def fail(request: Payload, context: Context) -> Payload:
        raise ValueError("a secret the CSMS must not see")

    async def scenario() -> None:
        async with linked(handlers) as (_, their, station):
            handlers.answers[action] = fail
            expected = InternalError if case == "handler-fails" else NotSupportedError
            with pytest.raises(expected) as raised:
                await their.call(theirs(action, "Request", request), suppress=False)
            description = raised.value.description
            if case == "no-handler":
                assert description == f"{action} is not supported here"
                assert handlers.received == []
            elif case == "wrong-direction":
                assert description == f"a station does not receive {action} requests"
                assert handlers.received == []
            else:
                assert [a for _, a, _ in handlers.received] == [action]
                assert "secret" not in json.dumps([description, raised.value.details])

    run(scenario())


# --- CallErrors: their CSMS answering our station -------------------------------------------------


def station_sent_exchange() -> tuple[str, dict[str, Any], dict[str, Any]]:
    action = sent_by("station")[0]
    return action, *exchanges(action)[0]


@pytest.mark.parametrize(
    "error_class", OCPPError.__subclasses__(), ids=lambda error_class: error_class.code
)
def test_their_handler_raising_an_ocpp_error_reaches_us_as_call_error_received(
    error_class: type[OCPPError],
) -> None:
    """Every error class of `ocpp`, raised by their handler, arrives with its code, description
    and details. Two of them carry OCPP 1.6 spellings outside OCPP-J 2.0.1's codes
    (FormationViolation, OccurenceConstraintViolation): ocpp201 hands those on as they came."""
    action, request, response = station_sent_exchange()

    def refuse(unique_id: str, request: dict[str, Any]) -> Any:
        raise error_class(description="refused by ocpp", details={"cause": error_class.code})

    async def scenario() -> None:
        async with linked(StationHandlers()) as (_, their, station):
            their.answers[action] = refuse
            with pytest.raises(CallErrorReceived) as raised:
                await station.call(decoded(action, "Request", request))
            error = raised.value
            assert (error.station_id, error.action, error.unique_id) == (
                STATION_ID,
                action,
                their.received[-1][0],
            )
            assert (error.code, error.description, error.details) == (
                error_class.code,
                "refused by ocpp",
                {"cause": error_class.code},
            )
            their.answers[action] = answer_with(action, response)
            assert await station.call(decoded(action, "Request", request)) == decoded(
                action, "Response", response
            )

    run(scenario())


def test_their_failures_reach_us_as_call_error_received() -> None:
    """A handler of theirs that raises something else: InternalError. No handler for an action
    OCPP 2.0.1 defines: `ocpp` answers NotImplemented, which OCPP-J reserves for an action the
    receiver does not know; a known action it does not support is NotSupported (ocpp201's
    answer). ocpp201 reports the code as it came."""
    action, request, response = station_sent_exchange()

    def fail(unique_id: str, request: dict[str, Any]) -> Any:
        raise ValueError("their bug")

    async def scenario() -> None:
        async with linked(StationHandlers()) as (_, their, station):
            their.answers[action] = fail
            with pytest.raises(CallErrorReceived) as failed:
                await station.call(decoded(action, "Request", request))
            assert (failed.value.code, failed.value.description, failed.value.details) == (
                "InternalError",
                "An unexpected error occurred.",
                {},
            )
            del their.route_map[action]  # as if their CSMS had no @on for it
            with pytest.raises(CallErrorReceived) as unhandled:
                await station.call(decoded(action, "Request", request))
            assert (unhandled.value.code, unhandled.value.details) == (
                "NotImplemented",
                {"cause": f"No handler for {action} registered."},
            )

    run(scenario())


# --- Calls left unanswered --------------------------------------------------------------------


def test_a_call_their_csms_never_answers_times_out_and_the_session_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    action, request, response = station_sent_exchange()
    frames_in: list[str] = []

    def note(station_id: str, direction: str, text: str) -> None:
        if direction == "in":
            frames_in.append(text)

    async def scenario() -> None:
        async with linked(StationHandlers(), frame_hook=note) as (csms, their, station):
            their.answers[action] = csms.hold(answer_with(action, response))
            with pytest.raises(CallTimeout) as raised:
                await station.call(decoded(action, "Request", request), timeout=SHORT)
            unique_id = their.received[-1][0]
            timeout = raised.value
            assert (timeout.station_id, timeout.action, timeout.unique_id) == (
                STATION_ID,
                action,
                unique_id,
            )
            assert action in str(timeout) and unique_id in str(timeout)

            # Their answer, once it comes, is too late: logged and dropped.
            csms.released.set()
            await until(lambda: any(unique_id in frame for frame in frames_in))
            assert f"dropped an answer to unknown unique id {unique_id!r}" in [
                r.getMessage().partition(": ")[2]
                for r in caplog.records
                if r.name == SESSION_LOGGER
            ]
            # The next Call goes out and is answered.
            their.answers[action] = answer_with(action, response)
            assert await station.call(decoded(action, "Request", request)) == decoded(
                action, "Response", response
            )

    with caplog.at_level(logging.WARNING, logger=SESSION_LOGGER):
        run(scenario())


def test_a_call_our_station_answers_too_late_times_out_on_their_side() -> None:
    """A handler of ours that takes longer than their CSMS waits: `ocpp` raises TimeoutError,
    drops our late answer when it comes, and both ends go on."""
    action, request, response = csms_sent_exchange()
    handlers = StationHandlers()

    async def scenario() -> None:
        go_on = asyncio.Event()

        async def slow(request: Payload, context: Context) -> Payload:
            await go_on.wait()
            answer: Payload = decoded(action, "Response", response)
            return answer

        async with linked(handlers) as (_, their, station):
            handlers.answers[action] = slow
            their._response_timeout = SHORT  # ocpp's ChargePoint keeps its timeout there
            with pytest.raises(asyncio.TimeoutError, match="Waited"):
                await their.call(theirs(action, "Request", request), unique_id="late-1")
            their._response_timeout = WAIT
            go_on.set()
            await until(lambda: any('"late-1"' in frame for frame in their.frames_in))

            reply = await their.call(
                theirs(action, "Request", request), unique_id="next-1", suppress=False
            )
            assert reply == theirs(action, "Response", response)
            assert [unique_id for unique_id, _, _ in handlers.received] == ["late-1", "next-1"]
            # Our station's own Calls are served too.
            station_action, station_request, station_response = station_sent_exchange()
            their.answers[station_action] = answer_with(station_action, station_response)
            assert await station.call(
                decoded(station_action, "Request", station_request)
            ) == decoded(station_action, "Response", station_response)

    run(scenario())


# --- Security profile 1 ---------------------------------------------------------------------------

PASSWORD = "correct-horse-battery-staple"


def test_basic_auth_against_their_server() -> None:
    """Security profile 1: HTTP Basic auth with the station id as username, checked by the
    `websockets` server their CSMS runs on."""
    action, request, response = station_sent_exchange()
    checked: list[tuple[str, str]] = []

    def check_credentials(username: str, password: str) -> bool:
        checked.append((username, password))
        return (username, password) == (STATION_ID, PASSWORD)

    async def scenario() -> None:
        process_request = basic_auth(realm="ocpp", check_credentials=check_credentials)
        async with ocpp_csms(process_request=process_request) as csms:
            router = StationHandlers().router
            for password in (None, "wrong"):
                with pytest.raises(RefusedConnection, match="401"):
                    async with connect(csms.url, router, STATION_ID, password=password):
                        pass
            async with connect(csms.url, router, STATION_ID, password=PASSWORD) as station:
                their = await csms.wait_for_station(STATION_ID)
                assert their.connection.username == STATION_ID
                their.answers[action] = answer_with(action, response)
                assert await station.call(decoded(action, "Request", request)) == decoded(
                    action, "Response", response
                )
        assert checked == [(STATION_ID, "wrong"), (STATION_ID, PASSWORD)]

    run(scenario())


def stop_their_reading(their: Any, ours: Any) -> socket.socket:
    """Their CSMS stops reading, with small socket buffers on both ends whatever the system's
    defaults: a large Call of ours then fills them and its send waits. Returns their socket."""
    their.connection.transport.pause_reading()
    their_socket: socket.socket = their.connection.transport.get_extra_info("socket")
    their_socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    ours.transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    return their_socket


def test_a_call_whose_send_blocks_times_out() -> None:
    """The call's timeout covers the send: their CSMS stops reading, our large Call fills the
    buffers and its send waits; `call(timeout=...)` still ends with CallTimeout in time, the
    connection stays open, and once their CSMS reads again the next call is answered."""
    require("DataTransfer")
    action, request, response = station_sent_exchange()

    async def scenario() -> None:
        async with linked(StationHandlers(), compression=None) as (csms, their, station):
            ours = station._connection
            assert ours is not None
            their_socket = stop_their_reading(their, ours)
            # under websockets' max_size (1 MiB) on their side, far over the buffers
            large = DataTransferRequest(vendor_id="org.example", data="x" * 200_000)
            with pytest.raises(CallTimeout) as timed_out:
                await station.call(large, timeout=0.3)
            assert timed_out.value.action == "DataTransfer"
            assert ours.transport.get_write_buffer_size() > 0  # the send was still waiting
            their_socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
            their.connection.transport.resume_reading()
            their.answers[action] = answer_with(action, response)
            # their CSMS reads (and validates) the large Call first, one Call at a time
            answer = await station.call(decoded(action, "Request", request), timeout=60)
            assert answer == decoded(action, "Response", response)

    run(scenario())


# --- Their CSMS drops the connection under a Call -------------------------------------------------


@pytest.mark.parametrize("moment", ["waiting-for-the-answer", "while-sending"])
def test_a_call_in_flight_when_their_csms_drops_fails_with_session_closed(moment: str) -> None:
    """The Call fails with SessionClosed and nothing is left for asyncio to report (`run`
    watches its exception handler). While sending: their CSMS has stopped reading (its socket
    holds little), our large Call fills the buffers, and the connection drops with the send
    still waiting; the session's end then failed the Call's answer, which nobody awaited, and
    asyncio reported "Future exception was never retrieved"."""
    require("DataTransfer")
    action, request, response = station_sent_exchange()

    async def scenario() -> None:
        # compression off: the frame's size on the wire is then its size
        async with linked(StationHandlers(), compression=None) as (csms, their, station):
            if moment == "waiting-for-the-answer":
                their.answers[action] = csms.hold()
                caller = asyncio.create_task(station.call(decoded(action, "Request", request)))
                await until(lambda: bool(their.received))
            else:
                ours = station._connection  # our websocket: its transport holds what is unsent
                assert ours is not None
                stop_their_reading(their, ours)
                large = DataTransferRequest(vendor_id="org.example", data="x" * 2_000_000)
                caller = asyncio.create_task(station.call(large))
                await until(lambda: ours.transport.get_write_buffer_size() > 0)
            their.connection.transport.abort()
            try:
                await caller
            except SessionClosed as closed:
                failure = str(closed)
            else:
                raise AssertionError("the call went through")
            expected = (
                "waited for its answer"
                if moment == "waiting-for-the-answer"
                else "could not be sent"
            )
            assert expected in failure, failure

    run(scenario())
