"""Stage: turn the selected model into render views -- names, annotations and method bodies.

All decisions about generated code are made here, in Python; the templates only lay the
views out. Bodies are lists of source lines, indented relative to their function.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from .closure import ALWAYS_INCLUDED, Selection
from .load import escape_pointer
from .model import EnumType, Field, Message, ObjectType, TypeRef

# Kinds whose Python value is already its wire value.
_WIRE_AS_IS = frozenset({"string", "integer", "number", "boolean", "any"})
_INDENT = "    "


# Docstring lines are wrapped to fit black's 100 columns with their indentation and quotes.
_DOC_WIDTH = 100 - len(_INDENT) - len('"""')


def docstring(text: str | None) -> str | None:
    """Body of a triple-quoted literal whose value is `text`, long lines wrapped at word breaks."""
    if text is None:
        return None
    lines = []
    for line in text.split("\n"):
        lines += textwrap.wrap(line, _DOC_WIDTH, break_long_words=False, break_on_hyphens=False) or [""]
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


def constraints(t: TypeRef) -> str | None:
    """What the schema limits about a value, in words, e.g. "At most 20 characters."."""
    if t.kind in ("string", "datetime") and t.max_length is not None:
        return f"At most {_plural(t.max_length, 'character')}."
    if t.kind in ("integer", "number"):
        if t.minimum is not None and t.maximum is not None:
            return f"From {t.minimum!r} to {t.maximum!r}."
        if t.minimum is not None:
            return f"At least {t.minimum!r}."
        if t.maximum is not None:
            return f"At most {t.maximum!r}."
    if t.kind == "array":
        assert t.item is not None
        low, high = t.min_items, t.max_items
        if low is not None and high is not None:
            sentence = f"{low} to {_plural(high, 'item')}." if low != high else f"Exactly {_plural(low, 'item')}."
        elif low is not None:
            sentence = f"At least {_plural(low, 'item')}."
        elif high is not None:
            sentence = f"At most {_plural(high, 'item')}."
        else:
            sentence = ""
        each = constraints(t.item)
        if each is not None:
            sentence = f"{sentence} Each item: {each[0].lower()}{each[1:]}".strip()
        return sentence or None
    return None


def _paragraphs(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return "\n\n".join(kept) if kept else None


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
    decode_body: tuple[str, ...]
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
    response: str  # class name, or "None" for a one-way message
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
    left_out_types: tuple[tuple[str, str], ...]  # (type name literal, literal of the actions that use it)


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


def _value_code(
    t: TypeRef, v: str, path: str, depth: int, store: Callable[[str], str] | None = None, tag: str = ""
) -> list[str]:
    """Statements appending to `errors` every violation of `t` by the value named `v`.

    With `store`, they also convert the value to its Python form and pass that expression to
    `store` (which returns the statement keeping it); the value is kept even when invalid, as the
    caller discards the result once `errors` grew. `path` is the f-string text of the value's JSON
    pointer, e.g. `{path}/meterValue/{index1}`. `tag` (the field name) keeps the names of
    temporaries distinct per field, so each has one type.
    """
    p = "f" + literal(path)
    decoded = f"decoded_{tag}{depth}"

    def error(call: str) -> str:
        return f"{_INDENT}errors.append({call})"

    if t.kind == "any":
        return [] if store is None else [store(v)]
    if t.kind == "object":
        if store is None:
            return [f"_check_{t.ref}({v}, {p}, errors)"]
        return [store(f"_decode_{t.ref}({v}, {p}, errors)")]
    if t.kind == "array":
        return _array_code(t, v, path, depth, store, tag)
    final = v
    if t.kind in ("string", "datetime", "enum"):
        lines = [f"if not isinstance({v}, str):", error(f'_wrong_type({p}, "string", {v})')]
        if t.max_length is not None:
            lines += [f"elif len({v}) > {t.max_length}:", error(f"_too_long({p}, {t.max_length}, {v})")]
        if t.kind == "datetime":
            test = f"({decoded} := _datetime_or_none({v})) is None" if store else f"not _is_datetime({v})"
            lines += [f"elif {test}:", error(f"_bad_datetime({p}, {v})")]
            final = decoded
        if t.kind == "enum":
            test = f"({decoded} := _ENUM_{t.ref}.get({v})) is None" if store else f"{v} not in _ENUM_{t.ref}"
            lines += [f"elif {test}:", error(f"_not_in_enum({p}, {literal(t.ref or '')}, {v})")]
            final = decoded
    elif t.kind in ("integer", "number"):
        test = "_is_integer" if t.kind == "integer" else "_is_number"
        lines = [f"if not {test}({v}):", error(f"_wrong_type({p}, {literal(t.kind)}, {v})")]
        if t.minimum is not None:
            lines += [f"elif {v} < {t.minimum!r}:", error(f"_below_minimum({p}, {t.minimum!r}, {v})")]
        if t.maximum is not None:
            lines += [f"elif {v} > {t.maximum!r}:", error(f"_above_maximum({p}, {t.maximum!r}, {v})")]
        if t.kind == "integer":
            final = f"{v} if type({v}) is int else int({v})"  # a wire 1.0 becomes 1
    elif t.kind == "boolean":
        lines = [f"if not isinstance({v}, bool):", error(f'_wrong_type({p}, "boolean", {v})')]
    else:
        raise AssertionError(t.kind)
    if store is not None:
        lines += ["else:", _INDENT + store(final)]
    return lines


def _array_code(
    t: TypeRef, v: str, path: str, depth: int, store: Callable[[str], str] | None, tag: str
) -> list[str]:
    assert t.item is not None
    p = "f" + literal(path)

    def error(call: str) -> str:
        return f"{_INDENT}errors.append({call})"

    body: list[str] = []
    if t.min_items is not None:
        body += [f"if len({v}) < {t.min_items}:", error(f"_too_few({p}, {t.min_items}, {v})")]
    if t.max_items is not None:
        body += [f"if len({v}) > {t.max_items}:", error(f"_too_many({p}, {t.max_items}, {v})")]
    item, index, items = f"item{depth}", f"index{depth}", f"items_{tag}{depth}"
    item_path = path + "/{" + index + "}"
    if store is not None and t.item.kind == "any":
        body.append(store(f"list({v})"))
    elif store is not None:
        item_lines = _value_code(t.item, item, item_path, depth + 1, lambda e: f"{items}.append({e})", tag)
        body += [f"{items}: list[{annotation(t.item)}] = []", f"for {index}, {item} in enumerate({v}):"]
        body += [_INDENT + line for line in item_lines] + [store(items)]
    else:
        item_lines = _value_code(t.item, item, item_path, depth + 1)
        if item_lines:
            body += [f"for {index}, {item} in enumerate({v}):"] + [_INDENT + line for line in item_lines]
    lines = [f"if not isinstance({v}, list):", error(f'_wrong_type({p}, "array", {v})')]
    if body:
        lines += ["else:"] + [_INDENT + line for line in body]
    return lines


def _dump_expr(t: TypeRef, e: str, depth: int) -> str:
    """Expression turning the Python value `e` into its wire form (not yet validated)."""
    if t.kind in _WIRE_AS_IS:
        return e
    if t.kind == "datetime":
        return f"_format_datetime({e})"
    if t.kind == "enum":
        return f"({e}._value_ if isinstance({e}, {t.ref}) else {e})"
    if t.kind == "object":
        return f"({e}._to_wire() if isinstance({e}, {t.ref}) else {e})"
    assert t.kind == "array" and t.item is not None
    if t.item.kind in _WIRE_AS_IS:
        return f"(list({e}) if isinstance({e}, list) else {e})"
    item = f"item{depth}"
    return f"([{_dump_expr(t.item, item, depth + 1)} for {item} in {e}] if isinstance({e}, list) else {e})"


def _field_path(f: Field) -> str:
    return "{path}/" + escape_pointer(f.wire).replace("{", "{{").replace("}", "}}")


def _object_code(obj: ObjectType, decode: bool) -> list[str]:
    """Body of `_check_<Type>` (decode=False) or of `_decode_<Type>` (decode=True)."""
    lines = [
        "if not isinstance(value, dict):",
        f"{_INDENT}errors.append(_not_an_object(path, value))",
        f"{_INDENT}return" + (f" _invalid({obj.name})" if decode else ""),
    ]
    if decode:
        lines.append("count = len(errors)")
    if not obj.extensible:
        lines += [
            f"if not _KEYS_{obj.name}.issuperset(value):",
            f"{_INDENT}for key in value:",
            f"{_INDENT * 2}if key not in _KEYS_{obj.name}:",
            f"{_INDENT * 3}errors.append(_unknown_property(path, key))",
        ]
    for f in obj.fields:
        wire = literal(f.wire)
        local = f"f_{f.name}"
        store = (lambda e, local=local: f"{local} = {e}") if decode else None
        code = _value_code(f.type, "item", _field_path(f), 1, store, f.name)
        if not code:
            if f.required:
                lines += [f"if {wire} not in value:", f"{_INDENT}errors.append(_missing(path, {wire}))"]
            continue
        lines.append(f"item = value.get({wire}, ABSENT)")
        if f.required:
            lines += ["if item is ABSENT:", f"{_INDENT}errors.append(_missing(path, {wire}))"]
        elif decode:
            lines += ["if item is ABSENT:", f"{_INDENT}{local} = {_absent(f.type)}"]
        else:
            lines.append("if item is not ABSENT:")
            lines += [_INDENT + line for line in code]
            continue
        if _is_one_chain(code):  # continue the if/elif chain instead of nesting it
            lines += ["el" + code[0]] + code[1:]
        else:
            lines += ["else:"] + [_INDENT + line for line in code]
    if decode:
        arguments = [f"{f.name}=f_{f.name}," for f in obj.fields]
        if obj.extensible:
            arguments.append(
                f"extra_properties={{key: item for key, item in value.items() if key not in _KEYS_{obj.name}}},"
            )
        lines += ["if len(errors) != count:", f"{_INDENT}return _invalid({obj.name})", f"return {obj.name}("]
        lines += [_INDENT + a for a in arguments] + [")"]
    return lines


def _is_one_chain(lines: list[str]) -> bool:
    top = [line for line in lines if not line.startswith(_INDENT)]
    return top[0].startswith("if ") and all(line.startswith(("elif ", "else:")) for line in top[1:])


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


def class_view(obj: ObjectType, used_by: tuple[str, ...] = ()) -> ClassView:
    """The view of one class; `used_by` names the implemented messages that use a data type."""
    fields = [
        FieldView(
            name=f.name,
            annotation=annotation(f.type) if f.required or f.type.kind == "any" else f"{annotation(f.type)} | None",
            default=None if f.required else _absent(f.type),
            doc=docstring(_paragraphs(f.description, constraints(f.type))),
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
        doc=docstring(_paragraphs(obj.description, f"Used by: {', '.join(used_by)}." if used_by else None)),
        fields=tuple(sorted(fields, key=lambda fv: fv.default is not None)),
        wire_names=tuple((literal(f.name), literal(f.wire)) for f in obj.fields),
        keys=f"frozenset({{{keys}}})" if keys else "frozenset()",
        check_body=tuple(_object_code(obj, decode=False)),
        decode_body=tuple(_object_code(obj, decode=True)),
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
    "_format_datetime",
    "_is_datetime",
    "_is_integer",
    "_is_number",
    "_missing",
    "_not_an_object",
    "_not_in_enum",
    "_datetime_or_none",
    "_decode_or_raise",
    "_invalid",
    "_raise_if_invalid",
    "_too_few",
    "_too_long",
    "_too_many",
    "_unknown_property",
    "_with_extensions",
    "_wrong_type",
)
_STDLIB = (("dataclasses", ("dataclass", "field")), ("datetime", ("datetime",)), ("typing", ("Any", "ClassVar")))
# Names the class template itself writes around the views' text.
_TEMPLATE_NAMES = {"dataclass", "Payload", "Any", "ClassVar", "Violation", "_raise_if_invalid", "_decode_or_raise"}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _imports(classes: list[ClassView], sources: list[tuple[str, list[str]]]) -> tuple[ImportView, ...]:
    """The imports a module of `classes` needs, from `sources` (module, names it offers)."""
    text = " ".join(
        line
        for c in classes
        for line in (*c.check_body, *c.decode_body, *c.dump_body, *(f.annotation for f in c.fields), *(f.default or "" for f in c.fields))
    )
    used = set(_IDENTIFIER.findall(text)) | (_TEMPLATE_NAMES if classes else set())
    own = {c.name for c in classes} | {f"_{kind}_{c.name}" for c in classes for kind in ("check", "decode")}
    imports = []
    for module, names in [*_STDLIB, ("._runtime", list(RUNTIME_NAMES)), *sources]:
        wanted = sorted(n for n in names if n in used and n not in own)
        if wanted:
            imports.append(ImportView(module, tuple(wanted)))
    return tuple(imports)


def _offered(objects: tuple[ObjectType, ...]) -> list[str]:
    return [name for o in objects for name in (o.name, f"_check_{o.name}", f"_decode_{o.name}")]


def build_views(selection: Selection) -> Views:
    model = selection.model
    message_objects = [o for m in selection.messages for o in (m.request, m.response) if o is not None]
    implemented = {m.action for m in selection.messages}
    not_implemented: list[tuple[str, str, int]] = []
    for message in model.messages:
        if message.action not in implemented:
            for schema_type in (message.request, message.response):
                if schema_type is not None:
                    not_implemented.append((literal(schema_type.name), message.action, message.matrix_line))
    enums = [name for e in selection.enums for name in (e.name, f"_ENUM_{e.name}")]
    included = {o.name for o in selection.objects} | {e.name for e in selection.enums}
    datatypes = [
        class_view(o, () if o.name in ALWAYS_INCLUDED else tuple(a for a in selection.used_by.get(o.name, ()) if a in implemented))
        for o in selection.objects
    ]
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
            ActionView(m.action, m.request.name, m.response.name if m.response else "None", m.direction)
            for m in selection.messages
        ),
        not_implemented=tuple(not_implemented),
        left_out_types=tuple(
            (literal(name), repr(selection.used_by.get(name, ())))
            for name in sorted((model.objects.keys() | model.enums.keys()) - included)
        ),
    )
