"""Message payloads of OCPP 1.6: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 1.6 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
`SCHEMA` and `WIRE_NAMES` are set after each class body, as in datatypes.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._runtime import Payload, Request
from .enums import ConfigurationStatusEnumType

__all__ = [
    "ChangeConfigurationRequest",
    "ChangeConfigurationResponse",
    "HeartbeatRequest",
    "HeartbeatResponse",
]


@dataclass(slots=True, kw_only=True)
class ChangeConfigurationRequest(Request["ChangeConfigurationResponse"]):
    """The ChangeConfiguration request, sent by the CSMS to the Charging Station."""

    key: str
    """At most 50 characters."""
    value: str
    """At most 500 characters."""


ChangeConfigurationRequest.SCHEMA = "ChangeConfigurationRequest"
ChangeConfigurationRequest.WIRE_NAMES = {
    "key": "key",
    "value": "value",
}


@dataclass(slots=True, kw_only=True)
class ChangeConfigurationResponse(Payload):
    """The answer to ChangeConfigurationRequest."""

    status: ConfigurationStatusEnumType


ChangeConfigurationResponse.SCHEMA = "ChangeConfigurationResponse"
ChangeConfigurationResponse.WIRE_NAMES = {
    "status": "status",
}


@dataclass(slots=True, kw_only=True)
class HeartbeatRequest(Request["HeartbeatResponse"]):
    """The Heartbeat request, sent by the Charging Station to the CSMS."""


HeartbeatRequest.SCHEMA = "HeartbeatRequest"
HeartbeatRequest.WIRE_NAMES = {}


@dataclass(slots=True, kw_only=True)
class HeartbeatResponse(Payload):
    """The answer to HeartbeatRequest."""

    current_time: datetime


HeartbeatResponse.SCHEMA = "HeartbeatResponse"
HeartbeatResponse.WIRE_NAMES = {
    "current_time": "currentTime",
}
