"""Golden tests: tiny schema sets (tests/golden/<case>/) and the exact code the generator emits for
them (tests/golden/<case>/expected/). An emitter change shows up here as a small, readable diff.

After a deliberate change, `make golden` rewrites the expected files; review and commit them.
The runtime modules, copied verbatim from templates/runtime/, are left out: they are not emitted.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from generator.__main__ import generate
from generator.runtime import RUNTIME_FOLDER

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "coverage_matrix.yaml").is_file())
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
RUNTIME_FILES = {p.name for p in (ROOT / "templates" / RUNTIME_FOLDER).glob("*.py")}
# Left out: copied as they are, empty, or template text around tables (the package __init__ and
# the README); the golden files hold what the emitter writes per schema, and the support report.
LEFT_OUT = RUNTIME_FILES | {"py.typed", "README.md", "__init__.py", ".generator-manifest"}


def _emitted(case: str) -> dict[str, str]:
    files = generate(
        GOLDEN / case / "schemas",
        GOLDEN / case / "coverage_matrix.yaml",
        ROOT / "templates",
        everything=False,
    )
    return {path: text for path, text in files.items() if Path(path).name not in LEFT_OUT}


def test_there_are_cases() -> None:
    assert len(CASES) >= 6


@pytest.mark.parametrize("case", CASES)
def test_emitted_code_equals_the_golden_files(case: str) -> None:
    emitted = _emitted(case)
    expected_dir = GOLDEN / case / "expected"
    if UPDATE:
        for stale in expected_dir.rglob("*"):
            if stale.is_file() and stale.relative_to(expected_dir).as_posix() not in emitted:
                stale.unlink()
        for path, text in emitted.items():
            target = expected_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    expected = {
        p.relative_to(expected_dir).as_posix(): p.read_text(encoding="utf-8")
        for p in expected_dir.rglob("*")
        if p.is_file()
    }
    assert sorted(emitted) == sorted(
        expected
    ), "files emitted vs golden files (run `make golden` after a deliberate change)"
    diffs = [
        "".join(
            difflib.unified_diff(
                expected[path].splitlines(True),
                emitted[path].splitlines(True),
                f"golden/{path}",
                f"emitted/{path}",
            )
        )
        for path in sorted(emitted)
        if emitted[path] != expected[path]
    ]
    assert (
        not diffs
    ), "the emitted code differs from the golden files (`make golden` accepts it):\n" + "\n".join(
        diffs
    )
