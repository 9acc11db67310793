"""Reads the reference coverage table (tests/fixtures/seed-coverage-table.txt, transcribed from
the project's seed) into rows, and maps its names to schema names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FIXTURE = Path(__file__).parents[1] / "fixtures" / "seed-coverage-table.txt"
DIRECTIONS = {
    "Ch -> CS": "ChargingStation->CSMS",
    "CS -> Ch": "CSMS->ChargingStation",
    "Ch <> CS": "Both",
    "CS -> CO": "CSMS->LocalController",
}
MESSAGE_ALIASES = {"GetEVCertificate": "Get15118EVCertificate"}


@dataclass(frozen=True)
class SeedRow:
    name: str  # as the seed writes it
    schema_name: str
    implemented: bool
    direction: str | None = None  # messages only, in matrix spelling
    mark: str | None = None


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def read_seed() -> dict[str, list[SeedRow]]:
    sections: dict[str, list[SeedRow]] = {"messages": [], "datatypes": [], "enums": []}
    section = "messages"
    for line in FIXTURE.read_text().splitlines():
        if line.startswith("DataTypes"):
            section = "datatypes"
            continue
        if line.startswith("Enumerations |") or line.strip() == "Enumerations":
            section = "enums"
            continue
        cells = _cells(line)
        if section == "messages":
            if len(cells) < 3 or cells[0] not in DIRECTIONS:
                continue
            mark = cells[3] if len(cells) > 3 and cells[3] else None
            if mark is None and line.rstrip().endswith("*"):
                mark = "*"
            sections["messages"].append(
                SeedRow(
                    cells[1],
                    MESSAGE_ALIASES.get(cells[1], cells[1]),
                    cells[2] == "yes",
                    DIRECTIONS[cells[0]],
                    mark,
                )
            )
        elif len(cells) >= 2 and cells[1] in ("yes", "no"):
            suffix = "Type" if section == "datatypes" else "EnumType"
            schema_name = cells[0] if cells[0] == "AuthorizationData" else cells[0] + suffix
            mark = (
                cells[2]
                if len(cells) > 2 and cells[2]
                else (line.strip()[-1] if line.strip()[-1] in "*?" else None)
            )
            sections[section].append(SeedRow(cells[0], schema_name, cells[1] == "yes", mark=mark))
    return sections
