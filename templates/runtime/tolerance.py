"""Strict by default, tolerant by declared policy: decoding payloads of stations that break the schema.

A `Policy` names what to tolerate: a kind of violation, narrowed to actions and to JSON pointers
(array positions written `*`). Decoding under a policy returns the instance together with every
violation it tolerated; anything else still raises `ValidationError`::

    policy = Policy.load("tolerate.json")
    request, tolerated = tolerant_loads(ResetRequest, text, policy)

Each kind has one repair:

    unknown-enum-value        kept as its string (a plain `str` where an enum member was expected)
    date-time-without-offset  read as UTC
    string-too-long           kept as it is
    unknown-property          dropped
    numeric-string            parsed as the number it spells
    missing-required          set to the value the policy gives for that pointer
    empty-array               an optional array sent empty: dropped, as if absent

Strict decoding stays as it is and runs first: a payload that passes it costs nothing more. Only
when it fails are its violations classified, each by the declared type at its pointer (read off
the dataclass annotations) and the value there, never by the text of its message. The tolerated
ones are repaired in a copy of the payload, which is decoded strictly again, until it passes or a
violation remains that the policy does not tolerate. A value kept against its schema (an enum
string, an overlong string) is put into the decoded instance afterwards, so encoding that
instance again fails as any invalid instance does: what goes out stays strict.

A policy file is JSON (the package has no dependencies, so no YAML)::

    {"tolerate": [
        {"kind": "unknown-enum-value", "actions": ["Reset"], "pointers": ["/type"]},
        {"kind": "missing-required", "actions": ["StatusNotification"],
         "pointers": ["/timestamp"], "value_from": "receipt-time",
         "reason": "firmware 1.2 of the Acme CS-7 leaves it out"}
    ]}

It is checked when it is loaded, with one-line errors: an unknown kind, an action this build
does not implement, a pointer that exists in no schema of the rule's actions (or names a value
of the wrong type for its kind), a value that its property would refuse.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import json
import os
import re
import types
import typing
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, NamedTuple, TypeVar, overload

from . import ACTIONS, MESSAGES, OCPP_VERSION, _message_class, _unknown, loads
from ._runtime import (
    _DATETIME_WITHOUT_OFFSET,
    _DECODER,
    ABSENT,
    FORMAT_VIOLATION,
    OCCURRENCE_CONSTRAINT_VIOLATION,
    PROPERTY_CONSTRAINT_VIOLATION,
    TYPE_CONSTRAINT_VIOLATION,
    MessageNotImplementedError,
    Payload,
    ValidationError,
    Violation,
    _datetime_or_none,
    _format_datetime,
    _is_integer,
    _json_loads,
    _pointer_token,
    _shown,
)

PayloadT = TypeVar("PayloadT", bound=Payload)

# -- Kinds ---------------------------------------------------------------------------------------

UNKNOWN_ENUM_VALUE = "unknown-enum-value"
DATE_TIME_WITHOUT_OFFSET = "date-time-without-offset"
STRING_TOO_LONG = "string-too-long"
UNKNOWN_PROPERTY = "unknown-property"
NUMERIC_STRING = "numeric-string"
MISSING_REQUIRED = "missing-required"
EMPTY_ARRAY = "empty-array"

TOLERABLE_KINDS: dict[str, str] = {
    UNKNOWN_ENUM_VALUE: "a string that is not a value of its enumeration: kept as its string",
    DATE_TIME_WITHOUT_OFFSET: "a date-time without time offset: read as UTC",
    STRING_TOO_LONG: "a string over its maxLength: kept as it is",
    UNKNOWN_PROPERTY: "a property the schema does not declare: dropped",
    NUMERIC_STRING: "a number sent as a string of digits: parsed",
    MISSING_REQUIRED: "a required property left out: set to the value the policy gives",
    EMPTY_ARRAY: "an optional array sent empty under minItems: dropped, as if absent",
}
"""The kinds a policy may name, with their repairs."""

WRONG_TYPE = "wrong-type"
NOT_A_DATE_TIME = "not-a-date-time"
OUT_OF_RANGE = "out-of-range"
ITEM_COUNT = "item-count"
NOT_AN_OBJECT = "not-an-object"
OTHER = "other"

OTHER_KINDS: dict[str, str] = {
    WRONG_TYPE: "a value of the wrong JSON type (other than a numeric string)",
    NOT_A_DATE_TIME: "a string that is no date-time, even read as UTC (or a day that does not exist)",
    OUT_OF_RANGE: "a number below its minimum or above its maximum",
    ITEM_COUNT: "an array with too few or too many items (other than an optional one sent empty)",
    NOT_AN_OBJECT: "a payload that is not a JSON object, or not JSON text",
    OTHER: "anything else",
}
"""The kinds a violation may be classified as that no policy tolerates: no repair is certain."""

RECEIPT_TIME = "receipt-time"
"""`value_from` of a missing-required rule: the time the payload is decoded, in UTC."""

# -- What the declarations say: field types off the dataclass annotations ------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class _Field:
    name: str
    """The Python attribute."""
    wire: str
    shape: Any
    """The annotation without `| None`: str, datetime, int, float, bool, Any, an enum class, a
    Payload class, or list[...] of one of those."""
    required: bool


_FIELDS: dict[type[Payload], dict[str, _Field]] = {}


def _fields(cls: type[Payload]) -> dict[str, _Field]:
    """Wire name -> field of a generated class, read once from its annotations."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        wire_names = cls.WIRE_NAMES
        found = {}
        for field in dataclasses.fields(cls):  # type: ignore[arg-type]
            wire = wire_names.get(field.name)
            if wire is None:  # extra_properties of customData
                continue
            required = (
                field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING
            )
            found[wire] = _Field(field.name, wire, _without_none(hints[field.name]), required)
        _FIELDS[cls] = found
    return found


def _without_none(annotation: Any) -> Any:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        left = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if set(left) == {float, int}:  # a JSON number field: `float | int` keeps 71 an int
            return float
        return left[0] if len(left) == 1 else annotation
    return annotation


def _is_object(shape: Any) -> bool:
    return isinstance(shape, type) and issubclass(shape, Payload)


def _is_enum(shape: Any) -> bool:
    return isinstance(shape, type) and issubclass(shape, Enum)


def _is_list(shape: Any) -> bool:
    return typing.get_origin(shape) is list


def _item(shape: Any) -> Any:
    return typing.get_args(shape)[0]


def _extensible(cls: type[Payload]) -> bool:
    return any(field.name == "extra_properties" for field in dataclasses.fields(cls))  # type: ignore[arg-type]


def _describe_shape(shape: Any) -> str:
    if _is_object(shape):
        return f"an object ({shape.__name__})"
    if _is_enum(shape):
        return f"an enumeration ({shape.__name__})"
    if _is_list(shape):
        return "an array"
    if shape is datetime:
        return "a date-time"
    if shape is str:
        return "a string"
    if shape is int:
        return "an integer"
    if shape is float:
        return "a number"
    if shape is bool:
        return "a boolean"
    return "any JSON value"


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _tokens(pointer: str) -> list[str]:
    return [_unescape(token) for token in pointer.split("/")[1:]] if pointer else []


# -- Policies ------------------------------------------------------------------------------------


class PolicyError(ValueError):
    """A policy that cannot be used, said in one line: where, and what is wrong."""


_RULE_KEYS = ("kind", "actions", "pointers", "value", "value_from", "reason")
_POLICY_KEYS = ("tolerate", "description")


@dataclasses.dataclass(frozen=True, slots=True, init=False)
class Rule:
    """Tolerate violations of one `kind`, in the payloads of `actions` (requests and responses;
    None: every action) at `pointers` (None: anywhere). A missing-required rule names its
    pointers and supplies the value: `value` (a JSON value) or `value_from="receipt-time"`."""

    kind: str
    actions: tuple[str, ...] | None
    pointers: tuple[str, ...] | None
    value: Any
    """The JSON value a missing-required rule puts in place; ABSENT for the other kinds."""
    value_from: str | None
    reason: str
    """Why the rule is there, for people (shown nowhere else)."""

    def __init__(
        self,
        kind: str,
        *,
        actions: Iterable[str] | None = None,
        pointers: Iterable[str] | None = None,
        value: Any = ABSENT,
        value_from: str | None = None,
        reason: str = "",
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "kind", kind)
        set_field(self, "actions", _strings(actions, "actions"))
        set_field(self, "pointers", _strings(pointers, "pointers"))
        set_field(self, "value", value)
        set_field(self, "value_from", value_from)
        set_field(self, "reason", reason)
        _check_rule(self)

    def to_dict(self) -> dict[str, Any]:
        """The rule as a policy file writes it."""
        written: dict[str, Any] = {"kind": self.kind}
        if self.actions is not None:
            written["actions"] = list(self.actions)
        if self.pointers is not None:
            written["pointers"] = list(self.pointers)
        if self.value is not ABSENT:
            written["value"] = self.value
        if self.value_from is not None:
            written["value_from"] = self.value_from
        if self.reason:
            written["reason"] = self.reason
        return written


def _strings(values: Iterable[str] | None, what: str) -> tuple[str, ...] | None:
    if values is None:
        return None
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise PolicyError(f"{what} is a list of strings, not {_shown(values)}")
    listed = tuple(values)
    for value in listed:
        if not isinstance(value, str):
            raise PolicyError(f"{what} is a list of strings; {_shown(value)} is not a string")
    if not listed:
        raise PolicyError(
            f"{what} is empty, so the rule would never apply; leave it out to mean all"
        )
    return listed


@dataclasses.dataclass(frozen=True, slots=True, init=False)
class Policy:
    """What to tolerate in incoming payloads: a tuple of `Rule`s. Empty (`STRICT`) by default."""

    rules: tuple[Rule, ...]

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        listed = tuple(rules)
        for rule in listed:
            if not isinstance(rule, Rule):
                raise PolicyError(f"a policy holds Rules, not {_shown(rule)}")
        object.__setattr__(self, "rules", listed)

    def __bool__(self) -> bool:
        return bool(self.rules)

    @classmethod
    def from_dict(cls, data: object, *, source: str = "policy") -> Policy:
        """The policy a decoded policy file holds: ``{"tolerate": [rule, ...]}``; raises
        PolicyError naming `source` and the rule (counted from 1)."""
        if not isinstance(data, Mapping):
            raise PolicyError(f'{source}: a policy is a JSON object {{"tolerate": [...]}}')
        unknown = [key for key in data if key not in _POLICY_KEYS]
        if unknown:
            raise PolicyError(
                f"{source}: unknown key {_shown(unknown[0])}; a policy has {_listed(_POLICY_KEYS)}"
            )
        if "tolerate" not in data:
            raise PolicyError(f'{source}: no "tolerate" list')
        rules = data["tolerate"]
        if not isinstance(rules, list):
            raise PolicyError(f'{source}: "tolerate" is a list of rules, not {_shown(rules)}')
        made: list[Rule] = []
        for number, rule in enumerate(rules, 1):
            made.append(_rule_from_dict(rule, f"{source}: rule {number}"))
        return cls(made)

    @classmethod
    def from_json(cls, text: str | bytes, *, source: str = "policy") -> Policy:
        """The policy in JSON text; raises PolicyError."""
        try:
            data = json.loads(text, object_pairs_hook=_no_repeated_keys)
        except json.JSONDecodeError as error:
            raise PolicyError(
                f"{source}:{error.lineno}:{error.colno}: not JSON: {error.msg}"
            ) from None
        except (ValueError, RecursionError) as error:  # a repeated key, not UTF-8, too deep
            raise PolicyError(
                f"{source}: not a policy: {str(error) or 'nested too deeply'}"
            ) from None
        return cls.from_dict(data, source=source)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Policy:
        """The policy in the JSON file at `path`; raises PolicyError (for a file that cannot be
        read too)."""
        source = os.fspath(path)
        try:
            with open(source, "rb") as file:
                text = file.read()
        except OSError as error:
            raise PolicyError(f"cannot read {source}: {error.strerror or error}") from None
        return cls.from_json(text, source=source)

    def to_dict(self) -> dict[str, Any]:
        """The policy as a policy file holds it."""
        return {"tolerate": [rule.to_dict() for rule in self.rules]}


STRICT = Policy()
"""Tolerates nothing: decoding under it is strict decoding."""


def _listed(names: Iterable[str]) -> str:
    return ", ".join(repr(name) for name in names)


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"the key {_shown(key)} appears twice in one object")
        found[key] = value
    return found


def _rule_from_dict(data: object, where: str) -> Rule:
    if not isinstance(data, Mapping):
        raise PolicyError(f'{where}: a rule is a JSON object with a "kind", not {_shown(data)}')
    unknown = [key for key in data if key not in _RULE_KEYS]
    if unknown:
        raise PolicyError(
            f"{where}: unknown key {_shown(unknown[0])}; a rule has {_listed(_RULE_KEYS)}"
        )
    if "kind" not in data:
        raise PolicyError(f'{where}: no "kind"; one of {_listed(TOLERABLE_KINDS)}')
    kind = data["kind"]
    if isinstance(kind, str):
        where = f"{where} ({kind})"
    value_from = data.get("value_from")
    reason = data.get("reason", "")
    try:
        if value_from is not None and not isinstance(value_from, str):
            raise PolicyError(f"value_from is {RECEIPT_TIME!r}, not {_shown(value_from)}")
        if not isinstance(reason, str):
            raise PolicyError(f"reason is a string, not {_shown(reason)}")
        return Rule(
            kind,
            actions=data.get("actions"),
            pointers=data.get("pointers"),
            value=data.get("value", ABSENT),
            value_from=value_from,
            reason=reason,
        )
    except PolicyError as error:
        raise PolicyError(f"{where}: {error}") from None


# -- Checking a rule against this build's schemas --------------------------------------------------


class _Place(NamedTuple):
    """Where a schema pointer leads in one message class."""

    parent: type[Payload] | None
    """The object holding the property (None inside an array)."""
    field: _Field | None
    shape: Any
    """The declared type there; None for a property the object does not declare."""


def _resolve(cls: type[Payload], tokens: list[str]) -> _Place | None:
    place = _Place(None, None, cls)
    for index, token in enumerate(tokens):
        shape = place.shape
        if _is_object(shape):
            field = _fields(shape).get(token)
            if field is None:
                last = index == len(tokens) - 1
                return _Place(shape, None, None) if last and not _extensible(shape) else None
            place = _Place(shape, field, field.shape)
        elif _is_list(shape) and token == "*":
            place = _Place(None, None, _item(shape))
        else:
            return None
    return place


def _schema_pointers(cls: type[Payload]) -> list[str]:
    """Every schema pointer into `cls` (for suggestions)."""
    found: list[str] = []
    stack: list[tuple[Any, str, int]] = [(cls, "", 0)]
    while stack:
        shape, pointer, depth = stack.pop()
        found.append(pointer)
        if depth > 32:  # the schemas nest 6 deep; a recursive type would not end
            continue
        if _is_object(shape):
            for wire, field in _fields(shape).items():
                stack.append((field.shape, f"{pointer}/{_pointer_token(wire)}", depth + 1))
        elif _is_list(shape):
            stack.append((_item(shape), pointer + "/*", depth + 1))
    return found


def _check_rule(rule: Rule) -> None:
    kind = rule.kind
    if not isinstance(kind, str) or kind not in TOLERABLE_KINDS:
        if isinstance(kind, str) and kind in OTHER_KINDS:
            raise PolicyError(
                f"the kind {kind!r} cannot be tolerated (no repair is certain); "
                f"tolerable kinds: {_listed(TOLERABLE_KINDS)}"
            )
        close = (
            difflib.get_close_matches(kind, TOLERABLE_KINDS, n=1) if isinstance(kind, str) else []
        )
        hint = f"did you mean {close[0]!r}?" if close else f"one of {_listed(TOLERABLE_KINDS)}"
        raise PolicyError(f"unknown kind {_shown(kind)}; {hint}")
    classes = _classes_of(rule.actions)
    supplies = rule.value is not ABSENT or rule.value_from is not None
    if kind == MISSING_REQUIRED:
        if rule.pointers is None:
            raise PolicyError(
                "a missing-required rule names the pointers of the properties it supplies"
            )
        if rule.value is not ABSENT and rule.value_from is not None:
            raise PolicyError("give either value or value_from, not both")
        if not supplies:
            raise PolicyError(
                f'a missing-required rule supplies the value: "value" (JSON) or '
                f'"value_from": {RECEIPT_TIME!r}'
            )
        if rule.value_from is not None and rule.value_from != RECEIPT_TIME:
            raise PolicyError(f"value_from is {RECEIPT_TIME!r}, not {_shown(rule.value_from)}")
    elif supplies:
        raise PolicyError(f"only a missing-required rule supplies a value, not a {kind} rule")
    if not isinstance(rule.reason, str):
        raise PolicyError(f"reason is a string, not {_shown(rule.reason)}")
    for pointer in rule.pointers or ():
        _check_pointer(rule, pointer, classes)


def _classes_of(actions: tuple[str, ...] | None) -> list[type[Payload]]:
    if actions is None:
        return list(MESSAGES.values())
    classes: list[type[Payload]] = []
    for action in actions:
        known = ACTIONS.get(action)
        if known is None:
            raise PolicyError(_no_such_action(action))
        classes.append(known.request)
        if known.response is not None:
            classes.append(known.response)
    return classes


def _no_such_action(action: str) -> str:
    error = _unknown(action + "Request")
    if isinstance(error, MessageNotImplementedError):
        return f"the action {action!r} is not implemented by this build"
    names = {schema.removesuffix("Request").removesuffix("Response") for schema in MESSAGES}
    close = difflib.get_close_matches(action, sorted(names), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"{_shown(action)} is not an OCPP {OCPP_VERSION} action{hint}"


_ARRAY_POSITION = re.compile(r"/(\d+)(?=/|$)")


def _check_pointer(rule: Rule, pointer: str, classes: list[type[Payload]]) -> None:
    if pointer and not pointer.startswith("/"):
        raise PolicyError(f"the pointer {_shown(pointer)} does not start with '/'")
    if re.search(r"~(?![01])", pointer):
        raise PolicyError(f"the pointer {_shown(pointer)} has a '~' not followed by 0 or 1")
    tokens = _tokens(pointer)
    places = [(cls, place) for cls in classes if (place := _resolve(cls, tokens)) is not None]
    declared = [(cls, place) for cls, place in places if place.shape is not None]
    if not declared and not (rule.kind == UNKNOWN_PROPERTY and places):
        scope = (
            "this build"
            if rule.actions is None
            else f"{', '.join(rule.actions)} ({', '.join(c.SCHEMA for c in classes)})"
        )
        starred = _ARRAY_POSITION.sub("/*", pointer)
        if starred != pointer and any(_resolve(cls, _tokens(starred)) for cls in classes):
            raise PolicyError(f"the pointer {pointer!r}: write array positions as '*': {starred!r}")
        every = sorted({p for cls in classes for p in _schema_pointers(cls) if p})
        close = difflib.get_close_matches(pointer, every, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise PolicyError(f"the pointer {_shown(pointer)} exists in no schema of {scope}{hint}")
    fitting = [(cls, place) for cls, place in places if _fits(rule.kind, place)]
    if not fitting:
        cls, place = places[0]
        what = (
            "a property it does not declare"
            if place.shape is None
            else _describe_shape(place.shape)
        )
        if place.field is not None and rule.kind in (MISSING_REQUIRED, EMPTY_ARRAY):
            what = f"{what}, {'required' if place.field.required else 'optional'}"
        raise PolicyError(
            f"the pointer {pointer!r} is {what} in {cls.SCHEMA}, where {rule.kind} needs {_NEEDS[rule.kind]}"
        )
    if rule.kind == MISSING_REQUIRED:
        for cls, place in fitting:
            _check_value(rule, pointer, cls, place)


_NEEDS = {
    UNKNOWN_ENUM_VALUE: "an enumeration",
    DATE_TIME_WITHOUT_OFFSET: "a date-time",
    STRING_TOO_LONG: "a string",
    UNKNOWN_PROPERTY: "an object (any property it does not declare) or a property it does not declare",
    NUMERIC_STRING: "an integer or a number",
    MISSING_REQUIRED: "a required property",
    EMPTY_ARRAY: "an optional array",
}


def _fits(kind: str, place: _Place) -> bool:
    shape = place.shape
    if kind == UNKNOWN_PROPERTY:
        return shape is None or _is_object(shape)
    if shape is None:
        return False
    if kind == UNKNOWN_ENUM_VALUE:
        return _is_enum(shape)
    if kind == DATE_TIME_WITHOUT_OFFSET:
        return shape is datetime
    if kind == STRING_TOO_LONG:
        return shape is str
    if kind == NUMERIC_STRING:
        return shape is int or shape is float
    if kind == MISSING_REQUIRED:
        return place.field is not None and place.field.required
    if kind == EMPTY_ARRAY:
        return place.field is not None and not place.field.required and _is_list(shape)
    return False


def _check_value(rule: Rule, pointer: str, cls: type[Payload], place: _Place) -> None:
    assert place.parent is not None and place.field is not None  # a required property
    if rule.value_from is not None:
        if place.shape is not datetime:
            raise PolicyError(
                f"value_from {RECEIPT_TIME!r} gives a date-time, and {pointer!r} in {cls.SCHEMA}"
                f" is {_describe_shape(place.shape)}"
            )
        return
    wire = place.field.wire
    errors: list[Violation] = []
    place.parent._check({wire: rule.value}, "", errors)
    own = "/" + _pointer_token(wire)
    for violation in errors:
        if violation.path == own or violation.path.startswith(own + "/"):
            inner = violation.path[len(own) :]
            narrow = "; name the rule's actions" if rule.actions is None else ""
            raise PolicyError(
                f"the value {_shown(rule.value)} for {pointer!r} in {cls.SCHEMA} is invalid"
                f"{' at ' + inner if inner else ''}: {violation.message}{narrow}"
            )


# -- Decoding under a policy ---------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Tolerated:
    """A violation that a policy tolerated, and what was done about it."""

    violation: Violation
    """What strict decoding reported."""
    kind: str
    repair: str
    """What was done, for people: e.g. "kept as the string 'Hard'"."""

    @property
    def path(self) -> str:
        return self.violation.path

    def __str__(self) -> str:
        return (
            f"{self.kind} at {self.violation.path or '/'}: {self.violation.message}; {self.repair}"
        )


class Tolerant(NamedTuple, typing.Generic[PayloadT]):
    """What decoding under a policy returns: the instance, and what was tolerated to get it."""

    instance: PayloadT
    tolerated: list[Tolerated]


_ACTION_OF: dict[type[Payload], str] = {}
for _action in ACTIONS.values():
    _ACTION_OF[_action.request] = _action.name
    if _action.response is not None:
        _ACTION_OF[_action.response] = _action.name
del _action


@overload
def tolerant_decode(
    schema: type[PayloadT], payload: object, policy: Policy
) -> Tolerant[PayloadT]: ...
@overload
def tolerant_decode(schema: str, payload: object, policy: Policy) -> Tolerant[Payload]: ...


def tolerant_decode(schema: type[Payload] | str, payload: object, policy: Policy) -> Tolerant[Any]:
    """Decodes a JSON-decoded payload as `schema` (a message class, or its schema name), with
    the violations `policy` tolerates repaired; raises ValidationError listing the violations
    that remain. The payload itself is not changed."""
    cls = _schema_class(schema)
    try:
        return Tolerant(cls.from_dict(payload), [])
    except ValidationError:
        if not policy:
            raise
    instance, tolerated, errors = _review(cls, payload, policy)
    if errors:
        raise ValidationError(cls.SCHEMA, [violation for violation, _ in errors])
    return Tolerant(instance, tolerated)


@overload
def tolerant_loads(
    schema: type[PayloadT], data: str | bytes | bytearray, policy: Policy
) -> Tolerant[PayloadT]: ...
@overload
def tolerant_loads(
    schema: str, data: str | bytes | bytearray, policy: Policy
) -> Tolerant[Payload]: ...


def tolerant_loads(
    schema: type[Payload] | str, data: str | bytes | bytearray, policy: Policy
) -> Tolerant[Any]:
    """`loads` under a policy: text that is not JSON is a FormatViolation, as for `loads`."""
    cls = _schema_class(schema)
    try:
        return Tolerant(loads(cls.SCHEMA, data), [])
    except ValidationError as error:
        if not policy or any(v.code == FORMAT_VIOLATION for v in error.violations):
            raise
    return tolerant_decode(cls, _json_loads(data), policy)  # JSON, since loads read it


def kind_of(schema: type[Payload] | str, payload: object, violation: Violation) -> str:
    """The kind of `violation`, one that strict decoding of `payload` as `schema` reported: a key
    of TOLERABLE_KINDS or of OTHER_KINDS."""
    return _classify(_schema_class(schema), payload, violation).kind


def _schema_class(schema: type[Payload] | str) -> type[Payload]:
    if isinstance(schema, str):
        return _message_class(schema)
    if not (isinstance(schema, type) and issubclass(schema, Payload)):
        raise TypeError(f"a message class or schema name, not {_shown(schema)}")
    return schema


@dataclasses.dataclass(slots=True)
class _Spot:
    """Where a violation is, and what kind it is."""

    kind: str
    pointer: str
    """The schema pointer: array positions as `*`."""
    object_pointer: str | None = None
    """For a property: the schema pointer of the object holding it."""
    container: Any = None
    """The dict or list holding the value (in the payload being repaired)."""
    key: Any = None
    shape: Any = None
    value: Any = ABSENT
    number: Any = None
    """A numeric string's number."""


_NUMERIC = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?", re.ASCII)
_MAX_PASSES = 8
"""Repairs per payload are decoded again at most this often (each pass repairs; three suffice)."""


def _classify(cls: type[Payload], payload: object, violation: Violation) -> _Spot:
    if violation.code == FORMAT_VIOLATION or not violation.path:
        return _Spot(NOT_AN_OBJECT, "")
    tokens = _tokens(violation.path)
    shape: Any = cls
    value: Any = payload
    pointer = ""
    for token in tokens[:-1]:
        if _is_object(shape) and isinstance(value, dict):
            field = _fields(shape).get(token)
            if field is None or token not in value:
                return _Spot(OTHER, violation.path)
            shape, value = field.shape, value[token]
            pointer += "/" + _pointer_token(token)
        elif _is_list(shape) and isinstance(value, list) and _is_index(token, value):
            shape, value = _item(shape), value[int(token)]
            pointer += "/*"
        else:
            return _Spot(OTHER, violation.path)
    last = tokens[-1]
    code = violation.code
    if _is_object(shape) and isinstance(value, dict):
        field = _fields(shape).get(last)
        own = f"{pointer}/{_pointer_token(last)}"
        if field is None:
            if last in value and code == OCCURRENCE_CONSTRAINT_VIOLATION:
                return _Spot(UNKNOWN_PROPERTY, own, pointer, value, last)
            return _Spot(OTHER, own)
        if last not in value:
            kind = (
                MISSING_REQUIRED
                if field.required and code == OCCURRENCE_CONSTRAINT_VIOLATION
                else OTHER
            )
            return _Spot(kind, own, pointer, value, last, field.shape)
        item = value[last]
        spot = _Spot(OTHER, own, pointer, value, last, field.shape, item)
        _classify_value(spot, code, field.required)
        return spot
    if _is_list(shape) and isinstance(value, list) and _is_index(last, value):
        spot = _Spot(OTHER, pointer + "/*", None, value, int(last), _item(shape), value[int(last)])
        _classify_value(spot, code, True)
        return spot
    return _Spot(OTHER, violation.path)


def _is_index(token: str, array: list[Any]) -> bool:
    return token.isascii() and token.isdigit() and int(token) < len(array)


def _classify_value(spot: _Spot, code: str, required: bool) -> None:
    """Sets the kind of a violation by the value `spot.value` of declared type `spot.shape`."""
    shape, value = spot.shape, spot.value
    if _is_list(shape):
        if not isinstance(value, list):
            spot.kind = WRONG_TYPE
        elif code == OCCURRENCE_CONSTRAINT_VIOLATION:
            spot.kind = EMPTY_ARRAY if not value and not required else ITEM_COUNT
        return
    if _is_object(shape) or shape is bool:
        spot.kind = WRONG_TYPE if code == TYPE_CONSTRAINT_VIOLATION else OTHER
        return
    if not isinstance(value, str):
        if shape in (int, float) and code == PROPERTY_CONSTRAINT_VIOLATION:
            spot.kind = OUT_OF_RANGE
        elif code == TYPE_CONSTRAINT_VIOLATION:
            spot.kind = WRONG_TYPE
        return
    if code == TYPE_CONSTRAINT_VIOLATION:
        spot.kind = WRONG_TYPE
        if (shape is int or shape is float) and _NUMERIC.fullmatch(value):
            try:
                number = _DECODER.decode(value)
            except ValueError:  # beyond the float range, or more digits than Python reads
                return
            if shape is float or _is_integer(number):
                spot.kind, spot.number = NUMERIC_STRING, number
        return
    if code != PROPERTY_CONSTRAINT_VIOLATION:
        return
    if _is_enum(shape):
        spot.kind = UNKNOWN_ENUM_VALUE
    elif shape is str:  # maxLength is the only constraint a plain string has
        spot.kind = STRING_TOO_LONG
    elif shape is datetime:
        spot.kind = NOT_A_DATE_TIME
        if _DATETIME_WITHOUT_OFFSET.fullmatch(value.upper()) and _as_utc(value) is not None:
            spot.kind = DATE_TIME_WITHOUT_OFFSET


def _as_utc(value: str) -> str | None:
    text = value.rstrip("\n") + "Z"
    return text if _datetime_or_none(text) is not None else None


def _rule_for(policy: Policy, action: str | None, spot: _Spot) -> Rule | None:
    for rule in policy.rules:
        if rule.kind != spot.kind:
            continue
        if rule.actions is not None and action not in rule.actions:
            continue
        if rule.pointers is not None and not (
            spot.pointer in rule.pointers
            or (spot.kind == UNKNOWN_PROPERTY and spot.object_pointer in rule.pointers)
        ):
            continue
        return rule
    return None


def _review(
    cls: type[Payload], payload: object, policy: Policy
) -> tuple[Any, list[Tolerated], list[tuple[Violation, str]]]:
    """Decodes `payload` under `policy`: the instance (None when violations remain), what was
    tolerated, and the violations that remain with their kinds."""
    action = _ACTION_OF.get(cls)
    working = copy.deepcopy(payload)
    tolerated: list[Tolerated] = []
    kept: list[tuple[list[str], Any]] = []  # values put back after decoding: (tokens, value)
    for _ in range(_MAX_PASSES):
        try:
            instance = cls.from_dict(working)
        except ValidationError as error:
            violations = error.violations
        else:
            for tokens, value in kept:
                _put_back(instance, tokens, value)
            return instance, tolerated, []
        spots = [(violation, _classify(cls, working, violation)) for violation in violations]
        remaining = [
            (violation, spot.kind)
            for violation, spot in spots
            if _rule_for(policy, action, spot) is None
        ]
        for violation, spot in spots:
            rule = _rule_for(policy, action, spot)
            if rule is None:
                continue
            repair = _repair(spot, rule)
            if spot.kind in (UNKNOWN_ENUM_VALUE, STRING_TOO_LONG):
                kept.append((_tokens(violation.path), spot.value))
            tolerated.append(Tolerated(violation, spot.kind, repair))
        if remaining:  # the tolerated ones are listed too, for `validate --tolerate`
            return None, tolerated, remaining
    return None, tolerated, [(violation, OTHER) for violation in violations]


def _repair(spot: _Spot, rule: Rule) -> str:
    """Repairs the payload at `spot`; says what was done."""
    container, key, value = spot.container, spot.key, spot.value
    kind = spot.kind
    if kind == UNKNOWN_ENUM_VALUE:
        container[key] = next(iter(spot.shape)).value  # a stand-in, replaced after decoding
        return f"kept as the string {_shown(value)}"
    if kind == STRING_TOO_LONG:
        container[key] = ""  # a stand-in, replaced after decoding
        return f"kept as it is ({len(value)} characters)"
    if kind == DATE_TIME_WITHOUT_OFFSET:
        container[key] = _as_utc(value)
        return f"read as UTC: {container[key].rstrip()!r}"
    if kind == NUMERIC_STRING:
        container[key] = spot.number
        return f"read as the number {_shown(spot.number)}"
    if kind in (UNKNOWN_PROPERTY, EMPTY_ARRAY):
        del container[key]
        return "dropped"
    if kind == MISSING_REQUIRED:
        if rule.value_from == RECEIPT_TIME:
            container[key] = _format_datetime(datetime.now(UTC))
            return f"set to the time of receipt, {container[key]}"
        container[key] = copy.deepcopy(rule.value)
        return f"set to {_shown(rule.value)} by the policy"
    raise AssertionError(kind)  # only the tolerable kinds have rules


def _put_back(instance: Payload, tokens: list[str], value: Any) -> None:
    """Puts a value kept against its schema where the stand-in was decoded."""
    node: Any = instance
    for index, token in enumerate(tokens):
        last = index == len(tokens) - 1
        if isinstance(node, Payload):
            name = _fields(type(node))[token].name
            if last:
                setattr(node, name, value)
            else:
                node = getattr(node, name)
        else:
            if last:
                node[int(token)] = value
            else:
                node = node[int(token)]


__all__ = [
    "DATE_TIME_WITHOUT_OFFSET",
    "EMPTY_ARRAY",
    "MISSING_REQUIRED",
    "NUMERIC_STRING",
    "OTHER_KINDS",
    "Policy",
    "PolicyError",
    "RECEIPT_TIME",
    "Rule",
    "STRICT",
    "STRING_TOO_LONG",
    "TOLERABLE_KINDS",
    "Tolerant",
    "Tolerated",
    "UNKNOWN_ENUM_VALUE",
    "UNKNOWN_PROPERTY",
    "kind_of",
    "tolerant_decode",
    "tolerant_loads",
]
