"""OCPP-J RPC frames: Call, CallResult and CallError (and OCPP 2.1's Send and CallResultError),
parsed and written as JSON text.

A Call's payload is decoded into its request dataclass as the frame is parsed. A CallResult
does not say which action it answers, so its payload stays JSON until `CallResult.decode(action)`.
A frame that cannot be accepted raises `RpcError`, whose `call_error()` is the reply the
OCPP-J specification asks for.

Nothing invalid is written: a frame you build is checked when it is made (a unique id of 1 to 36
characters, a Call's payload of its action's request class, a CallError code of OCPP-J; a
CallError description longer than 255 characters is cut). A frame parsed from the wire keeps
what the peer sent, so a CallError with a code outside OCPP-J still reaches you; writing it
again checks its code.

`parse_frame(text, policy=...)` decodes a Call's payload under a tolerance policy
(`tolerance.Policy`): the Call then lists in `tolerated` the violations the policy let through.

The frames and codes are those of the OCPP version the package was built for (`ocpp_j`): a build
for OCPP 2.1 also has Send (`[6, id, action, payload]`, a one-way message, never answered) and
CallResultError (`[5, id, code, description, details]`, sent by the side that made a Call when
the CallResult it received cannot be handled); in a build whose version lacks them, a frame of
those types is refused as any unknown message type is, with the version's code for it
(`ocpp_j.MESSAGE_TYPE_NOT_SUPPORTED`: MessageTypeNotSupported in 2.0.1, GenericError in 1.6),
and making one raises ValueError. Such a refusal carries the type id read
(`RpcError.message_type`, not in `MESSAGE_TYPES`); whether it is answered is not the parser's to
say: a session answers it or ignores it as the version asks (`ocpp_j.UNKNOWN_MESSAGE_TYPE`).
Every refusal carries the type id whenever it could be read, even from text that cannot be
read whole (a lone surrogate), since the type alone says whether a frame is answered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from . import ACTIONS, OCPP_VERSION, _unknown, decode, dumps
from ._runtime import (
    MessageNotImplementedError,
    Payload,
    Request,
    UnknownMessageError,
    ValidationError,
    Violation,
    _json_dumps,
    _json_loads,
    _JsonError,
)
from .ocpp_j import (
    CALL,
    CALL_ERROR,
    CALL_RESULT,
    CALL_RESULT_ERROR,
    ERROR_CODES,
    FORMAT_VIOLATION,
    MESSAGE_TYPE_NOT_SUPPORTED,
    MESSAGE_TYPES,
    NOT_IMPLEMENTED,
    NOT_SUPPORTED,
    RPC_FRAMEWORK_ERROR,
    SEND,
)
from .tolerance import STRICT, Policy, Tolerated, tolerant_decode

MAX_UNIQUE_ID_LENGTH = 36
MAX_ERROR_DESCRIPTION_LENGTH = 255
UNKNOWN_UNIQUE_ID = "-1"
"""The unique id of a CallError answering a frame whose own id could not be read."""

_MESSAGE_TYPES_TEXT = (
    f"{', '.join(str(kind) for kind in MESSAGE_TYPES[:-1])} or {MESSAGE_TYPES[-1]}"
)

ResponseT = TypeVar("ResponseT", bound=Payload)


def _check_unique_id(unique_id: object) -> None:
    if not isinstance(unique_id, str):
        raise TypeError(f"a unique id is a str, not {type(unique_id).__name__}")
    if not 0 < len(unique_id) <= MAX_UNIQUE_ID_LENGTH:
        raise ValueError(
            f"a unique id has 1 to {MAX_UNIQUE_ID_LENGTH} characters, not {len(unique_id)}: {unique_id[:40]!r}"
        )


def _check_error_code(code: object) -> None:
    if code not in ERROR_CODES:
        raise ValueError(
            f"{code!r} is not an OCPP-J CallError code; one of: {', '.join(sorted(ERROR_CODES))}"
        )


class RpcError(Exception):
    """A frame that cannot be accepted, with the CallError code that answers it.

    Raise one from a session handler to answer with that code. `message_type` is the type of the
    frame that was refused (CALL, CALL_RESULT, CALL_ERROR, and in OCPP 2.1 CALL_RESULT_ERROR or
    SEND; for a type the version does not know, the id as read, not in MESSAGE_TYPES), None when
    it could not be read.
    """

    def __init__(
        self,
        code: str,
        description: str,
        unique_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        _check_error_code(code)
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description
        self.unique_id = unique_id
        self.details = details or {}
        self.message_type: int | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds an exception from its message alone, which this __init__ refuses.
        return (
            type(self),
            (self.code, self.description, self.unique_id, self.details),
            self.__dict__,
        )

    def call_error(self) -> CallError:
        """The CallError frame to send back."""
        return CallError(
            self.unique_id if self.unique_id is not None else UNKNOWN_UNIQUE_ID,
            self.code,
            self.description[:MAX_ERROR_DESCRIPTION_LENGTH],
            self.details,
        )


def _violations_json(violations: list[Violation]) -> dict[str, Any]:
    return {
        "violations": [{"path": v.path, "code": v.code, "message": v.message} for v in violations]
    }


@dataclass(frozen=True, slots=True)
class Call:
    """A request: `[2, uniqueId, action, payload]`."""

    unique_id: str
    action: str
    payload: Payload
    tolerated: list[Tolerated] = field(default_factory=list, compare=False)
    """The violations a tolerance policy let through when the Call was parsed (see
    `parse_frame`); empty for a Call that met its schema, and for one made here."""

    def __post_init__(self) -> None:
        _check_unique_id(self.unique_id)
        action = ACTIONS.get(self.action) if isinstance(self.action, str) else None
        if action is None:
            if not isinstance(self.action, str):
                raise TypeError(f"an action is a str, not {type(self.action).__name__}")
            raise _unknown(self.action + "Request")  # says whether OCPP has it at all
        if action.response is None:
            raise ValueError(
                f"{self.action} is a one-way message: it goes in a Send, not in a Call"
            )
        if not isinstance(self.payload, action.request):
            raise TypeError(
                f"a {self.action} Call carries a {action.request.__name__}, not a {type(self.payload).__name__}"
            )

    def to_json(self) -> str:
        """The frame as JSON text; raises ValidationError if the payload breaks its schema."""
        payload = dumps(self.payload)
        head = _frame_text("Call", [CALL, self.unique_id, self.action])
        return f"{head[:-1]},{payload}]"

    def result(self, response: Payload) -> CallResult:
        """The CallResult answering this call with `response` (validated when written)."""
        if response.SCHEMA != self.action + "Response":
            raise TypeError(
                f"a {self.action} call is answered by {self.action}Response, not {response.SCHEMA}"
            )
        return CallResult(self.unique_id, response.to_dict())

    def error(
        self, code: str, description: str = "", details: dict[str, Any] | None = None
    ) -> CallError:
        """A CallError answering this call."""
        return CallError(self.unique_id, code, description, details or {})


@dataclass(frozen=True, slots=True)
class CallResult:
    """A response: `[3, uniqueId, payload]`. The payload stays JSON until you say what it answers."""

    unique_id: str
    payload: dict[str, Any]

    def __post_init__(self) -> None:
        _check_unique_id(self.unique_id)
        if not isinstance(self.payload, dict):
            raise TypeError(
                f"a CallResult payload is a JSON object (dict), not {type(self.payload).__name__}"
            )

    @overload
    def decode(self, action: str) -> Payload: ...
    @overload
    def decode(self, action: type[Request[ResponseT]]) -> ResponseT: ...

    def decode(self, action: str | type[Request[Any]]) -> Payload:
        """The payload as the response of `action`, an action name or its request class (then the
        result is typed: `result.decode(ResetRequest)` is a ResetResponse); raises
        ValidationError or LookupError."""
        if isinstance(action, str):
            return decode(action + "Response", self.payload)
        return decode(action.SCHEMA.removesuffix("Request") + "Response", self.payload)

    def to_json(self) -> str:
        """The frame as JSON text; raises ValueError for a value JSON text cannot carry."""
        return _frame_text("CallResult", [CALL_RESULT, self.unique_id, self.payload])

    def error(
        self, code: str, description: str = "", details: dict[str, Any] | None = None
    ) -> CallResultError:
        """A CallResultError telling the peer that this CallResult could not be handled (OCPP
        2.1); raises ValueError in a build whose OCPP version has no CallResultError."""
        return CallResultError(self.unique_id, code, description, details or {})


@dataclass(frozen=True, slots=True)
class CallError:
    """An error response: `[4, uniqueId, errorCode, errorDescription, errorDetails]`."""

    unique_id: str
    error_code: str
    error_description: str = ""
    error_details: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _check_error_frame(self)

    @classmethod
    def _received(
        cls, unique_id: str, code: str, description: str, details: dict[str, Any]
    ) -> CallError:
        """A CallError as the peer sent it, unchecked: a code outside OCPP-J or a long description
        is what arrived, and the caller waiting for the answer should see it."""
        return _received_error(cls, unique_id, code, description, details)

    def to_json(self) -> str:
        """The frame as JSON text; raises ValueError for a code not of OCPP-J, or a value JSON text
        cannot carry."""
        return _error_frame_text(self, "CallError", CALL_ERROR)


@dataclass(frozen=True, slots=True)
class CallResultError:
    """OCPP 2.1: `[5, uniqueId, errorCode, errorDescription, errorDetails]`, sent by the side that
    made a Call when the CallResult it received cannot be handled (an invalid payload, say); the
    unique id is the Call's. Never answered, and it does not reopen the Call. Making one in a
    build whose OCPP version has no such frame raises ValueError."""

    unique_id: str
    error_code: str
    error_description: str = ""
    error_details: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if CALL_RESULT_ERROR is None:
            raise ValueError(f"OCPP {OCPP_VERSION} has no CallResultError frame")
        _check_error_frame(self)

    @classmethod
    def _received(
        cls, unique_id: str, code: str, description: str, details: dict[str, Any]
    ) -> CallResultError:
        """A CallResultError as the peer sent it, unchecked (see `CallError._received`)."""
        return _received_error(cls, unique_id, code, description, details)

    def to_json(self) -> str:
        """The frame as JSON text; raises ValueError for a code not of OCPP-J, or a value JSON text
        cannot carry."""
        message_type = CALL_RESULT_ERROR
        assert message_type is not None  # checked when the frame was made or parsed
        return _error_frame_text(self, "CallResultError", message_type)


@dataclass(frozen=True, slots=True)
class Send:
    """OCPP 2.1: a one-way message, `[6, uniqueId, action, payload]`; never answered, not even
    with a CallError. Only the one-way actions (`ACTIONS[action].response is None`) go in one.
    Making one in a build whose OCPP version has no such frame raises ValueError."""

    unique_id: str
    action: str
    payload: Payload
    tolerated: list[Tolerated] = field(default_factory=list, compare=False)
    """The violations a tolerance policy let through when the Send was parsed."""

    def __post_init__(self) -> None:
        if SEND is None:
            raise ValueError(f"OCPP {OCPP_VERSION} has no Send frame (one-way messages)")
        _check_unique_id(self.unique_id)
        action = ACTIONS.get(self.action) if isinstance(self.action, str) else None
        if action is None:
            if not isinstance(self.action, str):
                raise TypeError(f"an action is a str, not {type(self.action).__name__}")
            raise _unknown(self.action)
        if action.response is not None:
            raise ValueError(
                f"{self.action} is answered: it goes in a Call, not in a Send (a one-way message)"
            )
        if not isinstance(self.payload, action.request):
            raise TypeError(
                f"a {self.action} Send carries a {action.request.__name__}, not a {type(self.payload).__name__}"
            )

    def to_json(self) -> str:
        """The frame as JSON text; raises ValidationError if the payload breaks its schema."""
        assert SEND is not None  # checked when the frame was made
        payload = dumps(self.payload)
        head = _frame_text("Send", [SEND, self.unique_id, self.action])
        return f"{head[:-1]},{payload}]"


_ErrorFrameT = TypeVar("_ErrorFrameT", CallError, CallResultError)


def _check_error_frame(frame: CallError | CallResultError) -> None:
    _check_unique_id(frame.unique_id)
    _check_error_code(frame.error_code)
    if not isinstance(frame.error_description, str):
        raise TypeError(
            f"an error description is a str, not {type(frame.error_description).__name__}"
        )
    if not isinstance(frame.error_details, dict):
        raise TypeError(
            f"error details are a JSON object (dict), not {type(frame.error_details).__name__}"
        )
    if len(frame.error_description) > MAX_ERROR_DESCRIPTION_LENGTH:
        # Cut rather than refused: a long description is a detail, and the error must still go out.
        object.__setattr__(
            frame, "error_description", frame.error_description[:MAX_ERROR_DESCRIPTION_LENGTH]
        )


def _received_error(
    cls: type[_ErrorFrameT], unique_id: str, code: str, description: str, details: dict[str, Any]
) -> _ErrorFrameT:
    frame = object.__new__(cls)
    for name, value in zip(
        ("unique_id", "error_code", "error_description", "error_details"),
        (unique_id, code, description, details),
        strict=True,
    ):
        object.__setattr__(frame, name, value)
    return frame


def _error_frame_text(frame: CallError | CallResultError, kind: str, message_type: int) -> str:
    _check_error_code(frame.error_code)  # a received frame, written again
    description = frame.error_description[:MAX_ERROR_DESCRIPTION_LENGTH]
    return _frame_text(
        kind, [message_type, frame.unique_id, frame.error_code, description, frame.error_details]
    )


Frame = Call | CallResult | CallError | CallResultError | Send

_ERROR_FIELDS = ("unique_id", "error_code", "error_description", "error_details")
_FRAME_FIELDS = {
    "Call": ("unique_id", "action", "payload"),
    "CallResult": ("unique_id", "payload"),
    "CallError": _ERROR_FIELDS,
    "CallResultError": _ERROR_FIELDS,
    "Send": ("unique_id", "action", "payload"),
}
"""The frame elements after the message type, by field name."""


def _frame_text(kind: str, frame: list[Any]) -> str:
    try:
        return _json_dumps(frame)
    except _JsonError as error:  # e.g. a set in the payload, a lone surrogate in the unique id
        index, _, inner = error.path[1:].partition("/")  # "/2/data/0" -> "2", "data/0"
        place = _FRAME_FIELDS[kind][int(index) - 1] if index.isdigit() and index != "0" else "frame"
        raise ValueError(
            f"cannot write this {kind}: {place}{'/' if inner else ''}{inner}: {error.message}"
        ) from None


def _unique_id(frame: list[Any]) -> str:
    unique_id = frame[1] if len(frame) > 1 else None
    if not isinstance(unique_id, str) or not unique_id:
        raise RpcError(RPC_FRAMEWORK_ERROR, "the message id must be a non-empty string")
    if len(unique_id) > MAX_UNIQUE_ID_LENGTH:
        raise RpcError(
            RPC_FRAMEWORK_ERROR, f"the message id is longer than {MAX_UNIQUE_ID_LENGTH} characters"
        )
    return unique_id


def _shape(frame: list[Any], unique_id: str, length: int, what: str) -> None:
    if len(frame) != length:
        raise RpcError(
            RPC_FRAMEWORK_ERROR,
            f"a {what} frame has {length} elements, this one {len(frame)}",
            unique_id,
        )


def not_taken(action: str, error: UnknownMessageError, unique_id: str | None = None) -> RpcError:
    """The error answering a Call for `action` that `decode` refused with `error`: NotSupported
    when this release leaves the action out, NotImplemented when OCPP does not know it."""
    if isinstance(error, MessageNotImplementedError):
        return RpcError(
            NOT_SUPPORTED, f"{action} is not supported by this implementation", unique_id
        )
    return RpcError(NOT_IMPLEMENTED, f"{action!r} is not an OCPP {OCPP_VERSION} action", unique_id)


def _call(frame: list[Any], unique_id: str, policy: Policy) -> Call:
    _shape(frame, unique_id, 4, "Call")
    action, payload = frame[2], frame[3]
    if not isinstance(action, str):
        raise RpcError(RPC_FRAMEWORK_ERROR, "the action must be a string", unique_id)
    known = ACTIONS.get(action)
    if known is not None and known.response is None:
        # OCPP-J 2.1 (part 4, 4.1.3) sends a message that has no response as SEND, and a CALL
        # names a "...Request" message. The action is recognized, and never taken as a CALL:
        # NotSupported, as for an action sent in the wrong direction.
        raise RpcError(
            NOT_SUPPORTED,
            f"{action} is a one-way message: it is sent as SEND (message type {SEND}), not as a CALL",
            unique_id,
        )
    try:
        if policy:
            request, tolerated = tolerant_decode(action + "Request", payload, policy)
            return Call(unique_id, action, request, tolerated)
        return Call(unique_id, action, decode(action + "Request", payload))
    except UnknownMessageError as error:
        raise not_taken(action, error, unique_id) from None
    except ValidationError as error:
        first = error.violations[0]
        raise RpcError(
            first.code, str(error), unique_id, _violations_json(error.violations)
        ) from None


def _send(frame: list[Any], unique_id: str, policy: Policy) -> Send:
    _shape(frame, unique_id, 4, "Send")
    action, payload = frame[2], frame[3]
    if not isinstance(action, str):
        raise RpcError(RPC_FRAMEWORK_ERROR, "the action must be a string", unique_id)
    known = ACTIONS.get(action)
    if known is None:
        unknown = _unknown(action)
        assert isinstance(unknown, UnknownMessageError)  # the name is a str
        raise not_taken(action, unknown, unique_id)
    if known.response is not None:
        # OCPP-J 2.1 (part 4, 4.1.3): an answered message goes in a CALL, SEND is for those
        # without a response.
        raise RpcError(
            NOT_SUPPORTED,
            f"{action} is answered: it is sent as a CALL, not as SEND (a one-way message)",
            unique_id,
        )
    name = known.request.SCHEMA
    try:
        if policy:
            message, tolerated = tolerant_decode(name, payload, policy)
            return Send(unique_id, action, message, tolerated)
        return Send(unique_id, action, decode(name, payload))
    except ValidationError as error:
        first = error.violations[0]
        raise RpcError(
            first.code, str(error), unique_id, _violations_json(error.violations)
        ) from None


_PAYLOAD_ELEMENT = {CALL: "3", CALL_RESULT: "2"} | ({SEND: "3"} if SEND is not None else {})
"""The element of a frame, by message type, that holds a payload (as a JSON pointer's first step)."""


def _refused_text(error: _JsonError) -> RpcError:
    """The RpcError for frame text `_json_loads` refused, carrying the type id whenever it can be
    read (it alone says whether the frame is answered): the CallError goes to the frame's own
    unique id whenever that id can be read, and a lone surrogate in a payload is a FormatViolation
    there, like any other payload violation."""
    frame, path = error.value, error.path
    if not isinstance(frame, list) or not path:  # not JSON, not UTF-8, a byte order mark
        return RpcError(
            RPC_FRAMEWORK_ERROR,
            f"the frame is not JSON: {error.message.removeprefix('not valid JSON: ')}",
        )
    kind = frame[0] if type(frame[0]) is int else None
    refused = _refused_frame_text(error, frame, path, kind)
    refused.message_type = kind
    return refused


def _refused_frame_text(
    error: _JsonError, frame: list[Any], path: str, kind: int | None
) -> RpcError:
    element = path.split("/")[1]
    unique_id = frame[1] if len(frame) > 1 and element != "1" else None
    if kind is not None and kind not in MESSAGE_TYPES:
        return _unknown_type(kind, unique_id)  # refused as a readable frame of that type is
    if not isinstance(unique_id, str) or not 0 < len(unique_id) <= MAX_UNIQUE_ID_LENGTH:
        return RpcError(RPC_FRAMEWORK_ERROR, f"the message id cannot be read: {error.message}")
    payload_element = _PAYLOAD_ELEMENT.get(kind) if kind is not None else None
    if element != payload_element:
        return RpcError(
            RPC_FRAMEWORK_ERROR, f"the frame cannot be read at {path}: {error.message}", unique_id
        )
    inner = path[len(element) + 1 :]
    if kind in (CALL, SEND) and isinstance(frame[2], str):
        violations = [Violation(inner, FORMAT_VIOLATION, error.message)]
        known = ACTIONS.get(frame[2])
        if kind == CALL or known is None:
            name = frame[2] + ("Request" if kind == CALL else "")
        else:
            name = known.request.SCHEMA
        described = ValidationError(name, violations)
        return RpcError(FORMAT_VIOLATION, str(described), unique_id, _violations_json(violations))
    return RpcError(
        FORMAT_VIOLATION,
        f"the payload cannot be read at {inner or '/'}: {error.message}",
        unique_id,
        _violations_json([Violation(inner, FORMAT_VIOLATION, error.message)]),
    )


def _unknown_type(kind: int, unique_id: object) -> RpcError:
    """The refusal of a frame of a message type the version does not have, to its unique id when
    that can be read."""
    readable = (
        unique_id
        if isinstance(unique_id, str) and 0 < len(unique_id) <= MAX_UNIQUE_ID_LENGTH
        else None
    )
    unknown = RpcError(
        MESSAGE_TYPE_NOT_SUPPORTED, f"message type {kind} is not {_MESSAGE_TYPES_TEXT}", readable
    )
    unknown.message_type = kind
    return unknown


def parse_frame(data: str | bytes | bytearray, *, policy: Policy = STRICT) -> Frame:
    """One OCPP-J frame from its JSON text; raises RpcError (see `RpcError.call_error`).

    A Call's payload is decoded under `policy`: strictly by default; what a tolerance policy
    lets through is listed in the Call's `tolerated`."""
    try:
        frame = _json_loads(data)
    except _JsonError as error:
        raise _refused_text(error) from None
    except (ValueError, TypeError, RecursionError):
        raise RpcError(RPC_FRAMEWORK_ERROR, "the frame is not JSON") from None
    if not isinstance(frame, list) or not frame:
        raise RpcError(RPC_FRAMEWORK_ERROR, "the frame is not a JSON array")
    kind = frame[0]
    if isinstance(kind, bool) or not isinstance(kind, int):
        raise RpcError(RPC_FRAMEWORK_ERROR, "the message type id must be an integer")
    if kind not in MESSAGE_TYPES:
        raise _unknown_type(kind, frame[1] if len(frame) > 1 else None)
    try:
        return _typed_frame(frame, kind, policy)
    except RpcError as error:
        # Tells a reader whether the refused frame was a Call, which deserves a CallError back,
        # or an answer, which OCPP-J does not answer.
        error.message_type = kind
        raise


def _typed_frame(frame: list[Any], kind: int, policy: Policy) -> Frame:
    unique_id = _unique_id(frame)
    if kind == CALL:
        return _call(frame, unique_id, policy)
    if kind == CALL_RESULT:
        _shape(frame, unique_id, 3, "CallResult")
        if not isinstance(frame[2], dict):
            raise RpcError(
                FORMAT_VIOLATION, "a CallResult payload must be a JSON object", unique_id
            )
        return CallResult(unique_id, frame[2])
    if kind == CALL_ERROR:
        return CallError._received(unique_id, *_error_parts(frame, unique_id, "CallError"))
    if kind == CALL_RESULT_ERROR:
        parts = _error_parts(frame, unique_id, "CallResultError")
        return CallResultError._received(unique_id, *parts)
    if kind == SEND:
        return _send(frame, unique_id, policy)
    raise AssertionError(kind)  # the message types were checked above


def _error_parts(frame: list[Any], unique_id: str, what: str) -> tuple[str, str, dict[str, Any]]:
    """The code, description and details of a CallError or CallResultError frame."""
    _shape(frame, unique_id, 5, what)
    code, description, details = frame[2], frame[3], frame[4]
    if (
        not isinstance(code, str)
        or not isinstance(description, str)
        or not isinstance(details, dict)
    ):
        raise RpcError(
            RPC_FRAMEWORK_ERROR,
            f"a {what} has a string code, a string description and an object",
            unique_id,
        )
    return code, description, details


__all__ = [
    "CALL",
    "CALL_ERROR",
    "CALL_RESULT",
    "CALL_RESULT_ERROR",
    "Call",
    "CallError",
    "CallResult",
    "CallResultError",
    "ERROR_CODES",
    "Frame",
    "MAX_ERROR_DESCRIPTION_LENGTH",
    "MAX_UNIQUE_ID_LENGTH",
    "RpcError",
    "SEND",
    "Send",
    "UNKNOWN_UNIQUE_ID",
    "parse_frame",
]
