"""`python -m ocpp201 validate --tolerate POLICY`: which violations of a station's log a tolerance
policy would let through, and which remain errors (text and JSON), the exit status, bad policies.

The log uses the first release's messages (BootNotification, StatusNotification, MeterValues),
which every build keeps implementing; a build without them skips the test.
"""

from __future__ import annotations

import json
from pathlib import Path

from .support.sessions import require
from .test_cli import frame, problems, run, summary_counts, write_log
from .test_tolerance import BOOT, STATUS

# -- python -m ocpp201 validate --tolerate POLICY -------------------------------------------------


def test_validate_tolerate_reports_what_the_policy_tolerates_and_what_remains(
    tmp_path: Path,
) -> None:
    require("BootNotification", "StatusNotification", "MeterValues")
    log = write_log(
        tmp_path,
        frame(2, "b1", "BootNotification", {**BOOT, "reason": "PowerOn"}),
        frame(3, "b1", {"currentTime": "2024-05-01T10:00:00Z", "interval": "300", "status": "Accepted"}),
        frame(2, "s1", "StatusNotification", STATUS),
        frame(2, "m1", "MeterValues", {"evseId": 1, "meterValue": []}),
    )  # fmt: skip
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(
        json.dumps(
            {
                "tolerate": [
                    {"kind": "unknown-enum-value", "pointers": ["/reason"]},
                    {"kind": "numeric-string", "actions": ["BootNotification"]},
                    {
                        "kind": "missing-required",
                        "actions": ["StatusNotification"],
                        "pointers": ["/timestamp"],
                        "value": "2024-05-01T10:00:00Z",
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    strict = run(log)
    assert strict.returncode == 1
    assert summary_counts(strict) == {"frames": 4, "valid": 0, "invalid": 4, "unmatched": 0}

    result = run("--tolerate", policy_file, log)
    assert result.returncode == 1, result.stderr  # the empty meterValue remains an error
    assert problems(result) == [
        f"{log}:1: BootNotification b1: PropertyConstraintViolation at /reason: tolerated:"
        " 'PowerOn' is not a value of BootReasonEnumType [unknown-enum-value]:"
        " kept as the string 'PowerOn'",
        f"{log}:2: BootNotification b1: TypeConstraintViolation at /interval: tolerated:"
        " expected integer, got string [numeric-string]: read as the number 300",
        f"{log}:3: StatusNotification s1: OccurrenceConstraintViolation at /timestamp: tolerated:"
        " required property 'timestamp' is missing [missing-required]:"
        " set to '2024-05-01T10:00:00Z' by the policy",
        f"{log}:4: MeterValues m1: OccurrenceConstraintViolation at /meterValue:"
        " at least 1 items required, got 0 [item-count]",
    ]
    assert summary_counts(result) == {"frames": 4, "valid": 3, "invalid": 1, "unmatched": 0}
    assert "tolerated: 3 frames valid under the policy only (3 violations tolerated)" in (
        result.stdout
    )

    records = [json.loads(line) for line in run("--json", "--tolerate", policy_file, log).stdout.splitlines()]  # fmt: skip
    *found, summary = records
    assert [(r["severity"], r["kind"], r["repair"] is not None) for r in found] == [
        ("tolerated", "unknown-enum-value", True),
        ("tolerated", "numeric-string", True),
        ("tolerated", "missing-required", True),
        ("error", "item-count", False),
    ]
    assert (summary["valid"], summary["invalid"], summary["tolerated"]) == (3, 1, 3)

    # the exit status follows the errors that remain: none once the log holds no others
    tolerable = write_log(tmp_path, *open(log, encoding="utf-8").read().splitlines()[:3], name="ok.jsonl")  # fmt: skip
    assert run("--tolerate", policy_file, tolerable).returncode == 0
    assert run(tolerable).returncode == 1


def test_validate_tolerate_with_a_bad_policy_is_a_usage_error(tmp_path: Path) -> None:
    log = write_log(tmp_path, '[2, "h1", "Heartbeat", {}]')
    bad = tmp_path / "bad.json"
    bad.write_text('{"tolerate": [{"kind": "lenient"}]}', encoding="utf-8")
    for policy_file, expected in (
        (bad, f"--tolerate: {bad}: rule 1 (lenient): unknown kind 'lenient'"),
        (tmp_path / "none.json", f"--tolerate: cannot read {tmp_path / 'none.json'}"),
    ):
        result = run("--tolerate", policy_file, log)
        assert result.returncode == 2 and result.stdout == ""
        [line] = result.stderr.splitlines()
        assert expected in line, line
