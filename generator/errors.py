"""The one exception type every stage raises for bad input."""


class GeneratorError(Exception):
    """Bad input (schema, matrix, templates): the message says where and how to fix it."""
