"""Stage: the support report's rows and the package README's facts and examples, from the model
and the selection: nothing in either is written for one OCPP version only."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from .closure import Selection
from .model import (
    ArrayType,
    BooleanType,
    DateTimeType,
    EnumRef,
    IntegerType,
    Message,
    Model,
    NumberType,
    ObjectRef,
    ObjectType,
    StringType,
    ValueType,
)
from .naming import snake_case
from .profile import FRAME_TYPES

# The `rpc` class of each OCPP-J frame a profile may have.
FRAME_CLASSES = {
    "CALL": "Call",
    "CALLRESULT": "CallResult",
    "CALLERROR": "CallError",
    "CALLRESULTERROR": "CallResultError",
    "SEND": "Send",
}
assert tuple(FRAME_CLASSES) == FRAME_TYPES

# The README's session example runs as the CSMS: the directions whose requests it receives.
CSMS = "CSMS"
BOTH = "Both"


def _has_multiple_of(value: ValueType) -> bool:
    while isinstance(value, ArrayType):
        value = value.item
    return isinstance(value, NumberType) and value.multiple_of is not None


@dataclass(frozen=True)
class Row:
    name: str
    implemented: str  # yes / no
    direction: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OverrideRow:
    file: str
    pointer: str
    change: str
    reason: str


@dataclass(frozen=True)
class Decoded:
    """The README's decoding example: a request class and a required field path in it down to a
    scalar, e.g. `id_token.id_token`."""

    request: str
    path: str


@dataclass(frozen=True)
class Exchange:
    """A request and its response for the README's session example; `request_arguments` and
    `response_arguments` are Python source between the parentheses of their constructors."""

    request: str
    request_arguments: str
    response: str
    response_arguments: str
    handler: str  # a name for the function that handles the request


@dataclass(frozen=True)
class Report:
    package: str
    ocpp_version: str
    version: str
    message_count: str
    datatype_count: str
    enum_count: str
    messages: tuple[Row, ...]
    datatypes: tuple[Row, ...]
    enums: tuple[Row, ...]
    overrides: tuple[OverrideRow, ...]
    drafts: tuple[str, ...]  # of the implemented messages' schema files
    multiple_of: bool  # a field the build checks has a multipleOf (decided on decimal forms)
    always_included: tuple[str, ...]  # the types every object may carry, where the model has them
    frames: tuple[str, ...]  # the `rpc` classes of the profile's frames
    one_way: bool  # the profile has SEND frames
    one_way_example: str | None  # an implemented one-way message
    call_result_error: bool  # the profile has CALLRESULTERROR frames
    decoded: Decoded | None  # None: no implemented request the CSMS receives has one
    handled: Exchange | None  # an action the CSMS receives, None: none fits
    called: Exchange | None  # an action the CSMS sends, None: none fits


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _count(rows: list[Row]) -> str:
    return f"{sum(r.implemented == 'yes' for r in rows)}/{len(rows)}"


def _by_name(names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: (n.lower(), n))


def _received_by_csms(direction: str) -> bool:
    return direction == BOTH or direction.partition("->")[2] == CSMS


def _sent_by_csms(direction: str) -> bool:
    return direction == BOTH or direction.partition("->")[2] != CSMS


def _required(obj: ObjectType) -> int:
    return sum(f.required for f in obj.fields)


def _scalar_path(model: Model, obj: ObjectType) -> list[str] | None:
    """The names down the first required property that leads to a scalar through objects only."""
    for f in obj.fields:
        if not f.required:
            continue
        if isinstance(f.type, ObjectRef):
            below = _scalar_path(model, model.objects[f.type.name])
            if below is not None:
                return [f.name, *below]
        elif isinstance(f.type, (StringType, DateTimeType, IntegerType, BooleanType, EnumRef)):
            return [f.name]
    return None


def _decoded(model: Model, received: list[Message]) -> Decoded | None:
    """The first request the CSMS receives whose path goes through a nested object (it shows the
    dataclass tree), else the first with any path."""
    paths = [(m.request.name, _scalar_path(model, m.request)) for m in received]
    found = [(name, path) for name, path in paths if path is not None]
    found.sort(key=lambda item: len(item[1]) < 2)  # stable: action order within each kind
    return Decoded(found[0][0], ".".join(found[0][1])) if found else None


def _example_value(model: Model, t: ValueType) -> str | None:
    """Python source for a valid value of `t`, or None where no short one is written."""
    match t:
        case DateTimeType():
            return "datetime.now(timezone.utc)"
        case EnumRef(name):
            return f"{name}.{model.enums[name].members[0].name}"
        case BooleanType():
            return "True"
        case StringType(max_length):
            return repr("text"[:max_length])
        case IntegerType(minimum, maximum):
            value = max(0, math.ceil(minimum)) if minimum is not None else 0
            return str(value) if maximum is None or value <= maximum else None
        case _:
            return None


def _exchange(model: Model, message: Message, answered: bool) -> Exchange | None:
    """The exchange, with the response's required properties written out where `answered` (None
    if one of them cannot be)."""
    assert message.response is not None
    values = []
    for f in message.response.fields:
        if answered and f.required:
            value = _example_value(model, f.type)
            if value is None:
                return None
            values.append(f"{f.name}={value}")
    return Exchange(
        message.request.name,
        "..." if _required(message.request) else "",
        message.response.name,
        ", ".join(values),
        snake_case(message.action),
    )


def _simplest(model: Model, messages: list[Message], answered: bool) -> Exchange | None:
    """The exchange with the fewest required request properties; where `answered` (the example
    writes the response), then one whose response has some, the fewest; in action order among
    equals."""

    def rank(item: tuple[int, Message]) -> tuple[int, bool, int, int]:
        index, message = item
        response = _required(message.response) if answered and message.response else 0
        return (_required(message.request), answered and response == 0, response, index)

    for _, message in sorted(enumerate(messages), key=rank):
        exchange = _exchange(model, message, answered)
        if exchange is not None:
            return exchange
    return None


def build_report(selection: Selection) -> Report:
    model = selection.model
    implemented = {m.action for m in selection.messages}
    messages = []
    for m in model.messages:
        notes = []
        if m.seed_direction is not None:
            notes.append(f"direction corrected (reference table: {m.seed_direction})")
        if m.note is not None:
            notes.append(f"reference note: {m.note}")
        messages.append(
            Row(m.action, _yes_no(m.action in implemented), m.direction, "; ".join(notes))
        )
    chosen_objects = {o.name for o in selection.objects}
    chosen_enums = {e.name for e in selection.enums}

    def rows(names: list[str], chosen: set[str]) -> list[Row]:
        out = []
        for name in _by_name(names):
            users = selection.used_by.get(name, ())
            if name in selection.always_included:
                note = "always (every object may carry it)"
            else:
                note = ", ".join(a for a in users if a in implemented) if name in chosen else ""
            out.append(Row(name, _yes_no(name in chosen), notes=note))
        return out

    two_way = [m for m in selection.messages if m.response is not None]
    received = [m for m in two_way if _received_by_csms(m.direction)]
    datatypes = rows(list(model.objects), chosen_objects)
    enums = rows(list(model.enums), chosen_enums)
    return Report(
        package=model.package,
        ocpp_version=model.ocpp_version,
        version=model.version,
        message_count=_count(messages),
        datatype_count=_count(datatypes),
        enum_count=_count(enums),
        messages=tuple(messages),
        datatypes=tuple(datatypes),
        enums=tuple(enums),
        overrides=tuple(
            OverrideRow(
                o.file,
                o.pointer,
                "removed" if o.remove else f"set to `{json.dumps(o.value)}`",
                o.reason,
            )
            for o in model.overrides
        ),
        drafts=tuple(
            sorted(
                {
                    model.drafts[o.file].name
                    for m in selection.messages
                    for o in (m.request, m.response)
                    if o is not None
                }
                # a build without messages validates nothing; it says what its schemas are
                or {draft.name for draft in model.drafts.values()}
            )
        ),
        multiple_of=any(
            _has_multiple_of(field.type)
            for obj in (
                *selection.objects,
                *(o for m in selection.messages for o in (m.request, m.response) if o is not None),
            )
            for field in obj.fields
        ),
        always_included=selection.always_included,
        frames=tuple(FRAME_CLASSES[name] for name, _ in model.profile.frames),
        one_way=model.profile.frame("SEND") is not None,
        one_way_example=next(
            (m.request.name for m in selection.messages if m.response is None), None
        ),
        call_result_error=model.profile.frame("CALLRESULTERROR") is not None,
        decoded=_decoded(model, received),
        handled=_simplest(model, received, answered=True),
        called=_simplest(
            model,
            [m for m in two_way if _sent_by_csms(m.direction)],
            answered=False,
        ),
    )
