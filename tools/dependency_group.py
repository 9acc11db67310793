"""Print a PEP 735 dependency group of pyproject.toml, one requirement a line.

`make` installs the group a target needs from this list (`pip install -r`), so any pip works:
pip's own `pip install --group NAME` needs pip >= 25.1, newer than the one a fresh virtual
environment of Python 3.11 comes with. `{include-group = "other"}` entries are resolved.

    python tools/dependency_group.py dev > requirements-dev.txt
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


class GroupError(ValueError):
    """A group that is missing, includes itself, or holds an entry PEP 735 does not allow."""


def _normalized(name: str) -> str:
    # PEP 735 compares group names as package names are compared
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(groups: dict[str, object], name: str) -> list[str]:
    """The requirements of group `name`, includes resolved, each once, in the order written."""
    by_name = {_normalized(key): key for key in groups}
    found: list[str] = []

    def visit(group: str, chain: tuple[str, ...]) -> None:
        key = by_name.get(_normalized(group))
        if key is None:
            known = ", ".join(sorted(groups)) or "none"
            raise GroupError(f"no dependency group {group!r} (the groups: {known})")
        if key in chain:
            raise GroupError(
                f"dependency group {key!r} includes itself: {' -> '.join(chain)} -> {key}"
            )
        entries = groups[key]
        if not isinstance(entries, list):
            raise GroupError(f"dependency group {key!r} is not a list")
        for entry in entries:
            if isinstance(entry, str):
                if entry not in found:
                    found.append(entry)
            elif isinstance(entry, dict) and set(entry) == {"include-group"}:
                visit(str(entry["include-group"]), chain + (key,))
            else:
                raise GroupError(
                    f"dependency group {key!r}: {entry!r} is neither a requirement "
                    "nor {include-group = NAME}"
                )

    visit(name, ())
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/dependency_group.py GROUP", file=sys.stderr)
        return 2
    with PYPROJECT.open("rb") as file:
        groups = tomllib.load(file).get("dependency-groups", {})
    try:
        print("\n".join(requirements(groups, argv[0])))
    except GroupError as error:
        print(f"error: pyproject.toml: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
