"""Stage: write the output, or compare it with what is on disk.

The generator owns exactly the files listed in the output folder's manifest (`MANIFEST`), which
every run writes last. It writes only into a folder that is empty, new, or holds a manifest of
its own; it never deletes or overwrites a file it did not write (a `__pycache__`, a user's notes),
and it removes the files it wrote last time and no longer produces. Every new file is first
written to a temporary file beside its target; only when all are written are they renamed into
place, then the stale files moved away, then the manifest replaced. A failure at any point puts
back what was there, so the output folder is left as it was (its mode included).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from .errors import GeneratorError

MANIFEST = ".generator-manifest"
_HEADER = (
    "# Files written by `python -m generator`, which replaces or removes only these. Do not edit."
)


def with_manifest(files: dict[str, str]) -> dict[str, str]:
    """`files` plus the manifest listing them all (itself included), in sorted order."""
    listing = "".join(f"{path}\n" for path in sorted({*files, MANIFEST}))
    return {**files, MANIFEST: f"{_HEADER}\n{listing}"}


def _entry_problem(entry: str) -> str | None:
    """Why `entry` cannot be a path the generator wrote (relative, inside the folder), or None."""
    if (
        PurePosixPath(entry).is_absolute()
        or PureWindowsPath(entry).is_absolute()
        or PureWindowsPath(entry).drive
    ):
        return "is an absolute path"
    if any(part in ("", ".", "..") for part in entry.split("/")):
        return "is not a plain relative path (empty, `.` or `..` part)"
    if "\\" in entry or not entry.isprintable():
        return "holds a backslash or a control character"
    if entry != MANIFEST and any(part.startswith(".") for part in entry.split("/")):
        return "is hidden (starts with a dot, like .git); the generator writes no such file"
    return None


def read_manifest(out: Path) -> set[str] | None:
    """The paths `out`'s manifest lists (checked), or None when `out` has no manifest."""
    path = out / MANIFEST
    if not os.path.lexists(path):
        return None
    if path.is_symlink() or not path.is_file():
        raise GeneratorError(
            f"{path}: is not a file the generator wrote; refusing to write into {out}"
        )
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot read the manifest: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise GeneratorError(
            f"{path}: not a manifest written by the generator (not UTF-8), so {out} is not a folder it wrote"
        ) from None
    lines = text.split("\n")
    if lines[0] != _HEADER:
        raise GeneratorError(
            f"{path}:1: not a manifest written by the generator (its first line differs), so {out} is not a folder it wrote"
        )
    entries: set[str] = set()
    for number, entry in enumerate(lines[1:], start=2):
        if entry == "" and number == len(lines):
            continue  # the final newline
        problem = _entry_problem(entry)
        if problem:
            raise GeneratorError(
                f"{path}:{number}: entry {entry!r} {problem}; refusing to touch {out}"
            )
        entries.add(entry)
    return entries


def _kind(path: Path) -> str | None:
    """None if nothing is at `path`, else "file", "folder", "link" or "other" (without following links)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot inspect: {exc.strerror or exc}") from None
    if stat.S_ISLNK(mode):
        return "link"
    return "folder" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "other"


def _inside(out: Path, rel: str) -> bool:
    """Whether every folder between `out` and `rel` is a real folder (or absent): no link leads out."""
    folder = out
    for part in rel.split("/")[:-1]:
        folder = folder / part
        kind = _kind(folder)
        if kind is None:
            return True
        if kind != "folder":
            return False
    return True


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot read: {exc.strerror or exc}") from None


@dataclass
class _Plan:
    out: Path
    owned: set[str]  # what the manifest on disk lists
    changed: dict[str, bytes]  # to write: missing or different
    previous: dict[str, bytes | None]  # what `changed` files hold now (None: absent)
    stale: list[str]  # owned files no longer produced, present on disk
    problems: list[str] = field(default_factory=list)  # why a write would be refused


def _plan(files: dict[str, str], out: Path) -> _Plan:
    kind = _kind(out)
    if kind not in (None, "folder") and not (kind == "link" and out.is_dir()):
        raise GeneratorError(f"{out}: exists and is not a folder")
    owned = read_manifest(out) if kind is not None else None
    try:
        empty = kind is None or not any(out.iterdir())
    except OSError as exc:
        raise GeneratorError(f"{out}: cannot list the folder: {exc.strerror or exc}") from None
    if owned is None and not empty:
        raise GeneratorError(
            f"{out}: is not empty and has no {MANIFEST}, so the generator did not write it; "
            "give --out a new or empty folder (the generator never deletes what it did not write)"
        )
    plan = _Plan(out, owned | {MANIFEST} if owned is not None else set(), {}, {}, [])
    for rel, text in sorted(files.items()):
        data, target = text.encode("utf-8"), out / rel
        problem = _entry_problem(rel)
        if problem:  # a template or package name producing a bad path: never write outside `out`
            raise GeneratorError(f"{out}: generated path {rel!r} {problem}")
        if not _inside(out, rel):
            plan.problems.append(
                f"{target}: a folder on the way is a file or a symbolic link; move it away"
            )
            continue
        target_kind = _kind(target)
        if target_kind is None:
            plan.changed[rel], plan.previous[rel] = data, None
        elif target_kind != "file":
            plan.problems.append(
                f"{target}: is a {target_kind}, not a file the generator wrote; move it away"
            )
        else:
            current = _read(target)
            if current != data:
                if rel not in plan.owned:
                    plan.problems.append(
                        f"{target}: exists and was not written by the generator; move it away"
                    )
                plan.changed[rel], plan.previous[rel] = data, current
    plan.stale = _stale(out, plan.owned, files)
    return plan


def differences(files: dict[str, str], out: Path) -> list[str]:
    """`missing`/`extra`/`changed` lines for the files that a write would change.

    Only files the generator owns count: files in `out` that its manifest does not list (a
    `__pycache__`, notes) are not differences; files it lists but would no longer write are.
    """
    owned = read_manifest(out) if out.is_dir() else None
    missing, changed = [], []
    for rel, text in sorted(files.items()):
        target = out / rel
        if not _inside(out, rel) or _kind(target) != "file":
            missing.append(f"missing (would be added): {target}")
        elif _read(target) != text.encode("utf-8"):
            changed.append(f"changed: {target}")
    extra = [f"extra (would be removed): {out / rel}" for rel in _stale(out, owned or set(), files)]
    return missing + extra + changed


def _stale(out: Path, owned: set[str], files: dict[str, str]) -> list[str]:
    """Files the manifest lists, the run no longer writes, and that are (still) files in `out`."""
    return sorted(
        rel for rel in owned - files.keys() if _inside(out, rel) and _kind(out / rel) == "file"
    )


def _temporary(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.{suffix}")


def _write_new(path: Path, data: bytes) -> None:
    """Creates `path` (it must not exist) with `data`, mode 0666 minus the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _make_folders(folder: Path, created: list[Path]) -> None:
    """`folder` and its missing parents, each appended to `created` (outermost first)."""
    missing = []
    while _kind(folder) is None:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        created.append(path)


def write_output(files: dict[str, str], out: Path) -> tuple[int, int]:
    """Writes `files` (with their manifest) into `out`; on failure `out` stays as it was.

    Returns how many files were written (the others were already up to date) and removed.
    """
    out = Path(os.path.abspath(out))
    if MANIFEST not in files:
        files = with_manifest(files)
    plan = _plan(files, out)
    if plan.problems:
        raise GeneratorError(
            plan.problems[0]
            + (f" (and {len(plan.problems) - 1} more)" if len(plan.problems) > 1 else "")
        )
    if not plan.changed and not plan.stale:
        return 0, 0
    created: list[Path] = []
    staged: dict[str, Path] = {}
    replaced: list[str] = []
    moved: list[tuple[Path, Path]] = []
    doing = out
    try:
        _make_folders(out, created)
        for rel, data in plan.changed.items():
            doing = out / rel
            _make_folders(doing.parent, created)
            staged[rel] = _temporary(doing, "tmp")
            _write_new(staged[rel], data)
        for rel in sorted(staged, key=lambda r: r == MANIFEST):
            if (
                rel == MANIFEST
            ):  # stale files go before the manifest forgets them, the manifest last
                for stale in plan.stale:
                    doing = out / stale
                    aside = _temporary(doing, "stale")
                    os.rename(doing, aside)
                    moved.append((aside, doing))
            doing = out / rel
            os.replace(staged[rel], doing)
            del staged[rel]
            replaced.append(rel)
    except OSError as exc:
        _roll_back(out, plan, staged, replaced, moved, created)
        raise GeneratorError(
            f"{doing}: cannot write the output: {exc.strerror or exc}; {out} is left as it was"
        ) from None
    for aside, target in moved:
        with contextlib.suppress(OSError):
            aside.unlink()
        _remove_empty_folders(target.parent, out)
    return len(replaced), len(moved)


def _roll_back(
    out: Path,
    plan: _Plan,
    staged: dict[str, Path],
    replaced: list[str],
    moved: list[tuple[Path, Path]],
    created: list[Path],
) -> None:
    """Best effort: puts back every replaced and moved file and removes what the run created."""
    for temporary in staged.values():
        with contextlib.suppress(OSError):
            temporary.unlink()
    for aside, target in reversed(moved):
        with contextlib.suppress(OSError):
            os.rename(aside, target)
    for rel in reversed(replaced):
        target, before = out / rel, plan.previous[rel]
        with contextlib.suppress(OSError):
            if before is None:
                target.unlink()
            else:
                temporary = _temporary(target, "tmp")
                _write_new(temporary, before)
                os.replace(temporary, target)
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _remove_empty_folders(folder: Path, out: Path) -> None:
    """Removes `folder` and its parents up to (not including) `out` while they are empty."""
    while folder != out and out in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
