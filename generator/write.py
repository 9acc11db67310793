"""Stage: write the output atomically, or compare it with what is on disk."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .errors import GeneratorError


def _existing(out: Path) -> dict[str, bytes]:
    if not out.is_dir():
        return {}
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def differences(files: dict[str, str], out: Path) -> list[str]:
    """`added`/`removed`/`changed` lines for the files that a write would change."""
    wanted = {path: text.encode("utf-8") for path, text in files.items()}
    have = _existing(out)
    lines = [f"missing (would be added): {out / p}" for p in sorted(wanted.keys() - have.keys())]
    lines += [f"extra (would be removed): {out / p}" for p in sorted(have.keys() - wanted.keys())]
    lines += [f"changed: {out / p}" for p in sorted(wanted.keys() & have.keys()) if wanted[p] != have[p]]
    return lines


def write_atomically(files: dict[str, str], out: Path) -> None:
    """Builds the whole tree beside `out`, then swaps it in: a failure leaves `out` as it was."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    backup = out.parent / f".{out.name}.old-{staging.name.rsplit('-', 1)[-1]}"
    try:
        for rel, text in sorted(files.items()):
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        if out.exists():
            os.rename(out, backup)
        try:
            os.rename(staging, out)
        except OSError:
            if backup.exists():
                os.rename(backup, out)
            raise
    except OSError as exc:
        raise GeneratorError(f"{out}: cannot write the output: {exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(backup, ignore_errors=True)
