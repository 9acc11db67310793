"""The JSON-Schema keywords, formats and drafts the generator implements, in one place.

A keyword with validation meaning that is not listed for the kind of schema it stands on is
refused with its file and pointer: a validator is never weaker than its schema.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Keywords with validation meaning, by the kind of schema that may carry them.
BY_KIND: dict[str, frozenset[str]] = {
    # additionalProperties is a no-op on a string; the OCPP enumerations carry it
    "string": frozenset({"type", "maxLength", "format", "additionalProperties"}),
    "enum": frozenset({"type", "enum", "additionalProperties"}),
    "integer": frozenset({"type", "minimum", "maximum"}),
    "number": frozenset({"type", "minimum", "maximum", "multipleOf"}),
    "boolean": frozenset({"type"}),
    # additionalItems is a no-op beside a single (non-tuple) `items` schema
    "array": frozenset({"type", "items", "minItems", "maxItems", "additionalItems"}),
    "object": frozenset({"type", "properties", "required", "additionalProperties", "definitions"}),
    "ref": frozenset({"$ref"}),
    "any": frozenset(),
}
IMPLEMENTED: frozenset[str] = frozenset().union(*BY_KIND.values())
"""Every keyword with validation meaning that the generator turns into checks."""

ANNOTATIONS = frozenset(
    {"description", "javaType", "comment", "$comment", "$schema", "$id", "default", "title"}
)
"""Keywords without validation meaning: read (description) or ignored on purpose. `title` names
the message in OCPP 1.6 (the profile's patterns name it here); `$id` only sets the base of
`$ref`s, which are all local (`#/definitions/...`), so it changes nothing they resolve to."""

FORMATS: dict[str, bool] = {
    # checked as RFC 3339, like the reference validator with rfc3339-validator
    "date-time": True,
    # Not checked, as by the reference validator: jsonschema's format checker checks `uri` only
    # when rfc3987 or rfc3986-validator is installed, and the project installs neither. OCPP 1.6
    # uses it for the location a station uploads to or downloads from (GetDiagnostics,
    # UpdateFirmware), which the station then resolves itself.
    "uri": False,
}
"""The `format` values implemented: format -> whether the value is checked (else an annotation)."""


@dataclass(frozen=True)
class Draft:
    """What a JSON Schema draft means where the drafts the schemas use differ."""

    name: str
    integral_floats_are_integers: bool
    """`1.0` is an `integer` (draft-06 and later) or only a `number` (draft-04, as jsonschema's
    Draft4Validator has it)."""


DRAFTS: dict[str, Draft] = {
    "http://json-schema.org/draft-04/schema#": Draft(
        "draft-04", integral_floats_are_integers=False
    ),
    "http://json-schema.org/draft-06/schema#": Draft("draft-06", integral_floats_are_integers=True),
}
"""The drafts implemented, by the `$schema` URI that names them; a schema file must name one."""


def draft_sensitive(schema: object, a: Draft, b: Draft) -> str | None:
    """What in `schema` (its own tree, not what its `$ref`s name) the drafts `a` and `b` check
    differently, or None when a value passes under both or neither."""
    if a.integral_floats_are_integers != b.integral_floats_are_integers:
        if _has(schema, lambda node: node.get("type") == "integer"):
            return "an `integer` (1.0 is one under only one of them)"
    return None


def _has(schema: object, test: Callable[[dict[str, Any]], bool]) -> bool:
    if isinstance(schema, dict):
        return test(schema) or any(_has(v, test) for v in schema.values())
    if isinstance(schema, list):
        return any(_has(v, test) for v in schema)
    return False
