"""ocpp201.tolerance's classification held against schema-guided mutants (tests/support/mutants.py)
of the corpus payloads of all 128 schemas, in the package generated with --all: each violation is
classified as the kind the schema says it is, decoding under a policy tolerating that kind repairs
it as documented, and the kinds no policy tolerates still raise."""

from __future__ import annotations

import copy
import importlib
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import ocpp201
import pytest
from ocpp201.tolerance import OTHER_KINDS, TOLERABLE_KINDS

from .conftest import SCHEMA_NAMES, load_schema
from .support.mutants import mutants, resolve

CORPUS = Path(__file__).parent / "corpus"


# -- The classification, against schema-guided mutants of every schema ---------------------------

# The mutants' kinds (tests/support/mutants.py) and the tolerance kind each one's violation has;
# None: the mutant is valid or needs the schema to tell (see `expected_kind`).
MUTANT_KINDS: dict[str, str | None] = {
    "not an object": "not-an-object",
    "missing required": "missing-required",
    "extra property": "unknown-property",
    "wrong type": None,
    "null": "wrong-type",
    "bad enum": "unknown-enum-value",
    "too long": None,
    "bad date-time": "not-a-date-time",
    "date-time without offset": "date-time-without-offset",
    "bool for int": "wrong-type",
    "fraction for int": "wrong-type",
    "below minimum": "out-of-range",
    "above maximum": "out-of-range",
    "too few items": None,
    "too many items": "item-count",
}


def _schema_at(root: dict[str, Any], pointer: str) -> tuple[dict[str, Any], bool]:
    """The resolved schema at an instance pointer, and whether that property is required."""
    schema, required = resolve(root, root), True
    for token in pointer.split("/")[1:]:
        if schema.get("type") == "array":
            schema, required = resolve(schema["items"], root), True
        else:
            required = token in schema.get("required", [])
            schema = resolve(schema["properties"][token], root)
    return schema, required


def expected_kind(root: dict[str, Any], kind: str, pointer: str, payload: Any) -> str | None:
    if kind in MUTANT_KINDS and MUTANT_KINDS[kind] is not None:
        return MUTANT_KINDS[kind]
    if kind not in MUTANT_KINDS:
        return None  # a valid mutant
    schema, required = _schema_at(root, pointer)
    if kind == "wrong type":
        value = _get(payload, pointer)
        numeric = schema.get("type") in ("integer", "number") and value == "1"
        return "numeric-string" if numeric else "wrong-type"
    if kind == "too long":
        plain = "enum" not in schema and "format" not in schema
        return "string-too-long" if plain else None
    assert kind == "too few items"
    return "empty-array" if not required else "item-count"


def _tokens(pointer: str) -> list[str]:
    return pointer.split("/")[1:]


def _get(payload: Any, pointer: str) -> Any:
    for token in _tokens(pointer):
        payload = payload[int(token)] if isinstance(payload, list) else payload[token]
    return payload


def _with(payload: Any, pointer: str, value: Any) -> Any:
    """A copy of `payload` with `value` at `pointer` (ABSENT: without it)."""
    copied = copy.deepcopy(payload)
    *path, last = _tokens(pointer)
    parent = _get(copied, "/" + "/".join(path)) if path else copied
    if value is ocpp201.ABSENT:
        del parent[last]
    else:
        parent[int(last) if isinstance(parent, list) else last] = value
    return copied


def _attribute(instance: Any, pointer: str) -> Any:
    for token in _tokens(pointer):
        if isinstance(instance, list):
            instance = instance[int(token)]
        else:
            names = {wire: name for name, wire in instance.WIRE_NAMES.items()}
            instance = getattr(instance, names[token])
    return instance


def _action_of(package: ModuleType, schema: str) -> str:
    [action] = [
        name
        for name, action in package.ACTIONS.items()
        if schema in (action.request.SCHEMA, action.response and action.response.SCHEMA)
    ]
    return str(action)


def _schema_pointer(pointer: str) -> str:
    return re.sub(r"/\d+(?=/|$)", "/*", pointer)  # no OCPP property name is a number


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_mutant_is_classified_and_repaired_as_its_kind(
    all_package: ModuleType, name: str
) -> None:
    tolerance = importlib.import_module(f"{all_package.__name__}.tolerance")
    root = load_schema(name)
    cls = all_package.MESSAGES[name]
    everything = tolerance.Policy(
        [tolerance.Rule(kind) for kind in TOLERABLE_KINDS if kind != "missing-required"]
    )
    payloads = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))[:2]
    seen: set[str] = set()
    for payload in payloads:
        for mutant in mutants(root, payload):
            found = all_package.validate(name, mutant.payload)
            expected = expected_kind(root, mutant.kind, mutant.pointer, mutant.payload)
            if not found or expected is None:
                continue
            where = (mutant.kind, mutant.pointer)
            assert {tolerance.kind_of(cls, mutant.payload, v) for v in found} == {expected}, where
            seen.add(expected)
            rules = everything
            if expected == "missing-required":
                [missing] = found
                original = _get(payload, missing.path)
                rules = tolerance.Policy(
                    [
                        tolerance.Rule(
                            "missing-required",
                            actions=[_action_of(all_package, name)],
                            pointers=[_schema_pointer(missing.path)],
                            value=original,
                        )
                    ]
                )
            if expected not in TOLERABLE_KINDS:
                with pytest.raises(all_package.ValidationError) as error:
                    tolerance.tolerant_decode(cls, mutant.payload, rules)
                assert error.value.violations == found, where
                continue
            repaired = _repaired(expected, payload, mutant.payload, found[0].path)
            if repaired is not None and all_package.validate(name, repaired):
                with pytest.raises(all_package.ValidationError):  # e.g. "1" below a minimum
                    tolerance.tolerant_decode(cls, mutant.payload, rules)
                continue
            instance, tolerated = tolerance.tolerant_decode(cls, mutant.payload, rules)
            assert [t.kind for t in tolerated] == [expected], where
            assert isinstance(instance, cls)
            if repaired is not None:
                assert instance == all_package.decode(name, repaired), where
            else:  # kept against its schema: there in the instance, refused on the way out
                assert _attribute(instance, found[0].path) == _get(mutant.payload, found[0].path)
                with pytest.raises(all_package.ValidationError):
                    all_package.dumps(instance)
    assert seen <= set(TOLERABLE_KINDS) | set(OTHER_KINDS)


def _repaired(kind: str, original: Any, mutated: Any, path: str) -> Any:
    """The payload as the repair of `kind` at `path` should leave it; None for a kept value."""
    if kind in ("unknown-property", "missing-required"):
        return original  # the extra property dropped; the missing one given its original value
    if kind == "numeric-string":
        return _with(mutated, path, 1)
    if kind == "date-time-without-offset":
        return _with(mutated, path, _get(mutated, path) + "Z")
    if kind == "empty-array":
        return _with(mutated, path, ocpp201.ABSENT)
    return None


def test_the_mutants_reach_every_kind(all_package: ModuleType) -> None:
    reached = set()
    for name in SCHEMA_NAMES:
        root = load_schema(name)
        for payload in json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))[:2]:
            for mutant in mutants(root, payload):
                kind = expected_kind(root, mutant.kind, mutant.pointer, mutant.payload)
                if kind is not None and all_package.validate(name, mutant.payload):
                    reached.add(kind)
    assert reached == (set(TOLERABLE_KINDS) | set(OTHER_KINDS)) - {"other"}
