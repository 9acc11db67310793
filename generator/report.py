"""Stage: the support report's rows, from the model and the selection."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .closure import ALWAYS_INCLUDED, Selection


@dataclass(frozen=True)
class Row:
    name: str
    implemented: str  # yes / no
    direction: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OverrideRow:
    file: str
    pointer: str
    change: str
    reason: str


@dataclass(frozen=True)
class Report:
    package: str
    ocpp_version: str
    version: str
    message_count: str
    datatype_count: str
    enum_count: str
    messages: tuple[Row, ...]
    datatypes: tuple[Row, ...]
    enums: tuple[Row, ...]
    overrides: tuple[OverrideRow, ...]


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _count(rows: list[Row]) -> str:
    return f"{sum(r.implemented == 'yes' for r in rows)}/{len(rows)}"


def _by_name(names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: (n.lower(), n))


def build_report(selection: Selection) -> Report:
    model = selection.model
    implemented = {m.action for m in selection.messages}
    messages = []
    for m in model.messages:
        notes = []
        if m.seed_direction is not None:
            notes.append(f"direction corrected (reference table: {m.seed_direction})")
        if m.note is not None:
            notes.append(f"reference note: {m.note}")
        messages.append(
            Row(m.action, _yes_no(m.action in implemented), m.direction, "; ".join(notes))
        )
    chosen_objects = {o.name for o in selection.objects}
    chosen_enums = {e.name for e in selection.enums}

    def rows(names: list[str], chosen: set[str]) -> list[Row]:
        out = []
        for name in _by_name(names):
            users = selection.used_by.get(name, ())
            if name in ALWAYS_INCLUDED:
                note = "always (every object may carry it)"
            else:
                note = ", ".join(a for a in users if a in implemented) if name in chosen else ""
            out.append(Row(name, _yes_no(name in chosen), notes=note))
        return out

    datatypes = rows(list(model.objects), chosen_objects)
    enums = rows(list(model.enums), chosen_enums)
    return Report(
        package=model.package,
        ocpp_version=model.ocpp_version,
        version=model.version,
        message_count=_count(messages),
        datatype_count=_count(datatypes),
        enum_count=_count(enums),
        messages=tuple(messages),
        datatypes=tuple(datatypes),
        enums=tuple(enums),
        overrides=tuple(
            OverrideRow(
                o.file,
                o.pointer,
                "removed" if o.remove else f"set to `{json.dumps(o.value)}`",
                o.reason,
            )
            for o in model.overrides
        ),
    )
