"""Interoperability of a package built for OCPP 2.1 (tests/fixtures/ocpp21) with the `ocpp`
package's `ocpp.v21.ChargePoint` (2.1.0), over real websockets with the subprotocol ``ocpp2.1``,
from both ends:

- our CSMS (`Router` + `ocpp21.websockets.serve`) against their charging station, and
- our charging station (`ocpp21.websockets.connect`) against their CSMS,

for thirteen actions, six of them new in 2.1, each in the direction the fixture's matrix gives
it; the payloads are the schema's minimal valid ones. `ocpp` validates what it receives and what
it answers (its default), so a message either side gets wrong fails here.

`ocpp` 2.1.0 knows neither SEND nor CALLRESULTERROR (it lacks NotifyPeriodicEventStream, and
drops frames of message types 5 and 6 with a log line): SEND is tested between our two ends over
websockets, and against their package only to show that what they drop leaves the connection
serving. Their v21 ChargePoint answers no Call it has no handler for, so every action called
here has one.
"""

from __future__ import annotations

import asyncio
import importlib
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import ModuleType
from typing import Any

import pytest
from ocpp.charge_point import (
    camel_to_snake_case,
    remove_nones,
    serialize_as_dict,
    snake_to_camel_case,
)
from ocpp.routing import on
from ocpp.v21 import ChargePoint, call, call_result
from websockets.asyncio.client import connect as websockets_connect
from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as websockets_serve
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from .support.builds import OCPP21, STREAM_PAYLOAD, example_payload, ocpp21_package
from .support.sessions import run as run_bounded

STATION_SENDS = (
    "BootNotification",
    "Heartbeat",
    "StatusNotification",
    "Authorize",
    "NotifySettlement",
    "VatNumberValidation",
    "PullDynamicScheduleUpdate",
)
CSMS_SENDS = (
    "Reset",
    "ChangeAvailability",
    "GetTariffs",
    "ClearTariffs",
    "UsePriorityCharging",
    "AFRRSignal",
)
STATION_ID = "CS-21"
WAIT = 10.0
"""Upper bound on one exchange on 127.0.0.1, where they take milliseconds."""
SCENARIO_TIMEOUT = 60.0


def run(scenario: Any) -> None:
    run_bounded(scenario, SCENARIO_TIMEOUT)


@pytest.fixture(scope="module")
def o() -> ModuleType:
    return ocpp21_package()


def payload(name: str) -> dict[str, Any]:
    """The minimal valid payload of the schema `name`."""
    schema = json.loads((OCPP21 / "schemas" / f"{name}.json").read_text(encoding="utf-8"))
    value = example_payload(schema, full=False)
    assert isinstance(value, dict)
    return value


def theirs(module: Any, action: str, wire: dict[str, Any]) -> Any:
    """The `ocpp` dataclass a user of `ocpp` builds for the payload `wire`."""
    return getattr(module, action)(**camel_to_snake_case(wire))


def their_wire(message: Any) -> dict[str, Any]:
    """The payload `ocpp` sends for one of its dataclasses."""
    return dict(snake_to_camel_case(remove_nones(serialize_as_dict(message))))


def test_the_actions_go_the_way_the_matrix_says(o: ModuleType) -> None:
    assert {o.ACTIONS[a].direction for a in STATION_SENDS} == {"ChargingStation->CSMS"}
    assert {o.ACTIONS[a].direction for a in CSMS_SENDS} == {"CSMS->ChargingStation"}
    new_in_2_1 = {"NotifySettlement", "VatNumberValidation", "PullDynamicScheduleUpdate"}
    new_in_2_1 |= {"GetTariffs", "ClearTariffs", "UsePriorityCharging", "AFRRSignal"}
    assert new_in_2_1 <= set(STATION_SENDS + CSMS_SENDS)


class TheirEnd(ChargePoint):  # type: ignore[misc]  # ocpp ships no type information
    """`ocpp.v21.ChargePoint` with a handler for every action of this test it receives (added
    below), answering the minimal valid response; it keeps what it received."""

    def __init__(self, station_id: str, connection: Any) -> None:
        super().__init__(station_id, connection, response_timeout=WAIT)
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.frames_in: list[str] = []

    async def route_message(self, raw_msg: str) -> Any:
        self.frames_in.append(raw_msg)
        return await super().route_message(raw_msg)


def _their_handler(action: str) -> Any:
    def handle(self: TheirEnd, **request: Any) -> Any:
        self.received.append((action, request))
        return theirs(call_result, action, payload(f"{action}Response"))

    # `ocpp` finds handlers by function name (one list for all classes): one name per action.
    handle.__name__ = handle.__qualname__ = f"on_{action}_of_their_end"
    return on(action)(handle)


for _action in STATION_SENDS + CSMS_SENDS:
    setattr(TheirEnd, f"on_{_action}_of_their_end", _their_handler(_action))


class TheirSloppyStation(TheirEnd):
    """Answers Reset with a payload breaking its schema (their validation skipped for it)."""


def _bad_reset(self: TheirEnd, **request: Any) -> Any:
    return call_result.Reset(status="Nope")  # not a ResetStatusEnumType value


# The same name as TheirEnd's Reset handler, so that it takes its place.
TheirSloppyStation.on_Reset_of_their_end = on("Reset", skip_schema_validation=True)(_bad_reset)


def our_router(o: ModuleType, sessions: Any, received: list[tuple[str, Any]]) -> Any:
    """Our router: a handler for every action of this test, answering the minimal valid
    response; `received` gets what they decoded, and the one-way stream messages."""
    router = sessions.Router()

    def answer(action: str) -> Any:
        def handle(request: Any, context: Any) -> Any:
            received.append((action, request))
            return o.decode(f"{action}Response", payload(f"{action}Response"))

        return handle

    for action in STATION_SENDS + CSMS_SENDS:
        router.on(o.ACTIONS[action].request)(answer(action))

    @router.on_send(o.NotifyPeriodicEventStream)
    def stream(message: Any, context: Any) -> None:
        received.append(("NotifyPeriodicEventStream", message))

    return router


def check_request_crossed(o: ModuleType, action: str, received_by_them: dict[str, Any]) -> None:
    expected = o.decode(f"{action}Request", payload(f"{action}Request"))
    assert o.decode(f"{action}Request", snake_to_camel_case(received_by_them)) == expected


@asynccontextmanager
async def their_station(url: str, cls: type[TheirEnd] = TheirEnd) -> AsyncIterator[TheirEnd]:
    async with websockets_connect(
        f"{url}/{STATION_ID}", subprotocols=[Subprotocol("ocpp2.1")]
    ) as connection:
        assert connection.subprotocol == "ocpp2.1"
        station = cls(STATION_ID, connection)
        reader = asyncio.create_task(station.start())
        try:
            yield station
        finally:
            reader.cancel()
            await asyncio.gather(reader, return_exceptions=True)


def test_our_csms_and_their_station(o: ModuleType) -> None:
    sessions = importlib.import_module("ocpp21.session")
    adapter = importlib.import_module("ocpp21.websockets")
    received: list[tuple[str, Any]] = []

    async def scenario() -> None:
        async with adapter.serve(our_router(o, sessions, received), "127.0.0.1", 0) as server:
            async with their_station(f"ws://127.0.0.1:{server.port}/ocpp") as station:
                for action in STATION_SENDS:
                    request = theirs(call, action, payload(f"{action}Request"))
                    response = await station.call(request, suppress=False)
                    assert received[-1] == (
                        action,
                        o.decode(f"{action}Request", payload(f"{action}Request")),
                    )
                    assert o.decode(f"{action}Response", their_wire(response)) == o.decode(
                        f"{action}Response", payload(f"{action}Response")
                    )
                await server.wait_for_station(STATION_ID, timeout=WAIT)
                for action in CSMS_SENDS:
                    request = o.decode(f"{action}Request", payload(f"{action}Request"))
                    response = await server.call(STATION_ID, request)
                    assert response == o.decode(f"{action}Response", payload(f"{action}Response"))
                    assert station.received[-1][0] == action
                    check_request_crossed(o, action, station.received[-1][1])

    run(scenario())


@asynccontextmanager
async def their_csms() -> AsyncIterator[tuple[str, dict[str, TheirEnd]]]:
    stations: dict[str, TheirEnd] = {}

    async def handler(connection: ServerConnection) -> None:
        station = TheirEnd(STATION_ID, connection)
        stations[STATION_ID] = station
        try:
            await station.start()
        except ConnectionClosed:
            pass  # their start() reads until the connection ends, and says so by raising

    async with websockets_serve(
        handler, "127.0.0.1", 0, subprotocols=[Subprotocol("ocpp2.1")]
    ) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield f"ws://127.0.0.1:{port}/ocpp", stations


def test_our_station_and_their_csms(o: ModuleType) -> None:
    sessions = importlib.import_module("ocpp21.session")
    adapter = importlib.import_module("ocpp21.websockets")
    received: list[tuple[str, Any]] = []

    async def scenario() -> None:
        async with their_csms() as (url, stations):
            router = our_router(o, sessions, received)
            async with adapter.connect(url, router, STATION_ID) as station:
                session = await station.wait_connected(timeout=WAIT)
                for action in STATION_SENDS:
                    request = o.decode(f"{action}Request", payload(f"{action}Request"))
                    response = await station.call(request)
                    assert response == o.decode(f"{action}Response", payload(f"{action}Response"))
                    their_end = stations[STATION_ID]
                    assert their_end.received[-1][0] == action
                    check_request_crossed(o, action, their_end.received[-1][1])
                for action in CSMS_SENDS:
                    request = theirs(call, action, payload(f"{action}Request"))
                    response = await stations[STATION_ID].call(request, suppress=False)
                    assert received[-1] == (
                        action,
                        o.decode(f"{action}Request", payload(f"{action}Request")),
                    )
                    assert o.decode(f"{action}Response", their_wire(response)) == o.decode(
                        f"{action}Response", payload(f"{action}Response")
                    )
                # Their CSMS drops a SEND (it knows no message type 6), and keeps serving.
                await station.send(o.decode("NotifyPeriodicEventStream", STREAM_PAYLOAD))
                await station.call(o.HeartbeatRequest())
                frames = [json.loads(text) for text in stations[STATION_ID].frames_in]
                assert [f[0] for f in frames].count(6) == 1
                assert session.closed is False

    run(scenario())


def test_we_tell_their_station_its_result_is_invalid_and_it_keeps_serving(
    o: ModuleType,
) -> None:
    """Their station answers a Reset with a status the schema lacks: our call raises
    ValidationError and our CSMS sends a CallResultError (message type 5), which `ocpp` 2.1.0
    drops; the next call is answered."""
    sessions = importlib.import_module("ocpp21.session")
    adapter = importlib.import_module("ocpp21.websockets")

    async def scenario() -> None:
        async with adapter.serve(sessions.Router(), "127.0.0.1", 0) as server:
            url = f"ws://127.0.0.1:{server.port}/ocpp"
            async with their_station(url, TheirSloppyStation) as station:
                await server.wait_for_station(STATION_ID, timeout=WAIT)
                with pytest.raises(o.ValidationError, match="'Nope' is not a value"):
                    await server.call(STATION_ID, o.ResetRequest(type=o.ResetEnumType.IMMEDIATE))
                response = await server.call(STATION_ID, o.GetTariffsRequest(evse_id=0))
                assert response == o.decode("GetTariffsResponse", payload("GetTariffsResponse"))
                frames = [json.loads(text) for text in station.frames_in]
                (reset,) = [f for f in frames if f[0] == 2 and f[2] == "Reset"]
                (refused,) = [f for f in frames if f[0] == 5]
                assert refused[1] == reset[1] and refused[2] == "PropertyConstraintViolation"

    run(scenario())


def test_send_between_our_two_ends_over_websockets(o: ModuleType) -> None:
    """`ocpp` 2.1.0 has no SEND: our station sends NotifyPeriodicEventStream to our CSMS."""
    sessions = importlib.import_module("ocpp21.session")
    adapter = importlib.import_module("ocpp21.websockets")
    received: list[tuple[str, Any]] = []
    frames: list[tuple[str, str]] = []

    def hook(station_id: str, direction: str, text: str) -> None:
        frames.append((direction, text))

    async def scenario() -> None:
        router = our_router(o, sessions, received)
        async with adapter.serve(router, "127.0.0.1", 0, frame_hook=hook) as server:
            url = f"ws://127.0.0.1:{server.port}/ocpp"
            async with adapter.connect(url, sessions.Router(), STATION_ID) as station:
                message = o.decode("NotifyPeriodicEventStream", STREAM_PAYLOAD)
                await station.send(message)
                await station.call(o.HeartbeatRequest())  # after the SEND on the same connection
                assert received[0] == ("NotifyPeriodicEventStream", message)
                with pytest.raises(ValueError, match="a csms does not send"):
                    await server.send(STATION_ID, message)
        sent_back = [json.loads(text) for direction, text in frames if direction == "out"]
        assert [f[0] for f in sent_back] == [3]  # the Heartbeat's answer; the SEND has none

    run(scenario())
