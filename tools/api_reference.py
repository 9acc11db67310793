"""The docs site's reference of messages, data types and enumerations, read from the package.

Nothing here knows OCPP: the pages come from what the generated package exposes at docs-build
time. `ACTIONS` gives the implemented messages and their directions; each class's dataclass
fields give the names, annotations and whether a field is required; `WIRE_NAMES` the wire
names; the attribute docstrings (read from the module source, since Python keeps none at run
time) the descriptions and the constraints the generator wrote into them. So the reference
always matches the build it documents, for any coverage matrix.

`pages(package)` returns {path under docs/: markdown}; `docs/hooks/reference.py` adds them to
the site and `message_nav(package)` to its navigation.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import html
import inspect
import re
import textwrap
from collections.abc import Iterable
from types import ModuleType

MESSAGES_DIR = "reference/messages"
DATATYPES_PAGE = "reference/datatypes.md"
ENUMS_PAGE = "reference/enums.md"

# the generator words a field's constraints as one paragraph, the last of its docstring
_CONSTRAINT = re.compile(r"^(At most|At least|From|Exactly|\d+ to) [^\n]*\.$")
_USED_BY = "Used by: "
_DIRECTIONS = {
    "ChargingStation->CSMS": "sent by the charging station to the CSMS",
    "CSMS->ChargingStation": "sent by the CSMS to the charging station",
    "Both": "sent by either side",
}


@dataclasses.dataclass(frozen=True)
class FieldDoc:
    name: str
    wire: str | None  # None: the extension properties of customData
    annotation: str
    required: bool
    description: str
    constraints: str


def attribute_docstrings(cls: type) -> dict[str, str]:
    """Field name -> the docstring written under it in the class body."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    [body] = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    found: dict[str, str] = {}
    for node, after in zip(body.body, body.body[1:], strict=False):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            found[node.target.id] = inspect.cleandoc(after.value.value)
    return found


def _paragraphs(text: str | None) -> list[str]:
    """The docstring's paragraphs with the generator's line wrapping undone (list items kept)."""
    if not text:
        return []
    kept = []
    for paragraph in inspect.cleandoc(text).split("\n\n"):
        lines = paragraph.split("\n")
        joined = lines[0]
        for line in lines[1:]:
            starts_item = re.match(r"^\s*([-*•]|\d+[.)])\s", line)
            joined += ("\n" if starts_item else " ") + line.strip()
        kept.append(joined)
    return kept


def fields(cls: type) -> list[FieldDoc]:
    docs = attribute_docstrings(cls)
    wire_names: dict[str, str] = getattr(cls, "WIRE_NAMES", {})
    found = []
    for field in dataclasses.fields(cls):
        paragraphs = _paragraphs(docs.get(field.name))
        constraints = paragraphs.pop() if paragraphs and _CONSTRAINT.match(paragraphs[-1]) else ""
        required = (
            field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        )
        found.append(
            FieldDoc(
                name=field.name,
                wire=wire_names.get(field.name),
                annotation=str(field.type),
                required=required,
                description="\n\n".join(paragraphs + _default(field)),
                constraints=constraints,
            )
        )
    # required fields first, then the schema's order, as the constructor reads best
    return sorted(found, key=lambda f: not f.required)


def _default(field: dataclasses.Field[object]) -> list[str]:
    """A sentence for a default other than None or an empty container."""
    default = field.default
    if default is dataclasses.MISSING or default is None:
        return []
    return [f"Left out, it holds `{default!r}` (not `None`)."]


def anchor(name: str) -> str:
    """The id mkdocs' table of contents gives a heading that is just `name`."""
    return name.lower()


class _Linker:
    """Type names in annotations, and message names, linked to their reference entries."""

    def __init__(self, package: ModuleType, from_page: str) -> None:
        # the pages are reference/messages/<Action>.md and reference/<page>.md
        in_messages = from_page.startswith(f"{MESSAGES_DIR}/")
        reference, self.messages = ("../", "") if in_messages else ("", "messages/")
        self.actions = frozenset(package.ACTIONS)
        self.targets: dict[str, str] = {}
        for name in package.datatypes.__all__:
            self.targets[name] = f"{reference}datatypes.md#{anchor(name)}"
        for name in package.enums.__all__:
            self.targets[name] = f"{reference}enums.md#{anchor(name)}"

    def message(self, action: str) -> str:
        return f"[{action}]({self.messages}{action}.md)" if action in self.actions else action

    def annotation(self, text: str, required: bool) -> str:
        """`list[IdTokenType] | None` -> list of [`IdTokenType`](...) (None left out when the
        field is optional: the required column says so)."""
        parts = _split_union(text)
        if not required:
            parts = [p for p in parts if p != "None"] or parts
        return " or ".join(self._one(part) for part in parts)

    def _one(self, text: str) -> str:
        if text.startswith("list[") and text.endswith("]"):
            return "list of " + self.annotation(text[5:-1], required=True)
        target = self.targets.get(text)
        return f"[`{text}`]({target})" if target else f"`{text}`"


def _split_union(text: str) -> list[str]:
    """`A | list[B | C]` -> [`A`, `list[B | C]`]: the top-level members of a union."""
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    return parts + [current.strip()]


def _escaped(text: str) -> str:
    """Text from the schemas, read as text by markdown (no HTML, emphasis or table cells)."""
    return html.escape(text, quote=False).replace("|", "&#124;").replace("*", r"\*")


def _cell(text: str) -> str:
    """Text from the schemas, inside one cell of a markdown table."""
    return _escaped(text).replace("\n\n", "<br><br>").replace("\n", "<br>")


def _prose(text: str) -> str:
    """Text from the schemas as a paragraph; its list items stay a list."""
    return _escaped(text).replace("\n", "\n\n")


def _field_table(cls: type, linker: _Linker) -> list[str]:
    rows = [
        '<div class="fields" markdown>',  # styled by docs/css/extra.css
        "",
        "| field (wire name) | type | required | constraints | description |",
        "|---|---|---|---|---|",
    ]
    for f in fields(cls):
        wire = f"`{f.wire}`" if f.wire else "any other property"
        rows.append(
            f"| `{f.name}`<br><small>wire</small> {wire} | {linker.annotation(f.annotation, f.required)} | "
            f"{'yes' if f.required else 'no'} | {_cell(f.constraints)} | {_cell(f.description)} |"
        )
    return rows + ["", "</div>"]


def _class_section(cls: type, linker: _Linker, level: str) -> list[str]:
    lines = [f"{level} {cls.__name__}", ""]
    for paragraph in _paragraphs(cls.__doc__):
        if paragraph.startswith(_USED_BY):  # a data type: the messages that hold it, linked
            actions = paragraph.removeprefix(_USED_BY).rstrip(".").split(", ")
            paragraph = _USED_BY + ", ".join(linker.message(a) for a in actions) + "."
        else:
            paragraph = _prose(paragraph)
        lines += [paragraph, ""]
    if dataclasses.fields(cls):
        lines += _field_table(cls, linker)
    else:
        lines.append("No fields: the payload is `{}`.")
    return lines + [""]


def message_page(package: ModuleType, action: str) -> str:
    entry = package.ACTIONS[action]
    path = f"{MESSAGES_DIR}/{action}.md"
    linker = _Linker(package, path)
    direction = _DIRECTIONS.get(entry.direction, f"direction {entry.direction}")
    names = [entry.request.__name__] + ([entry.response.__name__] if entry.response else [])
    lines = [
        f"# {action}",
        "",
        f"`{entry.direction}`: {direction}."
        + (f" Answered with `{entry.response.__name__}`." if entry.response else ""),
        "",
        "```python",
        f"from {package.__name__} import {', '.join(names)}",
        "```",
        "",
    ]
    lines += _class_section(entry.request, linker, "##")
    if entry.response is not None:
        lines += _class_section(entry.response, linker, "##")
    return "\n".join(lines)


def datatypes_page(package: ModuleType) -> str:
    linker = _Linker(package, DATATYPES_PAGE)
    lines = [
        "# Data types",
        "",
        "The objects the implemented messages hold, one dataclass each, importable from "
        f"`{package.__name__}`. Fields are keyword-only; optional ones default to `None`.",
        "",
    ]
    for name in sorted(package.datatypes.__all__, key=str.lower):
        lines += _class_section(getattr(package.datatypes, name), linker, "##")
    return "\n".join(lines)


def enums_page(package: ModuleType) -> str:
    lines = [
        "# Enumerations",
        "",
        f"`StrEnum`s, importable from `{package.__name__}`: a member compares equal to its wire "
        'value (`ResetEnumType.IMMEDIATE == "Immediate"`).',
        "",
    ]
    for name in sorted(package.enums.__all__, key=str.lower):
        members: Iterable[enum.Enum] = getattr(package.enums, name)
        lines += [f"## {name}", ""]
        lines += [_cell(p) for p in _paragraphs(getattr(package.enums, name).__doc__)]
        lines += ["", "| member | wire value |", "|---|---|"]
        lines += [f"| `{m.name}` | `{m.value}` |" for m in members]
        lines.append("")
    return "\n".join(lines)


def messages_index(package: ModuleType) -> str:
    lines = [
        "# Messages",
        "",
        f"The messages this build of `{package.__name__}` implements, each a request class and "
        "its response class. The matrix decides which; the [support report](../support.md) "
        "lists the others.",
        "",
        "| message | direction | request | response |",
        "|---|---|---|---|",
    ]
    for action in sorted(package.ACTIONS, key=str.lower):
        entry = package.ACTIONS[action]
        response = f"`{entry.response.__name__}`" if entry.response else "none (one-way)"
        lines.append(
            f"| [{action}]({action}.md) | `{entry.direction}` | `{entry.request.__name__}` "
            f"| {response} |"
        )
    return "\n".join(lines) + "\n"


def pages(package: ModuleType) -> dict[str, str]:
    """Every generated reference page: path under docs/ -> markdown."""
    found = {f"{MESSAGES_DIR}/index.md": messages_index(package)}
    for action in package.ACTIONS:
        found[f"{MESSAGES_DIR}/{action}.md"] = message_page(package, action)
    found[DATATYPES_PAGE] = datatypes_page(package)
    found[ENUMS_PAGE] = enums_page(package)
    return found


def message_nav(package: ModuleType) -> list[str | dict[str, str]]:
    """The navigation of the messages: the overview, then one page per message."""
    items: list[str | dict[str, str]] = [{"All messages": f"{MESSAGES_DIR}/index.md"}]
    for action in sorted(package.ACTIONS, key=str.lower):
        items.append({action: f"{MESSAGES_DIR}/{action}.md"})
    return items
