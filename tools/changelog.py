"""The coverage part of a release's changelog entry, from the support reports of two revisions.

    python tools/changelog.py v2.0.1.0 HEAD      # or: make changelog-coverage FROM=v2.0.1.0
    python tools/changelog.py "" HEAD            # the first release: everything is new

Reads generated/SUPPORT.md as committed at each git revision (the support report the generator
writes: which messages, data types and enumerations a build implements, and which messages need
each type) and prints markdown for CHANGELOG.md: the counts, then under "Added" and "Removed"
each message with the data types and enumerations that came or went with it.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPORT = "generated/SUPPORT.md"
SECTIONS = {"Messages": "Message", "Data types": "DataType", "Enumerations": "Enumeration"}


class ChangelogError(Exception):
    """A revision or report that cannot be read, said in one line."""


@dataclass
class Support:
    """What one support report says is implemented."""

    messages: dict[str, str] = field(default_factory=dict)  # implemented action -> direction
    totals: dict[str, int] = field(default_factory=dict)  # section -> rows in it
    implemented: dict[str, set[str]] = field(default_factory=dict)  # section -> names
    needed_by: dict[str, dict[str, set[str]]] = field(
        default_factory=dict
    )  # section -> name -> actions


def parse_support(text: str, where: str) -> Support:
    """The tables of a support report, read by their column names."""
    support = Support()
    section = None
    columns: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("## "):
            section = line[3:].strip() if line[3:].strip() in SECTIONS else None
            columns = []
            continue
        if section is None or "|" not in line or set(line) <= set("-| "):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if not columns:
            columns = cells
            if SECTIONS[section] not in columns or "Implemented" not in columns:
                raise ChangelogError(
                    f"{where}:{number}: the {section} table has no "
                    f"{SECTIONS[section]} or Implemented column"
                )
            continue
        row = dict(zip(columns, cells, strict=False))
        name = row[SECTIONS[section]]
        support.totals[section] = support.totals.get(section, 0) + 1
        if row["Implemented"] != "yes":
            continue
        support.implemented.setdefault(section, set()).add(name)
        if section == "Messages":
            support.messages[name] = row.get("Direction", "")
        else:
            users = {a.strip() for a in row.get("Needed by", "").split(",") if a.strip()}
            support.needed_by.setdefault(section, {})[name] = users
    if "Messages" not in support.totals:
        raise ChangelogError(f"{where}: no Messages table: is this a support report?")
    return support


def report_at(revision: str, repo: Path) -> Support:
    """The support report committed at `revision`; an empty one for "" (before the first release)."""
    if not revision:
        return Support()
    shown = subprocess.run(
        ["git", "show", f"{revision}:{REPORT}"], cwd=repo, capture_output=True, text=True
    )
    if shown.returncode != 0:
        reason = shown.stderr.strip().splitlines()[-1] if shown.stderr.strip() else "git failed"
        raise ChangelogError(f"cannot read {REPORT} at {revision!r}: {reason}")
    return parse_support(shown.stdout, f"{revision}:{REPORT}")


def _names(names: set[str]) -> str:
    quoted = [f"`{n}`" for n in sorted(names, key=str.lower)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _entries(new: Support, old: Support, verb: str) -> list[str]:
    """One line per message of `new` that `old` lacks, with the types that came with it."""
    lines = []
    types = {
        section: new.implemented.get(section, set()) - old.implemented.get(section, set())
        for section in ("Data types", "Enumerations")
    }
    explained: set[str] = set()
    for action in sorted(set(new.messages) - set(old.messages), key=str.lower):
        parts = []
        for section in ("Data types", "Enumerations"):
            brought = {
                t for t in types[section] if action in new.needed_by.get(section, {}).get(t, set())
            }
            explained |= brought
            if brought:
                parts.append(f"{_label(section, len(brought))} {_names(brought)}")
        direction = f" ({new.messages[action]})" if new.messages[action] else ""
        tail = f", {verb} " + " and ".join(parts) if parts else ""
        lines.append(f"- Message `{action}`{direction}{tail}.")
    for section in ("Data types", "Enumerations"):
        for name in sorted(types[section] - explained, key=str.lower):
            # not tied to a message of this list: say what the report says needs it
            users = ", ".join(sorted(new.needed_by[section][name])) or "no message"
            lines.append(f"- {_label(section, 1).capitalize()} `{name}`: {users}.")
    return lines


def _label(section: str, count: int) -> str:
    singular = {"Data types": "data type", "Enumerations": "enumeration"}[section]
    return singular if count == 1 else singular + "s"


def coverage(old: Support, new: Support, old_name: str, new_name: str) -> str:
    def counts(support: Support) -> str:
        return ", ".join(
            f"{len(support.implemented.get(s, ()))} of {support.totals.get(s, 0)} {s.lower()}"
            for s in SECTIONS
        )

    source = f"`{REPORT}` at {old_name or 'nothing (first release)'} and {new_name}"
    lines = [f"<!-- coverage: {source}; written by tools/changelog.py -->"]
    before = f" (before: {counts(old)})" if old_name else ""
    lines.append(f"Coverage: {counts(new)}{before}.")
    added = _entries(new, old, "with")
    removed = _entries(old, new, "and with it")
    if added:
        lines += ["", "### Added", ""] + added
    if removed:
        lines += ["", "### Removed", ""] + removed
    if not added and not removed:
        lines += ["", "No message, data type or enumeration was added or removed."]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(
            'usage: python tools/changelog.py FROM TO   (FROM "" for the first release)',
            file=sys.stderr,
        )
        return 2
    old_name, new_name = argv
    repo = Path.cwd()
    try:
        old, new = report_at(old_name, repo), report_at(new_name, repo)
    except ChangelogError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(coverage(old, new, old_name, new_name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
