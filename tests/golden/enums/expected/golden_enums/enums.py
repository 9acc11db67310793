"""Enumerations of OCPP 9.9.9, one StrEnum per schema enumeration type.

Generated from the OCPP 9.9.9 JSON schemas by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "PhaseKindEnumType",
]


class PhaseKindEnumType(StrEnum):
    """Awkward member names."""

    L1_N = "L1-N"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register"
    E_MAID = "eMAID"
    ISO14443 = "ISO14443"
    AC_SINGLE_PHASE = "AC_single_phase"
    C_TYPE2 = "cType2"
    CLASS = "class"
    _0START = "0start"
    UTF8 = "UTF8"
