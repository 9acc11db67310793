"""The README the generator writes beside each package (the distribution's long description, the
support report included) states only what is true of that build: its package name, classes and
fields that exist, the JSON Schema drafts of its schema files, and the OCPP-J frames of its
version profile. Checked for 2.0.1 (the committed package) and the 1.6 and 2.1 fixture builds."""

from __future__ import annotations

import ast
import dataclasses
import datetime
import enum
import importlib
import json
import re
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import BUILD, SCHEMAS
from .support.builds import OCPP16, OCPP21, ocpp16_package, ocpp21_package


def _committed() -> ModuleType:
    if BUILD:
        pytest.skip("the README is not part of the build under test")
    import ocpp201

    return ocpp201


# package -> (how to get it, its schema folder)
BUILDS: dict[str, tuple[Callable[[], ModuleType], Path]] = {
    "ocpp201": (_committed, SCHEMAS),
    "ocpp16": (ocpp16_package, OCPP16 / "schemas"),
    "ocpp21": (ocpp21_package, OCPP21 / "schemas"),
}


@pytest.fixture(params=sorted(BUILDS), name="build")
def _build(request: pytest.FixtureRequest) -> tuple[ModuleType, Path]:
    make, schemas = BUILDS[request.param]
    return make(), schemas


def _readme(package: ModuleType) -> str:
    return (Path(package.__file__).parent.parent / "README.md").read_text(encoding="utf-8")  # type: ignore[arg-type]


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", text, re.M | re.S)


def _inline_code(text: str) -> list[str]:
    without_blocks = re.sub(r"^```.*?^```$", "", text, flags=re.M | re.S)
    return re.findall(r"`([^`\n]+)`", without_blocks)


def _submodule(package: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.{name}")


def _namespace(package: ModuleType) -> dict[str, Any]:
    """What the README's examples may name: the package and its public modules' names."""
    names: dict[str, Any] = {"datetime": datetime.datetime, "timezone": datetime.timezone}
    names["StrEnum"] = enum.StrEnum
    for module in ("rpc", "tolerance", "session"):
        names.update(vars(_submodule(package, module)))
    names.update(vars(package))
    names[package.__name__] = package
    return names


@dataclasses.dataclass(frozen=True)
class _Instance:
    """An instance of a message or data type class, in an example."""

    cls: type


def _field_type(cls: type, name: str) -> object:
    fields = {f.name for f in dataclasses.fields(cls)}
    assert name in fields, f"{cls.__name__} has no field {name!r} (fields: {sorted(fields)})"
    hint = typing.get_type_hints(cls)[name]
    if isinstance(hint, types.UnionType):
        (hint,) = [t for t in typing.get_args(hint) if t is not type(None)]
    return _Instance(hint) if dataclasses.is_dataclass(hint) else hint


class _Resolver:
    """Resolves the names, attributes and call arguments of the README's Python examples against
    the built package; an unknown lower-case name is a placeholder (`websocket`, `payload_dict`)."""

    def __init__(self, package: ModuleType) -> None:
        self.package = package
        self.names = _namespace(package)
        self.local: dict[str, object] = {}

    def value(self, node: ast.expr) -> object:
        match node:
            case ast.Name(id=name):
                if name in self.local:
                    return self.local[name]
                assert name in self.names or name[0].islower(), f"{name} is not in the package"
                return self.names.get(name)
            case ast.Attribute(value=base, attr=attr):
                owner = self.value(base)
                if owner is None:
                    return None
                if isinstance(owner, _Instance):
                    return _field_type(owner.cls, attr)
                assert hasattr(owner, attr), f"{ast.unparse(node)}: no attribute {attr!r}"
                return getattr(owner, attr)
            case ast.Call(func=func, args=args, keywords=keywords):
                callee = self.value(func)
                for argument in [*args, *(k.value for k in keywords)]:
                    self.value(argument)
                if isinstance(callee, type) and dataclasses.is_dataclass(callee):
                    fields = {f.name for f in dataclasses.fields(callee)}
                    for keyword in keywords:
                        assert keyword.arg in fields, f"{callee.__name__}({keyword.arg}=...)"
                    return _Instance(callee)
                if callee in (self.package.loads, self.package.decode):
                    return _Instance(self.package.MESSAGES[self._message_name(args)])
                if callee is self.package.validate:
                    self._message_name(args)
                return None
            case _:
                for child in ast.iter_child_nodes(node):
                    if isinstance(child, ast.expr):
                        self.value(child)
                return None

    def _message_name(self, args: list[ast.expr]) -> str:
        assert args and isinstance(args[0], ast.Constant), "a message named by a string"
        name = args[0].value
        assert name in self.package.MESSAGES, f"{name!r} is not a message of the package"
        return str(name)

    def block(self, source: str) -> None:
        for statement in ast.walk(ast.parse(source)):
            match statement:
                case ast.Assign(targets=[ast.Name(id=target)], value=value):
                    self.local[target] = self.value(value)
                case ast.Expr(value=value) | ast.Return(value=ast.expr() as value):
                    self.value(value)
                case ast.AsyncFunctionDef() | ast.FunctionDef():
                    for decorator in statement.decorator_list:
                        self.value(decorator)
                    for argument in statement.args.args:
                        if argument.annotation is not None:
                            self.value(argument.annotation)
                    if statement.returns is not None:
                        self.value(statement.returns)


def _class_names(code: str) -> Iterator[str]:
    """The capitalised identifiers an inline code span names, not those after a `.` or in a
    file name."""
    for match in re.finditer(r"(?<![\w./-])[A-Z][a-z]\w*(?![\w.]*\.(?:md|yaml|json)\b)", code):
        yield match[0]


def test_it_names_its_own_package_everywhere(build: tuple[ModuleType, Path]) -> None:
    package, _ = build
    text = _readme(package)
    # a package name, not a subprotocol (ocpp2.0.1) nor a module of the build
    named = set(re.findall(r"\bocpp\d+\b(?!\.\d)", text))
    assert named == {package.__name__}


def test_its_examples_name_what_the_package_has(build: tuple[ModuleType, Path]) -> None:
    package, _ = build
    text = _readme(package)
    blocks = _python_blocks(text)
    assert blocks
    for source in blocks:
        _Resolver(package).block(source)
    names = _namespace(package)
    for code in _inline_code(text):
        for name in _class_names(code):
            assert name in names, f"`{code}`: {name} is not in {package.__name__}"
        head = re.match(r"\w+", code)
        if head and head[0] == package.__name__:
            _Resolver(package).value(ast.parse(code.split("(")[0], mode="eval").body)


def test_its_handler_and_call_examples_go_the_way_of_their_role(
    build: tuple[ModuleType, Path],
) -> None:
    """The session example runs as the CSMS: it handles what stations send, calls what it sends."""
    package, _ = build
    text = _readme(package)
    assert 'role="csms"' in text
    received = {"ChargingStation->CSMS", "Both"}
    by_request = {a.request.__name__: a for a in package.ACTIONS.values()}
    for handled in re.findall(r"@router\.on\((\w+)\)", text):
        assert by_request[handled].direction in received, handled
    for called in re.findall(r"session\.call\((\w+)\(", text):
        assert by_request[called].direction not in received - {"Both"}, called


def _drafts(schemas: Path) -> set[str]:
    uris = {json.loads(p.read_text())["$schema"] for p in schemas.glob("*.json")}
    return {re.search(r"draft-\d+", uri)[0] for uri in uris}  # type: ignore[index]


def test_it_states_the_drafts_of_its_schema_files(build: tuple[ModuleType, Path]) -> None:
    """Every schema file: the fixtures are built with every message, and all 2.0.1 files name
    one draft."""
    package, schemas = build
    stated = set(re.findall(r"draft-\d+", _readme(package)))
    assert stated == _drafts(schemas)


def test_custom_data_type_is_mentioned_where_it_exists(build: tuple[ModuleType, Path]) -> None:
    package, _ = build
    assert ("CustomDataType" in _readme(package)) == hasattr(package, "CustomDataType")


def test_the_multiple_of_deviation_is_declared_where_the_schemas_use_it(
    build: tuple[ModuleType, Path],
) -> None:
    """Where a schema file of the build has `multipleOf`, the README says how it is decided."""
    package, schemas = build
    uses = any('"multipleOf"' in p.read_text(encoding="utf-8") for p in schemas.glob("*.json"))
    assert ("`multipleOf` is decided on decimal forms" in _readme(package)) == uses


def test_frames_and_one_way_messages_follow_the_profile(build: tuple[ModuleType, Path]) -> None:
    package, _ = build
    text = _readme(package)
    ocpp_j = _submodule(package, "ocpp_j")
    has_send = ocpp_j.SEND is not None
    has_call_result_error = ocpp_j.CALL_RESULT_ERROR is not None
    assert ("SEND" in text) == has_send
    assert ("session.send(" in text) == has_send
    assert ("router.on_send" in text) == has_send
    assert ("CallResultError" in text) == has_call_result_error
    (frames_line,) = re.findall(r"OCPP-J frames \(([^)]*)\)", text)
    frames = [f.strip("` ") for f in frames_line.split(",")]
    expected = ["Call", "CallResult", "CallError"]
    expected += ["CallResultError"] if has_call_result_error else []
    expected += ["Send"] if has_send else []
    assert sorted(frames) == sorted(expected)
    for frame in frames:
        assert isinstance(getattr(_submodule(package, "rpc"), frame), type)
