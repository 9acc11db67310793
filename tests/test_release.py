"""Release hygiene: `make dist` is reproducible and quiet, and the wheel's metadata names no
development tool (those are PEP 735 dependency groups, installed by the Makefile)."""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import subprocess
import tarfile
import tomllib
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

import pytest

from tools.dependency_group import GroupError, requirements

from .conftest import ROOT
from .support.repo_copy import copy_repo

pytestmark = pytest.mark.skipif(
    not (ROOT / ".venv").is_dir(), reason="make dist needs the project's .venv"
)

COMMIT_DATE = "2024-05-01T10:00:00+00:00"
COMMIT_EPOCH = 1714557600


@dataclass(frozen=True)
class Build:
    repo: Path
    output: str  # stdout and stderr of `make dist`

    @property
    def sdist(self) -> Path:
        [path] = (self.repo / "dist").glob("*.tar.gz")
        return path

    @property
    def wheel(self) -> Path:
        # the pure wheel; a compiled wheel for this platform may sit beside it
        [path] = (self.repo / "dist").glob("*-py3-none-any.whl")
        return path


def _environment() -> dict[str, str]:
    """This machine's environment, less what would steer the build from outside the checkout."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "TWINE_", "GIT_")) and k != "SOURCE_DATE_EPOCH"
    }
    env["PIP_CONFIG_FILE"] = os.devnull
    # the compiled wheel of these sources, built once for every test (the key is the content)
    env["OCPP201_COMPILED_CACHE"] = str(ROOT / ".cache" / "compiled")
    return env


def _clone(target: Path, file_mode: int, dir_mode: int, mtime: int) -> Path:
    """A checkout of one commit as a clone would be: a git repository whose last commit is at
    COMMIT_DATE, its files created at `mtime` with the modes a clone under some umask gets."""
    repo = copy_repo(target)
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@localhost", "-C", str(repo)]
    env = _environment() | {"GIT_AUTHOR_DATE": COMMIT_DATE, "GIT_COMMITTER_DATE": COMMIT_DATE}
    subprocess.run(git + ["init", "-q"], check=True, env=env)
    subprocess.run(git + ["add", "-A", "--", ".", ":!.venv"], check=True, env=env)
    subprocess.run(git + ["commit", "-q", "-m", "release"], check=True, env=env)
    for folder, dirs, files in os.walk(repo):
        if Path(folder).name == ".git":
            dirs.clear()
            continue
        dirs[:] = [d for d in dirs if d not in (".git", ".venv")]
        for name in files:
            os.chmod(os.path.join(folder, name), file_mode)
            os.utime(os.path.join(folder, name), (mtime, mtime))
        for name in dirs:
            os.chmod(os.path.join(folder, name), dir_mode)
    return repo


def _make_dist(repo: Path, umask: str) -> Build:
    result = subprocess.run(
        ["sh", "-c", f"umask {umask} && make -s dist"],
        cwd=repo,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return Build(repo, result.stdout + result.stderr)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, Build]:
    """Two clones of one commit, made on different days under different umasks, each built."""
    base = tmp_path_factory.mktemp("release")
    first = _clone(base / "first", 0o644, 0o755, mtime=COMMIT_EPOCH + 3600)
    second = _clone(base / "second", 0o600, 0o700, mtime=COMMIT_EPOCH + 400 * 86400)
    return _make_dist(first, "022"), _make_dist(second, "077")


def test_two_clones_give_byte_identical_sdist_and_wheel(builds: tuple[Build, Build]) -> None:
    first, second = builds
    assert first.sdist.name == second.sdist.name
    assert first.sdist.read_bytes() == second.sdist.read_bytes()
    assert first.wheel.name == second.wheel.name
    assert first.wheel.read_bytes() == second.wheel.read_bytes()


def test_every_timestamp_is_the_last_commits(builds: tuple[Build, Build]) -> None:
    build = builds[1]
    with zipfile.ZipFile(build.wheel) as wheel:
        assert {info.date_time for info in wheel.infolist()} == {(2024, 5, 1, 10, 0, 0)}
        modes = {info.filename: info.external_attr >> 16 & 0o777 for info in wheel.infolist()}
    assert {modes[name] for name in modes if not name.endswith("RECORD")} == {0o644}
    with tarfile.open(build.sdist) as sdist:
        members = sdist.getmembers()
    assert {m.mtime for m in members} == {COMMIT_EPOCH}
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "", "")}
    assert {m.mode for m in members if m.isfile()} == {0o644}
    assert [m.name for m in members] == sorted(m.name for m in members)
    header = build.sdist.read_bytes()[:10]
    assert int.from_bytes(header[4:8], "little") == COMMIT_EPOCH  # gzip's own time stamp
    assert header[3] & 0x08 == 0  # and no file name in it
    assert gzip.decompress(build.sdist.read_bytes())  # still a valid archive


def test_the_sdist_carries_only_what_builds_the_wheel(builds: tuple[Build, Build]) -> None:
    with tarfile.open(builds[0].sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    top_level = {name.split("/")[0] for name in names}
    # setup.py: a compiled wheel is built from the sdist too (OCPP201_COMPILED=1)
    assert top_level == {
        "PKG-INFO",
        "LICENSE",
        "pyproject.toml",
        "setup.cfg",
        "setup.py",
        "generated",
    }
    assert "generated/ocpp201/py.typed" in names and "generated/SUPPORT.md" in names


def test_dist_says_what_it_built_and_nothing_else(builds: tuple[Build, Build]) -> None:
    build = builds[0]
    assert not re.search(r"warning|previously-included|running |copying ", build.output, re.I)
    for path in (build.sdist, build.wheel):
        assert f"dist/{path.name}: PASSED" in build.output
        assert f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}" in build.output
    assert f"SOURCE_DATE_EPOCH={COMMIT_EPOCH}" in build.output


def test_the_wheel_metadata_names_no_development_tool(builds: tuple[Build, Build]) -> None:
    with zipfile.ZipFile(builds[0].wheel) as wheel:
        [name] = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = HeaderParser().parsestr(wheel.read(name).decode())
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    extras = project["project"]["optional-dependencies"]
    assert set(metadata.get_all("Provides-Extra") or []) == set(extras) == {"websockets"}

    def package(requirement: str) -> str:
        return re.split(r"[\s;<>=!~\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")

    published = {package(r) for r in metadata.get_all("Requires-Dist") or []}
    chosen_by_users = {package(r) for rs in extras.values() for r in rs}
    groups = project["dependency-groups"]
    tools = {package(r) for group in groups for r in requirements(groups, group)}
    assert published == chosen_by_users
    assert tools and not (published & tools) - chosen_by_users


def test_dependency_groups_resolve_includes_once_in_order() -> None:
    groups: dict[str, object] = {
        "dev": ["a==1", {"include-group": "Docs_Tools"}, "b==2", {"include-group": "lint"}],
        "docs-tools": ["c==3", "a==1"],
        "lint": [{"include-group": "docs.tools"}, "d==4"],
    }
    assert requirements(groups, "dev") == ["a==1", "c==3", "b==2", "d==4"]
    with pytest.raises(GroupError, match="no dependency group 'typo'.*dev, docs-tools, lint"):
        requirements(groups, "typo")
    with pytest.raises(GroupError, match="'a' includes itself: a -> b -> a"):
        requirements({"a": [{"include-group": "b"}], "b": [{"include-group": "a"}]}, "a")
    with pytest.raises(GroupError, match="neither a requirement"):
        requirements({"a": [{"include": "b"}]}, "a")


def test_every_development_tool_is_pinned() -> None:
    """Same tools, same output on every machine; `dev` brings the docs tools (make test builds
    the docs)."""
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    for group in groups:
        loose = [r for r in requirements(groups, group) if "==" not in r]
        assert not loose, f"{group}: pin {loose}"
    assert set(requirements(groups, "docs")) <= set(requirements(groups, "dev"))


def test_a_tool_in_two_groups_has_one_pin() -> None:
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    pins: dict[str, set[str]] = {}
    for group in groups:
        for requirement in requirements(groups, group):
            name, _, version = requirement.partition("==")
            pins.setdefault(name.lower(), set()).add(version)
    assert {name: found for name, found in pins.items() if len(found) > 1} == {}
