"""Stage: load every schema file, refuse unknown keywords, merge the shared definitions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GeneratorError
from .inputs import check_tree, load_json
from .keywords import ANNOTATIONS, IMPLEMENTED
from .overrides import Override, apply_overrides, check_all_files_exist, load_overrides
from .profile import Profile, load_profile

OVERRIDES_FILE = "overrides.yaml"

# Annotations that may differ between two copies of the same definition.
_PROSE = frozenset({"description", "comment", "$comment"})


@dataclass(frozen=True)
class Definition:
    name: str
    schema: dict[str, Any]
    file: str  # first file (in sorted order) that defines it


@dataclass(frozen=True)
class SchemaSet:
    roots: dict[str, dict[str, Any]]  # schema name (file stem) -> root schema
    definitions: dict[str, Definition]
    overrides: tuple[Override, ...]  # applied, from <schemas>/overrides.yaml
    profile: Profile  # <schemas>/profile.yaml


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _check_keywords(node: Any, pointer: str, file: str) -> None:
    if not isinstance(node, dict):
        raise GeneratorError(
            f"{file}#{pointer}: a schema must be a JSON object, got {json.dumps(node)[:60]}"
        )
    for key in node:
        if key not in IMPLEMENTED and key not in ANNOTATIONS:
            raise GeneratorError(
                f"{file}#{pointer}: schema keyword {key!r} is not implemented by the generator; "
                "implement it (exactly as strict as JSON Schema) or declare an override removing it"
            )
    properties = node.get("properties", {})
    if not isinstance(properties, dict):
        raise GeneratorError(f"{file}#{pointer}/properties: must be an object")
    for name, sub in properties.items():
        _check_keywords(sub, f"{pointer}/properties/{escape_pointer(name)}", file)
    if "items" in node:
        items = node["items"]
        if isinstance(items, list):
            raise GeneratorError(
                f"{file}#{pointer}/items: tuple-form `items` (a list of schemas) is not implemented"
            )
        _check_keywords(items, f"{pointer}/items", file)
    if "definitions" in node:
        if pointer:
            raise GeneratorError(
                f"{file}#{pointer}/definitions: nested `definitions` are not implemented"
            )
        if not isinstance(node["definitions"], dict):
            raise GeneratorError(f"{file}#/definitions: must be an object")
        for name, sub in node["definitions"].items():
            _check_keywords(sub, f"/definitions/{escape_pointer(name)}", file)


def _structure(node: Any) -> Any:
    """The definition with prose annotations removed: what must agree across files."""
    if isinstance(node, dict):
        return {k: _structure(v) for k, v in node.items() if k not in _PROSE}
    if isinstance(node, list):
        return [_structure(v) for v in node]
    return node


def load_schemas(directory: Path) -> SchemaSet:
    if not directory.is_dir():
        raise GeneratorError(f"{directory}: schema folder not found")
    files = sorted(directory.glob("*.json"), key=lambda p: p.name)
    if not files:
        raise GeneratorError(f"{directory}: no *.json schema files")
    profile = load_profile(directory)
    overrides = load_overrides(directory / OVERRIDES_FILE)
    check_all_files_exist(overrides, {p.name for p in files}, directory / OVERRIDES_FILE)
    roots: dict[str, dict[str, Any]] = {}
    definitions: dict[str, Definition] = {}
    for path in files:
        if not path.is_file():
            kind = (
                "a folder"
                if path.is_dir()
                else "a symbolic link to nothing" if path.is_symlink() else "not a file"
            )
            raise GeneratorError(
                f"{path.name}: is {kind}; the schema folder may hold only schema files named *.json"
            )
        root = apply_overrides(path.name, load_json(path, path.name), overrides)
        check_tree(root, path.name)
        _check_keywords(root, "", path.name)
        roots[path.stem] = root
        for name, schema in root.get("definitions", {}).items():
            known = definitions.get(name)
            if known is None:
                definitions[name] = Definition(name, schema, path.name)
            elif _structure(known.schema) != _structure(schema):
                raise GeneratorError(
                    f"definition {name!r} differs in structure between {known.file} and {path.name}; "
                    "same-named definitions must be identical apart from descriptions"
                )
    return SchemaSet(roots, definitions, overrides, profile)
