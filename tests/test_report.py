"""generated/SUPPORT.md: the seed's three tables, row by row, with counts and corrections."""

from __future__ import annotations

from .conftest import ROOT
from .seed import read_seed
from .test_matrix import CORRECTED

REPORT = ROOT / "generated" / "SUPPORT.md"


def _tables(text: str) -> dict[str, list[list[str]]]:
    tables: dict[str, list[list[str]]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            tables[current] = []
        elif current and " | " in line and not line.startswith(("Direction |", "DataType |", "Enumeration |")):
            tables[current].append([c.strip() for c in line.strip().rstrip("|").split("|")])
    return tables


def test_messages_table_equals_the_seed_row_by_row() -> None:
    rows = _tables(REPORT.read_text())["Messages"]
    seed = read_seed()["messages"]
    assert [r[1] for r in rows] == [s.schema_name for s in seed]
    for row, s in zip(rows, seed):
        direction, name, implemented, notes = row
        assert implemented == ("yes" if s.implemented else "no"), name
        if name in CORRECTED:
            assert direction == CORRECTED[name]
            assert f"direction corrected (reference table: {s.direction})" in notes
        else:
            assert direction == s.direction, name
            assert "corrected" not in notes


def test_datatype_and_enum_tables_equal_the_seed_row_by_row() -> None:
    tables = _tables(REPORT.read_text())
    seed = read_seed()
    datatypes = [r for r in tables["Data types"] if r[0] != "CustomDataType"]
    assert [(r[0], r[1]) for r in datatypes] == [
        (s.schema_name, "yes" if s.implemented else "no") for s in seed["datatypes"]
    ]
    assert [(r[0], r[1]) for r in tables["Enumerations"]] == [
        (s.schema_name, "yes" if s.implemented else "no") for s in seed["enums"]
    ]
    assert ["CustomDataType", "yes", "always (every object may carry it)"] in tables["Data types"]


def test_counts_and_derivation_notes() -> None:
    text = REPORT.read_text()
    assert "- Messages: 24/64" in text
    assert "- Data types: 19/55" in text
    assert "- Enumerations: 35/88" in text
    tables = _tables(text)
    id_token = next(r for r in tables["Data types"] if r[0] == "IdTokenType")
    assert "Authorize" in id_token[2] and "TransactionEvent" in id_token[2]
    # a derived type lists only implemented messages that pull it in
    assert "GetVariables" not in id_token[2]
    assert all(r[2] == "" for r in tables["Enumerations"] if r[1] == "no")
