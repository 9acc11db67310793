"""Flipping matrix lines adds working messages, and the suite stays green for any matrix.

Each build here is made in a copy of the repository: the matrix edited as a user would (the word
`no` becomes `yes`), `python -m generator`, then the test modules that depend on the matrix run
unchanged against that copy's build.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, run_generator
from .support.implemented import unimplemented_actions
from .support.repo_copy import copy_repo
from .test_report import ALWAYS, _needed_by

# Modules whose expectations follow from the matrix (what is implemented, counts, directions).
MATRIX_DEPENDENT = (
    "test_matrix.py",
    "test_report.py",
    "test_validation.py",
    "test_rpc.py",
    "test_cli.py",
    "test_interop.py",
    "test_interop_every_action.py",
    "test_interop_station.py",
    "test_session.py",
    "test_examples.py",
    "test_tolerance.py",
    "test_tolerance_cli.py",
    "test_tolerance_session.py",
    "test_ocpp_j.py",
)


def flip(repo: Path, actions: list[str]) -> None:
    """Turn `implemented: no` into `yes` on the matrix lines of `actions`: a one-word edit each."""
    matrix = repo / "coverage_matrix.yaml"
    lines = matrix.read_text().splitlines(keepends=True)
    for action in actions:
        [index] = [i for i, line in enumerate(lines) if line.startswith(f"  {action}:")]
        assert "implemented: no" in lines[index]
        lines[index] = lines[index].replace("implemented: no", "implemented: yes")
    matrix.write_text("".join(lines))


def test_flipping_one_line_adds_the_message_and_what_it_needs(tmp_path: Path) -> None:
    left_out = unimplemented_actions()
    if not left_out:
        pytest.skip("every message of the matrix is implemented: nothing to flip")
    action = left_out[0]
    repo = copy_repo(tmp_path / "repo")
    flip(repo, [action])
    result = run_generator(cwd=repo)
    assert result.returncode == 0, result.stderr

    report = (repo / "generated" / "SUPPORT.md").read_text()
    before = int(re.search(r"^- Messages: (\d+)/", (ROOT / "generated" / "SUPPORT.md").read_text(), re.M)[1])  # type: ignore[index]
    assert f"| {action} | yes |" in report
    assert re.search(rf"^- Messages: {before + 1}/", report, re.M)
    for name in _needed_by(action) - {ALWAYS}:
        row = next(line for line in report.splitlines() if line.startswith(f"{name} | "))
        assert row.startswith(f"{name} | yes | ") and action in row, row

    package = tmp_path / "pkg"
    shutil.copytree(repo / "generated" / "ocpp201", package / "ocpp201_flip")
    sys.path.insert(0, str(package))
    try:
        flipped = importlib.import_module("ocpp201_flip")
    finally:
        sys.path.remove(str(package))
    assert action in flipped.IMPLEMENTED_ACTIONS
    for schema in (f"{action}Request", f"{action}Response"):
        for payload in json.loads(
            (ROOT / "tests" / "corpus" / f"{schema}.json").read_text(encoding="utf-8")
        ):
            instance = flipped.decode(schema, payload)
            assert isinstance(instance, flipped.MESSAGES[schema])
            assert flipped.decode(schema, json.loads(flipped.dumps(instance))) == instance


def _flipped(how_many: str) -> list[str]:
    left_out = unimplemented_actions()
    return {"one": left_out[:1], "two": left_out[:2], "all": left_out}[how_many]


@pytest.mark.parametrize("how_many", ["one", "two", "all"])
def test_the_matrix_dependent_tests_pass_for_any_matrix(tmp_path: Path, how_many: str) -> None:
    actions = _flipped(how_many)
    if not actions:
        pytest.skip("every message of the matrix is implemented: nothing to flip")
    repo = copy_repo(tmp_path / "repo", with_tests=True)
    flip(repo, actions)
    result = run_generator(cwd=repo)
    assert result.returncode == 0, result.stderr
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "-n",
            "0",
            *(f"tests/{module}" for module in MATRIX_DEPENDENT),
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert re.search(r"\d+ passed", done.stdout), done.stdout[-2000:]
