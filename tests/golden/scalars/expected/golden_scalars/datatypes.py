"""Data types of OCPP 9.9.9: one dataclass per schema object definition.

Generated from the OCPP 9.9.9 JSON schemas by `make generate`; do not edit.
Each class validates on `from_dict` and `to_dict`; field names are snake_case and the wire
name of every field is listed in its `WIRE_NAMES`. `SCHEMA` and `WIRE_NAMES` are set after each
class body: compiling this module (the compiled build), mypyc would make them dataclass fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._runtime import Payload

__all__ = [
    "CustomDataType",
]


@dataclass(slots=True, kw_only=True, init=False)
class CustomDataType(Payload):
    """Vendor extensions."""

    vendor_id: str
    """At most 255 characters."""
    extra_properties: dict[str, Any] = field(default_factory=dict)
    """Properties beyond those the schema declares (vendor extensions), as decoded JSON."""

    def __init__(
        self,
        *,
        vendor_id: str,
        extra_properties: dict[str, Any] | None = None,
    ) -> None:
        self.vendor_id = vendor_id
        self.extra_properties = {} if extra_properties is None else extra_properties


CustomDataType.SCHEMA = "CustomDataType"
CustomDataType.WIRE_NAMES = {
    "vendor_id": "vendorId",
}
