"""Support code shared by the generated modules: violations, JSON type checks, date-times."""

from __future__ import annotations

import _json
import dataclasses
import json
import math
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar, Final, Generic, NamedTuple, Self, TypeVar, cast

from . import ocpp_j

GENERATED_CODE_USES = (
    "ABSENT",
    "COMPILED",
    "Checker",
    "OneWay",
    "Payload",
    "Request",
    "Violation",
    "_Fallback",
    "_above_maximum",
    "_as_dict",
    "_as_list",
    "_bad_datetime",
    "_below_minimum",
    "_bind",
    "_decode_datetime",
    "_fast_datetime",
    "_format_datetime",
    "_int",
    "_integer",
    "_is_datetime",
    "_is_int",
    "_is_integer",
    "_is_multiple_of",
    "_is_number",
    "_missing",
    "_not_an_object",
    "_not_in_enum",
    "_not_multiple_of",
    "_too_few",
    "_too_long",
    "_too_many",
    "_unknown_property",
    "_wire_datetime",
    "_with_extensions",
    "_wrong_type",
)
"""The names the generated modules may import from here; the generator reads this tuple."""

T = TypeVar("T")


# The compiled build: mypyc compiles this module, the codec and the declarations, their classes
# into native classes, which need a mark or two; the pure build runs the same source.
try:
    from mypy_extensions import mypyc_attr
except ImportError:  # no dependency: mypyc reads the marks when it compiles, they do nothing

    def mypyc_attr(*attrs: str, **values: Any) -> Callable[[T], T]:  # type: ignore[misc]
        return lambda cls: cls


COMPILED: Final[bool] = not __file__.endswith(".py")
"""True in the compiled build, whose classes check the type of every field when it is set."""


def _python_class(cls: type[T]) -> type[T]:
    """Keeps a class a plain Python class in the compiled build, as its bases or its pickling
    need: mypyc compiles a class with a decorator it does not know (this one) as one. Does
    nothing."""
    return cls


# The CallError codes of validation failures, as the build's OCPP version spells them (OCPP 1.6
# writes FormationViolation and OccurenceConstraintViolation).
FORMAT_VIOLATION: Final[str] = ocpp_j.FORMAT_VIOLATION
TYPE_CONSTRAINT_VIOLATION: Final[str] = ocpp_j.TYPE_CONSTRAINT_VIOLATION
OCCURRENCE_CONSTRAINT_VIOLATION: Final[str] = ocpp_j.OCCURRENCE_CONSTRAINT_VIOLATION
PROPERTY_CONSTRAINT_VIOLATION: Final[str] = ocpp_j.PROPERTY_CONSTRAINT_VIOLATION


@dataclass(frozen=True, slots=True)
@_python_class
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


@_python_class
class ValidationError(ValueError):
    """A payload or an instance violates its schema; ``violations`` lists every violation."""

    def __init__(self, schema: str, violations: list[Violation]) -> None:
        self.schema = schema
        self.violations = violations
        shown = "; ".join(str(v) for v in violations[:5])
        more = f"; and {len(violations) - 5} more" if len(violations) > 5 else ""
        count = f"{len(violations)} violation{'s' if len(violations) != 1 else ''}"
        super().__init__(f"{schema}: {count}: {shown}{more}")

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds an exception from its message alone, which this __init__ refuses.
        return (type(self), (self.schema, self.violations), self.__dict__)


@_python_class
class UnknownMessageError(LookupError):
    """The name is not a message schema of this OCPP version."""


@_python_class
class MessageNotImplementedError(UnknownMessageError, ImportError):
    """The message (or a type only such messages use) exists in OCPP, but this release of the
    package leaves it out. An ImportError too, so that `from <package> import X` says why."""


class _LeftOutFinder:
    """Path-entry finder that answers `from <package> import X` for a name the release leaves out.

    A module-level `__getattr__` would say the same, but CPython (3.11 to 3.13) then stops
    specializing every `package.attribute` lookup: 13 to 18 ns more on each `package.loads(...)`.
    An import of a missing name tries the submodule `package.X` first, through the package's
    `__path__`; this finder sits on one extra entry there and raises the explanation.
    """

    def __init__(self, package: str, explain: Callable[[str], ImportError | None]) -> None:
        self.package = package
        self.explain = explain

    def find_spec(self, fullname: str, target: object = None) -> None:
        package, _, name = fullname.rpartition(".")
        if package == self.package:
            error = self.explain(name)
            if error is not None:
                raise error
        return None  # not ours: the import fails as it would have

    def invalidate_caches(self) -> None:
        return None


def explain_left_out_imports(
    package: str, path: list[str], explain: Callable[[str], ImportError | None]
) -> None:
    """Make `from package import X` raise explain(X) when that is an error, for every X the
    package does not define. Touches only a `sys.path_importer_cache` entry of its own."""
    # Absolute, so that importlib.invalidate_caches() keeps the entry (3.12 drops relative ones).
    entry = os.path.join(os.path.abspath(path[0]), "<names this release leaves out>")
    sys.path_importer_cache[entry] = _LeftOutFinder(package, explain)
    if entry not in path:
        path.append(entry)


@_python_class
class _Absent:
    """Type of ABSENT."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        # Copies and unpickled instances are the module's ABSENT itself, so `is ABSENT` holds.
        return "ABSENT"


ABSENT: Any = _Absent()
"""Marks a property that is not in the payload, where `None` would be ambiguous: a field that
accepts any JSON value (DataTransfer `data`) holds None for a JSON null and ABSENT when the
property is left out."""


# For the compiled build, whose message classes stay Python classes (mypyc cannot make a
# dataclass of a native class deriving from Generic, which `Request[...]` is).
@mypyc_attr(allow_interpreted_subclasses=True)
class Payload:
    """Base of every generated dataclass: a JSON object of some schema.

    The generated `_codec` module binds each class's codec functions to it once (`_bind`), so
    the declarations stay apart from the code that checks and converts them. The decode and the
    checked wire form build no error list and no paths; when they refuse, the full check says
    why.
    """

    __slots__ = ()
    SCHEMA: ClassVar[str]
    """The schema (definition or message) name, e.g. ``"BootNotificationRequest"``."""
    WIRE_NAMES: ClassVar[dict[str, str]]
    """Python field name -> wire (JSON) property name."""
    _check: ClassVar[Checker]
    _decode: ClassVar[Callable[[object], Any]]
    _to_wire: ClassVar[Callable[[Any], dict[str, Any]]]
    _fast_wire: ClassVar[Callable[[Any], dict[str, Any]]]

    @classmethod
    def from_dict(cls, payload: object) -> Self:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        try:
            return cast(Self, cls._decode(payload))
        except Exception as error:  # the payload is invalid: the full check says why
            refused = error
        errors: list[Violation] = []
        cls._check(payload, "", errors)
        if errors:
            raise ValidationError(cls.SCHEMA, errors)
        raise refused  # no violation: not the payload's fault (MemoryError...), so as it came

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        try:
            return type(self)._fast_wire(self)  # checks every value as it converts it
        except Exception:  # something unusual, valid or not: build it, then check it in full
            pass
        try:
            wire = type(self)._to_wire(self)
        except _ExtensionsError as error:  # raised deep inside: report it at its place in this tree
            prefix = _path_in(self, error.instance) or ""
            violations = [Violation(prefix + v.path, v.code, v.message) for v in error.violations]
            raise ValidationError(self.SCHEMA, violations) from None
        errors: list[Violation] = []
        type(self)._check(wire, "", errors)
        if errors:
            raise ValidationError(self.SCHEMA, errors)
        return wire

    def __reduce__(self) -> tuple[Any, ...]:
        # Made again through __init__: a compiled class cannot be made without it.
        fields = dataclasses.fields(cast(Any, self))
        return (_rebuild, (type(self), {f.name: getattr(self, f.name) for f in fields}))


def _rebuild(cls: type[Payload], fields: dict[str, Any]) -> Payload:
    """A copied or unpickled instance (see `Payload.__reduce__`)."""
    return cls(**fields)


ResponseT = TypeVar("ResponseT", bound=Payload, covariant=True)


@mypyc_attr(allow_interpreted_subclasses=True)
class Request(Payload, Generic[ResponseT]):
    """Base of every request class; the type parameter is the class of its response.

    `ResetRequest` is a `Request[ResetResponse]`, so type checkers know that
    `await session.call(ResetRequest(...))` is a `ResetResponse` and that a handler registered
    for `ResetRequest` must return one. At run time the parameter does nothing: `ACTIONS` is
    where the code looks a response class up. (A one-way message, OCPP 2.1's SEND, has no
    response and is a `OneWay`.)
    """

    __slots__ = ()


@mypyc_attr(allow_interpreted_subclasses=True)
class OneWay(Payload):
    """Base of every one-way message class (OCPP 2.1's SEND, e.g. NotifyPeriodicEventStream):
    never answered, so sent with `Session.send` and handled with `Router.on_send`, which take
    only a `OneWay`; `Session.call` takes only a `Request`. A type checker thus refuses
    `session.send(ResetRequest(...))` before anything runs."""

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


_SHOWN_LENGTH = 80


def _shown(value: object) -> str:
    """`repr(value)` cut to about 80 characters, for messages; never raises (an int of 5000
    digits has no repr, a property name may be megabytes long)."""
    if isinstance(value, str):
        if len(value) <= _SHOWN_LENGTH:
            return repr(value)
        return f"{value[:_SHOWN_LENGTH]!r}... ({len(value)} characters)"
    if isinstance(value, int) and value.bit_length() > 256:
        digits = int((value.bit_length() - 1) * math.log10(2)) + 1
        return f"{'a negative' if value < 0 else 'an'} integer of about {digits} digits"
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__, or a container holding a huge int
        return f"a {type(value).__name__}"
    return text if len(text) <= _SHOWN_LENGTH else text[:_SHOWN_LENGTH] + "..."


def _pointer_token(key: object) -> str:
    text = key if isinstance(key, str) else _shown(key)
    return text.replace("~", "~0").replace("/", "~1")


def _wrong_type(path: str, expected: str, value: object) -> Violation:
    return Violation(
        path, TYPE_CONSTRAINT_VIOLATION, f"expected {expected}, got {_describe(value)}"
    )


def _not_an_object(path: str, value: object) -> Violation:
    if path:
        return _wrong_type(path, "object", value)
    return Violation(
        path, FORMAT_VIOLATION, f"payload must be a JSON object, got {_describe(value)}"
    )


def _missing(path: str, name: str) -> Violation:
    return Violation(
        path + "/" + _pointer_token(name),
        OCCURRENCE_CONSTRAINT_VIOLATION,
        f"required property {name!r} is missing",
    )


def _unknown_property(path: str, key: object) -> Violation:
    return Violation(
        path + "/" + _pointer_token(key),
        OCCURRENCE_CONSTRAINT_VIOLATION,
        f"property {_shown(key)} is not allowed here",
    )


def _too_long(path: str, limit: int, value: str) -> Violation:
    return Violation(
        path, PROPERTY_CONSTRAINT_VIOLATION, f"longer than {limit} characters ({len(value)})"
    )


def _below_minimum(path: str, limit: float, value: object) -> Violation:
    return Violation(
        path, PROPERTY_CONSTRAINT_VIOLATION, f"{_shown(value)} is less than the minimum {limit!r}"
    )


def _above_maximum(path: str, limit: float, value: object) -> Violation:
    return Violation(
        path,
        PROPERTY_CONSTRAINT_VIOLATION,
        f"{_shown(value)} is greater than the maximum {limit!r}",
    )


def _too_few(path: str, limit: int, value: list[Any]) -> Violation:
    return Violation(
        path, OCCURRENCE_CONSTRAINT_VIOLATION, f"at least {limit} items required, got {len(value)}"
    )


def _too_many(path: str, limit: int, value: list[Any]) -> Violation:
    return Violation(
        path, OCCURRENCE_CONSTRAINT_VIOLATION, f"at most {limit} items allowed, got {len(value)}"
    )


def _not_in_enum(path: str, enum: str, value: str) -> Violation:
    return Violation(
        path, PROPERTY_CONSTRAINT_VIOLATION, f"{_shown(value)} is not a value of {enum}"
    )


def _bad_datetime(path: str, value: str) -> Violation:
    if isinstance(value, _NaiveDateTimeText):
        message = f"naive datetime ({value}): give it a tzinfo, e.g. timezone.utc"
    else:
        message = f"{_shown(value)} is not an RFC 3339 date-time: {_datetime_problem(value)}"
    return Violation(path, PROPERTY_CONSTRAINT_VIOLATION, message)


def _is_integer(value: object) -> bool:
    """JSON Schema draft-06 integers: ints (not bools) and floats with no fractional part."""
    if isinstance(value, int):
        return not isinstance(value, bool)
    return isinstance(value, float) and value.is_integer()


def _is_int(value: object) -> bool:
    """JSON Schema draft-04 integers: ints (not bools); 1.0 is a number, not an integer."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_multiple_of(value: int | float, numerator: int, denominator: int) -> bool:
    """`multipleOf` as a charging station means it: the shortest decimal form of `value` (its
    repr) is a whole multiple of the step `numerator / denominator` (the decimal form of the
    schema's step, 0.1 -> 1, 10). So 0.3 and 12.3 are multiples of 0.1 and 7.000000000000001
    is not, where dividing floats (as jsonschema does) gets 0.3 wrong. NaN and the infinities
    are no multiples."""
    if isinstance(value, int):
        return int(value) * denominator % numerator == 0
    try:
        top, bottom = Decimal(float.__repr__(value)).as_integer_ratio()
    except (ValueError, OverflowError):  # NaN, infinity
        return False
    return top * denominator % (bottom * numerator) == 0


def _not_multiple_of(path: str, numerator: int, denominator: int, value: object) -> Violation:
    step = Decimal(numerator) / Decimal(denominator)
    return Violation(
        path, PROPERTY_CONSTRAINT_VIOLATION, f"{_shown(value)} is not a multiple of {step}"
    )


# RFC 3339 date-time. `T` and `Z` are accepted in either case; a trailing newline is accepted
# because the reference validator (rfc3339-validator, matching with `$`) accepts it.
_DATE_AND_TIME = r"(\d{4})-(0[1-9]|1[0-2])-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d+))?"
_DATETIME = re.compile(_DATE_AND_TIME + r"(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)\n?", re.ASCII)
_DATETIME_WITHOUT_OFFSET = re.compile(_DATE_AND_TIME + r"\n?", re.ASCII)


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


@_python_class
class _Fallback(ValueError):
    """Raised by the functions without paths on a value they do not take: the caller then runs
    the full check, which decides (for a fast path, the value may well be valid) and says why."""


# After the seconds of a date-time: its fraction and offset, as RFC 3339 writes them.
_DATETIME_TAIL = re.compile(r"(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)", re.ASCII)


def _fast_datetime(text: str) -> datetime:
    """The aware datetime of an RFC 3339 date-time in its common form (upper-case `T` and `Z`, no
    trailing newline); _Fallback or ValueError for anything else. The separators and what
    follows the seconds are checked here; `fromisoformat` reads the fixed-width ASCII digits in
    between and refuses what does not exist (30 February, hour 24, second 60, year 0)."""
    if text[4:17:3] != "--T::":
        raise _Fallback
    tail = text[19:]
    # The commonest tails, `Z` and `.123Z`, without the regular expression
    if tail != "Z" and not (
        tail[:1] == "." and tail[-1:] == "Z" and tail[1:-1].isdigit() and tail.isascii()
    ):
        if _DATETIME_TAIL.fullmatch(text, 19) is None:
            raise _Fallback
    return datetime.fromisoformat(text)


def _decode_datetime(text: str) -> datetime:
    """The aware datetime of an RFC 3339 date-time (in any form); _Fallback if it is none."""
    try:
        return _fast_datetime(text)
    except ValueError:  # _Fallback is one
        decoded = _datetime_or_none(text)
        if decoded is None:
            raise _Fallback from None
        return decoded


def _integer(value: object) -> int:
    """The int of a JSON Schema integer that is no `int` (1.0, an int subclass); _Fallback for
    anything else."""
    if not _is_integer(value):
        raise _Fallback
    return int(cast(float, value))


def _int(value: object) -> int:
    """The int of a draft-04 integer that is no `int` (an int subclass); _Fallback for anything
    else, 1.0 included."""
    if not _is_int(value):
        raise _Fallback
    return int(cast(int, value))


def _as_dict(value: object) -> dict[Any, Any]:
    """A dict subclass as a plain dict (the decode reads plain dicts); _Fallback for a non-dict."""
    if not isinstance(value, dict):
        raise _Fallback
    return dict(value)


def _as_list(value: object) -> list[Any]:
    """A list subclass as a plain list; _Fallback for a non-list."""
    if not isinstance(value, list):
        raise _Fallback
    return list(value)


def _wire_datetime(value: object) -> str:
    """RFC 3339 text of an aware datetime (`Z` for UTC); _Fallback for anything else (a naive
    datetime, an offset that is not whole minutes), which `_format_datetime` and the full
    checker then handle."""
    if type(value) is not datetime:
        raise _Fallback
    offset = value.utcoffset()
    if offset is None:
        raise _Fallback
    text = value.isoformat()
    if not offset:
        return text[: -len("+00:00")] + "Z"
    if text[-6] not in "+-":  # seconds in the offset, which RFC 3339 cannot write
        raise _Fallback
    return text


def _datetime_problem(value: str) -> str:
    """Why `value`, which the validator refused, is no RFC 3339 date-time (failure path only)."""
    text = value.upper()
    if _DATETIME.fullmatch(text) is not None:  # the syntax is right, so the date does not exist
        year, month, day = [int(part) for part in text[:10].split("-")]
        if year == 0:
            return "year 0000 does not exist"
        next_month = date(year + month // 12, month % 12 + 1, 1)
        return f"day {day} does not exist in {year:04d}-{month:02d}, which has {(next_month - timedelta(days=1)).day} days"
    if _DATETIME_WITHOUT_OFFSET.fullmatch(text) is not None:
        return "the time offset is missing: add Z for UTC, or +hh:mm / -hh:mm"
    return "expected e.g. '2024-05-01T10:00:00Z' (with a time offset)"


@_python_class
class _NaiveDateTimeText(str):
    """What `_format_datetime` makes of a naive datetime: text the validator refuses (it has no
    offset), marked so that the violation can say what to do."""

    __slots__ = ()


def _format_datetime(value: object) -> object:
    """RFC 3339 text, `Z` for UTC. Anything but a datetime is left for the validator to reject."""
    if not isinstance(value, datetime):
        return value
    offset = value.utcoffset()
    if offset:
        return value.isoformat()
    if offset is None:
        return _NaiveDateTimeText(value.isoformat())
    return value.isoformat()[: -len("+00:00")] + "Z"


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
# The C scanner and encoder behind them, called directly by the fast paths: JSONDecoder.decode
# adds two regular expression matches, JSONEncoder.encode builds a new C encoder every time.
_SCAN: Final = _json.make_scanner(cast(Any, _DECODER))
# No circular-reference markers: a cycle ends in RecursionError, and the full path says where.
_ENCODE: Final = _json.make_encoder(
    None, _ENCODER.default, _json.encode_basestring, None, ":", ",", False, False, False
)


@_python_class
class _JsonError(ValueError):
    """JSON text that cannot be read, or a value that cannot be written as JSON text. OCPP-J
    text is UTF-8 without a byte order mark, so text that is not Unicode (a lone surrogate) is
    refused both ways. `path` points at the offending value when it is known; `value` is what
    the text decoded to when it is JSON but not Unicode text (else None)."""

    def __init__(self, message: str, path: str = "", value: Any = None) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.message = message
        self.path = path
        self.value = value

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message, self.path, self.value), self.__dict__)


_SURROGATE = re.compile(r"[\ud800-\udfff]")
# The start of a surrogate escape (`\ud800`); JSON text without one cannot decode to a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_BYTE_ORDER_MARK = "\ufeff"


def _is_unicode(text: str) -> bool:
    """False when `text` holds a lone surrogate, which no UTF-8 text can carry."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def _fast_json_loads(data: object) -> Any:
    """`_json_loads` of text in its common form: a str or bytes holding one JSON value with
    nothing around it and no surrogate escape; _Fallback (or the scanner's error) otherwise."""
    if type(data) is bytes:
        text = data.decode()
    elif type(data) is str:
        text = data
        if not text.isascii() and not _is_unicode(text):
            raise _Fallback
    else:
        raise _Fallback
    value, end = _SCAN(text, 0)
    if end != len(text) or ("\\" in text and _SURROGATE_ESCAPE.search(text) is not None):
        raise _Fallback
    return value


def _json_loads(data: str | bytes | bytearray) -> Any:
    """Strict JSON text -> Python. Raises _JsonError (a ValueError) for text that is not JSON, not
    UTF-8, starts with a byte order mark or holds a lone surrogate (raw, or an unpaired `\\ud800`
    escape); RecursionError; TypeError for what is not text at all."""
    try:
        return _fast_json_loads(data)
    except Exception:  # the full reading below decides, and says why
        pass
    if isinstance(data, str):
        text = data
        raw_surrogates = not text.isascii() and not _is_unicode(text)
    elif isinstance(data, (bytes, bytearray)):
        try:
            text = data.decode()
        except UnicodeDecodeError as exc:
            raise _not_utf8(data, exc) from exc  # the cause keeps the decoder's position
        raw_surrogates = False  # strict UTF-8 decoding refuses encoded surrogates
    else:
        raise TypeError(f"JSON text must be str, bytes or bytearray, not {type(data).__name__}")
    try:
        value = _DECODER.decode(text)
    except ValueError as exc:  # JSONDecodeError, or a number or constant the hooks refuse
        raise _not_json(data, text, exc) from exc
    if raw_surrogates or ("\\" in text and _SURROGATE_ESCAPE.search(text) is not None):
        found = _first_unwritable(value)
        if found is not None:  # else the escapes were paired, or a backslash was escaped itself
            raise _JsonError(found[1], found[0], value)
    return value


def _not_utf8(data: bytes | bytearray, error: UnicodeDecodeError) -> _JsonError:
    """Why bytes that are not UTF-8 were refused (failure path only)."""
    encoding = json.detect_encoding(data)
    if encoding not in ("utf-8", "utf-8-sig"):
        return _JsonError(
            f"not UTF-8: the text looks like {encoding.upper()}; OCPP-J text is UTF-8"
        )
    generic = _JsonError(f"not UTF-8: {error.reason} at byte {error.start}")
    try:  # UTF-8 but for encoded surrogates (CESU-8, WTF-8)? Then say where.
        value = _DECODER.decode(bytes(data).decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError):
        return generic
    found = _first_unwritable(value)
    return generic if found is None else _JsonError(found[1], found[0], value)


def _not_json(data: str | bytes | bytearray, text: str, error: ValueError) -> _JsonError:
    """Why UTF-8 text was refused by the JSON decoder (failure path only)."""
    if text.startswith(_BYTE_ORDER_MARK):
        return _JsonError(
            "not valid JSON: it starts with a byte order mark (U+FEFF), which OCPP-J text must not have"
        )
    if isinstance(data, (bytes, bytearray)) and "\x00" in text:
        encoding = json.detect_encoding(data)
        if encoding != "utf-8":
            return _JsonError(
                f"not UTF-8: the text looks like {encoding.upper()}; OCPP-J text is UTF-8"
            )
    return _JsonError(f"not valid JSON: {error}")


def _fast_json_dumps(value: object) -> str:
    """`_json_dumps` of a value JSON text can carry; _Fallback (or the encoder's error) otherwise."""
    text = "".join(_ENCODE(value, 0))
    if text.isascii() or _is_unicode(text):
        return text
    raise _Fallback


def _json_dumps(value: Any) -> str:
    """Compact JSON text, non-ASCII kept, always encodable as UTF-8. Raises _JsonError (a
    ValueError) naming the path of the first value JSON text cannot carry, or RecursionError."""
    try:
        return _fast_json_dumps(value)
    except Exception:  # the full encoding below finds what cannot be written, and says where
        pass
    try:
        text = _ENCODER.encode(value)
    except (TypeError, ValueError) as exc:  # a set, a datetime, NaN, a huge int, a cycle...
        raise _unwritable(value, str(exc)) from None
    if text.isascii() or _is_unicode(text):
        return text
    raise _unwritable(value, "the text holds a lone surrogate")


def _unwritable(value: Any, fallback: str) -> _JsonError:
    found = _first_unwritable(value)
    return _JsonError(fallback) if found is None else _JsonError(found[1], found[0])


def _first_unwritable(value: Any) -> tuple[str, str] | None:
    """JSON pointer to the first part of `value` JSON text cannot carry, and why; None if all of
    it can. Failure path only: it visits every node (without recursion, however deep)."""
    stack: list[tuple[Any, str, bool]] = [(value, "", False)]
    open_containers: set[int] = set()  # the containers enclosing the node visited
    while stack:
        item, path, leaving = stack.pop()
        if leaving:
            open_containers.discard(id(item))
            continue
        if isinstance(item, str):
            problem = _lone_surrogate(item, "")
            if problem is not None:
                return path, problem
            continue
        if not isinstance(item, (dict, list, tuple)):
            problem = _scalar_problem(item)
            if problem is not None:
                return path, problem
            continue
        if id(item) in open_containers:
            return path, "a circular reference: the value contains itself"
        open_containers.add(id(item))
        stack.append((item, path, True))
        children: list[tuple[Any, str, bool]] = []
        if isinstance(item, dict):
            for key, child in item.items():
                if isinstance(key, str):
                    problem = _lone_surrogate(key, "property name ")
                    if problem is not None:
                        return path, problem
                    name = key
                elif key is None or isinstance(
                    key, (int, float)
                ):  # the encoder writes these as names
                    problem = _scalar_problem(key)
                    if problem is not None:
                        return path, f"property name {problem}"
                    name = _ENCODER.encode(key)
                else:
                    return (
                        path,
                        f"property name {_shown(key)} is a {type(key).__name__}; property names are strings",
                    )
                children.append((child, f"{path}/{_pointer_token(name)}", False))
        else:
            children = [(child, f"{path}/{index}", False) for index, child in enumerate(item)]
        stack.extend(reversed(children))
    return None


def _lone_surrogate(text: str, what: str) -> str | None:
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return (
        f"{what}{_shown(text)} holds a lone surrogate (U+{ord(found.group()):04X} at index {found.start()}), "
        "which is not Unicode text (OCPP-J text is UTF-8)"
    )


def _scalar_problem(value: object) -> str | None:
    """Why JSON text cannot carry `value`, which is no str, list, tuple or dict; None if it can."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        if value.bit_length() > 10_000:  # near Python's limit for writing ints (4300 digits)
            try:
                int.__repr__(value)
            except ValueError:
                return f"{_shown(value)} has more digits than Python writes (sys.set_int_max_str_digits)"
        return None
    if isinstance(value, float):
        if math.isfinite(value):
            return None
        return f"{'NaN' if math.isnan(value) else '-Infinity' if value < 0 else 'Infinity'} is not a JSON number"
    hint = ""
    if isinstance(value, (datetime, date)):
        hint = "; write it as text, e.g. value.isoformat()"
    elif isinstance(value, Payload):
        hint = "; give value.to_dict()"
    elif isinstance(value, (set, frozenset)):
        hint = "; give a list"
    return f"a {type(value).__name__} is not a JSON value{hint}"


@_python_class
class _ExtensionsError(Exception):
    """Raised while a wire form is built: the extension properties of `instance` cannot be
    written. The `to_dict` that was called reports them against its own schema, at the full path."""

    def __init__(self, instance: Payload, violations: list[Violation]) -> None:
        super().__init__(f"{instance.SCHEMA}: {'; '.join(str(v) for v in violations)}")
        self.instance = instance
        self.violations = violations

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.instance, self.violations), self.__dict__)


def _with_extensions(
    instance: Payload, wire: dict[str, Any], extensions: object, declared: frozenset[str]
) -> dict[str, Any]:
    """Adds extension properties to the wire form; one that repeats a declared property is refused."""
    if not isinstance(extensions, dict) or not declared.isdisjoint(extensions):
        raise _ExtensionsError(instance, _extensions_violations(extensions, declared))
    wire.update(extensions)
    return wire


def _extensions_violations(extensions: object, declared: frozenset[str]) -> list[Violation]:
    if not isinstance(extensions, dict):
        return [
            Violation(
                "",
                FORMAT_VIOLATION,
                f"extra_properties must be a dict of JSON values, not {_shown(extensions)}",
            )
        ]
    return [
        Violation(
            "/" + _pointer_token(key),
            OCCURRENCE_CONSTRAINT_VIOLATION,
            "extension property repeats a declared property; set the field instead",
        )
        for key in extensions
        if key in declared
    ]


def _path_in(root: Payload, target: Payload) -> str | None:
    """JSON pointer of `target` (found by identity) in the dataclass tree of `root`."""
    stack: list[tuple[object, str]] = [(root, "")]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, Payload):
            stack.extend(
                (getattr(node, name), f"{path}/{_pointer_token(wire)}")
                for name, wire in node.WIRE_NAMES.items()
            )
        elif isinstance(node, list):
            stack.extend((item, f"{path}/{index}") for index, item in enumerate(node))
    return None


Checker = Callable[[object, str, list[Violation]], None]


def _bind(
    cls: type[Payload],
    check: Checker,
    decode: Callable[[object], Any],
    to_wire: Callable[[Any], dict[str, Any]],
    fast_wire: Callable[[Any], dict[str, Any]],
) -> None:
    """Attaches a generated class's codec functions to it (called once, by `_codec`)."""
    # setattr: the class attributes are declared as the functions they are once bound, not as
    # the staticmethod objects that make them so, which a type checker refuses.
    setattr(cls, "_check", staticmethod(check))  # noqa: B010
    setattr(cls, "_decode", staticmethod(decode))  # noqa: B010
    setattr(cls, "_to_wire", staticmethod(to_wire))  # noqa: B010
    setattr(cls, "_fast_wire", staticmethod(fast_wire))  # noqa: B010
