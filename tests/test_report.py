"""generated/SUPPORT.md: the matrix row by row, and exactly the data types and enumerations the
implemented messages need, found here by walking the schemas' `$ref`s independently of the generator.

The seed (the reference table) stays a check: what it marks implemented is implemented, and a
build of exactly its messages reproduces its three tables."""

from __future__ import annotations

import re
from typing import Any

from .conftest import ROOT, SCHEMA_NAMES, load_schema
from .support.implemented import implemented_actions, matrix
from .support.seed import read_seed
from .test_matrix import CORRECTED

REPORT = ROOT / "generated" / "SUPPORT.md"
ALWAYS = "CustomDataType"  # every object may carry customData


def _tables(text: str) -> dict[str, list[list[str]]]:
    tables: dict[str, list[list[str]]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            tables[current] = []
        elif (
            current
            and " | " in line
            and not line.startswith(("Direction |", "DataType |", "Enumeration |"))
        ):
            tables[current].append([c.strip() for c in line.strip().rstrip("|").split("|")])
    return tables


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(v) for k, v in node.items() if k != "definitions"))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def _needed_by(action: str) -> set[str]:
    """Every definition the action's request and response reach through `$ref`."""
    needed: set[str] = set()
    for name in (f"{action}Request", f"{action}Response"):
        schema = load_schema(name)
        stack = list(_refs(schema))
        while stack:
            ref = stack.pop()
            if ref not in needed:
                needed.add(ref)
                stack.extend(_refs(schema["definitions"][ref]))
    return needed


def _by_name(names: set[str]) -> list[str]:
    return sorted(names, key=lambda n: (n.lower(), n))


def test_messages_table_equals_the_matrix_row_by_row() -> None:
    rows = _tables(REPORT.read_text())["Messages"]
    entries = sorted(matrix().entries, key=lambda e: (e.action.lower(), e.action))
    assert [r[1] for r in rows] == [e.action for e in entries]
    for (direction, name, implemented, notes), entry in zip(rows, entries, strict=True):
        assert direction == entry.direction, name
        assert implemented == ("yes" if entry.implemented else "no"), name
        expected_notes = []
        if entry.seed_direction is not None:
            expected_notes.append(f"direction corrected (reference table: {entry.seed_direction})")
        if entry.note is not None:
            expected_notes.append(f"reference note: {entry.note}")
        assert notes == "; ".join(expected_notes), name


def test_messages_table_keeps_the_seed() -> None:
    rows = {r[1]: r for r in _tables(REPORT.read_text())["Messages"]}
    for s in read_seed()["messages"]:
        direction, name, implemented, notes = rows[s.schema_name]
        if s.implemented:
            assert implemented == "yes", name
        if name in CORRECTED:
            assert direction == CORRECTED[name]
            assert f"direction corrected (reference table: {s.direction})" in notes
        else:
            assert direction == s.direction, name
            assert "corrected" not in notes


def test_datatype_and_enum_tables_are_what_the_implemented_messages_need() -> None:
    tables = _tables(REPORT.read_text())
    definitions = {
        name: schema
        for s in SCHEMA_NAMES
        for name, schema in load_schema(s).get("definitions", {}).items()
    }
    users: dict[str, set[str]] = {}
    for action in implemented_actions():
        for name in _needed_by(action):
            users.setdefault(name, set()).add(action)
    for table, is_enum in (("Data types", False), ("Enumerations", True)):
        names = {n for n, schema in definitions.items() if ("enum" in schema) == is_enum}
        expected = []
        for name in _by_name(names):
            if name == ALWAYS:
                expected.append([name, "yes", "always (every object may carry it)"])
            elif name in users:
                expected.append([name, "yes", ", ".join(_by_name(users[name]))])
            else:
                expected.append([name, "no", ""])
        assert tables[table] == expected, table


def test_seed_data_types_and_enums_stay_implemented() -> None:
    tables = _tables(REPORT.read_text())
    seed = read_seed()
    for table, section in (("Data types", "datatypes"), ("Enumerations", "enums")):
        implemented = {r[0] for r in tables[table] if r[1] == "yes"}
        seed_yes = {s.schema_name for s in seed[section] if s.implemented}
        assert seed_yes <= implemented, table
        if implemented_actions() == {s.schema_name for s in seed["messages"] if s.implemented}:
            # the first release: the report reproduces the reference table exactly
            rows = [(r[0], r[1]) for r in tables[table] if r[0] != ALWAYS]
            assert rows == [
                (s.schema_name, "yes" if s.implemented else "no") for s in seed[section]
            ]


def test_counts() -> None:
    text = REPORT.read_text()
    tables = _tables(text)
    for label, table in (
        ("Messages", "Messages"),
        ("Data types", "Data types"),
        ("Enumerations", "Enumerations"),
    ):
        rows = tables[table]
        yes = sum(r[2 if table == "Messages" else 1] == "yes" for r in rows)
        assert f"- {label}: {yes}/{len(rows)}\n" in text
    match = re.search(r"^- Messages: (\d+)/(\d+)$", text, re.M)
    assert match is not None
    assert (int(match[1]), int(match[2])) == (len(implemented_actions()), len(matrix().entries))
