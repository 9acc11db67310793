"""Interoperability: the example CSMS (examples/csms.py: its `Router` served by
`ocpp201.websockets.serve`, its frame log) against a charging station built with `ocpp` 2.1.0
(mobilityhouse), an independent Python implementation.

Every action of the first release crosses a real websocket in its direction of the
specification, each in a session of its own (a test parametrized by action, one per direction):

- ChargingStation->CSMS: the `ocpp` station sends it, our CSMS decodes it into dataclasses (the
  test checks the fields) and answers with typed responses, which the `ocpp` station validates
  against the schemas before handing them over (its default; `test_ocpp_station_validates_...`
  proves that validation is on).
- CSMS->ChargingStation: our CSMS sends typed requests, the `ocpp` station's handlers receive and
  answer them, and our side decodes the answers with `CallResult.decode(action)`.
- DataTransfer both ways.

Where the two implementations disagree, a test says which one follows the schema (or OCPP-J) and
asserts the difference as it is, so that a change on either side shows up. The neutral referee
for "follows the schema" is jsonschema itself on the vendored schema files.

Everything runs in-process on 127.0.0.1 on a port the system picks; each test starts and stops
its own CSMS and station, and every wait is bounded (CALL_TIMEOUT, SCENARIO_TIMEOUT).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import jsonschema
import ocpp201
import pytest
from ocpp.exceptions import PropertyConstraintViolationError, TypeConstraintViolationError
from ocpp.routing import on
from ocpp.v201 import ChargePoint
from ocpp.v201 import call as station_call
from ocpp.v201 import call_result as station_result
from ocpp.v201 import datatypes as station_types
from ocpp.v201.enums import Action
from ocpp201 import (
    ABSENT,
    AuthorizeRequest,
    BootNotificationRequest,
    BootReasonEnumType,
    CancelReservationRequest,
    CancelReservationResponse,
    CancelReservationStatusEnumType,
    CertificateHashDataType,
    CertificateSignedRequest,
    CertificateSignedResponse,
    CertificateSignedStatusEnumType,
    CertificateSigningUseEnumType,
    ChangeAvailabilityRequest,
    ChangeAvailabilityResponse,
    ChangeAvailabilityStatusEnumType,
    ChargingLimitSourceEnumType,
    ChargingProfileCriterionType,
    ChargingProfilePurposeEnumType,
    ChargingStateEnumType,
    ClearCacheRequest,
    ClearCacheResponse,
    ClearCacheStatusEnumType,
    ClearChargingProfileRequest,
    ClearChargingProfileResponse,
    ClearChargingProfileStatusEnumType,
    ClearChargingProfileType,
    ClearDisplayMessageRequest,
    ClearDisplayMessageResponse,
    ClearedChargingLimitRequest,
    ClearMessageStatusEnumType,
    ClearMonitoringResultType,
    ClearMonitoringStatusEnumType,
    ClearVariableMonitoringRequest,
    ClearVariableMonitoringResponse,
    ConnectorStatusEnumType,
    CostUpdatedRequest,
    CostUpdatedResponse,
    CustomDataType,
    CustomerInformationRequest,
    CustomerInformationResponse,
    CustomerInformationStatusEnumType,
    DataTransferRequest,
    DataTransferResponse,
    DataTransferStatusEnumType,
    DeleteCertificateRequest,
    DeleteCertificateResponse,
    DeleteCertificateStatusEnumType,
    EVSEType,
    FirmwareStatusEnumType,
    FirmwareStatusNotificationRequest,
    GetChargingProfilesRequest,
    GetChargingProfilesResponse,
    GetChargingProfileStatusEnumType,
    GetLocalListVersionRequest,
    GetLocalListVersionResponse,
    GetTransactionStatusRequest,
    GetTransactionStatusResponse,
    HashAlgorithmEnumType,
    HeartbeatRequest,
    HeartbeatResponse,
    IdTokenEnumType,
    IdTokenType,
    LocationEnumType,
    MeasurandEnumType,
    MeterValuesRequest,
    OperationalStatusEnumType,
    Payload,
    PhaseEnumType,
    ReadingContextEnumType,
    ResetEnumType,
    ResetRequest,
    ResetResponse,
    ResetStatusEnumType,
    StatusInfoType,
    StatusNotificationRequest,
    TransactionEventEnumType,
    TransactionEventRequest,
    TriggerReasonEnumType,
    UnlockConnectorRequest,
    UnlockConnectorResponse,
    UnlockStatusEnumType,
)
from ocpp201.rpc import Call, CallError, CallResult, RpcError, parse_frame
from ocpp201.session import Context, Direction, FrameHook, Router
from ocpp201.websockets import SUBPROTOCOL, Server, serve
from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from .conftest import load_schema
from .support.implemented import unimplemented_actions
from .support.seed import read_seed

# examples/ holds scripts, not a package: import the CSMS the way its users run it, as a file.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
import csms  # noqa: E402

CALL_TIMEOUT = 10.0
"""Upper bound on any single answer; on 127.0.0.1 they take milliseconds."""
SCENARIO_TIMEOUT = 60.0
"""Upper bound on a whole test, so a hang fails the test instead of the test run."""
STATION_ID = "CS-0001"
CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
SUBPROTOCOLS = [SUBPROTOCOL]
UTC = UTC

FIRST_RELEASE = frozenset(row.schema_name for row in read_seed()["messages"] if row.implemented)
"""The messages the hand-written scenarios below exercise: the reference table's, which every
build keeps implementing. test_interop_every_action.py covers whatever else the matrix adds."""
STATION_INITIATED = frozenset(
    name
    for name, action in ocpp201.ACTIONS.items()
    if name in FIRST_RELEASE and action.direction in ("ChargingStation->CSMS", "Both")
)
CSMS_INITIATED = frozenset(
    name
    for name, action in ocpp201.ACTIONS.items()
    if name in FIRST_RELEASE and action.direction in ("CSMS->ChargingStation", "Both")
)
LEFT_OUT = unimplemented_actions()
"""Messages this build does not implement (none when every matrix line says yes)."""


def left_out_param(make: Callable[[str], tuple[Any, ...]], test_id: str) -> Any:
    """A parameter set built from a message this build leaves out, or skipped if there is none."""
    if not LEFT_OUT:
        return pytest.param(
            *make("Heartbeat"),
            id=test_id,
            marks=pytest.mark.skip(reason="every message is implemented"),
        )
    return pytest.param(*make(LEFT_OUT[0]), id=test_id)


def corpus_request(action: str) -> dict[str, Any]:
    """A valid request payload of `action` from the committed corpus."""
    payloads = json.loads(
        (Path(__file__).parent / "corpus" / f"{action}Request.json").read_text(encoding="utf-8")
    )
    return dict(payloads[0])


def run(scenario: Awaitable[None]) -> None:
    asyncio.run(asyncio.wait_for(scenario, SCENARIO_TIMEOUT))


# --- The other implementation: a charging station made with `ocpp` ------------------------------


class OcppStation(ChargePoint):  # type: ignore[misc]  # ocpp ships no type information
    """Answers every CSMS->ChargingStation action ocpp201 implements, and DataTransfer.

    `received` keeps each request as `ocpp` hands it to a handler: snake_case keyword arguments,
    nested objects as dicts. Handlers keep `ocpp`'s default schema validation of the request and
    of their own answer (no `skip_schema_validation`).
    """

    def __init__(self, station_id: str, connection: ClientConnection) -> None:
        super().__init__(station_id, connection, response_timeout=CALL_TIMEOUT)
        self.received: dict[str, dict[str, Any]] = {}

    @on(Action.cancel_reservation)
    def on_cancel_reservation(self, **request: Any) -> Any:
        self.received["CancelReservation"] = request
        return station_result.CancelReservation(status="Accepted")

    @on(Action.certificate_signed)
    def on_certificate_signed(self, **request: Any) -> Any:
        self.received["CertificateSigned"] = request
        return station_result.CertificateSigned(status="Rejected")

    @on(Action.change_availability)
    def on_change_availability(self, **request: Any) -> Any:
        self.received["ChangeAvailability"] = request
        return station_result.ChangeAvailability(status="Scheduled")

    @on(Action.clear_cache)
    def on_clear_cache(self, **request: Any) -> Any:
        self.received["ClearCache"] = request
        return station_result.ClearCache(status="Accepted")

    @on(Action.clear_charging_profile)
    def on_clear_charging_profile(self, **request: Any) -> Any:
        self.received["ClearChargingProfile"] = request
        return station_result.ClearChargingProfile(status="Unknown")

    @on(Action.clear_display_message)
    def on_clear_display_message(self, **request: Any) -> Any:
        self.received["ClearDisplayMessage"] = request
        return station_result.ClearDisplayMessage(
            status="Unknown",
            status_info=station_types.StatusInfoType(
                reason_code="NoSuchMessage", additional_info="no message with that id"
            ),
        )

    @on(Action.clear_variable_monitoring)
    def on_clear_variable_monitoring(self, **request: Any) -> Any:
        self.received["ClearVariableMonitoring"] = request
        # ocpp annotates this field as a list of status enums, but the schema (which ocpp
        # validates against) wants ClearMonitoringResultType objects; those are what we send.
        return station_result.ClearVariableMonitoring(
            clear_monitoring_result=[
                station_types.ClearMonitoringResultType(status="Accepted", id=1),
                station_types.ClearMonitoringResultType(status="NotFound", id=2),
            ]
        )

    @on(Action.cost_updated)
    def on_cost_updated(self, **request: Any) -> Any:
        self.received["CostUpdated"] = request
        return station_result.CostUpdated()

    @on(Action.customer_information)
    def on_customer_information(self, **request: Any) -> Any:
        self.received["CustomerInformation"] = request
        return station_result.CustomerInformation(status="Accepted")

    @on(Action.data_transfer)
    def on_data_transfer(self, **request: Any) -> Any:
        self.received["DataTransfer"] = request
        # Echoes the data it was handed, so that both of ocpp's conversions show in the answer.
        return station_result.DataTransfer(status="Accepted", data=request.get("data"))

    @on(Action.delete_certificate)
    def on_delete_certificate(self, **request: Any) -> Any:
        self.received["DeleteCertificate"] = request
        return station_result.DeleteCertificate(status="NotFound")

    @on(Action.get_charging_profiles)
    def on_get_charging_profiles(self, **request: Any) -> Any:
        self.received["GetChargingProfiles"] = request
        return station_result.GetChargingProfiles(status="NoProfiles")

    @on(Action.get_local_list_version)
    def on_get_local_list_version(self, **request: Any) -> Any:
        self.received["GetLocalListVersion"] = request
        return station_result.GetLocalListVersion(version_number=42)

    @on(Action.get_transaction_status)
    def on_get_transaction_status(self, **request: Any) -> Any:
        self.received["GetTransactionStatus"] = request
        return station_result.GetTransactionStatus(messages_in_queue=False, ongoing_indicator=True)

    @on(Action.reset)
    def on_reset(self, **request: Any) -> Any:
        self.received["Reset"] = request
        return station_result.Reset(status="Scheduled")

    @on(Action.unlock_connector)
    def on_unlock_connector(self, **request: Any) -> Any:
        self.received["UnlockConnector"] = request
        return station_result.UnlockConnector(status="Unlocked")


# --- A CSMS with an `ocpp` station connected ------------------------------------------------------


def registering_connections() -> tuple[type[ServerConnection], list[ServerConnection]]:
    """A websockets connection class that records every instance, and the list it records in:
    our CSMS's end of each connection, on which a test writes frames that ocpp201 would refuse
    to build (it writes nothing invalid of its own accord)."""
    opened: list[ServerConnection] = []

    class Registering(ServerConnection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            opened.append(self)

    return Registering, opened


@dataclass
class Session:
    server: Server
    station: OcppStation
    """The `ocpp` charging station."""
    link: ocpp201.session.Session
    """Our CSMS's session with the station (its `state` is what the example's handlers keep)."""
    decoded: dict[str, Payload]
    """The latest request our CSMS received and decoded, per action."""
    log_path: Path
    wire: ServerConnection
    """Our CSMS's end of the station's websocket."""
    log: FrameHook
    """The example's frame log."""
    awaited: dict[str, asyncio.Future[CallResult | CallError]]
    """Unique id of a frame sent by hand -> the answer it is waiting for."""

    async def send_frame(self, text: str) -> None:
        """Writes one frame as it is to the station, and to the frame log."""
        await self.wire.send(text)
        self.log(STATION_ID, "out", text)

    async def exchange(self, unique_id: str, text: str) -> CallResult | CallError:
        """Sends a Call frame written by hand (with id `unique_id`) and returns its answer."""
        answer = asyncio.get_running_loop().create_future()
        self.awaited[unique_id] = answer
        try:
            await self.send_frame(text)
            return await asyncio.wait_for(answer, CALL_TIMEOUT)
        finally:
            del self.awaited[unique_id]


@asynccontextmanager
async def session(tmp_path: Path, router: Router | None = None) -> AsyncIterator[Session]:
    """Our CSMS (the example's router unless `router` is given) with an `ocpp` station.

    The frame hook does what the example's does (the log), and also keeps every Call received
    from the station decoded, as the session decodes it, and hands the answers to frames sent by
    hand to `Session.exchange` (the session itself drops them: no Call of its own awaits them).
    """
    decoded: dict[str, Payload] = {}
    awaited: dict[str, asyncio.Future[CallResult | CallError]] = {}
    log_path = tmp_path / "frames.jsonl"
    connection_class, opened = registering_connections()
    with log_path.open("w", encoding="utf-8") as log_file:
        log = csms.frame_log(log_file)

        def hook(station_id: str, direction: Direction, text: str) -> None:
            log(station_id, direction, text)
            if station_id != STATION_ID or direction != "in":
                return
            try:
                frame = parse_frame(text)
            except RpcError:
                return  # the session answers it
            if isinstance(frame, Call):
                decoded[frame.action] = frame.payload
            elif frame.unique_id in awaited and not awaited[frame.unique_id].done():
                awaited[frame.unique_id].set_result(frame)

        async with serve(
            router or csms.router,
            "127.0.0.1",
            0,
            frame_hook=hook,
            timeout=CALL_TIMEOUT,
            create_connection=connection_class,
        ) as server:
            url = f"ws://127.0.0.1:{server.port}/{STATION_ID}"
            async with connect(url, subprotocols=SUBPROTOCOLS) as websocket:
                assert websocket.subprotocol == SUBPROTOCOL
                station = OcppStation(STATION_ID, websocket)
                reader = asyncio.create_task(station.start())
                try:
                    link = await server.wait_for_station(STATION_ID, timeout=CALL_TIMEOUT)
                    (wire,) = opened
                    yield Session(server, station, link, decoded, log_path, wire, log, awaited)
                finally:
                    reader.cancel()
                    with suppress(asyncio.CancelledError):
                        await reader


@asynccontextmanager
async def raw_station(server: Server, station_id: str) -> AsyncIterator[ClientConnection]:
    """A plain websocket client: sends whatever frame text the test writes."""
    url = f"ws://127.0.0.1:{server.port}/{station_id}"
    async with connect(url, subprotocols=SUBPROTOCOLS) as websocket:
        yield websocket


async def ask_raw(websocket: ClientConnection, text: str) -> CallResult | CallError:
    """Send one frame as it is and parse the frame that answers it."""
    await websocket.send(text)
    answer = parse_frame(await asyncio.wait_for(websocket.recv(), CALL_TIMEOUT))
    assert isinstance(answer, (CallResult, CallError))
    return answer


def call_text(unique_id: str, action: str, payload: object) -> str:
    return json.dumps([2, unique_id, action, payload])


# --- The frame log -----------------------------------------------------------------------------


def read_log(path: Path) -> list[dict[str, Any]]:
    """The frame log's records, each checked for the documented shape: the frame as its text."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for record in records:
        assert set(record) == {"ts", "station", "direction", "frame"}, record
        assert record["direction"] in ("in", "out"), record
        assert isinstance(record["station"], str) and isinstance(record["frame"], str), record
        assert datetime.fromisoformat(record["ts"]).tzinfo is not None, record
    return records


def exchanged_actions(path: Path) -> dict[str, set[str]]:
    """Direction ("in": station-initiated, "out": CSMS-initiated) -> actions called.

    Also checks that every Call in the log was answered, in the other direction, by a CallResult
    that decodes as the response of that action.
    """
    # (station, direction of the Call, unique id) -> action
    waiting: dict[tuple[str, str, str], str] = {}
    called: dict[str, set[str]] = {"in": set(), "out": set()}
    for record in read_log(path):
        frame = parse_frame(record["frame"])
        if isinstance(frame, Call):
            waiting[(record["station"], record["direction"], frame.unique_id)] = frame.action
            called[record["direction"]].add(frame.action)
        else:
            assert isinstance(frame, CallResult), f"unexpected {frame}"
            caller = "out" if record["direction"] == "in" else "in"
            frame.decode(waiting.pop((record["station"], caller, frame.unique_id)))
    assert not waiting, f"calls left unanswered: {waiting}"
    return called


# --- Every action, in its direction ------------------------------------------------------------
#
# One scenario per action, each run in a session of its own (test_station_initiated_action,
# test_csms_initiated_action), so that a failure names its action and no scenario leans on what
# an earlier one left behind. None needs a set-up exchange first: the example CSMS answers every
# action without a prior BootNotification, and the `ocpp` station keeps no state between its
# handlers. The transaction id "tx-0001" in CostUpdated and GetTransactionStatus is a value to
# carry, not a transaction either side looks up.

ActionScenario = Callable[[Session], Awaitable[None]]
"""Sends one action in a fresh session and checks both ends of the exchange."""

STATION_SCENARIOS: dict[str, ActionScenario] = {}
"""Action -> scenario in which the `ocpp` station sends it to our CSMS."""
CSMS_SCENARIOS: dict[str, ActionScenario] = {}
"""Action -> scenario in which our CSMS sends it to the `ocpp` station."""


def scenario_of(
    table: dict[str, ActionScenario], action: str
) -> Callable[[ActionScenario], ActionScenario]:
    """Decorator: file the scenario under `action` in `table`."""

    def register(scenario: ActionScenario) -> ActionScenario:
        assert action not in table, f"two scenarios for {action}"
        table[action] = scenario
        return scenario

    return register


station_initiated = partial(scenario_of, STATION_SCENARIOS)
csms_initiated = partial(scenario_of, CSMS_SCENARIOS)


async def station_sends(s: Session, request: Any) -> Any:
    """The `ocpp` station's call and the answer it got (after validating it against the schema).

    ocpp's default (suppress=True) would turn a CallError into None: this makes it raise.
    """
    return await s.station.call(request, suppress=False)


# Sent by the `ocpp` station: our CSMS decodes (checked in s.decoded) and answers.


@station_initiated("BootNotification")
async def boot_notification(s: Session) -> None:
    reply = await station_sends(
        s,
        station_call.BootNotification(
            charging_station=station_types.ChargingStationType(
                vendor_name="Example Vendor",
                model="Wallbox 22",
                serial_number="SN-0001",
                firmware_version="1.4.2",
                modem=station_types.ModemType(iccid="8931041010654378930", imsi="262011234567890"),
            ),
            reason="PowerUp",
            custom_data={"vendor_id": "org.example", "site_id": 7},
        ),
    )
    assert (reply.status, reply.interval) == ("Accepted", csms.HEARTBEAT_INTERVAL)
    assert datetime.fromisoformat(reply.current_time).tzinfo is not None
    boot = s.decoded["BootNotification"]
    assert isinstance(boot, BootNotificationRequest)
    assert boot.reason is BootReasonEnumType.POWER_UP
    assert (boot.charging_station.vendor_name, boot.charging_station.model) == (
        "Example Vendor",
        "Wallbox 22",
    )
    assert boot.charging_station.serial_number == "SN-0001"
    assert boot.charging_station.firmware_version == "1.4.2"
    assert boot.charging_station.modem is not None
    assert boot.charging_station.modem.imsi == "262011234567890"
    # ocpp camel-cases customData's keys, extension properties included.
    assert boot.custom_data == CustomDataType(
        vendor_id="org.example", extra_properties={"siteId": 7}
    )
    assert s.link.state["boot"] == boot


@station_initiated("Heartbeat")
async def heartbeat(s: Session) -> None:
    reply = await station_sends(s, station_call.Heartbeat())
    assert datetime.fromisoformat(reply.current_time).tzinfo is not None
    assert s.decoded["Heartbeat"] == HeartbeatRequest()


@station_initiated("StatusNotification")
async def status_notification(s: Session) -> None:
    await station_sends(
        s,
        station_call.StatusNotification(
            timestamp="2024-05-01T10:00:00Z",
            connector_status="Occupied",
            evse_id=1,
            connector_id=2,
        ),
    )
    assert s.decoded["StatusNotification"] == StatusNotificationRequest(
        timestamp=datetime(2024, 5, 1, 10, tzinfo=UTC),
        connector_status=ConnectorStatusEnumType.OCCUPIED,
        evse_id=1,
        connector_id=2,
    )
    assert s.link.state["connectors"] == {(1, 2): ConnectorStatusEnumType.OCCUPIED}


@station_initiated("Authorize")
async def authorize(s: Session) -> None:
    reply = await station_sends(
        s,
        station_call.Authorize(
            id_token=station_types.IdTokenType(
                id_token="04A1B2C3D4E5F6",
                type="ISO14443",
                additional_info=[
                    station_types.AdditionalInfoType(
                        additional_id_token="contract-17", type="ContractId"
                    )
                ],
            ),
            iso15118_certificate_hash_data=[
                station_types.OCSPRequestDataType(
                    hash_algorithm="SHA256",
                    issuer_name_hash="a1" * 32,
                    issuer_key_hash="b2" * 32,
                    serial_number="0A1B2C",
                    responder_url="http://ocsp.example.com/",
                )
            ],
        ),
    )
    assert reply.id_token_info == {"status": "Accepted"}
    request = s.decoded["Authorize"]
    assert isinstance(request, AuthorizeRequest)
    assert request.id_token.type is IdTokenEnumType.ISO14443
    assert request.id_token.additional_info is not None
    assert request.id_token.additional_info[0].additional_id_token == "contract-17"
    assert request.iso15118_certificate_hash_data is not None
    ocsp = request.iso15118_certificate_hash_data[0]
    assert ocsp.hash_algorithm is HashAlgorithmEnumType.SHA256
    assert ocsp.responder_url == "http://ocsp.example.com/"  # wire name responderURL


@station_initiated("TransactionEvent")
async def transaction_event(s: Session) -> None:
    reply = await station_sends(
        s,
        station_call.TransactionEvent(
            event_type="Started",
            timestamp="2024-05-01T10:01:00.250+02:00",
            trigger_reason="Authorized",
            seq_no=0,
            transaction_info=station_types.TransactionType(
                transaction_id="tx-0001", charging_state="EVConnected"
            ),
            evse=station_types.EVSEType(id=1, connector_id=2),
            id_token=station_types.IdTokenType(id_token="04A1B2C3D4E5F6", type="ISO14443"),
            meter_value=[
                station_types.MeterValueType(
                    timestamp="2024-05-01T08:01:00Z",
                    sampled_value=[
                        station_types.SampledValueType(
                            value=1234.5,
                            context="Transaction.Begin",
                            measurand="Energy.Active.Import.Register",
                            location="Outlet",
                            unit_of_measure=station_types.UnitOfMeasureType(unit="Wh"),
                        )
                    ],
                )
            ],
        ),
    )
    assert reply.id_token_info == {"status": "Accepted"}
    event = s.decoded["TransactionEvent"]
    assert isinstance(event, TransactionEventRequest)
    assert event.event_type is TransactionEventEnumType.STARTED
    assert event.trigger_reason is TriggerReasonEnumType.AUTHORIZED
    assert event.timestamp == datetime(2024, 5, 1, 8, 1, 0, 250000, tzinfo=UTC)
    assert event.transaction_info.charging_state is ChargingStateEnumType.EV_CONNECTED
    assert event.evse == EVSEType(id=1, connector_id=2)
    assert event.id_token == IdTokenType(id_token="04A1B2C3D4E5F6", type=IdTokenEnumType.ISO14443)
    assert event.meter_value is not None
    sample = event.meter_value[0].sampled_value[0]
    assert (sample.value, sample.context, sample.measurand, sample.location) == (
        1234.5,
        ReadingContextEnumType.TRANSACTION_BEGIN,
        MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER,
        LocationEnumType.OUTLET,
    )
    assert sample.unit_of_measure is not None and sample.unit_of_measure.unit == "Wh"
    assert s.link.state["transactions"] == {"tx-0001": event}


@station_initiated("MeterValues")
async def meter_values(s: Session) -> None:
    await station_sends(
        s,
        station_call.MeterValues(
            evse_id=1,
            meter_value=[
                station_types.MeterValueType(
                    timestamp="2024-05-01T08:16:00Z",
                    sampled_value=[
                        station_types.SampledValueType(
                            value=7,
                            measurand="Power.Active.Import",
                            phase="L1-N",
                            unit_of_measure=station_types.UnitOfMeasureType(
                                unit="kW", multiplier=3
                            ),
                        )
                    ],
                )
            ],
        ),
    )
    meter = s.decoded["MeterValues"]
    assert isinstance(meter, MeterValuesRequest)
    sample = meter.meter_value[0].sampled_value[0]
    assert meter.meter_value[0].timestamp == datetime(2024, 5, 1, 8, 16, tzinfo=UTC)
    assert (sample.value, sample.phase) == (7, PhaseEnumType.L1_N)
    assert sample.unit_of_measure is not None and sample.unit_of_measure.multiplier == 3


@station_initiated("ClearedChargingLimit")
async def cleared_charging_limit(s: Session) -> None:
    await station_sends(
        s, station_call.ClearedChargingLimit(charging_limit_source="EMS", evse_id=1)
    )
    assert s.decoded["ClearedChargingLimit"] == ClearedChargingLimitRequest(
        charging_limit_source=ChargingLimitSourceEnumType.EMS, evse_id=1
    )


@station_initiated("FirmwareStatusNotification")
async def firmware_status_notification(s: Session) -> None:
    await station_sends(
        s, station_call.FirmwareStatusNotification(status="Installed", request_id=7)
    )
    assert s.decoded["FirmwareStatusNotification"] == FirmwareStatusNotificationRequest(
        status=FirmwareStatusEnumType.INSTALLED, request_id=7
    )


@station_initiated("DataTransfer")
async def data_transfer_from_station(s: Session) -> None:
    reply = await station_sends(
        s,
        station_call.DataTransfer(
            vendor_id="org.example.unknown", message_id="ping", data=[1, "two"]
        ),
    )
    assert reply.status == "UnknownVendorId"
    assert s.decoded["DataTransfer"] == DataTransferRequest(
        vendor_id="org.example.unknown", message_id="ping", data=[1, "two"]
    )


# Sent by our CSMS: the `ocpp` station's handler receives it (checked in s.station.received, as
# ocpp hands it over: snake_case keys, nested objects as dicts) and we decode its answer.

CERTIFICATE_HASH = CertificateHashDataType(
    hash_algorithm=HashAlgorithmEnumType.SHA256,
    issuer_name_hash="a1" * 32,
    issuer_key_hash="b2" * 32,
    serial_number="0A1B2C",
)
CERTIFICATE_HASH_AS_OCPP_SEES_IT = {
    "hash_algorithm": "SHA256",
    "issuer_name_hash": "a1" * 32,
    "issuer_key_hash": "b2" * 32,
    "serial_number": "0A1B2C",
}


@csms_initiated("CancelReservation")
async def cancel_reservation(s: Session) -> None:
    reply = await s.link.call(CancelReservationRequest(reservation_id=5))
    assert reply == CancelReservationResponse(status=CancelReservationStatusEnumType.ACCEPTED)
    assert s.station.received["CancelReservation"] == {"reservation_id": 5}


@csms_initiated("CertificateSigned")
async def certificate_signed(s: Session) -> None:
    reply = await s.link.call(
        CertificateSignedRequest(
            certificate_chain=CERTIFICATE,
            certificate_type=CertificateSigningUseEnumType.CHARGING_STATION_CERTIFICATE,
        )
    )
    assert reply == CertificateSignedResponse(status=CertificateSignedStatusEnumType.REJECTED)
    assert s.station.received["CertificateSigned"] == {
        "certificate_chain": CERTIFICATE,
        "certificate_type": "ChargingStationCertificate",
    }


@csms_initiated("ChangeAvailability")
async def change_availability(s: Session) -> None:
    reply = await s.link.call(
        ChangeAvailabilityRequest(
            operational_status=OperationalStatusEnumType.INOPERATIVE,
            evse=EVSEType(id=1, connector_id=2),
        )
    )
    assert reply == ChangeAvailabilityResponse(status=ChangeAvailabilityStatusEnumType.SCHEDULED)
    assert s.station.received["ChangeAvailability"] == {
        "operational_status": "Inoperative",
        "evse": {"id": 1, "connector_id": 2},
    }


@csms_initiated("ClearCache")
async def clear_cache(s: Session) -> None:
    reply = await s.link.call(ClearCacheRequest())
    assert reply == ClearCacheResponse(status=ClearCacheStatusEnumType.ACCEPTED)
    assert s.station.received["ClearCache"] == {}


@csms_initiated("ClearChargingProfile")
async def clear_charging_profile(s: Session) -> None:
    reply = await s.link.call(
        ClearChargingProfileRequest(
            charging_profile_criteria=ClearChargingProfileType(
                evse_id=1,
                charging_profile_purpose=ChargingProfilePurposeEnumType.TX_PROFILE,
                stack_level=0,
            )
        )
    )
    assert reply == ClearChargingProfileResponse(status=ClearChargingProfileStatusEnumType.UNKNOWN)
    assert s.station.received["ClearChargingProfile"] == {
        "charging_profile_criteria": {
            "evse_id": 1,
            "charging_profile_purpose": "TxProfile",
            "stack_level": 0,
        }
    }


@csms_initiated("ClearDisplayMessage")
async def clear_display_message(s: Session) -> None:
    reply = await s.link.call(ClearDisplayMessageRequest(id=11))
    assert reply == ClearDisplayMessageResponse(
        status=ClearMessageStatusEnumType.UNKNOWN,
        status_info=StatusInfoType(
            reason_code="NoSuchMessage", additional_info="no message with that id"
        ),
    )
    assert s.station.received["ClearDisplayMessage"] == {"id": 11}


@csms_initiated("ClearVariableMonitoring")
async def clear_variable_monitoring(s: Session) -> None:
    reply = await s.link.call(ClearVariableMonitoringRequest(id=[1, 2]))
    assert reply == ClearVariableMonitoringResponse(
        clear_monitoring_result=[
            ClearMonitoringResultType(status=ClearMonitoringStatusEnumType.ACCEPTED, id=1),
            ClearMonitoringResultType(status=ClearMonitoringStatusEnumType.NOT_FOUND, id=2),
        ]
    )
    assert s.station.received["ClearVariableMonitoring"] == {"id": [1, 2]}


@csms_initiated("CostUpdated")
async def cost_updated(s: Session) -> None:
    reply = await s.link.call(CostUpdatedRequest(total_cost=12.34, transaction_id="tx-0001"))
    assert reply == CostUpdatedResponse()
    assert s.station.received["CostUpdated"] == {"total_cost": 12.34, "transaction_id": "tx-0001"}


@csms_initiated("CustomerInformation")
async def customer_information(s: Session) -> None:
    reply = await s.link.call(
        CustomerInformationRequest(
            request_id=3,
            report=True,
            clear=False,
            customer_identifier="customer-42",
            id_token=IdTokenType(id_token="04A1B2C3D4E5F6", type=IdTokenEnumType.ISO14443),
            customer_certificate=CERTIFICATE_HASH,
        )
    )
    assert reply == CustomerInformationResponse(status=CustomerInformationStatusEnumType.ACCEPTED)
    assert s.station.received["CustomerInformation"] == {
        "request_id": 3,
        "report": True,
        "clear": False,
        "customer_identifier": "customer-42",
        "id_token": {"id_token": "04A1B2C3D4E5F6", "type": "ISO14443"},
        "customer_certificate": CERTIFICATE_HASH_AS_OCPP_SEES_IT,
    }


@csms_initiated("DeleteCertificate")
async def delete_certificate(s: Session) -> None:
    reply = await s.link.call(DeleteCertificateRequest(certificate_hash_data=CERTIFICATE_HASH))
    assert reply == DeleteCertificateResponse(status=DeleteCertificateStatusEnumType.NOT_FOUND)
    assert s.station.received["DeleteCertificate"] == {
        "certificate_hash_data": CERTIFICATE_HASH_AS_OCPP_SEES_IT
    }


@csms_initiated("GetChargingProfiles")
async def get_charging_profiles(s: Session) -> None:
    reply = await s.link.call(
        GetChargingProfilesRequest(
            request_id=4,
            evse_id=1,
            charging_profile=ChargingProfileCriterionType(
                charging_profile_purpose=ChargingProfilePurposeEnumType.TX_DEFAULT_PROFILE,
                stack_level=1,
                charging_profile_id=[8, 9],
                charging_limit_source=[ChargingLimitSourceEnumType.CSO],
            ),
        )
    )
    assert reply == GetChargingProfilesResponse(status=GetChargingProfileStatusEnumType.NO_PROFILES)
    assert s.station.received["GetChargingProfiles"] == {
        "request_id": 4,
        "evse_id": 1,
        "charging_profile": {
            "charging_profile_purpose": "TxDefaultProfile",
            "stack_level": 1,
            "charging_profile_id": [8, 9],
            "charging_limit_source": ["CSO"],
        },
    }


@csms_initiated("GetLocalListVersion")
async def get_local_list_version(s: Session) -> None:
    reply = await s.link.call(GetLocalListVersionRequest())
    assert reply == GetLocalListVersionResponse(version_number=42)
    assert s.station.received["GetLocalListVersion"] == {}


@csms_initiated("GetTransactionStatus")
async def get_transaction_status(s: Session) -> None:
    reply = await s.link.call(GetTransactionStatusRequest(transaction_id="tx-0001"))
    assert reply == GetTransactionStatusResponse(messages_in_queue=False, ongoing_indicator=True)
    assert s.station.received["GetTransactionStatus"] == {"transaction_id": "tx-0001"}


@csms_initiated("Reset")
async def reset(s: Session) -> None:
    reply = await s.link.call(ResetRequest(type=ResetEnumType.ON_IDLE, evse_id=1))
    assert reply == ResetResponse(status=ResetStatusEnumType.SCHEDULED)
    assert s.station.received["Reset"] == {"type": "OnIdle", "evse_id": 1}


@csms_initiated("UnlockConnector")
async def unlock_connector(s: Session) -> None:
    reply = await s.link.call(UnlockConnectorRequest(evse_id=1, connector_id=2))
    assert reply == UnlockConnectorResponse(status=UnlockStatusEnumType.UNLOCKED)
    assert s.station.received["UnlockConnector"] == {"evse_id": 1, "connector_id": 2}


@csms_initiated("DataTransfer")
async def data_transfer_from_csms(s: Session) -> None:
    reply = await s.link.call(
        DataTransferRequest(vendor_id="org.example", message_id="tariff", data={"price": 0.39})
    )
    assert reply == DataTransferResponse(
        status=DataTransferStatusEnumType.ACCEPTED, data={"price": 0.39}
    )
    assert s.station.received["DataTransfer"] == {
        "vendor_id": "org.example",
        "message_id": "tariff",
        "data": {"price": 0.39},
    }


def test_the_two_directions_cover_the_first_release() -> None:
    assert STATION_INITIATED | CSMS_INITIATED == FIRST_RELEASE
    assert STATION_INITIATED & CSMS_INITIATED == {"DataTransfer"}


def test_every_action_has_a_scenario_in_its_direction() -> None:
    """The parametrized tests below run exactly the first release, nothing missing, nothing more."""
    assert set(STATION_SCENARIOS) == STATION_INITIATED
    assert set(CSMS_SCENARIOS) == CSMS_INITIATED


@pytest.mark.parametrize("action", sorted(STATION_SCENARIOS))
def test_station_initiated_action(tmp_path: Path, action: str) -> None:
    """The `ocpp` station sends `action`; our CSMS decodes and answers; `ocpp` validates the answer."""

    async def scenario() -> None:
        async with session(tmp_path) as s:
            await STATION_SCENARIOS[action](s)
        # Only this action crossed, and each Call got a CallResult that decodes as its response.
        assert exchanged_actions(s.log_path) == {"in": {action}, "out": set()}

    run(scenario())


@pytest.mark.parametrize("action", sorted(CSMS_SCENARIOS))
def test_csms_initiated_action(tmp_path: Path, action: str) -> None:
    """Our CSMS sends `action` typed; the `ocpp` station answers; we decode its answer."""

    async def scenario() -> None:
        async with session(tmp_path) as s:
            await CSMS_SCENARIOS[action](s)
        # Only this action crossed, and each Call got a CallResult that decodes as its response.
        assert exchanged_actions(s.log_path) == {"in": set(), "out": {action}}

    run(scenario())


def test_ocpp_station_validates_our_answers(tmp_path: Path) -> None:
    """The check the tests above rely on: the `ocpp` station refuses a CallResult that breaks
    the response schema. Our CSMS cannot build one with ocpp201, so this handler writes the
    frame by hand before its proper answer (the example's)."""
    unique_id = "validation-canary"
    router = Router()
    sessions: list[Session] = []

    @router.on(HeartbeatRequest)
    async def answer_wrongly_first(
        request: HeartbeatRequest, context: Context
    ) -> HeartbeatResponse:
        await sessions[0].send_frame(CallResult(unique_id, {"currentTime": 20240501}).to_json())
        return csms.heartbeat(request, context)

    async def scenario() -> None:
        async with session(tmp_path, router) as s:
            sessions.append(s)
            with pytest.raises(TypeConstraintViolationError):
                await s.station.call(station_call.Heartbeat(), suppress=False, unique_id=unique_id)

    run(scenario())


def test_the_log_validator_reads_the_frame_log(tmp_path: Path) -> None:
    """`python -m ocpp201 validate` checks the CSMS's frame log: it finds exactly the two bad
    frames a station sent, and every frame the CSMS wrote valid."""
    pytest.importorskip("ocpp201.__main__", reason="this build of ocpp201 has no log validator")

    async def scenario() -> None:
        async with session(tmp_path) as s:
            await s.station.call(station_call.Heartbeat(), suppress=False)
            await s.link.call(ResetRequest(type=ResetEnumType.IMMEDIATE))
            async with raw_station(s.server, "CS-RAW") as websocket:
                await ask_raw(websocket, "not json")
                await ask_raw(websocket, call_text("v1", "BootNotification", {"reason": "PowerUp"}))

    run(scenario())
    result = subprocess.run(
        [sys.executable, "-m", "ocpp201", "validate", "--json", str(tmp_path / "frames.jsonl")],
        capture_output=True,
        text=True,
        timeout=SCENARIO_TIMEOUT,
        env={**os.environ, "PYTHONPATH": str(Path(ocpp201.__file__).parent.parent)},
    )
    output = [json.loads(line) for line in result.stdout.splitlines()]
    problems = [(o["line"], o["code"], o["path"]) for o in output if o["type"] == "problem"]
    assert problems == [
        (5, "RpcFrameworkError", None),  # "not json", logged as the text it was
        (7, "OccurrenceConstraintViolation", "/chargingStation"),
    ]
    assert result.returncode == 1
    assert output[-1]["frames"] == 8


# --- Malformed frames sent to our CSMS -----------------------------------------------------------


BOOT = {
    "chargingStation": {"model": "Wallbox 22", "vendorName": "Example Vendor"},
    "reason": "PowerUp",
}


@pytest.mark.parametrize(
    ("text", "unique_id", "code"),
    [
        pytest.param(
            call_text("m1", "BootNotification", {"chargingStation": BOOT["chargingStation"]}),
            "m1",
            "OccurrenceConstraintViolation",
            id="required-property-missing",
        ),
        pytest.param(
            call_text("m2", "BootNotification", {**BOOT, "reason": "Sunrise"}),
            "m2",
            "PropertyConstraintViolation",
            id="not-in-enumeration",
        ),
        pytest.param(
            call_text(
                "m3",
                "StatusNotification",
                {"timestamp": 1, "connectorStatus": "Available", "evseId": 1, "connectorId": 1},
            ),
            "m3",
            "TypeConstraintViolation",
            id="wrong-type",
        ),
        pytest.param(call_text("m4", "Recharge", {}), "m4", "NotImplemented", id="unknown-action"),
        left_out_param(
            lambda action: (call_text("m5", action, {}), "m5", "NotSupported"),
            "action-not-implemented-by-ocpp201",
        ),
        pytest.param(
            call_text("m6", "Reset", {"type": "Immediate"}),
            "m6",
            "NotSupported",
            id="action-a-csms-does-not-take",
        ),
        pytest.param(
            '[5,"m7","Heartbeat",{}]', "m7", "MessageTypeNotSupported", id="message-type-5"
        ),
        pytest.param('[2,"m8","Heartbeat"', "-1", "RpcFrameworkError", id="not-json"),
        pytest.param('[2,17,"Heartbeat",{}]', "-1", "RpcFrameworkError", id="id-not-a-string"),
    ],
)
def test_malformed_frame_gets_the_right_call_error(
    tmp_path: Path, text: str, unique_id: str, code: str
) -> None:
    async def scenario() -> None:
        with (tmp_path / "frames.jsonl").open("w", encoding="utf-8") as log:
            async with serve(csms.router, "127.0.0.1", 0, frame_hook=csms.frame_log(log)) as server:
                async with raw_station(server, "CS-RAW") as websocket:
                    answer = await ask_raw(websocket, text)
                    assert isinstance(answer, CallError)
                    assert (answer.unique_id, answer.error_code) == (unique_id, code)
                    # The connection survives a bad frame: the next call is answered.
                    assert isinstance(
                        await ask_raw(websocket, call_text("ok", "Heartbeat", {})), CallResult
                    )
        # The malformed frame is logged as it came in, with the station that sent it.
        first = read_log(tmp_path / "frames.jsonl")[0]
        assert (first["station"], first["direction"], first["frame"]) == ("CS-RAW", "in", text)

    run(scenario())


def test_handshake_needs_the_subprotocol_and_a_station_id() -> None:
    async def scenario() -> None:
        async with serve(csms.router, "127.0.0.1", 0) as server:
            with pytest.raises(InvalidStatus) as refused:
                async with connect(
                    f"ws://127.0.0.1:{server.port}/CS-1", subprotocols=[Subprotocol("ocpp1.6")]
                ):
                    pass
            assert refused.value.response.status_code == 400
            with pytest.raises(InvalidStatus) as refused:
                async with connect(f"ws://127.0.0.1:{server.port}/", subprotocols=SUBPROTOCOLS):
                    pass
            assert refused.value.response.status_code == 404

    run(scenario())


# --- Where `ocpp` 2.1.0 and ocpp201 disagree ---------------------------------------------------


def test_integer_written_as_1_0_is_valid_but_ocpp_refuses_it(tmp_path: Path) -> None:
    """Disagreement on a VALID message; ocpp201 follows the schema.

    The schemas declare `"$schema": "http://json-schema.org/draft-06/schema#"`, and from draft 06
    on an integer is any number with a zero fractional part, so `"evseId": 1.0` is valid. `ocpp`
    validates with jsonschema's Draft4Validator, under whose rules 1.0 is not an integer, and
    answers a valid request with TypeConstraintViolation.
    """
    schema = load_schema("UnlockConnectorRequest")
    payload = {"evseId": 1.0, "connectorId": 2}
    assert schema["$schema"] == "http://json-schema.org/draft-06/schema#"
    assert jsonschema.Draft6Validator(schema).is_valid(payload)  # the referee
    assert not jsonschema.Draft4Validator(schema).is_valid(payload)  # what ocpp applies
    assert ocpp201.validate("UnlockConnectorRequest", payload) == []

    async def scenario() -> None:
        async with session(tmp_path) as s:
            # ocpp201 (our CSMS) takes a 1.0 integer from a station ...
            async with raw_station(s.server, "CS-RAW") as websocket:
                status = {
                    "timestamp": "2024-05-01T10:00:00Z",
                    "connectorStatus": "Available",
                    "evseId": 1.0,
                    "connectorId": 2,
                }
                assert isinstance(
                    await ask_raw(websocket, call_text("i1", "StatusNotification", status)),
                    CallResult,
                )
            # ... the ocpp station refuses one from the CSMS.
            answer = await s.exchange("i2", call_text("i2", "UnlockConnector", payload))
            assert isinstance(answer, CallError)
            assert answer.error_code == "TypeConstraintViolation"
            assert "UnlockConnector" not in s.station.received

    run(scenario())


def test_data_transfer_data_is_rewritten_by_ocpp(tmp_path: Path) -> None:
    """Disagreement on a VALID message; ocpp201 follows the schema.

    DataTransfer's `data` has no type in the schema: any JSON value, the vendor's own format,
    to be carried as it is. `ocpp` runs its snake_case <-> camelCase key conversion and its
    removal of nulls over the whole payload, `data` included: keys inside `data` are renamed on
    the way out and on the way in (with its special cases, "soc" -> "SoC": "association_id"
    arrives as "asSoCiationId"), and nulls are dropped at every depth. ocpp201 hands `data`
    over untouched, as the log shows.
    """
    schema = load_schema("DataTransferRequest")
    assert "type" not in schema["properties"]["data"]  # any JSON value, null included

    async def scenario() -> None:
        async with session(tmp_path) as s:
            # Station -> CSMS: what the station application passed is not what was sent.
            sent_by_application = {"association_id": 7, "note": None, "readings": [1, None]}
            await s.station.call(
                station_call.DataTransfer(vendor_id="org.example", data=sent_by_application),
                suppress=False,
            )
            decoded = s.decoded["DataTransfer"]
            assert isinstance(decoded, DataTransferRequest)
            assert decoded.data == {"asSoCiationId": 7, "readings": [1]}

            # CSMS -> station: the station's handler gets renamed keys; its echo loses the null.
            ours = {"meterId": "M-1", "unset": None}
            reply = await s.link.call(DataTransferRequest(vendor_id="org.example", data=ours))
            assert s.station.received["DataTransfer"]["data"] == {"meter_id": "M-1", "unset": None}
            assert reply == DataTransferResponse(
                status=DataTransferStatusEnumType.ACCEPTED, data={"meterId": "M-1"}
            )
            # ocpp cannot send a JSON null as the whole of `data`: it drops the property.
            await s.station.call(
                station_call.DataTransfer(vendor_id="org.example", data=None), suppress=False
            )
            decoded = s.decoded["DataTransfer"]
            assert isinstance(decoded, DataTransferRequest) and decoded.data is ABSENT

        sent = [json.loads(r["frame"]) for r in read_log(s.log_path) if r["direction"] == "out"]
        assert [2, ANY, "DataTransfer", {"vendorId": "org.example", "data": ours}] in sent

    run(scenario())


def test_date_time_without_offset_is_let_out_by_ocpp(tmp_path: Path) -> None:
    """Disagreement on an INVALID message; ocpp201 follows the schema.

    `timestamp` is `"format": "date-time"`, an RFC 3339 date-time, which needs a time offset
    (OCPP 2.0.1 also requires RFC 3339 for every date-time). `ocpp` validates without a format
    checker, so it sends what `datetime.utcnow().isoformat()` gives, "2024-05-01T10:00:00";
    our CSMS answers PropertyConstraintViolation.
    """
    schema = load_schema("StatusNotificationRequest")
    payload = {
        "timestamp": "2024-05-01T10:00:00",
        "connectorStatus": "Available",
        "evseId": 1,
        "connectorId": 1,
    }
    checker = jsonschema.Draft6Validator.FORMAT_CHECKER  # with rfc3339-validator installed
    assert not jsonschema.Draft6Validator(schema, format_checker=checker).is_valid(payload)
    assert jsonschema.Draft4Validator(schema).is_valid(payload)  # what ocpp applies

    async def scenario() -> None:
        async with session(tmp_path) as s:
            with pytest.raises(PropertyConstraintViolationError):
                await s.station.call(
                    station_call.StatusNotification(
                        timestamp="2024-05-01T10:00:00",
                        connector_status="Available",
                        evse_id=1,
                        connector_id=1,
                    ),
                    suppress=False,
                )
            assert "StatusNotification" not in s.decoded

    run(scenario())


@pytest.mark.parametrize(
    ("action", "payload", "ours", "theirs"),
    [
        # OCPP-J 2.0.1's table of CallError codes is the reference here, not the schema.
        # Missing required property: OccurrenceConstraintViolation is "at least one of the fields
        # violates occurrence constraints"; ocpp sends ProtocolError ("not conform the PDU
        # structure").
        pytest.param(
            "DataTransfer",
            {},
            "OccurrenceConstraintViolation",
            "ProtocolError",
            id="required-missing",
        ),
        # A property the schema does not allow occurs where it may occur zero times; ocpp calls
        # it FormatViolation ("syntactically incorrect"), though the JSON is well formed.
        pytest.param(
            "DataTransfer",
            {"vendorId": "org.example", "colour": "red"},
            "OccurrenceConstraintViolation",
            "FormatViolation",
            id="property-not-allowed",
        ),
        # A string over maxLength has the right type and a wrong value: PropertyConstraintViolation
        # ("a field contains an invalid value"); ocpp sends TypeConstraintViolation.
        pytest.param(
            "DataTransfer",
            {"vendorId": "x" * 256},
            "PropertyConstraintViolation",
            "TypeConstraintViolation",
            id="too-long",
        ),
        # A value outside the enumeration: the same reasoning; ocpp sends FormatViolation.
        pytest.param(
            "Reset",
            {"type": "Sometime"},
            "PropertyConstraintViolation",
            "FormatViolation",
            id="not-in-enum",
        ),
        # Both agree on a value of the wrong JSON type.
        pytest.param(
            "DataTransfer",
            {"vendorId": "org.example", "messageId": 7},
            "TypeConstraintViolation",
            "TypeConstraintViolation",
            id="wrong-type",
        ),
        # NotImplemented is "Requested Action is not known by receiver" and NotSupported
        # "Requested Action is recognized but not supported by the receiver": ocpp swaps the two
        # codes (its descriptions keep the right texts, attached to the other code).
        pytest.param("Recharge", {}, "NotImplemented", "NotSupported", id="unknown-action"),
        left_out_param(
            lambda action: (action, corpus_request(action), "NotSupported", "NotImplemented"),
            "known-action-not-handled",
        ),
    ],
)
def test_call_error_codes_compared(
    tmp_path: Path, action: str, payload: dict[str, Any], ours: str, theirs: str
) -> None:
    """The same invalid Call sent to our CSMS and to the `ocpp` station."""

    async def scenario() -> None:
        async with session(tmp_path) as s:
            async with raw_station(s.server, "CS-RAW") as websocket:
                answer = await ask_raw(websocket, call_text("c1", action, payload))
            assert isinstance(answer, CallError) and answer.error_code == ours
            answer = await s.exchange("c2", call_text("c2", action, payload))
            assert isinstance(answer, CallError) and answer.error_code == theirs

    run(scenario())


def test_frame_that_is_not_json_goes_unanswered_by_ocpp(tmp_path: Path) -> None:
    """OCPP-J answers a frame whose message id cannot be read with RpcFrameworkError and id "-1"
    (ocpp201 does: see test_malformed_frame_gets_the_right_call_error). The `ocpp` station only
    logs it and answers nothing. It reads frames one at a time and answers each before reading
    the next, so the only frame between our bad one and our next Call's answer is that answer."""

    async def scenario() -> None:
        async with session(tmp_path) as s:
            await s.send_frame('[2,"n1","ClearCache",{')
            assert await s.link.call(ClearCacheRequest()) == ClearCacheResponse(
                status=ClearCacheStatusEnumType.ACCEPTED
            )
        records = read_log(s.log_path)
        assert [r["direction"] for r in records] == ["out", "out", "in"]
        assert records[0]["frame"] == '[2,"n1","ClearCache",{'
        assert isinstance(parse_frame(records[2]["frame"]), CallResult)

    run(scenario())
