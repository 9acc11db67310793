"""Schema-guided mutations of valid payloads, for the differential test.

Each mutant names its kind and the OCPP-J code a violation must carry when the oracle rejects
it (None where the mutant may well be valid, e.g. `1.0` for an integer).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

KINDS = (
    "not an object",
    "missing required",
    "extra property",
    "wrong type",
    "null",
    "bad enum",
    "too long",
    "longest allowed",
    "bad date-time",
    "date-time without offset",
    "lower-case date-time",
    "bool for int",
    "1.0 for int",
    "fraction for int",
    "int for number",
    "below minimum",
    "above maximum",
    "too few items",
    "too many items",
)
TYPE = "TypeConstraintViolation"
OCCURRENCE = "OccurrenceConstraintViolation"
PROPERTY = "PropertyConstraintViolation"


@dataclass(frozen=True)
class Mutant:
    kind: str
    pointer: str
    payload: Any
    code: str | None  # the code a violation must have if the payload is invalid


def resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = root["definitions"][schema["$ref"].split("/")[-1]]
    return schema


def _replacements(schema: dict[str, Any], value: Any) -> Iterator[tuple[str, Any, str | None]]:
    kind = schema.get("type")
    yield "null", None, TYPE if kind else None
    if kind == "string":
        yield "wrong type", 12, TYPE
        if "enum" in schema:
            yield "bad enum", "NotAValueOfThisEnum", PROPERTY
        if "maxLength" in schema:
            yield "too long", "x" * (schema["maxLength"] + 1), PROPERTY
            if "enum" not in schema and "format" not in schema:
                yield "longest allowed", "é" * schema["maxLength"], None
        if schema.get("format") == "date-time":
            yield "bad date-time", "2024-02-30T10:00:00Z", PROPERTY
            yield "bad date-time", "2024-05-01T24:00:00Z", PROPERTY
            yield "bad date-time", "yesterday", PROPERTY
            yield "date-time without offset", "2024-05-01T10:00:00", PROPERTY
            yield "lower-case date-time", "2024-05-01t10:00:00.5z", None
    elif kind in ("integer", "number"):
        yield "wrong type", "1", TYPE
        yield "bool for int", True, TYPE
        if kind == "integer":
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**52:
                yield "1.0 for int", float(value), None
            yield "fraction for int", 0.5, TYPE
        else:
            yield "int for number", 7, None
        if "minimum" in schema:
            yield "below minimum", schema["minimum"] - 1, PROPERTY
        if "maximum" in schema:
            yield "above maximum", schema["maximum"] + 1, PROPERTY
    elif kind == "boolean":
        yield "wrong type", "true", TYPE
        yield "wrong type", 1, TYPE
    elif kind == "array":
        yield "wrong type", {}, TYPE
        if schema.get("minItems", 0) > 0:
            yield "too few items", [], OCCURRENCE
        if "maxItems" in schema and isinstance(value, list) and value:
            yield "too many items", value * (schema["maxItems"] // len(value) + 1), OCCURRENCE
    elif kind == "object":
        yield "wrong type", [value], TYPE


def _walk(
    schema: dict[str, Any], root: dict[str, Any], value: Any, pointer: str
) -> Iterator[tuple[str, str, Any, str | None]]:
    """(kind, pointer, replacement or a marker, code) for the value at `pointer`."""
    schema = resolve(schema, root)
    for kind, replacement, code in _replacements(schema, value):
        yield kind, pointer, ("replace", replacement), code
    if schema.get("type") == "object" and isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name in value:
                yield "missing required", pointer, ("delete", name), OCCURRENCE
        closed = schema.get("additionalProperties", True) is False
        yield "extra property", pointer, ("add", "unexpectedProperty"), (
            OCCURRENCE if closed else None
        )
        for name, sub in properties.items():
            if name in value:
                yield from _walk(sub, root, value[name], f"{pointer}/{name}")
    elif schema.get("type") == "array" and isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value[:2]):
            yield from _walk(schema["items"], root, item, f"{pointer}/{index}")


def _apply(payload: Any, pointer: str, action: tuple[str, Any]) -> Any:
    result = copy.deepcopy(payload)
    tokens = [t for t in pointer.split("/")[1:]]
    op, argument = action
    if op == "replace" and not tokens:
        return argument
    parent = result
    for token in tokens[:-1] if op == "replace" else tokens:
        parent = parent[int(token) if isinstance(parent, list) else token]
    if op == "replace":
        last = tokens[-1]
        parent[int(last) if isinstance(parent, list) else last] = argument
    elif op == "delete":
        del parent[argument]
    else:
        parent[argument] = 1
    return result


def mutants(schema: dict[str, Any], payload: Any) -> Iterator[Mutant]:
    yield Mutant("not an object", "", [payload], "FormatViolation")
    yield Mutant("not an object", "", "text", "FormatViolation")
    for kind, pointer, action, code in _walk(schema, schema, payload, ""):
        if pointer == "" and action[0] == "replace":
            continue  # the root is covered above
        yield Mutant(kind, pointer, _apply(payload, pointer, action), code)
