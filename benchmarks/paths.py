"""The timed paths: what each library does with one message, as a zero-argument callable.

Every path gets its own copy of the decoded payload, so a library that writes into its input
(fastjsonschema fills in defaults unless told not to) cannot change what another path sees.
A path that refuses one of our (oracle-valid) payloads is recorded as rejected, not timed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import fastjsonschema
import jsonschema_rs
import msgspec
import ocpp.messages
import ocpp.v201.call
import ocpp.v201.call_result
from jsonschema import Draft6Validator
from ocpp.charge_point import camel_to_snake_case

from .builds import SCHEMAS
from .msgspec_structs import STRUCTS
from .payloads import PAYLOADS, Json, action_of, load_schema, wire_bytes

Timed = Callable[[], object]


class Rejected(Exception):
    """The library refused a schema-valid payload; the message says how."""


class NotApplicable(Exception):
    """The path does not exist for this message (e.g. no msgspec Struct was written for it)."""


@dataclass
class Context:
    """Everything the paths are prepared from."""

    ours_committed: ModuleType
    ours_all: ModuleType
    pydantic_models: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    ours_compiled: ModuleType | None = None
    """The compiled build of the committed package (None: it could not be built here)."""

    def ours(self, name: str) -> ModuleType:
        """The committed build where it implements the message, else the --all build."""
        committed_messages: dict[str, object] = self.ours_committed.MESSAGES
        return self.ours_committed if name in committed_messages else self.ours_all

    def compiled(self, name: str) -> ModuleType:
        """The compiled build, where it implements the message (it is compiled from the
        committed package: the --all build is not compiled, which takes minutes)."""
        if self.ours_compiled is None or name not in self.ours_compiled.MESSAGES:
            raise NotApplicable(name)
        return self.ours_compiled

    def raw(self, name: str) -> bytes:
        return wire_bytes(PAYLOADS[name])

    def parsed(self, name: str) -> Json:
        parsed: Json = json.loads(self.raw(name))
        return parsed

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


@dataclass(frozen=True)
class BenchPath:
    key: str
    label: str
    op: str
    """decode, validate or encode: the ocpp201 path the ratio column divides by."""
    what: str
    prepare: Callable[[Context, str], Timed]


def _checked(call: Timed) -> Timed:
    """Run the path once: a library error on a valid payload becomes Rejected."""
    try:
        call()
    except Exception as exc:  # any refusal, whatever the library's exception type
        raise Rejected(f"{type(exc).__name__}: {str(exc)[:300]}") from exc
    return call


# --- ocpp201 -----------------------------------------------------------------------------


def _ours_loads(ctx: Context, name: str) -> Timed:
    ours, raw = ctx.ours(name), ctx.raw(name)
    return _checked(lambda: ours.loads(name, raw))


def _ours_validate(ctx: Context, name: str) -> Timed:
    ours, payload = ctx.ours(name), ctx.parsed(name)
    violations = ours.validate(name, payload)
    if violations:
        raise Rejected("; ".join(map(str, violations)))
    return lambda: ours.validate(name, payload)


def _ours_dumps(ctx: Context, name: str, ours: ModuleType | None = None) -> Timed:
    ours = ours or ctx.ours(name)
    instance = ours.loads(name, ctx.raw(name))
    if json.loads(ours.dumps(instance)) != PAYLOADS[name]:
        ctx.note(f"ocpp201.dumps({name}) does not reproduce the payload exactly.")
    return _checked(lambda: ours.dumps(instance))


def _compiled_loads(ctx: Context, name: str) -> Timed:
    compiled, raw = ctx.compiled(name), ctx.raw(name)
    return _checked(lambda: compiled.loads(name, raw))


def _compiled_validate(ctx: Context, name: str) -> Timed:
    compiled, payload = ctx.compiled(name), ctx.parsed(name)
    if compiled.validate(name, payload):
        raise Rejected("; ".join(map(str, compiled.validate(name, payload))))
    return lambda: compiled.validate(name, payload)


def _compiled_dumps(ctx: Context, name: str) -> Timed:
    return _ours_dumps(ctx, name, ctx.compiled(name))


# --- ocpp (mobilityhouse) ----------------------------------------------------------------

# ChargePoint awaits `validate_payload`, which by default hops to a thread pool to run the
# jsonschema check. With the library's own switch off it runs the same check inline, which is
# the cheapest way the library offers: the thread hop is scheduling, not decoding.
ocpp.messages.ASYNC_VALIDATION = False


def _run_inline(coroutine: Coroutine[Any, Any, None]) -> None:
    """Drive a coroutine that never suspends (validate_payload with ASYNC_VALIDATION off)."""
    try:
        coroutine.send(None)
    except StopIteration:
        return
    coroutine.close()
    raise RuntimeError("validate_payload suspended: ASYNC_VALIDATION is expected to be off")


def _ocpp_incoming(ctx: Context, name: str) -> Timed:
    """What ChargePoint does with a received frame, minus the websocket and handler dispatch.

    A Call (`_handle_call`): unpack, validate_payload, camel_to_snake_case, then the payload
    becomes keyword arguments; we pass them to the library's dataclass for the action, as a
    handler taking the dataclass would. A CallResult (`call`): the same, with the action taken
    from the pending Call and the dataclass from `call_result`.
    """
    action, is_request = action_of(name)
    uid = "3f9c1e2a-5b7d-4e8f-a1c2-6d4b8e0f9a17"
    if is_request:
        frame = json.dumps(
            [2, uid, action, ctx.parsed(name)], separators=(",", ":"), ensure_ascii=False
        )
        cls = getattr(ocpp.v201.call, action)

        def incoming() -> object:
            msg = ocpp.messages.unpack(frame)
            _run_inline(ocpp.messages.validate_payload(msg, "2.0.1"))
            return cls(**camel_to_snake_case(msg.payload))

    else:
        frame = json.dumps([3, uid, ctx.parsed(name)], separators=(",", ":"), ensure_ascii=False)
        cls = getattr(ocpp.v201.call_result, action)

        def incoming() -> object:
            msg = ocpp.messages.unpack(frame)
            msg.action = action
            _run_inline(ocpp.messages.validate_payload(msg, "2.0.1"))
            return cls(**camel_to_snake_case(msg.payload))

    return _checked(incoming)


# --- schema validators -------------------------------------------------------------------


def _jsonschema(ctx: Context, name: str) -> Timed:
    validator = Draft6Validator(
        load_schema(SCHEMAS, name), format_checker=Draft6Validator.FORMAT_CHECKER
    )
    payload = ctx.parsed(name)
    return _checked(lambda: validator.validate(payload))


def _fastjsonschema(ctx: Context, name: str) -> Timed:
    # use_default=False: validate only, like every other validator here, instead of also
    # writing the schema's defaults into the payload.
    validate = fastjsonschema.compile(load_schema(SCHEMAS, name), use_default=False)
    payload = ctx.parsed(name)
    return _checked(lambda: validate(payload))


def _jsonschema_rs(ctx: Context, name: str) -> Timed:
    validator = jsonschema_rs.Draft6Validator(load_schema(SCHEMAS, name), validate_formats=True)
    payload = ctx.parsed(name)
    if not validator.is_valid(payload):
        errors = [str(e) for e in validator.iter_errors(payload)]
        raise Rejected("; ".join(errors)[:300])
    return lambda: validator.is_valid(payload)


# --- pydantic (datamodel-code-generator models) -------------------------------------------


def _pydantic_validate_json(ctx: Context, name: str) -> Timed:
    model, raw = ctx.pydantic_models[name], ctx.raw(name)
    return _checked(lambda: model.model_validate_json(raw))


def _pydantic_dump_json(ctx: Context, name: str) -> Timed:
    instance = ctx.pydantic_models[name].model_validate_json(ctx.raw(name))
    # exclude_unset: the wire form of what was received. Without it every absent optional is
    # written as null, which the schema forbids.
    if json.loads(instance.model_dump_json(exclude_unset=True)) != PAYLOADS[name]:
        ctx.note(f"pydantic model_dump_json({name}) does not reproduce the payload exactly.")
    return _checked(lambda: instance.model_dump_json(exclude_unset=True))


# --- decoders without validation ----------------------------------------------------------


def _json_loads(ctx: Context, name: str) -> Timed:
    raw = ctx.raw(name)
    return lambda: json.loads(raw)


def _msgspec_struct(ctx: Context, name: str) -> Timed:
    if name not in STRUCTS:
        raise NotApplicable(name)
    decoder = msgspec.json.Decoder(STRUCTS[name])
    raw = ctx.raw(name)
    return _checked(lambda: decoder.decode(raw))


def _msgspec_plain(ctx: Context, name: str) -> Timed:
    decoder = msgspec.json.Decoder()
    raw = ctx.raw(name)
    return lambda: decoder.decode(raw)


PATHS: list[BenchPath] = [
    BenchPath(
        "ours_loads",
        "ocpp201 loads",
        "decode",
        "`ocpp201.loads(name, bytes)`: JSON bytes -> validated dataclass tree (enums, "
        "aware datetimes)",
        _ours_loads,
    ),
    BenchPath(
        "ours_validate",
        "ocpp201 validate",
        "validate",
        "`ocpp201.validate(name, dict)`: the violation list only",
        _ours_validate,
    ),
    BenchPath(
        "ours_dumps",
        "ocpp201 dumps",
        "encode",
        "`ocpp201.dumps(instance)`: dataclass tree -> compact JSON; checks the instance "
        "against its schema on the way out",
        _ours_dumps,
    ),
    BenchPath(
        "ours_compiled_loads",
        "ocpp201 loads, compiled",
        "decode",
        "the same `loads`, in the compiled build (mypyc: the wheel `make dist` builds for this "
        "platform from the same source; messages of the committed build only)",
        _compiled_loads,
    ),
    BenchPath(
        "ours_compiled_validate",
        "ocpp201 validate, compiled",
        "validate",
        "the same `validate`, in the compiled build",
        _compiled_validate,
    ),
    BenchPath(
        "ours_compiled_dumps",
        "ocpp201 dumps, compiled",
        "encode",
        "the same `dumps`, in the compiled build",
        _compiled_dumps,
    ),
    BenchPath(
        "ocpp",
        "ocpp 2.1.0 incoming",
        "decode",
        "mobilityhouse `ocpp`, what `ChargePoint` does with a received frame: OCPP-J frame "
        "text -> `unpack` -> `validate_payload` (jsonschema Draft4Validator on the same "
        "schema files, no format checks; run inline via `ASYNC_VALIDATION = False` instead "
        "of the default thread-pool hop) -> `camel_to_snake_case` -> "
        "`ocpp.v201.call.<Action>(**kw)` (`call_result` for a response). Nested objects "
        "stay dicts, date-times stay strings. Handler dispatch (route lookup, "
        "`inspect.signature`) is left out",
        _ocpp_incoming,
    ),
    BenchPath(
        "jsonschema",
        "jsonschema Draft6+format",
        "validate",
        "`Draft6Validator(schema, format_checker=FORMAT_CHECKER).validate(dict)`",
        _jsonschema,
    ),
    BenchPath(
        "fastjsonschema",
        "fastjsonschema",
        "validate",
        "`fastjsonschema.compile(schema, use_default=False)(dict)`",
        _fastjsonschema,
    ),
    BenchPath(
        "pydantic_validate",
        "pydantic validate_json",
        "decode",
        "datamodel-codegen pydantic v2 model: `Model.model_validate_json(bytes)`",
        _pydantic_validate_json,
    ),
    BenchPath(
        "pydantic_dump",
        "pydantic dump_json",
        "encode",
        "`instance.model_dump_json(exclude_unset=True)`",
        _pydantic_dump_json,
    ),
    BenchPath(
        "json_loads",
        "json.loads (floor)",
        "decode",
        "stdlib `json.loads(bytes)`: no validation, plain dicts",
        _json_loads,
    ),
    BenchPath(
        "jsonschema_rs",
        "jsonschema-rs is_valid",
        "validate",
        "`jsonschema_rs.Draft6Validator(schema, validate_formats=True).is_valid(dict)` "
        "(compiled)",
        _jsonschema_rs,
    ),
    BenchPath(
        "msgspec_struct",
        "msgspec Struct",
        "decode",
        "`msgspec.json.Decoder(Struct).decode(bytes)` with hand-written Structs, "
        "TransactionEvent and MeterValues only (compiled)",
        _msgspec_struct,
    ),
    BenchPath(
        "msgspec_plain",
        "msgspec plain",
        "decode",
        "`msgspec.json.Decoder().decode(bytes)`: plain dicts, no validation (compiled)",
        _msgspec_plain,
    ),
]

OURS_FOR_OP = {"decode": "ours_loads", "validate": "ours_validate", "encode": "ours_dumps"}
"""The ocpp201 path each kind of path is compared with."""
COMPILED_PATHS = ("ours_compiled_loads", "ours_compiled_validate", "ours_compiled_dumps")
