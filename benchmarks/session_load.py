"""The session benchmark's load: N charging stations making M calls each, over raw `websockets`.

`python -m benchmarks.session_load --target ours=PORT[:PID] --target ocpp=PORT[:PID] ...` runs
the same load against every target: a warm-up round each, then the timed rounds, the targets
taking turns round by round (so drift on a shared machine hits them alike). It prints one JSON
object: per target, one record per timed round.

Each station connects (subprotocol ``ocpp2.0.1``, no compression, as most station firmware
does), waits until every station of the round is connected, then sends pre-encoded Calls one at
a time, each after the answer to the one before (OCPP-J's one outstanding Call): a
BootNotification, then StatusNotification, TransactionEvent, MeterValues and Heartbeat in turn,
with the payloads of `benchmarks/payloads.py`. A call's latency runs from its send to the receipt
of its answer. Answers are checked after the round, outside the timing: each must be a
CallResult with the Call's unique id and a payload valid for the action's response; everything
else, and every timeout or lost connection, counts as an error.

With ``--pid`` (after the port) the CSMS process's CPU time per round is read from
``/proc/PID/stat`` (Linux; all its threads): CPU per call is steadier than calls per second on
a machine other work shares.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from .builds import ROOT
from .payloads import PAYLOADS, wire_bytes

sys.path.insert(0, str(ROOT / "generated"))

SUBPROTOCOL = Subprotocol("ocpp2.0.1")
CALL_TIMEOUT = 30.0
"""Seconds a station waits for an answer before it counts an error and stops."""
CONNECTING_AT_ONCE = 50
"""Stations opening their connection at the same time (the server's listen backlog is 100)."""
CYCLE = ("StatusNotification", "TransactionEvent", "MeterValues", "Heartbeat")
"""The actions a station sends after its BootNotification, in turn."""


@dataclass
class Round:
    """One round against one CSMS: every station's calls."""

    stations: int
    calls: int
    """Calls answered with a valid CallResult."""
    errors: int
    seconds: float
    """From the moment every station is connected until the last answer."""
    p50_ms: float
    p99_ms: float
    csms_cpu_seconds: float | None
    load_cpu_seconds: float
    """CPU time of the load generator itself: near `seconds`, it was the bottleneck."""
    error_samples: list[str] = field(default_factory=list)

    @property
    def calls_per_second(self) -> float:
        return self.calls / self.seconds if self.seconds > 0 else 0.0


@dataclass
class _Station:
    station_id: str
    frames: list[tuple[str, str, str]]
    """(unique id, action, frame text) of each Call, in order."""
    latencies: list[float] = field(default_factory=list)
    replies: list[str | bytes] = field(default_factory=list)
    failure: str | None = None


def _payload_text(action: str) -> str:
    return wire_bytes(PAYLOADS[f"{action}Request"]).decode()


def station_frames(station: int, calls: int) -> list[tuple[str, str, str]]:
    """The Calls of one station: a BootNotification, then the cycle."""
    texts = {action: _payload_text(action) for action in ("BootNotification", *CYCLE)}
    actions = ["BootNotification", *(CYCLE[i % len(CYCLE)] for i in range(calls - 1))]
    frames = []
    for number, action in enumerate(actions[:calls]):
        unique_id = f"s{station}-{number}"
        frames.append((unique_id, action, f'[2,"{unique_id}","{action}",{texts[action]}]'))
    return frames


def _cpu_seconds(pid: int | None) -> float | None:
    """User plus system CPU time of process `pid`, all threads; None when not readable."""
    if pid is None:
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # Fields after the command name (in parentheses, which may hold spaces): utime is the
    # 14th field of the line, stime the 15th, in clock ticks.
    fields = stat.rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _open(port: int, station: _Station, slots: asyncio.Semaphore) -> ClientConnection:
    async with slots:
        return await connect(
            f"ws://127.0.0.1:{port}/{station.station_id}",
            subprotocols=[SUBPROTOCOL],
            compression=None,
            open_timeout=CALL_TIMEOUT,
            ping_interval=None,
        )


async def _drive(connection: ClientConnection, station: _Station, start: asyncio.Event) -> None:
    await start.wait()
    clock = time.perf_counter
    try:
        for _, _, text in station.frames:
            sent = clock()
            await connection.send(text)
            async with asyncio.timeout(CALL_TIMEOUT):
                reply = await connection.recv()
            station.latencies.append(clock() - sent)
            station.replies.append(reply)
    except Exception as error:  # a timeout or a lost connection: this station stops
        station.failure = f"{type(error).__name__}: {error}"


def _check(station: _Station) -> tuple[int, list[str]]:
    """The number of valid answers, and one line per wrong answer and per unanswered call."""
    import ocpp201

    valid, wrong = 0, []
    for (unique_id, action, _), reply in zip(station.frames, station.replies, strict=False):
        try:
            frame = json.loads(reply)
        except ValueError:
            wrong.append(f"{station.station_id} {action}: not JSON: {reply[:200]!r}")
            continue
        if not (
            isinstance(frame, list)
            and len(frame) == 3
            and frame[0] == 3
            and frame[1] == unique_id
            and isinstance(frame[2], dict)
        ):
            wrong.append(f"{station.station_id} {action}: not its CallResult: {reply[:200]!r}")
            continue
        violations = ocpp201.validate(f"{action}Response", frame[2])
        if violations:
            wrong.append(f"{station.station_id} {action}: invalid response: {violations[0]}")
            continue
        valid += 1
    for _, action, _ in station.frames[len(station.replies) :]:
        wrong.append(f"{station.station_id} {action}: unanswered: {station.failure}")
    return valid, wrong


def _percentile(ordered: list[float], fraction: float) -> float:
    """The nearest-rank percentile of an ascending list (0.0 when it is empty)."""
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


async def run_round(port: int, pid: int | None, stations: int, calls: int, tag: str) -> Round:
    """`stations` stations, `calls` calls each, against the CSMS on `port`."""
    members = [_Station(f"{tag}-{n}", station_frames(n, calls)) for n in range(stations)]
    slots = asyncio.Semaphore(CONNECTING_AT_ONCE)
    opened = await asyncio.gather(
        *(_open(port, station, slots) for station in members), return_exceptions=True
    )
    connections: list[tuple[ClientConnection, _Station]] = []
    for station, outcome in zip(members, opened, strict=True):
        if isinstance(outcome, BaseException):
            station.failure = f"could not connect: {type(outcome).__name__}: {outcome}"
        else:
            connections.append((outcome, station))
    start = asyncio.Event()
    drivers = [asyncio.create_task(_drive(c, s, start)) for c, s in connections]
    # The collector would otherwise pause the load at moments that differ from run to run.
    gc.collect()
    gc.disable()
    cpu_before, load_before = _cpu_seconds(pid), time.process_time()
    began = time.perf_counter()
    start.set()
    try:
        await asyncio.gather(*drivers)
        seconds = time.perf_counter() - began
        cpu_after, load_after = _cpu_seconds(pid), time.process_time()
    finally:
        gc.enable()
    await asyncio.gather(*(c.close() for c, _ in connections), return_exceptions=True)
    valid, errors = 0, []
    for station in members:
        station_valid, station_errors = _check(station)
        valid += station_valid
        errors += station_errors
    latencies = sorted(t for station in members for t in station.latencies)
    cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    return Round(
        stations=stations,
        calls=valid,
        errors=len(errors),
        seconds=seconds,
        p50_ms=_percentile(latencies, 0.50) * 1e3,
        p99_ms=_percentile(latencies, 0.99) * 1e3,
        csms_cpu_seconds=cpu,
        load_cpu_seconds=load_after - load_before,
        error_samples=errors[:5],
    )


async def run_all(
    targets: dict[str, tuple[int, int | None]],
    stations: int,
    calls: int,
    rounds: int,
    warmup_calls: int,
) -> dict[str, list[Round]]:
    for name, (port, pid) in targets.items():
        await run_round(port, pid, stations, warmup_calls, f"warm-{name}")
    results: dict[str, list[Round]] = {name: [] for name in targets}
    for number in range(rounds):
        for name, (port, pid) in targets.items():
            results[name].append(await run_round(port, pid, stations, calls, f"r{number}"))
    return results


def _target(text: str) -> tuple[str, tuple[int, int | None]]:
    name, _, address = text.partition("=")
    port, _, pid = address.partition(":")
    if not name or not port.isdigit() or (pid and not pid.isdigit()):
        raise argparse.ArgumentTypeError(f"expected NAME=PORT[:PID], not {text!r}")
    return name, (int(port), int(pid) if pid else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.session_load", description=__doc__)
    parser.add_argument("--target", type=_target, action="append", required=True)
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--calls", type=int, default=50, help="calls per station and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warmup-calls", type=int, default=10)
    args = parser.parse_args(argv)
    for name in ("stations", "calls", "rounds", "warmup_calls"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    results = asyncio.run(
        run_all(dict(args.target), args.stations, args.calls, args.rounds, args.warmup_calls)
    )
    json.dump({name: [asdict(r) for r in rounds] for name, rounds in results.items()}, sys.stdout)
    print()
    return 0


def rounds_from_json(records: list[dict[str, Any]]) -> list[Round]:
    return [Round(**record) for record in records]


if __name__ == "__main__":
    sys.exit(main())
