"""The session benchmark: whole OCPP-J calls over WebSocket on 127.0.0.1, CSMS against CSMS.

Three processes: each CSMS of `benchmarks/session_csms.py` in its own (one core each at most:
CPython runs one thread at a time), and the load generator of `benchmarks/session_load.py` in a
third, the same load for both. `python -m benchmarks` runs it after the per-message timings;
``python -m benchmarks.sessions`` runs it alone and prints the table, and with ``--profile DIR``
writes each CSMS's cProfile statistics to DIR/<csms>.pstats.
"""

from __future__ import annotations

import argparse
import json
import select
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .builds import ROOT
from .session_load import CYCLE, Round, rounds_from_json

CSMS_LABELS = {
    "ours": "ocpp201 Router + ocpp201.websockets.serve",
    "ocpp": "ocpp 2.1.0 ChargePoint + @on, websockets.serve",
}
"""The CSMSs, in the order the tables list them."""

DEFAULT_STATIONS = 200
DEFAULT_CALLS = 50
DEFAULT_ROUNDS = 5
DEFAULT_WARMUP_CALLS = 10
QUICK_STATIONS = 4
QUICK_CALLS = 5
QUICK_ROUNDS = 1
QUICK_WARMUP_CALLS = 2
STARTUP_SECONDS = 60.0
"""How long a CSMS process may take to print its port."""

THROUGHPUT_TARGET = 3.0
"""ocpp201's calls per second over the `ocpp` package's, at least."""


@dataclass
class SessionResults:
    """One run of the session benchmark: every timed round of every CSMS."""

    stations: int
    calls: int
    """Calls per station and round."""
    rounds: int
    warmup_calls: int
    by_csms: dict[str, list[Round]] = field(default_factory=dict)

    def median(self, csms: str, figure: str) -> float:
        """The median over the rounds of `figure`: calls_per_second, p50_ms or p99_ms."""
        return float(statistics.median(getattr(r, figure) for r in self.by_csms[csms]))

    def cpu_per_call(self, csms: str) -> float | None:
        """Median CSMS CPU seconds per answered call, when the CPU time was readable."""
        per_round = [
            r.csms_cpu_seconds / r.calls
            for r in self.by_csms[csms]
            if r.csms_cpu_seconds is not None and r.calls
        ]
        return statistics.median(per_round) if per_round else None

    def busy(self, csms: str) -> tuple[float | None, float]:
        """Median share of the wall time the CSMS process, and the load generator, were on a
        CPU: the one near 100% set the pace."""
        rounds = [r for r in self.by_csms[csms] if r.seconds > 0]
        measured = [
            r.csms_cpu_seconds / r.seconds for r in rounds if r.csms_cpu_seconds is not None
        ]
        return (
            statistics.median(measured) if measured else None,
            statistics.median(r.load_cpu_seconds / r.seconds for r in rounds),
        )

    def errors(self, csms: str) -> int:
        return sum(r.errors for r in self.by_csms[csms])

    def error_samples(self) -> list[str]:
        return [
            f"{CSMS_LABELS[name]}: {sample}"
            for name, rounds in self.by_csms.items()
            for r in rounds
            for sample in r.error_samples
        ][:10]

    @property
    def load(self) -> str:
        """The load in words, for table captions."""
        return (
            f"{self.stations} stations × {self.calls} calls (BootNotification, then "
            f"{', '.join(CYCLE)} in turn), one outstanding call per station"
        )


@contextmanager
def csms_process(kind: str, profile: Path | None = None) -> Iterator[tuple[int, int]]:
    """A CSMS of `session_csms` in a process of its own: yields (port, pid) while it serves."""
    command = [sys.executable, "-m", "benchmarks.session_csms", kind]
    if profile is not None:
        command += ["--profile", str(profile)]
    process = subprocess.Popen(
        command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        readable, _, _ = select.select([process.stdout], [], [], STARTUP_SECONDS)
        line = process.stdout.readline() if readable else ""
        if not line.strip().isdigit():
            raise SystemExit(f"the {kind} CSMS did not start (see its error output above)")
        yield int(line), process.pid
    finally:
        process.stdin.close()  # its signal to stop (and to write its profile)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_sessions(
    stations: int,
    calls: int,
    rounds: int,
    warmup_calls: int,
    profile_dir: Path | None = None,
) -> SessionResults:
    """Starts both CSMSs, runs the load generator against them, and returns its figures."""
    results = SessionResults(stations, calls, rounds, warmup_calls)
    with (
        csms_process("ours", profile_dir and profile_dir / "ours.pstats") as ours,
        csms_process("ocpp", profile_dir and profile_dir / "ocpp.pstats") as theirs,
    ):
        targets = {"ours": ours, "ocpp": theirs}
        command = [sys.executable, "-m", "benchmarks.session_load"]
        for name, (port, pid) in targets.items():
            command += ["--target", f"{name}={port}:{pid}"]
        command += [
            f"--stations={stations}",
            f"--calls={calls}",
            f"--rounds={rounds}",
            f"--warmup-calls={warmup_calls}",
        ]
        done = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the session load generator failed (exit {done.returncode})")
    records = json.loads(done.stdout)
    results.by_csms = {name: rounds_from_json(records[name]) for name in CSMS_LABELS}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sessions", description=__doc__)
    parser.add_argument("--stations", type=int, default=DEFAULT_STATIONS)
    parser.add_argument("--calls", type=int, default=DEFAULT_CALLS, help="per station and round")
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    parser.add_argument("--warmup-calls", type=int, default=DEFAULT_WARMUP_CALLS)
    parser.add_argument("--profile", type=Path, metavar="DIR", help="cProfile each CSMS into DIR")
    args = parser.parse_args(argv)
    if min(args.stations, args.calls, args.rounds, args.warmup_calls) < 1:
        parser.error("--stations, --calls, --rounds and --warmup-calls must be at least 1")
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
    results = run_sessions(args.stations, args.calls, args.rounds, args.warmup_calls, args.profile)
    from .report import session_table

    print(results.load)
    print(session_table(results))
    for sample in results.error_samples():
        print(f"error: {sample}")
    return 1 if any(results.errors(name) for name in CSMS_LABELS) else 0


if __name__ == "__main__":
    sys.exit(main())
