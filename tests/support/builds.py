"""Packages generated at test time from the schema fixtures of other OCPP versions (or of a
profile made up for a test), each built once per test process and imported under the package
name its matrix gives."""

from __future__ import annotations

import atexit
import importlib
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from ..conftest import ROOT, run_generator

FIXTURES = ROOT / "tests" / "fixtures"
OCPP21 = FIXTURES / "ocpp21"

_BUILT: dict[tuple[Path, Path], ModuleType] = {}


def build_package(schemas: Path, matrix: Path) -> ModuleType:
    """The package the generator builds (`--all`) from `schemas` and `matrix`, imported; the same
    module for the same inputs within one test process."""
    key = (schemas.resolve(), matrix.resolve())
    if key in _BUILT:
        return _BUILT[key]
    out = Path(tempfile.mkdtemp(prefix="ocpp-build-"))
    atexit.register(shutil.rmtree, out, True)
    result = run_generator(
        "--schemas", str(schemas), "--matrix", str(matrix), "--all", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    (package,) = [p.name for p in out.iterdir() if (p / "__init__.py").is_file()]
    assert package not in sys.modules, f"another build already imported {package}"
    sys.path.insert(0, str(out))
    try:
        module = importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
    _BUILT[key] = module
    return module


def ocpp21_package() -> ModuleType:
    """`ocpp21`, built from tests/fixtures/ocpp21 (its schemas, profile and matrix)."""
    return build_package(OCPP21 / "schemas", OCPP21 / "coverage_matrix.yaml")
