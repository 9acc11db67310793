"""The codec's functions without paths, held to the full check.

`validate` tries a fast check, `to_dict`/`dumps` a checked wire form; both take only the common
valid form of a value and leave everything else to the full check (`_check_<Type>`), which is
where violations come from. `decode`/`loads` build with a decode that takes every valid payload
and refuses every invalid one. A fallback hides a lenient function (it accepts what it should
refuse) and a useless one (it refuses everything): these tests catch both, on all 128 schemas.
(tests/test_differential.py holds the decode and the fast check to the oracle on its mutants.)
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import SCHEMA_NAMES

CORPUS = Path(__file__).parent / "corpus"


def _corpus(name: str) -> list[Any]:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def _codec(package: ModuleType, kind: str, name: str) -> Callable[..., Any]:
    function: Callable[..., Any] = getattr(package._codec, f"_{kind}_{name}")
    return function


def _raises(call: Callable[[], object]) -> bool:
    try:
        call()
    except Exception:
        return True
    return False


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_the_common_form_takes_no_fallback(all_package: ModuleType, name: str) -> None:
    """What `to_dict` writes is the common form: the fast check takes it, the checked wire form
    writes it, and the decode reads it back, none of them giving up."""
    fast_check, decode = _codec(all_package, "fast_check", name), _codec(
        all_package, "decode", name
    )
    fast_wire = _codec(all_package, "fast_wire", name)
    for payload in _corpus(name):
        instance = all_package.decode(name, payload)
        wire = type(instance)._to_wire(
            instance
        )  # the plain wire form, which the full check then checks
        assert all_package.validate(name, wire) == []
        fast_check(wire)
        assert fast_wire(instance) == wire
        assert decode(wire) == instance
        assert decode(payload) == instance


class ForeignEnumType(StrEnum):
    """An enumeration of some other schema: its members have a `_value_` too."""

    NOT_A_MEMBER = "NotAMember"


# Values a field may be set to by mistake; the checked wire form must refuse each one that the
# plain wire form and the full check refuse, and write the others as they would.
_NAIVE = datetime(2024, 5, 1, 10, 0)
MISTAKES: list[Any] = [
    None,
    "",
    "x" * 3000,
    2**70,
    -(2**70),
    1.5,
    1.0,
    0,
    math.nan,
    True,
    "2024-05-01T10:00:00Z",
    "2024-13-01T10:00:00Z",
    "NotAMember",
    ForeignEnumType.NOT_A_MEMBER,
    [],
    [None],
    {},
    _NAIVE,
    _NAIVE.replace(tzinfo=UTC),
    _NAIVE.replace(tzinfo=timezone(timedelta(hours=5, minutes=30))),
    _NAIVE.replace(tzinfo=timezone(timedelta(seconds=30))),
    object(),
]


def _fields(node: object, trail: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The trail (attribute names and list indexes) to every field in an instance tree."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _fields(item, (*trail, index))
    elif hasattr(node, "WIRE_NAMES"):
        for field in (
            *node.WIRE_NAMES,
            *(["extra_properties"] if hasattr(node, "extra_properties") else []),
        ):
            yield (*trail, field)
            yield from _fields(getattr(node, field), (*trail, field))


def _owner(root: object, trail: tuple[Any, ...]) -> Any:
    node: Any = root
    for step in trail[:-1]:
        node = node[step] if isinstance(step, int) else getattr(node, step)
    return node


def _plain(instance: Any) -> tuple[str, Any]:
    """What the full path makes of an instance: its wire form, or why it refused."""
    try:
        wire = type(instance)._to_wire(instance)
    except Exception as error:
        return "refused", type(error).__name__
    errors: list[Any] = []
    type(instance)._check(wire, "", errors)
    return ("refused", errors) if errors else ("wire", wire)


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_the_checked_wire_form_refuses_what_the_full_check_refuses(
    all_package: ModuleType, name: str
) -> None:
    fast_wire = _codec(all_package, "fast_wire", name)
    lenient = []
    checked = 0
    for payload in _corpus(name)[:2]:
        instance = all_package.decode(name, payload)
        for trail in list(_fields(instance)):
            owner, field = _owner(instance, trail), trail[-1]
            kept = getattr(owner, field)
            for mistake in MISTAKES:
                try:
                    setattr(owner, field, mistake)
                except TypeError:  # the compiled build's classes check types on assignment
                    continue
                try:
                    wire = fast_wire(instance)
                except Exception:
                    continue  # the full path decides: it is what runs next
                finally:
                    verdict = _plain(instance)
                    setattr(owner, field, kept)
                checked += 1
                if verdict != ("wire", wire):
                    lenient.append((trail, repr(mistake)[:40], verdict))
    assert lenient == []
    assert checked > 0


# -- date-times ---------------------------------------------------------------------------------

VALID_DATETIMES = [
    "2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00.123Z",
    "2024-02-29T23:59:59.999999999+05:30",
    "0001-01-01T00:00:00-00:00",
    "9999-12-31T23:59:59+23:59",
]
_NOISE = list("0123456789-:TtZz +.,\n") + ["٣", "２", "a", "\ud800", "00", ""]


def _near_misses(count: int) -> Iterator[str]:
    """Valid date-times with a character or two replaced, dropped or doubled (seeded)."""
    rng = random.Random(20240501)
    for _ in range(count):
        text = rng.choice(VALID_DATETIMES)
        for _ in range(rng.choice((1, 1, 2))):
            at = rng.randrange(len(text))
            text = text[:at] + rng.choice(_NOISE) + text[at + rng.choice((0, 1, 1)) :]
        yield text


def test_fast_datetime_takes_nothing_the_full_reading_refuses() -> None:
    from ocpp201 import _runtime as runtime

    taken = 0
    for text in [*VALID_DATETIMES, *_near_misses(30_000)]:
        try:
            fast = runtime._fast_datetime(text)
        except ValueError:
            continue
        taken += 1
        assert runtime._datetime_or_none(text) == fast, text
        assert runtime._decode_datetime(text) == fast
    assert taken > 1000  # the common form is taken, not left to the full reading


@pytest.mark.parametrize(
    "value",
    [
        datetime(2024, 5, 1, 10, tzinfo=UTC),
        datetime(2024, 5, 1, 10, 0, 0, 123, tzinfo=UTC),
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=-3))),
        datetime(2024, 5, 1, tzinfo=timezone(timedelta(hours=5, minutes=45))),
        datetime(2024, 5, 1, tzinfo=timezone(timedelta(minutes=1, seconds=1))),
        datetime(2024, 5, 1, tzinfo=timezone(timedelta(microseconds=1))),
        datetime(2024, 5, 1),
    ],
    ids=repr,
)
def test_wire_datetime_writes_what_the_full_path_writes(value: datetime) -> None:
    from ocpp201 import _runtime as runtime

    formatted = runtime._format_datetime(value)  # what the full path writes, then checks
    assert isinstance(formatted, str)
    try:
        text = runtime._wire_datetime(value)
    except runtime._Fallback:
        assert not runtime._is_datetime(formatted)  # left to the full path, which refuses it
        return
    assert text == formatted and runtime._is_datetime(text)
