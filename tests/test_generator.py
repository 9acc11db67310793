"""The generator refuses what it does not implement, merges definitions strictly, is
deterministic, and never leaves a half-written output."""

from __future__ import annotations

import hashlib
import re
import json
import os
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import generate
from generator.errors import GeneratorError

from .conftest import ROOT, run_generator

MATRIX = "package: tiny\nocpp_version: '9.9'\nrelease: 3\nmessages:\n  Ping: {direction: Both, implemented: yes}\n"


def _request(**extra_property: Any) -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-06/schema#",
        "definitions": {
            "CustomDataType": {"type": "object", "properties": {"vendorId": {"type": "string", "maxLength": 255}}, "required": ["vendorId"]}
        },
        "type": "object",
        "additionalProperties": False,
        "properties": {"customData": {"$ref": "#/definitions/CustomDataType"}, **extra_property},
    }


def _tiny(tmp_path: Path, request: dict[str, Any], response: dict[str, Any] | None = None) -> tuple[Path, Path]:
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "PingRequest.json").write_text(json.dumps(request))
    (schemas / "PingResponse.json").write_text(json.dumps(response or _request()))
    matrix = tmp_path / "matrix.yaml"
    matrix.write_text(MATRIX)
    return schemas, matrix


def _generate(schemas: Path, matrix: Path) -> dict[str, str]:
    return generate(schemas, matrix, ROOT / "templates", everything=False)


@pytest.mark.parametrize(
    ("schema", "keyword", "pointer"),
    [
        ({"type": "string", "pattern": "^a"}, "pattern", "/properties/p"),
        ({"oneOf": [{"type": "string"}]}, "oneOf", "/properties/p"),
        ({"type": "integer", "exclusiveMaximum": 3}, "exclusiveMaximum", "/properties/p"),
        ({"type": "array", "items": {"type": "string", "minLength": 1}}, "minLength", "/properties/p/items"),
        ({"type": "number", "multipleOf": 2}, "multipleOf", "/properties/p"),
    ],
)
def test_unimplemented_keywords_are_refused_with_their_pointer(
    tmp_path: Path, schema: dict[str, Any], keyword: str, pointer: str
) -> None:
    schemas, matrix = _tiny(tmp_path, _request(p=schema))
    with pytest.raises(GeneratorError) as info:
        _generate(schemas, matrix)
    assert f"PingRequest.json#{pointer}" in str(info.value)
    assert repr(keyword) in str(info.value)


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "format": "email"}, "format 'email'"),
        ({"type": ["string", "null"]}, "list of types"),
        ({"type": "object", "properties": {}}, "inline object"),
        ({"$ref": "#/definitions/Nowhere"}, "no schema defines"),
        ({"$ref": "other.json#/definitions/X"}, "only local references"),
        ({"type": "integer", "maxLength": 3}, "'maxLength' is not implemented together with `type: integer`"),
    ],
)
def test_unsupported_constructs_are_refused(tmp_path: Path, schema: dict[str, Any], expected: str) -> None:
    schemas, matrix = _tiny(tmp_path, _request(p=schema))
    with pytest.raises(GeneratorError) as info:
        _generate(schemas, matrix)
    assert expected in str(info.value)
    assert "PingRequest.json#/properties/p" in str(info.value)


def test_same_named_definitions_must_agree(tmp_path: Path) -> None:
    response = _request()
    response["definitions"]["CustomDataType"]["properties"]["vendorId"]["maxLength"] = 36
    schemas, matrix = _tiny(tmp_path, _request(), response)
    with pytest.raises(GeneratorError) as info:
        _generate(schemas, matrix)
    assert "'CustomDataType'" in str(info.value)
    assert "PingRequest.json" in str(info.value) and "PingResponse.json" in str(info.value)


def test_definitions_differing_only_in_description_merge(tmp_path: Path) -> None:
    response = _request()
    response["definitions"]["CustomDataType"]["description"] = "other words"
    schemas, matrix = _tiny(tmp_path, _request(), response)
    assert "tiny/datatypes.py" in _generate(schemas, matrix)


def test_matrix_and_schemas_must_match(tmp_path: Path) -> None:
    schemas, matrix = _tiny(tmp_path, _request())
    matrix.write_text(MATRIX + "  Pong: {direction: Both, implemented: no}\n")
    with pytest.raises(GeneratorError, match=r"matrix.yaml:6: unknown message 'Pong': no schema PongRequest.json or Pong.json; did you mean 'Ping'\?"):
        _generate(schemas, matrix)
    matrix.write_text(MATRIX.replace("Ping:", "Zzzz:"))
    with pytest.raises(GeneratorError, match=r"matrix.yaml:5: unknown message 'Zzzz': .*; check the spelling"):
        _generate(schemas, matrix)
    for kind in ("Request", "Response"):  # a second message, so that the matrix can list Pong alone
        (schemas / f"Pong{kind}.json").write_text((schemas / f"Ping{kind}.json").read_text())
    matrix.write_text(MATRIX.replace("Ping:", "Pong:"))
    with pytest.raises(GeneratorError, match=r"message 'Ping' \(PingRequest.json\) is missing from the matrix"):
        _generate(schemas, matrix)
    for kind in ("Request", "Response"):
        (schemas / f"Pong{kind}.json").unlink()
    matrix.write_text(MATRIX)
    (schemas / "PingResponse.json").unlink()
    with pytest.raises(GeneratorError, match="PingRequest.json has no PingResponse.json"):
        _generate(schemas, matrix)
    (schemas / "PingResponse.json").write_text("{not json")
    with pytest.raises(GeneratorError, match="PingResponse.json: not a JSON file"):
        _generate(schemas, matrix)


def _tree_digest(path: Path) -> dict[str, str]:
    return {
        p.relative_to(path).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    digests = []
    for seed in ("0", "1", "4242"):
        out = tmp_path / seed
        result = run_generator("--out", str(out), env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        digests.append(_tree_digest(out))
    assert digests[0] == digests[1] == digests[2]
    assert digests[0] == _tree_digest(ROOT / "generated")


def test_failed_run_leaves_output_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert run_generator("--out", str(out)).returncode == 0
    before = _tree_digest(out)

    def explode(self: Path, data: bytes) -> int:
        if self.name == "messages.py":
            raise OSError(28, "No space left on device")
        return original(self, data)

    original = Path.write_bytes
    monkeypatch.setattr(Path, "write_bytes", explode)
    from generator.__main__ import main

    assert main(["--all", "--out", str(out)]) == 1
    monkeypatch.undo()
    assert _tree_digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left behind


def test_bad_input_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    schemas, matrix = _tiny(tmp_path, _request(p={"type": "string", "pattern": "x"}))
    out = tmp_path / "out"
    result = run_generator("--schemas", str(schemas), "--matrix", str(matrix), "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("name", ["Bad Name", "__import__", "x_y", "Ünicode", "None"])
def test_definition_names_that_are_not_class_names_are_refused(tmp_path: Path, name: str) -> None:
    request = _request(p={"$ref": f"#/definitions/{name}"})
    request["definitions"][name] = {"type": "object", "properties": {}}
    schemas, matrix = _tiny(tmp_path, request)
    with pytest.raises(GeneratorError, match="cannot be a Python class name"):
        _generate(schemas, matrix)


def test_declared_overrides_apply_and_are_reported(tmp_path: Path) -> None:
    schemas, matrix = _tiny(tmp_path, _request(p={"type": "string", "maxLength": 5}, q={"type": "integer"}))
    (schemas / "overrides.yaml").write_text(
        "overrides:\n"
        "  - file: PingRequest.json\n"
        "    pointer: /properties/p/maxLength\n"
        "    remove: true\n"
        "    reason: erratum 42 lifts the limit\n"
        "  - file: PingRequest.json\n"
        "    pointer: /properties/q/type\n"
        "    value: number\n"
        "    reason: local decision\n"
    )
    files = _generate(schemas, matrix)
    messages = files["tiny/messages.py"]
    assert "_too_long" not in messages and "p: str | None = None" in messages
    assert "q: float | None = None" in messages
    report = files["SUPPORT.md"]
    assert "PingRequest.json | `/properties/p/maxLength` | removed | erratum 42 lifts the limit |" in report
    assert 'PingRequest.json | `/properties/q/type` | set to `"number"` | local decision |' in report
    assert json.loads((schemas / "PingRequest.json").read_text())["properties"]["p"]["maxLength"] == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("overrides:\n  - {file: PingRequest.json, pointer: /properties/nope/maxLength, remove: true, reason: r}\n", "no such member"),
        ("overrides:\n  - {file: NopeRequest.json, pointer: /properties, remove: true, reason: r}\n", "no such schema file"),
        ("overrides:\n  - {file: PingRequest.json, pointer: /properties, reason: r}\n", "either `value: ...` or `remove: true`"),
        ("overrides:\n  - {file: PingRequest.json, pointer: /properties, remove: true}\n", "needs `file`, `pointer`, `reason`"),
    ],
)
def test_bad_overrides_are_refused(tmp_path: Path, text: str, expected: str) -> None:
    schemas, matrix = _tiny(tmp_path, _request(p={"type": "string", "maxLength": 5}))
    (schemas / "overrides.yaml").write_text(text)
    with pytest.raises(GeneratorError, match=re.escape(expected)):
        _generate(schemas, matrix)


def test_schema_file_order_does_not_matter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forward = generate(ROOT / "schemas", ROOT / "coverage_matrix.yaml", ROOT / "templates", everything=False)
    original_glob = Path.glob

    def reversed_glob(self: Path, pattern: str) -> list[Path]:
        return sorted(original_glob(self, pattern), reverse=True)

    monkeypatch.setattr(Path, "glob", reversed_glob)
    backward = generate(ROOT / "schemas", ROOT / "coverage_matrix.yaml", ROOT / "templates", everything=False)
    assert forward == backward


@pytest.mark.parametrize("module", ["messages.py", "_codec.py"])
def test_chunked_formatting_equals_whole_module_formatting(module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.render
    from generator.format import format_python, format_sources, split_before_classes

    rendered: dict[str, str] = {}  # the sources as the templates write them, before black

    def keep(sources: dict[str, str]) -> dict[str, str]:
        rendered.update(sources)
        return sources

    monkeypatch.setattr(generator.render, "format_sources", keep)
    generate(ROOT / "schemas", ROOT / "coverage_matrix.yaml", ROOT / "templates", everything=False)
    unformatted = rendered[f"ocpp201/{module}"]
    assert len(split_before_classes(unformatted, chunk_lines=300)) > 2
    whole = format_python(unformatted)
    assert whole == (ROOT / "generated" / "ocpp201" / module).read_text()
    assert format_sources({"m.py": unformatted}, workers=2) == {"m.py": whole}


GOOD_REQUEST = _request(p={"type": "string", "maxLength": 5})
BAD_INPUTS = {
    "typo in matrix": ("matrix", MATRIX.replace("Ping:", "Pnig:")),
    "message missing from matrix": ("matrix", MATRIX.replace("  Ping: {direction: Both, implemented: yes}\n", "  Ping2: {direction: Both, implemented: no}\n")),
    "duplicate key": ("matrix", MATRIX + "  Ping: {direction: Both, implemented: no}\n"),
    "implemented: maybe": ("matrix", MATRIX.replace("implemented: yes", "implemented: maybe")),
    "unknown direction": ("matrix", MATRIX.replace("Both", "Sideways")),
    "YAML syntax error": ("matrix", MATRIX.replace("implemented: yes}", "implemented: yes")),
    "empty matrix": ("matrix", ""),
    "schema not JSON": ("PingRequest.json", "{oops"),
    "dangling $ref": ("PingRequest.json", json.dumps(_request(p={"$ref": "#/definitions/Gone"}))),
    "request without response": ("PingResponse.json", None),
    "pattern keyword": ("PingRequest.json", json.dumps(_request(p={"type": "string", "pattern": "x"}))),
    "oneOf keyword": ("PingRequest.json", json.dumps(_request(p={"oneOf": [{"type": "string"}]}))),
    "exclusiveMaximum keyword": ("PingRequest.json", json.dumps(_request(p={"type": "integer", "exclusiveMaximum": 1}))),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_leaves_generated_output_byte_for_byte(tmp_path: Path, case: str) -> None:
    schemas, matrix = _tiny(tmp_path, GOOD_REQUEST)
    out = tmp_path / "out"
    args = ("--schemas", str(schemas), "--matrix", str(matrix), "--out", str(out))
    assert run_generator(*args).returncode == 0
    before = _tree_digest(out)
    target, content = BAD_INPUTS[case]
    path = matrix if target == "matrix" else schemas / target
    if content is None:
        path.unlink()
    else:
        path.write_text(content)
    result = run_generator(*args)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.stderr
    assert _tree_digest(out) == before
