"""OCPP-J frames: parsing, writing, and the CallError each malformed frame deserves."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import ocpp201
import pytest
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
    reply = call.result(
        ocpp201.HeartbeatResponse(current_time=datetime(2024, 5, 1, 10, tzinfo=UTC))
    )
    text = reply.to_json()
    assert json.loads(text) == [3, "a1", {"currentTime": "2024-05-01T10:00:00Z"}]
    parsed = parse_frame(text)
    assert isinstance(parsed, CallResult)
    response = parsed.decode("Heartbeat")
    assert isinstance(response, ocpp201.HeartbeatResponse)
    with pytest.raises(ocpp201.ValidationError):
        parsed.decode("BootNotification")
    with pytest.raises(TypeError):
        call.result(
            ocpp201.BootNotificationResponse(
                current_time=datetime.now(UTC),
                interval=1,
                status=ocpp201.RegistrationStatusEnumType.ACCEPTED,
            )
        )


def test_call_error_round_trips_with_details() -> None:
    text = json.dumps(
        [4, "x9", "GenericError", "it broke", {"where": ["a", 1], "nested": {"k": None}}]
    )
    frame = parse_frame(text)
    assert frame == CallError(
        "x9", "GenericError", "it broke", {"where": ["a", 1], "nested": {"k": None}}
    )
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
        (
            '[2, "id5", "BootNotification", {"reason": "PowerUp"}]',
            "OccurrenceConstraintViolation",
            "id5",
        ),
        ('[2, "id6", "BootNotification", []]', "FormatViolation", "id6"),
        ('[2, "id8", "Heartbeat", {"x": 1}]', "OccurrenceConstraintViolation", "id8"),
        (
            '[2, "id9", "Authorize", {"idToken": {"idToken": 5, "type": "Central"}}]',
            "TypeConstraintViolation",
            "id9",
        ),
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
    assert (info.value.call_error().error_code, info.value.call_error().unique_id) == (
        "NotSupported",
        "id4",
    )


def test_payload_violations_travel_in_the_error_details() -> None:
    with pytest.raises(RpcError) as info:
        parse_frame(
            '[2, "v1", "BootNotification", {"reason": "Nope", "chargingStation": {"model": "M"}}]'
        )
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


# --- Nothing invalid is written: frames built by hand are checked -------------------------------


def test_a_call_carries_the_request_class_of_its_action() -> None:
    with pytest.raises(
        TypeError,
        match="a Heartbeat Call carries a HeartbeatRequest, not a BootNotificationRequest",
    ):
        Call("1", "Heartbeat", ocpp201.decode("BootNotificationRequest", BOOT))
    with pytest.raises(TypeError):
        Call(
            "1",
            "BootNotification",
            ocpp201.HeartbeatResponse(current_time=datetime.now(UTC)),
        )


def test_a_call_for_an_action_ocpp_does_not_have_is_refused() -> None:
    with pytest.raises(ocpp201.UnknownMessageError, match="'TeleportRequest' is not an OCPP"):
        Call("1", "Teleport", ocpp201.HeartbeatRequest())


def test_a_call_for_an_action_this_build_leaves_out_says_so() -> None:
    action = unimplemented_action()
    with pytest.raises(
        ocpp201.MessageNotImplementedError, match=f"does not implement {action}Request"
    ):
        Call("1", action, ocpp201.HeartbeatRequest())


@pytest.mark.parametrize("unique_id", ["x" * 37, "x" * 50, ""])
def test_unique_ids_have_1_to_36_characters(unique_id: str) -> None:
    heartbeat = ocpp201.HeartbeatResponse(current_time=datetime.now(UTC))
    with pytest.raises(ValueError, match="1 to 36 characters"):
        Call(unique_id, "Heartbeat", ocpp201.HeartbeatRequest())
    with pytest.raises(ValueError, match="1 to 36 characters"):
        CallResult(unique_id, heartbeat.to_dict())
    with pytest.raises(ValueError, match="1 to 36 characters"):
        CallError(unique_id, "GenericError")
    with pytest.raises(TypeError, match="a unique id is a str"):
        Call(17, "Heartbeat", ocpp201.HeartbeatRequest())  # type: ignore[arg-type]


def test_call_error_codes_come_from_ocpp_j_only() -> None:
    call = Call("e1", "Heartbeat", ocpp201.HeartbeatRequest())
    with pytest.raises(ValueError, match="'Oops' is not an OCPP-J CallError code"):
        call.error("Oops", "x")
    with pytest.raises(ValueError, match="'Oops' is not an OCPP-J CallError code"):
        RpcError("Oops", "x")
    for code in ocpp201.rpc.ERROR_CODES:
        assert json.loads(call.error(code).to_json())[2] == code


def test_call_error_descriptions_are_cut_to_255_characters() -> None:
    call = Call("e2", "Heartbeat", ocpp201.HeartbeatRequest())
    error = call.error("GenericError", "x" * 400)
    assert error.error_description == "x" * 255
    assert json.loads(error.to_json())[3] == "x" * 255
    assert RpcError("GenericError", "y" * 400, "e3").call_error().error_description == "y" * 255


def test_a_received_call_error_keeps_what_the_peer_sent_but_is_not_written_again_as_it_is() -> None:
    # OCPP 1.6's misspelt code, which some implementations still send
    text = json.dumps([4, "r1", "FormationViolation", "z" * 300, {}])
    frame = parse_frame(text)
    assert isinstance(frame, CallError)
    assert (frame.error_code, frame.error_description) == ("FormationViolation", "z" * 300)
    with pytest.raises(ValueError, match="not an OCPP-J CallError code"):
        frame.to_json()
    long_description = parse_frame(json.dumps([4, "r2", "GenericError", "z" * 300, {}]))
    assert isinstance(long_description, CallError)
    assert json.loads(long_description.to_json())[3] == "z" * 255


def test_call_result_decodes_typed_by_request_class() -> None:
    result = CallResult("t1", {"currentTime": "2024-05-01T10:00:00Z"})
    response = result.decode(ocpp201.HeartbeatRequest)
    assert isinstance(response, ocpp201.HeartbeatResponse)
    assert response.current_time == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert result.decode("Heartbeat") == response


@pytest.mark.parametrize(
    ("text", "message_type"),
    [
        ("not json", None),
        ('[7, "id7", "Heartbeat", {}]', 7),  # a type OCPP 2.0.1 does not have, as read
        ('[2, "id3", "Teleport", {}]', ocpp201.rpc.CALL),
        ('[3, "idA", []]', ocpp201.rpc.CALL_RESULT),
        ("[3, 17, {}]", ocpp201.rpc.CALL_RESULT),
        ('[4, "idB", "GenericError"]', ocpp201.rpc.CALL_ERROR),
    ],
)
def test_a_refused_frame_says_what_type_of_frame_it_was(
    text: str, message_type: int | None
) -> None:
    with pytest.raises(RpcError) as info:
        parse_frame(text)
    assert info.value.message_type == message_type
