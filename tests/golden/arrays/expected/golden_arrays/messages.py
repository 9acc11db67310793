"""Message payloads of OCPP 9.9.9: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 9.9.9 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
`SCHEMA` and `WIRE_NAMES` are set after each class body, as in datatypes.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ._runtime import Payload, Request
from .datatypes import CellType, CustomDataType

__all__ = [
    "GridRequest",
    "GridResponse",
]


@dataclass(slots=True, kw_only=True)
class GridRequest(Request["GridResponse"]):
    """The Grid request, sent by either side."""

    rows: list[list[CellType]]
    """Rows of cells.

    1 to 4 items. Each item: at most 3 items."""
    custom_data: CustomDataType | None = None
    tags: list[str] | None = None
    """At most 2 items. Each item: at most 8 characters."""
    stamps: list[datetime] | None = None
    anything: list[Any] | None = None


GridRequest.SCHEMA = "GridRequest"
GridRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "rows": "rows",
    "tags": "tags",
    "stamps": "stamps",
    "anything": "anything",
}


@dataclass(slots=True, kw_only=True)
class GridResponse(Payload):
    """The answer to GridRequest."""

    custom_data: CustomDataType | None = None


GridResponse.SCHEMA = "GridResponse"
GridResponse.WIRE_NAMES = {
    "custom_data": "customData",
}
