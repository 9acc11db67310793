"""Stage: turn the selected model into render views -- names, annotations and method bodies.

All decisions about generated code are made here, in Python; the templates only lay the
views out. Bodies are lists of source lines, indented relative to their function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .closure import Selection
from .load import escape_pointer
from .model import EnumType, Field, Message, ObjectType, TypeRef

_IDENTITY = frozenset({"string", "number", "boolean", "any"})
_INDENT = "    "


def docstring(text: str | None) -> str | None:
    """Body of a triple-quoted literal whose value is exactly `text`."""
    if text is None:
        return None
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n" or (ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF):
            out.append(ch)
        else:
            out.append(ascii(ch)[1:-1])
    return "".join(out)


def literal(text: str) -> str:
    return repr(text)


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
    name: str
    doc: str | None
    fields: tuple[FieldView, ...]
    wire_names: tuple[tuple[str, str], ...]  # (field literal, wire literal)
    keys: str  # Python expression: the set of declared wire names
    check_body: tuple[str, ...]
    build_body: tuple[str, ...]
    dump_body: tuple[str, ...]


@dataclass(frozen=True)
class ImportView:
    module: str  # e.g. "._runtime", "typing"
    names: tuple[str, ...]


@dataclass(frozen=True)
class ModuleView:
    imports: tuple[ImportView, ...]
    classes: tuple[ClassView, ...]


@dataclass(frozen=True)
class ActionView:
    action: str
    request: str
    response: str
    direction: str


@dataclass(frozen=True)
class Views:
    package: str
    ocpp_version: str
    version: str
    enums: tuple[EnumView, ...]
    datatypes: ModuleView
    messages: ModuleView
    actions: tuple[ActionView, ...]
    not_implemented: tuple[tuple[str, str, int], ...]  # (schema name literal, action, matrix line)


def annotation(t: TypeRef) -> str:
    simple = {
        "string": "str",
        "datetime": "datetime",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "any": "Any",
    }
    if t.kind in simple:
        return simple[t.kind]
    if t.kind == "array":
        assert t.item is not None
        return f"list[{annotation(t.item)}]"
    assert t.ref is not None
    return t.ref


def _value_check(t: TypeRef, v: str, path: str, depth: int) -> list[str]:
    """Statements appending to `errors` every violation of `t` by the value named `v`.

    `path` is the f-string text of the value's JSON pointer, e.g. `{path}/meterValue/{index1}`.
    """
    p = "f" + literal(path)

    def error(call: str) -> str:
        return f"{_INDENT}errors.append({call})"

    if t.kind == "any":
        return []
    if t.kind == "object":
        return [f"_check_{t.ref}({v}, {p}, errors)"]
    if t.kind in ("string", "datetime", "enum"):
        lines = [f"if not isinstance({v}, str):", error(f'_wrong_type({p}, "string", {v})')]
        if t.max_length is not None:
            lines += [f"elif len({v}) > {t.max_length}:", error(f"_too_long({p}, {t.max_length}, {v})")]
        if t.kind == "datetime":
            lines += [f"elif not _is_datetime({v}):", error(f"_bad_datetime({p}, {v})")]
        if t.kind == "enum":
            lines += [f"elif {v} not in _ENUM_{t.ref}:", error(f"_not_in_enum({p}, {literal(t.ref or '')}, {v})")]
        return lines
    if t.kind in ("integer", "number"):
        test = "_is_integer" if t.kind == "integer" else "_is_number"
        lines = [f"if not {test}({v}):", error(f"_wrong_type({p}, {literal(t.kind)}, {v})")]
        if t.minimum is not None:
            lines += [f"elif {v} < {t.minimum!r}:", error(f"_below_minimum({p}, {t.minimum!r}, {v})")]
        if t.maximum is not None:
            lines += [f"elif {v} > {t.maximum!r}:", error(f"_above_maximum({p}, {t.maximum!r}, {v})")]
        return lines
    if t.kind == "boolean":
        return [f"if not isinstance({v}, bool):", error(f'_wrong_type({p}, "boolean", {v})')]
    if t.kind == "array":
        assert t.item is not None
        body: list[str] = []
        if t.min_items is not None:
            body += [f"if len({v}) < {t.min_items}:", error(f"_too_few({p}, {t.min_items}, {v})")]
        if t.max_items is not None:
            body += [f"if len({v}) > {t.max_items}:", error(f"_too_many({p}, {t.max_items}, {v})")]
        item, index = f"item{depth}", f"index{depth}"
        item_lines = _value_check(t.item, item, path + "/{" + index + "}", depth + 1)
        if item_lines:
            body += [f"for {index}, {item} in enumerate({v}):"] + [_INDENT + line for line in item_lines]
        lines = [f"if not isinstance({v}, list):", error(f'_wrong_type({p}, "array", {v})')]
        if body:
            lines += ["else:"] + [_INDENT + line for line in body]
        return lines
    raise AssertionError(t.kind)


def _build_expr(t: TypeRef, e: str, depth: int) -> str:
    """Expression turning the validated wire value `e` into its Python value."""
    if t.kind in _IDENTITY:
        return e
    if t.kind == "integer":
        return f"int({e})"
    if t.kind == "datetime":
        return f"_parse_datetime({e})"
    if t.kind == "enum":
        return f"_ENUM_{t.ref}[{e}]"
    if t.kind == "object":
        return f"_build_{t.ref}({e})"
    assert t.kind == "array" and t.item is not None
    if t.item.kind in _IDENTITY:
        return f"list({e})"
    item = f"item{depth}"
    return f"[{_build_expr(t.item, item, depth + 1)} for {item} in {e}]"


def _dump_expr(t: TypeRef, e: str, depth: int) -> str:
    """Expression turning the Python value `e` into its wire form (not yet validated)."""
    if t.kind in _IDENTITY or t.kind == "integer":
        return e
    if t.kind == "datetime":
        return f"_format_datetime({e})"
    if t.kind == "enum":
        return f"_enum_value({e})"
    if t.kind == "object":
        return f"({e}._to_wire() if isinstance({e}, {t.ref}) else {e})"
    assert t.kind == "array" and t.item is not None
    if t.item.kind in _IDENTITY or t.item.kind == "integer":
        return f"(list({e}) if isinstance({e}, list) else {e})"
    item = f"item{depth}"
    return f"([{_dump_expr(t.item, item, depth + 1)} for {item} in {e}] if isinstance({e}, list) else {e})"


def _field_path(f: Field) -> str:
    return "{path}/" + escape_pointer(f.wire).replace("{", "{{").replace("}", "}}")


def _check_body(obj: ObjectType) -> list[str]:
    lines = [
        "if not isinstance(value, dict):",
        f"{_INDENT}errors.append(_not_an_object(path, value))",
        f"{_INDENT}return",
    ]
    if not obj.extensible:
        lines += [
            f"if not _KEYS_{obj.name}.issuperset(value):",
            f"{_INDENT}for key in value:",
            f"{_INDENT * 2}if key not in _KEYS_{obj.name}:",
            f"{_INDENT * 3}errors.append(_unknown_property(path, key))",
        ]
    for f in obj.fields:
        wire = literal(f.wire)
        checks = _value_check(f.type, "item", _field_path(f), 1)
        if not checks:
            if f.required:
                lines += [f"if {wire} not in value:", f"{_INDENT}errors.append(_missing(path, {wire}))"]
            continue
        lines.append(f"item = value.get({wire}, ABSENT)")
        if f.required:
            lines += ["if item is ABSENT:", f"{_INDENT}errors.append(_missing(path, {wire}))"]
            if _is_one_chain(checks):  # continue the if/elif chain instead of nesting it
                lines += ["el" + checks[0]] + checks[1:]
                continue
            lines.append("else:")
        else:
            lines.append("if item is not ABSENT:")
        lines += [_INDENT + line for line in checks]
    return lines


def _is_one_chain(lines: list[str]) -> bool:
    top = [line for line in lines if not line.startswith(_INDENT)]
    return top[0].startswith("if ") and all(line.startswith(("elif ", "else:")) for line in top[1:])


def _build_body(obj: ObjectType) -> list[str]:
    prelude: list[str] = []
    arguments: list[str] = []
    for f in obj.fields:
        wire = literal(f.wire)
        if f.required:
            arguments.append(f"{f.name}={_build_expr(f.type, f'wire[{wire}]', 1)},")
        elif f.type.kind == "any":
            arguments.append(f"{f.name}=wire.get({wire}, ABSENT),")
        elif f.type.kind in _IDENTITY:
            arguments.append(f"{f.name}=wire.get({wire}),")
        else:
            local = f"o_{f.name}"
            prelude.append(f"{local} = wire.get({wire})")
            arguments.append(f"{f.name}=None if {local} is None else {_build_expr(f.type, local, 1)},")
    if obj.extensible:
        arguments.append(
            f"extra_properties={{key: item for key, item in wire.items() if key not in _KEYS_{obj.name}}},"
        )
    return prelude + [f"return {obj.name}("] + [_INDENT + a for a in arguments] + [")"]


def _dump_body(obj: ObjectType) -> list[str]:
    required = [f for f in obj.fields if f.required]
    lines = ["wire: dict[str, Any] = {"]
    lines += [f"{_INDENT}{literal(f.wire)}: {_dump_expr(f.type, 'self.' + f.name, 1)}," for f in required]
    lines.append("}")
    for f in obj.fields:
        if not f.required:
            lines += [
                f"if self.{f.name} is not {_absent(f.type)}:",
                f"{_INDENT}wire[{literal(f.wire)}] = {_dump_expr(f.type, 'self.' + f.name, 1)}",
            ]
    if obj.extensible:
        lines.append(
            f"return _with_extensions(wire, self.extra_properties, _KEYS_{obj.name}, {literal(obj.name)})"
        )
    else:
        lines.append("return wire")
    return lines


def _absent(t: TypeRef) -> str:
    """What an optional field holds when its property is absent: None, unless None is a value."""
    return "ABSENT" if t.kind == "any" else "None"


def class_view(obj: ObjectType) -> ClassView:
    fields = [
        FieldView(
            name=f.name,
            annotation=annotation(f.type) if f.required or f.type.kind == "any" else f"{annotation(f.type)} | None",
            default=None if f.required else _absent(f.type),
            doc=docstring(f.description),
        )
        for f in obj.fields
    ]
    if obj.extensible:
        fields.append(
            FieldView(
                name="extra_properties",
                annotation="dict[str, Any]",
                default="field(default_factory=dict)",
                doc="Properties beyond those the schema declares (vendor extensions), as decoded JSON.",
            )
        )
    keys = ", ".join(literal(f.wire) for f in obj.fields)
    return ClassView(
        name=obj.name,
        doc=docstring(obj.description),
        fields=tuple(sorted(fields, key=lambda fv: fv.default is not None)),
        wire_names=tuple((literal(f.name), literal(f.wire)) for f in obj.fields),
        keys=f"frozenset({{{keys}}})" if keys else "frozenset()",
        check_body=tuple(_check_body(obj)),
        build_body=tuple(_build_body(obj)),
        dump_body=tuple(_dump_body(obj)),
    )


def enum_view(enum: EnumType) -> EnumView:
    return EnumView(
        name=enum.name,
        doc=docstring(enum.description),
        members=tuple(EnumMemberView(m.name, literal(m.value)) for m in enum.members),
    )


# What the generated class code may use, by module; `_imports` keeps the names actually used.
RUNTIME_NAMES = (
    "ABSENT",
    "Payload",
    "Violation",
    "_above_maximum",
    "_bad_datetime",
    "_below_minimum",
    "_enum_value",
    "_format_datetime",
    "_is_datetime",
    "_is_integer",
    "_is_number",
    "_missing",
    "_not_an_object",
    "_not_in_enum",
    "_parse_datetime",
    "_raise_if_invalid",
    "_too_few",
    "_too_long",
    "_too_many",
    "_unknown_property",
    "_with_extensions",
    "_wrong_type",
)
_STDLIB = (("dataclasses", ("dataclass", "field")), ("datetime", ("datetime",)), ("typing", ("Any", "ClassVar", "cast")))
# Names the class template itself writes around the views' text.
_TEMPLATE_NAMES = {"dataclass", "Payload", "Any", "ClassVar", "cast", "Violation", "_raise_if_invalid"}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _imports(classes: list[ClassView], sources: list[tuple[str, list[str]]]) -> tuple[ImportView, ...]:
    """The imports a module of `classes` needs, from `sources` (module, names it offers)."""
    text = " ".join(
        line
        for c in classes
        for line in (*c.check_body, *c.build_body, *c.dump_body, *(f.annotation for f in c.fields), *(f.default or "" for f in c.fields))
    )
    used = set(_IDENTIFIER.findall(text)) | (_TEMPLATE_NAMES if classes else set())
    own = {c.name for c in classes} | {f"_{kind}_{c.name}" for c in classes for kind in ("check", "build")}
    imports = []
    for module, names in [*_STDLIB, ("._runtime", list(RUNTIME_NAMES)), *sources]:
        wanted = sorted(n for n in names if n in used and n not in own)
        if wanted:
            imports.append(ImportView(module, tuple(wanted)))
    return tuple(imports)


def _offered(objects: tuple[ObjectType, ...]) -> list[str]:
    return [name for o in objects for name in (o.name, f"_check_{o.name}", f"_build_{o.name}")]


def build_views(selection: Selection) -> Views:
    model = selection.model
    message_objects = [o for m in selection.messages for o in (m.request, m.response)]
    implemented = {m.action for m in selection.messages}
    not_implemented: list[tuple[str, str, int]] = []
    for message in model.messages:
        if message.action not in implemented:
            for schema in (message.request.name, message.response.name):
                not_implemented.append((literal(schema), message.action, message.matrix_line))
    enums = [name for e in selection.enums for name in (e.name, f"_ENUM_{e.name}")]
    datatypes = [class_view(o) for o in selection.objects]
    messages = [class_view(o) for o in message_objects]
    return Views(
        package=model.package,
        ocpp_version=model.ocpp_version,
        version=model.version,
        enums=tuple(enum_view(e) for e in selection.enums),
        datatypes=ModuleView(_imports(datatypes, [(".enums", enums)]), tuple(datatypes)),
        messages=ModuleView(
            _imports(messages, [(".datatypes", _offered(selection.objects)), (".enums", enums)]), tuple(messages)
        ),
        actions=tuple(
            ActionView(m.action, m.request.name, m.response.name, m.direction) for m in selection.messages
        ),
        not_implemented=tuple(not_implemented),
    )
