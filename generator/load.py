"""Stage: load every schema file, refuse unknown keywords, merge the shared definitions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .anonymous import NAMES_FILE, Namer, load_names, same_name_other_structure
from .errors import GeneratorError
from .inputs import check_tree, load_json
from .keywords import ANNOTATIONS, DRAFTS, IMPLEMENTED, Draft, draft_sensitive
from .overrides import Override, apply_overrides, check_all_files_exist, load_overrides
from .profile import Profile, load_profile

OVERRIDES_FILE = "overrides.yaml"

# Annotations may differ between two copies of the same definition: they check nothing (OCPP
# 1.6 writes `javaType` on one of two copies of CertificateHashDataType).
_PROSE = ANNOTATIONS


@dataclass(frozen=True)
class Definition:
    name: str
    schema: dict[str, Any]  # anonymous schemas inside it replaced by `$ref`s (anonymous.py)
    file: str  # first file (in sorted order) that defines it
    pointer: str  # where in that file: /definitions/<name>, or an anonymous schema's place
    draft: Draft  # the draft of that file


@dataclass(frozen=True)
class SchemaSet:
    roots: dict[str, dict[str, Any]]  # schema name (file stem) -> root schema
    definitions: dict[str, Definition]
    overrides: tuple[Override, ...]  # applied, from <schemas>/overrides.yaml
    profile: Profile  # <schemas>/profile.yaml
    drafts: dict[str, Draft]  # file name -> the draft its `$schema` names


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


def _draft(root: dict[str, Any], file: str) -> Draft:
    uri = root.get("$schema")
    draft = DRAFTS.get(uri) if isinstance(uri, str) else None
    if draft is None:
        raise GeneratorError(
            f"{file}#/$schema: {'missing' if uri is None else json.dumps(uri)[:80]}; the JSON Schema "
            f"drafts implemented are {', '.join(DRAFTS)} (generator/keywords.py: DRAFTS)"
        )
    return draft


class _Definitions:
    """The definitions of all files by name, declared and anonymous: a name taken twice must
    stand for the same structure (descriptions apart), checked alike by the drafts of both."""

    def __init__(self, names_path: Path) -> None:
        self.found: dict[str, Definition] = {}
        self.shapes: dict[str, Any] = {}  # name -> its structure as first written
        self.names_path = names_path
        self.draft: Draft | None = None  # the draft of the file being read

    def claim(self, name: str, schema: dict[str, Any], file: str, pointer: str) -> bool:
        assert self.draft is not None
        known = self.found.get(name)
        if known is None:
            self.found[name] = Definition(name, schema, file, pointer, self.draft)
            self.shapes[name] = _structure(schema)
            return True
        first, second = f"{known.file}#{known.pointer}", f"{file}#{pointer}"
        if self.shapes[name] != _structure(schema):
            if known.pointer.startswith("/definitions/") and pointer.startswith("/definitions/"):
                raise GeneratorError(
                    f"definition {name!r} differs in structure between {known.file} and {file}; "
                    "same-named definitions must be identical apart from annotations (descriptions, javaType, ...)"
                )
            raise same_name_other_structure(name, first, second, self.names_path, (file, pointer))
        difference = draft_sensitive(schema, known.draft, self.draft)
        if difference is not None:
            raise GeneratorError(
                f"{name!r} at {first} ({known.draft.name}) and at {second} ({self.draft.name}) "
                f"would check differently: {difference}; name one of them apart in {self.names_path}"
            )
        return False

    def fill(self, name: str, schema: dict[str, Any]) -> None:
        """The definition as the later stages read it: its anonymous schemas named."""
        known = self.found[name]
        self.found[name] = Definition(name, schema, known.file, known.pointer, known.draft)


def load_schemas(directory: Path) -> SchemaSet:
    if not directory.is_dir():
        raise GeneratorError(f"{directory}: schema folder not found")
    files = sorted(directory.glob("*.json"), key=lambda p: p.name)
    if not files:
        raise GeneratorError(f"{directory}: no *.json schema files")
    profile = load_profile(directory)
    overrides = load_overrides(directory / OVERRIDES_FILE)
    check_all_files_exist(overrides, {p.name for p in files}, directory / OVERRIDES_FILE)
    definitions = _Definitions(directory / NAMES_FILE)
    namer = Namer(load_names(directory / NAMES_FILE), directory / NAMES_FILE, definitions.claim)
    roots: dict[str, dict[str, Any]] = {}
    drafts: dict[str, Draft] = {}
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
        definitions.draft = drafts[path.name] = _draft(root, path.name)
        fresh = {
            name
            for name, schema in root.get("definitions", {}).items()
            if definitions.claim(name, schema, path.name, f"/definitions/{escape_pointer(name)}")
        }
        root = namer.name_file(root, path.name, fresh)
        for name in fresh | set(namer.added):
            definitions.fill(name, root["definitions"][name])
        roots[path.stem] = root
    namer.check_all_used({p.name for p in files})
    return SchemaSet(roots, definitions.found, overrides, profile, drafts)
