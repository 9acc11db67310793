"""OCPP-J as OCPP 9.9.9 defines it: the WebSocket subprotocol, the message type id of
each frame, what is done with a frame of a type it does not know and the CallError code sent in
each situation.

Generated from the version profile (`profile.yaml` beside the schemas) by `make generate`; do not
edit. The runtime modules (`rpc`, `session`, `websockets`, the log validator) read these, so that
a package built for another OCPP version speaks that version's OCPP-J.
"""

from __future__ import annotations

from typing import Final

SUBPROTOCOL: Final[str] = "ocpp2.0.1"
"""The WebSocket subprotocol both ends agree on."""

# The message type id of each frame; None for a frame this OCPP version does not have.
CALL: Final[int] = 2
"""A request: `[CALL, unique id, action, payload]`."""
CALL_RESULT: Final[int] = 3
"""The answer to a CALL: `[CALL_RESULT, unique id, payload]`."""
CALL_ERROR: Final[int] = 4
"""The error answering a CALL: `[CALL_ERROR, unique id, code, description, details]`."""
CALL_RESULT_ERROR: Final[int | None] = None
"""OCPP 2.1: the CALL's sender cannot handle the CALL_RESULT (laid out as CALL_ERROR)."""
SEND: Final[int | None] = None
"""OCPP 2.1: a one-way message, never answered (laid out as CALL)."""
MESSAGE_TYPES: Final[tuple[int, ...]] = (2, 3, 4)
"""The message type ids of the frames this OCPP version has."""

UNKNOWN_MESSAGE_TYPE: Final[str] = "answer"
"""What a session does with a frame of a message type id not in MESSAGE_TYPES: "answer" (a
CallError MESSAGE_TYPE_NOT_SUPPORTED, as OCPP-J 2.0.1 asks) or "ignore" (log it, send nothing, as
OCPP-J 1.6 and 2.1 ask)."""

# The CallError code sent in each situation (OCPP versions spell some differently).
FORMAT_VIOLATION: Final[str] = "FormatViolation"
GENERIC_ERROR: Final[str] = "GenericError"
INTERNAL_ERROR: Final[str] = "InternalError"
MESSAGE_TYPE_NOT_SUPPORTED: Final[str] = "MessageTypeNotSupported"
NOT_IMPLEMENTED: Final[str] = "NotImplemented"
NOT_SUPPORTED: Final[str] = "NotSupported"
OCCURRENCE_CONSTRAINT_VIOLATION: Final[str] = "OccurrenceConstraintViolation"
PROPERTY_CONSTRAINT_VIOLATION: Final[str] = "PropertyConstraintViolation"
PROTOCOL_ERROR: Final[str] = "ProtocolError"
RPC_FRAMEWORK_ERROR: Final[str] = "RpcFrameworkError"
SECURITY_ERROR: Final[str] = "SecurityError"
TYPE_CONSTRAINT_VIOLATION: Final[str] = "TypeConstraintViolation"
ERROR_CODES: Final[frozenset[str]] = frozenset(
    {
        "FormatViolation",
        "GenericError",
        "InternalError",
        "MessageTypeNotSupported",
        "NotImplemented",
        "NotSupported",
        "OccurrenceConstraintViolation",
        "PropertyConstraintViolation",
        "ProtocolError",
        "RpcFrameworkError",
        "SecurityError",
        "TypeConstraintViolation",
    }
)
"""The CallError codes of this OCPP version's OCPP-J."""
