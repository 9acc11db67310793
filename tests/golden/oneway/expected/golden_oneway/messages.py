"""Message payloads of OCPP 9.9.9: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 9.9.9 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
`SCHEMA` and `WIRE_NAMES` are set after each class body, as in datatypes.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._runtime import OneWay, Payload, Request
from .datatypes import CustomDataType

__all__ = [
    "NotifyTick",
    "PingRequest",
    "PingResponse",
]


@dataclass(slots=True, kw_only=True)
class NotifyTick(OneWay):
    """The one-way NotifyTick message, sent by the Charging Station to the CSMS; it has no response."""

    at: datetime
    custom_data: CustomDataType | None = None


NotifyTick.SCHEMA = "NotifyTick"
NotifyTick.WIRE_NAMES = {
    "custom_data": "customData",
    "at": "at",
}


@dataclass(slots=True, kw_only=True)
class PingRequest(Request["PingResponse"]):
    """The Ping request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None


PingRequest.SCHEMA = "PingRequest"
PingRequest.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class PingResponse(Payload):
    """The answer to PingRequest."""

    custom_data: CustomDataType | None = None


PingResponse.SCHEMA = "PingResponse"
PingResponse.WIRE_NAMES = {
    "custom_data": "customData",
}
