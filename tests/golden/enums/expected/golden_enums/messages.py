"""Message payloads of OCPP 9.9.9: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 9.9.9 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
`SCHEMA` and `WIRE_NAMES` are set after each class body, as in datatypes.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._runtime import Payload, Request
from .datatypes import CustomDataType
from .enums import PhaseKindEnumType

__all__ = [
    "ChooseRequest",
    "ChooseResponse",
]


@dataclass(slots=True, kw_only=True)
class ChooseRequest(Request["ChooseResponse"]):
    """The Choose request, sent by the CSMS to the Charging Station."""

    kind: PhaseKindEnumType
    custom_data: CustomDataType | None = None
    kinds: list[PhaseKindEnumType] | None = None
    """At least 1 item."""


ChooseRequest.SCHEMA = "ChooseRequest"
ChooseRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "kind": "kind",
    "kinds": "kinds",
}


@dataclass(slots=True, kw_only=True)
class ChooseResponse(Payload):
    """The answer to ChooseRequest."""

    custom_data: CustomDataType | None = None


ChooseResponse.SCHEMA = "ChooseResponse"
ChooseResponse.WIRE_NAMES = {
    "custom_data": "customData",
}
