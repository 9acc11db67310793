#!/usr/bin/env python3
"""A small OCPP 2.0.1 charging station: `ocpp201.websockets.connect` and a `Router` of handlers.

One EVSE with one connector. The station boots, reports its connector, sends Heartbeats at the
interval the CSMS gives, runs transactions (Authorize; TransactionEvent Started, Updated with
the energy register, Ended), reports the main meter (MeterValues) and answers the CSMS's calls::

    python examples/charging_station.py ws://127.0.0.1:9000 CS-0001 --transactions 2 --once
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import logging
import signal
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

try:
    import ocpp201  # noqa: F401
except ModuleNotFoundError:  # run from a checkout: use the committed package next door
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

from ocpp201 import (
    AuthorizationStatusEnumType,
    AuthorizeRequest,
    BootNotificationRequest,
    BootReasonEnumType,
    ChangeAvailabilityRequest,
    ChangeAvailabilityResponse,
    ChangeAvailabilityStatusEnumType,
    ChargingStateEnumType,
    ChargingStationType,
    ConnectorStatusEnumType,
    CostUpdatedRequest,
    CostUpdatedResponse,
    EVSEType,
    GetTransactionStatusRequest,
    GetTransactionStatusResponse,
    HeartbeatRequest,
    IdTokenEnumType,
    IdTokenType,
    MeterValuesRequest,
    MeterValueType,
    OperationalStatusEnumType,
    ReadingContextEnumType,
    ReasonEnumType,
    RegistrationStatusEnumType,
    ResetEnumType,
    ResetRequest,
    ResetResponse,
    ResetStatusEnumType,
    SampledValueType,
    StatusNotificationRequest,
    TransactionEventEnumType,
    TransactionEventRequest,
    TransactionType,
    TriggerReasonEnumType,
    UnlockConnectorRequest,
    UnlockConnectorResponse,
    UnlockStatusEnumType,
)
from ocpp201.session import CallErrorReceived, CallTimeout, Context, Router, Session
from ocpp201.websockets import connect

EVSE_ID, CONNECTOR_ID = 1, 1
WH_PER_SAMPLE = 250.0
"""What the simulated car draws between two meter samples, whatever --meter-interval is."""
logger = logging.getLogger("station")
router = Router()


def now() -> datetime:
    return datetime.now(UTC)


# --- The CSMS's calls: `context.state` is the connection's, shared with `operate` below --------


@router.on(ResetRequest)
def reset(request: ResetRequest, context: Context) -> ResetResponse:
    busy = context.state.get("transaction") is not None
    logger.info("reset %s requested (a real station would restart)", request.type.value)
    if busy and request.type is ResetEnumType.ON_IDLE:
        return ResetResponse(status=ResetStatusEnumType.SCHEDULED)
    return ResetResponse(status=ResetStatusEnumType.ACCEPTED)


@router.on(ChangeAvailabilityRequest)
def change_availability(
    request: ChangeAvailabilityRequest, context: Context
) -> ChangeAvailabilityResponse:
    context.state["operative"] = request.operational_status is OperationalStatusEnumType.OPERATIVE
    if context.state.get("transaction") is not None:  # takes effect once the transaction ends
        return ChangeAvailabilityResponse(status=ChangeAvailabilityStatusEnumType.SCHEDULED)
    return ChangeAvailabilityResponse(status=ChangeAvailabilityStatusEnumType.ACCEPTED)


@router.after(ChangeAvailabilityRequest)
async def report_availability(
    request: ChangeAvailabilityRequest, response: ChangeAvailabilityResponse, context: Context
) -> None:
    if response.status is ChangeAvailabilityStatusEnumType.ACCEPTED:
        await report_connector(context.session)


@router.on(UnlockConnectorRequest)
def unlock_connector(request: UnlockConnectorRequest, context: Context) -> UnlockConnectorResponse:
    if (request.evse_id, request.connector_id) != (EVSE_ID, CONNECTOR_ID):
        return UnlockConnectorResponse(status=UnlockStatusEnumType.UNKNOWN_CONNECTOR)
    if context.state.get("transaction") is not None:
        return UnlockConnectorResponse(status=UnlockStatusEnumType.ONGOING_AUTHORIZED_TRANSACTION)
    return UnlockConnectorResponse(status=UnlockStatusEnumType.UNLOCKED)


@router.on(GetTransactionStatusRequest)
def get_transaction_status(
    request: GetTransactionStatusRequest, context: Context
) -> GetTransactionStatusResponse:
    if request.transaction_id is None:  # about transactions in general: none queued here
        return GetTransactionStatusResponse(messages_in_queue=False)
    ongoing = request.transaction_id == context.state.get("transaction")
    return GetTransactionStatusResponse(messages_in_queue=False, ongoing_indicator=ongoing)


@router.on(CostUpdatedRequest)
def cost_updated(request: CostUpdatedRequest, context: Context) -> CostUpdatedResponse:
    logger.info("transaction %s has cost %.2f so far", request.transaction_id, request.total_cost)
    return CostUpdatedResponse()


# --- What the station does of its own accord ---------------------------------------------------


async def report_connector(session: Session) -> None:
    if not session.state.get("operative", True):
        status = ConnectorStatusEnumType.UNAVAILABLE
    elif session.state.get("transaction") is not None:
        status = ConnectorStatusEnumType.OCCUPIED
    else:
        status = ConnectorStatusEnumType.AVAILABLE
    await session.call(
        StatusNotificationRequest(
            timestamp=now(), connector_status=status, evse_id=EVSE_ID, connector_id=CONNECTOR_ID
        )
    )


def energy_register(session: Session, context: ReadingContextEnumType) -> list[MeterValueType]:
    sample = SampledValueType(value=session.state.setdefault("register_wh", 0.0), context=context)
    return [MeterValueType(timestamp=now(), sampled_value=[sample])]


async def charge(session: Session, number: int, samples: int, meter_interval: float) -> None:
    """One transaction: authorize a card, start, send `samples` meter readings, stop."""
    card = IdTokenType(id_token=f"card-{number:04d}", type=IdTokenEnumType.LOCAL)
    authorized = await session.call(AuthorizeRequest(id_token=card))
    if authorized.id_token_info.status is not AuthorizationStatusEnumType.ACCEPTED:
        logger.warning("%s refused: %s", card.id_token, authorized.id_token_info.status.value)
        return
    transaction_id = session.state["transaction"] = str(uuid.uuid4())
    await report_connector(session)
    seq_no = itertools.count()

    async def event(
        kind: TransactionEventEnumType,
        trigger: TriggerReasonEnumType,
        reading: ReadingContextEnumType,
        info: TransactionType,
        id_token: IdTokenType | None = None,
    ) -> None:
        await session.call(
            TransactionEventRequest(
                event_type=kind,
                timestamp=now(),
                trigger_reason=trigger,
                seq_no=next(seq_no),
                transaction_info=info,
                evse=EVSEType(id=EVSE_ID, connector_id=CONNECTOR_ID),
                id_token=id_token,
                meter_value=energy_register(session, reading),
            )
        )

    charging = TransactionType(
        transaction_id=transaction_id, charging_state=ChargingStateEnumType.CHARGING
    )
    await event(
        TransactionEventEnumType.STARTED,
        TriggerReasonEnumType.AUTHORIZED,
        ReadingContextEnumType.TRANSACTION_BEGIN,
        charging,
        card,
    )
    for _ in range(samples):
        await asyncio.sleep(meter_interval)
        session.state["register_wh"] += WH_PER_SAMPLE
        await event(
            TransactionEventEnumType.UPDATED,
            TriggerReasonEnumType.METER_VALUE_PERIODIC,
            ReadingContextEnumType.SAMPLE_PERIODIC,
            charging,
        )
    session.state["transaction"] = None
    stopped = TransactionType(transaction_id=transaction_id, stopped_reason=ReasonEnumType.LOCAL)
    await event(
        TransactionEventEnumType.ENDED,
        TriggerReasonEnumType.STOP_AUTHORIZED,
        ReadingContextEnumType.TRANSACTION_END,
        stopped,
    )
    await report_connector(session)


async def heartbeats(session: Session, interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        try:
            await session.call(HeartbeatRequest())
        except (CallTimeout, CallErrorReceived) as error:  # the next one may fare better
            logger.warning("%s", error)


async def operate(
    url: str,
    station_id: str,
    *,
    transactions: int = 1,
    samples: int = 3,
    meter_interval: float = 1.0,
    once: bool = True,
) -> None:
    """Boots, then charges `transactions` times; with `once`, returns then, else stays on."""
    async with connect(url, router, station_id) as station:
        session = await station.wait_connected()
        boot = BootNotificationRequest(
            charging_station=ChargingStationType(model="Example", vendor_name="ocpp201"),
            reason=BootReasonEnumType.POWER_UP,
        )
        booted = await session.call(boot)
        while booted.status is not RegistrationStatusEnumType.ACCEPTED:  # Pending or Rejected
            await asyncio.sleep(booted.interval or 10)
            booted = await session.call(boot)
        beating = asyncio.create_task(heartbeats(session, booted.interval))
        try:
            await report_connector(session)
            for number in range(transactions):
                await charge(session, number, samples, meter_interval)
            await session.call(
                MeterValuesRequest(
                    evse_id=0,
                    meter_value=energy_register(session, ReadingContextEnumType.SAMPLE_CLOCK),
                )
            )  # evse 0: the main meter
            if not once:
                await station.wait_closed()
        finally:
            beating.cancel()
            await asyncio.gather(beating, return_exceptions=True)


async def main(**options: Any) -> None:
    work = asyncio.ensure_future(operate(**options))
    for signum in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C or SIGTERM: close the connection
        asyncio.get_running_loop().add_signal_handler(signum, work.cancel)
    with contextlib.suppress(asyncio.CancelledError):
        await work


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="A small OCPP 2.0.1 charging station.")
    parser.add_argument("url", help="the CSMS's URL; the station id is appended to it")
    parser.add_argument("station_id")
    parser.add_argument("--transactions", type=int, default=1, metavar="N", help="default: 1")
    parser.add_argument(
        "--samples", type=int, default=3, help="meter readings per transaction (default: 3)"
    )
    parser.add_argument(
        "--meter-interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="between readings (default: 1)",
    )
    parser.add_argument("--once", action="store_true", help="disconnect after the transactions")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every frame to stderr")
    options = vars(parser.parse_args())
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if options.pop("verbose"):
        logging.getLogger("ocpp201.session").setLevel(logging.DEBUG)
    try:
        asyncio.run(main(**options))
    except (OSError, ValueError, CallErrorReceived) as error:  # one line, no traceback
        sys.exit(f"error: {error}")
