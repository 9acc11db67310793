"""Message payloads of OCPP 9.9.9: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 9.9.9 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
`SCHEMA` and `WIRE_NAMES` are set after each class body, as in datatypes.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._runtime import Payload, Request
from .datatypes import CustomDataType

__all__ = [
    "PingRequest",
    "PingResponse",
]


@dataclass(slots=True, kw_only=True)
class PingRequest(Request["PingResponse"]):
    """The Ping request, sent by the Charging Station to the CSMS."""

    seq: int
    custom_data: CustomDataType | None = None


PingRequest.SCHEMA = "PingRequest"
PingRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "seq": "seq",
}


@dataclass(slots=True, kw_only=True)
class PingResponse(Payload):
    """The answer to PingRequest."""

    custom_data: CustomDataType | None = None
    echo: int | None = None


PingResponse.SCHEMA = "PingResponse"
PingResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "echo": "echo",
}
