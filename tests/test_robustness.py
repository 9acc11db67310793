"""Validators never crash: on all 128 schemas (--all build), any input -- arbitrary JSON,
mutated valid payloads, Python values JSON cannot even express -- gives `validate` a list of
violations and `decode` a result or a ValidationError, and never anything else."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import SCHEMA_NAMES

CORPUS = Path(__file__).parent / "corpus"
SETTINGS = settings(
    max_examples=400, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: st.lists(children, max_size=6)
    | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=40,
)
# What a caller may pass although json.loads never produces it.
python_values = st.recursive(
    json_values
    | st.sampled_from(
        [math.nan, math.inf, -math.inf, 10**400, "\ud800", b"bytes", (), object(), 1 + 2j]
    ),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.integers() | st.none() | st.text(max_size=5), children, max_size=4)
    | st.tuples(children),
    max_leaves=20,
)


def _exercise(package: ModuleType, name: str, payload: object) -> None:
    violations = package.validate(name, payload)
    assert isinstance(violations, list)
    assert all(isinstance(v, package.Violation) and isinstance(v.path, str) for v in violations)
    try:
        decoded = package.decode(name, payload)
    except package.ValidationError as error:
        assert error.violations == violations and violations
    else:
        assert violations == [] and type(decoded).__name__ == name


@SETTINGS
@given(name=st.sampled_from(SCHEMA_NAMES), payload=json_values)
def test_arbitrary_json(all_package: ModuleType, name: str, payload: object) -> None:
    _exercise(all_package, name, payload)


@SETTINGS
@given(name=st.sampled_from(SCHEMA_NAMES), payload=python_values)
def test_values_json_cannot_express(all_package: ModuleType, name: str, payload: object) -> None:
    _exercise(all_package, name, payload)


def _replace_somewhere(payload: Any, draw: Callable[[Any], Any], replacement: Any) -> Any:
    """A copy of `payload` with one node, chosen by `draw`, replaced."""
    if isinstance(payload, dict) and payload and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(payload)))
        return {**payload, key: _replace_somewhere(payload[key], draw, replacement)}
    if isinstance(payload, list) and payload and draw(st.booleans()):
        index = draw(st.integers(0, len(payload) - 1))
        return (
            payload[:index]
            + [_replace_somewhere(payload[index], draw, replacement)]
            + payload[index + 1 :]
        )
    return replacement


@SETTINGS
@given(name=st.sampled_from(SCHEMA_NAMES), data=st.data())
def test_mutated_valid_payloads(all_package: ModuleType, name: str, data: st.DataObject) -> None:
    corpus = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    payload = data.draw(st.sampled_from(corpus))
    mutant = _replace_somewhere(payload, data.draw, data.draw(python_values))
    _exercise(all_package, name, mutant)


def _nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = {"level": [value]}
    return value


BOOT = {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("DataTransferRequest", {"vendorId": "v", "data": _nested(1000)}),
        (
            "BootNotificationRequest",
            {**BOOT, "customData": {"vendorId": "v", "deep": _nested(1000)}},
        ),
        ("BootNotificationRequest", {**BOOT, "reason": _nested(1000)}),
        ("AuthorizeRequest", {"idToken": {"idToken": "x" * 10_000_000, "type": "Central"}}),
        (
            "MeterValuesRequest",
            {
                "evseId": 1,
                "meterValue": [
                    {"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": 1}]}
                ]
                * 100_000,
            },
        ),
        ("MeterValuesRequest", {"evseId": math.nan, "meterValue": []}),
        (
            "MeterValuesRequest",
            {
                "evseId": 10**4000,
                "meterValue": [{"timestamp": "\ud800", "sampledValue": [{"value": math.inf}]}],
            },
        ),
        ("BootNotificationRequest", {1: 2, None: 3, (1, 2): 4, **BOOT}),
        (
            "BootNotificationRequest",
            {**BOOT, "chargingStation": {"model": "\udc80" * 5, "vendorName": "\U0010ffff"}},
        ),
    ],
    ids=[
        "deep any",
        "deep extension",
        "deep wrong type",
        "10 MB string",
        "100k items",
        "NaN",
        "huge int, surrogate, inf",
        "non-string keys",
        "lone surrogates",
    ],
)
def test_hostile_inputs(all_package: ModuleType, name: str, payload: object) -> None:
    _exercise(all_package, name, payload)


def test_json_text_nested_too_deeply(all_package: ModuleType) -> None:
    text = '{"vendorId": "v", "data": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(all_package.ValidationError) as info:
        all_package.loads("DataTransferRequest", text)
    assert info.value.violations[0].code == "FormatViolation"
    request = all_package.DataTransferRequest(vendor_id="v", data=_nested(5000))
    with pytest.raises(all_package.ValidationError):
        all_package.dumps(request)


def test_cost_is_linear_in_payload_size(all_package: ModuleType) -> None:
    def payload(items: int) -> dict[str, Any]:
        sampled = [{"value": i, "measurand": "Voltage", "phase": "L1-N"} for i in range(10)]
        return {
            "evseId": 1,
            "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": sampled}] * items,
        }

    def once(data: dict[str, Any]) -> float:
        # CPU time of this thread: what other processes do on a loaded machine delays the wall
        # clock, not this count (though they may still slow it, hence the best of several).
        start = time.thread_time()
        all_package.decode("MeterValuesRequest", data)
        return time.thread_time() - start

    # Interleaved, best of nine each: a burst of load elsewhere hits both sizes alike. Sizes that
    # fit the CPU caches: past them the cost per item grows by half again (measured from 1,000 to
    # 10,000 items with the garbage collector off), which a linear decoder cannot help.
    small_payload, big_payload = payload(300), payload(3_000)
    small = big = math.inf
    for _ in range(9):
        small = min(small, once(small_payload))
        big = min(big, once(big_payload))
    assert big < 30 * small, (
        small,
        big,
    )  # 10x the size may cost 10x the time; 30x is a generous bound
