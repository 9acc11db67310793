"""Schema text ends up in generated Python (docstrings, literals, identifiers): hostile text
must either become safe, working code that keeps the text exactly, or be refused clearly."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import generate
from generator.errors import GeneratorError

from .conftest import ROOT, SCHEMAS


def _write_evil(folder: Path, schema: dict[str, Any]) -> None:
    """EvilRequest.json and EvilResponse.json, beside the 2.0.1 version profile."""
    shutil.copy(SCHEMAS / "profile.yaml", folder / "profile.yaml")
    for suffix in ("Request", "Response"):
        (folder / f"Evil{suffix}.json").write_text(json.dumps(schema))


CANARY = "hostile-canary"
DESCRIPTIONS = [
    'ends with a quote"',
    'triple """ quotes """ inside',
    "back\\slash \\n not a newline \\",
    "nul \x00 and bell \x07 and escape \x1b",
    "jinja {{ 1 + 1 }} and {% if true %}x{% endif %} and {# c #}",
    f'"""; import os; os.system("touch {CANARY}") #',
    f"'''; open('{CANARY}', 'w') #",
    "lone surrogate \ud800 and emoji \U0001f50c",
]
ENUM_VALUES = [
    'say "hi"',
    "it's",
    "new\nline",
    "tab\tbed",
    "Ünïcödé",
    "",
    "{{ x }}",
    "class",
    "__init__",
    "0start",
]
PROPERTIES = [
    "class",
    "from",
    "type",
    "id",
    "__init__",
    "__class__x",
    "1st",
    "Field",
    "value",
    "self",
    "cls",
    "wire",
    "item",
    "errors",
    "path",
    "key",
]


def _schema(description_of: dict[str, str]) -> dict[str, Any]:
    properties: dict[str, Any] = {"customData": {"$ref": "#/definitions/CustomDataType"}}
    for index, name in enumerate(PROPERTIES):
        properties[name] = {
            "type": "string",
            "maxLength": 8,
            "description": DESCRIPTIONS[index % len(DESCRIPTIONS)],
        }
    properties["choice"] = {"$ref": "#/definitions/ChoiceEnumType"}
    return {
        "$schema": "http://json-schema.org/draft-06/schema#",
        "definitions": {
            "CustomDataType": {
                "description": DESCRIPTIONS[5],
                "type": "object",
                "properties": {"vendorId": {"type": "string", "maxLength": 255}},
                "required": ["vendorId"],
            },
            "ChoiceEnumType": {
                "description": DESCRIPTIONS[1],
                "type": "string",
                "enum": ENUM_VALUES,
            },
        },
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "required": ["class"],
        **description_of,
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Any:
    base = tmp_path_factory.mktemp("hostile")
    schemas = base / "schemas"
    schemas.mkdir()
    _write_evil(schemas, _schema({"description": DESCRIPTIONS[5]}))
    matrix = base / "matrix.yaml"
    matrix.write_text(
        "package: hostile\nocpp_version: '0.0'\nrelease: 0\nmessages:\n  Evil: {direction: Both, implemented: yes}\n"
    )
    files = generate(schemas, matrix, ROOT / "templates", everything=False)
    for rel, text in files.items():
        (base / "out" / rel).parent.mkdir(parents=True, exist_ok=True)
        (base / "out" / rel).write_text(
            text, encoding="utf-8"
        )  # strict: no raw surrogates in the code
    sys.path.insert(0, str(base / "out"))
    cwd = Path.cwd()
    try:
        os.chdir(base)
        module = importlib.import_module("hostile")
    finally:
        os.chdir(cwd)
        sys.path.remove(str(base / "out"))
    assert not (base / CANARY).exists() and not (cwd / CANARY).exists(), "schema text ran at import"
    return module


def test_descriptions_become_inert_docstrings(hostile: Any) -> None:
    assert hostile.EvilRequest.__doc__ == DESCRIPTIONS[5]
    assert hostile.CustomDataType.__doc__ == DESCRIPTIONS[5]
    assert hostile.ChoiceEnumType.__doc__ == DESCRIPTIONS[1]


def test_enum_values_round_trip_exactly(hostile: Any) -> None:
    assert [m.value for m in hostile.ChoiceEnumType] == ENUM_VALUES
    names = [m.name for m in hostile.ChoiceEnumType]
    assert len(set(names)) == len(names) and all(n.isidentifier() for n in names)
    for value in ENUM_VALUES:
        request = hostile.decode("EvilRequest", {"class": "c", "choice": value})
        assert request.to_dict()["choice"] == value


def test_property_names_become_safe_fields(hostile: Any) -> None:
    wire = {name: name[:8] for name in PROPERTIES}
    request = hostile.decode("EvilRequest", wire)
    assert request.to_dict() == wire
    assert set(hostile.EvilRequest.WIRE_NAMES.values()) == set(PROPERTIES) | {
        "customData",
        "choice",
    }
    assert request.class_ == "class"
    assert hostile.validate("EvilRequest", {"class": "x" * 9})[0].path == "/class"
    assert hostile.validate("EvilRequest", {})[0].message == "required property 'class' is missing"


@pytest.mark.parametrize(
    ("properties", "expected"),
    [
        (["Name", "name"], "both map to the Python name 'name'"),
        (["a-b", "a_b"], "both map to the Python name 'a_b'"),
    ],
)
def test_clashing_property_names_are_refused(
    tmp_path: Path, properties: list[str], expected: str
) -> None:
    schema = _schema({})
    schema["properties"] = {name: {"type": "string"} for name in properties}
    schema["required"] = []
    _write_evil(tmp_path, schema)
    matrix = tmp_path / "matrix.yaml"
    matrix.write_text(
        "package: hostile\nocpp_version: '0.0'\nrelease: 0\nmessages:\n  Evil: {direction: Both, implemented: yes}\n"
    )
    with pytest.raises(GeneratorError, match=expected):
        generate(tmp_path, matrix, ROOT / "templates", everything=False)


def test_clashing_enum_member_names_are_refused(tmp_path: Path) -> None:
    schema = _schema({})
    schema["definitions"]["ChoiceEnumType"]["enum"] = ["a b", "a-b"]
    _write_evil(tmp_path, schema)
    matrix = tmp_path / "matrix.yaml"
    matrix.write_text(
        "package: hostile\nocpp_version: '0.0'\nrelease: 0\nmessages:\n  Evil: {direction: Both, implemented: yes}\n"
    )
    with pytest.raises(
        GeneratorError, match="values 'a b' and 'a-b' both map to the member name 'A_B'"
    ):
        generate(tmp_path, matrix, ROOT / "templates", everything=False)


@pytest.mark.parametrize("module", ["messages.py", "datatypes.py", "enums.py"])
def test_hostile_text_formats_the_same_in_pieces(hostile: Any, module: str) -> None:
    """Docstrings with quotes, backslashes and escapes: cutting bodies apart changes nothing."""
    from generator.format import format_python, format_sources, split_for_black

    formatted = (Path(hostile.__file__).parent / module).read_text(encoding="utf-8")
    unformatted = formatted.replace("\n\n\n", "\n")
    assert format_python(unformatted) == formatted
    if module != "enums.py":
        assert any(header for _, header, _ in split_for_black(unformatted, 3))
    assert format_sources({"m.py": unformatted}, workers=1, chunk_lines=3) == {"m.py": formatted}
