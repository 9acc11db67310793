"""coverage_matrix.yaml: one line per message, equal to the seed, spec directions, strict parsing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.matrix import load_matrix

from .conftest import ROOT
from .seed import read_seed

MATRIX = ROOT / "coverage_matrix.yaml"
# The specification's direction where the seed table is wrong.
CORRECTED = {
    "MeterValues": "ChargingStation->CSMS",
    "SendLocalList": "CSMS->ChargingStation",
    "PublishFirmwareStatusNotification": "LocalController->CSMS",
    "UnpublishFirmware": "CSMS->LocalController",
}


def test_one_line_per_message_and_flip_is_one_word() -> None:
    lines = [line for line in MATRIX.read_text().splitlines() if re.match(r"^  \w+:\s+\{.*\}$", line)]
    assert len(lines) == 64
    assert all(re.search(r"implemented: (yes|no)[,}]", line) for line in lines)


def test_implemented_and_notes_equal_the_seed() -> None:
    matrix = load_matrix(MATRIX)
    seed = read_seed()["messages"]
    assert sorted(e.action for e in matrix.entries) == sorted(r.schema_name for r in seed)
    for row in seed:
        entry = matrix.entry(row.schema_name)
        assert entry.implemented == row.implemented, row.name
        assert entry.note == row.mark, row.name
    assert sum(e.implemented for e in matrix.entries) == 24


def test_directions_follow_the_specification() -> None:
    matrix = load_matrix(MATRIX)
    for row in read_seed()["messages"]:
        entry = matrix.entry(row.schema_name)
        if row.schema_name in CORRECTED:
            assert entry.direction == CORRECTED[row.schema_name]
            assert entry.seed_direction == row.direction
        else:
            assert entry.direction == row.direction, row.name
            assert entry.seed_direction is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Both, implemented: maybe}\n", ":5: A: `implemented: maybe`"),
        ("package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Sideways, implemented: yes}\n", ":5: A: `direction: Sideways`"),
        (
            "package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Both, implemented: yes}\n  A: {direction: Both, implemented: no}\n",
            ":6: duplicate key 'A'",
        ),
        ("package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Both, implemented: yes\n", "not valid YAML"),
        ("package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Both, implemented: yes, colour: red}\n", "unknown keys ['colour']"),
        ("package: p\nocpp_version: '1'\nrelease: -1\nmessages:\n  A: {direction: Both, implemented: yes}\n", "`release: -1` must be a non-negative integer"),
    ],
)
def test_bad_matrices_are_refused_with_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "matrix.yaml"
    path.write_text(text)
    with pytest.raises(GeneratorError) as info:
        load_matrix(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)
