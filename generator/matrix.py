"""Stage: read and check coverage_matrix.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import GeneratorError

# Direction of a request -> how the generated docstrings say it.
DIRECTIONS = {
    "ChargingStation->CSMS": "sent by the Charging Station to the CSMS",
    "CSMS->ChargingStation": "sent by the CSMS to the Charging Station",
    "Both": "sent by either side",
    "CSMS->LocalController": "sent by the CSMS to the Local Controller",
    "LocalController->CSMS": "sent by the Local Controller to the CSMS",
}
ENTRY_KEYS = {"direction", "implemented", "seed_direction", "note"}
TOP_KEYS = {"package", "ocpp_version", "release", "messages"}


@dataclass(frozen=True)
class MatrixEntry:
    action: str
    direction: str
    implemented: bool
    seed_direction: str | None
    note: str | None
    line: int


@dataclass(frozen=True)
class Matrix:
    path: Path
    package: str
    ocpp_version: str
    release: int
    entries: tuple[MatrixEntry, ...]

    @property
    def version(self) -> str:
        """The package version: the OCPP version plus the release number."""
        return f"{self.ocpp_version}.{self.release}"

    def entry(self, action: str) -> MatrixEntry:
        return next(e for e in self.entries if e.action == action)


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys instead of keeping the last one."""


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise GeneratorError(
                f"{loader.name}:{key_node.start_mark.line + 1}: duplicate key {key!r} "
                f"(first on line {seen[key]}); keep one line per message"
            )
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates
)


def _key_lines(text: str, path: Path) -> dict[str, int]:
    """Line number of every key under `messages:` (for error messages)."""
    loader = _StrictLoader(text)
    loader.name = str(path)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    lines: dict[str, int] = {}
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "messages" and isinstance(value, yaml.MappingNode):
                for mkey, _ in value.value:
                    lines[str(mkey.value)] = mkey.start_mark.line + 1
    return lines


def load_matrix(path: Path) -> Matrix:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot read the coverage matrix: {exc.strerror}") from None
    try:
        loader = _StrictLoader(text)
        loader.name = str(path)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
        lines = _key_lines(text, path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise GeneratorError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise GeneratorError(
            f"{path}: expected a mapping with keys {sorted(TOP_KEYS)}; the file is empty or not a mapping"
        )
    unknown = set(map(str, data)) - TOP_KEYS
    if unknown:
        raise GeneratorError(f"{path}: unknown top-level keys {sorted(unknown)}; allowed: {sorted(TOP_KEYS)}")
    for key in ("package", "ocpp_version"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise GeneratorError(f"{path}: `{key}:` must be a non-empty string")
    release = data.get("release")
    if isinstance(release, bool) or not isinstance(release, int) or release < 0:
        raise GeneratorError(f"{path}: `release: {release}` must be a non-negative integer (the N of {data['ocpp_version']}.N)")
    if not str(data["package"]).isidentifier():
        raise GeneratorError(f"{path}: `package: {data['package']}` is not a Python identifier")
    messages = data.get("messages")
    if not isinstance(messages, dict) or not messages:
        raise GeneratorError(f"{path}: `messages:` must map each action to {{direction, implemented}}")
    entries = []
    for action, spec in messages.items():
        line = lines.get(str(action), 0)
        where = f"{path}:{line}"
        if not isinstance(action, str) or not action.isidentifier():
            raise GeneratorError(f"{where}: message name {action!r} is not an action name")
        if not isinstance(spec, dict):
            raise GeneratorError(f"{where}: write `{action}: {{direction: ..., implemented: yes|no}}`")
        extra = set(map(str, spec)) - ENTRY_KEYS
        if extra:
            raise GeneratorError(f"{where}: unknown keys {sorted(extra)} for {action}; allowed: {sorted(ENTRY_KEYS)}")
        implemented = spec.get("implemented")
        if not isinstance(implemented, bool):
            raise GeneratorError(f"{where}: {action}: `implemented: {implemented}` must be yes or no")
        for key in ("direction", "seed_direction"):
            value = spec.get(key)
            if (key == "direction" or value is not None) and value not in DIRECTIONS:
                raise GeneratorError(
                    f"{where}: {action}: `{key}: {value}` is not one of {', '.join(DIRECTIONS)}"
                )
        note = spec.get("note")
        if note is not None and not isinstance(note, str):
            raise GeneratorError(f"{where}: {action}: `note:` must be a string")
        entries.append(
            MatrixEntry(action, spec["direction"], implemented, spec.get("seed_direction"), note, line)
        )
    return Matrix(path, data["package"], data["ocpp_version"], release, tuple(entries))
