"""The docs site: it builds with --strict (no broken link, no warning), and its reference has an
entry for every implemented message, data type and enumeration, with every field's wire name
and constraints. What is implemented comes from the matrix and the generator's model, not from
the package the reference is made from."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.closure import select
from generator.load import load_schemas
from generator.matrix import load_matrix
from generator.model import (
    AnyType,
    ArrayType,
    BooleanType,
    DateTimeType,
    EnumRef,
    IntegerType,
    Model,
    NumberType,
    ObjectRef,
    ObjectType,
    StringType,
    ValueType,
    build_model,
)

from .conftest import ROOT, SCHEMAS
from .support.implemented import MATRIX_FILE, implemented_actions

pytest.importorskip("mkdocs")
pytest.importorskip("mkdocstrings")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert "WARNING" not in built.stderr, built.stderr
    return out


@pytest.fixture(scope="module")
def model() -> Model:
    return build_model(load_schemas(SCHEMAS), load_matrix(MATRIX_FILE))


def _page(site: Path, path: str) -> str:
    page = site / path / "index.html"
    assert page.is_file(), f"no page {path}"
    return page.read_text(encoding="utf-8")


def _section(page: str, heading_id: str) -> str:
    """The HTML from the heading with this id to the next heading of its level or above."""
    start = page.index(f'id="{heading_id}"')
    following = re.compile(r"<h[12][ >]").search(page, start + 1)
    return page[start : following.start() if following else len(page)]


def _numbers(t: ValueType) -> list[str]:
    """The bounds the schema puts on a value, as the reference must show them."""
    match t:
        case StringType(max_length) | DateTimeType(max_length):
            found = [max_length]
        case IntegerType(minimum, maximum) | NumberType(minimum, maximum):
            found = [minimum, maximum]
        case ArrayType(item, low, high):
            return [repr(n) for n in (low, high) if n is not None] + _numbers(item)
        case BooleanType() | AnyType() | EnumRef() | ObjectRef():
            found = []
    return [repr(n) for n in found if n is not None]


def _check_fields(section: str, obj: ObjectType, where: str) -> None:
    rows = {
        match.group(1): match.group(0)
        for match in re.finditer(r"<tr>\s*<td><code>([a-z0-9_]+)</code>.*?</tr>", section, re.S)
    }
    for field in obj.fields:
        row = rows.get(field.name)
        assert row is not None, f"{where}: no row for field {field.name}"
        assert f"<code>{field.wire}</code>" in row, f"{where}.{field.name}: wire name"
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        assert cells[2].strip() == ("yes" if field.required else "no"), f"{where}.{field.name}"
        for number in _numbers(field.type):
            assert number in cells[3], f"{where}.{field.name}: constraint {number} not shown"


def test_every_implemented_message_has_its_page(site: Path, model: Model) -> None:
    actions = implemented_actions()
    assert actions
    index = _page(site, "reference/messages")
    for message in model.messages:
        if message.action not in actions:
            assert f'href="{message.action}/"' not in index
            continue
        assert f'href="{message.action}/"' in index, message.action
        page = _page(site, f"reference/messages/{message.action}")
        assert html.escape(message.direction) in page
        for obj in (message.request, message.response):
            if obj is not None:
                _check_fields(_section(page, obj.name.lower()), obj, obj.name)


def test_every_implemented_data_type_and_enumeration_has_its_entry(
    site: Path, model: Model
) -> None:
    selection = select(model)
    datatypes = _page(site, "reference/datatypes")
    for obj in selection.objects:
        _check_fields(_section(datatypes, obj.name.lower()), obj, obj.name)
    left_out = set(model.objects) - {o.name for o in selection.objects}
    assert not [name for name in left_out if f'id="{name.lower()}"' in datatypes]
    enums = _page(site, "reference/enums")
    for enum in selection.enums:
        section = _section(enums, enum.name.lower())
        for member in enum.members:
            assert f"<code>{html.escape(member.value, quote=False)}</code>" in section, enum.name


def test_every_message_is_in_the_navigation(site: Path) -> None:
    home = _page(site, "")
    for action in implemented_actions():
        assert f'href="reference/messages/{action}/"' in home, action


def test_the_runtime_modules_pages_come_from_their_docstrings(site: Path) -> None:
    for module, names in {
        "ocpp201": ["decode", "validate", "loads", "dumps", "ValidationError"],
        "session": ["Router", "Session", "Context", "CallTimeout", "CallResultErrorEvent"],
        "rpc": ["parse_frame", "Call", "CallResult", "CallError", "RpcError", "Send"],
        "websockets": ["serve", "connect"],
        "tolerance": ["Policy", "tolerant_loads", "tolerant_decode"],
        "ocpp_j": ["SUBPROTOCOL", "CALL", "SEND", "MESSAGE_TYPES", "ERROR_CODES"],
    }.items():
        page = _page(site, f"reference/{module}")
        prefix = "ocpp201" if module == "ocpp201" else f"ocpp201.{module}"
        for name in names:
            assert f'id="{prefix}.{name}"' in page, f"{prefix}.{name}"


def test_committed_reports_are_pages_as_they_are(site: Path) -> None:
    support = (ROOT / "generated" / "SUPPORT.md").read_text()
    counts = re.findall(r"^- Messages: (\d+/\d+)$", support, re.M)
    assert counts and counts[0] in _page(site, "reference/support")
    changelog = _page(site, "changelog")
    assert "Keep a Changelog" in changelog
    assert (site / "guides" / "results.png").is_file()
