"""Code generator: OCPP JSON schemas + coverage matrix -> typed, validating Python package."""
