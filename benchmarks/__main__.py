"""`python -m benchmarks`: time ocpp201 against other ways of handling OCPP 2.0.1 payloads.

Writes RESULTS.md and results.png (default: into benchmarks/) and prints the tables.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .builds import (
    ROOT,
    SCHEMAS,
    build_all_messages,
    build_pydantic_models,
    import_builds,
    time_check,
)

if TYPE_CHECKING:
    from .paths import Context
    from .sessions import SessionResults


Cell = tuple[str, str]
Timed = Callable[[], object]

DEFAULT_REPEAT = 120  # about 2.5 minutes on 2 cores, then about 40 s of sessions
SAMPLE_SECONDS = 0.010
QUICK_REPEAT = 3
QUICK_SAMPLE_SECONDS = 0.001
MEMORY_COUNT = 1000
QUICK_MEMORY_COUNT = 100


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help=f"timed rounds over all paths (default {DEFAULT_REPEAT}, " f"--quick {QUICK_REPEAT})",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="tiny samples and repeat counts: a smoke test, not a measurement",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder for RESULTS.md and results.png (default: benchmarks/; with --quick, a new "
        "temporary folder, so that a smoke run never replaces the committed results)",
    )
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.out is None:
        quick_out = Path(tempfile.mkdtemp(prefix="ocpp201-bench-quick-")) if args.quick else None
        args.out = quick_out or ROOT / "benchmarks"
    repeat = args.repeat or (QUICK_REPEAT if args.quick else DEFAULT_REPEAT)
    sample = QUICK_SAMPLE_SECONDS if args.quick else SAMPLE_SECONDS
    count = QUICK_MEMORY_COUNT if args.quick else MEMORY_COUNT
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ocpp201-bench-") as tmp:
        run(Path(tmp), args.out, repeat, sample, count, args.quick)
    return 0


def run(workdir: Path, out: Path, repeat: int, sample: float, count: int, quick: bool) -> None:
    started = time.perf_counter()
    # Imported here, so that --help works without the bench extra.
    from . import report
    from .paths import Context
    from .payloads import PAYLOADS, check_payloads
    from .timing import harness_overhead, measure

    check_payloads(SCHEMAS)
    log("the committed package, pure and compiled (mypyc; built once per content) ...")
    ocpp201, ours_compiled = import_builds(workdir)
    log("generating the --all build and timing the generator commands ...")
    ours_all, generator_all = build_all_messages(workdir)
    generator_check = time_check()
    log("generating pydantic models with datamodel-code-generator ...")
    ctx = Context(ocpp201, ours_all, build_pydantic_models(workdir, list(PAYLOADS)))
    ctx.ours_compiled = ours_compiled
    cells, rejected, not_applicable = _prepare(ctx)

    log(f"timing {len(cells)} cells, {repeat} interleaved repeats of ~{sample * 1e3:g} ms ...")
    seconds = measure(cells, repeat, sample, progress=_progress)
    overhead = harness_overhead(sample, repeat)
    log(f"memory: {count} decoded TransactionEventRequest kept alive per path ...")
    memory = _memory(ctx, count)
    sessions = _sessions(quick)

    results = report.Results(
        repeat=repeat,
        sample_ms=sample * 1e3,
        seconds=seconds,
        rejected=rejected,
        not_applicable=not_applicable,
        ours_build={m: "committed" if ctx.ours(m) is ocpp201 else "--all" for m in PAYLOADS},
        overhead_seconds=overhead,
        memory=memory,
        memory_count=count,
        generator_all=generator_all,
        generator_check=generator_check,
        notes=ctx.notes,
        sessions=sessions,
    )
    plot = report.write_plot(results, out, "results.png")
    results.wall_seconds = time.perf_counter() - started
    markdown = report.write_markdown(results, out, plot.name)
    print(report.terminal_summary(results))
    log(f"wrote {markdown} and {plot}")


def _prepare(ctx: Context) -> tuple[dict[Cell, Timed], dict[Cell, str], set[Cell]]:
    """Every (path, message) callable, plus the refused and the non-existent ones."""
    from .paths import PATHS, NotApplicable, Rejected
    from .payloads import PAYLOADS

    cells: dict[Cell, Timed] = {}
    rejected: dict[Cell, str] = {}
    not_applicable: set[Cell] = set()
    for path in PATHS:
        for message in PAYLOADS:
            try:
                cells[(path.key, message)] = path.prepare(ctx, message)
            except Rejected as exc:
                rejected[(path.key, message)] = str(exc)
            except NotApplicable:
                not_applicable.add((path.key, message))
    return cells, rejected, not_applicable


def _memory(ctx: Context, count: int) -> dict[str, float]:
    """Bytes per decoded TransactionEventRequest, per kind of result."""
    import msgspec

    from .msgspec_structs import TransactionEventRequest as TxEventStruct
    from .timing import bytes_per_object

    name = "TransactionEventRequest"
    raw, ours, model = ctx.raw(name), ctx.ours(name), ctx.pydantic_models[name]
    struct_decoder = msgspec.json.Decoder(TxEventStruct)
    makers: dict[str, Timed] = {
        "json.loads (dict)": lambda: json.loads(raw),
        "ocpp201 loads (dataclasses)": lambda: ours.loads(name, raw),
        "pydantic model_validate_json": lambda: model.model_validate_json(raw),
        "msgspec Struct (reference)": lambda: struct_decoder.decode(raw),
    }
    return {label: bytes_per_object(make, count) for label, make in makers.items()}


def _sessions(quick: bool) -> SessionResults:
    """Whole calls over WebSocket: ocpp201's CSMS against one on the `ocpp` package."""
    from . import sessions as s

    stations, calls, rounds, warmup = (
        (s.QUICK_STATIONS, s.QUICK_CALLS, s.QUICK_ROUNDS, s.QUICK_WARMUP_CALLS)
        if quick
        else (s.DEFAULT_STATIONS, s.DEFAULT_CALLS, s.DEFAULT_ROUNDS, s.DEFAULT_WARMUP_CALLS)
    )
    log(
        f"sessions: {stations} stations × {calls} calls, {rounds} rounds per CSMS, "
        "each CSMS in a process of its own ..."
    )
    return s.run_sessions(stations, calls, rounds, warmup)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _progress(done: int, total: int) -> None:
    if done == total or done % max(1, total // 10) == 0:
        log(f"  repeat {done}/{total}")


if __name__ == "__main__":
    sys.exit(main())
