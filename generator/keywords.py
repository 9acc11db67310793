"""The JSON-Schema keywords the generator implements, in one place.

A keyword with validation meaning that is not listed for the kind of schema it stands on is
refused with its file and pointer: a validator is never weaker than its schema.
"""

from __future__ import annotations

# Keywords with validation meaning, by the kind of schema that may carry them.
BY_KIND: dict[str, frozenset[str]] = {
    # additionalProperties is a no-op on a string; the OCPP enumerations carry it
    "string": frozenset({"type", "maxLength", "format", "additionalProperties"}),
    "enum": frozenset({"type", "enum", "additionalProperties"}),
    "integer": frozenset({"type", "minimum", "maximum"}),
    "number": frozenset({"type", "minimum", "maximum"}),
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
"""Keywords without validation meaning: read (description) or ignored on purpose."""

FORMATS = frozenset({"date-time"})
"""The `format` values implemented (as RFC 3339, like the reference validator)."""
