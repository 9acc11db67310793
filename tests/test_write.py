"""The generator never destroys what it did not write: it owns exactly the files its manifest
lists, writes only into a new, empty or previously generated folder, removes the files it wrote
last time and no longer produces, and leaves the folder as it was when anything fails."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import write
from generator.__main__ import main
from generator.errors import GeneratorError
from generator.write import MANIFEST, differences, with_manifest, write_output

from .conftest import ROOT
from .test_generator import MATRIX, _request, _tiny

FIRST = with_manifest(
    {
        "README.md": "readme\n",
        "pkg/__init__.py": "x = 1\n",
        "pkg/old.py": "old = True\n",
        "pkg/sub/deep.py": "deep = 1\n",
        "pkg/py.typed": "",
    }
)
# The next run: a changed file, a new one, and two files (one alone in its folder) no longer produced.
SECOND = with_manifest(
    {
        "README.md": "readme, changed\n",
        "pkg/__init__.py": "x = 1\n",
        "pkg/new.py": "new = True\n",
        "pkg/py.typed": "",
    }
)


def snapshot(folder: Path) -> dict[str, Any]:
    """Every file (content), folder and link under `folder`, with its mode: what must not change."""
    result: dict[str, Any] = {".": stat.S_IMODE(folder.lstat().st_mode)} if folder.exists() else {}
    for path in sorted(folder.rglob("*")) if folder.exists() else []:
        info = path.lstat()
        content = (
            path.read_bytes()
            if stat.S_ISREG(info.st_mode)
            else os.readlink(path) if path.is_symlink() else None
        )
        result[path.relative_to(folder).as_posix()] = (
            stat.S_IFMT(info.st_mode),
            stat.S_IMODE(info.st_mode),
            content,
        )
    return result


def test_the_manifest_lists_every_file_written_itself_included() -> None:
    lines = FIRST[MANIFEST].splitlines()
    assert lines[0].startswith("# ")
    assert lines[1:] == sorted(FIRST)
    assert MANIFEST in lines[1:]
    committed = (ROOT / "generated" / MANIFEST).read_text().splitlines()
    assert committed[0] == lines[0]
    assert {"README.md", "SUPPORT.md", "ocpp201/__init__.py", "ocpp201/py.typed", MANIFEST} <= set(
        committed[1:]
    )
    assert all((ROOT / "generated" / entry).is_file() for entry in committed[1:])


def test_a_new_folder_gets_the_files_and_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "out"
    assert write_output(FIRST, out) == (len(FIRST), 0)
    assert {k: v for k, v in snapshot(out).items() if k in FIRST} == {
        k: (stat.S_IFREG, 0o666 & ~_umask(), v.encode()) for k, v in FIRST.items()
    }
    assert write_output(FIRST, out) == (0, 0)  # nothing to do: nothing is touched
    assert differences(FIRST, out) == []


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_unowned_files_stay_and_stale_owned_files_go(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    user_files = {
        "notes.txt": b"mine",
        "pkg/__pycache__/__init__.cpython-311.pyc": b"\0",
        "pkg/sub/mine.py": b"# mine",
    }
    for rel, data in user_files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    assert write_output(SECOND, out) == (
        3,
        2,
    )  # README, new.py, the manifest; old.py and deep.py removed
    after = snapshot(out)
    for rel, data in user_files.items():
        assert after[rel][2] == data
    for rel, text in SECOND.items():
        assert after[rel][2] == text.encode()
    assert "pkg/old.py" not in after and "pkg/sub/deep.py" not in after
    assert "pkg/sub" in after  # it still holds the user's file


def test_a_folder_emptied_of_stale_files_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    write_output(SECOND, out)
    assert not (out / "pkg" / "sub").exists()
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == sorted(
        SECOND
    )


def test_check_ignores_unowned_files_and_reports_owned_stale_ones(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    (out / "pkg" / "__pycache__").mkdir()
    (out / "pkg" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (out / "notes.txt").write_text("mine")
    assert differences(FIRST, out) == []
    assert differences(SECOND, out) == [
        f"missing (would be added): {out / 'pkg/new.py'}",
        f"extra (would be removed): {out / 'pkg/old.py'}",
        f"extra (would be removed): {out / 'pkg/sub/deep.py'}",
        f"changed: {out / MANIFEST}",
        f"changed: {out / 'README.md'}",
    ]


@pytest.mark.parametrize(
    "contents",
    [
        {"notes.txt": "mine"},
        {".git/HEAD": "ref: refs/heads/main\n", "README.md": "x"},
        {"empty-folder/": ""},
    ],
)
def test_a_non_empty_folder_without_manifest_is_refused_untouched(
    tmp_path: Path, contents: dict[str, str]
) -> None:
    out = tmp_path / "out"
    for rel, text in contents.items():
        if rel.endswith("/"):
            (out / rel).mkdir(parents=True)
        else:
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(text)
    before = snapshot(out)
    with pytest.raises(GeneratorError, match=f"{out}: is not empty and has no {MANIFEST}"):
        write_output(FIRST, out)
    assert snapshot(out) == before


def test_out_dot_in_a_repository_is_refused_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--out .` in a checkout: refused, the repository (.git included) untouched."""
    (tmp_path / "repo" / ".git" / "objects").mkdir(parents=True)
    schemas, matrix = _tiny(tmp_path / "repo", _request())
    (tmp_path / "repo" / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    before = snapshot(tmp_path / "repo")
    cwd = Path.cwd()
    os.chdir(tmp_path / "repo")
    try:
        assert main(["--schemas", str(schemas), "--matrix", str(matrix), "--out", "."]) == 1
    finally:
        os.chdir(cwd)
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("error: ") and f"has no {MANIFEST}" in error
    assert snapshot(tmp_path / "repo") == before


def test_a_file_in_the_way_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    (out / "pkg" / "new.py").write_text("# the user's, not listed in the manifest\n")
    before = snapshot(out)
    with pytest.raises(
        GeneratorError, match=r"pkg/new.py: exists and was not written by the generator"
    ):
        write_output(SECOND, out)
    assert snapshot(out) == before
    (out / "pkg" / "new.py").write_text(SECOND["pkg/new.py"])  # the same content: adopted
    write_output(SECOND, out)
    assert MANIFEST in snapshot(out) and "pkg/new.py" in (out / MANIFEST).read_text().splitlines()


@pytest.mark.parametrize("kind", ["folder", "link"])
def test_a_folder_or_link_in_the_way_is_refused(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    (tmp_path / "elsewhere").mkdir()
    if kind == "folder":
        (out / "pkg" / "new.py").mkdir()
    else:
        (out / "pkg" / "sub").rename(tmp_path / "moved")
        (out / "pkg" / "sub").symlink_to(
            tmp_path / "elsewhere"
        )  # writing through it would leave `out`
    before, outside = snapshot(out), snapshot(tmp_path / "elsewhere")
    files = (
        SECOND if kind == "folder" else with_manifest({**SECOND, "pkg/sub/deep.py": "changed\n"})
    )
    with pytest.raises(GeneratorError, match="move it away"):
        write_output(files, out)
    assert snapshot(out) == before and snapshot(tmp_path / "elsewhere") == outside


BAD_ENTRIES = [
    ".git/config",
    "pkg/.hidden.py",
    "/tmp/victim.txt",
    "../victim.txt",
    "pkg/../../victim.txt",
    "./victim.txt",
    "pkg//x.py",
    "",
    "C:\\victim.txt",
    "a\\..\\victim.txt",
]


@pytest.mark.parametrize("entry", BAD_ENTRIES)
def test_manifest_entries_are_checked_before_anything_is_deleted(
    tmp_path: Path, entry: str
) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    victim = tmp_path / "victim.txt"
    victim.write_text("not the generator's")
    manifest = out / MANIFEST
    manifest.write_text(manifest.read_text().replace("pkg/old.py\n", f"pkg/old.py\n{entry}\n"))
    line = manifest.read_text().splitlines().index(entry) + 1
    before = snapshot(tmp_path)
    with pytest.raises(GeneratorError, match=rf"{MANIFEST}:{line}: entry"):
        write_output(SECOND, out)
    with pytest.raises(GeneratorError, match=rf"{MANIFEST}:{line}: entry"):
        differences(SECOND, out)
    assert snapshot(tmp_path) == before


def test_a_stale_entry_behind_a_link_is_not_followed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "deep.py").write_text("not the generator's")
    shutil.rmtree(out / "pkg" / "sub")
    (out / "pkg" / "sub").symlink_to(tmp_path / "elsewhere")
    write_output(SECOND, out)
    assert (tmp_path / "elsewhere" / "deep.py").read_text() == "not the generator's"
    assert (out / "pkg" / "sub").is_symlink()


@pytest.mark.parametrize("header", ["", "# some other tool\npkg/old.py\n", "\xff\xfe"])
def test_a_manifest_the_generator_did_not_write_is_refused(tmp_path: Path, header: str) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    (out / MANIFEST).write_bytes(header.encode("latin-1"))
    before = snapshot(out)
    with pytest.raises(GeneratorError, match="not a manifest written by the generator"):
        write_output(SECOND, out)
    assert snapshot(out) == before


@pytest.mark.parametrize("mode", [0o700, 0o750, 0o755, 0o2775])
def test_the_output_folder_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(mode)
    write_output(FIRST, out)
    write_output(SECOND, out)
    assert stat.S_IMODE(out.stat().st_mode) == mode


# Each step of a write can fail: staging a file, replacing one, moving a stale file away,
# replacing the manifest. The failure is one GeneratorError and the folder is as it was.
def _failing(
    function: Callable[..., Any], when: Callable[[tuple[Any, ...]], bool]
) -> Callable[..., Any]:
    """`function`, except that its first call matching `when` fails as on a full disk."""
    failed = []

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not failed and when(args):
            failed.append(args)
            raise OSError(28, "No space left on device", str(args[0]))
        return function(*args, **kwargs)

    return wrapper


FAILURES: dict[str, tuple[str, Callable[[tuple[Any, ...]], bool]]] = {
    "staging the first file": ("open", lambda a: ".tmp" in str(a[0])),
    "staging the manifest": ("open", lambda a: MANIFEST in str(a[0])),
    "staging a file in a new folder (the last)": ("open", lambda a: "deeper" in str(a[0])),
    "replacing the first file": ("replace", lambda a: "README.md" in str(a[1])),
    "replacing a file": ("replace", lambda a: "new.py" in str(a[1])),
    "moving a stale file away": ("rename", lambda a: "deep.py" in str(a[0])),
    "replacing the manifest": ("replace", lambda a: MANIFEST in str(a[1])),
}


@pytest.mark.parametrize("step", sorted(FAILURES))
def test_a_failure_at_any_step_leaves_the_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    out = tmp_path / "out"
    write_output(FIRST, out)
    (out / "pkg" / "__pycache__").mkdir()
    before, around = snapshot(out), sorted(p.name for p in tmp_path.iterdir())
    name, when = FAILURES[step]
    monkeypatch.setattr(write.os, name, _failing(getattr(os, name), when))
    with pytest.raises(GeneratorError, match="No space left on device.*is left as it was"):
        write_output(with_manifest({**SECOND, "pkg/sub/deeper/new.py": "x\n"}), out)
    monkeypatch.undo()
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == around


def test_a_failure_creating_a_new_folder_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(write.os, "open", _failing(os.open, lambda a: "py.typed" in str(a[0])))
    with pytest.raises(GeneratorError):
        write_output(FIRST, tmp_path / "new" / "out")
    assert list(tmp_path.iterdir()) == []


def _as_unprivileged() -> list[str]:
    """A command prefix under which permissions apply (root ignores them)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _generate(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    schemas, matrix = tmp_path / "schemas", tmp_path / "matrix.yaml"
    return subprocess.run(
        [
            *_as_unprivileged(),
            sys.executable,
            "-m",
            "generator",
            "--schemas",
            str(schemas),
            "--matrix",
            str(matrix),
            *args,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_read_only_output_folder_fails_with_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    _tiny(tmp_path, _request())
    out = tmp_path / "out"
    assert _generate(tmp_path, "--out", str(out)).returncode == 0
    (tmp_path / "matrix.yaml").write_text(
        MATRIX.replace("release: 3", "release: 4")
    )  # __init__.py changes
    folders = [out, out / "tiny"]
    for folder in folders:
        folder.chmod(0o555)
    try:
        before, around = snapshot(out), sorted(p.name for p in tmp_path.iterdir())
        result = _generate(tmp_path, "--out", str(out))
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: "), result.stderr
        assert "Permission denied" in result.stderr
        assert snapshot(out) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == around
    finally:
        for folder in folders:
            folder.chmod(0o755)


def test_a_read_only_parent_fails_with_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    _tiny(tmp_path, _request())
    parent = tmp_path / "parent"
    parent.mkdir(mode=0o555)
    try:
        result = _generate(tmp_path, "--out", str(parent / "out"))
        assert result.returncode == 1
        assert (
            result.stderr.count("\n") == 1 and "Permission denied" in result.stderr
        ), result.stderr
        assert list(parent.iterdir()) == []
    finally:
        parent.chmod(0o755)
