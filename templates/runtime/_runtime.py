"""Support code shared by the generated modules: violations, JSON type checks, date-times."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable, ClassVar, Generic, NamedTuple, Self, TypeVar, cast

GENERATED_CODE_USES = (
    "ABSENT",
    "Checker",
    "Payload",
    "Request",
    "Violation",
    "_above_maximum",
    "_bad_datetime",
    "_below_minimum",
    "_bind",
    "_datetime_or_none",
    "_format_datetime",
    "_invalid",
    "_is_datetime",
    "_is_integer",
    "_is_number",
    "_missing",
    "_not_an_object",
    "_not_in_enum",
    "_too_few",
    "_too_long",
    "_too_many",
    "_unknown_property",
    "_with_extensions",
    "_wrong_type",
)
"""The names the generated modules may import from here; the generator reads this tuple."""

# OCPP-J 2.0.1 CallError codes used for validation failures.
FORMAT_VIOLATION = "FormatViolation"
TYPE_CONSTRAINT_VIOLATION = "TypeConstraintViolation"
OCCURRENCE_CONSTRAINT_VIOLATION = "OccurrenceConstraintViolation"
PROPERTY_CONSTRAINT_VIOLATION = "PropertyConstraintViolation"


@dataclass(frozen=True, slots=True)
class Violation:
    """One way in which a payload breaks its schema."""

    path: str
    """JSON pointer to the offending value (``""`` is the payload itself)."""
    code: str
    """The OCPP-J CallError code to answer with, e.g. ``"TypeConstraintViolation"``."""
    message: str
    """What is wrong, for people."""

    def __str__(self) -> str:
        return f"{self.path or '/'}: {self.message} [{self.code}]"


class ValidationError(ValueError):
    """A payload or an instance violates its schema; ``violations`` lists every violation."""

    def __init__(self, schema: str, violations: list[Violation]) -> None:
        self.schema = schema
        self.violations = violations
        shown = "; ".join(str(v) for v in violations[:5])
        more = f"; and {len(violations) - 5} more" if len(violations) > 5 else ""
        count = f"{len(violations)} violation{'s' if len(violations) != 1 else ''}"
        super().__init__(f"{schema}: {count}: {shown}{more}")


class UnknownMessageError(LookupError):
    """The name is not a message schema of this OCPP version."""


class MessageNotImplementedError(UnknownMessageError, ImportError):
    """The message (or a type only such messages use) exists in OCPP, but this release of the
    package leaves it out. An ImportError too, so that `from ocpp201 import X` says why."""


class _Absent:
    """Type of ABSENT."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT: Any = _Absent()
"""Marks a property that is not in the payload, where `None` would be ambiguous: a field that
accepts any JSON value (DataTransfer `data`) holds None for a JSON null and ABSENT when the
property is left out."""


class Payload:
    """Base of every generated dataclass: a JSON object of some schema.

    The generated `_codec` module binds each class's check, decode and wire functions to it once
    (`_bind`), so the declarations stay apart from the code that checks and converts them.
    """

    __slots__ = ()
    SCHEMA: ClassVar[str]
    """The schema (definition or message) name, e.g. ``"BootNotificationRequest"``."""
    WIRE_NAMES: ClassVar[dict[str, str]]
    """Python field name -> wire (JSON) property name."""
    _check: ClassVar[Checker]
    _decode: ClassVar[Callable[[object, str, list[Violation]], Any]]

    @classmethod
    def from_dict(cls, payload: object) -> Self:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        errors: list[Violation] = []
        instance = cls._decode(payload, "", errors)
        if errors:
            raise ValidationError(cls.SCHEMA, errors)
        return cast(Self, instance)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        errors: list[Violation] = []
        type(self)._check(wire, "", errors)
        if errors:
            raise ValidationError(self.SCHEMA, errors)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        """The wire form, not yet checked (bound by `_codec`)."""
        raise NotImplementedError


ResponseT = TypeVar("ResponseT", bound=Payload, covariant=True)


class Request(Payload, Generic[ResponseT]):
    """Base of every request class; the type parameter is the class of its response.

    `ResetRequest` is a `Request[ResetResponse]`, so type checkers know that
    `await session.call(ResetRequest(...))` is a `ResetResponse` and that a handler registered
    for `ResetRequest` must return one. At run time the parameter does nothing: `ACTIONS` is
    where the code looks a response class up. (A one-way message, OCPP 2.1's SEND, has no
    response and is a plain `Payload`.)
    """

    __slots__ = ()


class Action(NamedTuple):
    """One OCPP message: its request and response classes and who sends the request."""

    name: str
    request: type[Payload]
    response: type[Payload] | None
    """None for a one-way message (OCPP 2.1 SEND), which is never answered."""
    direction: str
    """``ChargingStation->CSMS``, ``CSMS->ChargingStation``, ``Both``, or a Local Controller direction."""


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _pointer_token(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _wrong_type(path: str, expected: str, value: object) -> Violation:
    return Violation(path, TYPE_CONSTRAINT_VIOLATION, f"expected {expected}, got {_describe(value)}")


def _not_an_object(path: str, value: object) -> Violation:
    if path:
        return _wrong_type(path, "object", value)
    return Violation(path, FORMAT_VIOLATION, f"payload must be a JSON object, got {_describe(value)}")


def _missing(path: str, name: str) -> Violation:
    return Violation(
        path + "/" + _pointer_token(name), OCCURRENCE_CONSTRAINT_VIOLATION, f"required property {name!r} is missing"
    )


def _unknown_property(path: str, key: object) -> Violation:
    return Violation(
        path + "/" + _pointer_token(key), OCCURRENCE_CONSTRAINT_VIOLATION, f"property {key!r} is not allowed here"
    )


def _too_long(path: str, limit: int, value: str) -> Violation:
    return Violation(path, PROPERTY_CONSTRAINT_VIOLATION, f"longer than {limit} characters ({len(value)})")


def _below_minimum(path: str, limit: float, value: object) -> Violation:
    return Violation(path, PROPERTY_CONSTRAINT_VIOLATION, f"{value!r} is less than the minimum {limit!r}")


def _above_maximum(path: str, limit: float, value: object) -> Violation:
    return Violation(path, PROPERTY_CONSTRAINT_VIOLATION, f"{value!r} is greater than the maximum {limit!r}")


def _too_few(path: str, limit: int, value: list[Any]) -> Violation:
    return Violation(path, OCCURRENCE_CONSTRAINT_VIOLATION, f"at least {limit} items required, got {len(value)}")


def _too_many(path: str, limit: int, value: list[Any]) -> Violation:
    return Violation(path, OCCURRENCE_CONSTRAINT_VIOLATION, f"at most {limit} items allowed, got {len(value)}")


def _not_in_enum(path: str, enum: str, value: str) -> Violation:
    return Violation(path, PROPERTY_CONSTRAINT_VIOLATION, f"{value[:80]!r} is not a value of {enum}")


def _bad_datetime(path: str, value: str) -> Violation:
    return Violation(
        path, PROPERTY_CONSTRAINT_VIOLATION, f"{value[:80]!r} is not an RFC 3339 date-time with a time offset"
    )


def _is_integer(value: object) -> bool:
    """JSON Schema draft-06 integers: ints (not bools) and floats with no fractional part."""
    if isinstance(value, int):
        return not isinstance(value, bool)
    return isinstance(value, float) and value.is_integer()


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# RFC 3339 date-time. `T` and `Z` are accepted in either case; a trailing newline is accepted
# because the reference validator (rfc3339-validator, matching with `$`) accepts it.
_DATETIME = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d+))?"
    r"(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)\n?",
    re.ASCII,
)


def _datetime_or_none(value: str) -> datetime | None:
    """The aware datetime `value` denotes, or None if it is not an RFC 3339 date-time.

    The pattern decides the syntax; `fromisoformat` then rejects impossible dates (30 February,
    year 0) and truncates fractions of a second beyond microseconds.
    """
    text = value.upper()
    if _DATETIME.fullmatch(text) is None:
        return None
    try:
        return datetime.fromisoformat(text.rstrip("\n"))
    except ValueError:
        return None


def _is_datetime(value: str) -> bool:
    return _datetime_or_none(value) is not None


def _format_datetime(value: object) -> object:
    """RFC 3339 text, `Z` for UTC. Anything but a datetime is left for the validator to reject."""
    if not isinstance(value, datetime):
        return value
    text = value.isoformat()
    if value.utcoffset() == timedelta(0):
        text = text[: -len("+00:00")] + "Z"
    return text


def _json_float(text: str) -> float:
    """`json.loads` hook: a number too large for a float (1e400) is refused, not made infinite,
    so that everything decoded can be encoded again."""
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"number {text[:40]} is out of range")
    return value


def _json_constant(name: str) -> Any:
    """`json.loads` hook: NaN and Infinity are not JSON."""
    raise ValueError(f"{name} is not a JSON value")


# Made once: json.loads/json.dumps with options build a new decoder/encoder on every call.
_DECODER = json.JSONDecoder(parse_float=_json_float, parse_constant=_json_constant)
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _json_loads(data: str | bytes | bytearray) -> Any:
    """Strict JSON text -> Python; raises ValueError (incl. bad UTF-8) or RecursionError."""
    if isinstance(data, (bytes, bytearray)):
        data = data.decode(json.detect_encoding(data), "surrogatepass")
    elif not isinstance(data, str):
        raise TypeError(f"JSON text must be str, bytes or bytearray, not {type(data).__name__}")
    return _DECODER.decode(data)


def _json_dumps(value: Any) -> str:
    """Compact JSON text, non-ASCII kept; raises ValueError for NaN/Infinity, RecursionError."""
    return _ENCODER.encode(value)


def _with_extensions(
    wire: dict[str, Any], extensions: dict[str, Any], declared: frozenset[str], schema: str
) -> dict[str, Any]:
    """Adds extension properties to the wire form; one that repeats a declared property is refused."""
    clashes = [key for key in extensions if key in declared]
    if clashes:
        raise ValidationError(
            schema,
            [
                Violation(
                    "/" + _pointer_token(key),
                    OCCURRENCE_CONSTRAINT_VIOLATION,
                    "extension property repeats a declared property; set the field instead",
                )
                for key in clashes
            ],
        )
    wire.update(extensions)
    return wire


Checker = Callable[[object, str, list[Violation]], None]
T = TypeVar("T")


def _invalid(cls: type[T]) -> T:
    """What a `_decode_<Type>` function returns for a value with violations: a placeholder that
    every caller discards, since the violations were appended to `errors`."""
    return cast(T, None)


def _bind(
    cls: type[Payload],
    check: Checker,
    decode: Callable[[object, str, list[Violation]], Any],
    to_wire: Callable[[Any], dict[str, Any]],
) -> None:
    """Attaches a generated class's codec functions to it (called once, by `_codec`)."""
    setattr(cls, "_check", staticmethod(check))
    setattr(cls, "_decode", staticmethod(decode))
    setattr(cls, "_to_wire", to_wire)
