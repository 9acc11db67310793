"""A throw-away copy of the repository, for tests that edit the matrix or generated/."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import ROOT

PARTS = (
    "generator",
    "templates",
    "schemas",
    "generated",
    "coverage_matrix.yaml",
    "Makefile",
    "pyproject.toml",
    "MANIFEST.in",
    "LICENSE",
)


def copy_repo(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    if (ROOT / ".venv").is_dir():
        (target / ".venv").symlink_to(ROOT / ".venv")
    return target
