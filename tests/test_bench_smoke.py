"""`python -m benchmarks --quick` runs end to end and reports every path and both session CSMSs.

The bench's libraries come from the `bench` extra, which `make test` does not install; without
them this test is skipped. It checks that the harness works, never how fast anything is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

for _module in (
    "ocpp",
    "fastjsonschema",
    "pydantic",
    "datamodel_code_generator",
    "jsonschema_rs",
    "msgspec",
    "matplotlib",
):
    pytest.importorskip(
        _module, reason="bench dependencies not installed (make bench installs them)"
    )

# Imported once the skips above have passed: the benchmarks need the bench extra.
from benchmarks.report import _session_targets  # noqa: E402
from benchmarks.session_load import CYCLE, Round, _check, _Station, station_frames  # noqa: E402
from benchmarks.sessions import CSMS_LABELS, SessionResults  # noqa: E402


def test_quick_bench_writes_results_for_every_path(tmp_path: Path) -> None:
    from benchmarks.paths import PATHS

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert (tmp_path / "results.png").read_bytes().startswith(b"\x89PNG")
    missing = [p.label for p in PATHS if f"| {p.label} " not in results]
    assert not missing, f"paths absent from the RESULTS.md tables: {missing}"
    assert "## Targets" in results
    # The session part: both CSMSs answered every call of the quick load with a valid CallResult.
    assert "## Sessions over WebSocket" in results
    for label in CSMS_LABELS.values():
        rows = [line for line in results.splitlines() if line.startswith(f"| {label} ")]
        assert len(rows) == 1, f"no session row for {label}"
        errors = rows[0].strip(" |").rsplit("|", 1)[-1].strip()
        assert errors == "0", f"{label}: {errors} errors in the quick session run"
    assert results.count("| calls/s: ocpp201 / `ocpp` ChargePoint ") == 1
    assert results.count("| p99 latency: ocpp201 / `ocpp` ChargePoint ") == 1


def _station(calls: int, replies: list[str | bytes]) -> _Station:
    station = _Station("CS-1", station_frames(0, calls))
    station.replies = replies
    return station


def _heartbeat_id(station: _Station) -> str:
    return next(uid for uid, action, _ in station.frames if action == "Heartbeat")


def test_load_generator_counts_only_valid_call_results_as_answered() -> None:
    frames = station_frames(0, 5)
    assert [action for _, action, _ in frames] == ["BootNotification", *CYCLE]
    boot_id = frames[0][0]
    boot_ok = json.dumps(
        [3, boot_id, {"currentTime": "2024-05-14T08:31:07Z", "interval": 300, "status": "Accepted"}]
    )
    valid, wrong = _check(_station(1, [boot_ok]))
    assert (valid, wrong) == (1, [])
    not_valid = {
        "a CallError": json.dumps([4, boot_id, "InternalError", "boom", {}]),
        "another id": boot_ok.replace(boot_id, "other"),
        "an invalid payload": json.dumps([3, boot_id, {"interval": 300}]),
        "not JSON": "[3,",
    }
    for what, reply in not_valid.items():
        valid, wrong = _check(_station(1, [reply]))
        assert valid == 0 and len(wrong) == 1, what


def test_load_generator_counts_each_unanswered_call() -> None:
    station = _station(5, [])
    station.failure = "TimeoutError: "
    valid, wrong = _check(station)
    assert valid == 0 and len(wrong) == 5
    assert all("unanswered" in line for line in wrong)


def test_a_session_run_with_errors_meets_no_target() -> None:
    def rounds(errors: int) -> list[Round]:
        return [Round(1, 10, errors, 0.01, 1.0, 2.0, None, 0.005)]

    sessions = SessionResults(1, 10, 1, 1, {"ours": rounds(1), "ocpp": rounds(0)})
    verdicts = [row[-1] for row in _session_targets(sessions)]
    assert verdicts == ["not valid (errors: 1)"] * 2
    sessions.by_csms["ours"] = rounds(0)
    assert [row[-1] for row in _session_targets(sessions)] == ["missed by 3.00×", "met"]
