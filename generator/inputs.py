"""Reading input files: UTF-8 text, strict YAML and JSON, every refusal one line with a position.

Used by load.py (schemas), matrix.py (coverage matrix) and overrides.py. Whatever a file holds --
another encoding, NUL bytes, complex YAML keys, `NaN`, nesting 200,000 deep -- ends in one
GeneratorError naming the file and line (or JSON pointer), never in a traceback.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import GeneratorError

# Deepest nesting of objects and arrays accepted in a schema or a YAML file. The OCPP 2.0.1 and
# 2.1 schemas nest 6 deep; the limit keeps every later stage far from Python's recursion limit.
MAX_DEPTH = 64
# Most values one override may hold (YAML aliases could make a few lines expand to billions).
MAX_VALUES = 100_000

_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def shown(value: object) -> str:
    """`value` for an error message: strings as written unless that would break the line."""
    text = value if isinstance(value, str) else repr(value)
    if text.isprintable() and text.strip() == text and text and len(text) <= 80:
        return text
    return repr(value)[:80]


def _line_col(data: bytes | str, index: int) -> tuple[int, int]:
    newline: Any = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, index) + 1, index - (data.rfind(newline, 0, index) + 1) + 1


def read_text(path: Path, what: str) -> str:
    """The file's text, which must be UTF-8 (a UTF-8 byte order mark is allowed and dropped)."""
    if path.is_symlink() and not path.exists():
        raise GeneratorError(f"{path}: the {what} is a symbolic link to a file that does not exist")
    if path.is_dir():
        raise GeneratorError(f"{path}: the {what} is a folder, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            raise GeneratorError(
                f"{path}:1: the {what} is {encoding} (it starts with a {encoding} byte order mark); save it as UTF-8"
            )
    if b"\x00" in data:
        line, column = _line_col(data, data.index(b"\x00"))
        raise GeneratorError(
            f"{path}:{line}: NUL byte at column {column}; the {what} must be UTF-8 text "
            "(a file saved as UTF-16 has a NUL in every ASCII character)"
        )
    if data.startswith(b"\xef\xbb\xbf"):  # the UTF-8 byte order mark
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_col(data, exc.start)
        raise GeneratorError(
            f"{path}:{line}: byte 0x{data[exc.start]:02x} at column {column} is not UTF-8 "
            f"(Latin-1 or Windows-1252?); save the {what} as UTF-8"
        ) from None


# --- YAML -----------------------------------------------------------------------------------------


class Mapping(dict[Any, Any]):
    """A YAML mapping that remembers where each key stands and how it was written."""

    lines: dict[Any, int]
    written: dict[Any, str]

    def line(self, key: Any, default: int) -> int:
        return self.lines.get(key, default)

    def key_text(self, key: Any) -> str:
        return self.written.get(key, shown(key))


class StrictLoader(yaml.SafeLoader):
    """SafeLoader refusing duplicate and complex keys; merge keys (`<<: *anchor`) are supported."""


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _as_written(loader: StrictLoader, node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    buffer = str(loader.buffer) if loader.buffer else ""
    return shown(buffer[node.start_mark.index : node.end_mark.index].rstrip("\0"))


def _construct_mapping(loader: StrictLoader, node: yaml.MappingNode) -> Mapping:
    explicit: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        if not isinstance(key_node, yaml.ScalarNode):
            raise GeneratorError(
                f"{loader.name}:{_line(key_node)}: complex key `? {_as_written(loader, key_node)}` is not "
                "allowed; a key is a plain name"
            )
        key = loader.construct_object(key_node)
        if key in explicit:
            raise GeneratorError(
                f"{loader.name}:{_line(key_node)}: duplicate key {_as_written(loader, key_node)!r} "
                f"(first on line {explicit[key]})"
            )
        explicit[key] = _line(key_node)
    loader.flatten_mapping(node)  # `<<: *anchor` entries first, so explicit keys override them
    mapping = Mapping()
    mapping.lines, mapping.written = {}, {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):  # a complex key inside a merged mapping
            raise GeneratorError(
                f"{loader.name}:{_line(key_node)}: complex keys are not allowed; a key is a plain name"
            )
        key = loader.construct_object(key_node)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = _line(key_node)
        mapping.written[key] = str(key_node.value)
    return mapping


def _construct_int(loader: StrictLoader, node: yaml.ScalarNode) -> int:
    try:
        return int(loader.construct_yaml_int(node))
    except ValueError:
        digits = str(node.value)
        raise GeneratorError(
            f"{loader.name}:{_line(node)}: the integer {digits[:12]}... has too many digits ({len(digits)})"
        ) from None


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
StrictLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _yaml_problem(path: Path, text: str, exc: yaml.YAMLError) -> GeneratorError:
    if isinstance(exc, yaml.reader.ReaderError):
        line, column = _line_col(text, exc.position)
        character = (
            exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        )
        return GeneratorError(
            f"{path}:{line}: character U+{character:04X} at column {column} is not allowed in YAML"
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None) or str(exc)
    return GeneratorError(f"{where}: not valid YAML: {' '.join(str(problem).split())}")


def _check_depth(path: Path, text: str) -> None:
    """Refuses nesting deeper than MAX_DEPTH before anything recursive sees the document."""
    depth = 0
    for event in yaml.parse(text, Loader=StrictLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1 if event.start_mark is not None else 1
                raise GeneratorError(f"{path}:{line}: nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load_yaml(path: Path, text: str) -> Any:
    """The one YAML document in `text`; mappings are `Mapping`s."""
    try:
        _check_depth(path, text)
        loader = StrictLoader(text)
        loader.name = str(path)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise _yaml_problem(path, text, exc) from None


def plain_data(value: Any, where: str) -> None:
    """Refuses what JSON cannot hold (dates, non-finite numbers, non-string keys) in a YAML value,
    and values that YAML aliases expand beyond MAX_VALUES values or MAX_DEPTH levels."""
    stack = [(value, 1)]
    for count in itertools.count(1):
        if not stack:
            return
        if count > MAX_VALUES:
            raise GeneratorError(
                f"{where}: more than {MAX_VALUES:,} values (YAML aliases expanding?)"
            )
        item, depth = stack.pop()
        if isinstance(item, (dict, list)) and depth > MAX_DEPTH:
            raise GeneratorError(
                f"{where}: nested more than {MAX_DEPTH} levels deep (YAML aliases?)"
            )
        if isinstance(item, dict):
            bad = [k for k in item if not isinstance(k, str)]
            if bad:
                raise GeneratorError(f"{where}: key {shown(bad[0])} is not a string")
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise GeneratorError(f"{where}: {item!r} is not a finite number")
        elif item is not None and not isinstance(item, (str, int, float, bool)):
            raise GeneratorError(
                f"{where}: a {type(item).__name__} ({shown(str(item))}) is not a JSON value"
            )


# --- JSON -----------------------------------------------------------------------------------------

# A JSON string (skipped) or a bracket: enough to measure nesting without parsing.
_BRACKET_OR_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.S)


class _NotFinite:
    def __init__(self, text: str) -> None:
        self.text = text


def _float(text: str) -> float | _NotFinite:
    value = float(text)
    return value if math.isfinite(value) else _NotFinite(text)


def _escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def load_json(path: Path, name: str) -> Any:
    """The JSON document in `path` (named `name` in messages): finite numbers, at most MAX_DEPTH deep."""
    text = read_text(path, "schema")
    depth = 0
    for match in _BRACKET_OR_STRING.finditer(text):
        bracket = match.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, column = _line_col(text, match.start())
                raise GeneratorError(
                    f"{name}:{line}: nested more than {MAX_DEPTH} levels deep (column {column})"
                )
        elif bracket in "]}":
            depth -= 1
    try:
        document = json.loads(text, parse_float=_float, parse_constant=_NotFinite)
    except json.JSONDecodeError as exc:
        raise GeneratorError(
            f"{name}:{exc.lineno}: not a JSON file: {exc.msg} (column {exc.colno})"
        ) from None
    except ValueError as exc:  # an integer of more than 4300 digits
        raise GeneratorError(f"{name}: not a JSON file: {' '.join(str(exc).split())}") from None
    check_tree(document, name)
    return document


def check_tree(document: Any, name: str) -> None:
    """Refuses non-finite numbers and nesting deeper than MAX_DEPTH (after overrides, too)."""
    stack: list[tuple[Any, str, int]] = [(document, "", 0)]
    while stack:
        item, pointer, depth = stack.pop()
        if isinstance(item, (dict, list)) and depth >= MAX_DEPTH:
            raise GeneratorError(
                f"{name}#{shown(pointer)}: nested more than {MAX_DEPTH} levels deep"
            )
        if isinstance(item, dict):
            stack.extend(
                (v, f"{pointer}/{_escape_pointer(str(k))}", depth + 1) for k, v in item.items()
            )
        elif isinstance(item, list):
            stack.extend((v, f"{pointer}/{i}", depth + 1) for i, v in enumerate(item))
        elif isinstance(item, _NotFinite):
            raise GeneratorError(
                f"{name}#{pointer}: {shown(item.text)} is not a finite number (JSON has no NaN or Infinity, "
                "and a number beyond the float range would become one)"
            )
