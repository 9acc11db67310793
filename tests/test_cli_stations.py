"""`python -m ocpp201 validate` on logs of several stations: pairing per station and direction,
and Calls sent in the wrong direction (`--side`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_cli import (
    ACCEPTED,
    BOOT,
    BOOT_OK,
    HEARTBEAT_OK,
    frame,
    problems,
    record,
    run,
    summary_counts,
    write_log,
)

sys.path.insert(0, str(ROOT / "generated"))
import ocpp201  # noqa: E402

RESET = {"type": "Immediate"}
DATA = {"vendorId": "V"}
DATA_OK = {"status": "Accepted"}


def need(*actions: str) -> None:
    missing = [a for a in actions if a not in ocpp201.IMPLEMENTED_ACTIONS]
    if missing:
        pytest.skip(f"this build leaves out {', '.join(missing)}")


def test_two_stations_with_the_same_unique_ids_validate(tmp_path: Path) -> None:
    need("BootNotification", "Heartbeat", "Reset")
    log = write_log(
        tmp_path,
        record("in", 2, "1", "BootNotification", BOOT, station="CS-1"),
        record("in", 2, "1", "Heartbeat", {}, station="CS-2"),
        record("out", 2, "1", "Reset", RESET, station="CS-2"),  # the CSMS's own id "1" too
        record("out", 3, "1", HEARTBEAT_OK, station="CS-2"),
        record("out", 3, "1", BOOT_OK, station="CS-1"),
        record("in", 3, "1", ACCEPTED, station="CS-2"),
    )
    result = run(log)
    assert result.returncode == 0, result.stdout
    assert problems(result) == []
    assert summary_counts(result) == {"frames": 6, "valid": 6, "invalid": 0, "unmatched": 0}


def test_a_reply_sent_to_the_wrong_station_is_detected(tmp_path: Path) -> None:
    need("BootNotification", "Heartbeat")
    log = write_log(
        tmp_path,
        record("in", 2, "1", "BootNotification", BOOT, station="CS-1"),
        record("in", 2, "1", "Heartbeat", {}, station="CS-2"),
        record("out", 3, "1", BOOT_OK, station="CS-2"),  # CS-2 asked for a Heartbeat
        record("out", 3, "1", HEARTBEAT_OK, station="CS-1"),  # CS-1 asked for a boot
    )
    result = run(log)
    assert result.returncode == 1
    lines = problems(result)
    assert any(line.startswith(f"{log}:3: Heartbeat 1: ") for line in lines), lines
    assert any(line.startswith(f"{log}:4: BootNotification 1: ") for line in lines), lines


def test_a_reply_for_a_station_that_made_no_call_is_unmatched(tmp_path: Path) -> None:
    need("Heartbeat")
    log = write_log(
        tmp_path,
        record("in", 2, "1", "Heartbeat", {}, station="CS-1"),
        record("out", 3, "1", HEARTBEAT_OK, station="CS-2"),
        record("out", 3, "1", HEARTBEAT_OK, station="CS-1"),
    )
    result = run(log)
    assert result.returncode == 0, result.stdout
    assert problems(result) == [
        f"{log}:2: - 1: unmatched at frame: warning: no Call with this unique id came before "
        "this CallResult from or to station 'CS-2', so it is not checked"
    ]
    assert summary_counts(result) == {"frames": 3, "valid": 2, "invalid": 0, "unmatched": 1}


@pytest.mark.parametrize(("side", "direction"), [(None, "out"), ("csms", "out"), ("station", "in")])
def test_a_call_in_the_wrong_direction_is_its_own_violation(
    tmp_path: Path, side: str | None, direction: str
) -> None:
    need("BootNotification", "Reset")
    other = {"in": "out", "out": "in"}[direction]
    log = write_log(
        tmp_path,
        # BootNotification goes from the station to the CSMS; Reset the other way.
        record(direction, 2, "b", "BootNotification", BOOT, station="CS-1"),
        record(other, 3, "b", BOOT_OK, station="CS-1"),
        record(other, 2, "r", "Reset", RESET, station="CS-1"),
        record(direction, 3, "r", ACCEPTED, station="CS-1"),
    )
    args = ["--json", log] if side is None else ["--side", side, "--json", log]
    result = run(*args)
    assert result.returncode == 1, result.stdout
    records = [json.loads(line) for line in result.stdout.splitlines()]
    found = [(r["line"], r["action"], r["code"]) for r in records if r["type"] == "problem"]
    assert found == [(1, "BootNotification", "wrong-direction"), (3, "Reset", "wrong-direction")]
    summary = records[-1]
    assert (summary["valid"], summary["invalid"], summary["unmatched"]) == (2, 2, 0)

    # The same traffic in the right directions is valid.
    right = write_log(
        tmp_path,
        record(other, 2, "b", "BootNotification", BOOT, station="CS-1"),
        record(direction, 3, "b", BOOT_OK, station="CS-1"),
        record(direction, 2, "r", "Reset", RESET, station="CS-1"),
        record(other, 3, "r", ACCEPTED, station="CS-1"),
        name="right.jsonl",
    )
    result = run(*(args[:-1]), right)
    assert result.returncode == 0, result.stdout


def test_wrong_direction_in_text_output(tmp_path: Path) -> None:
    need("BootNotification")
    log = write_log(tmp_path, record("out", 2, "b", "BootNotification", BOOT))
    result = run(log)
    assert result.returncode == 1
    [line] = problems(result)
    assert line.startswith(f"{log}:1: BootNotification b: wrong-direction at frame: ")
    assert "--side csms" in line


@pytest.mark.parametrize("side", ["csms", "station"])
def test_actions_sent_by_both_sides_pass_either_way(tmp_path: Path, side: str) -> None:
    need("DataTransfer")
    assert ocpp201.ACTIONS["DataTransfer"].direction == "Both"
    log = write_log(
        tmp_path,
        record("in", 2, "d", "DataTransfer", DATA, station="CS-1"),
        record("out", 3, "d", DATA_OK, station="CS-1"),
        record("out", 2, "d", "DataTransfer", DATA, station="CS-1"),
        record("in", 3, "d", DATA_OK, station="CS-1"),
    )
    result = run("--side", side, log)
    assert result.returncode == 0, result.stdout
    assert summary_counts(result)["valid"] == 4


def test_records_without_station_or_direction_work_as_before(tmp_path: Path) -> None:
    need("BootNotification", "Heartbeat")
    log = write_log(
        tmp_path,
        record("in", 2, "1", "BootNotification", BOOT),
        record("out", 3, "1", BOOT_OK),
        record(None, 2, "2", "Heartbeat", {}),  # no direction: not checked for it
        record(None, 3, "2", HEARTBEAT_OK),
        frame(2, "3", "BootNotification", BOOT),
        frame(3, "3", BOOT_OK),
    )
    for side in ("csms", "station"):
        # No direction on the bare frames and on lines 3-4; lines 1-2 are right for a CSMS log.
        result = run("--side", side, log)
        if side == "csms":
            assert result.returncode == 0, result.stdout
            assert summary_counts(result)["valid"] == 6
        else:
            assert [line.split(": ")[1] for line in problems(result)] == ["BootNotification 1"]


def test_a_reply_naming_a_station_answers_a_call_that_names_none(tmp_path: Path) -> None:
    need("Heartbeat")
    log = write_log(
        tmp_path,
        record("in", 2, "h", "Heartbeat", {}),
        record("out", 3, "h", HEARTBEAT_OK, station="CS-1"),
    )
    result = run(log)
    assert result.returncode == 0, result.stdout
    assert summary_counts(result)["unmatched"] == 0


def test_a_station_that_is_no_string_is_reported(tmp_path: Path) -> None:
    log = write_log(tmp_path, json.dumps({"station": 7, "frame": [2, "h", "Heartbeat", {}]}))
    result = run(log)
    assert result.returncode == 1
    [line] = problems(result)
    assert line.startswith(f"{log}:1: - -: RpcFrameworkError at frame: ") and "7" in line


def test_pending_calls_stay_bounded_across_stations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    need("Heartbeat")
    import ocpp201._logcheck as cli

    monkeypatch.setattr(cli, "MAX_PENDING_CALLS", 2)
    log = write_log(
        tmp_path,
        record("in", 2, "1", "Heartbeat", {}, station="A"),
        record("in", 2, "1", "Heartbeat", {}, station="B"),
        record("in", 2, "1", "Heartbeat", {}, station="C"),
        record("out", 3, "1", HEARTBEAT_OK, station="A"),  # forgotten: the oldest
        record("out", 3, "1", HEARTBEAT_OK, station="C"),
        record("out", 3, "1", HEARTBEAT_OK, station="B"),
    )
    assert cli.main(["validate", "--no-progress", str(log)]) == 0
    out = capsys.readouterr().out
    assert "frames: 6, valid: 5, invalid: 0, unmatched: 1" in out
    assert f"{log}:4: - 1: unmatched" in out
