"""Stage: the intermediate model, built from the merged schemas and the matrix.

Every schema construct becomes an explicit model value here; anything the model cannot express
exactly is refused with the file and JSON pointer where it stands.
"""

from __future__ import annotations

import decimal
import difflib
import html
import keyword
import re
from dataclasses import dataclass
from typing import Any

from .errors import GeneratorError
from .keywords import ANNOTATIONS, BY_KIND, FORMATS, Draft
from .load import Definition, SchemaSet, escape_pointer
from .matrix import DIRECTIONS, Matrix
from .naming import snake_case, upper_snake
from .overrides import Override
from .profile import Profile

REF_PREFIX = "#/definitions/"


# The type of one value, one small class per kind; code that handles types matches on them, and
# mypy proves (assert_never) that every kind is handled.
@dataclass(frozen=True)
class StringType:
    max_length: int | None = None


@dataclass(frozen=True)
class DateTimeType:
    """A string with `format: date-time` (RFC 3339)."""

    max_length: int | None = None


@dataclass(frozen=True)
class IntegerType:
    minimum: int | float | None = None
    maximum: int | float | None = None
    integral_floats: bool = True
    """`1.0` is one (draft-06); False: only ints are (draft-04). From the file's draft."""


@dataclass(frozen=True)
class NumberType:
    minimum: int | float | None = None
    maximum: int | float | None = None
    multiple_of: tuple[int, int] | None = None
    """`multipleOf` as the numerator and denominator of its shortest decimal form (0.1 -> (1,
    10)): a value is valid when its own shortest decimal form is a whole multiple of it."""


@dataclass(frozen=True)
class BooleanType:
    pass


@dataclass(frozen=True)
class AnyType:
    """No `type`: any JSON value."""


@dataclass(frozen=True)
class EnumRef:
    name: str


@dataclass(frozen=True)
class ObjectRef:
    name: str


@dataclass(frozen=True)
class ArrayType:
    item: ValueType
    min_items: int | None = None
    max_items: int | None = None


ValueType = (
    StringType
    | DateTimeType
    | IntegerType
    | NumberType
    | BooleanType
    | AnyType
    | EnumRef
    | ObjectRef
    | ArrayType
)


def references(t: ValueType) -> list[str]:
    """The definitions a value of type `t` refers to."""
    match t:
        case EnumRef(name) | ObjectRef(name):
            return [name]
        case ArrayType(item):
            return references(item)
        case _:
            return []


@dataclass(frozen=True)
class Field:
    wire: str
    name: str
    type: ValueType
    required: bool
    description: str | None


@dataclass(frozen=True)
class ObjectType:
    name: str
    description: str | None
    fields: tuple[Field, ...]
    extensible: bool  # additionalProperties not false: extension properties are kept
    file: str


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str


@dataclass(frozen=True)
class EnumType:
    name: str
    description: str | None
    members: tuple[EnumMember, ...]


@dataclass(frozen=True)
class Message:
    action: str
    direction: str
    implemented: bool
    seed_direction: str | None
    note: str | None
    matrix_line: int
    request: ObjectType  # for a one-way message: its payload
    response: ObjectType | None  # None for a one-way message


@dataclass(frozen=True)
class Model:
    package: str
    ocpp_version: str
    version: str
    messages: tuple[Message, ...]  # sorted by action, case-insensitively
    objects: dict[str, ObjectType]  # every object definition
    enums: dict[str, EnumType]  # every enum definition
    overrides: tuple[Override, ...]  # declared deviations from the vendored schemas
    profile: Profile  # the version's file names and OCPP-J
    drafts: dict[str, Draft]  # schema file name -> the draft its `$schema` names


# A data-dictionary reference line ("urn:x-oca:ocpp:uid:1:569230"); the line above it is the
# dictionary's heading of the term ("Charging_ Profile. Stack_ Level. Counter").
_URN_LINE = re.compile(r"urn:x-oca:ocpp:uid:\S*")
# An asciidoc cross-reference: <<anchor>> or <<anchor,text>>.
_CROSS_REFERENCE = re.compile(r"<<([^<>,]*)(?:,([^<>]*))?>>")


def clean_description(text: Any) -> str | None:
    """A schema description as prose: without the data dictionary's urn lines and their
    headings, HTML entities unescaped, asciidoc cross-references turned into their text."""
    if not isinstance(text, str):
        return None
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if _URN_LINE.fullmatch(line.strip()):
            if kept:
                kept.pop()  # the heading that names the urn
            continue
        kept.append(line)
    prose = _CROSS_REFERENCE.sub(
        lambda m: (m[2] if m[2] is not None else m[1]).strip(), html.unescape("\n".join(kept))
    )
    cleaned = re.sub(r"\n{3,}", "\n\n", prose).strip()
    return cleaned or None


_TYPE_NAME = re.compile(r"[A-Z][A-Za-z0-9]*\Z")


def check_type_name(name: str, where: str) -> None:
    """Schema and definition names become class names: only plain ASCII identifiers pass."""
    if not _TYPE_NAME.match(name) or keyword.iskeyword(name):
        raise GeneratorError(
            f"{where}: {name!r} cannot be a Python class name (expected a capitalised ASCII identifier)"
        )


def _where(file: str, pointer: str) -> str:
    return f"{file}#{pointer}"


def _validation_keys(schema: dict[str, Any]) -> set[str]:
    return {k for k in schema if k not in ANNOTATIONS}


def _kind_of(schema: dict[str, Any], where: str) -> str:
    if "$ref" in schema:
        return "ref"
    if "type" not in schema:
        if _validation_keys(schema):
            raise GeneratorError(f"{where}: constraints without `type` are not implemented")
        return "any"
    kind = schema["type"]
    if not isinstance(kind, str):
        raise GeneratorError(f"{where}: `type` as a list of types is not implemented")
    if kind == "object":
        raise GeneratorError(
            f"{where}: inline object schemas are not implemented; move it to `definitions`"
        )
    if kind not in ("string", "integer", "number", "boolean", "array"):
        raise GeneratorError(f"{where}: `type: {kind}` is not implemented")
    return kind


def _number(schema: dict[str, Any], key: str, where: str, integral: bool) -> Any:
    value = schema.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int if integral else (int, float)):
        raise GeneratorError(
            f"{where}/{key}: must be a {'non-negative integer' if integral else 'number'}"
        )
    if integral and value < 0:
        raise GeneratorError(f"{where}/{key}: must be a non-negative integer")
    return value


def _multiple_of(schema: dict[str, Any], where: str) -> tuple[int, int] | None:
    """`multipleOf` as the fraction its shortest decimal form denotes (0.1 is 1/10, not the
    binary float nearest to it)."""
    value = schema.get("multipleOf")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise GeneratorError(f"{where}/multipleOf: must be a number greater than 0")
    numerator, denominator = decimal.Decimal(repr(value)).as_integer_ratio()
    return numerator, denominator


class _Builder:
    def __init__(self, schemas: SchemaSet) -> None:
        self.schemas = schemas
        self.enums: dict[str, EnumType] = {}
        self.objects: dict[str, ObjectType] = {}

    def definition_kind(self, name: str, where: str) -> str:
        definition = self.schemas.definitions.get(name)
        if definition is None:
            raise GeneratorError(f"{where}: `$ref` to {REF_PREFIX}{name}, which no schema defines")
        schema = definition.schema
        if schema.get("type") == "object":
            return "object"
        if schema.get("type") == "string" and "enum" in schema:
            return "enum"
        raise GeneratorError(
            f"{_where(definition.file, definition.pointer)}: only object and string-enum "
            "definitions are implemented"
        )

    def type_ref(self, schema: dict[str, Any], file: str, pointer: str) -> ValueType:
        where = _where(file, pointer)
        kind = _kind_of(schema, where)
        unexpected = _validation_keys(schema) - BY_KIND[kind]
        if unexpected:
            raise GeneratorError(
                f"{where}: keyword {sorted(unexpected)[0]!r} is not implemented together with "
                f"{'`$ref`' if kind == 'ref' else f'`type: {kind}`'} here"
            )
        if kind == "ref":
            target = schema["$ref"]
            if not isinstance(target, str) or not target.startswith(REF_PREFIX):
                raise GeneratorError(
                    f"{where}/$ref: only local references `{REF_PREFIX}<Name>` are implemented"
                )
            name = target[len(REF_PREFIX) :]
            return (
                ObjectRef(name) if self.definition_kind(name, where) == "object" else EnumRef(name)
            )
        if kind == "string":
            fmt = schema.get("format")
            if fmt is not None and fmt not in FORMATS:
                raise GeneratorError(
                    f"{where}/format: format {fmt!r} is not implemented (only "
                    f"{', '.join(sorted(FORMATS))}: generator/keywords.py)"
                )
            max_length = _number(schema, "maxLength", where, integral=True)
            return DateTimeType(max_length) if fmt == "date-time" else StringType(max_length)
        if kind in ("integer", "number"):
            bounds = (
                _number(schema, "minimum", where, integral=False),
                _number(schema, "maximum", where, integral=False),
            )
            if kind == "number":
                return NumberType(*bounds, multiple_of=_multiple_of(schema, where))
            draft = self.schemas.drafts[file]
            return IntegerType(*bounds, integral_floats=draft.integral_floats_are_integers)
        if kind == "array":
            items = schema.get("items")
            additional = schema.get("additionalItems")
            if additional is not None and not isinstance(additional, (bool, dict)):
                raise GeneratorError(f"{where}/additionalItems: must be a boolean or a schema")
            item = AnyType() if items is None else self.type_ref(items, file, pointer + "/items")
            return ArrayType(
                item,
                min_items=_number(schema, "minItems", where, integral=True),
                max_items=_number(schema, "maxItems", where, integral=True),
            )
        return BooleanType() if kind == "boolean" else AnyType()

    def object_type(
        self,
        name: str,
        schema: dict[str, Any],
        file: str,
        pointer: str,
        fallback_description: str | None = None,
    ) -> ObjectType:
        where = _where(file, pointer)
        if schema.get("type") != "object":
            raise GeneratorError(f"{where}: expected `type: object`")
        unexpected = _validation_keys(schema) - BY_KIND["object"]
        if unexpected:
            raise GeneratorError(
                f"{where}: keyword {sorted(unexpected)[0]!r} is not implemented on objects"
            )
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            raise GeneratorError(f"{where}/required: must be a list of property names")
        if len(set(required)) != len(required):
            raise GeneratorError(f"{where}/required: lists a property twice")
        undeclared = [r for r in required if r not in properties]
        if undeclared:
            raise GeneratorError(
                f"{where}/required: {undeclared[0]!r} is required but not declared in `properties`"
            )
        additional = schema.get("additionalProperties", True)
        if not isinstance(additional, bool):
            raise GeneratorError(f"{where}/additionalProperties: only true or false is implemented")
        fields: list[Field] = []
        seen: dict[str, str] = {}
        for wire, sub in properties.items():
            sub_pointer = f"{pointer}/properties/{escape_pointer(wire)}"
            field_name = snake_case(wire)
            if field_name in seen:
                raise GeneratorError(
                    f"{_where(file, sub_pointer)}: properties {seen[field_name]!r} and {wire!r} both map to "
                    f"the Python name {field_name!r}"
                )
            seen[field_name] = wire
            fields.append(
                Field(
                    wire=wire,
                    name=field_name,
                    type=self.type_ref(sub, file, sub_pointer),
                    required=wire in required,
                    description=clean_description(sub.get("description")),
                )
            )
        description = clean_description(schema.get("description")) or fallback_description
        return ObjectType(name, description, tuple(fields), additional, file)

    def enum_type(self, definition: Definition) -> EnumType:
        where = _where(definition.file, definition.pointer)
        values = definition.schema["enum"]
        if (
            not isinstance(values, list)
            or not values
            or not all(isinstance(v, str) for v in values)
        ):
            raise GeneratorError(f"{where}/enum: must be a non-empty list of strings")
        if len(set(values)) != len(values):
            raise GeneratorError(f"{where}/enum: lists a value twice")
        unexpected = _validation_keys(definition.schema) - BY_KIND["enum"]
        if unexpected:
            raise GeneratorError(
                f"{where}: keyword {sorted(unexpected)[0]!r} is not implemented on enumerations"
            )
        members: list[EnumMember] = []
        seen: dict[str, str] = {}
        for value in values:
            member = upper_snake(value)
            if member in seen:
                raise GeneratorError(
                    f"{where}/enum: values {seen[member]!r} and {value!r} both map to the member name {member!r}"
                )
            seen[member] = value
            members.append(EnumMember(member, value))
        return EnumType(
            definition.name, clean_description(definition.schema.get("description")), tuple(members)
        )

    def build_definitions(self) -> None:
        for name in sorted(self.schemas.definitions):
            definition = self.schemas.definitions[name]
            pointer = definition.pointer
            where = _where(definition.file, pointer)
            if not pointer.startswith("/definitions/"):
                where += " (an anonymous schema: names.yaml beside the schemas can name it)"
            check_type_name(name, where)
            kind = self.definition_kind(name, _where(definition.file, pointer))
            if kind == "enum":
                self.enums[name] = self.enum_type(definition)
            else:
                self.objects[name] = self.object_type(
                    name, definition.schema, definition.file, pointer
                )


def _actions(schemas: SchemaSet) -> dict[str, tuple[str, str | None]]:
    """Action -> (request or one-way file stem, response file stem or None), by the profile's
    file patterns: a file is a request or a response when its partner is beside it, else a
    one-way message where the version has them."""
    files = schemas.profile.files
    found: dict[str, tuple[str, str | None]] = {}
    for stem in sorted(schemas.roots):
        check_type_name(stem, f"{stem}.json")
        roles = []
        for role, other in (("request", "response"), ("response", "request")):
            action = files.match(role, stem)
            if action is not None and files.of(other, action) in schemas.roots:
                roles.append((role, action))
        if not roles:
            # A name of a request or response whose partner is missing is a mistake, even where
            # a one-way message could have that name.
            partner = next(
                (
                    f"{files.of(other, a)}.json"
                    for role, other in (("request", "response"), ("response", "request"))
                    if (a := files.match(role, stem)) is not None
                ),
                None,
            )
            if partner is not None:
                raise GeneratorError(f"{stem}.json has no {partner} beside it")
            action = files.match("one_way", stem)
            if action is None:
                raise GeneratorError(
                    f"{stem}.json: no file pattern of {schemas.profile.path} matches this name"
                )
            found[action] = (stem, None)
        elif len(roles) > 1:
            raise GeneratorError(
                f"{stem}.json is both a request and a response under {schemas.profile.path}"
            )
        else:
            role, action = roles[0]
            if role == "request":
                found[action] = (stem, files.of("response", action))
    return found


def build_model(schemas: SchemaSet, matrix: Matrix) -> Model:
    builder = _Builder(schemas)
    builder.build_definitions()
    schema_actions = _actions(schemas)
    files, names = schemas.profile.files, schemas.profile.names
    for entry in matrix.entries:  # a misspelt line first: it also explains the message it misses
        if entry.action not in schema_actions:
            close = difflib.get_close_matches(entry.action, list(schema_actions), n=1)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else "check the spelling against the schema folder"
            )
            choices = " or ".join(
                f"{files.of(role, entry.action)}.json"
                for role in ("request", "one_way")
                if getattr(files, role) is not None
            )
            raise GeneratorError(
                f"{matrix.path}:{entry.line}: unknown message {entry.action!r}: no schema "
                f"{choices}; {hint}"
            )
    listed = {e.action for e in matrix.entries}
    for action, (stem, _) in sorted(schema_actions.items()):
        if action not in listed:
            raise GeneratorError(
                f"{matrix.path}: message {action!r} ({stem}.json) is missing from the matrix; add "
                f"`{action}: {{direction: ..., implemented: no}}` under `messages:`"
            )
    exported: dict[str, str] = {}  # exported message name -> its file
    for action, (stem, response_stem) in schema_actions.items():
        if response_stem is None:
            exported[names.of("one_way", action)] = f"{stem}.json"
        else:
            exported[names.of("request", action)] = f"{stem}.json"
            exported[names.of("response", action)] = f"{response_stem}.json"
    clashes = sorted(set(exported) & set(schemas.definitions))
    if clashes:
        raise GeneratorError(
            f"{exported[clashes[0]]}: the message {clashes[0]} and a definition share this name"
        )
    messages = []
    for entry in sorted(matrix.entries, key=lambda e: (e.action.lower(), e.action)):
        stem, response_stem = schema_actions[entry.action]
        sent = DIRECTIONS[entry.direction]
        if response_stem is not None:
            request = names.of("request", entry.action)
            request_type = builder.object_type(
                request,
                schemas.roots[stem],
                stem + ".json",
                "",
                f"The {entry.action} request, {sent}.",
            )
            response_type: ObjectType | None = builder.object_type(
                names.of("response", entry.action),
                schemas.roots[response_stem],
                response_stem + ".json",
                "",
                f"The answer to {request}.",
            )
        else:  # a one-way message (OCPP 2.1 SEND)
            request_type = builder.object_type(
                names.of("one_way", entry.action),
                schemas.roots[stem],
                stem + ".json",
                "",
                f"The one-way {entry.action} message, {sent}; it has no response.",
            )
            response_type = None
        messages.append(
            Message(
                action=entry.action,
                direction=entry.direction,
                implemented=entry.implemented,
                seed_direction=entry.seed_direction,
                note=entry.note,
                matrix_line=entry.line,
                request=request_type,
                response=response_type,
            )
        )
    return Model(
        matrix.package,
        matrix.ocpp_version,
        matrix.version,
        tuple(messages),
        builder.objects,
        builder.enums,
        schemas.overrides,
        schemas.profile,
        schemas.drafts,
    )
