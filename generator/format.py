"""Stage: format the rendered Python with black, in-process, on every core.

Black costs most of a run (the `--all` message module is ~15,000 lines). Each module is cut
before its top-level `@dataclass` lines into chunks that black formats independently in a process
pool; the chunks are joined with the two blank lines black puts before a top-level class, so the
result equals formatting the whole module at once (tests/test_generator.py checks this).
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ProcessPoolExecutor

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from .errors import GeneratorError

BLACK_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=100)
CHUNK_LINES = 1500  # smaller chunks balance the pool better; each costs a little set-up
# Where a class's code starts: its declaration, or its codec functions (after their key set).
_CLASS_START = re.compile(r"\n(?=@dataclass|_KEYS_)")


def format_python(source: str, name: str = "<generated>") -> str:
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except InvalidInput as exc:  # a template or emitter bug, never user input
        raise GeneratorError(f"{name}: generated code does not parse: {exc}") from None


def split_before_classes(source: str, chunk_lines: int = CHUNK_LINES) -> list[str]:
    """`source` cut where a class's code starts into pieces of about `chunk_lines` lines."""
    pieces = _CLASS_START.split(source)
    chunks = [pieces[0]]
    for piece in pieces[1:]:
        if chunks[-1].count("\n") < chunk_lines:
            chunks[-1] += "\n" + piece
        else:
            chunks.append(piece)
    return chunks


def format_sources(sources: dict[str, str], workers: int | None = None) -> dict[str, str]:
    """Relative path -> black-formatted source, for every rendered Python module."""
    jobs = [(name, chunk) for name, source in sources.items() for chunk in split_before_classes(source)]
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    names = [name for name, _ in jobs]
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            formatted = list(pool.map(format_python, [c for _, c in jobs], names))
    else:
        formatted = [format_python(chunk, name) for name, chunk in jobs]
    result: dict[str, list[str]] = {}
    for name, text in zip(names, formatted):
        result.setdefault(name, []).append(text)
    return {name: "\n\n".join(parts) for name, parts in result.items()}
