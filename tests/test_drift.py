"""`make check` fails, naming the file, when generated/ drifts from a fresh generation."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT
from .support.repo_copy import copy_repo

pytestmark = pytest.mark.skipif(
    not (ROOT / ".venv").is_dir(), reason="make check needs the project's .venv"
)


def _make_check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "check"], cwd=repo, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("drift") / "repo")


def test_in_sync_passes(repo: Path) -> None:
    result = _make_check(repo)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("change", ["edit", "add", "delete", "manifest"])
def test_drift_fails_and_names_the_file(repo: Path, change: str) -> None:
    generated = repo / "generated"
    package = generated / "ocpp201"
    target = {
        "edit": package / "enums.py",
        "add": package / "handmade.py",  # listed in the manifest: a file an older run wrote
        "delete": package / "py.typed",
        "manifest": generated / ".generator-manifest",
    }[change]
    saved = {p: p.read_bytes() for p in (target, generated / ".generator-manifest") if p.exists()}
    if change == "edit":
        target.write_text(target.read_text().replace("PowerUp", "PowerDown"))
    elif change == "add":
        target.write_text("x = 1\n")
        with (generated / ".generator-manifest").open("a") as manifest:
            manifest.write("ocpp201/handmade.py\n")
    elif change == "delete":
        target.unlink()
    else:
        target.write_text(target.read_text().replace("ocpp201/enums.py\n", ""))
    try:
        result = _make_check(repo)
        assert result.returncode != 0
        assert str(target.relative_to(repo)) in result.stderr
        assert {"edit": "changed:", "add": "extra", "delete": "missing", "manifest": "changed:"}[
            change
        ] in result.stderr
    finally:
        if change == "add":
            target.unlink()
        for path, data in saved.items():
            path.write_bytes(data)
    assert _make_check(repo).returncode == 0


def test_files_the_generator_did_not_write_are_not_drift(repo: Path) -> None:
    """__pycache__, editor files, notes: not the generator's, so neither drift nor removed."""
    package = repo / "generated" / "ocpp201"
    extras = [
        package / "__pycache__" / "enums.cpython-311.pyc",
        package / "notes.txt",
        repo / "generated" / "ocpp201.egg-info" / "PKG-INFO",
    ]
    for path in extras:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"not generated")
    try:
        result = _make_check(repo)
        assert result.returncode == 0, result.stderr
    finally:
        for path in extras:
            path.unlink()
