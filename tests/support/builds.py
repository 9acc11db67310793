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
from typing import Any

from ..conftest import ROOT, run_generator
from .mutants import resolve

FIXTURES = ROOT / "tests" / "fixtures"
OCPP16 = FIXTURES / "ocpp16"
OCPP21 = FIXTURES / "ocpp21"

STREAM_PAYLOAD = {
    "id": 1,
    "pending": 0,
    "basetime": "2024-05-01T10:00:00Z",
    "data": [{"t": 0.5, "v": "230.1"}],
}
"""A valid OCPP 2.1 NotifyPeriodicEventStream, the one-way (SEND) message."""

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


def ocpp16_package() -> ModuleType:
    """`ocpp16`, built from tests/fixtures/ocpp16 (its schemas, profile, names and matrix)."""
    return build_package(OCPP16 / "schemas", OCPP16 / "coverage_matrix.yaml")


def ocpp21_package() -> ModuleType:
    """`ocpp21`, built from tests/fixtures/ocpp21 (its schemas, profile and matrix)."""
    return build_package(OCPP21 / "schemas", OCPP21 / "coverage_matrix.yaml")


def example_payload(schema: dict[str, Any], full: bool, root: dict[str, Any] | None = None) -> Any:
    """A valid value of `schema`: required properties only, or (`full`) every declared property."""
    root = schema if root is None else root
    schema = resolve(schema, root)
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][-1 if full else 0]
    if kind == "object":
        names = schema.get("properties", {}) if full else schema.get("required", [])
        return {n: example_payload(schema["properties"][n], full, root) for n in names}
    if kind == "array":
        count = max(schema.get("minItems", 0), 1 if full else 0)
        return [
            example_payload(schema["items"], full, root)
            for _ in range(min(count, schema.get("maxItems", count)))
        ]
    if kind == "string":
        return (
            "2024-05-01T10:00:00+02:00"
            if schema.get("format") == "date-time"
            else "v" * min(3, schema.get("maxLength", 3))
        )
    if kind in ("integer", "number"):
        low = schema.get("minimum", 0)
        return min(max(low, 1), schema.get("maximum", max(low, 1)))
    if kind == "boolean":
        return full
    return {"any": [1, None]}  # no type: any JSON value
