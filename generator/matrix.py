"""Stage: read and check coverage_matrix.yaml."""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import GeneratorError
from .inputs import Mapping, load_yaml, read_text, shown

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


_VERSION = re.compile(r"[0-9]+(?:\.[0-9]+)*\Z")
_PACKAGE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _package_problem(name: str) -> str | None:
    """Why `name` cannot be the generated package's name, or None."""
    if not _PACKAGE.match(name):
        return "is not a Python identifier (ASCII letters, digits and underscores)"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if name in sys.stdlib_module_names or name in sys.builtin_module_names or name == "__main__":
        return "is a standard-library module, which the package would shadow (it could not be imported)"
    return None


def load_matrix(path: Path) -> Matrix:
    data = load_yaml(path, read_text(path, "coverage matrix"))
    if not isinstance(data, Mapping):
        raise GeneratorError(
            f"{path}:1: expected a mapping with keys {sorted(TOP_KEYS)}; the file is empty or not a mapping"
        )
    unknown = [k for k in data if k not in TOP_KEYS]
    if unknown:
        first = min(unknown, key=lambda k: data.line(k, 1))
        raise GeneratorError(
            f"{path}:{data.line(first, 1)}: unknown top-level key {data.key_text(first)!r}; allowed: {sorted(TOP_KEYS)}"
        )

    def at(key: str) -> str:
        return f"{path}:{data.line(key, 1)}"

    for key in ("package", "ocpp_version", "release", "messages"):
        if key not in data:
            raise GeneratorError(f"{path}:1: `{key}:` is missing")
    package, version, release = data["package"], data["ocpp_version"], data["release"]
    if not isinstance(package, str) or _package_problem(package):
        problem = _package_problem(package) if isinstance(package, str) else "must be a string"
        raise GeneratorError(f"{at('package')}: `package: {shown(package)}` {problem}")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise GeneratorError(
            f"{at('ocpp_version')}: `ocpp_version: {shown(version)}` must be a version such as '2.0.1' "
            "(digits and dots), written as a string"
        )
    if isinstance(release, bool) or not isinstance(release, int) or release < 0:
        raise GeneratorError(
            f"{at('release')}: `release: {shown(release)}` must be a non-negative integer (the N of {version}.N)"
        )
    messages = data["messages"]
    if not isinstance(messages, Mapping) or not messages:
        raise GeneratorError(
            f"{at('messages')}: `messages:` must map each action to {{direction, implemented}}"
        )
    entries = []
    for action, spec in messages.items():
        line = messages.line(action, 0)
        where = f"{path}:{line}"
        written = messages.key_text(action)
        if not isinstance(action, str) or not action.isidentifier():
            raise GeneratorError(f"{where}: message name {written!r} is not an action name")
        if not isinstance(spec, Mapping):
            raise GeneratorError(
                f"{where}: write `{action}: {{direction: ..., implemented: yes|no}}`"
            )
        extra = [k for k in spec if k not in ENTRY_KEYS]
        if extra:
            raise GeneratorError(
                f"{where}: unknown keys {sorted(spec.key_text(k) for k in extra)} for {action}; allowed: {sorted(ENTRY_KEYS)}"
            )
        implemented = spec.get("implemented")
        if not isinstance(implemented, bool):
            raise GeneratorError(
                f"{where}: {action}: `implemented: {shown(implemented)}` must be yes or no"
            )
        for key in ("direction", "seed_direction"):
            value = spec.get(key)
            if (key == "direction" or value is not None) and not (
                isinstance(value, str) and value in DIRECTIONS
            ):
                raise GeneratorError(
                    f"{where}: {action}: `{key}: {shown(value)}` is not one of {', '.join(DIRECTIONS)}"
                )
        note = spec.get("note")
        if note is not None and not isinstance(note, str):
            raise GeneratorError(f"{where}: {action}: `note:` must be a string")
        entries.append(
            MatrixEntry(
                action, spec["direction"], implemented, spec.get("seed_direction"), note, line
            )
        )
    return Matrix(path, package, version, release, tuple(entries))
