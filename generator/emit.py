"""Stage: turn the selected model into render views -- names, annotations and method bodies.

All decisions about generated code are made here, in Python; the templates only lay the
views out. Bodies are lists of source lines, indented relative to their function.
"""

from __future__ import annotations

import decimal
import textwrap
from dataclasses import dataclass
from typing import assert_never

from .closure import Selection
from .code import INDENT, Code
from .codec import (
    absent,
    annotation,
    check_body,
    decode_body,
    fast_check_body,
    fast_wire_body,
    literal,
    wire_body,
)
from .model import (
    AnyType,
    ArrayType,
    BooleanType,
    DateTimeType,
    EnumRef,
    EnumType,
    IntegerType,
    NumberType,
    ObjectRef,
    ObjectType,
    StringType,
    ValueType,
)
from .profile import FRAME_TYPES, Profile

# Docstring lines are wrapped to fit black's 100 columns with their indentation and quotes.
_DOC_WIDTH = 100 - len(INDENT) - len('"""')


def docstring(text: str | None) -> str | None:
    """Body of a triple-quoted literal whose value is `text`, long lines wrapped at word breaks."""
    if text is None:
        return None
    lines = []
    for line in text.split("\n"):
        lines += textwrap.wrap(
            line, _DOC_WIDTH, break_long_words=False, break_on_hyphens=False
        ) or [""]
    text = "\n".join(lines)
    out = []
    for index, ch in enumerate(text):
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"' and text[index + 1 : index + 2] in ('"', ""):
            out.append('\\"')  # no run of three quotes, and none before the closing ones
        elif ch == "\n" or (ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF):
            out.append(ch)
        else:
            out.append(ascii(ch)[1:-1])
    return "".join(out)


def _plural(count: int | float, word: str) -> str:
    return f"{count!r} {word}{'' if count == 1 else 's'}"


def _bounds(low: int | float | None, high: int | float | None) -> str | None:
    if low is not None and high is not None:
        return f"From {low!r} to {high!r}."
    if low is not None:
        return f"At least {low!r}."
    if high is not None:
        return f"At most {high!r}."
    return None


def constraints(t: ValueType) -> str | None:
    """What the schema limits about a value, in words, e.g. "At most 20 characters."."""
    match t:
        case StringType(max_length) | DateTimeType(max_length):
            return None if max_length is None else f"At most {_plural(max_length, 'character')}."
        case IntegerType(minimum, maximum) | NumberType(minimum, maximum):
            bounds = _bounds(minimum, maximum)
            if isinstance(t, NumberType) and t.multiple_of is not None:
                step = decimal.Decimal(t.multiple_of[0]) / decimal.Decimal(t.multiple_of[1])
                multiple = f"A multiple of {step} (as a decimal number)."
                return f"{bounds} {multiple}" if bounds else multiple
            return bounds
        case ArrayType(item, low, high):
            if low is not None and high is not None:
                count = (
                    f"{low} to {_plural(high, 'item')}."
                    if low != high
                    else f"Exactly {_plural(low, 'item')}."
                )
            elif low is not None:
                count = f"At least {_plural(low, 'item')}."
            elif high is not None:
                count = f"At most {_plural(high, 'item')}."
            else:
                count = ""
            each = constraints(item)
            if each is not None:
                count = f"{count} Each item: {each[0].lower()}{each[1:]}".strip()
            return count or None
        case BooleanType() | AnyType() | EnumRef() | ObjectRef():
            return None
        case _:
            assert_never(t)


def _paragraphs(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return "\n\n".join(kept) if kept else None


@dataclass(frozen=True)
class EnumMemberView:
    name: str
    value: str  # Python literal


@dataclass(frozen=True)
class EnumView:
    name: str
    doc: str | None
    members: tuple[EnumMemberView, ...]


@dataclass(frozen=True)
class FieldView:
    name: str
    annotation: str
    default: str | None  # Python expression, None for required fields
    doc: str | None


@dataclass(frozen=True)
class ClassView:
    """A declaration: what messages.py and datatypes.py show of a class."""

    name: str
    base: str  # Python expression: `Payload`, `Request["<Action>Response"]` for a request, `OneWay`
    doc: str | None
    fields: tuple[FieldView, ...]
    wire_names: tuple[tuple[str, str], ...]  # (field literal, wire literal)
    names: frozenset[str]  # what the declaration uses from elsewhere
    init: tuple[str, ...] = ()
    """An `__init__` of its own (parameters, then body lines), for a class the compiled build
    compiles: mypyc then compiles it too, where the dataclass's would stay interpreted; empty
    for the dataclass's."""


@dataclass(frozen=True)
class CodecView:
    """The functions `_codec.py` holds for one class: the full and the fast check, the decode,
    and the plain and the checked wire form."""

    name: str
    keys: str  # Python expression: the set of declared wire names
    check_body: tuple[str, ...]
    fast_check_body: tuple[str, ...]
    decode_body: tuple[str, ...]
    wire_body: tuple[str, ...]
    fast_wire_body: tuple[str, ...]
    names: frozenset[str]  # what the functions use from elsewhere


@dataclass(frozen=True)
class ImportView:
    module: str  # e.g. "._runtime", "typing"
    names: tuple[str, ...]


@dataclass(frozen=True)
class ModuleView:
    imports: tuple[ImportView, ...]
    classes: tuple[ClassView, ...]


@dataclass(frozen=True)
class CodecModuleView:
    imports: tuple[ImportView, ...]
    codecs: tuple[CodecView, ...]
    enums: tuple[str, ...]  # enumerations whose value lookups the codec needs
    messages: tuple[str, ...]  # message classes, for the table of checks
    empty_is_valid: tuple[str, ...]  # messages that require no property: `{}` is valid


@dataclass(frozen=True)
class ActionView:
    action: str
    request: str
    response: str  # class name, or "None" for a one-way message
    direction: str


@dataclass(frozen=True)
class OcppJView:
    """OCPP-J as the version profile gives it, for the `ocpp_j` module."""

    subprotocol: str  # Python literal
    frames: tuple[tuple[str, str], ...]  # (constant name, Python literal: its id, or None)
    message_types: str  # Python literal: the ids of the frames the version has, in order
    unknown_message_type: str  # Python literal: "answer" or "ignore"
    error_codes: tuple[tuple[str, str], ...]  # (constant name, Python literal: the code)
    codes: str  # Python literal: the distinct codes, sorted


# The constant `ocpp_j` holds for each frame of the profile (generator/profile.py FRAME_TYPES).
_FRAME_CONSTANTS = {
    "CALL": "CALL",
    "CALLRESULT": "CALL_RESULT",
    "CALLERROR": "CALL_ERROR",
    "CALLRESULTERROR": "CALL_RESULT_ERROR",
    "SEND": "SEND",
}
assert tuple(_FRAME_CONSTANTS) == FRAME_TYPES


def ocpp_j_view(profile: Profile) -> OcppJView:
    ids = dict(profile.frames)
    codes = sorted(set(code for _, code in profile.error_codes))
    return OcppJView(
        subprotocol=literal(profile.subprotocol),
        frames=tuple(
            (constant, repr(ids.get(frame))) for frame, constant in _FRAME_CONSTANTS.items()
        ),
        message_types=repr(tuple(i for _, i in profile.frames)),
        unknown_message_type=literal(profile.unknown_message_type),
        error_codes=tuple((role.upper(), literal(code)) for role, code in profile.error_codes),
        codes=f"frozenset({{{', '.join(literal(c) for c in codes)}}})",
    )


@dataclass(frozen=True)
class Views:
    package: str
    ocpp_version: str
    version: str
    enums: tuple[EnumView, ...]
    datatypes: ModuleView
    messages: ModuleView
    codec: CodecModuleView
    actions: tuple[ActionView, ...]
    not_implemented: tuple[tuple[str, str, int], ...]  # (schema name literal, action, matrix line)
    left_out_types: tuple[
        tuple[str, str], ...
    ]  # (type name literal, literal of the actions that use it)
    ocpp_j: OcppJView


def class_view(
    obj: ObjectType,
    used_by: tuple[str, ...] = (),
    response: str | None = None,
    compiled: bool = False,
    one_way: bool = False,
) -> ClassView:
    """The declaration of one class; `used_by` names the implemented messages using a data type,
    `response` the response class of a request, `one_way` a message never answered (OCPP 2.1
    SEND); `compiled`: a data type, which the compiled build compiles (setup.py), and which then
    gets an `__init__` of its own."""
    code = Code()
    code.use("dataclass")  # what the class template writes
    # A request names its response in its base class, `Request["ResetResponse"]`, so that type
    # checkers know what a call with it returns. The name is quoted because the response class
    # comes after the request in the module, and a base class is evaluated when it is defined.
    # A one-way message derives from `OneWay`, which only `Session.send` takes.
    if response is not None:
        base = f"{code.use('Request')}[{literal(response)}]"
    else:
        base = code.use("OneWay" if one_way else "Payload")
    fields = []
    for f in obj.fields:
        kind = annotation(f.type, code)
        optional = not f.required and not isinstance(f.type, AnyType)  # an absent Any is ABSENT
        fields.append(
            FieldView(
                name=f.name,
                annotation=f"{kind} | None" if optional else kind,
                default=None if f.required else absent(f.type, code),
                doc=docstring(_paragraphs(f.description, constraints(f.type))),
            )
        )
    if obj.extensible:
        fields.append(
            FieldView(
                name="extra_properties",
                annotation=f"dict[str, {code.use('Any')}]",
                default=f"{code.use('field')}(default_factory=dict)",
                doc="Properties beyond those the schema declares (vendor extensions), as decoded JSON.",
            )
        )
    fields.sort(key=lambda fv: fv.default is not None)
    init: list[str] = []
    if compiled:
        init.append("def __init__(")
        init.append(f"{INDENT}self,")
        init.append(f"{INDENT}*,")
        for fv in fields:
            if fv.name == "extra_properties":  # the dataclass's default_factory, written out
                init.append(f"{INDENT}extra_properties: {fv.annotation} | None = None,")
            else:
                default = "" if fv.default is None else f" = {fv.default}"
                init.append(f"{INDENT}{fv.name}: {fv.annotation}{default},")
        init.append(") -> None:")
        for fv in fields:
            value = fv.name
            if fv.name == "extra_properties":
                value = "{} if extra_properties is None else extra_properties"
            init.append(f"{INDENT}self.{fv.name} = {value}")
    return ClassView(
        name=obj.name,
        base=base,
        doc=docstring(
            _paragraphs(obj.description, f"Used by: {', '.join(used_by)}." if used_by else None)
        ),
        fields=tuple(fields),
        wire_names=tuple((literal(f.name), literal(f.wire)) for f in obj.fields),
        names=frozenset(code.names),
        init=tuple(init),
    )


def codec_view(obj: ObjectType, message: bool) -> CodecView:
    """The codec of a data type or (`message`) of a message class, which stays a Python class in
    the compiled build (setup.py)."""
    bodies = [
        check_body(obj),
        fast_check_body(obj),
        decode_body(obj, compiled=not message),
        wire_body(obj),
        fast_wire_body(obj, typed_reads=not message),
    ]
    layout = {"Violation", "Any", obj.name}  # the function signatures the codec template writes
    keys = ", ".join(literal(f.wire) for f in obj.fields)
    check, fast_check, decode, wire, fast_wire = (tuple(b.lines) for b in bodies)
    return CodecView(
        name=obj.name,
        keys=f"frozenset({{{keys}}})" if keys else "frozenset[str]()",
        check_body=check,
        fast_check_body=fast_check,
        decode_body=decode,
        wire_body=wire,
        fast_wire_body=fast_wire,
        names=frozenset(layout.union(*(b.names for b in bodies))),
    )


def enum_view(enum: EnumType) -> EnumView:
    return EnumView(
        name=enum.name,
        doc=docstring(enum.description),
        members=tuple(EnumMemberView(m.name, literal(m.value)) for m in enum.members),
    )


_STDLIB = (
    ("dataclasses", ("dataclass", "field")),
    ("datetime", ("datetime",)),
    ("typing", ("Any", "Final")),
)


def _imports(
    used: frozenset[str], own: set[str], sources: list[tuple[str, list[str]]]
) -> tuple[ImportView, ...]:
    """The imports of a module whose code uses `used` and defines `own`, from `sources` (module,
    names it offers)."""
    imports = []
    for module, names in [*_STDLIB, *sources]:
        wanted = sorted(n for n in names if n in used and n not in own)
        if wanted:
            imports.append(ImportView(module, tuple(wanted)))
    return tuple(imports)


def _declarations(classes: list[ClassView], sources: list[tuple[str, list[str]]]) -> ModuleView:
    used = frozenset().union(*(c.names for c in classes))
    return ModuleView(_imports(used, {c.name for c in classes}, sources), tuple(classes))


def build_views(selection: Selection, runtime_names: tuple[str, ...]) -> Views:
    """The views of the selection; `runtime_names` are what generated code may import from `._runtime`."""
    model = selection.model
    runtime = ("._runtime", list(runtime_names))
    message_objects = [
        o for m in selection.messages for o in (m.request, m.response) if o is not None
    ]
    implemented = {m.action for m in selection.messages}
    not_implemented: list[tuple[str, str, int]] = []
    for message in model.messages:
        if message.action not in implemented:
            for schema_type in (message.request, message.response):
                if schema_type is not None:
                    not_implemented.append(
                        (literal(schema_type.name), message.action, message.matrix_line)
                    )
    enums = [e.name for e in selection.enums]
    included = {o.name for o in selection.objects} | {e.name for e in selection.enums}
    datatypes = [
        class_view(
            o,
            (
                ()
                if o.name in selection.always_included
                else tuple(a for a in selection.used_by.get(o.name, ()) if a in implemented)
            ),
            compiled=True,
        )
        for o in selection.objects
    ]
    responses = {
        m.request.name: m.response.name for m in selection.messages if m.response is not None
    }
    one_way = {m.request.name for m in selection.messages if m.response is None}
    messages = [
        class_view(o, response=responses.get(o.name), one_way=o.name in one_way)
        for o in message_objects
    ]
    codecs = [codec_view(o, message=False) for o in selection.objects]  # compiled classes
    codecs += [codec_view(o, message=True) for o in message_objects]
    codec_names = frozenset().union(*(c.names for c in codecs))
    kinds = ("check", "fast_check", "decode", "wire", "fast_wire", "KEYS")
    codec_own = {f"_{kind}_{c.name}" for c in codecs for kind in kinds}
    codec_own |= {f"_ENUM_{e.name}" for e in selection.enums}
    return Views(
        package=model.package,
        ocpp_version=model.ocpp_version,
        version=model.version,
        enums=tuple(enum_view(e) for e in selection.enums),
        datatypes=_declarations(datatypes, [runtime, (".enums", enums)]),
        messages=_declarations(
            messages,
            [runtime, (".datatypes", [o.name for o in selection.objects]), (".enums", enums)],
        ),
        codec=CodecModuleView(
            imports=_imports(
                codec_names | {"Checker", "Final", "Payload", "_bind"} | set(enums),
                codec_own,
                [
                    runtime,
                    (".datatypes", [o.name for o in selection.objects]),
                    (".enums", enums),
                    (".messages", [o.name for o in message_objects]),
                ],
            ),
            codecs=tuple(codecs),
            enums=tuple(enums),
            messages=tuple(o.name for o in message_objects),
            empty_is_valid=tuple(
                o.name for o in message_objects if not any(f.required for f in o.fields)
            ),
        ),
        actions=tuple(
            ActionView(
                m.action, m.request.name, m.response.name if m.response else "None", m.direction
            )
            for m in selection.messages
        ),
        not_implemented=tuple(not_implemented),
        left_out_types=tuple(
            (literal(name), repr(selection.used_by.get(name, ())))
            for name in sorted((model.objects.keys() | model.enums.keys()) - included)
        ),
        ocpp_j=ocpp_j_view(model.profile),
    )
