"""Stage: format the rendered Python with black, in-process, on every core.

Black costs most of a run (the `--all` message module is ~15,000 lines), so it is never given
much at once. Each module is cut where a class's code starts (a top-level `@dataclass`, or the
`_KEYS_` set before its codec functions) into chunks of about
CHUNK_LINES lines that black formats independently in a process pool; the chunks are joined with
the two blank lines black puts before a top-level class. A chunk still much longer than that
(one class of 10,000 fields) is cut further between the statements of its class and function
bodies, methods' included; each later piece is formatted under stand-in headers (`class _:`,
`def _():`) that are dropped afterwards. Cuts go only where black's output cannot depend on the
neighbouring statements (never before a string, a definition or an import, nor after the first
statement of a body, nor next to a blank or comment line), so the result equals formatting the
whole module at once (tests/test_generator.py checks this). Black runs with the cyclic garbage
collector paused: it kept re-scanning black's parse tree, which made black's time grow with
the square of a piece's size.
"""

from __future__ import annotations

import gc
import io
import os
import re
import tokenize
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from .errors import GeneratorError

BLACK_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=100)
CHUNK_LINES = 1500  # smaller chunks balance the pool better; each costs a little set-up
# Where a class's code starts: its declaration, or its codec functions (after their key set).
_CLASS_START = re.compile(r"\n(?=@dataclass|_KEYS_)")
# Statements (by first token) black formats with regard to their neighbours: no cut before or after.
_CONTEXTUAL = frozenset({"def", "class", "async", "@", "import", "from"})
# First tokens of lines that continue the statement before them.
_CLAUSES = frozenset({"elif", "else", "except", "finally"})


def format_python(source: str, name: str = "<generated>") -> str:
    enabled = gc.isenabled()
    gc.disable()  # see the module docstring; the garbage is collected once black is done
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except InvalidInput as exc:  # a template or emitter bug, never user input
        raise GeneratorError(f"{name}: generated code does not parse: {exc}") from None
    finally:
        if enabled:
            gc.enable()


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


def _is_string(kind: int) -> bool:
    return kind == tokenize.STRING or kind == getattr(tokenize, "FSTRING_START", -1)


@dataclass
class _Body:
    """A def or class body that may be cut: its indentation depth and its stand-in headers."""

    depth: int
    wrapper: str
    statements: int = 0
    after_ok: bool = False  # the previous statement allows a cut after it


def _cuts(chunk: str) -> list[tuple[int, str]]:
    """(0-based line, stand-in headers) for every place `chunk` may be cut inside a def or class
    body, in order. It streams tokens: a parse tree of 200,000 lines would take a gigabyte."""
    if "\r" in chunk or "fmt:" in chunk:
        return []
    cuts: list[tuple[int, str]] = []
    bodies: list[_Body] = []
    depth = 0
    line_start, clean = (
        True,
        True,
    )  # at a logical line's first token; no blank or comment line before
    header: str | None = None  # stand-in headers for the body of the def or class just begun
    previous = ""  # first token of the previous logical line
    try:
        for token in tokenize.generate_tokens(io.StringIO(chunk).readline):
            kind, text = token.type, token.string
            if kind == tokenize.NEWLINE:
                line_start, clean = True, True
            elif kind in (tokenize.NL, tokenize.COMMENT):
                clean = clean and not line_start
            elif kind == tokenize.INDENT:
                depth += 1
                if header is not None:
                    bodies.append(_Body(depth, header))
                header = None
            elif kind == tokenize.DEDENT:
                depth -= 1
                while bodies and bodies[-1].depth > depth:
                    bodies.pop()
            elif kind == tokenize.ENDMARKER:
                break
            elif line_start:
                line_start, header = False, None
                first = (
                    "<string>"
                    if _is_string(kind)
                    else text if kind in (tokenize.NAME, tokenize.OP) else ""
                )
                body = bodies[-1] if bodies and bodies[-1].depth == depth else None
                if first in ("def", "class") and (depth == 0 or body is not None):
                    outer = body.wrapper if body is not None else ""
                    header = (
                        outer
                        + " " * token.start[1]
                        + ("def _():\n" if first == "def" else "class _:\n")
                    )
                continued = first in _CLAUSES or (
                    previous == "@" and first in ("@", "def", "class", "async")
                )
                if body is not None and not continued:
                    body.statements += 1
                    if (
                        body.statements >= 3  # never right after a docstring
                        and clean
                        and body.after_ok
                        and first not in _CONTEXTUAL
                        and first != "<string>"
                    ):
                        cuts.append((token.start[0] - 1, body.wrapper))
                    body.after_ok = first not in _CONTEXTUAL
                previous = first
    except (tokenize.TokenError, SyntaxError):  # black will say what is wrong
        return []
    return cuts


def split_for_black(source: str, chunk_lines: int = CHUNK_LINES) -> list[tuple[str, str, str]]:
    """`source` as (separator, header, piece) triples: black formats each header + piece on its
    own; the results, stripped of the header line when there is one and each preceded by its
    separator ("\\n\\n" or ""), join to the whole module formatted at once."""
    jobs: list[tuple[str, str, str]] = []
    for chunk in split_before_classes(source, chunk_lines):
        separator = "\n\n" if jobs else ""
        if chunk.count("\n") <= 2 * chunk_lines:
            jobs.append((separator, "", chunk))
            continue
        lines = chunk.split("\n")
        start, header = 0, ""
        for line, wrapper in _cuts(chunk):
            if line - start >= chunk_lines:
                jobs.append((separator, header, "\n".join(lines[start:line]) + "\n"))
                separator, start, header = "", line, wrapper
        jobs.append((separator, header, "\n".join(lines[start:])))
    return jobs


def _format_job(header: str, piece: str, name: str) -> str:
    formatted = format_python(header + piece, name)
    return formatted.split("\n", header.count("\n"))[-1] if header else formatted


def format_sources(
    sources: dict[str, str], workers: int | None = None, chunk_lines: int = CHUNK_LINES
) -> dict[str, str]:
    """Relative path -> black-formatted source, for every rendered Python module."""
    jobs = [
        (name, *job)
        for name, source in sources.items()
        for job in split_for_black(source, chunk_lines)
    ]
    # the largest first, so that no long job starts last while the other workers wait
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][3]))
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    arguments = (
        [jobs[i][2] for i in order],
        [jobs[i][3] for i in order],
        [jobs[i][0] for i in order],
    )
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(_format_job, *arguments))
    else:
        done = list(map(_format_job, *arguments))
    formatted = dict(zip(order, done, strict=True))
    result: dict[str, str] = {}
    for index, (name, separator, _, _) in enumerate(jobs):
        result[name] = result.get(name, "") + separator + formatted[index]
    return result
