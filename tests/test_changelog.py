"""`make changelog-coverage`: a release's coverage section from the support reports of two git
revisions. The revisions are made here: a copy of the repository committed as it is, then again
after one more message is implemented and the package regenerated."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.closure import select
from generator.load import load_schemas
from generator.matrix import load_matrix
from generator.model import build_model
from tools.changelog import ChangelogError, parse_support

from .conftest import run_generator
from .support.implemented import MATRIX_FILE, implemented_actions, unimplemented_action
from .support.repo_copy import copy_repo


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@localhost", "-C", str(repo), *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _coverage(repo: Path, *assignments: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FROM", "TO", "MAKE"))}
    return subprocess.run(
        ["make", "-s", "changelog-coverage", f"PYTHON={sys.executable}", *assignments],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A repository with tags `before` and `after`; `after` implements one more message."""
    action = unimplemented_action()
    repo = copy_repo(tmp_path_factory.mktemp("changelog") / "repo")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A", "--", ".", ":!.venv")
    _git(repo, "commit", "-q", "-m", "before")
    _git(repo, "tag", "before")
    matrix = repo / "coverage_matrix.yaml"
    line = re.compile(rf"^(  {action}:.*implemented: )no\b", re.M)
    assert line.search(matrix.read_text())
    matrix.write_text(line.sub(r"\1yes", matrix.read_text()))
    generated = run_generator(cwd=repo)
    assert generated.returncode == 0, generated.stderr
    _git(repo, "commit", "-q", "-am", f"implement {action}")
    _git(repo, "tag", "after")
    return repo, action


def _brought(repo: Path) -> tuple[set[str], set[str]]:
    """The data types and enumerations the flipped message brought, from the generator's model."""
    schemas = load_schemas(repo / "schemas")
    before = select(build_model(schemas, load_matrix(MATRIX_FILE)))  # the copy's `before`
    after = select(build_model(schemas, load_matrix(repo / "coverage_matrix.yaml")))
    objects = {o.name for o in after.objects} - {o.name for o in before.objects}
    enums = {e.name for e in after.enums} - {e.name for e in before.enums}
    return objects - set(after.always_included), enums


def _lines(text: str, heading: str) -> list[str]:
    part = text.split(f"### {heading}\n", 1)[1].split("\n### ", 1)[0]
    return [line for line in part.splitlines() if line.startswith("- ")]


def test_a_newly_implemented_message_with_what_came_with_it(history: tuple[Path, str]) -> None:
    repo, action = history
    result = _coverage(repo, "FROM=before", "TO=after")
    assert result.returncode == 0, result.stderr
    count = len(implemented_actions())
    assert f"Coverage: {count + 1} of " in result.stdout
    assert f"(before: {count} of " in result.stdout
    assert "### Removed" not in result.stdout
    [line] = _lines(result.stdout, "Added")
    assert line.startswith(f"- Message `{action}` (")
    objects, enums = _brought(repo)
    for name in objects | enums:
        assert f"`{name}`" in line, name
    named = set(re.findall(r"`([A-Za-z0-9]+)`", line)) - {action}
    assert named == objects | enums


def test_the_other_way_round_it_is_removed(history: tuple[Path, str]) -> None:
    repo, action = history
    added = _coverage(repo, "FROM=before", "TO=after")
    removed = _coverage(repo, "FROM=after", "TO=before")
    assert removed.returncode == 0, removed.stderr
    assert "### Added" not in removed.stdout
    [line] = _lines(removed.stdout, "Removed")
    assert line == _lines(added.stdout, "Added")[0].replace(", with ", ", and with it ")


def test_the_first_release_adds_every_implemented_message(history: tuple[Path, str]) -> None:
    repo, _ = history
    result = _coverage(repo, "FROM=", "TO=before")
    assert result.returncode == 0, result.stderr
    listed = {m.group(1) for m in re.finditer(r"^- Message `(\w+)`", result.stdout, re.M)}
    assert listed == set(implemented_actions())
    assert "- Data type `CustomDataType`: always" in result.stdout


def test_nothing_changed_says_so(history: tuple[Path, str]) -> None:
    repo, _ = history
    result = _coverage(repo, "FROM=before", "TO=before")
    assert "No message, data type or enumeration was added or removed." in result.stdout


def test_mistakes_are_one_line(history: tuple[Path, str]) -> None:
    repo, _ = history
    missing = _coverage(repo)
    assert missing.returncode != 0
    assert "error: set FROM=" in missing.stderr
    unknown = _coverage(repo, "FROM=v9.9.9", "TO=after")
    assert unknown.returncode != 0  # make says 2 for a failed recipe
    [line] = [line for line in unknown.stderr.splitlines() if not line.startswith("make")]
    assert line.startswith("error: cannot read generated/SUPPORT.md at 'v9.9.9'")
    with pytest.raises(ChangelogError, match="no Messages table"):
        parse_support("# not a report\n", "README.md")
