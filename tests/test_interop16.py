"""OCPP 1.6 over the session layer: the `ocpp16` package, generated at test time from the 1.6
fixture (tests/fixtures/ocpp16), talks over real websockets (subprotocol ``ocpp1.6``) with a
charging station and a CSMS built on `ocpp.v16.ChargePoint` (`ocpp` 2.1.0), an independent
implementation (tests/support/ocpp16_peers.py).

- Our CSMS (`ocpp16.websockets.serve` with a `Router` of typed handlers returning typed
  responses) and their station: the station's Calls (BootNotification, Heartbeat,
  StatusNotification, Authorize, StartTransaction, StopTransaction, MeterValues), each decoded
  into dataclasses and answered; and ours (RemoteStartTransaction, RemoteStopTransaction, Reset,
  ChangeConfiguration, GetConfiguration), sent typed with `server.call`, their answers decoded.
- Our station (`ocpp16.websockets.connect` with a `Router`) and their CSMS, a few actions each
  way.
- CallErrors each way, with the codes OCPP-J 1.6 gives (4.2.3), where the two implementations
  differ said and asserted as they are.

Both ends are checked: our side's typed values (dataclasses, enum members, `datetime`s) and what
their handlers received (snake_case keyword arguments, as `ocpp` hands them over), or the
`ocpp` dataclass their call returned. `ocpp` validates what it receives and what it answers
against the 1.6 schemas (its default), so a message our side gets wrong fails here.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
from ocpp.exceptions import (
    NotSupportedError,
    OccurenceConstraintViolationError,
)
from ocpp.v16 import call, call_result
from websockets.asyncio.client import connect as websockets_connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from .conftest import ROOT
from .support.builds import ocpp16_package
from .support.ocpp16_peers import (
    FIXTURE,
    SUBPROTOCOL,
    WAIT,
    OcppCsms,
    OcppStation,
    their_csms,
    their_station,
)

SCENARIO_TIMEOUT = 60.0
"""Upper bound on one test's scenario, so that a hang fails the test, not the run."""
STATION_ID = "CS-16"

# Date-times as `ocpp` carries them (strings, here with an offset and milliseconds) and as
# ocpp16 does (aware `datetime`s, written with their offset).
THEIR_TIME = "2024-05-01T12:00:00.250+02:00"
AS_UTC = datetime(2024, 5, 1, 10, 0, 0, 250000, tzinfo=UTC)
OUR_TIME = datetime(2024, 5, 1, 10, 0, 0, tzinfo=timezone(timedelta(hours=-4)))


@pytest.fixture(scope="session")
def ocpp16() -> ModuleType:
    """The `ocpp16` package, every 1.6 message implemented, with its websockets adapter."""
    package = ocpp16_package()
    importlib.import_module("ocpp16.websockets")
    return package


def run(scenario: Awaitable[None]) -> None:
    asyncio.run(asyncio.wait_for(scenario, SCENARIO_TIMEOUT))


# --- Our side: typed handlers on a Router ---------------------------------------------------------


class OurHandlers:
    """A `Router` with a handler for each action given, answering what `answers` says and noting
    each decoded request in `received`."""

    def __init__(self, p: ModuleType, actions: tuple[str, ...]) -> None:
        self.router = p.session.Router()
        self.answers: dict[str, Callable[[Any], Any]] = {}
        self.received: list[tuple[str, Any]] = []
        for action in actions:
            self.router.on(p.ACTIONS[action].request)(self._handler(action))

    def _handler(self, action: str) -> Callable[[Any, Any], Any]:
        def handle(request: Any, context: Any) -> Any:
            self.received.append((action, request))
            return self.answers[action](request)

        return handle

    def only(self, action: str) -> Any:
        """The one request received, which must be of `action`."""
        assert [a for a, _ in self.received] == [action]
        return self.received[0][1]


STATION_SENDS = (
    "BootNotification",
    "Heartbeat",
    "StatusNotification",
    "Authorize",
    "StartTransaction",
    "StopTransaction",
    "MeterValues",
)
CSMS_SENDS = (
    "RemoteStartTransaction",
    "RemoteStopTransaction",
    "Reset",
    "ChangeConfiguration",
    "GetConfiguration",
)


@dataclass
class WithTheirStation:
    """Our CSMS with their station connected."""

    p: ModuleType
    ours: OurHandlers
    server: Any
    """Our `ocpp16.websockets.Server`."""
    their: OcppStation
    frames: list[tuple[str, str]]
    """(direction, text) of every frame our CSMS exchanged with the station."""


@asynccontextmanager
async def our_csms_with_their_station(
    p: ModuleType, actions: tuple[str, ...] = STATION_SENDS
) -> AsyncIterator[WithTheirStation]:
    ours = OurHandlers(p, actions)
    frames: list[tuple[str, str]] = []

    def note(station_id: str, direction: str, text: str) -> None:
        frames.append((direction, text))

    async with p.websockets.serve(
        ours.router, "127.0.0.1", 0, timeout=WAIT, frame_hook=note
    ) as server:
        async with their_station(f"ws://127.0.0.1:{server.port}/{STATION_ID}") as station:
            session = await server.wait_for_station(STATION_ID, timeout=WAIT)
            assert session.role == "csms"
            yield WithTheirStation(p, ours, server, station, frames)


def is_member(value: Any, text: str) -> bool:
    """`value` is an enum member (not a plain string) whose wire value is `text`."""
    return isinstance(value, Enum) and value.value == text


# --- Their station calls our CSMS ----------------------------------------------------------------

Scenario = Callable[[WithTheirStation], Awaitable[None]]
THEIR_STATION_CALLS: dict[str, Scenario] = {}
OUR_CSMS_CALLS: dict[str, Scenario] = {}


def scenario(table: dict[str, Scenario], action: str) -> Callable[[Scenario], Scenario]:
    def register(function: Scenario) -> Scenario:
        table[action] = function
        return function

    return register


async def their_call(s: WithTheirStation, request: Any) -> Any:
    """Their station's call, raising on a CallError (ocpp's default would return None)."""
    return await s.their.call(request, suppress=False)


@scenario(THEIR_STATION_CALLS, "BootNotification")
async def boot_notification(s: WithTheirStation) -> None:
    p = s.p
    s.ours.answers["BootNotification"] = lambda request: p.BootNotificationResponse(
        status=p.RegistrationStatus.ACCEPTED, current_time=OUR_TIME, interval=300
    )
    reply = await their_call(
        s,
        call.BootNotification(
            charge_point_vendor="Example Vendor",
            charge_point_model="Wallbox 22",
            charge_point_serial_number="SN-0001",
            firmware_version="1.4.2",
            iccid="8931041010654378930",
            imsi="262011234567890",
            meter_type="DZG",
        ),
    )
    assert reply == call_result.BootNotification(
        current_time="2024-05-01T10:00:00-04:00", interval=300, status="Accepted"
    )
    boot = s.ours.only("BootNotification")
    assert boot == p.BootNotificationRequest(
        charge_point_vendor="Example Vendor",
        charge_point_model="Wallbox 22",
        charge_point_serial_number="SN-0001",
        firmware_version="1.4.2",
        iccid="8931041010654378930",
        imsi="262011234567890",
        meter_type="DZG",
    )
    assert boot.charge_box_serial_number is None


@scenario(THEIR_STATION_CALLS, "Heartbeat")
async def heartbeat(s: WithTheirStation) -> None:
    p = s.p
    s.ours.answers["Heartbeat"] = lambda request: p.HeartbeatResponse(current_time=AS_UTC)
    reply = await their_call(s, call.Heartbeat())
    assert reply == call_result.Heartbeat(current_time="2024-05-01T10:00:00.250000Z")
    assert s.ours.only("Heartbeat") == p.HeartbeatRequest()


@scenario(THEIR_STATION_CALLS, "StatusNotification")
async def status_notification(s: WithTheirStation) -> None:
    p = s.p
    s.ours.answers["StatusNotification"] = lambda request: p.StatusNotificationResponse()
    reply = await their_call(
        s,
        call.StatusNotification(
            connector_id=2,
            error_code="OverCurrentFailure",
            status="SuspendedEVSE",
            timestamp=THEIR_TIME,
            info="breaker tripped",
            vendor_id="org.example",
            vendor_error_code="E-17",
        ),
    )
    assert reply == call_result.StatusNotification()
    status = s.ours.only("StatusNotification")
    assert (status.connector_id, status.info, status.vendor_id, status.vendor_error_code) == (
        2,
        "breaker tripped",
        "org.example",
        "E-17",
    )
    assert status.error_code is p.ChargePointErrorCode.OVER_CURRENT_FAILURE
    assert status.status is p.ChargePointStatus.SUSPENDED_EVSE
    assert status.timestamp == AS_UTC and status.timestamp.utcoffset() == timedelta(hours=2)


def id_tag_info(p: ModuleType) -> Any:
    """An idTagInfo with every property."""
    return p.IdTagInfo(
        status=p.AuthorizationStatus.ACCEPTED, expiry_date=OUR_TIME, parent_id_tag="FLEET-7"
    )


THEIR_ID_TAG_INFO = {
    "status": "Accepted",
    "expiry_date": "2024-05-01T10:00:00-04:00",
    "parent_id_tag": "FLEET-7",
}
"""The idTagInfo above, as their call returns it: a dict of snake_case keys."""


@scenario(THEIR_STATION_CALLS, "Authorize")
async def authorize(s: WithTheirStation) -> None:
    p = s.p
    s.ours.answers["Authorize"] = lambda request: p.AuthorizeResponse(id_tag_info=id_tag_info(p))
    reply = await their_call(s, call.Authorize(id_tag="04A1B2C3D4E5F6"))
    assert reply == call_result.Authorize(id_tag_info=THEIR_ID_TAG_INFO)
    assert s.ours.only("Authorize") == p.AuthorizeRequest(id_tag="04A1B2C3D4E5F6")


@scenario(THEIR_STATION_CALLS, "StartTransaction")
async def start_transaction(s: WithTheirStation) -> None:
    p = s.p
    s.ours.answers["StartTransaction"] = lambda request: p.StartTransactionResponse(
        transaction_id=4711, id_tag_info=id_tag_info(p)
    )
    reply = await their_call(
        s,
        call.StartTransaction(
            connector_id=1,
            id_tag="04A1B2C3D4E5F6",
            meter_start=1234,
            timestamp=THEIR_TIME,
            reservation_id=9,
        ),
    )
    assert reply == call_result.StartTransaction(transaction_id=4711, id_tag_info=THEIR_ID_TAG_INFO)
    start = s.ours.only("StartTransaction")
    assert start == p.StartTransactionRequest(
        connector_id=1,
        id_tag="04A1B2C3D4E5F6",
        meter_start=1234,
        timestamp=AS_UTC,
        reservation_id=9,
    )
    assert isinstance(start.timestamp, datetime)


# One sampled value with every optional property, one with only its value.
THEIR_SAMPLES = [
    {
        "value": "1234.5",
        "context": "Sample.Periodic",
        "format": "Raw",
        "measurand": "Energy.Active.Import.Register",
        "phase": "L1-N",
        "location": "Outlet",
        "unit": "kWh",
    },
    {"value": "7"},
]


def check_samples(p: ModuleType, samples: list[Any], sampled_value: type, unit: type) -> None:
    """The typed decoding of THEIR_SAMPLES: `sampled_value` and `unit` are MeterValues' classes
    or StopTransaction's (whose unit enumeration lacks Hertz)."""
    full, bare = samples
    assert type(full) is sampled_value
    assert full == sampled_value(
        value="1234.5",  # a string in 1.6 (a number in 2.0.1)
        context=p.ReadingContext.SAMPLE_PERIODIC,
        format=p.ValueFormat.RAW,
        measurand=p.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
        phase=p.Phase.L1_N,
        location=p.Location.OUTLET,
        unit=unit("kWh"),
    )
    # Members, not strings (a StrEnum member equals its string, so == cannot tell).
    for field, text in THEIR_SAMPLES[0].items():
        if field != "value":
            assert is_member(getattr(full, field), text), (field, getattr(full, field))
    assert type(full.unit) is unit
    assert bare == sampled_value(value="7")


@scenario(THEIR_STATION_CALLS, "StopTransaction")
async def stop_transaction(s: WithTheirStation) -> None:
    p = s.p
    s.ours.answers["StopTransaction"] = lambda request: p.StopTransactionResponse(
        id_tag_info=id_tag_info(p)
    )
    reply = await their_call(
        s,
        call.StopTransaction(
            meter_stop=5678,
            timestamp=THEIR_TIME,
            transaction_id=4711,
            reason="EVDisconnected",
            id_tag="04A1B2C3D4E5F6",
            transaction_data=[
                {"timestamp": "2024-05-01T09:59:00Z", "sampled_value": THEIR_SAMPLES}
            ],
        ),
    )
    assert reply == call_result.StopTransaction(id_tag_info=THEIR_ID_TAG_INFO)
    stop = s.ours.only("StopTransaction")
    assert (stop.meter_stop, stop.transaction_id, stop.id_tag) == (5678, 4711, "04A1B2C3D4E5F6")
    assert stop.timestamp == AS_UTC
    assert stop.reason is p.Reason.EV_DISCONNECTED
    (data,) = stop.transaction_data
    assert type(data) is p.TransactionData
    assert data.timestamp == datetime(2024, 5, 1, 9, 59, tzinfo=UTC)
    check_samples(p, data.sampled_value, p.TransactionDataSampledValue, p.TransactionDataUnit)


@scenario(THEIR_STATION_CALLS, "MeterValues")
async def meter_values(s: WithTheirStation) -> None:
    p = s.p
    s.ours.answers["MeterValues"] = lambda request: p.MeterValuesResponse()
    reply = await their_call(
        s,
        call.MeterValues(
            connector_id=1,
            transaction_id=4711,
            meter_value=[
                {"timestamp": THEIR_TIME, "sampled_value": THEIR_SAMPLES},
                {"timestamp": "2024-05-01T10:15:00Z", "sampled_value": [{"value": "8"}]},
            ],
        ),
    )
    assert reply == call_result.MeterValues()
    meter = s.ours.only("MeterValues")
    assert (meter.connector_id, meter.transaction_id) == (1, 4711)
    first, second = meter.meter_value
    assert type(first) is p.MeterValue and first.timestamp == AS_UTC
    check_samples(p, first.sampled_value, p.SampledValue, p.Unit)
    assert second.timestamp == datetime(2024, 5, 1, 10, 15, tzinfo=UTC)
    assert [sample.value for sample in second.sampled_value] == ["8"]


# --- Our CSMS calls their station ----------------------------------------------------------------


@scenario(OUR_CSMS_CALLS, "RemoteStartTransaction")
async def remote_start_transaction(s: WithTheirStation) -> None:
    p = s.p
    s.their.answers["RemoteStartTransaction"] = lambda request: (
        call_result.RemoteStartTransaction(status="Accepted")
    )
    request = p.RemoteStartTransactionRequest(
        connector_id=1,
        id_tag="04A1B2C3D4E5F6",
        charging_profile=p.ChargingProfile(
            charging_profile_id=12,
            stack_level=0,
            charging_profile_purpose=p.ChargingProfilePurpose.TX_PROFILE,
            charging_profile_kind=p.ChargingProfileKind.ABSOLUTE,
            charging_schedule=p.ChargingSchedule(
                start_schedule=datetime(2024, 5, 1, 10, tzinfo=UTC),
                charging_rate_unit=p.ChargingRateUnit.A,
                charging_schedule_period=[
                    p.ChargingSchedulePeriod(start_period=0, limit=16.0, number_phases=3),
                    # multipleOf 0.1: 21.4 is a multiple as a decimal (ocpp16's reading, and
                    # ocpp's, which parses this action's numbers as Decimals), not under float
                    # division (21.4 / 0.1 = 213.99999999999997), which jsonschema does.
                    p.ChargingSchedulePeriod(start_period=900, limit=21.4),
                ],
                min_charging_rate=6.0,
            ),
        ),
    )
    reply = await s.server.call(STATION_ID, request)
    assert reply == p.RemoteStartTransactionResponse(status=p.RemoteStartStopStatus.ACCEPTED)
    assert reply.status is p.RemoteStartStopStatus.ACCEPTED
    # Their handler gets those numbers as the Decimals ocpp parsed them into.
    assert s.their.received == [
        (
            "RemoteStartTransaction",
            {
                "connector_id": 1,
                "id_tag": "04A1B2C3D4E5F6",
                "charging_profile": {
                    "charging_profile_id": 12,
                    "stack_level": 0,
                    "charging_profile_purpose": "TxProfile",
                    "charging_profile_kind": "Absolute",
                    "charging_schedule": {
                        "start_schedule": "2024-05-01T10:00:00Z",
                        "charging_rate_unit": "A",
                        "charging_schedule_period": [
                            {"start_period": 0, "limit": Decimal("16.0"), "number_phases": 3},
                            {"start_period": 900, "limit": Decimal("21.4")},
                        ],
                        "min_charging_rate": Decimal("6.0"),
                    },
                },
            },
        )
    ]
    # What crossed the wire: the float reading of multipleOf would refuse it.
    sent = json.loads(s.frames[0][1])[3]
    schema = json.loads((FIXTURE / "schemas" / "RemoteStartTransaction.json").read_text("utf-8"))
    assert not jsonschema.Draft4Validator(schema).is_valid(sent)


@scenario(OUR_CSMS_CALLS, "RemoteStopTransaction")
async def remote_stop_transaction(s: WithTheirStation) -> None:
    p = s.p
    s.their.answers["RemoteStopTransaction"] = lambda request: (
        call_result.RemoteStopTransaction(status="Rejected")
    )
    reply = await s.server.call(STATION_ID, p.RemoteStopTransactionRequest(transaction_id=4711))
    assert reply == p.RemoteStopTransactionResponse(status=p.RemoteStartStopStatus.REJECTED)
    assert reply.status is p.RemoteStartStopStatus.REJECTED
    assert s.their.received == [("RemoteStopTransaction", {"transaction_id": 4711})]


@scenario(OUR_CSMS_CALLS, "Reset")
async def reset(s: WithTheirStation) -> None:
    p = s.p
    s.their.answers["Reset"] = lambda request: call_result.Reset(status="Accepted")
    reply = await s.server.call(STATION_ID, p.ResetRequest(type=p.ResetType.SOFT))
    assert reply == p.ResetResponse(status=p.ResetStatus.ACCEPTED)
    assert reply.status is p.ResetStatus.ACCEPTED
    assert s.their.received == [("Reset", {"type": "Soft"})]


@scenario(OUR_CSMS_CALLS, "ChangeConfiguration")
async def change_configuration(s: WithTheirStation) -> None:
    p = s.p
    s.their.answers["ChangeConfiguration"] = lambda request: call_result.ChangeConfiguration(
        status="RebootRequired"
    )
    reply = await s.server.call(
        STATION_ID, p.ChangeConfigurationRequest(key="HeartbeatInterval", value="300")
    )
    assert reply == p.ChangeConfigurationResponse(status=p.ConfigurationStatus.REBOOT_REQUIRED)
    assert reply.status is p.ConfigurationStatus.REBOOT_REQUIRED
    assert s.their.received == [
        ("ChangeConfiguration", {"key": "HeartbeatInterval", "value": "300"})
    ]


@scenario(OUR_CSMS_CALLS, "GetConfiguration")
async def get_configuration(s: WithTheirStation) -> None:
    p = s.p
    s.their.answers["GetConfiguration"] = lambda request: call_result.GetConfiguration(
        configuration_key=[
            {"key": "HeartbeatInterval", "readonly": False, "value": "300"},
            {"key": "NumberOfConnectors", "readonly": True},
        ],
        unknown_key=["NoSuchKey"],
    )
    reply = await s.server.call(
        STATION_ID,
        p.GetConfigurationRequest(key=["HeartbeatInterval", "NumberOfConnectors", "NoSuchKey"]),
    )
    assert type(reply) is p.GetConfigurationResponse
    assert reply == p.GetConfigurationResponse(
        configuration_key=[
            p.ConfigurationKey(key="HeartbeatInterval", readonly=False, value="300"),
            p.ConfigurationKey(key="NumberOfConnectors", readonly=True),
        ],
        unknown_key=["NoSuchKey"],
    )
    assert all(type(key) is p.ConfigurationKey for key in reply.configuration_key)
    assert s.their.received == [
        ("GetConfiguration", {"key": ["HeartbeatInterval", "NumberOfConnectors", "NoSuchKey"]})
    ]


def test_the_scenarios_are_the_issues_dozen(ocpp16: ModuleType) -> None:
    """Every scenario's action is a 1.6 action of the built package, sent in the direction its
    matrix line gives."""
    assert set(THEIR_STATION_CALLS) == set(STATION_SENDS)
    assert set(OUR_CSMS_CALLS) == set(CSMS_SENDS)
    for action in STATION_SENDS:
        assert ocpp16.ACTIONS[action].direction.endswith("->CSMS"), action
    for action in CSMS_SENDS:
        assert ocpp16.ACTIONS[action].direction.startswith("CSMS->"), action


@pytest.mark.parametrize("action", STATION_SENDS)
def test_their_station_calls_our_csms(ocpp16: ModuleType, action: str) -> None:
    """Their station sends `action`; our typed handler answers; their call validates the answer
    and returns it. Both frames crossed as each side wrote them."""

    async def scenario() -> None:
        async with our_csms_with_their_station(ocpp16) as s:
            await THEIR_STATION_CALLS[action](s)
            assert [d for d, _ in s.frames] == ["in", "out"]
            call_frame, result_frame = (json.loads(text) for _, text in s.frames)
            assert call_frame[:3] == [2, call_frame[1], action]
            assert result_frame[:2] == [3, call_frame[1]]
            assert [json.loads(f) for f in s.their.frames_out] == [call_frame]
            assert [json.loads(f) for f in s.their.frames_in] == [result_frame]

    run(scenario())


@pytest.mark.parametrize("action", CSMS_SENDS)
def test_our_csms_calls_their_station(ocpp16: ModuleType, action: str) -> None:
    """Our CSMS sends `action` typed with `server.call`; their handler gets it (validated
    against the 1.6 schema) and answers; we decode the answer. Both frames crossed as each side
    wrote them."""

    async def scenario() -> None:
        async with our_csms_with_their_station(ocpp16) as s:
            await OUR_CSMS_CALLS[action](s)
            assert [d for d, _ in s.frames] == ["out", "in"]
            call_frame, result_frame = (json.loads(text) for _, text in s.frames)
            assert call_frame[:3] == [2, call_frame[1], action]
            assert [json.loads(f) for f in s.their.frames_in] == [call_frame]
            assert [json.loads(f) for f in s.their.frames_out] == [result_frame]

    run(scenario())


# --- Our station and their CSMS --------------------------------------------------------------------


@asynccontextmanager
async def our_station_with_their_csms(
    p: ModuleType, actions: tuple[str, ...] = ("Reset", "ChangeConfiguration", "GetConfiguration")
) -> AsyncIterator[tuple[OurHandlers, Any, OcppCsms]]:
    """Their CSMS, our station (`connect` with a Router handling `actions`) connected to it, and
    their ChargePoint for the connection."""
    ours = OurHandlers(p, actions)
    async with their_csms() as csms:
        async with p.websockets.connect(csms.url, ours.router, STATION_ID, timeout=WAIT) as station:
            yield ours, station, await csms.wait_for_station(STATION_ID)


def test_our_station_calls_their_csms(ocpp16: ModuleType) -> None:
    """Our station boots, beats, reports a status and meter values, typed; their CSMS's handlers
    get them (validated against the 1.6 schemas) and answer; we decode the answers."""
    p = ocpp16

    async def scenario() -> None:
        async with our_station_with_their_csms(p) as (_, station, their):
            assert station.session.role == "station"
            their.answers["BootNotification"] = lambda request: call_result.BootNotification(
                current_time=THEIR_TIME, interval=300, status="Pending"
            )
            reply = await station.call(
                p.BootNotificationRequest(
                    charge_point_vendor="Example Vendor", charge_point_model="Wallbox 22"
                )
            )
            assert reply == p.BootNotificationResponse(
                status=p.RegistrationStatus.PENDING, current_time=AS_UTC, interval=300
            )
            assert reply.status is p.RegistrationStatus.PENDING
            assert reply.current_time.utcoffset() == timedelta(hours=2)
            assert their.received[-1] == (
                "BootNotification",
                {"charge_point_vendor": "Example Vendor", "charge_point_model": "Wallbox 22"},
            )

            their.answers["Heartbeat"] = lambda request: call_result.Heartbeat(
                current_time="2024-05-01T10:00:00.25Z"
            )
            reply = await station.call(p.HeartbeatRequest())
            assert reply == p.HeartbeatResponse(current_time=AS_UTC)
            assert their.received[-1] == ("Heartbeat", {})

            their.answers["StatusNotification"] = lambda request: call_result.StatusNotification()
            status = p.StatusNotificationRequest(
                connector_id=1,
                error_code=p.ChargePointErrorCode.NO_ERROR,
                status=p.ChargePointStatus.CHARGING,
                timestamp=AS_UTC,
            )
            assert await station.call(status) == p.StatusNotificationResponse()
            assert their.received[-1] == (
                "StatusNotification",
                {
                    "connector_id": 1,
                    "error_code": "NoError",
                    "status": "Charging",
                    "timestamp": "2024-05-01T10:00:00.250000Z",
                },
            )

            their.answers["MeterValues"] = lambda request: call_result.MeterValues()
            meter = p.MeterValuesRequest(
                connector_id=1,
                transaction_id=4711,
                meter_value=[
                    p.MeterValue(
                        timestamp=datetime.fromisoformat(THEIR_TIME),
                        sampled_value=[
                            p.SampledValue(
                                value="1234.5",
                                measurand=p.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
                                unit=p.Unit.K_WH,
                            ),
                            p.SampledValue(
                                value="50.0", measurand=p.Measurand.FREQUENCY, unit=p.Unit.HERTZ
                            ),
                        ],
                    )
                ],
            )
            assert await station.call(meter) == p.MeterValuesResponse()
            assert their.received[-1] == (
                "MeterValues",
                {
                    "connector_id": 1,
                    "transaction_id": 4711,
                    "meter_value": [
                        {
                            "timestamp": "2024-05-01T12:00:00.250000+02:00",
                            "sampled_value": [
                                {
                                    "value": "1234.5",
                                    "measurand": "Energy.Active.Import.Register",
                                    "unit": "kWh",
                                },
                                {"value": "50.0", "measurand": "Frequency", "unit": "Hertz"},
                            ],
                        }
                    ],
                },
            )

    run(scenario())


def test_their_csms_calls_our_station(ocpp16: ModuleType) -> None:
    """Their CSMS changes and reads configuration keys and resets our station; our typed
    handlers get the requests decoded and answer typed; their call validates and returns it."""
    p = ocpp16

    async def scenario() -> None:
        async with our_station_with_their_csms(p) as (ours, _, their):
            ours.answers["ChangeConfiguration"] = lambda request: p.ChangeConfigurationResponse(
                status=p.ConfigurationStatus.NOT_SUPPORTED
            )
            result = await their.call(
                call.ChangeConfiguration(key="MeterValueSampleInterval", value="60"),
                suppress=False,
            )
            assert result == call_result.ChangeConfiguration(status="NotSupported")
            assert ours.received[-1] == (
                "ChangeConfiguration",
                p.ChangeConfigurationRequest(key="MeterValueSampleInterval", value="60"),
            )

            ours.answers["GetConfiguration"] = lambda request: p.GetConfigurationResponse(
                configuration_key=[
                    p.ConfigurationKey(key="MeterValueSampleInterval", readonly=False, value="60"),
                    p.ConfigurationKey(key="ChargePointId", readonly=True),
                ],
                unknown_key=["NoSuchKey"],
            )
            result = await their.call(
                call.GetConfiguration(
                    key=["MeterValueSampleInterval", "ChargePointId", "NoSuchKey"]
                ),
                suppress=False,
            )
            assert result == call_result.GetConfiguration(
                configuration_key=[
                    {"key": "MeterValueSampleInterval", "readonly": False, "value": "60"},
                    {"key": "ChargePointId", "readonly": True},
                ],
                unknown_key=["NoSuchKey"],
            )
            assert ours.received[-1] == (
                "GetConfiguration",
                p.GetConfigurationRequest(
                    key=["MeterValueSampleInterval", "ChargePointId", "NoSuchKey"]
                ),
            )

            ours.answers["Reset"] = lambda request: p.ResetResponse(status=p.ResetStatus.REJECTED)
            result = await their.call(call.Reset(type="Hard"), suppress=False)
            assert result == call_result.Reset(status="Rejected")
            action, request = ours.received[-1]
            assert (action, type(request)) == ("Reset", p.ResetRequest)
            assert request.type is p.ResetType.HARD

    run(scenario())


# --- The handshake ---------------------------------------------------------------------------------


def test_the_subprotocol_is_ocpp16(ocpp16: ModuleType) -> None:
    """Both our ends speak ``ocpp1.6`` only: our CSMS refuses a station offering ocpp2.0.1
    alone (400), and our station opens a connection with ocpp1.6 negotiated."""
    assert ocpp16.websockets.SUBPROTOCOL == SUBPROTOCOL == "ocpp1.6"

    async def scenario() -> None:
        async with ocpp16.websockets.serve(
            OurHandlers(ocpp16, ()).router, "127.0.0.1", 0
        ) as server:
            url = f"ws://127.0.0.1:{server.port}/{STATION_ID}"
            with pytest.raises(InvalidStatus) as refused:
                async with websockets_connect(url, subprotocols=[Subprotocol("ocpp2.0.1")]):
                    pass
            assert refused.value.response.status_code == 400
        async with our_station_with_their_csms(ocpp16) as (_, station, their):
            assert station._connection.subprotocol == their._connection.subprotocol == "ocpp1.6"

    run(scenario())


# --- CallErrors ----------------------------------------------------------------------------------


def test_an_action_our_csms_does_not_handle(ocpp16: ModuleType) -> None:
    """Their station sends a 1.6 action our router has no handler for: NotSupported, which
    OCPP-J 1.6 gives for an action "recognized but not supported by the receiver"."""

    async def scenario() -> None:
        async with our_csms_with_their_station(ocpp16, actions=("Heartbeat",)) as s:
            with pytest.raises(NotSupportedError) as raised:
                await their_call(s, call.Authorize(id_tag="04A1B2C3D4E5F6"))
            assert raised.value.description == "Authorize is not supported here"
            assert json.loads(s.frames[-1][1])[2] == "NotSupported"
            assert s.ours.received == []

    run(scenario())


def test_an_action_their_station_does_not_handle(ocpp16: ModuleType) -> None:
    """Our CSMS sends a 1.6 action their station has no handler for. OCPP-J 1.6 asks for
    NotSupported (recognized, not supported); `ocpp` answers NotImplemented, the code for an
    action "not known by receiver" (it swaps the two). ocpp201 reports the code as it came."""
    p = ocpp16

    async def scenario() -> None:
        async with our_csms_with_their_station(p) as s:
            with pytest.raises(p.session.CallErrorReceived) as raised:
                await s.server.call(STATION_ID, p.ClearCacheRequest())
            error = raised.value
            assert (error.action, error.code, error.details) == (
                "ClearCache",
                "NotImplemented",
                {"cause": "No handler for ClearCache registered."},
            )

    run(scenario())


def test_an_action_our_station_does_not_handle(ocpp16: ModuleType) -> None:
    """Their CSMS sends our station an action its router does not handle: NotSupported; and
    their CSMS, without a handler for an action our station sends, answers NotImplemented."""
    p = ocpp16

    async def scenario() -> None:
        async with our_station_with_their_csms(p, actions=()) as (ours, station, their):
            with pytest.raises(NotSupportedError) as raised:
                await their.call(call.ClearCache(), suppress=False)
            assert raised.value.description == "ClearCache is not supported here"
            with pytest.raises(p.session.CallErrorReceived) as received:
                await station.call(p.AuthorizeRequest(id_tag="04A1B2C3D4E5F6"))
            assert received.value.code == "NotImplemented"

    run(scenario())


def test_a_frame_of_an_unknown_message_type_is_ignored(ocpp16: ModuleType) -> None:
    """OCPP-J 1.6 (4.1.3): a frame of a message type other than 2, 3 and 4 is ignored. Their
    station's connection sends one; our CSMS answers nothing and serves the next Call."""
    p = ocpp16

    async def scenario() -> None:
        async with our_csms_with_their_station(p, actions=("Heartbeat",)) as s:
            s.ours.answers["Heartbeat"] = lambda request: p.HeartbeatResponse(current_time=AS_UTC)
            await s.their._connection.send(json.dumps([7, "x", "Heartbeat", {}]))
            reply = await their_call(s, call.Heartbeat())
            assert reply == call_result.Heartbeat(current_time="2024-05-01T10:00:00.250000Z")
            sent = [json.loads(text) for direction, text in s.frames if direction == "out"]
            assert [frame[0] for frame in sent] == [3]  # the Heartbeat's CallResult only

    run(scenario())


@pytest.mark.parametrize("receiver", ["our-csms", "our-station"])
def test_a_required_property_missing_is_answered_with_the_16_spelling(
    ocpp16: ModuleType, receiver: str
) -> None:
    """A Call without its required property (their side skips its own validation to send it):
    OCPP-J 1.6 (4.2.3) answers OccurenceConstraintViolation, so spelled; the errata sheet keeps
    the typo ("known issues that will not be fixed")."""
    p = ocpp16

    async def scenario() -> None:
        if receiver == "our-csms":
            async with our_csms_with_their_station(p) as s:
                with pytest.raises(OccurenceConstraintViolationError):
                    await s.their.call(
                        call.Authorize(id_tag=None), suppress=False, skip_schema_validation=True
                    )
                assert s.ours.received == []
        else:
            async with our_station_with_their_csms(p) as (ours, _, their):
                with pytest.raises(OccurenceConstraintViolationError):
                    await their.call(
                        call.Reset(type=None), suppress=False, skip_schema_validation=True
                    )
                assert ours.received == []

    run(scenario())


def test_a_payload_that_is_not_an_object_is_answered_with_formation_violation(
    ocpp16: ModuleType,
) -> None:
    """A Call whose payload is a JSON array, written by hand on their station's connection:
    OCPP-J 1.6 (4.2.3) calls a payload "syntactically incorrect or not conform the PDU structure"
    a FormationViolation (2.0.1 renamed it FormatViolation; the errata keep the 1.6 name)."""

    async def scenario() -> None:
        async with our_csms_with_their_station(ocpp16) as s:
            await s.their._send('[2,"f-1","Heartbeat",[]]')
            answer = await s.their._get_specific_response("f-1", WAIT)
            assert (answer.message_type_id, answer.error_code) == (4, "FormationViolation")
            assert s.ours.received == []

    run(scenario())


def _readme_example() -> str:
    """The README's OCPP 1.6 example, its top-level `async with` wrapped in a coroutine."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```python\n", text.index("**Talking OCPP 1.6.**")) + len("```python\n")
    block = text[start : text.index("```\n", start)]
    head, _, tail = block.partition("\nasync with ")
    body = "\n".join("    " + line if line else "" for line in ("async with " + tail).splitlines())
    return f"{head}\n\nasync def main() -> None:\n{body}\n"


def test_the_readme_example_runs_and_type_checks(ocpp16: ModuleType, tmp_path: Path) -> None:
    """What the README shows of OCPP 1.6 runs as written (our CSMS, our station) and is
    mypy --strict clean without casts."""
    source = _readme_example()
    namespace: dict[str, Any] = {}
    exec(compile(source, "README.md (OCPP 1.6 example)", "exec"), namespace)
    run(namespace["main"]())
    script = tmp_path / "example16.py"
    script.write_text(source, encoding="utf-8")
    built = Path(ocpp16.__file__).parent.parent  # type: ignore[arg-type]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        env={**os.environ, "MYPYPATH": str(built)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout
