"""The generator refuses what it does not implement, merges definitions strictly, is
deterministic, and never leaves a half-written output."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
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
            "CustomDataType": {
                "type": "object",
                "properties": {"vendorId": {"type": "string", "maxLength": 255}},
                "required": ["vendorId"],
            }
        },
        "type": "object",
        "additionalProperties": False,
        "properties": {"customData": {"$ref": "#/definitions/CustomDataType"}, **extra_property},
    }


def _tiny(
    tmp_path: Path, request: dict[str, Any], response: dict[str, Any] | None = None
) -> tuple[Path, Path]:
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "PingRequest.json").write_text(json.dumps(request))
    (schemas / "PingResponse.json").write_text(json.dumps(response or _request()))
    shutil.copy(ROOT / "schemas" / "profile.yaml", schemas / "profile.yaml")
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
        (
            {"type": "array", "items": {"type": "string", "minLength": 1}},
            "minLength",
            "/properties/p/items",
        ),
        ({"type": "integer", "multipleOf": 2}, "multipleOf", "/properties/p"),
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
        ({"type": "string", "enum": [1, 2]}, "must be a non-empty list of strings"),
        ({"$ref": "#/definitions/Nowhere"}, "no schema defines"),
        ({"$ref": "other.json#/definitions/X"}, "only local references"),
        (
            {"type": "integer", "maxLength": 3},
            "'maxLength' is not implemented together with `type: integer`",
        ),
    ],
)
def test_unsupported_constructs_are_refused(
    tmp_path: Path, schema: dict[str, Any], expected: str
) -> None:
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
    with pytest.raises(
        GeneratorError,
        match=r"matrix.yaml:6: unknown message 'Pong': no schema PongRequest.json; did you mean 'Ping'\?",
    ):
        _generate(schemas, matrix)
    matrix.write_text(MATRIX.replace("Ping:", "Zzzz:"))
    with pytest.raises(
        GeneratorError, match=r"matrix.yaml:5: unknown message 'Zzzz': .*; check the spelling"
    ):
        _generate(schemas, matrix)
    for kind in ("Request", "Response"):  # a second message, so that the matrix can list Pong alone
        (schemas / f"Pong{kind}.json").write_text((schemas / f"Ping{kind}.json").read_text())
    matrix.write_text(MATRIX.replace("Ping:", "Pong:"))
    with pytest.raises(
        GeneratorError, match=r"message 'Ping' \(PingRequest.json\) is missing from the matrix"
    ):
        _generate(schemas, matrix)
    for kind in ("Request", "Response"):
        (schemas / f"Pong{kind}.json").unlink()
    matrix.write_text(MATRIX)
    (schemas / "PingResponse.json").unlink()
    with pytest.raises(GeneratorError, match="PingRequest.json has no PingResponse.json"):
        _generate(schemas, matrix)
    (schemas / "PingResponse.json").write_text("{not json")
    with pytest.raises(GeneratorError, match="PingResponse.json:1: not a JSON file"):
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


def test_failed_run_leaves_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert run_generator("--out", str(out)).returncode == 0
    # An owned file edited by hand: the next run must rewrite it, whatever the matrix says.
    with (out / "ocpp201" / "messages.py").open("a") as edited:
        edited.write("# edited\n")
    before = _tree_digest(out)
    from generator import write
    from generator.__main__ import main

    original = write._write_new

    def explode(path: Path, data: bytes) -> None:
        if path.name.startswith(".messages.py."):  # staged after most other files
            raise OSError(28, "No space left on device", str(path))
        original(path, data)

    monkeypatch.setattr(write, "_write_new", explode)

    assert main(["--out", str(out)]) == 1
    monkeypatch.undo()
    assert _tree_digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left behind
    assert not [
        p for p in out.rglob("*") if p.name.startswith(".") and p.name != ".generator-manifest"
    ]


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
    schemas, matrix = _tiny(
        tmp_path, _request(p={"type": "string", "maxLength": 5}, q={"type": "integer"})
    )
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
    assert "q: float | int | None = None" in messages
    report = files["SUPPORT.md"]
    assert (
        "PingRequest.json | `/properties/p/maxLength` | removed | erratum 42 lifts the limit |"
        in report
    )
    assert (
        'PingRequest.json | `/properties/q/type` | set to `"number"` | local decision |' in report
    )
    assert (
        json.loads((schemas / "PingRequest.json").read_text())["properties"]["p"]["maxLength"] == 5
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "overrides:\n  - {file: PingRequest.json, pointer: /properties/nope/maxLength, remove: true, reason: r}\n",
            "no such member",
        ),
        (
            "overrides:\n  - {file: NopeRequest.json, pointer: /properties, remove: true, reason: r}\n",
            "no such schema file",
        ),
        (
            "overrides:\n  - {file: PingRequest.json, pointer: /properties, reason: r}\n",
            "either `value: ...` or `remove: true`",
        ),
        (
            "overrides:\n  - {file: PingRequest.json, pointer: /properties, remove: true}\n",
            "needs `file`, `pointer`, `reason`",
        ),
    ],
)
def test_bad_overrides_are_refused(tmp_path: Path, text: str, expected: str) -> None:
    schemas, matrix = _tiny(tmp_path, _request(p={"type": "string", "maxLength": 5}))
    (schemas / "overrides.yaml").write_text(text)
    with pytest.raises(GeneratorError, match=re.escape(expected)):
        _generate(schemas, matrix)


def test_schema_file_order_does_not_matter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forward = generate(
        ROOT / "schemas", ROOT / "coverage_matrix.yaml", ROOT / "templates", everything=False
    )
    original_glob = Path.glob

    def reversed_glob(self: Path, pattern: str) -> list[Path]:
        return sorted(original_glob(self, pattern), reverse=True)

    monkeypatch.setattr(Path, "glob", reversed_glob)
    backward = generate(
        ROOT / "schemas", ROOT / "coverage_matrix.yaml", ROOT / "templates", everything=False
    )
    assert forward == backward


@pytest.mark.parametrize("module", ["messages.py", "datatypes.py", "_codec.py"])
@pytest.mark.parametrize("chunk_lines", [3, 40, 300])
def test_chunked_formatting_equals_whole_module_formatting(
    module: str, chunk_lines: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.render
    from generator.format import (
        format_python,
        format_sources,
        split_before_classes,
        split_for_black,
    )

    rendered: dict[str, str] = {}  # the sources as the templates write them, before black

    def keep(sources: dict[str, str]) -> dict[str, str]:
        rendered.update(sources)
        return sources

    monkeypatch.setattr(generator.render, "format_sources", keep)
    generate(ROOT / "schemas", ROOT / "coverage_matrix.yaml", ROOT / "templates", everything=False)
    unformatted = rendered[f"ocpp201/{module}"]
    assert len(split_before_classes(unformatted, chunk_lines=300)) > 1
    if chunk_lines == 3:  # cut inside class and function bodies, too
        assert sum(1 for _, header, _ in split_for_black(unformatted, chunk_lines) if header) > 10
    whole = format_python(unformatted)
    assert whole == (ROOT / "generated" / "ocpp201" / module).read_text()
    assert format_sources({"m.py": unformatted}, workers=2, chunk_lines=chunk_lines) == {
        "m.py": whole
    }


GOOD_REQUEST = _request(p={"type": "string", "maxLength": 5})
BAD_INPUTS = {
    "typo in matrix": ("matrix", MATRIX.replace("Ping:", "Pnig:")),
    "message missing from matrix": (
        "matrix",
        MATRIX.replace(
            "  Ping: {direction: Both, implemented: yes}\n",
            "  Ping2: {direction: Both, implemented: no}\n",
        ),
    ),
    "duplicate key": ("matrix", MATRIX + "  Ping: {direction: Both, implemented: no}\n"),
    "implemented: maybe": ("matrix", MATRIX.replace("implemented: yes", "implemented: maybe")),
    "unknown direction": ("matrix", MATRIX.replace("Both", "Sideways")),
    "YAML syntax error": ("matrix", MATRIX.replace("implemented: yes}", "implemented: yes")),
    "empty matrix": ("matrix", ""),
    "schema not JSON": ("PingRequest.json", "{oops"),
    "dangling $ref": ("PingRequest.json", json.dumps(_request(p={"$ref": "#/definitions/Gone"}))),
    "request without response": ("PingResponse.json", None),
    "pattern keyword": (
        "PingRequest.json",
        json.dumps(_request(p={"type": "string", "pattern": "x"})),
    ),
    "oneOf keyword": ("PingRequest.json", json.dumps(_request(p={"oneOf": [{"type": "string"}]}))),
    "exclusiveMaximum keyword": (
        "PingRequest.json",
        json.dumps(_request(p={"type": "integer", "exclusiveMaximum": 1})),
    ),
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


def _nested_schema(depth: int) -> str:
    return json.dumps(_request(p={"type": "string"})).replace(
        '{"type": "string"}',
        '{"type": "array", "items": ' * depth + '{"type": "string"}' + "}" * depth,
    )


def _number_schema(value: str) -> str:
    return json.dumps(_request(p={"type": "number", "minimum": 12345})).replace("12345", value)


def _override(value: str) -> str:
    return f"overrides:\n  - file: PingRequest.json\n    pointer: /properties/p/maxLength\n    value: {value}\n    reason: r\n"


# name -> (file to write (or "symlink"/"folder" to put there), content, the error line's expected part)
HOSTILE_INPUTS: dict[str, tuple[str, str | bytes | None, str]] = {
    "matrix in Latin-1": (
        "matrix.yaml",
        MATRIX.replace("Ping:", "Pi\xe9ng:").encode("latin-1"),
        "matrix.yaml:5: byte 0xe9 at column 5 is not UTF-8",
    ),
    "matrix in UTF-16": (
        "matrix.yaml",
        MATRIX.encode("utf-16"),
        "matrix.yaml:1: the coverage matrix is UTF-16",
    ),
    "matrix in UTF-16 without BOM": (
        "matrix.yaml",
        MATRIX.encode("utf-16-le"),
        "matrix.yaml:1: NUL byte at column 2",
    ),
    "NUL byte in the matrix": (
        "matrix.yaml",
        MATRIX.replace("Ping:", "Pi\0ng:"),
        "matrix.yaml:5: NUL byte at column 5",
    ),
    "complex key": (
        "matrix.yaml",
        MATRIX + "  ? [a, b]\n  : {direction: Both, implemented: no}\n",
        "matrix.yaml:6: complex key `? [a, b]` is not allowed",
    ),
    "merge key, duplicate explicit key": (
        "matrix.yaml",
        MATRIX.replace("Ping: {", "Ping: &p {")
        + "  Pong: {<<: *p, implemented: no, implemented: yes}\n",
        "matrix.yaml:6: duplicate key 'implemented' (first on line 6)",
    ),
    "yes: key": (
        "matrix.yaml",
        MATRIX + "  yes: {direction: Both, implemented: no}\n",
        "matrix.yaml:6: message name 'yes' is not an action name",
    ),
    "~: key": (
        "matrix.yaml",
        MATRIX + "  ~: {direction: Both, implemented: no}\n",
        "matrix.yaml:6: message name '~' is not an action name",
    ),
    "ocpp_version with a quote": (
        "matrix.yaml",
        MATRIX.replace("'9.9'", "'9.9\"'"),
        'matrix.yaml:2: `ocpp_version: 9.9"` must be a version',
    ),
    "ocpp_version with a newline": (
        "matrix.yaml",
        MATRIX.replace("'9.9'", '"9.9\\n"'),
        "matrix.yaml:2: `ocpp_version: '9.9\\n'` must be a version",
    ),
    "package: json": (
        "matrix.yaml",
        MATRIX.replace("tiny", "json"),
        "matrix.yaml:1: `package: json` is a standard-library module",
    ),
    "package: class": (
        "matrix.yaml",
        MATRIX.replace("tiny", "class"),
        "matrix.yaml:1: `package: class` is a Python keyword",
    ),
    "package: a.b": (
        "matrix.yaml",
        MATRIX.replace("tiny", "a.b"),
        "matrix.yaml:1: `package: a.b` is not a Python identifier",
    ),
    "dangling symlink": (
        "GhostRequest.json",
        "symlink",
        "GhostRequest.json: is a symbolic link to nothing",
    ),
    "folder named X.json": ("FolderRequest.json", "folder", "FolderRequest.json: is a folder"),
    "overrides.yaml a folder": (
        "overrides.yaml",
        "folder",
        "overrides.yaml: the overrides file is a folder",
    ),
    "overrides.yaml a dangling symlink": (
        "overrides.yaml",
        "symlink",
        "overrides.yaml: the overrides file is a symbolic link",
    ),
    "overrides.yaml in UTF-16": (
        "overrides.yaml",
        _override("3").encode("utf-16"),
        "overrides.yaml:1: the overrides file is UTF-16",
    ),
    "override value .inf": (
        "overrides.yaml",
        _override(".inf"),
        "overrides.yaml:2: override 1: `value`: inf is not a finite number",
    ),
    "override value of aliases expanding to 10**9": (
        "overrides.yaml",
        _override(
            "\n"
            + "".join(
                f"      l{i}: &l{i} [{', '.join([f'*l{i - 1}' if i else '1'] * 10)}]\n"
                for i in range(9)
            )
        ),
        "overrides.yaml:2: override 1: `value`: more than 100,000 values",
    ),
    "override value of aliases nested 130 deep": (
        "overrides.yaml",
        _override(
            "\n      a: &a "
            + "[" * 60
            + "]" * 60
            + "\n      b: &b "
            + "[" * 60
            + "*a"
            + "]" * 60
            + "\n      c: [*b]"
        ),
        "overrides.yaml:2: override 1: `value`: nested more than 64 levels deep",
    ),
    "override value a date": (
        "overrides.yaml",
        _override("2024-01-01"),
        "overrides.yaml:2: override 1: `value`: a date (2024-01-01)",
    ),
    "schema nested 900 deep": (
        "PingRequest.json",
        _nested_schema(900),
        "PingRequest.json:1: nested more than 64 levels deep",
    ),
    "schema of 200,000 [": (
        "PingRequest.json",
        "[" * 200_000,
        "PingRequest.json:1: nested more than 64 levels deep (column 65)",
    ),
    "schema nested 65 deep over lines": (
        "PingRequest.json",
        "[\n" * 65,
        "PingRequest.json:65: nested more than 64 levels deep",
    ),
    "minimum: -Infinity": (
        "PingRequest.json",
        _number_schema("-Infinity"),
        "PingRequest.json#/properties/p/minimum: -Infinity is not a finite number",
    ),
    "minimum: NaN": (
        "PingRequest.json",
        _number_schema("NaN"),
        "PingRequest.json#/properties/p/minimum: NaN is not a finite number",
    ),
    "minimum: 1e400": (
        "PingRequest.json",
        _number_schema("1e400"),
        "PingRequest.json#/properties/p/minimum: 1e400 is not a finite number",
    ),
    "minimum: -1e400": (
        "PingRequest.json",
        _number_schema("-1e400"),
        "PingRequest.json#/properties/p/minimum: -1e400 is not a finite number",
    ),
    "integer of 5000 digits": (
        "PingRequest.json",
        _number_schema("9" * 5000),
        "PingRequest.json: not a JSON file: Exceeds the limit",
    ),
    "schema in Latin-1": (
        "PingRequest.json",
        json.dumps(_request(p={"description": "caf\xe9"}), ensure_ascii=False).encode("latin-1"),
        "PingRequest.json:1: byte 0xe9",
    ),
}


@pytest.fixture(scope="module")
def previous_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("previous")
    schemas, matrix = _tiny(base, GOOD_REQUEST)
    assert (
        run_generator(
            "--schemas", str(schemas), "--matrix", str(matrix), "--out", str(base / "out")
        ).returncode
        == 0
    )
    return base / "out"


@pytest.mark.parametrize("case", sorted(HOSTILE_INPUTS))
def test_hostile_input_is_one_error_line_and_changes_nothing(
    tmp_path: Path, previous_output: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    from generator.__main__ import main

    schemas, matrix = _tiny(tmp_path, GOOD_REQUEST)
    name, content, expected = HOSTILE_INPUTS[case]
    path = matrix if name == "matrix.yaml" else schemas / name
    if content == "symlink":
        path.symlink_to(tmp_path / "nowhere")
    elif content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        assert content is not None
        path.write_text(content, encoding="utf-8")
    before = _tree_digest(previous_output)
    assert (
        main(["--schemas", str(schemas), "--matrix", str(matrix), "--out", str(previous_output)])
        == 1
    )
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("error: "), error
    assert expected in error
    assert _tree_digest(previous_output) == before


def test_every_error_is_printed_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A control character reaching a message from the input is escaped, not printed."""
    from generator.__main__ import main

    schemas, matrix = _tiny(tmp_path, _request(p={"type": "string\nwith a newline\r\x1b[2J"}))
    assert (
        main(["--schemas", str(schemas), "--matrix", str(matrix), "--out", str(tmp_path / "out")])
        == 1
    )
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "\\x1b[2J" in error and "\x1b" not in error


def _one_class_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fields: int, module: str = "messages.py"
) -> str:
    """The rendered, not yet formatted, `module` (the declarations, or the codec) of one request
    with `fields` fields."""
    from generator import render

    properties = {
        f"field{i}": {"type": "string", "maxLength": 20, "description": f"Field {i}."}
        for i in range(fields)
    }
    base = tmp_path / f"{fields}-{module}"
    base.mkdir()
    schemas, matrix = _tiny(base, _request(**properties))
    captured: dict[str, str] = {}

    def capture(sources: dict[str, str]) -> dict[str, str]:
        captured.update(sources)
        return dict(sources)

    monkeypatch.setattr(render, "format_sources", capture)
    generate(schemas, matrix, ROOT / "templates", everything=False)
    monkeypatch.undo()
    return captured[f"tiny/{module}"]


def test_one_huge_class_reaches_black_in_bounded_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.format import CHUNK_LINES, split_for_black

    fields = 2000
    module = _one_class_module(tmp_path, monkeypatch, fields)
    jobs = split_for_black(module)
    sizes = [piece.count("\n") for _, _, piece in jobs]
    assert "".join(piece for _, _, piece in jobs).split() == module.split()  # all of it, once
    assert len(jobs) > module.count("\n") // (2 * CHUNK_LINES)
    # no piece is much longer than CHUNK_LINES, but for the few single statements of one line
    # per field (WIRE_NAMES, the constructor call), which black formats in linear time
    assert max(sizes) < CHUNK_LINES + fields + 100, sizes


@pytest.mark.parametrize(
    ("module", "inside"), [("messages.py", "class _:\n"), ("_codec.py", "def _():\n")]
)
def test_formatting_one_huge_class_in_pieces_equals_formatting_it_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, inside: str
) -> None:
    from generator.format import format_python, format_sources, split_for_black

    source = _one_class_module(tmp_path, monkeypatch, 150, module)
    assert (
        sum(1 for _, header, _ in split_for_black(source, 40) if header == inside) > 3
    )  # cut inside the body
    assert format_sources({"m.py": source}, workers=2, chunk_lines=40) == {
        "m.py": format_python(source)
    }


def test_black_runs_without_the_cyclic_garbage_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector made black quadratic in the size of a piece (it kept re-scanning the tree)."""
    import gc

    from generator import format as fmt

    def collections() -> int:
        return sum(generation["collections"] for generation in gc.get_stats())

    calls: list[tuple[bool, int]] = []
    original = fmt.black.format_str

    def spy(source: str, *, mode: Any) -> str:
        before = collections()
        result = original(source, mode=mode)
        calls.append((gc.isenabled(), collections() - before))
        return result

    monkeypatch.setattr(fmt.black, "format_str", spy)
    source = (ROOT / "generated" / "ocpp201" / "datatypes.py").read_text()
    assert fmt.format_python(source.replace("\n\n\n", "\n")) == source
    assert calls == [(False, 0)]
    assert gc.isenabled()


def test_formatting_time_grows_linearly_with_the_size_of_one_class(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """50 and 800 fields: the CPU time of formatting grows like the line count, not faster
    (before, black's time on one class of 800 fields was twice that)."""
    import time

    from generator.format import format_sources

    small, large = (_one_class_module(tmp_path, monkeypatch, n) for n in (50, 800))
    seconds = []
    for module, repeat in ((small, 3), (large, 1)):
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            format_sources({"m.py": module}, workers=1)
            best = min(best, time.process_time() - start)
        seconds.append(best)
    lines = large.count("\n") / small.count("\n")
    assert seconds[1] / seconds[0] < 1.5 * lines, (seconds, lines)


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (ROOT / "templates" / "runtime").glob("*.py"))
)
def test_runtime_modules_are_shipped_as_written(name: str) -> None:
    """Runtime modules are copied, not formatted: their source must already be black's output,
    so the file an editor shows is the file in the package, line for line."""
    from generator.format import format_python

    source = (ROOT / "templates" / "runtime" / name).read_text(encoding="utf-8")
    assert format_python(source, name) == source
    assert (ROOT / "generated" / "ocpp201" / name).read_text(encoding="utf-8") == source
