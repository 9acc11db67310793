"""Message payloads of OCPP 9.9.9: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 9.9.9 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
`SCHEMA` and `WIRE_NAMES` are set after each class body, as in datatypes.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._runtime import ABSENT, Payload, Request
from .datatypes import CustomDataType

__all__ = [
    "CarryRequest",
    "CarryResponse",
]


@dataclass(slots=True, kw_only=True)
class CarryRequest(Request["CarryResponse"]):
    """The Carry request, sent by either side."""

    vendor_id: str
    """At most 255 characters."""
    custom_data: CustomDataType | None = None
    data: Any = ABSENT
    """Any JSON value, null included."""


CarryRequest.SCHEMA = "CarryRequest"
CarryRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "vendor_id": "vendorId",
    "data": "data",
}


@dataclass(slots=True, kw_only=True)
class CarryResponse(Payload):
    """The answer to CarryRequest."""

    data: Any
    """Required, and still any JSON."""
    custom_data: CustomDataType | None = None


CarryResponse.SCHEMA = "CarryResponse"
CarryResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "data": "data",
}
