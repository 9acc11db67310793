"""The reference validator ("oracle") for a schema file, by the draft its `$schema` names.

jsonschema's Draft4Validator or Draft6Validator with the format checker (rfc3339-validator
installed, so date-times are checked as RFC 3339), as the project holds its validators to. One
declared deviation, `decimal_multiple_of`: the generated code checks `multipleOf` on the
numbers' shortest decimal forms, where jsonschema divides floats (which makes 0.3 no multiple
of 0.1 and 7.000000000000001 one); `declared_oracle` is the oracle with that rule instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, localcontext
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError

DRAFTS: dict[str, Any] = {
    "http://json-schema.org/draft-04/schema#": jsonschema.Draft4Validator,
    "http://json-schema.org/draft-06/schema#": jsonschema.Draft6Validator,
}


def is_decimal_multiple(value: int | float, step: int | float) -> bool:
    """`value` a whole multiple of `step`, both read as their shortest decimal forms. Written
    apart from the runtime's `_is_multiple_of` (another route: one division of Decimals)."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return False
    with localcontext(prec=1000):  # exact for every float and any int of up to 900 digits
        quotient = Decimal(repr(value)) / Decimal(repr(step))
        return quotient == quotient.to_integral_value()


def decimal_multiple_of(
    validator: Any, step: Any, instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "number") and not is_decimal_multiple(instance, step):
        yield ValidationError(f"{instance!r} is not a multiple of {step} (as decimals)")


def oracle(schema: dict[str, Any]) -> Any:
    """The draft's validator as jsonschema has it: for the disagreements the tests show."""
    cls = DRAFTS[schema["$schema"]]
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def declared_oracle(schema: dict[str, Any]) -> Any:
    """The oracle with the declared `multipleOf` rule: what the generated code must agree with."""
    base = DRAFTS[schema["$schema"]]
    cls = jsonschema.validators.extend(base, {"multipleOf": decimal_multiple_of})
    return cls(schema, format_checker=base.FORMAT_CHECKER)
