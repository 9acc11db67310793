"""Every implemented action, whatever the matrix says, crosses a real websocket between ocpp201
(a CSMS on `ocpp201.websockets.serve`) and the message layer of `ocpp` 2.1.0 (mobilityhouse) in its direction:

- sent by a station: `ocpp` builds and validates the Call, our CSMS decodes it and answers, and
  `ocpp` unpacks and validates the CallResult;
- sent by the CSMS: our CSMS encodes the Call, `ocpp` unpacks and validates it and answers with a
  CallResult it built and validated, and our CSMS decodes the answer.

Payloads come from the committed corpus of valid payloads (tests/corpus), so a message flipped
to `implemented: yes` is covered without writing a scenario for it. test_interop.py holds the
hand-written scenarios of the first release, with `ocpp`'s ChargePoint on the station side.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import ocpp.messages
import ocpp201
import pytest
from ocpp201 import Payload
from ocpp201.session import Context, Router
from ocpp201.websockets import serve

from .support.implemented import implemented_actions, matrix
from .test_interop import CALL_TIMEOUT, csms, raw_station, run

CORPUS = Path(__file__).parent / "corpus"
STATION_SIDE = ("ChargingStation->CSMS", "LocalController->CSMS")
CSMS_SIDE = ("CSMS->ChargingStation", "CSMS->LocalController")


def _directions() -> list[tuple[str, str]]:
    """(action, who sends the Call: "station" or "csms") for every implemented action."""
    pairs = []
    for entry in matrix().entries:
        if entry.implemented:
            if entry.direction in STATION_SIDE or entry.direction == "Both":
                pairs.append((entry.action, "station"))
            if entry.direction in CSMS_SIDE or entry.direction == "Both":
                pairs.append((entry.action, "csms"))
    return pairs


def _ocpp_accepts(message: ocpp.messages.Call | ocpp.messages.CallResult) -> str | None:
    """None when `ocpp` validates the message, else its complaint."""
    try:
        ocpp.messages._validate_payload(
            message, "2.0.1"
        )  # the synchronous core of validate_payload
    except Exception as error:  # ocpp raises its own error classes, none of them shared
        return f"{type(error).__name__}: {error}"
    return None


def _payload(schema: str, action: str, kind: type) -> dict[str, Any]:
    """The first corpus payload of `schema` (as written, or as ocpp201 re-encodes it) that the
    `ocpp` validator accepts. ocpp validates with draft-04, where 1.0 is not an integer."""
    complaints = []
    for written in json.loads((CORPUS / f"{schema}.json").read_text(encoding="utf-8")):
        for candidate in (written, json.loads(ocpp201.dumps(ocpp201.decode(schema, written)))):
            message = (
                ocpp.messages.Call("probe", action, candidate)
                if kind is ocpp.messages.Call
                else ocpp.messages.CallResult("probe", candidate, action)
            )
            complaint = _ocpp_accepts(message)
            if complaint is None:
                return dict(candidate)
            complaints.append(complaint)
    raise AssertionError(f"ocpp accepts no corpus payload of {schema}: {complaints}")


def test_every_implemented_action_has_a_direction_here() -> None:
    assert {action for action, _ in _directions()} == implemented_actions()


@pytest.mark.parametrize(("action", "sender"), _directions(), ids=lambda v: str(v))
def test_action_crosses_both_ways(action: str, sender: str) -> None:
    request = _payload(f"{action}Request", action, ocpp.messages.Call)
    response = _payload(f"{action}Response", action, ocpp.messages.CallResult)
    expected_request = ocpp201.decode(f"{action}Request", request)
    expected_response = ocpp201.decode(f"{action}Response", response)
    decoded: list[Payload] = []

    router = Router()

    @router.on(ocpp201.ACTIONS[action].request)
    async def answer(received: Payload, context: Context) -> Payload:
        decoded.append(received)
        return expected_response

    async def station_sends() -> None:
        async with serve(router, "127.0.0.1", 0) as server:
            async with raw_station(server, "CS-EVERY") as websocket:
                call = ocpp.messages.Call(str(uuid.uuid4()), action, request)
                await websocket.send(call.to_json())
                reply = ocpp.messages.unpack(await asyncio.wait_for(websocket.recv(), CALL_TIMEOUT))
        assert isinstance(reply, ocpp.messages.CallResult), reply.to_json()
        assert reply.unique_id == call.unique_id
        reply.action = action
        assert _ocpp_accepts(reply) is None
        assert decoded == [expected_request]
        assert ocpp201.decode(f"{action}Response", reply.payload) == expected_response

    async def csms_sends() -> None:
        async with serve(csms.router, "127.0.0.1", 0) as server:
            async with raw_station(server, "CS-EVERY") as websocket:
                await server.wait_for_station("CS-EVERY", timeout=CALL_TIMEOUT)
                answer_task = asyncio.create_task(server.call("CS-EVERY", expected_request))
                call = ocpp.messages.unpack(await asyncio.wait_for(websocket.recv(), CALL_TIMEOUT))
                assert isinstance(call, ocpp.messages.Call) and call.action == action
                assert _ocpp_accepts(call) is None
                assert ocpp201.decode(f"{action}Request", call.payload) == expected_request
                result = call.create_call_result(response)
                assert _ocpp_accepts(result) is None
                await websocket.send(result.to_json())
                assert await asyncio.wait_for(answer_task, CALL_TIMEOUT) == expected_response

    run(station_sends() if sender == "station" else csms_sends())
