"""`python -m benchmarks --quick` runs end to end and reports every path.

The bench's libraries come from the `bench` extra, which `make test` does not install; without
them this test is skipped. It checks that the harness works, never how fast anything is.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

for _module in (
    "ocpp",
    "fastjsonschema",
    "pydantic",
    "datamodel_code_generator",
    "jsonschema_rs",
    "msgspec",
    "matplotlib",
):
    pytest.importorskip(
        _module, reason="bench dependencies not installed (make bench installs them)"
    )


def test_quick_bench_writes_results_for_every_path(tmp_path: Path) -> None:
    from benchmarks.paths import PATHS

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert (tmp_path / "results.png").read_bytes().startswith(b"\x89PNG")
    missing = [p.label for p in PATHS if f"| {p.label} " not in results]
    assert not missing, f"paths absent from the RESULTS.md tables: {missing}"
    assert "## Targets" in results
