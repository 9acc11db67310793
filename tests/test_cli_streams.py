"""`python -m ocpp201 validate` at the edges of its streams: closed standard streams, a broken
pipe, gzip-compressed logs, frames that are not JSON, logs that cannot be read."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import ocpp201  # generated/ is on sys.path: see conftest
import ocpp201._logcheck as cli
import pytest

from .test_cli import CLI, ENV, _peak, _traffic, problems, run, summary_counts, write_log

posix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="closes file descriptors, execs, uses pipes"
)

# Only messages every build implements.
assert {"Heartbeat", "BootNotification"} <= ocpp201.IMPLEMENTED_ACTIONS
BOOT = {"chargingStation": {"model": "M1", "vendorName": "V"}, "reason": "PowerUp"}
BOOT_OK = {"currentTime": "2024-05-01T10:00:00Z", "interval": 300, "status": "Accepted"}
HEARTBEAT_OK = {"currentTime": "2024-05-01T10:00:00Z"}
LOG = [
    json.dumps([2, "b1", "BootNotification", BOOT]),
    json.dumps([3, "b1", BOOT_OK]),
    json.dumps({"direction": "in", "frame": [2, "h1", "Heartbeat", {}]}),
    json.dumps({"direction": "out", "frame": [3, "h1", HEARTBEAT_OK]}),
    json.dumps([2, "b2", "BootNotification", {**BOOT, "reason": "Nope"}]),  # line 5: invalid
]
LOG_BYTES = "".join(line + "\n" for line in LOG).encode()
LOG_COUNTS = {"frames": 5, "valid": 4, "invalid": 1, "unmatched": 0}


def _one_line(stderr: str) -> str:
    """The single diagnostic line on stderr; no traceback."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def _unreadable(result: subprocess.CompletedProcess[str]) -> list[str]:
    return re.findall(r"^unreadable: (.*)$", result.stdout, re.M)


# -- closed standard streams -------------------------------------------------------------------

# Closes one file descriptor for real, then becomes the validator (exec keeps it closed).
_CLOSE_AND_EXEC = "import os, sys; os.close(int(sys.argv[1])); os.execv(sys.executable, [sys.executable, *sys.argv[2:]])"


def _run_closed(fd: int, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CLOSE_AND_EXEC, str(fd), *CLI[1:], *map(str, args)],
        stdin=subprocess.DEVNULL if fd != 0 else None,
        stdout=subprocess.PIPE if fd != 1 else None,
        stderr=subprocess.PIPE if fd != 2 else None,
        text=True,
        env=ENV,
        timeout=120,
    )


@posix_only
def test_closed_stdin_is_an_unreadable_log(tmp_path: Path) -> None:
    result = _run_closed(0)
    assert result.returncode == 2, result.stderr
    assert (
        _one_line(result.stderr)
        == "python -m ocpp201 validate: cannot read <stdin>: standard input is closed"
    )
    assert _unreadable(result) == ["<stdin>: standard input is closed"]
    assert summary_counts(result)["frames"] == 0

    # Files given: stdin is not needed, so its being closed does not matter ...
    log = write_log(tmp_path, *LOG)
    result = _run_closed(0, log)
    assert result.returncode == 1 and result.stderr == ""
    assert summary_counts(result) == LOG_COUNTS
    # ... unless it is one of them.
    result = _run_closed(0, log, "-")
    assert result.returncode == 2
    assert summary_counts(result) == LOG_COUNTS
    assert _unreadable(result) == ["<stdin>: standard input is closed"]


@posix_only
def test_closed_stdout_exits_2_with_one_line(tmp_path: Path) -> None:
    result = _run_closed(1, write_log(tmp_path, *LOG))
    assert result.returncode == 2
    assert (
        _one_line(result.stderr)
        == "python -m ocpp201 validate: cannot write the output: standard output is closed"
    )


@posix_only
def test_closed_stderr_exits_2_writing_nothing(tmp_path: Path) -> None:
    # No stderr to report an unreadable log on or to say why: exit 2, and no output that looks fine.
    result = _run_closed(2, write_log(tmp_path, *LOG))
    assert result.returncode == 2
    assert result.stdout == ""
    result = _run_closed(2)  # stdin open (/dev/null), nothing to check
    assert result.returncode == 2 and result.stdout == ""


@posix_only
def test_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    # Far more problem lines than a pipe holds, so the validator is still writing when the reader goes.
    bad = json.dumps([2, "b", "BootNotification", {}])
    log = write_log(tmp_path, *[bad] * 40_000)
    proc = subprocess.Popen(
        [*CLI, str(log)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read()
    code = proc.wait(timeout=120)
    assert first.startswith(str(log).encode() + b":1: BootNotification b: ")
    assert stderr == b""  # no traceback, no "Exception ignored", no message
    assert code == 2


def test_failing_stdout_is_one_line_and_exit_2(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*CLI, str(write_log(tmp_path, *LOG))],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
            timeout=60,
        )
    assert result.returncode == 2
    assert (
        _one_line(result.stderr)
        == "python -m ocpp201 validate: cannot write the output: No space left on device"
    )


# -- gzip --------------------------------------------------------------------------------------


def test_gzip_log_is_read_like_the_plain_one(tmp_path: Path) -> None:
    plain = tmp_path / "log.jsonl"
    plain.write_bytes(LOG_BYTES)
    packed = tmp_path / "log.jsonl.gz"
    packed.write_bytes(gzip.compress(LOG_BYTES))
    expected = run("log.jsonl", cwd=tmp_path)
    result = run("log.jsonl.gz", cwd=tmp_path)
    assert result.returncode == expected.returncode == 1
    assert summary_counts(result) == summary_counts(expected) == LOG_COUNTS
    assert problems(result) == [
        line.replace("log.jsonl:", "log.jsonl.gz:", 1) for line in problems(expected)
    ]
    assert problems(result)[0].startswith(
        "log.jsonl.gz:5: BootNotification b2: PropertyConstraintViolation at /reason"
    )
    assert result.stderr == ""


def test_gzip_is_told_by_its_first_bytes_not_its_name(tmp_path: Path) -> None:
    unnamed = tmp_path / "station.log"
    unnamed.write_bytes(gzip.compress(LOG_BYTES))
    assert summary_counts(run(unnamed)) == LOG_COUNTS
    misnamed = tmp_path / "plain.jsonl.gz"  # not compressed at all
    misnamed.write_bytes(LOG_BYTES)
    assert summary_counts(run(misnamed)) == LOG_COUNTS
    # Two gzip members one after the other (`cat a.gz b.gz`) are one log.
    joined = tmp_path / "joined.gz"
    joined.write_bytes(gzip.compress(LOG_BYTES[:100]) + gzip.compress(LOG_BYTES[100:]))
    assert summary_counts(run(joined)) == LOG_COUNTS


def test_gzip_on_stdin() -> None:
    done = subprocess.run(
        CLI, input=gzip.compress(LOG_BYTES), capture_output=True, env=ENV, timeout=60
    )
    assert done.returncode == 1, done.stderr
    assert b"<stdin>:5: BootNotification b2: PropertyConstraintViolation" in done.stdout
    assert b"frames: 5, valid: 4, invalid: 1, unmatched: 0" in done.stdout


@posix_only
def test_gzip_on_a_pipe_that_brings_one_byte_first() -> None:
    # The first read of the pipe returns b"\x1f" alone: the magic must still be seen, and the byte kept.
    packed = gzip.compress(LOG_BYTES)
    proc = subprocess.Popen(
        CLI, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(packed[:1])
    proc.stdin.flush()
    time.sleep(0.5)
    proc.stdin.write(packed[1:])
    proc.stdin.close()
    out, err = proc.stdout.read(), proc.stderr.read()
    assert proc.wait(timeout=60) == 1, err
    assert b"frames: 5, valid: 4, invalid: 1, unmatched: 0" in out


def test_plain_log_starting_with_one_byte_of_the_magic(tmp_path: Path) -> None:
    log = tmp_path / "odd.jsonl"
    log.write_bytes(b"\x1f\n" + LOG_BYTES)  # not gzip: the first line is just not JSON
    result = run(log)
    assert summary_counts(result) == {**LOG_COUNTS, "frames": 6, "invalid": 2}
    assert (
        problems(result)[0]
        == f"{log}:1: - -: RpcFrameworkError at frame: the frame is not JSON: Expecting value at char 0"
    )


def test_truncated_gzip_is_an_unreadable_log(tmp_path: Path) -> None:
    many = b"".join([LOG_BYTES] * 2000)
    packed = gzip.compress(many)
    truncated = tmp_path / "truncated.gz"
    truncated.write_bytes(packed[: len(packed) // 2])
    good = write_log(tmp_path, *LOG, name="good.jsonl")
    result = run(truncated, good)
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert re.fullmatch(
        rf"python -m ocpp201 validate: cannot read {re.escape(str(truncated))}: the gzip data is truncated "
        r"\(after line \d+\)",
        line,
    ), line
    assert _unreadable(result) == [line.split("cannot read ", 1)[1]]
    counts = summary_counts(result)
    assert (
        LOG_COUNTS["frames"] < counts["frames"] < 2000 * 5
    )  # what came before the cut, and good.jsonl


@pytest.mark.parametrize(
    "damage, reason",
    [
        (lambda data: data[:2] + b"\x07" + data[3:], "the gzip data is corrupt"),  # not deflate
        (
            lambda data: data[:10] + b"\xff" * 8 + data[18:],
            "the gzip data is corrupt",
        ),  # deflate data
        (lambda data: data[:-8] + bytes(8), "the gzip data is corrupt"),  # CRC and length
        (lambda data: data[:2], "the gzip data is truncated"),  # the magic alone
    ],
)
def test_corrupt_gzip_is_an_unreadable_log(tmp_path: Path, damage: Any, reason: str) -> None:
    bad = tmp_path / "bad.gz"
    bad.write_bytes(damage(gzip.compress(LOG_BYTES)))
    result = run("--json", bad)
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert line.startswith(f"python -m ocpp201 validate: cannot read {bad}: {reason}"), line
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["type"] == "summary"
    assert [entry["file"] for entry in summary["unreadable"]] == [str(bad)]
    assert summary["unreadable"][0]["error"].startswith(reason)


def test_overlong_line_in_gzip_is_skipped_unread(tmp_path: Path) -> None:
    # 64 MB of one line, compressed to a few kB: reported by its length, never held in memory.
    huge = json.dumps([2, "big", "Heartbeat", {"x": "y" * 64_000_000}]).encode() + b"\n"
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(gzip.compress(huge + LOG_BYTES, compresslevel=9))
    assert bomb.stat().st_size < 1_000_000
    result = run("--max-line-bytes", "1000", bomb)
    assert (
        problems(result)[0]
        == f"{bomb}:1: - -: RpcFrameworkError at frame: the line is longer than 1000 bytes"
    )
    assert summary_counts(result) == {**LOG_COUNTS, "frames": 6, "invalid": 2}


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX-only")
def test_gzip_memory_does_not_grow_with_the_log(tmp_path: Path) -> None:
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    _traffic(small, 20_000)
    _traffic(large, 300_000)
    packed = []
    for log in (small, large):
        target = log.with_suffix(".jsonl.gz")
        with log.open("rb") as source, gzip.open(target, "wb") as sink:
            while chunk := source.read(1 << 20):
                sink.write(chunk)
        packed.append(target)
    small_peak, _ = _peak(tmp_path, packed[0])
    large_peak, output = _peak(tmp_path, packed[1])
    throughput = re.search(r"^(\d+) frames in ([\d.]+) s \((\d+) frames/s\)$", output, re.M)
    assert throughput, output[-2000:]
    plain_output = run("--no-progress", large).stdout
    assert re.sub(r"\S+large\.jsonl(\.gz)?:", "", output.rsplit("\n", 2)[0]) == re.sub(
        r"\S+large\.jsonl(\.gz)?:", "", plain_output.rsplit("\n", 2)[0]
    )  # the same problems and summary as the plain log
    print(
        f"\nocpp201 validate (gzip): {throughput[1]} frames in {throughput[2]} s = {throughput[3]} frames/s; "
        f"peak RSS {small_peak / 2**20:.1f} MiB vs {large_peak / 2**20:.1f} MiB "
        f"({packed[1].stat().st_size / 2**20:.1f} MiB compressed, {large.stat().st_size / 2**20:.0f} MiB, 300k lines)"
    )
    assert (
        large_peak - small_peak < 8 * 2**20
    ), f"peak RSS grew by {(large_peak - small_peak) / 2**20:.1f} MiB"


# -- frames that are not JSON ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, message",
    [
        ('[2,"a" "Heartbeat",{}]', "Expecting ',' delimiter at char 7"),
        ('["é" 1]', "Expecting ',' delimiter at char 5"),  # characters, not bytes (é is two)
        ('[2,"a","Heartbeat",{}] 7', "Extra data at char 23"),
        (
            '[2,"a","Heart',
            "Invalid control character at char 13",
        ),  # the string runs into the line's end
        ('{"frame": [2, "a"', "Expecting ',' delimiter at char 18"),  # a broken record: its line
        (
            json.dumps({"frame": '[2, "a", "Heartbeat" {}]'}),
            "Expecting ',' delimiter at char 21 of the frame text",
        ),
        ('[2,"a","Heartbeat",{"n":NaN}]', "NaN is not a JSON value"),
    ],
)
def test_not_json_tells_where_and_why(tmp_path: Path, line: str, message: str) -> None:
    log = write_log(tmp_path, json.dumps([2, "ok", "Heartbeat", {}]), line)
    result = run(log)
    assert result.returncode == 1
    found = problems(result)
    assert len(found) == 1, found
    assert re.fullmatch(
        rf"{re.escape(str(log))}:2: \S+ \S+: RpcFrameworkError at frame: the frame is not JSON: {re.escape(message)}",
        found[0],
    ), found[0]


def test_not_utf8_tells_the_byte(tmp_path: Path) -> None:
    log = tmp_path / "latin1.jsonl"
    log.write_bytes(b'[2,"caf\xe9","Heartbeat",{}]\n')
    found = problems(run(log))
    assert found == [
        f"{log}:1: - -: RpcFrameworkError at frame: the frame is not JSON: not utf-8: invalid continuation byte at byte 7"
    ]


# -- unreadable logs in the summary ------------------------------------------------------------


def test_unreadable_logs_are_in_the_text_summary(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    good = write_log(tmp_path, *LOG)
    result = run(missing, good, tmp_path)
    assert result.returncode == 2
    assert _unreadable(result) == [
        f"{missing}: No such file or directory",
        f"{tmp_path}: Is a directory",
    ]
    assert summary_counts(result) == LOG_COUNTS  # the readable log is still checked
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("5 frames in ")  # the timing line stays last
    assert lines[-3:-1] == [
        f"unreadable: {missing}: No such file or directory",
        f"unreadable: {tmp_path}: Is a directory",
    ]
    assert result.stderr.splitlines() == [
        f"python -m ocpp201 validate: cannot read {missing}: No such file or directory",
        f"python -m ocpp201 validate: cannot read {tmp_path}: Is a directory",
    ]

    valid = run(write_log(tmp_path, *LOG[:4], name="valid.jsonl"))
    assert valid.returncode == 0 and _unreadable(valid) == []  # no such line when all could be read


def test_unreadable_logs_are_in_the_json_summary(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    result = run("--json", write_log(tmp_path, *LOG), missing, tmp_path)
    assert result.returncode == 2
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["unreadable"] == [
        {"file": str(missing), "error": "No such file or directory"},
        {"file": str(tmp_path), "error": "Is a directory"},
    ]
    assert summary["frames"] == LOG_COUNTS["frames"]


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file; POSIX modes"
)
def test_permission_denied_is_in_the_summary(tmp_path: Path) -> None:
    locked = write_log(tmp_path, *LOG, name="locked.jsonl")
    locked.chmod(0)
    try:
        result = run(locked)
    finally:
        locked.chmod(0o644)
    assert result.returncode == 2
    assert _unreadable(result) == [f"{locked}: Permission denied"]


def test_permission_denied_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same as above where the tests run as root: the validator's `open` refuses like the OS would.
    locked = write_log(tmp_path, *LOG, name="locked.jsonl")
    good = write_log(tmp_path, *LOG, name="good.jsonl")

    def refuse(path: str, *args: Any, **kwargs: Any) -> Any:
        if path == str(locked):
            raise PermissionError(13, "Permission denied", path)
        return open(path, *args, **kwargs)

    monkeypatch.setattr(cli, "open", refuse, raising=False)
    assert cli.main(["validate", "--no-progress", str(locked), str(good)]) == 2
    out, err = capsys.readouterr()
    assert f"unreadable: {locked}: Permission denied\n" in out
    assert "frames: 5, valid: 4, invalid: 1, unmatched: 0" in out
    assert err == f"python -m ocpp201 validate: cannot read {locked}: Permission denied\n"
    assert cli.main(["validate", "--no-progress", "--json", str(locked)]) == 2
    summary = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert summary["unreadable"] == [{"file": str(locked), "error": "Permission denied"}]
