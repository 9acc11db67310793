"""OCPP-J frames: parsing, writing, and the CallError each malformed frame deserves."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

import ocpp201
from ocpp201.rpc import Call, CallError, CallResult, RpcError, parse_frame

from .support.implemented import unimplemented_action

BOOT = {"reason": "PowerUp", "chargingStation": {"model": "M1", "vendorName": "ACME"}}


def test_call_is_decoded_into_its_request() -> None:
    frame = parse_frame(json.dumps([2, "19223201", "BootNotification", BOOT]).encode())
    assert isinstance(frame, Call)
    assert frame.unique_id == "19223201" and frame.action == "BootNotification"
    assert isinstance(frame.payload, ocpp201.BootNotificationRequest)
    assert json.loads(frame.to_json()) == [2, "19223201", "BootNotification", BOOT]


def test_reply_and_call_result_decoding() -> None:
    call = parse_frame(json.dumps([2, "a1", "Heartbeat", {}]))
    assert isinstance(call, Call)
    reply = call.result(ocpp201.HeartbeatResponse(current_time=datetime(2024, 5, 1, 10, tzinfo=timezone.utc)))
    text = reply.to_json()
    assert json.loads(text) == [3, "a1", {"currentTime": "2024-05-01T10:00:00Z"}]
    parsed = parse_frame(text)
    assert isinstance(parsed, CallResult)
    response = parsed.decode("Heartbeat")
    assert isinstance(response, ocpp201.HeartbeatResponse)
    with pytest.raises(ocpp201.ValidationError):
        parsed.decode("BootNotification")
    with pytest.raises(TypeError):
        call.result(ocpp201.BootNotificationResponse(current_time=datetime.now(timezone.utc), interval=1, status=ocpp201.RegistrationStatusEnumType.ACCEPTED))


def test_call_error_round_trips_with_details() -> None:
    text = json.dumps([4, "x9", "GenericError", "it broke", {"where": ["a", 1], "nested": {"k": None}}])
    frame = parse_frame(text)
    assert frame == CallError("x9", "GenericError", "it broke", {"where": ["a", 1], "nested": {"k": None}})
    assert json.loads(frame.to_json()) == json.loads(text)


@pytest.mark.parametrize(
    ("text", "code", "unique_id"),
    [
        ("not json", "RpcFrameworkError", "-1"),
        ('{"a": 1}', "RpcFrameworkError", "-1"),
        ("[]", "RpcFrameworkError", "-1"),
        ('["2", "id", "Heartbeat", {}]', "RpcFrameworkError", "-1"),
        ('[2, 17, "Heartbeat", {}]', "RpcFrameworkError", "-1"),
        (json.dumps([2, "x" * 37, "Heartbeat", {}]), "RpcFrameworkError", "-1"),
        ('[7, "id7", "Heartbeat", {}]', "MessageTypeNotSupported", "id7"),
        ("[7]", "MessageTypeNotSupported", "-1"),
        ('[2, "id2", "Heartbeat"]', "RpcFrameworkError", "id2"),
        ('[2, "id3", "Teleport", {}]', "NotImplemented", "id3"),
        ('[2, "id5", "BootNotification", {"reason": "PowerUp"}]', "OccurrenceConstraintViolation", "id5"),
        ('[2, "id6", "BootNotification", []]', "FormatViolation", "id6"),
        ('[2, "id8", "Heartbeat", {"x": 1}]', "OccurrenceConstraintViolation", "id8"),
        ('[2, "id9", "Authorize", {"idToken": {"idToken": 5, "type": "Central"}}]', "TypeConstraintViolation", "id9"),
        ('[3, "idA", []]', "FormatViolation", "idA"),
        ('[4, "idB", "GenericError"]', "RpcFrameworkError", "idB"),
    ],
)
def test_malformed_frames_get_the_right_call_error(text: str, code: str, unique_id: str) -> None:
    with pytest.raises(RpcError) as info:
        parse_frame(text)
    reply = info.value.call_error()
    assert (reply.error_code, reply.unique_id) == (code, unique_id)
    assert reply.error_code in ocpp201.rpc.ERROR_CODES
    assert json.loads(reply.to_json())[:3] == [4, unique_id, code]


def test_unimplemented_action_is_not_supported() -> None:
    action = unimplemented_action()
    with pytest.raises(RpcError) as info:
        parse_frame(json.dumps([2, "id4", action, {}]))
    assert (info.value.call_error().error_code, info.value.call_error().unique_id) == ("NotSupported", "id4")


def test_payload_violations_travel_in_the_error_details() -> None:
    with pytest.raises(RpcError) as info:
        parse_frame('[2, "v1", "BootNotification", {"reason": "Nope", "chargingStation": {"model": "M"}}]')
    violations = info.value.call_error().error_details["violations"]
    assert {(v["path"], v["code"]) for v in violations} == {
        ("/reason", "PropertyConstraintViolation"),
        ("/chargingStation/vendorName", "OccurrenceConstraintViolation"),
    }


def test_unique_id_of_36_characters_is_accepted() -> None:
    assert isinstance(parse_frame(json.dumps([2, "x" * 36, "Heartbeat", {}])), Call)


def test_numbers_beyond_float_range_are_refused_not_made_infinite() -> None:
    # found by `make fuzz`: 1e400 decoded to inf, which could then not be encoded again
    with pytest.raises(RpcError) as info:
        parse_frame('[2, "n1", "DataTransfer", {"vendorId": "v", "data": 1e400}]')
    assert info.value.code == "RpcFrameworkError"
    with pytest.raises(ocpp201.ValidationError) as error:
        ocpp201.loads("DataTransferRequest", '{"vendorId": "v", "data": -1e400}')
    assert error.value.violations[0].code == "FormatViolation"
    assert ocpp201.loads("DataTransferRequest", '{"vendorId": "v", "data": 1e300}').data == 1e300
