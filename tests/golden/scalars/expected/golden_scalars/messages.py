"""Message payloads of OCPP 9.9.9: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 9.9.9 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
`SCHEMA` and `WIRE_NAMES` are set after each class body, as in datatypes.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._runtime import Payload, Request
from .datatypes import CustomDataType

__all__ = [
    "MeasureRequest",
    "MeasureResponse",
]


@dataclass(slots=True, kw_only=True)
class MeasureRequest(Request["MeasureResponse"]):
    """The Measure request, sent by the Charging Station to the CSMS."""

    label: str
    """A short label.

    At most 20 characters."""
    count: int
    """How many.

    From 0 to 10."""
    at: datetime
    """When, as RFC 3339."""
    custom_data: CustomDataType | None = None
    note: str | None = None
    offset: int | None = None
    """At least -5."""
    ratio: float | int | None = None
    """From 0.5 to 1.5."""
    limit: float | int | None = None
    """At most 100."""
    enabled: bool | None = None


MeasureRequest.SCHEMA = "MeasureRequest"
MeasureRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "label": "label",
    "note": "note",
    "count": "count",
    "offset": "offset",
    "ratio": "ratio",
    "limit": "limit",
    "enabled": "enabled",
    "at": "at",
}


@dataclass(slots=True, kw_only=True)
class MeasureResponse(Payload):
    """The answer to MeasureRequest."""

    custom_data: CustomDataType | None = None


MeasureResponse.SCHEMA = "MeasureResponse"
MeasureResponse.WIRE_NAMES = {
    "custom_data": "customData",
}
