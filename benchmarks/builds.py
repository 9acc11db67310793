"""What the bench generates before timing: the --all ocpp201 build, the pydantic models, and the
compiled build of the committed package.

The first two are produced fresh in a temporary folder on every run, from the same schemas/, so
the comparison is always against the current generator and the current schemas. The compiled
build is the one `make dist` and the tests use (generator/compiled.py).
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.compiled import compiled_build

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
ALL_PACKAGE = "ocpp201_all"
PURE_PACKAGE = "ocpp201_pure"
PYDANTIC_PACKAGE = "bench_pydantic_models"


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


def import_builds(workdir: Path) -> tuple[ModuleType, ModuleType | None]:
    """The committed package, pure (imported as `ocpp201_pure`) and compiled (as `ocpp201`: its
    compiled modules know their names; None, with the reason printed, if it cannot be built)."""
    shutil.copytree(
        ROOT / "generated" / "ocpp201",
        _packages_dir(workdir) / PURE_PACKAGE,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    pure = importlib.import_module(PURE_PACKAGE)
    try:
        sys.path.insert(0, str(compiled_build()))
    except RuntimeError as error:
        print(f"no compiled build: {error}", file=sys.stderr)
        return pure, None
    return pure, importlib.import_module("ocpp201")


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
