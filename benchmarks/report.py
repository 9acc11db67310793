"""Tables, targets, RESULTS.md and results.png, all computed from one run's figures."""

from __future__ import annotations

import datetime
import importlib.metadata
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path

from .builds import CommandTiming
from .paths import COMPILED_PATHS, OURS_FOR_OP, PATHS, BenchPath
from .payloads import PAYLOADS, SHORT_NAMES, wire_bytes
from .sessions import CSMS_LABELS, THROUGHPUT_TARGET, SessionResults

Cell = tuple[str, str]
"""(path key, message schema name)."""

LIBRARIES = [
    "ocpp",
    "jsonschema",
    "rfc3339-validator",
    "fastjsonschema",
    "pydantic",
    "pydantic-core",
    "datamodel-code-generator",
    "jsonschema-rs",
    "msgspec",
    "matplotlib",
    "websockets",
]
GENERATOR_LIMIT_SECONDS = 10.0


@dataclass
class Results:
    """One run's figures; every table and verdict below is derived from these."""

    repeat: int
    sample_ms: float
    seconds: dict[Cell, float]
    rejected: dict[Cell, str]
    not_applicable: set[Cell]
    ours_build: dict[str, str]
    """message -> which ocpp201 build served it ("committed" or "--all")."""
    overhead_seconds: float
    memory: dict[str, float]
    memory_count: int
    generator_all: CommandTiming
    generator_check: CommandTiming
    notes: list[str] = field(default_factory=list)
    wall_seconds: float = 0.0
    sessions: SessionResults | None = None


@dataclass(frozen=True)
class Target:
    label: str
    numerator: str
    denominator: str
    bound: float
    at_least: bool
    """True: met when numerator/denominator >= bound; False: met when <= bound."""
    messages: tuple[str, ...]
    """Where the target applies; the table shows the ratio on every message."""


LARGE = ("TransactionEventRequest", "MeterValuesRequest")


def _targets() -> list[Target]:
    every = tuple(PAYLOADS)
    return [
        Target("`ocpp` incoming / pure loads", "ocpp", "ours_loads", 30, True, LARGE),
        Target("pure loads / json.loads", "ours_loads", "json_loads", 2.5, False, LARGE),
        Target(
            "pure dumps / pydantic model_dump_json",
            "ours_dumps",
            "pydantic_dump",
            1.8,
            False,
            LARGE,
        ),
        Target("fastjsonschema / pure validate", "fastjsonschema", "ours_validate", 2, True, every),
        Target("jsonschema / pure validate", "jsonschema", "ours_validate", 50, True, LARGE),
        Target(
            "compiled loads / json.loads", "ours_compiled_loads", "json_loads", 1.5, False, LARGE
        ),
        Target(
            "compiled loads / pydantic model_validate_json",
            "ours_compiled_loads",
            "pydantic_validate",
            1,
            False,
            LARGE,
        ),
        Target(
            "fastjsonschema / compiled validate",
            "fastjsonschema",
            "ours_compiled_validate",
            4,
            True,
            LARGE,
        ),
        Target(
            "compiled dumps / pydantic model_dump_json",
            "ours_compiled_dumps",
            "pydantic_dump",
            1.3,
            False,
            LARGE,
        ),
    ]


def _value(results: Results, t: Target, message: str) -> float | None:
    num, den = (t.numerator, message), (t.denominator, message)
    if num in results.seconds and den in results.seconds:
        return results.seconds[num] / results.seconds[den]
    return None


def _met(value: float, t: Target) -> bool:
    return value >= t.bound if t.at_least else value <= t.bound


def _verdict(value: float, bound: float, at_least: bool) -> str:
    met = value >= bound if at_least else value <= bound
    if met:
        return "met"
    return f"missed by {bound / value if at_least else value / bound:.2f}×"


def _us(seconds: float) -> str:
    us = seconds * 1e6
    if us < 10:
        return f"{us:.2f}"
    if us < 100:
        return f"{us:.1f}"
    return f"{us:.0f}"


def _ratio(value: float) -> str:
    if value < 10:
        return f"{value:.2f}×"
    if value < 100:
        return f"{value:.1f}×"
    return f"{value:.0f}×"


def _cell(results: Results, path: BenchPath, message: str) -> str:
    key = (path.key, message)
    if key in results.not_applicable:
        return "—"
    if key in results.rejected:
        return "rejected"
    return _us(results.seconds[key])


def _ratio_cell(results: Results, path: BenchPath, message: str) -> str:
    ours = OURS_FOR_OP[path.op]
    mine, theirs = (path.key, message), (ours, message)
    if path.key == ours:
        return "1"
    if mine not in results.seconds or theirs not in results.seconds:
        return _cell(results, path, message) if mine not in results.seconds else "n/a"
    return _ratio(results.seconds[mine] / results.seconds[theirs])


def _table(headers: list[str], rows: list[list[str]], text_columns: int = 1) -> str:
    """A Markdown table padded to line up in a terminal too; figures are right-aligned."""
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        padded = [
            c.ljust(w) if i < text_columns else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = (
        "|"
        + "|".join(
            ":" + "-" * (w + 1) if i < text_columns else "-" * (w + 1) + ":"
            for i, w in enumerate(widths)
        )
        + "|"
    )
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def timing_table(results: Results) -> str:
    headers = ["path (µs/message)", *(SHORT_NAMES[m] for m in PAYLOADS)]
    return _table(headers, [[p.label, *(_cell(results, p, m) for m in PAYLOADS)] for p in PATHS])


def ratio_table(results: Results) -> str:
    headers = ["path (time / ocpp201's)", *(SHORT_NAMES[m] for m in PAYLOADS)]
    return _table(
        headers,
        [
            [
                f"{p.label} [vs {OURS_FOR_OP[p.op].removeprefix('ours_')}]",
                *(_ratio_cell(results, p, m) for m in PAYLOADS),
            ]
            for p in PATHS
        ],
    )


def memory_table(results: Results) -> str:
    base = results.memory.get("json.loads (dict)")
    rows = [
        [label, f"{size:,.0f}", _ratio(size / base) if base else "n/a"]
        for label, size in results.memory.items()
    ]
    return _table(["decoded TransactionEventRequest", "bytes/object", "× dict"], rows)


def session_table(sessions: SessionResults) -> str:
    """Calls per second and latencies per CSMS (medians over the rounds), and their ratio."""
    rows: list[list[str]] = []
    figures: dict[str, tuple[float, float, float, float | None]] = {}
    for name, label in CSMS_LABELS.items():
        throughput = sessions.median(name, "calls_per_second")
        p50, p99 = sessions.median(name, "p50_ms"), sessions.median(name, "p99_ms")
        cpu = sessions.cpu_per_call(name)
        csms_busy, load_busy = sessions.busy(name)
        figures[name] = (throughput, p50, p99, cpu)
        rows.append(
            [
                label,
                f"{throughput:,.0f}",
                f"{p50:.1f}",
                f"{p99:.1f}",
                "n/a" if cpu is None else f"{cpu * 1e6:.0f}",
                "n/a" if csms_busy is None else f"{csms_busy:.0%}",
                f"{load_busy:.0%}",
                f"{sessions.errors(name):,}",
            ]
        )
    (ours, ours_p50, ours_p99, ours_cpu), (theirs, their_p50, their_p99, their_cpu) = (
        figures["ours"],
        figures["ocpp"],
    )
    rows.append(
        [
            "ocpp201 / ocpp",
            _ratio(ours / theirs) if theirs else "n/a",
            _ratio(ours_p50 / their_p50) if their_p50 else "n/a",
            _ratio(ours_p99 / their_p99) if their_p99 else "n/a",
            _ratio(ours_cpu / their_cpu) if ours_cpu and their_cpu else "n/a",
            "",
            "",
            "",
        ]
    )
    headers = [
        f"CSMS (median of {_rounds(sessions.rounds)})",
        "calls/s",
        "p50 ms",
        "p99 ms",
        "CSMS CPU µs/call",
        "CSMS busy",
        "load busy",
        "errors",
    ]
    return _table(headers, rows)


def _rounds(count: int) -> str:
    return f"{count} round" if count == 1 else f"{count} rounds"


def _session_targets(sessions: SessionResults) -> list[list[str]]:
    """The session targets' rows: throughput at least 3× the `ocpp` package's, p99 no worse."""
    errors = sum(sessions.errors(name) for name in CSMS_LABELS)
    rows = []
    for label, figure, bound, at_least in (
        ("calls/s: ocpp201 / `ocpp` ChargePoint", "calls_per_second", THROUGHPUT_TARGET, True),
        ("p99 latency: ocpp201 / `ocpp` ChargePoint", "p99_ms", 1.0, False),
    ):
        theirs = sessions.median("ocpp", figure)
        value = sessions.median("ours", figure) / theirs if theirs else float("nan")
        verdict = f"not valid (errors: {errors:,})" if errors else _verdict(value, bound, at_least)
        rows.append([label, _ratio(value), f"{'≥' if at_least else '≤'} {bound:g}×", verdict])
    return rows


def targets_table(results: Results) -> str:
    """One row per target, one column per message: the ratio everywhere, marked ✓ or ✗ where the
    target applies (in parentheses where it does not)."""
    rows: list[list[str]] = []
    for t in _targets():
        cells, missed, unmeasured = [], [], False
        for message in PAYLOADS:
            value = _value(results, t, message)
            if value is None:
                cells.append("—")
                unmeasured |= message in t.messages
            elif message in t.messages:
                cells.append(f"{_ratio(value)} {'✓' if _met(value, t) else '✗'}")
                if not _met(value, t):
                    missed.append(f"{SHORT_NAMES[message]} {_verdict(value, t.bound, t.at_least)}")
            else:
                cells.append(f"({_ratio(value)})")
        verdict = "not measured" if unmeasured else "; ".join(missed) or "met"
        bound = f"{'≥' if t.at_least else '≤'} {t.bound:g}×"
        rows.append([t.label, bound, *cells, verdict])
    headers = ["target", "bound", *(SHORT_NAMES[m] for m in PAYLOADS), "verdict"]
    return _table(headers, rows, text_columns=2)


def generator_table(results: Results) -> str:
    rows = []
    for run in (results.generator_check, results.generator_all):
        status = "" if run.returncode == 0 else f" (exit {run.returncode})"
        rows.append(
            [
                f"`{run.command}`{status}",
                f"{run.seconds:.1f} s",
                f"< {GENERATOR_LIMIT_SECONDS:g} s",
                _verdict(run.seconds, GENERATOR_LIMIT_SECONDS, False),
            ]
        )
    return _table(["command", "measured", "target", "verdict"], rows)


def session_targets_table(sessions: SessionResults) -> str:
    return _table(["comparison", "measured", "target", "verdict"], _session_targets(sessions))


def _duration(seconds: float) -> str:
    return f"{seconds * 1e9:.0f} ns" if seconds < 1e-6 else f"{_us(seconds)} µs"


def missed_explanations(results: Results) -> list[str]:
    """What stands between ocpp201 and each target this run missed, in this run's figures."""
    lines = []
    for t in _targets():
        for message in t.messages:
            value = _value(results, t, message)
            if value is None or _met(value, t):
                continue
            ours = t.numerator if t.numerator.startswith("ours") else t.denominator
            theirs = t.denominator if ours == t.numerator else t.numerator
            mine, other = results.seconds[(ours, message)], results.seconds[(theirs, message)]
            parts = [
                f"- **{t.label}** on {SHORT_NAMES[message]}: {_duration(mine)} against "
                f"{_duration(other)}, of which this harness's empty call is "
                f"{_duration(results.overhead_seconds)} each."
            ]
            if mine < 1e-6:
                parts.append(
                    "At this size what is left is the fixed cost of a call: entering the Python "
                    "function and making the list it returns, whatever its body does."
                )
            compiled = results.seconds.get((ours.replace("ours_", "ours_compiled_"), message))
            if compiled is not None and "compiled" not in ours:
                parts.append(f"The compiled build: {_duration(compiled)}.")
            lines.append(" ".join(parts))
    return lines


def machine() -> list[tuple[str, str]]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return [
        ("CPU", cpu),
        ("cores", str(os.cpu_count())),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("date", now),
        ("libraries", ", ".join(versions)),
    ]


def terminal_summary(results: Results) -> str:
    parts = [f"{k}: {v}" for k, v in machine()]
    parts += [
        "",
        timing_table(results),
        "",
        ratio_table(results),
        "",
        memory_table(results),
        "",
        targets_table(results),
        "",
        generator_table(results),
    ]
    if results.rejected or results.notes:
        parts += ["", *_refusals(results)]
    if results.sessions is not None:
        parts += ["", results.sessions.load, session_table(results.sessions)]
        parts += [f"session error: {e}" for e in results.sessions.error_samples()]
    parts += ["", f"bench wall time: {results.wall_seconds:.0f} s"]
    return "\n".join(parts)


def _refusals(results: Results) -> list[str]:
    lines = [
        f"- **{dict((p.key, p.label) for p in PATHS)[key]}** refuses the valid "
        f"{message}: `{reason}`"
        for (key, message), reason in sorted(results.rejected.items())
    ]
    return lines + [f"- {note}" for note in results.notes]


def _session_section(sessions: SessionResults | None) -> list[str]:
    if sessions is None:
        return []
    errors = sessions.error_samples()
    return [
        "## Sessions over WebSocket",
        "",
        f"Whole OCPP-J calls on 127.0.0.1: {sessions.load}. Each CSMS runs in a process of its "
        "own (`benchmarks/session_csms.py`): ocpp201's `Router` with typed handlers served by "
        "`ocpp201.websockets.serve`, and a `ChargePoint` subclass of the `ocpp` package with "
        "`@on` handlers served by `websockets.serve` (subprotocol `ocpp2.0.1`); both answer "
        "with the same responses and keep their library's defaults, schema validation "
        "included. The load generator (`benchmarks/session_load.py`), the same for both, runs "
        "in a third process: raw `websockets` clients without compression sending pre-encoded "
        "frames, each after the answer to the one before. A call's latency runs from its send "
        "to its answer; as every station waits for its answer, latency grows with the time "
        f"the CSMS takes per call. Each CSMS gets a warm-up round of {sessions.warmup_calls} "
        f"calls per station, then {_rounds(sessions.rounds)} timed, the two taking turns; the "
        "table gives the medians over the rounds. Every answer is checked after its round: a "
        "CallResult with the Call's unique id and a payload valid for the response schema, "
        "or it counts as an error (so do timeouts and lost connections). CSMS CPU is the "
        "server process's user and system time (`/proc`, all threads) per answered call; "
        "*busy* is the share of the round's wall time each process spent on a CPU, so the one "
        "near 100% set the pace.",
        "",
        session_table(sessions),
        "",
        *(["Errors (the first few):", "", *(f"- `{e}`" for e in errors), ""] if errors else []),
    ]


def write_markdown(results: Results, out: Path, plot_name: str) -> Path:
    sizes = ", ".join(f"{SHORT_NAMES[m]} {len(wire_bytes(p)):,} B" for m, p in PAYLOADS.items())
    builds = ", ".join(f"{SHORT_NAMES[m]}: {b}" for m, b in results.ours_build.items())
    text = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m benchmarks`); every figure and verdict below comes "
        "from that run. Rerun rather than edit.",
        "",
        "## Machine",
        "",
        *(f"- **{k}**: {v}" for k, v in machine()),
        "",
        "## Method",
        "",
        f"Each path runs in one process on the same payloads (`benchmarks/payloads.py`; compact "
        f"JSON sizes: {sizes}). Every cell is timed in samples of about {results.sample_ms:g} ms "
        f"(call count calibrated per cell, then one warm-up sample); each of the "
        f"{results.repeat} repeats takes one sample of every cell in turn (round-robin, so drift "
        f"hits all paths alike), and the tables give the median. The garbage collector stays on. "
        f"An empty call costs {results.overhead_seconds * 1e9:.0f} ns in this harness; it is "
        f"included in every figure, not subtracted.",
        "",
        f"ocpp201 build per message: {builds} (`--all`: generated at bench start by "
        f"`python -m generator --all` and imported as `ocpp201_all`, because the committed "
        f"24-message build does not implement NotifyReport). The compiled build is the "
        f"committed package compiled with mypyc into the wheel `make dist` builds for this "
        f"platform (setup.py; kept in .cache/ by the content of its sources); it runs beside "
        f"the pure one in this process, which imports the committed package as "
        f"`ocpp201_pure`.",
        "",
        *(f"- **{p.label}**: {p.what}" for p in PATHS),
        "",
        "`—`: no such path for this message; `rejected`: the library refuses this "
        "schema-valid payload (see below).",
        "",
        "## Microseconds per message",
        "",
        timing_table(results),
        "",
        "## Ratio to ocpp201",
        "",
        "Each path's time divided by the time of the ocpp201 path of the same kind "
        "(decode: `loads`, validate: `validate`, encode: `dumps`); above 1, ocpp201 is faster.",
        "",
        ratio_table(results),
        "",
        f"![µs per message, per path and message]({plot_name})",
        "",
        "## Refusals and notes",
        "",
        *(_refusals(results) or ["None: every path accepted every payload."]),
        "",
        "## Memory",
        "",
        f"Bytes each decoded TransactionEventRequest keeps alive: {results.memory_count} decoded "
        "objects held in a list, traced with tracemalloc, divided by their number (the list "
        "itself excluded; state shared across objects, such as interned strings and enum "
        "members, is not counted).",
        "",
        memory_table(results),
        "",
        *_session_section(results.sessions),
        "## Targets",
        "",
        "Computed from this run: each ratio on every message, marked ✓ (met) or ✗ (missed) "
        "on the messages the target is set for, in parentheses on the others.",
        "",
        targets_table(results),
        "",
        *(
            [
                "What stands in the way where a target is missed:",
                "",
                *missed_explanations(results),
                "",
            ]
            if missed_explanations(results)
            else []
        ),
        "The generator commands, timed once each as a fresh process, as `make check` and the "
        "test suite run them:",
        "",
        generator_table(results),
        "",
        *(
            [
                "Sessions over WebSocket, from the medians above:",
                "",
                session_targets_table(results.sessions),
                "",
            ]
            if results.sessions is not None
            else []
        ),
        "## Run",
        "",
        f"Bench wall time: {results.wall_seconds:.0f} s (`--repeat {results.repeat}`).",
        "",
    ]
    path = out / "RESULTS.md"
    path.write_text("\n".join(text), encoding="utf-8")
    return path


def write_plot(results: Results, out: Path, name: str) -> Path:
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on CI or a server
    import matplotlib.pyplot as plt

    messages = list(PAYLOADS)
    columns = 4
    rows = -(-len(messages) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(5 * columns, 4.2 * rows), sharey=True)
    ours = set(OURS_FOR_OP.values())
    labels = [p.label for p in PATHS]
    compiled = set(COMPILED_PATHS)
    for ax, message in zip(axes.flat, messages, strict=False):
        values = [results.seconds.get((p.key, message), 0.0) * 1e6 for p in PATHS]
        colours = [
            "tab:blue" if p.key in ours else "tab:cyan" if p.key in compiled else "tab:grey"
            for p in PATHS
        ]
        positions = range(len(PATHS))
        ax.barh(positions, [v if v > 0 else float("nan") for v in values], color=colours)
        for y, (p, v) in enumerate(zip(PATHS, values, strict=True)):
            if v <= 0:
                mark = "—" if (p.key, message) in results.not_applicable else "rejected"
                ax.text(
                    0.02,
                    y,
                    mark,
                    transform=ax.get_yaxis_transform(),
                    va="center",
                    fontsize=8,
                    color="tab:red",
                )
        ax.set_xscale("log")
        ax.set_title(f"{message} ({len(wire_bytes(PAYLOADS[message])):,} B)", fontsize=10)
        ax.set_yticks(list(positions), labels, fontsize=8)
        # Top to bottom in table order (the y axis is shared: setting limits, not inverting
        # per subplot, which would flip it back and forth).
        ax.set_ylim(len(PATHS) - 0.5, -0.5)
        ax.grid(axis="x", which="both", alpha=0.3)
        ax.set_xlabel("µs per message (log)", fontsize=8)
    for ax in list(axes.flat)[len(messages) :]:
        ax.set_visible(False)
    fig.suptitle(
        f"ocpp201 (blue: pure, cyan: compiled) vs other paths: median of {results.repeat} repeats"
    )
    fig.tight_layout()
    path = out / name
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
