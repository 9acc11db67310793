"""Misuse gets a clear answer, never a traceback from deep inside: copies and pickles, values
that are not JSON, naive datetimes, text that is not UTF-8, lone surrogates, huge values."""

from __future__ import annotations

import copy
import importlib
import json
import multiprocessing
import pickle
import pkgutil
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import ocpp201
import pytest
from ocpp201 import FORMAT_VIOLATION, OCCURRENCE_CONSTRAINT_VIOLATION, PROPERTY_CONSTRAINT_VIOLATION
from ocpp201.rpc import Call, CallError, CallResult, RpcError, parse_frame

UTC_NOON = datetime(2024, 5, 1, 12, tzinfo=UTC)
# Protocols 0 and 1 cannot pickle slotted dataclasses at all, ABSENT or not.
PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)


def action(name: str) -> ocpp201.Action:
    """The action `name`, or a skip when this build leaves it out."""
    if name not in ocpp201.IMPLEMENTED_ACTIONS:
        pytest.skip(f"{name} is not implemented in this build (coverage_matrix.yaml)")
    return ocpp201.ACTIONS[name]


def data_transfer(**fields: Any) -> ocpp201.Payload:
    return action("DataTransfer").request(**{"vendor_id": "v", **fields})


def heartbeat_with_extras(extras: Any) -> ocpp201.Payload:
    custom = ocpp201.CustomDataType(vendor_id="v")
    custom.extra_properties = extras  # set, not given: `extra_properties=None` means none
    return action("Heartbeat").request(custom_data=custom)


def only_violation(error: pytest.ExceptionInfo[ocpp201.ValidationError]) -> ocpp201.Violation:
    assert len(error.value.violations) == 1, error.value
    return error.value.violations[0]


def utf8_encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# -- 1. ABSENT survives copies and pickles ------------------------------------------------------


@pytest.mark.parametrize(
    "duplicate",
    [
        copy.copy,
        copy.deepcopy,
        *(lambda value, p=p: pickle.loads(pickle.dumps(value, p)) for p in PROTOCOLS),
    ],
    ids=["copy", "deepcopy", *(f"pickle protocol {p}" for p in PROTOCOLS)],
)
def test_absent_survives_copy_and_pickle(duplicate: Callable[[Any], Any]) -> None:
    request = data_transfer()
    assert request.data is ocpp201.ABSENT  # type: ignore[attr-defined]
    twin = duplicate(request)
    assert twin.data is ocpp201.ABSENT
    assert twin == request
    assert ocpp201.dumps(twin) == ocpp201.dumps(request) == '{"vendorId":"v"}'
    assert duplicate(ocpp201.ABSENT) is ocpp201.ABSENT


def test_absent_pickles_as_itself_with_every_protocol() -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(ocpp201.ABSENT, protocol)) is ocpp201.ABSENT


# -- 2. Every exception of the package pickles ---------------------------------------------------


def _package_modules() -> list[ModuleType]:
    names = [ocpp201.__name__] + [
        f"{ocpp201.__name__}.{m.name}" for m in pkgutil.iter_modules(ocpp201.__path__)
    ]
    return [importlib.import_module(name) for name in names]


def _exception_classes() -> dict[str, type[BaseException]]:
    return {
        f"{module.__name__}.{name}": value
        for module in _package_modules()
        for name, value in vars(module).items()
        if isinstance(value, type)
        and issubclass(value, BaseException)
        and value.__module__ == module.__name__
    }


def _examples() -> dict[str, BaseException]:
    runtime = importlib.import_module("ocpp201._runtime")
    cli = importlib.import_module("ocpp201._logcheck")
    session = importlib.import_module("ocpp201.session")
    adapter = importlib.import_module("ocpp201.websockets")
    tolerance = importlib.import_module("ocpp201.tolerance")
    violation = ocpp201.Violation(
        "/customData/vendorId", OCCURRENCE_CONSTRAINT_VIOLATION, "repeated"
    )
    return {
        "ocpp201._runtime.ValidationError": ocpp201.ValidationError(
            "HeartbeatRequest", [violation] * 7
        ),
        "ocpp201._runtime.UnknownMessageError": ocpp201.UnknownMessageError(
            "'Nope' is not a message"
        ),
        "ocpp201._runtime.MessageNotImplementedError": ocpp201.MessageNotImplementedError(
            "GetVariablesRequest"
        ),
        "ocpp201._runtime._JsonError": runtime._JsonError(
            "lone surrogate", "/a/0", {"a": ["\ud800"]}
        ),
        "ocpp201._runtime._ExtensionsError": runtime._ExtensionsError(
            ocpp201.CustomDataType(vendor_id="v"), [violation]
        ),
        "ocpp201._runtime._Fallback": runtime._Fallback(),
        "ocpp201.rpc.RpcError": RpcError(
            "FormatViolation", "bad payload", "id-1", {"violations": [{"path": "/x"}]}
        ),
        "ocpp201._logcheck._ReadError": cli._ReadError("log.jsonl: No such file or directory"),
        "ocpp201.session.CallTimeout": session.CallTimeout("CS-1", "Reset", "u-7", 2.5),
        "ocpp201.session.CallErrorReceived": session.CallErrorReceived(
            "CS-1", "Reset", CallError("u-7", "NotSupported", "no", {"why": ["x"]})
        ),
        "ocpp201.session.SessionClosed": session.SessionClosed("CS-1 went away"),
        "ocpp201.websockets.StationNotConnected": adapter.StationNotConnected("CS-1"),
        "ocpp201.websockets.RefusedConnection": adapter.RefusedConnection("CS-1: HTTP 401"),
        "ocpp201.websockets.HandshakeFailed": adapter.HandshakeFailed("CS-1: HTTP 503"),
        "ocpp201.tolerance.PolicyError": tolerance.PolicyError(
            "policy.json: rule 1 (lenient): unknown kind 'lenient'"
        ),
    }


def _same(a: object, b: object) -> bool:
    if isinstance(a, BaseException):
        return (
            type(a) is type(b)
            and a.args == b.args  # type: ignore[attr-defined]
            and str(a) == str(b)
            and vars(a).keys() == vars(b).keys()
            and all(_same(vars(a)[key], vars(b)[key]) for key in vars(a))
        )
    return a == b


def test_every_exception_class_is_covered() -> None:
    missing = sorted(set(_exception_classes()) - set(_examples()))
    assert (
        not missing
    ), f"add an example of {missing} to _examples(), so that its pickling is tested"


@pytest.mark.parametrize("name", sorted(_examples()))
@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_exceptions_pickle_with_their_fields(name: str, protocol: int) -> None:
    error = _examples()[name]
    assert f"{type(error).__module__}.{type(error).__name__}" == name
    error.add_note("a note travels too")
    twin = pickle.loads(pickle.dumps(error, protocol))
    assert _same(twin, error), (vars(twin), vars(error))
    assert twin.__notes__ == ["a note travels too"]


def test_a_process_pool_gets_the_validation_error_back() -> None:
    action("DataTransfer")
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        future = pool.submit(ocpp201.decode, "DataTransferRequest", {"vendorId": 5})
        error = future.exception(timeout=120)
    assert isinstance(error, ocpp201.ValidationError)
    assert error.schema == "DataTransferRequest"
    assert [(v.path, v.code) for v in error.violations] == [
        ("/vendorId", "TypeConstraintViolation")
    ]


# -- 3. Values that are not JSON -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "path", "words"),
    [
        (lambda: data_transfer(data={1, 2}), "/data", "set"),
        (lambda: data_transfer(data={"when": [UTC_NOON]}), "/data/when/0", "datetime"),
        (lambda: data_transfer(data=[1, float("nan")]), "/data/1", "NaN"),
        (lambda: data_transfer(data={"x": {(1, 2): 3}}), "/data/x", "property name"),
        (
            lambda: heartbeat_with_extras({"when": datetime(2024, 5, 1)}),
            "/customData/when",
            "datetime",
        ),
        (
            lambda: heartbeat_with_extras({"site": {"a/b": object()}}),
            "/customData/site/a~1b",
            "object",
        ),
        (lambda: heartbeat_with_extras(None), "/customData", "extra_properties"),
        (lambda: heartbeat_with_extras(["not", "a", "dict"]), "/customData", "extra_properties"),
    ],
    ids=[
        "set",
        "datetime in data",
        "NaN",
        "tuple key",
        "datetime in extras",
        "object in extras",
        "extras None",
        "extras list",
    ],
)
def test_values_that_are_not_json_are_format_violations(
    make: Callable[[], ocpp201.Payload], path: str, words: str
) -> None:
    if ocpp201.COMPILED and words == "extra_properties":
        with pytest.raises(TypeError):  # its classes refuse a value of the wrong type when set
            make()
        return
    instance = make()
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.dumps(instance)
    violation = only_violation(info)
    assert info.value.schema == instance.SCHEMA
    assert (violation.path, violation.code) == (path, FORMAT_VIOLATION)
    assert words in violation.message


def test_a_cycle_is_a_format_violation() -> None:
    loop: list[Any] = [1]
    loop.append({"again": loop})
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.dumps(data_transfer(data=loop))
    assert (only_violation(info).path, only_violation(info).code) == (
        "/data/1/again",
        FORMAT_VIOLATION,
    )


@pytest.mark.parametrize(
    "given", [{}, None, "HeartbeatRequest", ocpp201.HeartbeatRequest], ids=repr
)
def test_dumps_of_something_else_says_what_it_takes(given: Any) -> None:
    with pytest.raises(TypeError) as info:
        ocpp201.dumps(given)
    message = str(info.value)
    assert "instance of a generated message class" in message
    assert (
        "None" if given is None else "class" if isinstance(given, type) else type(given).__name__
    ) in message


# -- 4. Date-times -------------------------------------------------------------------------------


def test_a_naive_datetime_says_to_give_it_a_tzinfo() -> None:
    response = action("Heartbeat").response
    assert response is not None
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.dumps(response(current_time=datetime(2024, 5, 1, 10)))
    violation = only_violation(info)
    assert violation.path == "/currentTime"
    assert "naive datetime" in violation.message and "timezone.utc" in violation.message
    assert (
        ocpp201.dumps(response(current_time=UTC_NOON)) == '{"currentTime":"2024-05-01T12:00:00Z"}'
    )


@pytest.mark.parametrize(
    ("text", "says", "does_not_say"),
    [
        ("2024-02-30T10:00:00Z", "day 30 does not exist", "offset"),
        ("2023-02-29T10:00:00+01:00", "day 29 does not exist", "offset"),
        ("0000-01-01T10:00:00Z", "year 0000 does not exist", "offset"),
        ("2024-02-03T10:00:00", "offset is missing", "does not exist"),
        ("2024-02-03T10:00:00.5", "offset is missing", "does not exist"),
    ],
)
def test_a_bad_datetime_says_what_is_wrong(text: str, says: str, does_not_say: str) -> None:
    response = action("Heartbeat").response
    assert response is not None
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.loads(response.SCHEMA, json.dumps({"currentTime": text}))
    violation = only_violation(info)
    assert (violation.path, violation.code) == ("/currentTime", PROPERTY_CONSTRAINT_VIOLATION)
    assert says in violation.message and does_not_say not in violation.message


# -- 5. An extension that repeats a declared property --------------------------------------------


def test_a_repeated_declared_property_is_reported_against_the_message() -> None:
    request = heartbeat_with_extras({"vendorId": "x"})
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.dumps(request)
    assert info.value.schema == request.SCHEMA
    violation = only_violation(info)
    assert (violation.path, violation.code) == (
        "/customData/vendorId",
        OCCURRENCE_CONSTRAINT_VIOLATION,
    )
    assert str(info.value).startswith(f"{request.SCHEMA}: 1 violation: /customData/vendorId: ")


def test_a_repeated_declared_property_deep_inside_has_its_full_path() -> None:
    boot = action("BootNotification").request
    clash = ocpp201.CustomDataType(vendor_id="v", extra_properties={"ok": 1, "vendorId": "x"})
    station = ocpp201.ChargingStationType(model="M", vendor_name="V", custom_data=clash)
    request = boot(charging_station=station, reason=ocpp201.BootReasonEnumType.POWER_UP)
    with pytest.raises(ocpp201.ValidationError) as info:
        request.to_dict()
    assert info.value.schema == "BootNotificationRequest"
    assert only_violation(info).path == "/chargingStation/customData/vendorId"
    with pytest.raises(ocpp201.ValidationError) as info:
        clash.to_dict()
    assert (info.value.schema, only_violation(info).path) == ("CustomDataType", "/vendorId")


# -- 6. Huge values in violation messages ---------------------------------------------------------


def _short_messages(violations: list[Any]) -> None:
    assert violations
    for violation in violations:
        assert len(violation.message) < 300, violation.message


def test_quoted_values_are_shortened() -> None:
    action("Heartbeat")
    _short_messages(
        ocpp201.validate("HeartbeatRequest", {10**5000: 1, "k" * 1_000_000: 2, (1, -(10**5000)): 3})
    )
    _short_messages(ocpp201.validate("BootNotificationRequest", {"reason": "x" * 1_000_000}))
    response = action("Heartbeat").response
    assert response is not None
    _short_messages(
        ocpp201.validate(response.SCHEMA, {"currentTime": "2024-05-01T10:00:00" + "9" * 1_000_000})
    )


def test_a_huge_int_below_a_minimum(all_package: ModuleType) -> None:
    if "NotifyEVChargingNeedsRequest" not in all_package.MESSAGES:
        pytest.skip("NotifyEVChargingNeeds is not implemented in the build under test")
    payload = {
        "evseId": 1,
        "chargingNeeds": {
            "requestedEnergyTransfer": "DC",
            "dcChargingParameters": {
                "evMaxCurrent": 1,
                "evMaxVoltage": 1,
                "stateOfCharge": -(10**5000),
            },
        },
    }
    violations = all_package.validate("NotifyEVChargingNeedsRequest", payload)
    assert [v.path for v in violations] == ["/chargingNeeds/dcChargingParameters/stateOfCharge"]
    assert "less than the minimum" in violations[0].message
    _short_messages(violations)
    payload["chargingNeeds"]["dcChargingParameters"]["stateOfCharge"] = 10**5000  # type: ignore[index]
    _short_messages(all_package.validate("NotifyEVChargingNeedsRequest", payload))


# -- 7. Encodings: UTF-8 only, no byte order mark -------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("\ufeff{}", "byte order mark"),
        (b"\xef\xbb\xbf{}", "byte order mark"),
        ("{}".encode("utf-16"), "UTF-16"),
        ("{}".encode("utf-16-le"), "UTF-16-LE"),
        ("{}".encode("utf-16-be"), "UTF-16-BE"),
        ("{}".encode("utf-32"), "UTF-32"),
        (b"{}\xff", "not UTF-8"),
        (b'{"x":"\xc3"}', "not UTF-8"),
    ],
    ids=[
        "BOM str",
        "BOM bytes",
        "UTF-16",
        "UTF-16-LE",
        "UTF-16-BE",
        "UTF-32",
        "invalid byte",
        "truncated sequence",
    ],
)
def test_only_utf8_without_a_byte_order_mark(data: str | bytes, words: str) -> None:
    action("Heartbeat")
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.loads("HeartbeatRequest", data)
    violation = only_violation(info)
    assert (violation.path, violation.code) == ("", FORMAT_VIOLATION)
    assert words in violation.message
    with pytest.raises(RpcError) as frame_info:
        parse_frame(data)
    assert frame_info.value.code == "RpcFrameworkError" and words in frame_info.value.description


def test_utf8_text_is_accepted_as_str_bytes_and_bytearray() -> None:
    text = '{"vendorId":"Zürich ⚡ 😀"}'
    decoded = [
        ocpp201.loads(data_transfer().SCHEMA, data)
        for data in (text, text.encode(), bytearray(text.encode()))
    ]
    assert all(d.vendor_id == "Zürich ⚡ 😀" for d in decoded)  # type: ignore[attr-defined]


# -- 8. Lone surrogates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "path"),
    [
        (b'{"vendorId":"\xed\xa0\x80"}', "/vendorId"),
        ('{"vendorId":"\ud800"}', "/vendorId"),
        ('{"vendorId":"a\udfff"}', "/vendorId"),
        ('{"vendorId":"\\ud800"}', "/vendorId"),
        ('{"vendorId":"\\uDBFF\\u0041"}', "/vendorId"),
        ('{"vendorId":"\\udc00\\ud800"}', "/vendorId"),
        ('{"vendorId":"v","data":["ok", {"x": "\\\\\\ud800"}]}', "/data/1/x"),
        ('{"vendorId":"v","data":{"\\udc00":1}}', "/data"),
        ('{"vendorId":"é","data":"\\ud83d"}'.encode(), "/data"),
    ],
    ids=[
        "CESU-8 bytes",
        "str",
        "str low",
        "escape",
        "high then other",
        "low then high",
        "after an escaped backslash",
        "property name",
        "non-ASCII bytes",
    ],
)
def test_lone_surrogates_are_refused_on_the_way_in(data: str | bytes, path: str) -> None:
    schema = data_transfer().SCHEMA
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.loads(schema, data)
    violation = only_violation(info)
    assert (violation.path, violation.code) == (path, FORMAT_VIOLATION)
    assert "lone surrogate" in violation.message and utf8_encodable(str(info.value))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"\\ud83d\\ude00"', "😀"),
        ('"\\\\ud800"', "\\ud800"),
        ('"\\\\\\\\ud800"', "\\\\ud800"),
        ('"\\u00e9\\u20ac"', "é€"),
    ],
    ids=["paired escape", "escaped backslash", "two escaped backslashes", "other escapes"],
)
def test_paired_and_non_surrogate_escapes_stay_valid(text: str, expected: str) -> None:
    request = ocpp201.loads(data_transfer().SCHEMA, '{"vendorId":' + text + "}")
    assert request.vendor_id == expected  # type: ignore[attr-defined]


def test_dumps_refuses_a_lone_surrogate_with_its_path() -> None:
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.dumps(data_transfer(vendor_id="\ud800"))
    assert (only_violation(info).path, only_violation(info).code) == ("/vendorId", FORMAT_VIOLATION)
    with pytest.raises(ocpp201.ValidationError) as info:
        ocpp201.dumps(heartbeat_with_extras({"note": ["fine", "é\udc80"]}))
    assert only_violation(info).path == "/customData/note/1"
    assert ocpp201.dumps(data_transfer(vendor_id="é😀")) == '{"vendorId":"é😀"}'


def test_a_lone_surrogate_in_the_unique_id_is_a_framework_error() -> None:
    action("Heartbeat")
    for frame in [
        '[2,"\\ud800","Heartbeat",{}]',
        '[2,"\ud800","Heartbeat",{}]',
        b'[2,"\xed\xb0\x80","Heartbeat",{}]',
    ]:
        with pytest.raises(RpcError) as info:
            parse_frame(frame)
        assert (info.value.code, info.value.unique_id) == ("RpcFrameworkError", None), frame
        reply = info.value.call_error()
        assert reply.unique_id == "-1" and utf8_encodable(reply.to_json())


def test_a_lone_surrogate_in_a_payload_is_a_format_violation_for_its_call() -> None:
    action("DataTransfer")
    with pytest.raises(RpcError) as info:
        parse_frame('[2,"u1","DataTransfer",{"vendorId":"v","data":{"note":"\\udead"}}]')
    assert (info.value.code, info.value.unique_id) == (FORMAT_VIOLATION, "u1")
    assert [v["path"] for v in info.value.details["violations"]] == ["/data/note"]
    assert utf8_encodable(info.value.call_error().to_json())
    with pytest.raises(RpcError) as info:
        parse_frame('[3,"u2",{"data":"\\ud800"}]')
    assert (info.value.code, info.value.unique_id) == (FORMAT_VIOLATION, "u2")
    with pytest.raises(RpcError) as info:
        parse_frame('[4,"u3","GenericError","\\ud800",{}]')
    assert (info.value.code, info.value.unique_id) == ("RpcFrameworkError", "u3")


def test_a_call_for_an_action_with_a_lone_surrogate_is_refused_when_made() -> None:
    with pytest.raises(ocpp201.UnknownMessageError):
        Call("u1", "Heart\udc00beat", ocpp201.HeartbeatRequest())


@pytest.mark.parametrize(
    ("frame", "words"),
    [
        (lambda: CallError("\ud800", "GenericError"), "unique_id"),
        (lambda: CallError("u1", "GenericError", "bad \udc00"), "error_description"),
        (lambda: CallError("u1", "GenericError", "", {"k": {1, 2}}), "error_details/k"),
        (lambda: CallResult("u1", {"data": ["\ud800"]}), "payload/data/0"),
    ],
    ids=["CallError id", "CallError description", "CallError details", "CallResult payload"],
)
def test_frames_the_package_writes_are_always_utf8(frame: Callable[[], Any], words: str) -> None:
    action("Heartbeat")
    with pytest.raises(ValueError, match=re.escape(words)):
        frame().to_json()


def test_a_call_with_a_lone_surrogate_in_its_payload_is_not_written() -> None:
    call = Call("u1", "DataTransfer", data_transfer(data={"note": "\ud800"}))
    with pytest.raises(ocpp201.ValidationError) as info:
        call.to_json()
    assert only_violation(info).path == "/data/note"
    assert json.loads(Call("u1", "DataTransfer", data_transfer()).to_json()) == [
        2,
        "u1",
        "DataTransfer",
        {"vendorId": "v"},
    ]
