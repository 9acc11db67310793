#!/usr/bin/env python3
"""A small OCPP 2.0.1 CSMS: a `Router` of typed handlers, served by `ocpp201.websockets.serve`.

Stations connect to ``ws://HOST:PORT/<station id>`` (any base path before the id) with the
subprotocol ``ocpp2.0.1``. Every frame in and out goes to a JSON Lines log, one record
``{"ts", "station", "direction", "frame"}`` per frame, ``frame`` being the exact wire text::

    python examples/csms.py --host 127.0.0.1 --port 9000 --log frames.jsonl
    python -m ocpp201 validate frames.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

try:
    import ocpp201  # noqa: F401
except ModuleNotFoundError:  # run from a checkout: use the committed package next door
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

from ocpp201 import (
    AuthorizationStatusEnumType,
    AuthorizeRequest,
    AuthorizeResponse,
    BootNotificationRequest,
    BootNotificationResponse,
    ClearedChargingLimitRequest,
    ClearedChargingLimitResponse,
    CostUpdatedRequest,
    DataTransferRequest,
    DataTransferResponse,
    DataTransferStatusEnumType,
    FirmwareStatusNotificationRequest,
    FirmwareStatusNotificationResponse,
    HeartbeatRequest,
    HeartbeatResponse,
    IdTokenInfoType,
    MeasurandEnumType,
    MeterValuesRequest,
    MeterValuesResponse,
    RegistrationStatusEnumType,
    StatusNotificationRequest,
    StatusNotificationResponse,
    TransactionEventEnumType,
    TransactionEventRequest,
    TransactionEventResponse,
)
from ocpp201.session import (
    CallErrorReceived,
    CallTimeout,
    Context,
    Direction,
    FrameHook,
    Router,
    SessionClosed,
)
from ocpp201.websockets import serve

HEARTBEAT_INTERVAL = 300
"""Seconds between Heartbeats that BootNotification asks of a station."""
PRICE_PER_KWH = 0.30
logger = logging.getLogger("csms")
router = Router()


def now() -> datetime:
    return datetime.now(UTC)


@router.on(BootNotificationRequest)
def boot_notification(
    request: BootNotificationRequest, context: Context
) -> BootNotificationResponse:
    context.state["boot"] = request  # per-connection state, kept while the station stays
    return BootNotificationResponse(
        current_time=now(), interval=HEARTBEAT_INTERVAL, status=RegistrationStatusEnumType.ACCEPTED
    )


@router.on(HeartbeatRequest)
def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:
    return HeartbeatResponse(current_time=now())


@router.on(StatusNotificationRequest)
def status_notification(
    request: StatusNotificationRequest, context: Context
) -> StatusNotificationResponse:
    connectors = context.state.setdefault("connectors", {})
    connectors[(request.evse_id, request.connector_id)] = request.connector_status
    return StatusNotificationResponse()


@router.on(AuthorizeRequest)
def authorize(request: AuthorizeRequest, context: Context) -> AuthorizeResponse:
    # Every token is welcome here; a real CSMS looks it up in its authorization list.
    return AuthorizeResponse(
        id_token_info=IdTokenInfoType(status=AuthorizationStatusEnumType.ACCEPTED)
    )


def energy_wh(request: TransactionEventRequest) -> float | None:
    """The energy register (Wh) an event reports, if it reports one."""
    readings = [
        sample.value
        for meter_value in request.meter_value or ()
        for sample in meter_value.sampled_value
        if sample.measurand in (None, MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER)
    ]  # no measurand means the energy register, by the schema's default
    return readings[-1] if readings else None


@router.on(TransactionEventRequest)
def transaction_event(
    request: TransactionEventRequest, context: Context
) -> TransactionEventResponse:
    transaction_id = request.transaction_info.transaction_id
    context.state.setdefault("transactions", {})[transaction_id] = request  # the latest event
    if request.event_type is TransactionEventEnumType.STARTED:
        context.state.setdefault("meter_start", {})[transaction_id] = energy_wh(request)
    if request.id_token is None:  # idTokenInfo answers a token, and only then
        return TransactionEventResponse()
    return TransactionEventResponse(
        id_token_info=IdTokenInfoType(status=AuthorizationStatusEnumType.ACCEPTED)
    )


@router.after(TransactionEventRequest)
async def send_running_cost(
    request: TransactionEventRequest, response: TransactionEventResponse, context: Context
) -> None:
    """A call of the CSMS's own, once the station has its answer: the cost so far."""
    transaction_id = request.transaction_info.transaction_id
    start = context.state.get("meter_start", {}).get(transaction_id)
    energy = energy_wh(request)
    if request.event_type is not TransactionEventEnumType.UPDATED or None in (start, energy):
        return
    cost = round((energy - start) / 1000 * PRICE_PER_KWH, 2)
    try:
        await context.session.call(
            CostUpdatedRequest(total_cost=cost, transaction_id=transaction_id)
        )
    except (CallErrorReceived, CallTimeout, SessionClosed) as error:
        logger.warning("%s: CostUpdated: %s", context.station_id, error)


@router.on(MeterValuesRequest)
def meter_values(request: MeterValuesRequest, context: Context) -> MeterValuesResponse:
    return MeterValuesResponse()


@router.on(DataTransferRequest)
def data_transfer(request: DataTransferRequest, context: Context) -> DataTransferResponse:
    # The specification's answer for a vendor this CSMS has no extension for.
    return DataTransferResponse(status=DataTransferStatusEnumType.UNKNOWN_VENDOR_ID)


@router.on(ClearedChargingLimitRequest)
def cleared_charging_limit(
    request: ClearedChargingLimitRequest, context: Context
) -> ClearedChargingLimitResponse:
    return ClearedChargingLimitResponse()


@router.on(FirmwareStatusNotificationRequest)
def firmware_status_notification(
    request: FirmwareStatusNotificationRequest, context: Context
) -> FirmwareStatusNotificationResponse:
    return FirmwareStatusNotificationResponse()


def frame_log(stream: TextIO) -> FrameHook:
    """A session frame hook writing one JSON line per frame, flushed at once (a crash or
    `tail -f` misses nothing): `frame` is the wire text as it was sent or received."""

    def record(station_id: str, direction: Direction, frame: str) -> None:
        ts = now().isoformat(timespec="milliseconds").replace("+00:00", "Z")
        line = {"ts": ts, "station": station_id, "direction": direction, "frame": frame}
        stream.write(json.dumps(line) + "\n")
        stream.flush()

    return record


async def main(host: str, port: int, log: TextIO) -> None:
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C or SIGTERM: close every connection
        asyncio.get_running_loop().add_signal_handler(signum, stop.set)
    async with serve(router, host, port, frame_hook=frame_log(log)) as server:
        logger.info("listening on ws://%s:%d/<station id>", host, server.port)
        await stop.wait()
    logger.info("stopped")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="A small OCPP 2.0.1 CSMS built on ocpp201.")
    parser.add_argument("--host", default="127.0.0.1", help="address (default: %(default)s)")
    parser.add_argument("--port", type=int, default=9000, help="port (default: %(default)s)")
    parser.add_argument("--log", metavar="FILE", help="append the frame log to FILE, not stdout")
    args = parser.parse_args()
    # Diagnostics go to stderr, so that stdout carries nothing but the frame log.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    with open(args.log, "a", encoding="utf-8") if args.log else sys.stdout as log:
        asyncio.run(main(args.host, args.port, log))
