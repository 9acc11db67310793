"""`python -m ocpp201 validate`: the log validator shipped inside the generated package."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT
from .support.implemented import unimplemented_action

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
CLI = [sys.executable, "-m", "ocpp201", "validate"]

BOOT = {"chargingStation": {"model": "M1", "vendorName": "V"}, "reason": "PowerUp"}
BOOT_OK = {"currentTime": "2024-05-01T10:00:00Z", "interval": 300, "status": "Accepted"}
HEARTBEAT_OK = {"currentTime": "2024-05-01T10:00:00Z"}
STATUS = {
    "timestamp": "2024-05-01T10:00:00Z",
    "connectorStatus": "Available",
    "evseId": 1,
    "connectorId": 1,
}
ACCEPTED = {"status": "Accepted"}  # a valid ResetResponse, an invalid HeartbeatResponse


def frame(*parts: Any) -> str:
    return json.dumps(list(parts))


def record(direction: str | None, *parts: Any, **extra: Any) -> str:
    rec: dict[str, Any] = {"ts": "2024-05-01T10:00:00.000Z", **extra, "frame": list(parts)}
    if direction is not None:
        rec["direction"] = direction
    return json.dumps(rec)


def write_log(tmp_path: Path, *lines: str, name: str = "log.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def run(
    *args: str | Path, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *map(str, args)],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=ENV,
        cwd=cwd,
        timeout=300,
    )


def problems(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The per-frame lines of the text output (everything before the summary)."""
    return [line for line in result.stdout.splitlines() if re.match(r"^\S+:\d+: ", line)]


def summary_counts(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    match = re.search(
        r"^frames: (\d+), valid: (\d+), invalid: (\d+), unmatched: (\d+)$", result.stdout, re.M
    )
    assert match, result.stdout
    return dict(
        zip(("frames", "valid", "invalid", "unmatched"), map(int, match.groups()), strict=True)
    )


VALID_LOG = (
    frame(2, "b1", "BootNotification", BOOT),
    frame(3, "b1", BOOT_OK),
    "",
    "   ",
    frame(2, "h1", "Heartbeat", {}),
    frame(3, "h1", HEARTBEAT_OK),
    frame(2, "s1", "StatusNotification", STATUS),
    frame(3, "s1", {}),
)


def test_valid_log_exits_0_with_summary(tmp_path: Path) -> None:
    result = run(write_log(tmp_path, *VALID_LOG))
    assert result.returncode == 0, result.stdout + result.stderr
    assert problems(result) == []
    assert summary_counts(result) == {"frames": 6, "valid": 6, "invalid": 0, "unmatched": 0}
    assert re.search(r"^BootNotification +2 +0$", result.stdout, re.M)
    assert re.search(r"^StatusNotification +2 +0$", result.stdout, re.M)
    assert re.search(r"^6 frames in \d+\.\d\d s \(\d+ frames/s\)$", result.stdout, re.M)
    assert result.stderr == ""  # stderr is not a terminal: no progress bar


def test_bad_payload_names_line_action_id_code_and_pointer(tmp_path: Path) -> None:
    write_log(  # the run below names it by its relative path
        tmp_path,
        frame(2, "h1", "Heartbeat", {}),
        frame(3, "h1", HEARTBEAT_OK),
        frame(2, "b7", "BootNotification", {**BOOT, "reason": "Nope"}),
        frame(2, "s1", "StatusNotification", {**STATUS, "evseId": "1"}),
    )
    result = run("log.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    lines = problems(result)
    assert lines[0].startswith(
        "log.jsonl:3: BootNotification b7: PropertyConstraintViolation at /reason: "
    )
    assert "'Nope'" in lines[0]
    assert lines[1].startswith(
        "log.jsonl:4: StatusNotification s1: TypeConstraintViolation at /evseId: "
    )
    assert len(lines) == 2
    assert summary_counts(result) == {"frames": 4, "valid": 2, "invalid": 2, "unmatched": 0}
    assert re.search(r"^BootNotification +1 +1$", result.stdout, re.M)


def test_call_result_is_checked_against_the_response_of_its_call(tmp_path: Path) -> None:
    log = write_log(
        tmp_path,
        frame(2, "r1", "Reset", {"type": "Immediate"}),
        frame(2, "h1", "Heartbeat", {}),
        frame(3, "h1", ACCEPTED),  # a HeartbeatResponse has currentTime and no status
        frame(3, "r1", ACCEPTED),  # a valid ResetResponse
    )
    result = run(log)
    assert result.returncode == 1
    lines = problems(result)
    assert sorted(lines) == sorted(
        [
            f"{log}:3: Heartbeat h1: OccurrenceConstraintViolation at /status: property 'status' is not allowed here",
            f"{log}:3: Heartbeat h1: OccurrenceConstraintViolation at /currentTime: "
            "required property 'currentTime' is missing",
        ]
    )
    assert summary_counts(result) == {"frames": 4, "valid": 3, "invalid": 1, "unmatched": 0}
    assert re.search(r"^Reset +2 +0$", result.stdout, re.M)
    assert re.search(r"^Heartbeat +2 +1$", result.stdout, re.M)


def test_records_match_a_result_to_the_call_of_the_opposite_direction(tmp_path: Path) -> None:
    # Both sides use unique id "1"; only the direction tells which Call a CallResult answers.
    ok = write_log(
        tmp_path,
        record("out", 2, "1", "Reset", {"type": "Immediate"}, seq=1),
        record("in", 2, "1", "Heartbeat", {}, note="ignored"),
        record("in", 3, "1", ACCEPTED),  # answers the Reset we sent
        record("out", 3, "1", HEARTBEAT_OK),  # answers the Heartbeat we received
        name="ok.jsonl",
    )
    result = run(ok)
    assert result.returncode == 0, result.stdout
    assert summary_counts(result) == {"frames": 4, "valid": 4, "invalid": 0, "unmatched": 0}

    swapped = write_log(
        tmp_path,
        record("out", 2, "1", "Reset", {"type": "Immediate"}),
        record("in", 2, "1", "Heartbeat", {}),
        record("out", 3, "1", ACCEPTED),  # answers the Heartbeat: wrong payload
        record("in", 3, "1", HEARTBEAT_OK),  # answers the Reset: wrong payload
        name="swapped.jsonl",
    )
    result = run(swapped)
    assert result.returncode == 1
    lines = problems(result)
    assert any(
        line.startswith(f"{swapped}:3: Heartbeat 1: OccurrenceConstraintViolation at /status")
        for line in lines
    )
    assert any(
        line.startswith(f"{swapped}:4: Reset 1: OccurrenceConstraintViolation at /status")
        for line in lines
    )


def test_records_without_direction_match_by_unique_id(tmp_path: Path) -> None:
    log = write_log(tmp_path, record(None, 2, "x", "Heartbeat", {}), frame(3, "x", HEARTBEAT_OK))
    result = run(log)
    assert result.returncode == 0, result.stdout
    assert summary_counts(result)["valid"] == 2


def test_record_frame_may_be_the_wire_text(tmp_path: Path) -> None:
    log = write_log(
        tmp_path,
        json.dumps({"direction": "in", "frame": frame(2, "t", "Heartbeat", {})}),
        json.dumps({"direction": "out", "frame": frame(3, "t", ACCEPTED)}),
    )
    result = run(log)
    assert result.returncode == 1
    assert problems(result)[0].startswith(
        f"{log}:2: Heartbeat t: OccurrenceConstraintViolation at /status"
    )


def test_bad_records_are_reported(tmp_path: Path) -> None:
    log = write_log(
        tmp_path,
        json.dumps({"ts": 1, "direction": "in"}),
        json.dumps({"ts": 1, "direction": "up", "frame": [2, "h", "Heartbeat", {}]}),
        json.dumps({"ts": 1, "frame": {"not": "a frame"}}),
    )
    result = run(log)
    assert result.returncode == 1
    lines = problems(result)
    assert lines[0] == f'{log}:1: - -: RpcFrameworkError at frame: the record has no "frame"'
    assert lines[1].startswith(f"{log}:2: - -: RpcFrameworkError at frame: ") and "'up'" in lines[1]
    assert lines[2].startswith(f"{log}:3: - -: RpcFrameworkError at frame: ")


def test_reads_stdin_without_file_or_with_dash(tmp_path: Path) -> None:
    text = "\n".join([*VALID_LOG, frame(2, "b9", "BootNotification", {})]) + "\n"
    for args in ((), ("-",)):
        result = run(*args, stdin=text)
        assert result.returncode == 1
        assert [line.split(": ")[0:2] for line in problems(result)] == [
            ["<stdin>:9", "BootNotification b9"]
        ] * 2
        assert summary_counts(result)["frames"] == 7


def test_json_output(tmp_path: Path) -> None:
    log = write_log(
        tmp_path,
        frame(2, "b1", "BootNotification", {**BOOT, "reason": "Nope"}),
        frame(3, "zz", {}),
        "not json",
    )
    result = run("--json", log)
    assert result.returncode == 1
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    *found, summary = objects
    assert found[0] == {
        "type": "problem",
        "severity": "error",
        "file": str(log),
        "line": 1,
        "action": "BootNotification",
        "unique_id": "b1",
        "code": "PropertyConstraintViolation",
        "path": "/reason",
        "message": found[0]["message"],
    }
    assert (
        found[1]["severity"] == "warning"
        and found[1]["code"] == "unmatched"
        and found[1]["unique_id"] == "zz"
    )
    assert (
        found[2]["code"] == "RpcFrameworkError"
        and found[2]["path"] is None
        and found[2]["line"] == 3
    )
    assert summary["type"] == "summary"
    assert {k: summary[k] for k in ("frames", "valid", "invalid", "unmatched")} == {
        "frames": 3,
        "valid": 0,
        "invalid": 2,
        "unmatched": 1,
    }
    assert summary["actions"]["BootNotification"] == {"frames": 1, "invalid": 1}
    assert summary["actions"]["-"] == {"frames": 2, "invalid": 1}
    assert summary["unreadable"] == []
    assert summary["seconds"] >= 0 and summary["frames_per_second"] >= 0


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("--no-such-option").returncode == 2
    assert run("--max-line-bytes", "0").returncode == 2
    bare = subprocess.run(
        [sys.executable, "-m", "ocpp201"], capture_output=True, text=True, env=ENV, timeout=60
    )
    assert bare.returncode == 2 and "usage:" in bare.stderr

    missing = tmp_path / "missing.jsonl"
    good = write_log(tmp_path, *VALID_LOG)
    result = run(missing, good)
    assert result.returncode == 2
    assert f"cannot read {missing}" in result.stderr
    assert summary_counts(result)["valid"] == 6  # the readable file is still checked
    assert run(tmp_path).returncode == 2  # a directory


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ocpp201", "--version"], capture_output=True, text=True, env=ENV
    )
    assert done.returncode == 0 and re.fullmatch(
        r"ocpp201 2\.0\.1\.\d+ \(OCPP 2\.0\.1\)\n", done.stdout
    )


@pytest.mark.parametrize(
    "line, expected",
    [
        ("{not json", "- -: RpcFrameworkError at frame: the frame is not JSON"),
        ("[2, 1, 2", "- -: RpcFrameworkError at frame: the frame is not JSON"),
        ('"text"', "- -: RpcFrameworkError at frame: the frame is not a JSON array"),
        (
            frame(2, "x" * 37, "Heartbeat", {}),
            f"Heartbeat {'x' * 37}: RpcFrameworkError at frame: ",
        ),
        (frame(2, "", "Heartbeat", {}), 'Heartbeat "": RpcFrameworkError at frame: '),
        (frame(2, 5, "Heartbeat", {}), "Heartbeat -: RpcFrameworkError at frame: "),
        (frame(2, "u1", "NoSuchAction", {}), "NoSuchAction u1: NotImplemented at frame: "),
        (frame(7, "u1", {}), "- u1: MessageTypeNotSupported at frame: "),
        (frame(2, "u1", "Heartbeat", []), "Heartbeat u1: FormatViolation at /: "),
        (frame(3, "u1", []), "- u1: FormatViolation at frame: "),
    ],
)
def test_frame_errors(tmp_path: Path, line: str, expected: str) -> None:
    log = write_log(tmp_path, frame(2, "ok", "Heartbeat", {}), line)
    result = run(log)
    assert result.returncode == 1
    assert problems(result)[0].startswith(f"{log}:2: {expected}"), problems(result)
    assert summary_counts(result)["invalid"] == 1


def test_unimplemented_action_is_not_supported_and_so_is_its_response(tmp_path: Path) -> None:
    action = unimplemented_action()
    log = write_log(tmp_path, frame(2, "g1", action, {}), frame(3, "g1", {}))
    result = run(log)
    assert result.returncode == 1
    assert [line.split(" at ")[0] for line in problems(result)] == [
        f"{log}:1: {action} g1: NotSupported",
        f"{log}:2: {action} g1: NotSupported",
    ]


def test_invalid_call_is_still_answered(tmp_path: Path) -> None:
    # A Call with a bad payload still tells what its CallResult answers.
    log = write_log(
        tmp_path, frame(2, "b1", "BootNotification", {"reason": "PowerUp"}), frame(3, "b1", BOOT_OK)
    )
    result = run(log)
    assert summary_counts(result) == {"frames": 2, "valid": 1, "invalid": 1, "unmatched": 0}


def test_unmatched_result_is_a_warning(tmp_path: Path) -> None:
    log = write_log(tmp_path, *VALID_LOG, frame(3, "nobody", {}), frame(3, "h1", HEARTBEAT_OK))
    result = run(log)
    assert result.returncode == 0
    lines = problems(result)
    assert lines[0].startswith(f"{log}:9: - nobody: unmatched at frame: warning: ")
    assert lines[1].startswith(f"{log}:10: - h1: unmatched")  # h1 was answered already
    assert summary_counts(result) == {"frames": 8, "valid": 6, "invalid": 0, "unmatched": 2}


def test_call_errors(tmp_path: Path) -> None:
    log = write_log(
        tmp_path,
        frame(2, "h1", "Heartbeat", {}),
        frame(4, "h1", "InternalError", "oops", {}),
        frame(3, "h1", HEARTBEAT_OK),  # the CallError answered h1 already
        frame(4, "h2", "OccurenceConstraintViolation", "", {}),  # OCPP 1.6's misspelling
        frame(4, "h3", "GenericError", "x" * 256, {}),
        frame(4, "h4", "GenericError", "", []),
    )
    result = run(log)
    assert result.returncode == 1
    lines = problems(result)
    assert lines[0].startswith(f"{log}:3: - h1: unmatched")
    assert lines[1].startswith(
        f"{log}:4: - h2: RpcFrameworkError at frame: 'OccurenceConstraintViolation'"
    )
    assert lines[2].startswith(
        f"{log}:5: - h3: RpcFrameworkError at frame: the error description is longer"
    )
    assert lines[3].startswith(f"{log}:6: - h4: RpcFrameworkError")
    assert summary_counts(result) == {"frames": 6, "valid": 2, "invalid": 3, "unmatched": 1}
    assert re.search(r"^Heartbeat +2 +0$", result.stdout, re.M)


def test_overlong_line_is_reported_and_skipped(tmp_path: Path) -> None:
    huge = frame(2, "big", "DataTransfer", {"vendorId": "v", "data": "x" * 5000})
    log = write_log(tmp_path, huge, *VALID_LOG, huge)
    result = run("--max-line-bytes", "1000", log)
    assert result.returncode == 1
    lines = problems(result)
    assert lines == [
        f"{log}:1: - -: RpcFrameworkError at frame: the line is longer than 1000 bytes",
        f"{log}:10: - -: RpcFrameworkError at frame: the line is longer than 1000 bytes",
    ]
    assert summary_counts(result) == {"frames": 8, "valid": 6, "invalid": 2, "unmatched": 0}


def test_control_characters_stay_on_one_line(tmp_path: Path) -> None:
    log = write_log(tmp_path, frame(2, "a\nb", "Nope\r", {}))
    result = run(log)
    assert problems(result) == [
        f"{log}:1: Nope\\r a\\nb: NotImplemented at frame: 'Nope\\r' is not an OCPP 2.0.1 action"
    ]


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path: Path) -> None:
    log = write_log(
        tmp_path, *VALID_LOG, name="a-log-with-a-rather-long-name-" + "x" * 100 + ".jsonl"
    )
    shown = subprocess.run([*CLI, "--progress", str(log)], capture_output=True, env=ENV, timeout=60)
    assert shown.returncode == 0
    assert b"\r" in shown.stderr and b" 6 frames " in shown.stderr and b"100%" in shown.stderr
    assert shown.stderr.endswith(b"\r") and b"\n" not in shown.stderr  # cleared at the end
    assert b"\r" not in shown.stdout
    assert run(log).stderr == ""
    assert run("--no-progress", log).stderr == ""


def test_pending_calls_are_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sys.path.insert(0, str(ROOT / "generated"))
    import ocpp201._logcheck as cli

    monkeypatch.setattr(cli, "MAX_PENDING_CALLS", 2)
    log = write_log(
        tmp_path,
        frame(2, "a", "Heartbeat", {}),
        frame(2, "b", "Heartbeat", {}),
        frame(2, "c", "Heartbeat", {}),
        frame(3, "a", HEARTBEAT_OK),  # forgotten: the oldest of three pending calls
        frame(3, "c", HEARTBEAT_OK),
        frame(3, "b", HEARTBEAT_OK),
    )
    assert cli.main(["validate", "--no-progress", str(log)]) == 0
    out = capsys.readouterr().out
    assert "frames: 6, valid: 5, invalid: 0, unmatched: 1" in out
    assert f"{log}:4: - a: unmatched" in out


# -- bounded memory and throughput -------------------------------------------------------------

_MEASURE = """
import resource, subprocess, sys
with open(sys.argv[1], "w") as out:
    code = subprocess.run(sys.argv[2:], stdout=out).returncode
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(code, peak * (1 if sys.platform == "darwin" else 1024))
"""


def _traffic(path: Path, lines: int) -> None:
    """Realistic traffic: answered calls in bare and record form, now and then a bad or unmatched frame."""
    calls = [
        ("Heartbeat", {}, HEARTBEAT_OK),
        ("StatusNotification", STATUS, {}),
        ("BootNotification", BOOT, BOOT_OK),
        (
            "MeterValues",
            {
                "evseId": 1,
                "meterValue": [
                    {
                        "timestamp": "2024-05-01T10:00:00.123Z",
                        "sampledValue": [
                            {"value": 1234.5, "measurand": "Energy.Active.Import.Register"}
                        ],
                    }
                ],
            },
            {},
        ),
    ]
    with path.open("w", encoding="utf-8") as out:
        written = 0
        n = 0
        while written < lines:
            action, request, response = calls[n % len(calls)]
            uid = f"id-{n}"
            if n % 1000 == 7:
                request = {**request, "bogus": True}
            if n % 2:
                out.write(
                    record("in", 2, uid, action, request)
                    + "\n"
                    + record("out", 3, uid, response)
                    + "\n"
                )
            else:
                out.write(frame(2, uid, action, request) + "\n" + frame(3, uid, response) + "\n")
            written += 2
            if n % 5000 == 11:
                out.write(frame(3, f"orphan-{n}", {}) + "\n")
                written += 1
            n += 1


def _peak(tmp_path: Path, log: Path) -> tuple[int, str]:
    out = tmp_path / (log.name + ".out")
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(out), *CLI, "--no-progress", str(log)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=600,
    )
    code, peak = measured.stdout.split()
    assert code == "1", measured.stderr  # the traffic holds a few invalid calls
    return int(peak), out.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX-only")
def test_memory_does_not_grow_with_the_log(tmp_path: Path) -> None:
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    _traffic(small, 20_000)
    _traffic(large, 300_000)
    small_peak, _ = _peak(tmp_path, small)
    large_peak, output = _peak(tmp_path, large)
    growth = large_peak - small_peak
    throughput = re.search(r"^(\d+) frames in ([\d.]+) s \((\d+) frames/s\)$", output, re.M)
    assert throughput, output[-2000:]
    print(
        f"\nocpp201 validate: {throughput[1]} frames in {throughput[2]} s = {throughput[3]} frames/s; "
        f"peak RSS {small_peak / 2**20:.1f} MiB (20k lines) vs {large_peak / 2**20:.1f} MiB "
        f"({large.stat().st_size / 2**20:.0f} MiB, 300k lines)"
    )
    # 15x the input; a validator that kept lines or frames would grow by tens of MiB.
    assert growth < 8 * 2**20, f"peak RSS grew by {growth / 2**20:.1f} MiB"
