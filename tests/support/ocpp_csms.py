"""A CSMS built on the `ocpp` package (2.1.0) for our charging station to talk to, and the corpus
payloads both implementations carry unchanged.

`ocpp_csms()` serves `ocpp.v201.ChargePoint`s with `websockets.serve` on 127.0.0.1 (subprotocol
``ocpp2.0.1``), one per station connection, as a user of `ocpp` writes a CSMS. Their handlers
(`@on`, one per action a CSMS receives) answer what the test puts in `OcppCsms.answers`; `ocpp`
keeps its default schema validation of what it receives and of what it answers.

`ocpp` hands payloads to handlers as snake_case keyword arguments and turns its dataclasses back
into camelCase, over the whole payload: keys a schema leaves free (the vendor keys of
`customData`, anything inside DataTransfer's `data`) are renamed on the way, and nulls inside them
dropped. `exchangeable_payloads` therefore picks the corpus payloads that come through that
conversion as they are; test_interop.py shows the rewriting itself.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote

import ocpp.charge_point
import ocpp.messages
import ocpp201
from ocpp.charge_point import (
    camel_to_snake_case,
    remove_nones,
    serialize_as_dict,
    snake_to_camel_case,
)
from ocpp.routing import on
from ocpp.v201 import ChargePoint, call, call_result
from ocpp201 import Payload, Request
from ocpp201.session import Context, Router
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from .implemented import matrix

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SUBPROTOCOL = "ocpp2.0.1"
WAIT = 10.0
"""Upper bound on one expected exchange on 127.0.0.1, where they take milliseconds."""

STATION_SENDS = ("ChargingStation->CSMS", "LocalController->CSMS")
CSMS_SENDS = ("CSMS->ChargingStation", "CSMS->LocalController")


def directions() -> list[tuple[str, str]]:
    """(action, who sends its Call: "station" or "csms") for every implemented action, in matrix
    order; an action sent both ways appears twice."""
    pairs = []
    for entry in matrix().entries:
        if entry.implemented:
            if entry.direction in STATION_SENDS or entry.direction == "Both":
                pairs.append((entry.action, "station"))
            if entry.direction in CSMS_SENDS or entry.direction == "Both":
                pairs.append((entry.action, "csms"))
    return pairs


def sent_by(sender: str) -> list[str]:
    return [action for action, who in directions() if who == sender]


# --- Payloads -----------------------------------------------------------------------------------


def ocpp_accepts(message: ocpp.messages.Call | ocpp.messages.CallResult) -> str | None:
    """None when `ocpp`'s validator accepts the message, else its complaint."""
    try:
        ocpp.messages._validate_payload(message, "2.0.1")  # what its validate_payload awaits
    except Exception as error:  # ocpp's error classes share no base with the jsonschema ones
        return f"{type(error).__name__}: {error}"
    return None


def as_ocpp_message(
    action: str, kind: str, payload: dict[str, Any]
) -> ocpp.messages.Call | ocpp.messages.CallResult:
    if kind == "Request":
        return ocpp.messages.Call("probe", action, payload)
    return ocpp.messages.CallResult("probe", payload, action)


def theirs(action: str, kind: str, payload: dict[str, Any]) -> Any:
    """The `ocpp` dataclass (call.X or call_result.X) a user of `ocpp` builds for `payload`."""
    module = call if kind == "Request" else call_result
    return getattr(module, action)(**camel_to_snake_case(payload))


def their_wire_payload(message: Any) -> dict[str, Any]:
    """The payload `ocpp` sends for one of its dataclasses (what its call() and handlers do)."""
    return dict(snake_to_camel_case(remove_nones(serialize_as_dict(message))))


def exchangeable_payloads(action: str, kind: str) -> list[dict[str, Any]]:
    """The corpus payloads of `action` `kind` ("Request" or "Response") that both sides carry
    unchanged: ocpp201 encodes its decoding as the same JSON, `ocpp` validates it (draft-04,
    under which 1.0 is no integer), and `ocpp`'s key conversion gives it back as it was."""
    schema = f"{action}{kind}"
    kept, refused = [], []
    for payload in json.loads((CORPUS / f"{schema}.json").read_text(encoding="utf-8")):
        ours = json.loads(ocpp201.dumps(ocpp201.decode(schema, payload)))
        complaint = ocpp_accepts(as_ocpp_message(action, kind, payload))
        if complaint is not None:
            refused.append(complaint)
        elif ours != payload:
            refused.append(f"ocpp201 writes it as {ours}")
        elif their_wire_payload(theirs(action, kind, payload)) != payload:
            refused.append("ocpp's key conversion changes it")
        else:
            kept.append(payload)
    assert kept, f"no corpus payload of {schema} crosses unchanged: {refused}"
    return kept


# --- Their CSMS ---------------------------------------------------------------------------------

Answer = Callable[[str, dict[str, Any]], Any]
"""How their handler answers: (unique id, the snake_case request) -> an `ocpp` call_result
dataclass, or an awaitable of one; raising makes `ocpp` answer with a CallError."""


class KeepsFrames(ocpp.charge_point.ChargePoint):  # type: ignore[misc]  # ocpp is untyped
    """Put before an `ocpp` ChargePoint of any version in the bases: keeps every frame it read
    (`frames_in`) and wrote (`frames_out`), as they crossed the wire."""

    def __init__(self, *args: Any, **options: Any) -> None:
        super().__init__(*args, **options)
        self.frames_in: list[str] = []
        self.frames_out: list[str] = []

    async def route_message(self, raw_msg: str) -> Any:
        self.frames_in.append(raw_msg)
        return await super().route_message(raw_msg)

    async def _send(self, message: str) -> None:
        self.frames_out.append(message)  # before the send: the peer may act on it at once
        await super()._send(message)


class OcppCsms(KeepsFrames, ChargePoint):  # type: ignore[misc]  # ocpp ships no type information
    """One station's connection as `ocpp` serves it, with a handler for every implemented action
    the CSMS receives (added below) answering from `answers`."""

    def __init__(self, station_id: str, connection: ServerConnection, **options: Any) -> None:
        super().__init__(station_id, connection, **options)
        self.connection = connection
        self.answers: dict[str, Answer] = {}
        self.received: list[tuple[str, str, dict[str, Any]]] = []
        """(unique id, action, the keyword arguments its handler got), in order."""

    async def _answer(self, action: str, unique_id: str, request: dict[str, Any]) -> Any:
        self.received.append((unique_id, action, request))
        answer = self.answers.get(action)
        if answer is None:
            raise AssertionError(f"the test gave no answer for {action}")
        response = answer(unique_id, request)
        if isinstance(response, Awaitable):
            response = await response
        return response


def _their_handler(action: str) -> Any:
    async def handle(self: OcppCsms, call_unique_id: str, **request: Any) -> Any:
        return await self._answer(action, call_unique_id, request)

    # `ocpp` finds handlers by function name (one list for all classes): one name per action.
    handle.__name__ = handle.__qualname__ = f"on_{action}_of_ocpp_csms"
    return on(action)(handle)


for _action in sent_by("station"):
    setattr(OcppCsms, f"on_{_action}_of_ocpp_csms", _their_handler(_action))


def answer_with(action: str, payload: dict[str, Any]) -> Answer:
    """Their handler's answer: the response dataclass a user of `ocpp` builds for `payload`."""
    return lambda unique_id, request: theirs(action, "Response", payload)


class OcppCsmsServer:
    """`websockets.serve` running an `OcppCsms` per connection; the station id is the last path
    segment."""

    def __init__(self, response_timeout: float) -> None:
        self.response_timeout = response_timeout
        self.port = 0
        self.charge_points: dict[str, OcppCsms] = {}
        self.released = asyncio.Event()
        """Set when the server stops: answers made to wait (`hold`) go out then at the latest."""
        self._arrived: dict[str, asyncio.Event] = {}

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ocpp"

    async def handler(self, connection: ServerConnection) -> None:
        assert connection.request is not None
        station_id = unquote(connection.request.path.rsplit("/", 1)[-1])
        charge_point = OcppCsms(station_id, connection, response_timeout=self.response_timeout)
        self.charge_points[station_id] = charge_point
        self._arrived.setdefault(station_id, asyncio.Event()).set()
        try:
            await charge_point.start()
        except ConnectionClosed:
            pass  # their start() reads until the connection ends, and says so by raising

    async def wait_for_station(self, station_id: str) -> OcppCsms:
        async with asyncio.timeout(WAIT):
            await self._arrived.setdefault(station_id, asyncio.Event()).wait()
        return self.charge_points[station_id]

    def hold(self, then: Answer | None = None) -> Answer:
        """An answer that waits until `released` is set, then answers with `then` (or nothing)."""
        released = self.released

        async def held(unique_id: str, request: dict[str, Any]) -> Any:
            await released.wait()
            return None if then is None else then(unique_id, request)

        return held


@asynccontextmanager
async def ocpp_csms(
    *, response_timeout: float = WAIT, **serve_options: Any
) -> AsyncIterator[OcppCsmsServer]:
    """Their CSMS on 127.0.0.1, on a port the system picks; `serve_options` go to
    `websockets.asyncio.server.serve` (e.g. process_request for Basic auth)."""
    csms = OcppCsmsServer(response_timeout)
    async with serve(
        csms.handler, "127.0.0.1", 0, subprotocols=[Subprotocol(SUBPROTOCOL)], **serve_options
    ) as server:
        csms.port = next(iter(server.sockets)).getsockname()[1]
        try:
            yield csms
        finally:
            csms.released.set()  # a handler still holding its answer would keep serve() open


# --- Our station's handlers -----------------------------------------------------------------------

OurAnswer = Callable[[Payload, Context], Awaitable[Payload] | Payload]


class StationHandlers:
    """A router with a handler for every implemented action our station receives (but those in
    `leave_out`), answering what `answers` says and noting each request in `received`."""

    def __init__(self, leave_out: frozenset[str] = frozenset()) -> None:
        self.router = Router()
        self.answers: dict[str, OurAnswer] = {}
        self.received: list[tuple[str, str, Payload]] = []
        """(unique id, action, the decoded request), in order."""
        for action in sent_by("csms"):
            if action not in leave_out:
                request_class = cast(type[Request[Any]], ocpp201.ACTIONS[action].request)
                self.router.on(request_class)(self._handler(action))

    def _handler(self, action: str) -> Callable[[Any, Context], Awaitable[Any]]:
        async def handle(request: Any, context: Context) -> Any:
            self.received.append((context.unique_id, action, request))
            response = self.answers[action](request, context)
            if isinstance(response, Awaitable):
                response = await response
            return response

        return handle
