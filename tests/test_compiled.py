"""The compiled build (mypyc, the wheel `make dist` makes for this platform) passes the suites that
exercise the package, run again in a second pytest against it: the differential against the
oracle and the round trips, the codec's paths, validation, robustness, misuse, rpc and sessions.

It is compiled once per content of its sources (generator/compiled.py keeps it in .cache/), so an
unchanged tree costs only the second run (about a minute on 2 cores); a changed one adds the
compilation of the default build (30 seconds to a minute).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from setup import COMPILED_MODULES

from .conftest import BUILD, ROOT

pytest.importorskip("mypyc", reason="mypyc ships with mypy (the dev extra)")
pytest.importorskip("build", reason="the compiled wheel is built with `build` (the dev extra)")
pytestmark = [
    pytest.mark.skipif(BUILD is not None, reason="this is the run against the compiled build"),
    pytest.mark.skipif(
        shutil.which(os.environ.get("CC", "cc")) is None and shutil.which("gcc") is None,
        reason="no C compiler",
    ),
]

SUITES = [
    "tests/test_differential.py::test_verdicts_agree_with_the_oracle",
    "tests/test_differential.py::test_valid_payloads_round_trip",
    "tests/test_codec_paths.py",
    "tests/test_validation.py",
    "tests/test_robustness.py",
    "tests/test_misuse.py",
    "tests/test_rpc.py",
    "tests/test_session.py",
]


@pytest.fixture(scope="module")
def compiled() -> Path:
    from generator.compiled import compiled_build

    return compiled_build()


def test_the_wheel_is_compiled_and_needs_nothing(compiled: Path) -> None:
    [wheel] = compiled.glob("*.whl")
    assert not wheel.name.endswith("-none-any.whl")  # a wheel for this platform
    names = zipfile.ZipFile(wheel).namelist()
    for module in COMPILED_MODULES:
        assert any(n.startswith(f"ocpp201/{module}.") and n.endswith(".so") for n in names), module
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA")))
    requirements = [
        line for line in metadata.decode().splitlines() if line.startswith("Requires-Dist:")
    ]
    assert all("extra ==" in line for line in requirements)  # no runtime dependencies
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import ocpp201, sys; from ocpp201 import _codec, _runtime, datatypes, messages; "
            "print(ocpp201.COMPILED, [m.__file__.rsplit('.', 1)[-1] for m in "
            "(_codec, _runtime, datatypes, messages)])",
        ],
        cwd=compiled,
        env={**os.environ, "PYTHONPATH": str(compiled)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.stdout.split(maxsplit=1) == ["True", "['so', 'so', 'so', 'py']\n"], probe.stderr


def test_the_compiled_build_passes_the_suites(compiled: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUITES],
        cwd=ROOT,
        env={**os.environ, "OCPP201_TEST_BUILD": str(compiled)},
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout.splitlines()[-1]
