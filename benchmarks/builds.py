"""What the bench generates before timing: the --all ocpp201 build, the pydantic models, and the
compiled build of the committed package.

The first two are produced fresh in a temporary folder on every run, from the same schemas/, so
the comparison is always against the current generator and the current schemas. The compiled
build is made as `make dist` makes it and kept, by the content of its sources, in .cache/ (the
tests run the pure build's core suites against it too).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
ALL_PACKAGE = "ocpp201_all"
PYDANTIC_PACKAGE = "bench_pydantic_models"
COMPILED_CACHE = ROOT / ".cache" / "compiled"
# What the compiled wheel is built from (the generated package holds its README and SUPPORT.md).
COMPILED_SOURCES = ("generated", "setup.py", "pyproject.toml", "MANIFEST.in", "LICENSE")
KEPT_BUILDS = 3


@dataclass(frozen=True)
class CommandTiming:
    """One timed run of a command, as `make` would run it (a fresh interpreter included)."""

    command: str
    seconds: float
    returncode: int
    output: str


def run_timed(args: list[str], display: str) -> CommandTiming:
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    return CommandTiming(display, seconds, done.returncode, (done.stdout + done.stderr).strip())


def build_all_messages(workdir: Path) -> tuple[ModuleType, CommandTiming]:
    """Generate every message into workdir and import the package as `ocpp201_all`.

    The committed build implements 24 messages; NotifyReport is not among them. The generated
    package imports its own modules relatively, so a renamed copy imports side by side with
    the committed `ocpp201` without either shadowing the other.
    """
    out = workdir / "all"
    timing = run_timed(
        [sys.executable, "-m", "generator", "--all", "--out", str(out)],
        "python -m generator --all --out <tmp>",
    )
    if timing.returncode != 0:
        raise SystemExit(f"`{timing.command}` failed:\n{timing.output}")
    packages = _packages_dir(workdir)
    shutil.copytree(out / "ocpp201", packages / ALL_PACKAGE)
    return importlib.import_module(ALL_PACKAGE), timing


def time_check() -> CommandTiming:
    """`make check`: generation in memory and comparison with the committed generated/."""
    return run_timed([sys.executable, "-m", "generator", "--check"], "python -m generator --check")


def build_pydantic_models(workdir: Path, names: list[str]) -> dict[str, Any]:
    """pydantic v2 models by datamodel-code-generator, one module per schema: name -> model.

    Only the benchmarked schemas are converted (each file is converted on its own, so the
    other 120 would change nothing but the bench's start-up time).
    """
    inputs = workdir / "pydantic-schemas"
    inputs.mkdir()
    for name in names:
        shutil.copy(SCHEMAS / f"{name}.json", inputs / f"{name}.json")
    out = _packages_dir(workdir) / PYDANTIC_PACKAGE
    timing = run_timed(
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(inputs),
            "--input-file-type",
            "jsonschema",
            "--output",
            str(out),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            # The built-in formatter: no dependence on the black that `dev` pins for the generator.
            "--formatters",
            "builtin",
            "--disable-timestamp",
        ],
        "datamodel-codegen",
    )
    if timing.returncode != 0:
        raise SystemExit(f"datamodel-codegen failed:\n{timing.output}")
    models: dict[str, Any] = {}
    for name in names:
        module = importlib.import_module(f"{PYDANTIC_PACKAGE}.{name}")
        # datamodel-codegen names a file's root schema `Model` (the OCPP schemas have no title).
        models[name] = module.Model
    return models


def _packages_dir(workdir: Path) -> Path:
    packages = workdir / "packages"
    if not packages.is_dir():
        packages.mkdir()
        sys.path.insert(0, str(packages))
    return packages


def _compiled_key() -> str:
    """The content of everything the compiled build depends on, hashed."""
    digest = hashlib.sha256()
    files = sorted(
        path
        for part in COMPILED_SOURCES
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
    target = COMPILED_CACHE / _compiled_key()
    if (target / "ocpp201").is_dir():
        return target
    COMPILED_CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=COMPILED_CACHE, prefix="building-") as tmp:
        source = Path(tmp) / "source"  # a copy: the build writes into its source folder
        for part in COMPILED_SOURCES:
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
        try:
            unpacked.rename(target)
        except OSError:  # built meanwhile by another process: the same content
            pass
    kept = sorted(COMPILED_CACHE.glob("[0-9a-f]*"), key=lambda p: p.stat().st_mtime)
    for stale in kept[:-KEPT_BUILDS]:  # builds of earlier trees
        shutil.rmtree(stale, ignore_errors=True)
    return target
