"""Python names for schema names: snake_case fields, UPPER_SNAKE enum members.

Computed once, at generation time; the generated code stores every wire name literally.
"""

from __future__ import annotations

import keyword
import re

# A word boundary sits: before an upper-case letter that follows a lower-case one (evse|Id),
# except after a lone lower-case letter between capitals (SoC, bulk|SoC stay whole); before the
# last capital of an acronym that starts a word of two or more lower-case letters
# (responder|URL, V2G|Certificate, but IKEv2); before a capitalised word that follows digits
# (iso15118|Certificate, Other1|Ph); and at every non-alphanumeric character (L1-N, Energy.Active).
_BOUNDARY = re.compile(
    r"(?<=[a-z])(?<![A-Z][a-z])(?=[A-Z])"
    r"|(?<=[A-Z][a-z])(?=[A-Z][a-z])"
    r"|(?<=[A-Z])(?=[A-Z][a-z]{2,})"
    r"|(?<=\d)(?=[A-Z][a-z])"
)
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")


def words(text: str) -> list[str]:
    parts: list[str] = []
    for chunk in _NON_WORD.split(text):
        if chunk:
            parts.extend(p for p in _BOUNDARY.split(chunk) if p)
    return parts


def snake_case(wire_name: str) -> str:
    """`responderURL` -> `responder_url`, `evseId` -> `evse_id`, `language1` -> `language1`."""
    name = "_".join(w.lower() for w in words(wire_name))
    return _safe(name, wire_name)


def upper_snake(value: str) -> str:
    """`Energy.Active.Import.Register` -> `ENERGY_ACTIVE_IMPORT_REGISTER`, `L1-N` -> `L1_N`."""
    name = "_".join(w.upper() for w in words(value))
    return _safe(name, value)


def _safe(name: str, original: str) -> str:
    if not name:
        name = "EMPTY" if original == "" else "VALUE"
    if name[0].isdigit():
        name = "_" + name
    if name.startswith("__"):
        name = name.lstrip("_") or "VALUE"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED:
        name += "_"
    return name


# Names the generated classes use for themselves (`field` is called in the class body), so a
# field may not take them.
_RESERVED = frozenset({"to_dict", "from_dict", "extra_properties", "field"})
