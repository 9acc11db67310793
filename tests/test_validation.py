"""Validation semantics of the committed package, each case also put to the oracle."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import ocpp201
import pytest
from ocpp201 import (
    FORMAT_VIOLATION,
    OCCURRENCE_CONSTRAINT_VIOLATION,
    PROPERTY_CONSTRAINT_VIOLATION,
    TYPE_CONSTRAINT_VIOLATION,
)

from .support.implemented import implemented_actions, unimplemented_action

BOOT = {"reason": "PowerUp", "chargingStation": {"model": "M1", "vendorName": "ACME"}}
TX_TIME = "2024-05-01T10:00:00Z"


def tx(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "eventType": "Started",
        "timestamp": TX_TIME,
        "triggerReason": "Authorized",
        "seqNo": 0,
        "transactionInfo": {"transactionId": "tx-1"},
    }
    payload.update(changes)
    return payload


CASES: list[tuple[str, str, object, str | None, str | None]] = [
    # (id, schema, payload, expected code or None if valid, expected path)
    ("valid boot", "BootNotificationRequest", BOOT, None, None),
    ("float 1.0 is an integer", "TransactionEventRequest", tx(seqNo=1.0), None, None),
    (
        "1.5 is not an integer",
        "TransactionEventRequest",
        tx(seqNo=1.5),
        TYPE_CONSTRAINT_VIOLATION,
        "/seqNo",
    ),
    (
        "true is not an integer",
        "TransactionEventRequest",
        tx(seqNo=True),
        TYPE_CONSTRAINT_VIOLATION,
        "/seqNo",
    ),
    (
        "true is not a number",
        "TransactionEventRequest",
        tx(cableMaxCurrent=True),
        TYPE_CONSTRAINT_VIOLATION,
        "/cableMaxCurrent",
    ),
    (
        "no offset",
        "TransactionEventRequest",
        tx(timestamp="2024-05-01T10:00:00"),
        PROPERTY_CONSTRAINT_VIOLATION,
        "/timestamp",
    ),
    (
        "lower-case t and z",
        "TransactionEventRequest",
        tx(timestamp="2024-05-01t10:00:00z"),
        None,
        None,
    ),
    (
        "offset and fraction",
        "TransactionEventRequest",
        tx(timestamp="2024-05-01T10:00:00.123456789-05:30"),
        None,
        None,
    ),
    (
        "30 February",
        "TransactionEventRequest",
        tx(timestamp="2024-02-30T10:00:00Z"),
        PROPERTY_CONSTRAINT_VIOLATION,
        "/timestamp",
    ),
    (
        "29 February of a leap year",
        "TransactionEventRequest",
        tx(timestamp="2024-02-29T10:00:00Z"),
        None,
        None,
    ),
    (
        "leap second",
        "TransactionEventRequest",
        tx(timestamp="2016-12-31T23:59:60Z"),
        PROPERTY_CONSTRAINT_VIOLATION,
        "/timestamp",
    ),
    (
        "space separator",
        "TransactionEventRequest",
        tx(timestamp="2024-05-01 10:00:00Z"),
        PROPERTY_CONSTRAINT_VIOLATION,
        "/timestamp",
    ),
    (
        "year 0",
        "TransactionEventRequest",
        tx(timestamp="0000-05-01T10:00:00Z"),
        PROPERTY_CONSTRAINT_VIOLATION,
        "/timestamp",
    ),
    (
        "unknown enum value",
        "TransactionEventRequest",
        tx(eventType="Begun"),
        PROPERTY_CONSTRAINT_VIOLATION,
        "/eventType",
    ),
    (
        "negative seqNo: the schema sets no minimum",
        "TransactionEventRequest",
        tx(seqNo=-1),
        None,
        None,
    ),
    (
        "missing required",
        "TransactionEventRequest",
        {k: v for k, v in tx().items() if k != "seqNo"},
        OCCURRENCE_CONSTRAINT_VIOLATION,
        "/seqNo",
    ),
    (
        "unknown property",
        "TransactionEventRequest",
        tx(colour="red"),
        OCCURRENCE_CONSTRAINT_VIOLATION,
        "/colour",
    ),
    (
        "null is not absent",
        "TransactionEventRequest",
        tx(offline=None),
        TYPE_CONSTRAINT_VIOLATION,
        "/offline",
    ),
    (
        "empty array below minItems",
        "TransactionEventRequest",
        tx(meterValue=[]),
        OCCURRENCE_CONSTRAINT_VIOLATION,
        "/meterValue",
    ),
    (
        "nested array item",
        "TransactionEventRequest",
        tx(meterValue=[{"timestamp": TX_TIME, "sampledValue": [{"value": "x"}]}]),
        TYPE_CONSTRAINT_VIOLATION,
        "/meterValue/0/sampledValue/0/value",
    ),
    (
        "20 code points fit maxLength 20",
        "BootNotificationRequest",
        {**BOOT, "chargingStation": {"model": "⚡" * 20, "vendorName": "A"}},
        None,
        None,
    ),
    (
        "21 code points do not",
        "BootNotificationRequest",
        {**BOOT, "chargingStation": {"model": "⚡" * 21, "vendorName": "A"}},
        PROPERTY_CONSTRAINT_VIOLATION,
        "/chargingStation/model",
    ),
    ("payload not an object", "BootNotificationRequest", [BOOT], FORMAT_VIOLATION, ""),
    (
        "nested not an object",
        "BootNotificationRequest",
        {**BOOT, "chargingStation": "M1"},
        TYPE_CONSTRAINT_VIOLATION,
        "/chargingStation",
    ),
    (
        "customData extensions",
        "BootNotificationRequest",
        {**BOOT, "customData": {"vendorId": "v", "x": [1, {"y": None}]}},
        None,
        None,
    ),
    (
        "customData without vendorId",
        "BootNotificationRequest",
        {**BOOT, "customData": {"x": 1}},
        OCCURRENCE_CONSTRAINT_VIOLATION,
        "/customData/vendorId",
    ),
    (
        "DataTransfer data is any JSON",
        "DataTransferRequest",
        {"vendorId": "v", "data": [1, "two", {"3": None}]},
        None,
        None,
    ),
    ("DataTransfer data null", "DataTransferRequest", {"vendorId": "v", "data": None}, None, None),
    (
        "pointer escaping",
        "HeartbeatRequest",
        {"a/b~c": 1},
        OCCURRENCE_CONSTRAINT_VIOLATION,
        "/a~1b~0c",
    ),
]


@pytest.mark.parametrize(
    ("schema", "payload", "code", "path"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_semantics_agree_with_the_oracle(
    oracle: Callable[[str, object], bool],
    schema: str,
    payload: object,
    code: str | None,
    path: str | None,
) -> None:
    violations = ocpp201.validate(schema, payload)
    assert (not violations) == oracle(schema, payload)
    if code is None:
        assert violations == []
    else:
        assert (path, code) in [(v.path, v.code) for v in violations]


@pytest.mark.parametrize(
    "payload",
    [
        None,
        1,
        "x",
        1.5,
        True,
        [],
        set(),
        object(),
        {1: 2},
        {None: 1},
        {"reason": {"deep": [[[]]]}},
        {"chargingStation": []},
    ],
    ids=lambda p: type(p).__name__
    + ("-" + str(p) if isinstance(p, (dict, list, int, float, str)) else ""),
)
def test_any_input_yields_violations_not_exceptions(payload: object) -> None:
    violations = ocpp201.validate("BootNotificationRequest", payload)
    assert violations and all(isinstance(v, ocpp201.Violation) for v in violations)
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.decode("BootNotificationRequest", payload)
    assert info.value.violations == violations
    assert isinstance(info.value, ValueError)


def test_decode_builds_typed_tree() -> None:
    payload = tx(
        timestamp="2024-05-01T12:00:00.5+02:00",
        seqNo=3.0,
        idToken={
            "idToken": "AB12",
            "type": "ISO14443",
            "additionalInfo": [{"additionalIdToken": "x", "type": "y"}],
        },
        meterValue=[
            {
                "timestamp": TX_TIME,
                "sampledValue": [
                    {"value": 230, "measurand": "Voltage", "phase": "L1-N"},
                    {"value": 1.5},
                ],
            }
        ],
    )
    request = ocpp201.decode("TransactionEventRequest", payload)
    assert isinstance(request, ocpp201.TransactionEventRequest)
    assert request.event_type is ocpp201.TransactionEventEnumType.STARTED
    assert request.timestamp == datetime(2024, 5, 1, 10, 0, 0, 500000, tzinfo=UTC)
    assert request.timestamp.utcoffset() == timedelta(hours=2)
    assert request.seq_no == 3 and type(request.seq_no) is int
    assert isinstance(request.id_token, ocpp201.IdTokenType)
    assert request.id_token.type is ocpp201.IdTokenEnumType.ISO14443
    assert request.id_token.additional_info == [
        ocpp201.AdditionalInfoType(additional_id_token="x", type="y")
    ]
    assert request.meter_value is not None
    sampled = request.meter_value[0].sampled_value
    assert sampled[0].phase is ocpp201.PhaseEnumType.L1_N
    assert (
        type(sampled[0].value) is int and type(sampled[1].value) is float
    )  # an int on the wire stays an int
    wire = request.to_dict()
    assert wire["timestamp"] == "2024-05-01T12:00:00.500000+02:00"
    assert wire["meterValue"][0]["timestamp"] == "2024-05-01T10:00:00Z"
    assert wire["idToken"]["type"] == "ISO14443" and type(wire["idToken"]["type"]) is str


def test_custom_data_extensions_survive_a_round_trip() -> None:
    payload = {**BOOT, "customData": {"vendorId": "com.example", "rating": 5, "tags": ["a"]}}
    request = ocpp201.decode("BootNotificationRequest", payload)
    assert request.custom_data is not None
    assert request.custom_data.extra_properties == {"rating": 5, "tags": ["a"]}
    assert request.to_dict() == payload
    assert json.loads(ocpp201.dumps(request)) == payload


def test_invalid_instances_do_not_leave() -> None:
    token = ocpp201.IdTokenType(id_token="X" * 40, type=ocpp201.IdTokenEnumType.CENTRAL)
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.dumps(ocpp201.AuthorizeRequest(id_token=token))
    assert [(v.path, v.code) for v in info.value.violations] == [
        ("/idToken/idToken", PROPERTY_CONSTRAINT_VIOLATION)
    ]
    naive = ocpp201.HeartbeatResponse(current_time=datetime(2024, 5, 1, 10, 0))
    with pytest.raises(ocpp201.ValidationError):
        naive.to_dict()
    missing = ocpp201.BootNotificationResponse(current_time=datetime.now(UTC), interval=10, status=None)  # type: ignore[arg-type]
    with pytest.raises(ocpp201.ValidationError):
        missing.to_dict()
    clash = ocpp201.CustomDataType(vendor_id="v", extra_properties={"vendorId": "w"})
    with pytest.raises(ocpp201.ValidationError):
        clash.to_dict()


def test_a_field_of_the_wrong_type_is_refused_when_written_or_when_set() -> None:
    """The pure build takes a value of the wrong type and refuses to write it. In the compiled
    build the data types are compiled classes, which refuse it when it is set (TypeError); the
    message classes stay Python classes there, and behave as in the pure build."""
    if ocpp201.COMPILED:
        with pytest.raises(TypeError):
            ocpp201.CustomDataType(vendor_id=5)  # type: ignore[arg-type]
        custom = ocpp201.CustomDataType(vendor_id="v")
        with pytest.raises(TypeError):
            custom.vendor_id = None  # type: ignore[assignment]
    else:
        custom = ocpp201.CustomDataType(vendor_id=5)  # type: ignore[arg-type]
        with pytest.raises(ocpp201.ValidationError) as info:
            custom.to_dict()
        assert [(v.path, v.code) for v in info.value.violations] == [
            ("/vendorId", TYPE_CONSTRAINT_VIOLATION)
        ]
    assert ocpp201.CustomDataType(vendor_id="v", extra_properties=None).extra_properties == {}
    message = ocpp201.BootNotificationResponse(current_time="now", interval=10, status=None)  # type: ignore[arg-type]
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.dumps(message)
    assert {v.path for v in info.value.violations} == {"/currentTime", "/status"}


def test_loads_and_dumps() -> None:
    text = '{"currentTime":"2024-05-01T10:00:00Z"}'
    response = ocpp201.loads("HeartbeatResponse", text.encode())
    assert response.current_time == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert ocpp201.dumps(response) == text
    for bad in ["{", "[1,", b"\xff", '{"currentTime": NaN}', ""]:
        with pytest.raises(ocpp201.ValidationError) as info:
            ocpp201.loads("HeartbeatResponse", bad)
        assert info.value.violations[0].code == FORMAT_VIOLATION


def test_unimplemented_message_says_this_release_leaves_it_out() -> None:
    action = unimplemented_action()
    for call in (
        lambda: ocpp201.validate(f"{action}Request", {}),
        lambda: ocpp201.decode(f"{action}Response", {}),
    ):
        with pytest.raises(ocpp201.MessageNotImplementedError) as info:
            call()
        message = str(info.value)
        assert message.startswith(
            f"this release of ocpp201 ({ocpp201.__version__}) does not implement {action}"
        )
        assert "(see the support report" in message
        # how to add it comes after, for those with a source checkout
        assert message.index("support report") < message.index(
            f"`{action}: {{..., implemented: yes}}`"
        )
        assert "coverage_matrix.yaml (line " in message and "make generate" in message


def test_importing_a_left_out_message_says_why() -> None:
    action = unimplemented_action()
    namespace: dict[str, object] = {}
    with pytest.raises(ImportError) as info:
        exec(f"from ocpp201 import {action}Request", namespace)
    assert isinstance(info.value, ocpp201.MessageNotImplementedError)
    assert str(info.value).startswith(
        f"this release of ocpp201 ({ocpp201.__version__}) does not implement {action}Request"
    )
    with pytest.raises(ImportError) as unknown:
        exec("from ocpp201 import NoSuchMessageRequest", namespace)
    assert not isinstance(unknown.value, ocpp201.MessageNotImplementedError)
    assert not hasattr(ocpp201, "NoSuchMessageRequest")


def test_left_out_names_are_plain_missing_attributes() -> None:
    """The explanation comes from the import system, not a module `__getattr__`: CPython does
    not specialize attribute lookups on a module that has one, so every `ocpp201.loads` would
    pay for it. `hasattr` is then a plain False, and the explanation survives a cache reset."""
    import importlib

    action = unimplemented_action()
    assert "__getattr__" not in vars(ocpp201)
    assert not hasattr(ocpp201, f"{action}Request")
    importlib.invalidate_caches()
    with pytest.raises(ocpp201.MessageNotImplementedError):
        exec(f"import ocpp201.{action}Request", {})
    with pytest.raises(ModuleNotFoundError):
        exec("import ocpp201.no_such_module", {})


def test_a_type_only_left_out_messages_use_names_them() -> None:
    left_out = ocpp201._LEFT_OUT_TYPES
    if not left_out:
        pytest.skip("every data type and enumeration is in this build")
    name, users = next(iter(left_out.items()))
    with pytest.raises(ocpp201.MessageNotImplementedError) as info:
        exec(f"from ocpp201 import {name}", {})
    assert f"does not include {name}" in str(info.value)
    assert all(user in str(info.value) for user in users)
    assert not set(users) & ocpp201.IMPLEMENTED_ACTIONS


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("Heartbeat", "did you mean 'HeartbeatRequest' (or 'HeartbeatResponse')?"),
        ("HeartbeatReqest", "did you mean 'HeartbeatRequest'?"),
        ("IdTokenType", "that is a data type"),
        ("Recharge", "e.g. 'BootNotificationRequest'"),
    ],
)
def test_an_unknown_message_name_gets_a_suggestion(name: str, hint: str) -> None:
    with pytest.raises(ocpp201.UnknownMessageError) as info:
        ocpp201.decode(name, {})
    assert not isinstance(info.value, ocpp201.MessageNotImplementedError)
    assert str(info.value).startswith(f"{name!r} is not an OCPP 2.0.1 message schema name; {hint}")


def test_a_message_name_that_is_not_a_string_is_a_type_error() -> None:
    for name in (None, 7, ["HeartbeatRequest"]):
        with pytest.raises(TypeError, match="a message schema name is a str"):
            ocpp201.validate(name, {})  # type: ignore[arg-type]


def test_unknown_messages() -> None:
    with pytest.raises(ocpp201.UnknownMessageError):
        ocpp201.decode("BootNotification", {})
    with pytest.raises(ocpp201.UnknownMessageError):
        ocpp201.loads("IdTokenType", "{}")


def test_actions_table() -> None:
    assert set(ocpp201.ACTIONS) == implemented_actions()
    boot = ocpp201.ACTIONS["BootNotification"]
    assert boot.request is ocpp201.BootNotificationRequest
    assert boot.response is ocpp201.BootNotificationResponse
    assert boot.direction == "ChargingStation->CSMS"
    assert ocpp201.ACTIONS["MeterValues"].direction == "ChargingStation->CSMS"
    assert ocpp201.ACTIONS["DataTransfer"].direction == "Both"
    assert ocpp201.OCPP_VERSION == "2.0.1"


def test_any_json_field_keeps_null_apart_from_absent() -> None:
    with_null = ocpp201.decode("DataTransferRequest", {"vendorId": "v", "data": None})
    without = ocpp201.decode("DataTransferRequest", {"vendorId": "v"})
    assert with_null.data is None and without.data is ocpp201.ABSENT
    assert with_null.to_dict() == {"vendorId": "v", "data": None}
    assert without.to_dict() == {"vendorId": "v"}
    assert ocpp201.DataTransferRequest(vendor_id="v").to_dict() == {"vendorId": "v"}


def test_a_json_integer_in_a_number_field_stays_an_integer() -> None:
    """`number` fields keep what the wire had: 71 stays the int 71 and is written `71`, in both
    builds (a compiled field typed `float` would hold 71.0 and write `71.0`)."""
    if "MeterValues" not in implemented_actions():
        pytest.skip("MeterValues is not implemented in this build (coverage_matrix.yaml)")
    sampled = '[{"value":71},{"value":71.5},{"value":71.0},{"value":-0.0}]'
    text = f'{{"evseId":1,"meterValue":[{{"sampledValue":{sampled},"timestamp":"{TX_TIME}"}}]}}'
    request = ocpp201.loads("MeterValuesRequest", text)
    values = [s.value for s in request.meter_value[0].sampled_value]  # type: ignore[attr-defined]
    assert [(type(v), v) for v in values] == [(int, 71), (float, 71.5), (float, 71.0), (float, 0.0)]
    assert ocpp201.dumps(request) == text
    assert ocpp201.decode("MeterValuesRequest", json.loads(text)) == request
    made = ocpp201.SampledValueType(value=71)  # type: ignore[attr-defined]
    assert type(made.value) is int and made.to_dict() == {"value": 71}


def test_a_python_subclass_of_a_data_type() -> None:
    """The pure build makes and writes it; in the compiled build a data type is a compiled
    class, and an instance of a Python subclass of it cannot be made (README, The compiled build).
    """

    class Tagged(ocpp201.CustomDataType):
        pass

    if ocpp201.COMPILED:
        with pytest.raises(TypeError):
            Tagged(vendor_id="v")
    else:
        assert ocpp201.dumps(ocpp201.HeartbeatRequest(custom_data=Tagged(vendor_id="v"))) == (
            '{"customData":{"vendorId":"v"}}'
        )


# The runtime's checks that OCPP 1.6 needs (tests/test_ocpp16.py), here too so that they run in
# the compiled build as well (tests/test_compiled.py), where `_runtime` is compiled.


@pytest.mark.parametrize(
    ("value", "multiple"),
    [
        (0.3, True),
        (12.3, True),
        (-0.1, True),
        (16, True),
        (2**70, True),
        (10**400, True),
        (1e308, True),
        (7.000000000000001, False),
        (0.35, False),
        (1e-300, False),
        (float("nan"), False),
        (float("inf"), False),
    ],
)
def test_multiple_of_a_tenth_is_decided_on_decimal_forms(value: float, multiple: bool) -> None:
    assert ocpp201._runtime._is_multiple_of(value, 1, 10) is multiple


def test_multiple_of_other_steps() -> None:
    is_multiple = ocpp201._runtime._is_multiple_of
    assert is_multiple(7.5, 25, 10) and not is_multiple(7.4, 25, 10)  # 2.5
    assert is_multiple(6, 2, 1) and not is_multiple(7, 2, 1) and not is_multiple(6.5, 2, 1)
    violation = ocpp201._runtime._not_multiple_of("/limit", 1, 10, 0.35)
    assert (violation.code, violation.message) == (
        "PropertyConstraintViolation",
        "0.35 is not a multiple of 0.1",
    )


def test_draft_04_integers_are_ints_only() -> None:
    is_int, as_int = ocpp201._runtime._is_int, ocpp201._runtime._int
    assert is_int(1) and not is_int(1.0) and not is_int(True) and not is_int("1")
    assert as_int(IntSubclass(3)) == 3 and type(as_int(IntSubclass(3))) is int
    for refused in (1.0, True, "1", None):
        with pytest.raises(ocpp201._runtime._Fallback):
            as_int(refused)


class IntSubclass(int):
    pass
