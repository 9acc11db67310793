"""Interleaved timing and per-object memory.

Each cell (one path on one message) is timed in samples of a calibrated number of calls. A
repeat takes one sample of every cell in turn, so drift in the machine's speed (thermal, a
neighbour's load) spreads over all paths instead of favouring whichever ran first; the median
over repeats is reported. The garbage collector stays on: collecting the containers a decoder
allocates is part of what the decoder costs in a long-running server.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Hashable
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)


def _sample(call: Callable[[], object], loops: int) -> float:
    """Seconds per call over `loops` back-to-back calls."""
    clock = time.perf_counter
    start = clock()
    for _ in range(loops):
        call()
    return (clock() - start) / loops


def calibrate(call: Callable[[], object], target_seconds: float) -> int:
    """Calls per sample so that one sample lasts at least target_seconds (doubles as warm-up)."""
    loops = 1
    while True:
        elapsed = _sample(call, loops) * loops
        if elapsed >= target_seconds:
            return loops
        if elapsed > 1e-4:
            # Measurable: aim straight for the target (10 % over, so the next try passes).
            loops = max(loops + 1, int(loops * target_seconds / elapsed * 1.1))
        else:
            loops *= 2


def measure(
    cells: dict[Key, Callable[[], object]],
    repeat: int,
    target_seconds: float,
    progress: Callable[[int, int], None] | None = None,
) -> dict[Key, float]:
    """Median seconds per call of every cell, interleaved round-robin over `repeat` rounds."""
    loops = {key: calibrate(call, target_seconds) for key, call in cells.items()}
    for key, call in cells.items():  # one untimed round at the final loop counts: warm-up
        _sample(call, loops[key])
    samples: dict[Key, list[float]] = {key: [] for key in cells}
    for round_no in range(repeat):
        for key, call in cells.items():
            samples[key].append(_sample(call, loops[key]))
        if progress is not None:
            progress(round_no + 1, repeat)
    return {key: statistics.median(values) for key, values in samples.items()}


def harness_overhead(target_seconds: float, repeat: int) -> float:
    """Seconds per call of an empty callable: the loop cost included in every figure."""

    def empty() -> None:
        return None

    return measure({"empty": empty}, repeat, target_seconds)["empty"]


def bytes_per_object(make: Callable[[], object], count: int) -> float:
    """Traced bytes each of `count` live results of make() holds, the keeping list excluded.

    One call before tracing starts lets lazily built state (validators, interned names, enum
    members, caches) be created outside the measurement: it is shared, not per object.
    """
    make()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [make() for _ in range(count)]
        gc.collect()
        used = tracemalloc.get_traced_memory()[0] - before - sys.getsizeof(kept)
    finally:
        tracemalloc.stop()
    del kept
    return used / count
