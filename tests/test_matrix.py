"""coverage_matrix.yaml: one line per message, the seed's messages and marks, spec directions, strict parsing.

The seed (the reference table) was the first release: its `yes` messages stay implemented, and
flipping a line only adds to them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ocpp201
from generator.errors import GeneratorError
from generator.matrix import load_matrix

from .conftest import ROOT
from .support.implemented import implemented_actions
from .support.seed import read_seed

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
    assert len(lines) == len(read_seed()["messages"])
    assert all(re.search(r"implemented: (yes|no)[,}]", line) for line in lines)


def test_the_same_messages_as_the_seed_with_its_notes() -> None:
    matrix = load_matrix(MATRIX)
    seed = read_seed()["messages"]
    assert sorted(e.action for e in matrix.entries) == sorted(r.schema_name for r in seed)
    for row in seed:
        assert matrix.entry(row.schema_name).note == row.mark, row.name


def test_flipping_only_adds_to_the_seed() -> None:
    """The first release implemented the seed's `yes` messages; later ones keep them."""
    matrix = load_matrix(MATRIX)
    dropped = [r.name for r in read_seed()["messages"] if r.implemented and not matrix.entry(r.schema_name).implemented]
    assert not dropped, f"the reference table marks these implemented: {dropped}"


def test_the_package_implements_what_the_matrix_says() -> None:
    assert ocpp201.IMPLEMENTED_ACTIONS == implemented_actions()
    for entry in load_matrix(MATRIX).entries:
        if entry.implemented:
            assert ocpp201.ACTIONS[entry.action].direction == entry.direction


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


def test_a_misspelt_message_is_reported_at_its_line_with_the_closest_name(tmp_path: Path) -> None:
    from generator.__main__ import generate

    text = MATRIX.read_text()
    [line] = [n for n, row in enumerate(text.splitlines(), start=1) if row.startswith("  Heartbeat:")]
    typo = tmp_path / "coverage_matrix.yaml"
    typo.write_text(text.replace("  Heartbeat:", "  Heartbeet:"))
    with pytest.raises(GeneratorError) as info:
        generate(ROOT / "schemas", typo, ROOT / "templates", everything=False)
    assert str(info.value).startswith(f"{typo}:{line}: unknown message 'Heartbeet'")
    assert "did you mean 'Heartbeat'?" in str(info.value)
