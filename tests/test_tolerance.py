"""ocpp201.tolerance: decoding under a declared policy. Every kind of violation a policy may
tolerate, on payloads shaped like those of stations in the field; strict decoding untouched;
policies checked on load with one-line errors. (The classification is held against mutants of
every schema in test_tolerance_mutants.py, the CLI's --tolerate in test_tolerance_cli.py.)

The payloads use the first release's messages (StatusNotification, Reset, CancelReservation,
BootNotification, TransactionEvent, MeterValues, CostUpdated), which every build keeps
implementing; a test that needs one this build lacks says so and is skipped.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ocpp201
import pytest
from ocpp201 import ValidationError
from ocpp201.tolerance import (
    STRICT,
    TOLERABLE_KINDS,
    Policy,
    PolicyError,
    Rule,
    kind_of,
    tolerant_decode,
    tolerant_loads,
)

from generator.keywords import BY_KIND

from .support.implemented import unimplemented_action
from .support.sessions import require

CORPUS = Path(__file__).parent / "corpus"

BOOT = {"chargingStation": {"model": "M1", "vendorName": "ACME"}, "reason": "PowerUp"}
STATUS = {"connectorStatus": "Available", "evseId": 1, "connectorId": 1}  # no timestamp
TRANSACTION = {
    "eventType": "Started",
    "timestamp": "2024-05-01T10:00:00Z",
    "triggerReason": "Authorized",
    "seqNo": 0,
    "transactionInfo": {"transactionId": "T-1"},
}


def policy(*rules: dict[str, Any]) -> Policy:
    return Policy.from_dict({"tolerate": list(rules)})


def violations(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(v.path, v.code) for v in error.value.violations]


# -- Each kind, on the shapes stations send ------------------------------------------------------


def test_a_status_notification_without_timestamp_gets_the_time_of_receipt() -> None:
    require("StatusNotification")
    lenient = policy(
        {
            "kind": "missing-required",
            "actions": ["StatusNotification"],
            "pointers": ["/timestamp"],
            "value_from": "receipt-time",
        }
    )
    with pytest.raises(ValidationError) as strict:
        ocpp201.decode("StatusNotificationRequest", STATUS)
    assert violations(strict) == [("/timestamp", "OccurrenceConstraintViolation")]
    before = datetime.now(UTC)
    request, tolerated = tolerant_decode(ocpp201.StatusNotificationRequest, STATUS, lenient)
    after = datetime.now(UTC)
    assert before <= request.timestamp <= after and request.timestamp.tzinfo is not None
    assert [(t.kind, t.path) for t in tolerated] == [("missing-required", "/timestamp")]
    assert "time of receipt" in tolerated[0].repair
    assert ocpp201.dumps(request)  # a supplied value is a valid value: it encodes
    assert "timestamp" not in STATUS  # the caller's payload is left as it was


def test_a_missing_required_cost_is_set_to_the_policy_value() -> None:
    require("CostUpdated")
    lenient = policy(
        {"kind": "missing-required", "pointers": ["/totalCost"], "value": 0, "reason": "CS-7"}
    )
    request, tolerated = tolerant_decode("CostUpdatedRequest", {"transactionId": "T-1"}, lenient)
    assert request == ocpp201.CostUpdatedRequest(total_cost=0, transaction_id="T-1")
    assert [t.kind for t in tolerated] == ["missing-required"]
    # only where the policy gives a value: the other required field stays required
    with pytest.raises(ValidationError) as error:
        tolerant_decode("CostUpdatedRequest", {"totalCost": 1.5}, lenient)
    assert violations(error) == [("/transactionId", "OccurrenceConstraintViolation")]


def test_reset_hard_is_kept_as_a_plain_string_and_does_not_encode() -> None:
    require("Reset")
    lenient = policy({"kind": "unknown-enum-value", "actions": ["Reset"], "pointers": ["/type"]})
    request, tolerated = tolerant_loads(ocpp201.ResetRequest, '{"type":"Hard"}', lenient)
    assert isinstance(request, ocpp201.ResetRequest)
    assert request.type == "Hard" and type(request.type) is str
    assert not isinstance(request.type, ocpp201.ResetEnumType)
    assert [(t.kind, t.path, t.repair) for t in tolerated] == [
        ("unknown-enum-value", "/type", "kept as the string 'Hard'")
    ]
    # outgoing stays strict: the kept value is refused as it would be in any instance
    for encode in (ocpp201.dumps, ocpp201.ResetRequest.to_dict):
        with pytest.raises(ValidationError) as error:
            encode(request)
        assert violations(error) == [("/type", "PropertyConstraintViolation")]


def test_a_reservation_id_sent_as_a_string_is_parsed() -> None:
    require("CancelReservation")
    lenient = policy({"kind": "numeric-string", "pointers": ["/reservationId"]})
    request, tolerated = tolerant_loads(
        "CancelReservationRequest", '{"reservationId":"1"}', lenient
    )
    assert request == ocpp201.CancelReservationRequest(reservation_id=1)
    assert type(request.reservation_id) is int  # type: ignore[attr-defined]
    assert [t.repair for t in tolerated] == ["read as the number 1"]
    for text in ("1.5", " 1", "0x1", "1e400", "+1", "", "NaN", "9" * 5000):
        with pytest.raises(ValidationError) as error:
            tolerant_decode("CancelReservationRequest", {"reservationId": text}, lenient)
        assert violations(error) == [("/reservationId", "TypeConstraintViolation")], text


def test_a_number_sent_as_a_string_is_parsed_as_a_number() -> None:
    require("CostUpdated")
    lenient = policy({"kind": "numeric-string"})
    request, _ = tolerant_decode(
        "CostUpdatedRequest", {"totalCost": "12.5", "transactionId": "T-1"}, lenient
    )
    assert request.total_cost == 12.5  # type: ignore[attr-defined]


def test_a_date_time_without_offset_is_read_as_utc() -> None:
    require("StatusNotification")
    lenient = policy({"kind": "date-time-without-offset"})
    payload = {**STATUS, "timestamp": "2024-05-01T10:00:00.25"}
    request, tolerated = tolerant_decode("StatusNotificationRequest", payload, lenient)
    assert request.timestamp == datetime(2024, 5, 1, 10, 0, 0, 250000, tzinfo=UTC)  # type: ignore[attr-defined]
    assert [t.kind for t in tolerated] == ["date-time-without-offset"]
    # a day that does not exist is no date-time, with or without an offset
    with pytest.raises(ValidationError):
        tolerant_decode(
            "StatusNotificationRequest", {**STATUS, "timestamp": "2024-02-30T10:00:00"}, lenient
        )
    assert kind_of(
        "StatusNotificationRequest",
        {**STATUS, "timestamp": "2024-02-30T10:00:00"},
        ocpp201.validate(
            "StatusNotificationRequest", {**STATUS, "timestamp": "2024-02-30T10:00:00"}
        )[0],
    ) == ("not-a-date-time")


def test_a_string_over_max_length_is_kept_and_does_not_encode() -> None:
    require("BootNotification")
    lenient = policy({"kind": "string-too-long", "pointers": ["/chargingStation/model"]})
    model = "M" * 21  # maxLength 20
    payload = {**BOOT, "chargingStation": {"model": model, "vendorName": "ACME"}}
    request, tolerated = tolerant_decode(ocpp201.BootNotificationRequest, payload, lenient)
    assert request.charging_station.model == model
    assert [t.repair for t in tolerated] == ["kept as it is (21 characters)"]
    with pytest.raises(ValidationError) as error:
        ocpp201.dumps(request)
    assert violations(error) == [("/chargingStation/model", "PropertyConstraintViolation")]
    # the rule names one pointer: the vendor name stays strict
    payload["chargingStation"]["vendorName"] = "V" * 51
    with pytest.raises(ValidationError) as error:
        tolerant_decode(ocpp201.BootNotificationRequest, payload, lenient)
    assert violations(error) == [("/chargingStation/vendorName", "PropertyConstraintViolation")]


def test_unknown_properties_are_dropped_where_the_policy_says() -> None:
    require("BootNotification")
    in_station = policy({"kind": "unknown-property", "pointers": ["/chargingStation"]})
    payload = {**BOOT, "chargingStation": {**BOOT["chargingStation"], "firmware": "1.2"}}  # type: ignore[dict-item]
    request, tolerated = tolerant_decode("BootNotificationRequest", payload, in_station)
    assert request == ocpp201.decode("BootNotificationRequest", BOOT)
    assert [(t.kind, t.path, t.repair) for t in tolerated] == [
        ("unknown-property", "/chargingStation/firmware", "dropped")
    ]
    # elsewhere it stays an error
    with pytest.raises(ValidationError) as error:
        tolerant_decode("BootNotificationRequest", {**BOOT, "firmware": "1.2"}, in_station)
    assert violations(error) == [("/firmware", "OccurrenceConstraintViolation")]
    # a pointer may name the one property, and "" the payload itself
    for pointer in ("/firmware", ""):
        named = policy({"kind": "unknown-property", "pointers": [pointer]})
        assert tolerant_decode("BootNotificationRequest", {**BOOT, "firmware": "1"}, named)[1]


def test_an_empty_optional_array_is_dropped_and_an_empty_required_one_stays_an_error() -> None:
    require("TransactionEvent", "MeterValues")
    lenient = policy({"kind": "empty-array"})
    request, tolerated = tolerant_decode(
        "TransactionEventRequest", {**TRANSACTION, "meterValue": []}, lenient
    )
    assert request.meter_value is None  # type: ignore[attr-defined]
    assert [(t.kind, t.path) for t in tolerated] == [("empty-array", "/meterValue")]
    broken = {"evseId": 1, "meterValue": []}  # required, minItems 1
    with pytest.raises(ValidationError) as error:
        tolerant_decode("MeterValuesRequest", broken, lenient)
    assert violations(error) == [("/meterValue", "OccurrenceConstraintViolation")]
    assert kind_of("MeterValuesRequest", broken, error.value.violations[0]) == "item-count"


def test_several_kinds_in_one_payload_and_repairs_checked_again() -> None:
    require("TransactionEvent")
    lenient = policy(
        {"kind": "numeric-string"},
        {"kind": "date-time-without-offset"},
        {"kind": "unknown-property"},
        {"kind": "string-too-long", "pointers": ["/transactionInfo/transactionId"]},
        {"kind": "empty-array", "actions": ["TransactionEvent"]},
    )
    payload = {
        **TRANSACTION,
        "timestamp": "2024-05-01T10:00:00",
        "seqNo": "3",
        "reservationId": "7",
        "meterValue": [],
        "transactionInfo": {"transactionId": "T" * 40, "vendorNote": "x"},
    }
    request, tolerated = tolerant_decode(ocpp201.TransactionEventRequest, payload, lenient)
    assert (request.seq_no, request.reservation_id, request.meter_value) == (3, 7, None)
    assert request.transaction_info.transaction_id == "T" * 40
    assert sorted(t.kind for t in tolerated) == sorted(
        ["numeric-string"] * 2
        + ["date-time-without-offset", "unknown-property", "string-too-long", "empty-array"]
    )


def test_anything_else_still_raises_with_the_remaining_violations_only() -> None:
    require("StatusNotification")
    lenient = policy({"kind": "date-time-without-offset"}, {"kind": "numeric-string"})
    payload = {**STATUS, "timestamp": "2024-05-01T10:00:00", "evseId": True}
    with pytest.raises(ValidationError) as error:
        tolerant_decode("StatusNotificationRequest", payload, lenient)
    assert violations(error) == [("/evseId", "TypeConstraintViolation")]
    assert kind_of("StatusNotificationRequest", payload, error.value.violations[0]) == "wrong-type"
    with pytest.raises(ValidationError) as error:  # not JSON: as for loads
        tolerant_loads("StatusNotificationRequest", "{", lenient)
    assert violations(error) == [("", "FormatViolation")]


def test_rules_narrowed_to_actions_apply_to_those_actions_only() -> None:
    require("CancelReservation", "TransactionEvent")
    for_cancel = policy({"kind": "numeric-string", "actions": ["CancelReservation"]})
    assert tolerant_decode("CancelReservationRequest", {"reservationId": "1"}, for_cancel)[1]
    with pytest.raises(ValidationError):
        tolerant_decode(
            "TransactionEventRequest", {**TRANSACTION, "reservationId": "1"}, for_cancel
        )


def test_strict_is_the_default_and_changes_nothing() -> None:
    require("Reset", "Heartbeat")
    assert not STRICT and not Policy() and STRICT == Policy.from_dict({"tolerate": []})
    for empty in (STRICT, Policy()):
        with pytest.raises(ValidationError) as tolerant:
            tolerant_decode("ResetRequest", {"type": "Hard"}, empty)
        with pytest.raises(ValidationError) as strict:
            ocpp201.decode("ResetRequest", {"type": "Hard"})
        assert tolerant.value.violations == strict.value.violations
    valid = tolerant_loads("HeartbeatRequest", "{}", policy({"kind": "unknown-property"}))
    assert valid == (ocpp201.HeartbeatRequest(), []) and valid.tolerated == []


def test_every_valid_corpus_payload_decodes_the_same_under_a_lenient_policy() -> None:
    lenient = policy(*({"kind": kind} for kind in TOLERABLE_KINDS if kind != "missing-required"))
    for name, cls in ocpp201.MESSAGES.items():
        for payload in json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8")):
            assert tolerant_decode(cls, payload, lenient) == (ocpp201.decode(name, payload), [])


def test_a_plain_string_has_no_constraint_but_max_length() -> None:
    # The classification reads a PropertyConstraintViolation on a plain string as maxLength. If
    # the generator learns another string keyword (pattern, minLength), tolerance must learn it.
    assert BY_KIND["string"] == {"type", "maxLength", "format", "additionalProperties"}


# -- Policies: data, checked on load, one line per problem ---------------------------------------


def test_a_policy_file_round_trips(tmp_path: Path) -> None:
    require("StatusNotification", "Reset")
    text = {
        "tolerate": [
            {"kind": "unknown-enum-value", "actions": ["Reset"], "pointers": ["/type"]},
            {
                "kind": "missing-required",
                "actions": ["StatusNotification"],
                "pointers": ["/timestamp"],
                "value": "2024-05-01T10:00:00Z",
                "reason": "firmware 1.2",
            },
        ]
    }
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(text), encoding="utf-8")
    loaded = Policy.load(path)
    assert loaded.to_dict() == text
    assert loaded == Policy(
        [
            Rule("unknown-enum-value", actions=["Reset"], pointers=["/type"]),
            Rule(
                "missing-required",
                actions=("StatusNotification",),
                pointers=["/timestamp"],
                value="2024-05-01T10:00:00Z",
                reason="firmware 1.2",
            ),
        ]
    )


def policy_errors() -> list[tuple[object, str]]:
    """(policy data, what its one-line error says)."""
    return [
        ([], 'a policy is a JSON object {"tolerate": [...]}'),
        ({}, 'no "tolerate" list'),
        ({"tolerate": [], "strict": True}, "unknown key 'strict'"),
        ({"tolerate": {}}, '"tolerate" is a list of rules'),
        ({"tolerate": ["numeric-string"]}, 'rule 1: a rule is a JSON object with a "kind"'),
        ({"tolerate": [{}]}, 'rule 1: no "kind"'),
        ({"tolerate": [{"kind": "unknown-enum"}]}, "unknown kind 'unknown-enum'; did you mean 'unknown-enum-value'?"),
        ({"tolerate": [{"kind": "wrong-type"}]}, "the kind 'wrong-type' cannot be tolerated"),
        ({"tolerate": [{"kind": "empty-array", "pointer": "/x"}]}, "unknown key 'pointer'"),
        ({"tolerate": [{"kind": "numeric-string", "actions": "Reset"}]}, "actions is a list of strings"),
        ({"tolerate": [{"kind": "numeric-string", "actions": []}]}, "actions is empty"),
        ({"tolerate": [{"kind": "numeric-string", "actions": ["Rest"]}]}, "'Rest' is not an OCPP 2.0.1 action; did you mean 'Reset'?"),
        ({"tolerate": [{"kind": "numeric-string", "pointers": ["/reservationid"]}]}, "the pointer '/reservationid' exists in no schema of this build; did you mean '/reservationId'?"),
        ({"tolerate": [{"kind": "numeric-string", "actions": ["Reset"], "pointers": ["/reservationId"]}]}, "exists in no schema of Reset (ResetRequest, ResetResponse)"),
        ({"tolerate": [{"kind": "numeric-string", "pointers": ["reservationId"]}]}, "does not start with '/'"),
        ({"tolerate": [{"kind": "date-time-without-offset", "pointers": ["/meterValue/0/timestamp"]}]}, "write array positions as '*': '/meterValue/*/timestamp'"),
        ({"tolerate": [{"kind": "numeric-string", "actions": ["Reset"], "pointers": ["/type"]}]}, "the pointer '/type' is an enumeration (ResetEnumType) in ResetRequest, where numeric-string needs an integer or a number"),
        ({"tolerate": [{"kind": "empty-array", "actions": ["MeterValues"], "pointers": ["/meterValue"]}]}, "is an array, required in MeterValuesRequest, where empty-array needs an optional array"),
        ({"tolerate": [{"kind": "missing-required", "actions": ["StatusNotification"]}]}, "names the pointers"),
        ({"tolerate": [{"kind": "missing-required", "pointers": ["/timestamp"], "actions": ["StatusNotification"]}]}, 'supplies the value: "value" (JSON) or "value_from"'),
        ({"tolerate": [{"kind": "missing-required", "pointers": ["/timestamp"], "actions": ["StatusNotification"], "value": 5}]}, "the value 5 for '/timestamp' in StatusNotificationRequest is invalid: expected string, got number"),
        ({"tolerate": [{"kind": "missing-required", "pointers": ["/connectorStatus"], "actions": ["StatusNotification"], "value": "Broken"}]}, "'Broken' is not a value of ConnectorStatusEnumType"),
        ({"tolerate": [{"kind": "missing-required", "pointers": ["/evseId"], "actions": ["StatusNotification"], "value_from": "receipt-time"}]}, "gives a date-time, and '/evseId' in StatusNotificationRequest is an integer"),
        ({"tolerate": [{"kind": "missing-required", "pointers": ["/timestamp"], "actions": ["StatusNotification"], "value_from": "now"}]}, "value_from is 'receipt-time', not 'now'"),
        ({"tolerate": [{"kind": "numeric-string", "value": 1}]}, "only a missing-required rule supplies a value"),
        ({"tolerate": [{"kind": "unknown-property", "actions": ["BootNotification"], "pointers": ["/chargingStation/model"]}]}, "is a string in BootNotificationRequest"),
        ({"tolerate": [{"kind": "numeric-string", "reason": 7}]}, "reason is a string"),
    ]  # fmt: skip


@pytest.mark.parametrize(("data", "expected"), policy_errors())
def test_a_bad_policy_is_one_line_saying_what_is_wrong(data: object, expected: str) -> None:
    require("Reset", "StatusNotification", "MeterValues", "BootNotification", "CancelReservation")
    with pytest.raises(PolicyError) as error:
        Policy.from_dict(data, source="p.json")
    message = str(error.value)
    assert expected in message and message.startswith("p.json: ")
    assert "\n" not in message and len(message) < 400, message


def test_an_action_this_build_leaves_out_is_refused() -> None:
    action = unimplemented_action()
    with pytest.raises(
        PolicyError, match=f"the action '{action}' is not implemented by this build"
    ):
        Policy.from_dict({"tolerate": [{"kind": "numeric-string", "actions": [action]}]})


def test_policy_files_that_are_not_json_or_cannot_be_read(tmp_path: Path) -> None:
    cases = {
        "broken.json": ('{"tolerate": [\n  {"kind": }]}', "broken.json:2:12: not JSON: Expecting value"),
        "twice.json": ('{"tolerate": [], "tolerate": []}', "the key 'tolerate' appears twice"),
        "yaml.yaml": ("tolerate:\n  - kind: numeric-string\n", "yaml.yaml:1:1: not JSON"),
    }  # fmt: skip
    for name, (text, expected) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(PolicyError) as error:
            Policy.load(tmp_path / name)
        assert expected in str(error.value) and "\n" not in str(error.value), error.value
    with pytest.raises(PolicyError, match=r"cannot read .*missing\.json: No such file"):
        Policy.load(tmp_path / "missing.json")


def test_rules_made_in_code_are_checked_too() -> None:
    require("Reset")
    with pytest.raises(PolicyError, match="exists in no schema"):
        Rule("unknown-enum-value", actions=["Reset"], pointers=["/kind"])
    with pytest.raises(PolicyError, match="a policy holds Rules"):
        Policy([{"kind": "numeric-string"}])  # type: ignore[list-item]
