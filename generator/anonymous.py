"""Stage: names for anonymous objects and enumerations (`<schemas>/names.yaml`).

OCPP 1.6 writes its nested objects and enumerations inline, where OCPP 2.x names them in
`definitions`. One rule names them: the name of the property they stand at, capitalised word by
word (`sampledValue` -> `SampledValue`, `measurand` -> `Measurand`, `idTagInfo` -> `IdTagInfo`);
the items of an array take the array's name (`meterValue` items -> `MeterValue`). No suffix
(`...Type`, `...EnumType`): those 2.x names come from the schemas' own definitions and are kept
as they are; an anonymous one has only its property to go by, which is also how the 1.6
specification names most of its types.

The schemas' own words decide where the rule cannot: `names.yaml`, beside the schemas, names one
anonymous schema by file and JSON pointer, each entry with a reason:

    names:
      BootNotificationResponse.json#/properties/status: {name: RegistrationStatus, reason: ...}

Same name and same structure (descriptions apart) is one shared type, as with same-named
definitions; same name and another structure stops the run, naming both places and the entry
to add. A copy of a type named before is not looked into again, so the types inside it are
named where it first occurs (in the sorted order of the files). Each named schema becomes a
definition of its file and its place a `$ref` to it: the later stages see definitions only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GeneratorError
from .inputs import Mapping, load_yaml, read_text, shown
from .naming import words

NAMES_FILE = "names.yaml"


@dataclass(frozen=True)
class NameEntry:
    name: str
    reason: str
    line: int


def load_names(path: Path) -> dict[tuple[str, str], NameEntry]:
    """`names.yaml`: (file, JSON pointer) -> the name given there; none if there is no file."""
    if not path.exists() and not path.is_symlink():
        return {}
    data = load_yaml(path, read_text(path, "names file"))
    if data is None:
        return {}
    if not isinstance(data, Mapping) or set(data) != {"names"}:
        raise GeneratorError(
            f"{path}:1: expected `names:` mapping `<file>#<JSON pointer>` to {{name, reason}}"
        )
    entries = data["names"]
    if entries is None:
        return {}
    if not isinstance(entries, Mapping):
        raise GeneratorError(
            f"{path}:{data.line('names', 1)}: `names:` maps `<file>#<JSON pointer>` to {{name, reason}}"
        )
    names: dict[tuple[str, str], NameEntry] = {}
    for key, entry in entries.items():
        line = entries.line(key, 1)
        where = f"{path}:{line}"
        file, hash_sign, pointer = key.partition("#") if isinstance(key, str) else ("", "", "")
        if not hash_sign or not file.endswith(".json") or not pointer.startswith("/"):
            raise GeneratorError(
                f"{where}: {shown(key)} must be a schema file and a JSON pointer, such as "
                "MeterValues.json#/properties/meterValue/items"
            )
        if not isinstance(entry, Mapping) or set(entry) != {"name", "reason"}:
            raise GeneratorError(f"{where}: each entry is {{name: ..., reason: ...}}")
        name, reason = entry["name"], entry["reason"]
        if not isinstance(name, str):
            raise GeneratorError(f"{where}: `name: {shown(name)}` must be a class name")
        if not isinstance(reason, str) or not reason.strip():
            raise GeneratorError(f"{where}: `reason` must say why the name is given")
        names[(file, pointer)] = NameEntry(name, reason.strip(), line)
    return names


def rule_name(property_name: str) -> str:
    """The name the rule gives an anonymous schema at `property_name`: its words capitalised."""
    return "".join(w[:1].upper() + w[1:] for w in words(property_name))


def is_anonymous(schema: Any) -> bool:
    """An object or enumeration written inline: what gets a name of its own here."""
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and (schema.get("type") == "object" or "enum" in schema)
    )


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


Claim = Callable[[str, dict[str, Any], str, str], bool]
"""claim(name, schema as written, file, pointer): True for a new name, False when an equal type
of that name is known already (the place then refers to it); raises when a different one is."""


@dataclass
class Namer:
    """Names the anonymous schemas of every file in turn; `claim` keeps the names given."""

    entries: dict[tuple[str, str], NameEntry]
    names_path: Path
    claim: Claim

    def __post_init__(self) -> None:
        self.used: set[tuple[str, str]] = set()
        self.added: dict[str, dict[str, Any]] = {}

    def name_file(self, root: dict[str, Any], file: str, fresh: set[str]) -> dict[str, Any]:
        """`root` with every anonymous schema replaced by a `$ref` to a definition of its own,
        added to its `definitions` (a copy where anything changes). Of its own definitions, only
        the `fresh` ones (not copies of ones seen before) are looked into."""
        self.added = {}
        named = self._inside(root, file, "")
        own = named.get("definitions", {})
        definitions = {
            name: (
                self._inside(schema, file, f"/definitions/{_escape(name)}")
                if name in fresh
                else schema
            )
            for name, schema in own.items()
        }
        if any(definitions[n] is not own[n] for n in own) or self.added:
            named = {**named, "definitions": {**definitions, **self.added}}
        return named

    def _inside(self, schema: dict[str, Any], file: str, pointer: str) -> dict[str, Any]:
        """`schema` with the anonymous schemas of its properties and items named."""
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            return schema
        named = {
            key: self._at(sub, key, file, f"{pointer}/properties/{_escape(key)}")
            for key, sub in properties.items()
        }
        if all(named[key] is properties[key] for key in properties):
            return schema
        return {**schema, "properties": named}

    def _at(self, schema: Any, property_name: str, file: str, pointer: str) -> Any:
        """The schema at a property (or in the items of an array property) as it stays."""
        if not isinstance(schema, dict):
            return schema
        if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            items = self._at(schema["items"], property_name, file, f"{pointer}/items")
            return schema if items is schema["items"] else {**schema, "items": items}
        if not is_anonymous(schema):
            return schema
        entry = self.entries.get((file, pointer))
        if entry is not None:
            self.used.add((file, pointer))
        name = entry.name if entry is not None else rule_name(property_name)
        if self.claim(name, schema, file, pointer):  # new: its own anonymous schemas next
            self.added[name] = self._inside(schema, file, pointer)
        prose = {k: v for k, v in schema.items() if k in ("description", "comment", "$comment")}
        return {"$ref": f"#/definitions/{name}", **prose}

    def check_all_used(self, files: set[str]) -> None:
        """Every entry names a schema that was named: a stale or mistyped one stops the run."""
        for (file, pointer), entry in sorted(self.entries.items(), key=lambda e: e[1].line):
            if (file, pointer) in self.used:
                continue
            where = f"{self.names_path}:{entry.line}: {file}#{pointer}"
            if file not in files:
                raise GeneratorError(f"{where}: no such schema file")
            raise GeneratorError(
                f"{where}: no anonymous object or enumeration is named there (a pointer to "
                "something else, or inside a copy of a type already named where it first occurs)"
            )


def same_name_other_structure(
    name: str, first: str, second: str, names_path: Path, second_pointer: tuple[str, str]
) -> GeneratorError:
    """The error for two different schemas that get one name."""
    file, pointer = second_pointer
    return GeneratorError(
        f"the name {name!r} is given to two schemas that differ: {first} and {second}; name one "
        f"of them in {names_path}, e.g. `{file}#{pointer}: {{name: <another name>, reason: ...}}` "
        "under `names:`"
    )
