"""Enumerations of OCPP 9.9.9, one StrEnum per schema enumeration type.

Generated from the OCPP 9.9.9 JSON schemas by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = []
