"""A second, independent reading of the schemas: datamodel-code-generator's JSON-Schema parser.

The generator reads the schemas itself (it emits code datamodel-code-generator cannot: validators
exactly as strict as the schema, wire names kept apart from Python names, date-times checked as
RFC 3339). This test holds the generator's intermediate model to that other parser on all the
schemas: the same objects and fields, wire names, required flags, types, enumeration members,
and maxLength / minimum / maximum / minItems / maxItems. On the 2.0.1 schemas the two agree
everywhere; the one thing it models in its own way (an array of length-limited strings gets a
wrapper model) is seen through in `theirs`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from datamodel_code_generator.parser.jsonschema import JsonSchemaParser

from generator.load import load_schemas
from generator.matrix import load_matrix
from generator.model import (
    AnyType,
    ArrayType,
    BooleanType,
    DateTimeType,
    EnumRef,
    EnumType,
    IntegerType,
    Model,
    NumberType,
    ObjectRef,
    ObjectType,
    StringType,
    ValueType,
    build_model,
)

from .conftest import ROOT, SCHEMA_NAMES, SCHEMAS

Reading = tuple[Any, ...]


@cache
def model() -> Model:
    return build_model(load_schemas(SCHEMAS), load_matrix(ROOT / "coverage_matrix.yaml"))


def ours(t: ValueType) -> Reading:
    """A type as the generator's model has it, in the shape `theirs` gives."""
    match t:
        case StringType(max_length):
            return ("str", max_length)
        case DateTimeType():
            return ("datetime",)
        case IntegerType(low, high):
            return ("int", low, high)
        case NumberType(low, high):
            return ("float", low, high)
        case BooleanType():
            return ("bool",)
        case AnyType():
            return ("any",)
        case ArrayType(item, low, high):
            return ("list", ours(item), low, high)
        case EnumRef(name) | ObjectRef(name):
            return ("ref", name)
    raise AssertionError(t)


def theirs(
    data_type: Any, constraints: Any = None, models: dict[str, Any] | None = None
) -> Reading:
    """A datamodel-code-generator DataType in a neutral shape; `constraints` are the field's,
    `models` the other models of its file (to see through the wrappers it makes)."""
    if data_type.reference is not None:
        target = (models or {}).get(data_type.reference.short_name)
        if target is not None and type(target).__name__ == "RootModel":
            # it wraps a constrained array item (a string with maxLength) in a model of its own
            [root] = target.fields
            return theirs(root.data_type, root.constraints, models)
        return ("ref", data_type.reference.short_name)
    if data_type.is_list or (len(data_type.data_types) == 1 and data_type.data_types[0].is_list):
        inner = data_type if data_type.is_list else data_type.data_types[0]
        [item] = inner.data_types
        # it keeps an array's item bounds as the field's min_length / max_length
        low = getattr(constraints, "min_length", None) if constraints is not None else None
        high = getattr(constraints, "max_length", None) if constraints is not None else None
        return ("list", theirs(item, None, models), low, high)
    kwargs = data_type.kwargs or {}
    kind = data_type.type
    if kind in ("str", "constr"):
        return ("str", kwargs.get("max_length"))
    if kind == "AwareDatetime":
        return ("datetime",)
    if kind in ("int", "conint", "float", "confloat"):
        return (kind.removeprefix("con"), kwargs.get("ge"), kwargs.get("le"))
    if kind == "bool":
        return ("bool",)
    if kind == "Any":
        return ("any",)
    raise AssertionError(f"a type this test does not know: {kind} {kwargs}")


@cache
def parsed(schema_name: str) -> dict[str, Any]:
    """Schema name or definition name -> datamodel-code-generator's model of it."""
    parser = JsonSchemaParser((SCHEMAS / f"{schema_name}.json").read_text(encoding="utf-8"))
    parser.parse_raw()
    return {
        (schema_name if m.reference.short_name == "Model" else m.reference.short_name): m
        for m in parser.results
    }


def _ours_by_name() -> dict[str, ObjectType | EnumType]:
    found: dict[str, ObjectType | EnumType] = {**model().objects, **model().enums}
    for message in model().messages:
        for obj in (message.request, message.response):
            if obj is not None:
                found[obj.name] = obj
    return found


@pytest.mark.parametrize("schema_name", SCHEMA_NAMES)
def test_the_model_agrees_with_datamodel_code_generator(schema_name: str) -> None:
    mine = _ours_by_name()
    models = parsed(schema_name)
    for name, other in models.items():
        if type(other).__name__ == "RootModel":
            continue  # a wrapper of its own making, compared where it is used
        assert (
            name in mine
        ), f"{schema_name}: datamodel-code-generator reads {name}, the model has no such type"
        ours_type = mine[name]
        if isinstance(ours_type, EnumType):
            assert type(other).__name__ == "Enum", name
            assert [f.default.value for f in other.fields] == [
                m.value for m in ours_type.members
            ], name
            continue
        their_fields = {f.original_name or f.name: f for f in other.fields}
        assert list(their_fields) == [f.wire for f in ours_type.fields], f"{name}: properties"
        for field in ours_type.fields:
            theirs_field = their_fields[field.wire]
            assert theirs_field.required == field.required, f"{name}.{field.wire}: required"
            reading = theirs(theirs_field.data_type, theirs_field.constraints, models)
            assert reading == ours(field.type), f"{name}.{field.wire}"
