"""`python -m generator`: schemas + coverage matrix -> generated package and support report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .closure import select
from .emit import build_views
from .errors import GeneratorError
from .load import load_schemas
from .matrix import load_matrix
from .model import build_model
from .render import render
from .report import build_report
from .runtime import load_runtime
from .write import differences, with_manifest, write_output

ROOT = Path(__file__).resolve().parent.parent


def generate(schemas: Path, matrix: Path, templates: Path, everything: bool) -> dict[str, str]:
    """The whole pipeline but the write: relative path -> file text, the manifest included."""
    model = build_model(load_schemas(schemas), load_matrix(matrix))
    selection = select(model, everything=everything)
    runtime = load_runtime(templates)
    views = build_views(selection, runtime.exports)
    return with_manifest(render(views, build_report(selection), templates, runtime))


def one_line(message: str) -> str:
    """`message` with line breaks and other control characters escaped: every error is one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in message)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--schemas", type=Path, default=ROOT / "schemas", help="schema folder (default: schemas/)"
    )
    parser.add_argument(
        "--matrix",
        type=Path,
        default=ROOT / "coverage_matrix.yaml",
        help="coverage matrix (default: coverage_matrix.yaml)",
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "generated", help="output folder (default: generated/)"
    )
    parser.add_argument(
        "--templates", type=Path, default=ROOT / "templates", help=argparse.SUPPRESS
    )
    parser.add_argument("--all", action="store_true", help="treat every message as implemented")
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare with --out instead of writing; exit 1 listing differences",
    )
    args = parser.parse_args(argv)
    try:
        files = generate(args.schemas, args.matrix, args.templates, args.all)
        if args.check:
            diff = differences(files, args.out)
            if diff:
                print(
                    f"{args.out} is out of date with the schemas, the matrix or the generator:",
                    file=sys.stderr,
                )
                for line in diff:
                    print(f"  {line}", file=sys.stderr)
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print(f"{args.out} is up to date ({len(files)} files)")
            return 0
        written, removed = write_output(files, args.out)
    except GeneratorError as exc:
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return 1
    print(
        f"{args.out}: {len(files)} files, {written} written, {len(files) - written} already up to date"
        + (f", {removed} no longer generated removed" if removed else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
