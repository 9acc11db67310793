"""Redraw the differential-test corpus: a few valid payloads per OCPP 2.0.1 schema.

For every schema in ``schemas/*.json`` (or ``--schemas DIR``, with ``--corpus DIR`` for the
output: the OCPP 1.6 fixture's corpus) this draws payloads with ``hypothesis_jsonschema.from_schema``
and writes a handful of them to ``tests/corpus/<SchemaName>.json`` (a JSON list). The committed
corpus lets the test suite compare our generated validators with the ``jsonschema`` oracle without
running hypothesis-jsonschema on every test run. ``make corpus`` runs this module
(``python -m tests.support.corpus``); pass schema names to redraw only those.

How payloads are drawn and chosen:

* Three sources per schema: the schema itself; an "exhaustive" copy in which every object requires
  all of its properties, so that optional fields and the types nested in them are exercised too
  (see ``exhaustive``); and a "minimal" copy in which objects hold only their required properties.
* Hypothesis runs derandomized, without a database and without shrinking, so a redraw with the
  same library versions reproduces the same files.
* A payload is dropped if it does not encode as UTF-8 (lone surrogates), if its JSON exceeds
  ``MAX_PAYLOAD_BYTES``, or if the oracle -- jsonschema's validator of the draft the schema's
  ``$schema`` names, with its format checker and the declared ``multipleOf`` rule
  (``tests/support/oracle.py``), i.e. against the ORIGINAL schema -- rejects it. Duplicates (by canonical JSON) are dropped too.
* Of the survivors, ``TARGET`` are kept: first the smallest, then, greedily for variety, each
  time the one reaching the most not-yet-reached locations (JSON paths), then adding the most
  not-yet-covered features (object shapes, value types, enum and boolean values, array lengths
  per location), ties going to the smaller payload.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, given, settings
from hypothesis_jsonschema import from_schema

from tests.support.oracle import declared_oracle

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT / "schemas"
CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"

TARGET = 8  # payloads kept per schema
MIN_KEPT = 2  # fewer than this fails the run (--min-kept: OCPP 1.6 has messages only {} fits)
MAX_PAYLOAD_BYTES = 20_000  # compact canonical JSON, UTF-8
ROUNDS = (
    30,
    120,
)  # max_examples for the original schema; the second round only if the first left < TARGET
COPY_SHARE = 3  # the exhaustive and minimal copies each draw max_examples // COPY_SHARE
EXHAUSTIVE_MAX_ITEMS = 2

Json = Any
Schema = dict[str, Any]
Feature = tuple[str, str, str]


@dataclass
class Tally:
    """What happened to the drawn payloads of one schema."""

    drawn: int = 0
    duplicate: int = 0
    surrogate: int = 0
    oversized: int = 0
    invalid: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Result:
    """The corpus of one schema and how it came about."""

    name: str
    payloads: list[Json]
    tally: Tally
    seconds: float


# --- schemas -------------------------------------------------------------------------------------


def load_schema(name: str, schema_dir: Path = SCHEMA_DIR) -> Schema:
    schema: Schema = json.loads((schema_dir / f"{name}.json").read_text(encoding="utf-8"))
    return schema


def schema_names(schema_dir: Path = SCHEMA_DIR) -> list[str]:
    return sorted(path.stem for path in schema_dir.glob("*.json"))


def exhaustive(schema: Schema) -> Schema:
    """A copy of ``schema`` that draws payloads with every declared property present.

    Every object with ``properties`` requires all of them. To keep such payloads small and quick to
    draw, objects without an ``additionalProperties`` rule (``CustomDataType``) are closed and arrays
    hold at most ``EXHAUSTIVE_MAX_ITEMS`` items (or ``minItems``, if more). Extra properties and long
    arrays still come from the draws of the original schema.
    """
    copy = dict(schema)
    if isinstance(schema.get("properties"), dict):
        copy["properties"] = {key: exhaustive(sub) for key, sub in schema["properties"].items()}
        copy["required"] = list(schema["properties"])
    if isinstance(schema.get("definitions"), dict):
        copy["definitions"] = {key: exhaustive(sub) for key, sub in schema["definitions"].items()}
    if isinstance(schema.get("items"), dict):
        copy["items"] = exhaustive(schema["items"])
    if schema.get("type") == "object" and "additionalProperties" not in schema:
        copy["additionalProperties"] = False
    if schema.get("type") == "array":
        limit = min(schema.get("maxItems", EXHAUSTIVE_MAX_ITEMS), EXHAUSTIVE_MAX_ITEMS)
        copy["maxItems"] = max(schema.get("minItems", 0), limit)
    return copy


def minimal(schema: Schema) -> Schema:
    """A copy of ``schema`` whose objects hold only their required properties, and nothing else."""
    copy = dict(schema)
    if isinstance(schema.get("properties"), dict):
        required = set(schema.get("required", ()))
        copy["properties"] = {
            key: minimal(sub) for key, sub in schema["properties"].items() if key in required
        }
    if isinstance(schema.get("definitions"), dict):
        copy["definitions"] = {key: minimal(sub) for key, sub in schema["definitions"].items()}
    if isinstance(schema.get("items"), dict):
        copy["items"] = minimal(schema["items"])
    if schema.get("type") == "object":
        copy["additionalProperties"] = False
    return copy


def declared_names(schema: Schema) -> frozenset[str]:
    """Every property name and every string enum value that ``schema`` mentions."""
    names: set[str] = set()

    def visit(node: Json) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                names.update(node["properties"])
            names.update(value for value in node.get("enum", ()) if isinstance(value, str))
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(schema)
    return frozenset(names)


# --- drawing -------------------------------------------------------------------------------------


def draw(schema: Schema, max_examples: int) -> tuple[list[Json], str | None]:
    """Payloads hypothesis-jsonschema generates for ``schema``, and the error that stopped it, if any."""
    drawn: list[Json] = []

    # hypothesis-jsonschema resolves `#/definitions/...` against `$id` (OCPP 1.6's security
    # extension has `urn:...` ones) and gives up; the references are local all the same
    drawable = {key: value for key, value in schema.items() if key != "$id"}

    @settings(
        max_examples=max_examples,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],
        verbosity=Verbosity.quiet,
        print_blob=False,
    )
    @given(from_schema(drawable))
    def collect(payload: Json) -> None:
        drawn.append(payload)

    try:
        collect()
    except Exception as error:  # hypothesis-jsonschema defers its errors to the first draw
        return drawn, f"{type(error).__name__}: {error}".splitlines()[0][:200]
    return drawn, None


def canonical(payload: Json) -> str | None:
    """Compact sorted JSON of ``payload``, or None if it cannot be encoded as UTF-8."""
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return text


class Pool:
    """The distinct, oracle-valid payloads of one schema, in the order they were drawn."""

    def __init__(self, schema: Schema) -> None:
        self.validator = declared_oracle(schema)
        self.payloads: dict[str, Json] = {}
        self.tally = Tally()

    def offer(self, payload: Json) -> None:
        self.tally.drawn += 1
        text = canonical(payload)
        if text is None:
            self.tally.surrogate += 1
        elif text in self.payloads:
            self.tally.duplicate += 1
        elif len(text.encode("utf-8")) > MAX_PAYLOAD_BYTES:
            self.tally.oversized += 1
        elif not self.validator.is_valid(payload):
            self.tally.invalid += 1
        else:
            self.payloads[text] = payload

    def fill(self, source: Schema, max_examples: int, label: str) -> None:
        drawn, error = draw(source, max_examples)
        for payload in drawn:
            self.offer(payload)
        if error is not None:
            self.tally.errors.append(f"{label}, max_examples={max_examples}: {error}")


# --- choosing ------------------------------------------------------------------------------------


def features(payload: Json, declared: frozenset[str], path: str = "$") -> set[Feature]:
    """Traits of ``payload`` by location; undeclared (additional) property names count as ``*``."""
    if isinstance(payload, dict):
        keys = sorted({key if key in declared else "*" for key in payload})
        found = {("shape", path, ",".join(keys))}
        for key, value in payload.items():
            found |= features(value, declared, f"{path}.{key if key in declared else '*'}")
        return found
    if isinstance(payload, list):
        found = {("length", path, str(min(len(payload), 2)))}
        for item in payload:
            found |= features(item, declared, f"{path}[]")
        return found
    found = {("type", path, type(payload).__name__)}
    if isinstance(payload, bool) or (isinstance(payload, str) and payload in declared):
        found.add(("value", path, json.dumps(payload)))
    return found


def choose(candidates: list[Json], declared: frozenset[str], count: int) -> list[Json]:
    """Up to ``count`` candidates: the smallest (as a rule one with only the required fields), then
    each time the one reaching the most uncovered locations, then adding the most uncovered
    features, ties going to the smaller one."""
    traits = [features(candidate, declared) for candidate in candidates]
    locations = [{location for _, location, _ in found} for found in traits]
    sizes = [len(json.dumps(candidate)) for candidate in candidates]
    remaining = list(range(len(candidates)))
    covered: set[Feature] = set()
    reached: set[str] = set()
    chosen: list[Json] = []

    def smallest(i: int) -> tuple[int, int]:
        return sizes[i], i

    def gain(i: int) -> tuple[int, int, int, int]:
        return len(locations[i] - reached), len(traits[i] - covered), -sizes[i], -i

    while remaining and len(chosen) < count:
        best = max(remaining, key=gain) if chosen else min(remaining, key=smallest)
        remaining.remove(best)
        covered |= traits[best]
        reached |= locations[best]
        chosen.append(candidates[best])
    return chosen


# --- per schema and overall ----------------------------------------------------------------------


def build(name: str, schema_dir: Path = SCHEMA_DIR) -> Result:
    """Draw, filter and choose the corpus of one schema (runs in a worker process)."""
    started = time.perf_counter()
    schema = load_schema(name, schema_dir)
    sources = (
        ("schema", schema, 1),
        ("exhaustive copy", exhaustive(schema), COPY_SHARE),
        ("minimal copy", minimal(schema), COPY_SHARE),
    )
    pool = Pool(schema)
    for max_examples in ROUNDS:
        for label, source, share in sources:
            pool.fill(source, max(max_examples // share, 1), label)
        if len(pool.payloads) >= TARGET:
            break
    chosen = choose(list(pool.payloads.values()), declared_names(schema), TARGET)
    return Result(name, chosen, pool.tally, time.perf_counter() - started)


def write(result: Result, corpus_dir: Path = CORPUS_DIR) -> int:
    """Write one corpus file; return its size in bytes."""
    text = json.dumps(result.payloads, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    data = text.encode("utf-8")
    (corpus_dir / f"{result.name}.json").write_bytes(data)
    return len(data)


def remove_stale(names: Iterable[str], corpus_dir: Path = CORPUS_DIR) -> list[str]:
    """Delete corpus files of schemas that no longer exist; return their names."""
    keep = set(names)
    stale = sorted(path.stem for path in corpus_dir.glob("*.json") if path.stem not in keep)
    for stem in stale:
        (corpus_dir / f"{stem}.json").unlink()
    return stale


def describe(result: Result, size: int) -> str:
    tally = result.tally
    line = (
        f"{result.name:<42} kept {len(result.payloads):>2}  {size / 1024:6.1f} KiB  {result.seconds:5.1f}s"
        f"  (drawn {tally.drawn}, duplicate {tally.duplicate}, invalid {tally.invalid},"
        f" oversized {tally.oversized}, surrogate {tally.surrogate})"
    )
    return "\n".join([line, *(f"    ! {error}" for error in tally.errors)])


def summarise(results: list[Result], sizes: list[int], seconds: float) -> list[str]:
    counts = [len(result.payloads) for result in results]
    invalid = sum(result.tally.invalid for result in results)
    lines = [
        f"{len(results)} schemas, {sum(counts)} payloads (min {min(counts)}, max {max(counts)}),"
        f" {sum(sizes) / 1024:.1f} KiB, {seconds:.1f}s",
        f"dropped: {invalid} rejected by the oracle,"
        f" {sum(result.tally.oversized for result in results)} over {MAX_PAYLOAD_BYTES} bytes,"
        f" {sum(result.tally.surrogate for result in results)} not UTF-8 encodable",
    ]
    few = [
        f"{result.name} ({len(result.payloads)})" for result in results if len(result.payloads) < 5
    ]
    if few:
        lines.append("fewer than 5 payloads: " + ", ".join(few))
    failed = [result.name for result in results if result.tally.errors]
    if failed:
        lines.append("hypothesis-jsonschema errors: " + ", ".join(failed))
    return lines


def run(
    names: list[str],
    jobs: int,
    report: Callable[[str], None],
    schema_dir: Path = SCHEMA_DIR,
    corpus_dir: Path = CORPUS_DIR,
    min_kept: int = MIN_KEPT,
) -> int:
    started = time.perf_counter()
    corpus_dir.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    sizes: list[int] = []
    with ProcessPoolExecutor(max_workers=jobs) as executor:
        for result in executor.map(build, names, [schema_dir] * len(names)):
            sizes.append(write(result, corpus_dir))
            results.append(result)
            report(describe(result, sizes[-1]))
    if names == schema_names(schema_dir):
        for stem in remove_stale(names, corpus_dir):
            report(f"removed stale {corpus_dir / stem}.json")
    for line in summarise(results, sizes, time.perf_counter() - started):
        report(line)
    short = [result.name for result in results if len(result.payloads) < min_kept]
    if short:
        report(f"FAILED: fewer than {min_kept} payloads for " + ", ".join(short))
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.support.corpus", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "names", nargs="*", metavar="SCHEMA", help="schemas to redraw (default: all)"
    )
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: CPUs)"
    )
    parser.add_argument(
        "--schemas", type=Path, default=SCHEMA_DIR, help="schema folder (default: schemas/)"
    )
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS_DIR, help="corpus folder (default: tests/corpus/)"
    )
    parser.add_argument(
        "--min-kept", type=int, default=MIN_KEPT, help=f"fewer payloads fail (default: {MIN_KEPT})"
    )
    args = parser.parse_args(argv)
    known = schema_names(args.schemas)
    unknown = sorted(set(args.names) - set(known))
    if unknown:
        parser.error("unknown schema(s): " + ", ".join(unknown))
    names = sorted(set(args.names)) if args.names else known
    report = lambda line: print(line, flush=True)  # noqa: E731
    return run(names, max(args.jobs, 1), report, args.schemas, args.corpus, args.min_kept)


if __name__ == "__main__":
    sys.exit(main())
