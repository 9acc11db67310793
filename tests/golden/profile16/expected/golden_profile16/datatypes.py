"""Data types of OCPP 1.6: one dataclass per schema object definition.

Generated from the OCPP 1.6 JSON schemas by `make generate`; do not edit.
Each class validates on `from_dict` and `to_dict`; field names are snake_case and the wire
name of every field is listed in its `WIRE_NAMES`. `SCHEMA` and `WIRE_NAMES` are set after each
class body: compiling this module (the compiled build), mypyc would make them dataclass fields.
"""

from __future__ import annotations

__all__ = []
