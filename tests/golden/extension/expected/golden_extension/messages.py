"""Message payloads of OCPP 9.9.9: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 9.9.9 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

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

    SCHEMA: ClassVar[str] = "PingRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "seq": "seq",
    }


@dataclass(slots=True, kw_only=True)
class PingResponse(Payload):
    """The answer to PingRequest."""

    custom_data: CustomDataType | None = None
    echo: int | None = None

    SCHEMA: ClassVar[str] = "PingResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "echo": "echo",
    }
