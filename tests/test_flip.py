"""Flipping one matrix line adds a working message with every type it needs."""

from __future__ import annotations

import importlib
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

from .conftest import run_generator
from .repo_copy import copy_repo


def test_flipping_get_variables(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    matrix = repo / "coverage_matrix.yaml"
    lines = matrix.read_text().splitlines(keepends=True)
    [index] = [i for i, line in enumerate(lines) if line.startswith("  GetVariables:")]
    lines[index] = lines[index].replace("implemented: no", "implemented: yes")  # the one-word edit
    matrix.write_text("".join(lines))

    result = run_generator(cwd=repo)
    assert result.returncode == 0, result.stderr

    report = (repo / "generated" / "SUPPORT.md").read_text()
    assert "CSMS->ChargingStation | GetVariables | yes |" in report
    assert "- Messages: 25/64" in report
    for name in ("GetVariableDataType", "GetVariableResultType", "ComponentType", "VariableType"):
        assert f"{name} | yes | GetVariables |" in report
    for name in ("AttributeEnumType", "GetVariableStatusEnumType"):
        assert f"{name} | yes | GetVariables |" in report

    package = tmp_path / "pkg"
    shutil.copytree(repo / "generated" / "ocpp201", package / "ocpp201_flip")
    sys.path.insert(0, str(package))
    try:
        flipped = importlib.import_module("ocpp201_flip")
    finally:
        sys.path.remove(str(package))
    request = flipped.decode(
        "GetVariablesRequest",
        {"getVariableData": [{"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}}]},
    )
    assert isinstance(request.get_variable_data[0].component, flipped.ComponentType)
    response = flipped.GetVariablesResponse(
        get_variable_result=[
            flipped.GetVariableResultType(
                attribute_status=flipped.GetVariableStatusEnumType.ACCEPTED,
                attribute_value="300",
                component=flipped.ComponentType(name="OCPPCommCtrlr"),
                variable=flipped.VariableType(name="HeartbeatInterval"),
            )
        ]
    )
    assert response.to_dict()["getVariableResult"][0]["attributeStatus"] == "Accepted"
    assert flipped.ACTIONS["GetVariables"].direction == "CSMS->ChargingStation"
    assert flipped.HeartbeatResponse(current_time=datetime(2024, 1, 1, tzinfo=timezone.utc)).to_dict()
