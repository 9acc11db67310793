"""Stage: declared deviations from the vendored schemas (`<schemas>/overrides.yaml`).

The vendored files stay byte for byte as published; errata and local decisions are applied to
the loaded JSON here, each with a reason, and the support report lists every one in force.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GeneratorError
from .inputs import Mapping, load_yaml, plain_data, read_text

_KEYS = {"file", "pointer", "value", "remove", "reason"}


@dataclass(frozen=True)
class Override:
    file: str
    pointer: str
    remove: bool
    value: Any
    reason: str


def load_overrides(path: Path) -> tuple[Override, ...]:
    if not path.exists() and not path.is_symlink():
        return ()
    data = load_yaml(path, read_text(path, "overrides file"))
    if data is None:
        return ()
    if (
        not isinstance(data, Mapping)
        or set(data) != {"overrides"}
        or not isinstance(data["overrides"], list)
    ):
        raise GeneratorError(
            f"{path}:1: expected `overrides:` followed by a list of {{file, pointer, value | remove, reason}}"
        )
    overrides = []
    for number, entry in enumerate(data["overrides"], start=1):
        where = f"{path}: override {number}"
        if isinstance(entry, Mapping) and entry.lines:
            where = f"{path}:{min(entry.lines.values())}: override {number}"
        if (
            not isinstance(entry, dict)
            or not {"file", "pointer", "reason"} <= set(entry)
            or set(entry) - _KEYS
        ):
            raise GeneratorError(
                f"{where}: needs `file`, `pointer`, `reason` and one of `value`, `remove: true`"
            )
        if ("value" in entry) == bool(entry.get("remove")):
            raise GeneratorError(f"{where}: give either `value: ...` or `remove: true`")
        pointer, reason = entry["pointer"], entry["reason"]
        if not isinstance(pointer, str) or not pointer.startswith("/"):
            raise GeneratorError(
                f"{where}: `pointer` must be a JSON pointer such as /properties/x/maxLength"
            )
        if not isinstance(reason, str) or not reason.strip():
            raise GeneratorError(f"{where}: `reason` must say why the deviation is made")
        if not isinstance(entry["file"], str):
            raise GeneratorError(f"{where}: `file` must be the name of a schema file")
        plain_data(entry.get("value"), f"{where}: `value`")
        overrides.append(
            Override(
                entry["file"],
                pointer,
                bool(entry.get("remove")),
                entry.get("value"),
                reason.strip(),
            )
        )
    return tuple(overrides)


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def apply_overrides(file: str, schema: Any, overrides: tuple[Override, ...]) -> Any:
    """`schema` with this file's overrides applied (a copy when there are any)."""
    mine = [o for o in overrides if o.file == file]
    if not mine:
        return schema
    schema = copy.deepcopy(schema)
    for override in mine:
        *parents, last = _tokens(override.pointer)
        node = schema
        for token in parents:
            node = node.get(token) if isinstance(node, dict) else None
        if not isinstance(node, dict) or last not in node:
            raise GeneratorError(
                f"override of {file}#{override.pointer}: no such member in the schema; check the pointer"
            )
        if override.remove:
            del node[last]
        else:
            node[last] = override.value
    return schema


def check_all_files_exist(overrides: tuple[Override, ...], files: set[str], path: Path) -> None:
    for override in overrides:
        if override.file not in files:
            raise GeneratorError(f"{path}: override of {override.file}: no such schema file")
