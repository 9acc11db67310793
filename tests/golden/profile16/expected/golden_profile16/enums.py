"""Enumerations of OCPP 1.6, one StrEnum per schema enumeration type.

Generated from the OCPP 1.6 JSON schemas by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ConfigurationStatusEnumType",
]


class ConfigurationStatusEnumType(StrEnum):
    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    REBOOT_REQUIRED = "RebootRequired"
    NOT_SUPPORTED = "NotSupported"
