"""coverage_matrix.yaml: one line per message, the seed's messages and marks, spec directions, strict parsing.

The seed (the reference table) was the first release: its `yes` messages stay implemented, and
flipping a line only adds to them."""

from __future__ import annotations

import re
from pathlib import Path

import ocpp201
import pytest

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
    lines = [
        line for line in MATRIX.read_text().splitlines() if re.match(r"^  \w+:\s+\{.*\}$", line)
    ]
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
    dropped = [
        r.name
        for r in read_seed()["messages"]
        if r.implemented and not matrix.entry(r.schema_name).implemented
    ]
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
        (
            "package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Both, implemented: maybe}\n",
            ":5: A: `implemented: maybe`",
        ),
        (
            "package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Sideways, implemented: yes}\n",
            ":5: A: `direction: Sideways`",
        ),
        (
            "package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Both, implemented: yes}\n  A: {direction: Both, implemented: no}\n",
            ":6: duplicate key 'A'",
        ),
        (
            "package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Both, implemented: yes\n",
            "not valid YAML",
        ),
        (
            "package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n  A: {direction: Both, implemented: yes, colour: red}\n",
            "unknown keys ['colour']",
        ),
        (
            "package: p\nocpp_version: '1'\nrelease: -1\nmessages:\n  A: {direction: Both, implemented: yes}\n",
            "`release: -1` must be a non-negative integer",
        ),
    ],
)
def test_bad_matrices_are_refused_with_file_and_line(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "matrix.yaml"
    path.write_text(text)
    with pytest.raises(GeneratorError) as info:
        load_matrix(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_a_misspelt_message_is_reported_at_its_line_with_the_closest_name(tmp_path: Path) -> None:
    from generator.__main__ import generate

    text = MATRIX.read_text()
    [line] = [
        n for n, row in enumerate(text.splitlines(), start=1) if row.startswith("  Heartbeat:")
    ]
    typo = tmp_path / "coverage_matrix.yaml"
    typo.write_text(text.replace("  Heartbeat:", "  Heartbeet:"))
    with pytest.raises(GeneratorError) as info:
        generate(ROOT / "schemas", typo, ROOT / "templates", everything=False)
    assert str(info.value).startswith(f"{typo}:{line}: unknown message 'Heartbeet'")
    assert "did you mean 'Heartbeat'?" in str(info.value)


HEAD = "package: p\nocpp_version: '1'\nrelease: 0\nmessages:\n"
GOOD = HEAD + "  A: {direction: Both, implemented: yes}\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            GOOD.replace("  A:", "  \xe9A:").encode("latin-1"),
            ":5: byte 0xe9 at column 3 is not UTF-8",
        ),
        (GOOD.encode("utf-16"), ":1: the coverage matrix is UTF-16"),
        (
            b"\xef\xbb\xbf" + GOOD.replace("  A:", "  \xe9A:").encode("latin-1"),
            ":5: byte 0xe9 at column 3 is not UTF-8",
        ),
        (GOOD.encode("utf-32"), ":1: the coverage matrix is UTF-32"),
        (GOOD.encode("utf-16-le"), ":1: NUL byte at column 2"),
        (
            (GOOD + "  B\0: {direction: Both, implemented: no}\n").encode(),
            ":6: NUL byte at column 4",
        ),
        (
            (GOOD + '  B: {direction: Both, implemented: no, note: "a\x07"}\n').encode(),
            ":6: character U+0007 at column 49 is not allowed in YAML",
        ),
        (
            (GOOD + "  ? [a, b]\n  : {direction: Both, implemented: no}\n").encode(),
            ":6: complex key `? [a, b]` is not allowed",
        ),
        (
            (GOOD + "  ? {a: 1}\n  : {direction: Both, implemented: no}\n").encode(),
            ":6: complex key `? {a: 1}` is not allowed",
        ),
        (
            (GOOD + "  yes: {direction: Both, implemented: no}\n").encode(),
            ":6: message name 'yes' is not an action name",
        ),
        (
            (GOOD + "  ~: {direction: Both, implemented: no}\n").encode(),
            ":6: message name '~' is not an action name",
        ),
        (
            (GOOD + "  12: {direction: Both, implemented: no}\n").encode(),
            ":6: message name '12' is not an action name",
        ),
        (
            GOOD.replace("'1'", "'1\"x'").encode(),
            ":2: `ocpp_version: 1\"x` must be a version such as '2.0.1'",
        ),
        (GOOD.replace("'1'", '"1\\nx"').encode(), ":2: `ocpp_version: '1\\nx'` must be a version"),
        (GOOD.replace("'1'", "1.0").encode(), ":2: `ocpp_version: 1.0` must be a version"),
        (
            GOOD.replace("'1'", "'2.0.1-rc1'").encode(),
            ":2: `ocpp_version: 2.0.1-rc1` must be a version",
        ),
        (
            GOOD.replace("package: p", "package: json").encode(),
            ":1: `package: json` is a standard-library module",
        ),
        (
            GOOD.replace("package: p", "package: typing").encode(),
            ":1: `package: typing` is a standard-library module",
        ),
        (
            GOOD.replace("package: p", "package: class").encode(),
            ":1: `package: class` is a Python keyword",
        ),
        (
            GOOD.replace("package: p", "package: my-bindings").encode(),
            ":1: `package: my-bindings` is not a Python identifier",
        ),
        (
            GOOD.replace("package: p", "package: pâté").encode(),
            ":1: `package: pâté` is not a Python identifier",
        ),
        (GOOD.replace("package: p", "package: 12").encode(), ":1: `package: 12` must be a string"),
        (
            GOOD.replace("release: 0", "release: " + "9" * 5000).encode(),
            ":3: the integer 999999999999... has too many digits (5000)",
        ),
        (
            GOOD.replace("implemented: yes", "implemented: yes, direction: Both").encode(),
            ":5: duplicate key 'direction' (first on line 5)",
        ),
        (GOOD.replace("Both", "[Both]").encode(), ":5: A: `direction: ['Both']` is not one of"),
        (GOOD.replace("Both", "{a: 1}").encode(), ":5: A: `direction: {'a': 1}` is not one of"),
        (
            GOOD.replace("Both", '"Both\\nSideways"').encode(),
            ":5: A: `direction: 'Both\\nSideways'` is not one of",
        ),
        (
            GOOD.replace("{direction", "[" * 70 + "]" * 70 + " #{direction").encode(),
            ":5: nested more than 64 levels deep",
        ),
        ((GOOD + "colour: red\n").encode(), ":6: unknown top-level key 'colour'"),
        ((GOOD + "yes: red\n").encode(), ":6: unknown top-level key 'yes'"),
        (
            (GOOD + "  B: &a [*a]\n").encode(),
            ":6: not valid YAML: found unconstructable recursive node",
        ),
        (HEAD.encode(), ":4: `messages:` must map each action"),
    ],
)
def test_hostile_matrices_are_refused_with_file_and_line(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "matrix.yaml"
    path.write_bytes(content)
    with pytest.raises(GeneratorError) as info:
        load_matrix(path)
    message = str(info.value)
    assert message.startswith(f"{path}:")
    assert expected in message
    assert "\n" not in message


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "matrix.yaml"
    path.write_bytes(GOOD.encode("utf-8-sig"))
    assert [e.action for e in load_matrix(path).entries] == ["A"]


def test_merge_keys_are_supported_and_keep_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "matrix.yaml"
    path.write_text(
        HEAD
        + "  A: &both {direction: Both, implemented: yes}\n"
        + "  B: {<<: *both, implemented: no}\n"
        + "  C: {<<: *both, note: merged}\n"
        + "  D:\n    <<: *both\n    direction: CSMS->ChargingStation\n"
    )
    matrix = load_matrix(path)
    assert [(e.action, e.direction, e.implemented, e.note, e.line) for e in matrix.entries] == [
        ("A", "Both", True, None, 5),
        ("B", "Both", False, None, 6),
        ("C", "Both", True, "merged", 7),
        ("D", "CSMS->ChargingStation", True, None, 8),
    ]


def test_merged_keys_do_not_excuse_duplicate_explicit_keys(tmp_path: Path) -> None:
    path = tmp_path / "matrix.yaml"
    path.write_text(
        HEAD
        + "  A: &both {direction: Both, implemented: yes}\n  B: {<<: *both, implemented: no, implemented: yes}\n"
    )
    with pytest.raises(
        GeneratorError, match=r"matrix.yaml:6: duplicate key 'implemented' \(first on line 6\)"
    ):
        load_matrix(path)
