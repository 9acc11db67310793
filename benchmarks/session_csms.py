"""The two CSMSs the session benchmark loads: one on ocpp201, one on the `ocpp` package.

`python -m benchmarks.session_csms ours|ocpp` serves one of them on 127.0.0.1 (a free port,
printed as the first line of stdout) until its stdin closes, so that a parent that dies takes
it along. With ``--profile FILE`` the process runs under cProfile and writes the statistics
to FILE when it stops (read them with ``python -m pstats FILE``).

Both answer the same station-initiated actions with the same responses, through each library's
documented way of writing a CSMS: ocpp201's `Router` handlers served by
`ocpp201.websockets.serve`, and a `ChargePoint` subclass with ``@on`` handlers per connection
served by `websockets.serve` with the subprotocol ``ocpp2.0.1``. Each keeps its library's
defaults (schema validation of requests and responses included).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .builds import ROOT

# The committed package, importable as `ocpp201` without installing it.
sys.path.insert(0, str(ROOT / "generated"))

KINDS = ("ours", "ocpp")
"""The CSMS implementations, by the name the benchmark gives them."""
HEARTBEAT_INTERVAL = 300


async def serve_ours(ready: Callable[[int], None], stop: asyncio.Event) -> None:
    """ocpp201: a Router with typed handlers, served by `ocpp201.websockets.serve`."""
    from ocpp201 import (
        AuthorizationStatusEnumType,
        BootNotificationRequest,
        BootNotificationResponse,
        HeartbeatRequest,
        HeartbeatResponse,
        IdTokenInfoType,
        MeterValuesRequest,
        MeterValuesResponse,
        RegistrationStatusEnumType,
        StatusNotificationRequest,
        StatusNotificationResponse,
        TransactionEventRequest,
        TransactionEventResponse,
    )
    from ocpp201.session import Context, Router
    from ocpp201.websockets import serve

    router = Router()

    @router.on(BootNotificationRequest)
    async def boot(request: BootNotificationRequest, context: Context) -> BootNotificationResponse:
        context.state["boot"] = request
        return BootNotificationResponse(
            current_time=datetime.now(UTC),
            interval=HEARTBEAT_INTERVAL,
            status=RegistrationStatusEnumType.ACCEPTED,
        )

    @router.on(HeartbeatRequest)
    async def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:
        return HeartbeatResponse(current_time=datetime.now(UTC))

    @router.on(StatusNotificationRequest)
    async def status(
        request: StatusNotificationRequest, context: Context
    ) -> StatusNotificationResponse:
        context.state[f"{request.evse_id}/{request.connector_id}"] = request.connector_status
        return StatusNotificationResponse()

    @router.on(TransactionEventRequest)
    async def transaction(
        request: TransactionEventRequest, context: Context
    ) -> TransactionEventResponse:
        context.state[request.transaction_info.transaction_id] = request.event_type
        if request.id_token is None:
            return TransactionEventResponse()
        return TransactionEventResponse(
            id_token_info=IdTokenInfoType(status=AuthorizationStatusEnumType.ACCEPTED)
        )

    @router.on(MeterValuesRequest)
    async def meter_values(request: MeterValuesRequest, context: Context) -> MeterValuesResponse:
        context.state["meter_values"] = len(request.meter_value)
        return MeterValuesResponse()

    async with serve(router, "127.0.0.1", 0) as server:
        ready(server.port)
        await stop.wait()


async def serve_ocpp(ready: Callable[[int], None], stop: asyncio.Event) -> None:
    """The `ocpp` package: a ChargePoint subclass with @on handlers, one per connection."""
    from ocpp.routing import on
    from ocpp.v201 import ChargePoint, call_result
    from ocpp.v201.enums import Action, AuthorizationStatusEnumType, RegistrationStatusEnumType
    from websockets.asyncio.server import ServerConnection
    from websockets.asyncio.server import serve as websockets_serve
    from websockets.exceptions import ConnectionClosed
    from websockets.typing import Subprotocol

    def now() -> str:
        return datetime.now(UTC).isoformat()

    class Station(ChargePoint):  # type: ignore[misc]  # ocpp ships no type information
        state: dict[str, Any]

        @on(Action.boot_notification)  # type: ignore[untyped-decorator]
        async def on_boot(self, charging_station: Any, reason: str, **request: Any) -> Any:
            self.state["boot"] = charging_station
            return call_result.BootNotification(
                current_time=now(),
                interval=HEARTBEAT_INTERVAL,
                status=RegistrationStatusEnumType.accepted,
            )

        @on(Action.heartbeat)  # type: ignore[untyped-decorator]
        async def on_heartbeat(self) -> Any:
            return call_result.Heartbeat(current_time=now())

        @on(Action.status_notification)  # type: ignore[untyped-decorator]
        async def on_status(
            self, evse_id: int, connector_id: int, connector_status: str, **request: Any
        ) -> Any:
            self.state[f"{evse_id}/{connector_id}"] = connector_status
            return call_result.StatusNotification()

        @on(Action.transaction_event)  # type: ignore[untyped-decorator]
        async def on_transaction(
            self, event_type: str, transaction_info: dict[str, Any], **request: Any
        ) -> Any:
            self.state[transaction_info["transaction_id"]] = event_type
            if request.get("id_token") is None:
                return call_result.TransactionEvent()
            return call_result.TransactionEvent(
                id_token_info={"status": AuthorizationStatusEnumType.accepted}
            )

        @on(Action.meter_values)  # type: ignore[untyped-decorator]
        async def on_meter_values(self, meter_value: list[Any], **request: Any) -> Any:
            self.state["meter_values"] = len(meter_value)
            return call_result.MeterValues()

    async def handle(connection: ServerConnection) -> None:
        assert connection.request is not None  # set once the handshake is done
        station = Station(connection.request.path.rsplit("/", 1)[-1], connection)
        station.state = {}
        try:
            await station.start()
        except ConnectionClosed:
            pass  # the station left: how `start()` ends

    async with websockets_serve(
        handle, "127.0.0.1", 0, subprotocols=[Subprotocol("ocpp2.0.1")]
    ) as server:
        ready(next(iter(server.sockets)).getsockname()[1])
        await stop.wait()


async def serve(kind: str) -> None:
    """Serves the CSMS `kind`, prints its port, and stops when stdin reaches its end."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_stdin() -> None:
        if not os.read(sys.stdin.fileno(), 4096):
            stop.set()

    loop.add_reader(sys.stdin.fileno(), on_stdin)
    await (serve_ours if kind == "ours" else serve_ocpp)(_announce, stop)


def _announce(port: int) -> None:
    """Tells the parent process where the CSMS listens: its first line of output."""
    print(port, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.session_csms", description=__doc__)
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--profile", type=Path, help="write cProfile statistics to this file")
    args = parser.parse_args(argv)
    if args.profile is None:
        asyncio.run(serve(args.kind))
        return 0
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        asyncio.run(serve(args.kind))
    finally:
        profiler.disable()
        profiler.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
