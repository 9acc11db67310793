"""The compiled build of the generated package: its wheel for this platform, made as setup.py says
(mypyc), kept in .cache/compiled/ by the content of its sources, so that an unchanged tree is
compiled once for `make dist`, the tests (tests/test_compiled.py) and the bench.

`python -m generator.compiled DIR` puts the wheel into DIR (`make dist` does).
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A copy of the repository (the release and packaging tests make some) may point at the
# original's cache: the key is the content, so the same sources find the same build.
CACHE = Path(os.environ.get("OCPP201_COMPILED_CACHE") or ROOT / ".cache" / "compiled")
SOURCES = ("generated", "setup.py", "pyproject.toml", "MANIFEST.in", "LICENSE")
"""What the compiled wheel is built from (generated/ holds its README and SUPPORT.md)."""
KEPT_BUILDS = 3


def _compiled_key() -> str:
    """The content of everything the compiled build depends on, hashed."""
    digest = hashlib.sha256()
    files = sorted(
        path
        for part in SOURCES
        for path in ([ROOT / part] if (ROOT / part).is_file() else (ROOT / part).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".egg-info" not in str(path)
    )
    for path in files:
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    compiler = f"{sys.version} {platform.machine()} mypy {importlib.metadata.version('mypy')}"
    digest.update(compiler.encode())
    return digest.hexdigest()[:20]


def compiled_build() -> Path:
    """A folder holding the compiled `ocpp201` (its wheel, built as `make dist` builds it, unpacked),
    built once per content of its sources: an unchanged tree is not compiled again. Raises
    RuntimeError with the build's output if it fails."""
    target = CACHE / _compiled_key()
    if (target / "ocpp201").is_dir():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one compilation at a time; the others then find it
        if not (target / "ocpp201").is_dir():
            _compile(target)
        builds = [p for p in CACHE.iterdir() if len(p.name) == len(target.name)]
        for stale in sorted(builds, key=lambda p: p.stat().st_mtime)[:-KEPT_BUILDS]:
            shutil.rmtree(stale, ignore_errors=True)  # builds of earlier trees
    return target


def _compile(target: Path) -> None:
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="building-") as tmp:
        source = Path(tmp) / "source"  # a copy: the build writes into its source folder
        for part in SOURCES:
            if (ROOT / part).is_dir():
                ignored = shutil.ignore_patterns("__pycache__", "*.egg-info")
                shutil.copytree(ROOT / part, source / part, ignore=ignored)
            else:
                source.mkdir(exist_ok=True)
                shutil.copy2(ROOT / part, source / part)
        built = subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", "wheel", "."],
            cwd=source,
            env={**os.environ, "OCPP201_COMPILED": "1"},
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if built.returncode != 0:
            raise RuntimeError(
                f"the compiled build failed:\n{(built.stdout + built.stderr)[-4000:]}"
            )
        [wheel] = (source / "wheel").glob("*.whl")
        unpacked = Path(tmp) / "site"
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(unpacked)
        shutil.copy2(wheel, unpacked)
        unpacked.rename(target)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m generator.compiled DIR", file=sys.stderr)
        return 2
    try:
        [wheel] = compiled_build().glob("*.whl")
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    Path(argv[0]).mkdir(parents=True, exist_ok=True)
    shutil.copy2(wheel, argv[0])
    print(f"{Path(argv[0]) / wheel.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
