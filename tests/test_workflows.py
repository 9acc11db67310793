"""The GitHub workflows, which cannot run here: `make lint` checks them against the workflow
schema and with zizmor's audits; these tests show those checks catch mistakes, and hold the
workflows to the project (its Pythons, its make targets, publishing without a stored token)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
ZIZMOR = Path(sys.executable).parent / "zizmor"


def _workflow(name: str) -> dict[Any, Any]:
    loaded = yaml.safe_load((WORKFLOWS / name).read_text())
    assert isinstance(loaded, dict)
    return loaded


def _schema_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows"]
        + [str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _zizmor(folder: Path) -> subprocess.CompletedProcess[str]:
    if not ZIZMOR.exists():
        pytest.skip("zizmor is not installed (make installs the dev group)")
    return subprocess.run(
        [str(ZIZMOR), "--offline", "--no-progress", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    target = tmp_path / ".github"
    shutil.copytree(ROOT / ".github", target)
    return target


def test_the_workflows_pass_both_checks() -> None:
    for path in sorted(WORKFLOWS.glob("*.yml")):
        result = _schema_check(path)
        assert result.returncode == 0, result.stdout + result.stderr
    audited = _zizmor(ROOT / ".github")
    assert audited.returncode == 0, audited.stdout + audited.stderr


def test_the_schema_check_catches_a_misspelt_key(copied: Path) -> None:
    ci = copied / "workflows" / "ci.yml"
    ci.write_text(ci.read_text().replace("runs-on:", "runs_on:", 1))
    result = _schema_check(ci)
    assert result.returncode != 0
    assert "runs_on" in result.stdout + result.stderr


def test_zizmor_catches_an_unpinned_action_and_an_injection(copied: Path) -> None:
    release = copied / "workflows" / "release.yml"
    text = release.read_text()
    pinned = "pypa/gh-action-pypi-publish@"
    start = text.index(pinned) + len(pinned)
    text = text[:start] + "release/v1" + text[text.index("\n", start) :]
    text = text.replace('"$TAG" != "v$version"', '"${{ github.ref_name }}" != "v$version"')
    release.write_text(text)
    result = _zizmor(copied)
    assert result.returncode != 0
    assert "unpinned-uses" in result.stdout and "template-injection" in result.stdout


def test_ci_runs_make_test_on_every_python_the_package_declares() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {
        c.rsplit(" :: ", 1)[1]
        for c in project["classifiers"]
        if c.startswith("Programming Language :: Python :: 3.")
    }
    assert declared
    [job] = _workflow("ci.yml")["jobs"].values()
    assert set(job["strategy"]["matrix"]["python"]) == declared
    assert any("make test" in step.get("run", "") for step in job["steps"])


def test_release_publishes_by_trusted_publishing_only() -> None:
    workflow = _workflow("release.yml")
    text = (WORKFLOWS / "release.yml").read_text()
    assert "secrets." not in text and "password" not in text
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    writers = {name for name, job in jobs.items() if job.get("permissions", {}).get("id-token")}
    [publisher] = writers
    assert jobs[publisher]["permissions"] == {"id-token": "write"}
    assert any(
        step.get("uses", "").startswith("pypa/gh-action-pypi-publish@")
        for step in jobs[publisher]["steps"]
    )
    assert set(jobs[publisher]["needs"]) == set(jobs) - {publisher}
    runs = [step.get("run", "") for job in jobs.values() for step in job["steps"]]
    assert any(run.startswith("make dist") for run in runs)
