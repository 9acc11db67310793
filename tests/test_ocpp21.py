"""The generator is not tied to OCPP 2.0.1: from the OCPP 2.1 schemas (181 files, one of them a
one-way SEND message) and a matrix for them, `--all` builds an importable, mypy-clean package
whose validators agree with the oracle."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from .support.builds import OCPP21 as FIXTURE
from .support.builds import example_payload, ocpp21_package
from .support.mutants import mutants

SCHEMAS = FIXTURE / "schemas"
NAMES = sorted(p.stem for p in SCHEMAS.glob("*.json"))


def _schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ocpp21() -> ModuleType:
    return ocpp21_package()


def test_fixture_is_the_vendored_files() -> None:
    sums = dict(
        reversed(line.split(maxsplit=1))
        for line in (SCHEMAS / "SHA256SUMS").read_text().splitlines()
    )
    assert len(sums) == len(NAMES) == 181
    assert all(hashlib.sha256((SCHEMAS / n).read_bytes()).hexdigest() == d for n, d in sums.items())


def test_package_shape(ocpp21: ModuleType) -> None:
    assert ocpp21.OCPP_VERSION == "2.1" and ocpp21.__version__ == "2.1.0"
    assert sorted(ocpp21.MESSAGES) == NAMES
    assert len(ocpp21.ACTIONS) == 91
    one_way = ocpp21.ACTIONS["NotifyPeriodicEventStream"]
    assert one_way.request is ocpp21.NotifyPeriodicEventStream and one_way.response is None
    assert ocpp21.ACTIONS["BootNotification"].response is ocpp21.BootNotificationResponse


def test_package_passes_mypy_strict(ocpp21: ModuleType) -> None:
    package = Path(ocpp21.__file__).parent  # type: ignore[arg-type]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "ocpp21"],
        env={"MYPYPATH": str(package.parent), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("name", NAMES)
def test_validators_agree_with_the_oracle(ocpp21: ModuleType, name: str) -> None:
    schema = _schema(name)
    oracle = jsonschema.Draft6Validator(
        schema, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER
    )
    for full in (False, True):
        payload = example_payload(schema, full)
        assert oracle.is_valid(payload), payload
        instance = ocpp21.decode(name, payload)
        assert instance.to_dict() == payload
        assert json.loads(ocpp21.dumps(instance)) == payload
        disagreements = [
            (m.kind, m.pointer)
            for m in mutants(schema, payload)
            if (not ocpp21.validate(name, m.payload)) != oracle.is_valid(m.payload)
        ]
        assert disagreements == []
