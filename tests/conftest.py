"""Shared fixtures: the committed package, a package generated with --all, the oracle.

With OCPP201_TEST_BUILD set to a folder holding another build of the committed package (the
compiled one: tests/test_compiled.py), the tests import that build as `ocpp201`, and it stands
in for the --all build too: the schemas under test are then those it implements.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
BUILD = os.environ.get("OCPP201_TEST_BUILD")

if (BUILD or str(ROOT / "generated")) not in sys.path:
    sys.path.insert(0, BUILD or str(ROOT / "generated"))

if BUILD:
    SCHEMA_NAMES = sorted(importlib.import_module("ocpp201").MESSAGES)
else:
    SCHEMA_NAMES = sorted(p.stem for p in SCHEMAS.glob("*.json"))


def run_generator(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def load_schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def all_package(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The package generated with --all, importable as `ocpp201_all` (or the build under test)."""
    if BUILD:
        return importlib.import_module("ocpp201")
    out = tmp_path_factory.mktemp("all")
    result = run_generator("--all", "--out", str(out))
    assert result.returncode == 0, result.stderr
    shutil.move(out / "ocpp201", out / "ocpp201_all")  # the package imports itself relatively
    sys.path.insert(0, str(out))
    return importlib.import_module("ocpp201_all")


@pytest.fixture(scope="session")
def all_package_dir(all_package: ModuleType) -> Path:
    return Path(all_package.__file__).parent  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def oracle() -> Callable[[str, object], bool]:
    """jsonschema's Draft6Validator with its format checker (rfc3339-validator installed)."""
    import rfc3339_validator  # noqa: F401  -- without it the date-time format is not checked

    validators = {
        name: jsonschema.Draft6Validator(
            load_schema(name), format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER
        )
        for name in SCHEMA_NAMES
    }

    def is_valid(name: str, payload: object) -> bool:
        return validators[name].is_valid(payload)

    return is_valid
