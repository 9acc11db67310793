"""What this checkout's build implements, read from coverage_matrix.yaml.

Tests take every "is it implemented?" answer from here (or from `ocpp201.IMPLEMENTED_ACTIONS`),
never from a count or a list of their own, so that flipping a matrix line keeps them valid.
"""

from __future__ import annotations

import pytest

from generator.matrix import Matrix, load_matrix

from ..conftest import ROOT

MATRIX_FILE = ROOT / "coverage_matrix.yaml"


def matrix() -> Matrix:
    return load_matrix(MATRIX_FILE)


def implemented_actions() -> frozenset[str]:
    return frozenset(e.action for e in matrix().entries if e.implemented)


def unimplemented_actions() -> list[str]:
    """The matrix lines marked `no`, in matrix order."""
    return [e.action for e in matrix().entries if not e.implemented]


def unimplemented_action() -> str:
    """One message the build leaves out; skips the calling test when every message is implemented."""
    left_out = unimplemented_actions()
    if not left_out:
        pytest.skip(
            "every message of the matrix is implemented, so none can be refused as not implemented"
        )
    return left_out[0]
