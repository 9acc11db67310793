"""`make check` fails, naming the file, when generated/ drifts from a fresh generation."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT
from .support.repo_copy import copy_repo

pytestmark = pytest.mark.skipif(not (ROOT / ".venv").is_dir(), reason="make check needs the project's .venv")


def _make_check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "-s", "check"], cwd=repo, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("drift") / "repo")


def test_in_sync_passes(repo: Path) -> None:
    result = _make_check(repo)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("change", ["edit", "add", "delete"])
def test_drift_fails_and_names_the_file(repo: Path, change: str) -> None:
    package = repo / "generated" / "ocpp201"
    target = {"edit": package / "enums.py", "add": package / "handmade.py", "delete": package / "py.typed"}[change]
    saved = target.read_bytes() if target.exists() else None
    if change == "edit":
        target.write_text(target.read_text().replace("PowerUp", "PowerDown"))
    elif change == "add":
        target.write_text("x = 1\n")
    else:
        target.unlink()
    try:
        result = _make_check(repo)
        assert result.returncode != 0
        assert str(target.relative_to(repo)) in result.stderr
        assert {"edit": "changed:", "add": "extra", "delete": "missing"}[change] in result.stderr
    finally:
        if saved is None:
            target.unlink()
        else:
            target.write_bytes(saved)
    assert _make_check(repo).returncode == 0
