"""A throw-away copy of the repository, for tests that edit the matrix or generated/."""

from __future__ import annotations

import shutil
from pathlib import Path

from ..conftest import ROOT

PARTS = (
    "generator",
    "templates",
    "tools",
    "schemas",
    "generated",
    "coverage_matrix.yaml",
    "Makefile",
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "LICENSE",
)
# With `with_tests`: enough to run the test suite in the copy, against the copy's build.
TEST_PARTS = ("tests", "examples")
_IGNORED = shutil.ignore_patterns("__pycache__", ".pytest_cache", ".mypy_cache")


def copy_repo(target: Path, with_tests: bool = False) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PARTS + (TEST_PARTS if with_tests else ()):
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=_IGNORED)
        else:
            shutil.copy2(source, target / part)
    if (ROOT / ".venv").is_dir():
        (target / ".venv").symlink_to(ROOT / ".venv")
    return target
