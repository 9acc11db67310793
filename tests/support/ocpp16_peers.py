"""The other side for OCPP 1.6 interop (tests/test_interop16.py): a charging station and a CSMS
built on `ocpp.v16.ChargePoint` (the `ocpp` package, 2.1.0), and the `ocpp16` package generated
from the 1.6 fixture at test time.

Their handlers note each request as `ocpp` hands it over (snake_case keyword arguments, nested
objects as dicts) and answer with what the test puts in `answers`; `ocpp` keeps its default
schema validation of what it receives and of what it answers (Draft4Validator, no format check).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ocpp.routing import on
from ocpp.v16 import ChargePoint
from ocpp.v16.enums import Action
from websockets.asyncio.client import connect as websockets_connect
from websockets.asyncio.server import ServerConnection
from websockets.asyncio.server import serve as websockets_serve
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from .ocpp_csms import KeepsFrames

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ocpp16"
SUBPROTOCOL = Subprotocol("ocpp1.6")
WAIT = 10.0
"""Upper bound on one expected exchange on 127.0.0.1, where they take milliseconds."""


Answer = Callable[[dict[str, Any]], Any]
"""How their handler answers: the snake_case request -> an `ocpp.v16.call_result` dataclass;
raising makes `ocpp` answer with a CallError."""


class OcppPeer(KeepsFrames, ChargePoint):  # type: ignore[misc]  # ocpp ships no type information
    """An `ocpp.v16.ChargePoint` whose handlers (added below, per role) answer from `answers`
    and note every request in `received`, and which keeps every frame it read and wrote."""

    def __init__(self, peer_id: str, connection: Any) -> None:
        super().__init__(peer_id, connection, response_timeout=WAIT)
        self.answers: dict[str, Answer] = {}
        self.received: list[tuple[str, dict[str, Any]]] = []
        """(action, the keyword arguments its handler got), in order."""

    def _answer(self, action: str, request: dict[str, Any]) -> Any:
        self.received.append((action, request))
        answer = self.answers.get(action)
        if answer is None:
            raise AssertionError(f"the test gave no answer for {action}")
        return answer(request)


def _their_handler(action: Action, role: str) -> Any:
    def handle(self: OcppPeer, **request: Any) -> Any:
        return self._answer(action.value, request)

    # `ocpp` finds handlers by function name, in one list shared by every ChargePoint class.
    handle.__name__ = handle.__qualname__ = f"on_{action.name}_of_ocpp16_{role}"
    return on(action)(handle)


class OcppStation(OcppPeer):
    """A charging station on `ocpp.v16`, answering the CSMS's Calls the tests send it."""


class OcppCsms(OcppPeer):
    """A Central System on `ocpp.v16`, one per station connection, answering the station's Calls
    the tests send it."""


STATION_RECEIVES = (
    Action.remote_start_transaction,
    Action.remote_stop_transaction,
    Action.reset,
    Action.change_configuration,
    Action.get_configuration,
)
CSMS_RECEIVES = (
    Action.boot_notification,
    Action.heartbeat,
    Action.status_notification,
    Action.meter_values,
)
for _action in STATION_RECEIVES:
    setattr(OcppStation, f"on_{_action.name}_of_ocpp16_station", _their_handler(_action, "station"))
for _action in CSMS_RECEIVES:
    setattr(OcppCsms, f"on_{_action.name}_of_ocpp16_csms", _their_handler(_action, "csms"))


@asynccontextmanager
async def their_station(url: str) -> AsyncIterator[OcppStation]:
    """Their station connected to `url` (subprotocol ocpp1.6), reading until the block ends."""
    async with websockets_connect(url, subprotocols=[SUBPROTOCOL]) as websocket:
        assert websocket.subprotocol == SUBPROTOCOL
        station = OcppStation(url.rsplit("/", 1)[-1], websocket)
        reader = asyncio.create_task(station.start())
        try:
            yield station
        finally:
            reader.cancel()
            with suppress(asyncio.CancelledError, ConnectionClosed):
                await reader


class TheirCsms:
    """`websockets.serve` running an `OcppCsms` per connection on 127.0.0.1; the station id is
    the last path segment."""

    def __init__(self) -> None:
        self.port = 0
        self.charge_points: dict[str, OcppCsms] = {}
        self._arrived: dict[str, asyncio.Event] = {}

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ocpp"

    async def handler(self, connection: ServerConnection) -> None:
        assert connection.request is not None
        station_id = unquote(connection.request.path.rsplit("/", 1)[-1])
        charge_point = OcppCsms(station_id, connection)
        self.charge_points[station_id] = charge_point
        self._arrived.setdefault(station_id, asyncio.Event()).set()
        with suppress(ConnectionClosed):  # their start() reads until the connection ends
            await charge_point.start()

    async def wait_for_station(self, station_id: str) -> OcppCsms:
        async with asyncio.timeout(WAIT):
            await self._arrived.setdefault(station_id, asyncio.Event()).wait()
        return self.charge_points[station_id]


@asynccontextmanager
async def their_csms() -> AsyncIterator[TheirCsms]:
    """Their CSMS on 127.0.0.1, on a port the system picks, accepting only ocpp1.6."""
    csms = TheirCsms()
    async with websockets_serve(csms.handler, "127.0.0.1", 0, subprotocols=[SUBPROTOCOL]) as server:
        csms.port = next(iter(server.sockets)).getsockname()[1]
        yield csms
