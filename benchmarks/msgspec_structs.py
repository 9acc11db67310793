"""msgspec Structs for TransactionEventRequest and MeterValuesRequest, written by hand.

They are a reference point for compiled decoding, not a validator we vouch for: they carry the
schema's types, required fields, enumerations, ``maxLength``, ``minItems`` and
``additionalProperties: false``, but (unlike the schema) they accept ``null`` for an optional
field and refuse ``1.0`` for an integer. That is close enough for the cost to be comparable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec

# OCPP timestamps must carry an offset; msgspec's tz=True refuses naive date-times.
Timestamp = Annotated[datetime, msgspec.Meta(tz=True)]


String20 = Annotated[str, msgspec.Meta(max_length=20)]
String36 = Annotated[str, msgspec.Meta(max_length=36)]
String50 = Annotated[str, msgspec.Meta(max_length=50)]
String255 = Annotated[str, msgspec.Meta(max_length=255)]
String2500 = Annotated[str, msgspec.Meta(max_length=2500)]

ReadingContext = Literal[
    "Interruption.Begin",
    "Interruption.End",
    "Other",
    "Sample.Clock",
    "Sample.Periodic",
    "Transaction.Begin",
    "Transaction.End",
    "Trigger",
]
Measurand = Literal[
    "Current.Export",
    "Current.Import",
    "Current.Offered",
    "Energy.Active.Export.Register",
    "Energy.Active.Import.Register",
    "Energy.Reactive.Export.Register",
    "Energy.Reactive.Import.Register",
    "Energy.Active.Export.Interval",
    "Energy.Active.Import.Interval",
    "Energy.Active.Net",
    "Energy.Reactive.Export.Interval",
    "Energy.Reactive.Import.Interval",
    "Energy.Reactive.Net",
    "Energy.Apparent.Net",
    "Energy.Apparent.Import",
    "Energy.Apparent.Export",
    "Frequency",
    "Power.Active.Export",
    "Power.Active.Import",
    "Power.Factor",
    "Power.Offered",
    "Power.Reactive.Export",
    "Power.Reactive.Import",
    "SoC",
    "Voltage",
]
Phase = Literal["L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1"]
Location = Literal["Body", "Cable", "EV", "Inlet", "Outlet"]
IdTokenKind = Literal[
    "Central",
    "eMAID",
    "ISO14443",
    "ISO15693",
    "KeyCode",
    "Local",
    "MacAddress",
    "NoAuthorization",
]
ChargingState = Literal["Charging", "EVConnected", "SuspendedEV", "SuspendedEVSE", "Idle"]
Reason = Literal[
    "DeAuthorized",
    "EmergencyStop",
    "EnergyLimitReached",
    "EVDisconnected",
    "GroundFault",
    "ImmediateReset",
    "Local",
    "LocalOutOfCredit",
    "MasterPass",
    "Other",
    "OvercurrentFault",
    "PowerLoss",
    "PowerQuality",
    "Reboot",
    "Remote",
    "SOCLimitReached",
    "StoppedByEV",
    "TimeLimitReached",
    "Timeout",
]
TransactionEventKind = Literal["Ended", "Started", "Updated"]
TriggerReason = Literal[
    "Authorized",
    "CablePluggedIn",
    "ChargingRateChanged",
    "ChargingStateChanged",
    "Deauthorized",
    "EnergyLimitReached",
    "EVCommunicationLost",
    "EVConnectTimeout",
    "MeterValueClock",
    "MeterValuePeriodic",
    "TimeLimitReached",
    "Trigger",
    "UnlockCommand",
    "StopAuthorized",
    "EVDeparted",
    "EVDetected",
    "RemoteStop",
    "RemoteStart",
    "AbnormalCondition",
    "SignedDataReceived",
    "ResetCommand",
]


class CustomData(msgspec.Struct, rename="camel"):
    # The one schema object that allows extra properties: msgspec ignores unknown fields here.
    vendor_id: String255


class _Closed(
    msgspec.Struct, rename="camel", kw_only=True, forbid_unknown_fields=True, omit_defaults=True
):
    """additionalProperties: false and camelCase wire names; every subclass repeats kw_only
    (msgspec does not inherit it) so that required fields may follow the optional customData."""

    custom_data: CustomData | None = None


class UnitOfMeasure(_Closed, kw_only=True):
    unit: String20 = "Wh"
    multiplier: int = 0


class SignedMeterValue(_Closed, kw_only=True):
    signed_meter_data: String2500
    signing_method: String50
    encoding_method: String50
    public_key: String2500


class SampledValue(_Closed, kw_only=True):
    value: float
    context: ReadingContext | None = None
    measurand: Measurand | None = None
    phase: Phase | None = None
    location: Location | None = None
    signed_meter_value: SignedMeterValue | None = None
    unit_of_measure: UnitOfMeasure | None = None


class MeterValue(_Closed, kw_only=True):
    sampled_value: Annotated[list[SampledValue], msgspec.Meta(min_length=1)]
    timestamp: Timestamp


class AdditionalInfo(_Closed, kw_only=True):
    additional_id_token: String36
    type: String50


class IdToken(_Closed, kw_only=True):
    additional_info: Annotated[list[AdditionalInfo], msgspec.Meta(min_length=1)] | None = None
    id_token: String36
    type: IdTokenKind


class Evse(_Closed, kw_only=True):
    id: int
    connector_id: int | None = None


class Transaction(_Closed, kw_only=True):
    transaction_id: String36
    charging_state: ChargingState | None = None
    time_spent_charging: int | None = None
    stopped_reason: Reason | None = None
    remote_start_id: int | None = None


class TransactionEventRequest(_Closed, kw_only=True):
    event_type: TransactionEventKind
    meter_value: Annotated[list[MeterValue], msgspec.Meta(min_length=1)] | None = None
    timestamp: Timestamp
    trigger_reason: TriggerReason
    seq_no: int
    offline: bool = False
    number_of_phases_used: int | None = None
    cable_max_current: int | None = None
    reservation_id: int | None = None
    transaction_info: Transaction
    evse: Evse | None = None
    id_token: IdToken | None = None


class MeterValuesRequest(_Closed, kw_only=True):
    evse_id: int
    meter_value: Annotated[list[MeterValue], msgspec.Meta(min_length=1)]


STRUCTS: dict[str, type[msgspec.Struct]] = {
    "TransactionEventRequest": TransactionEventRequest,
    "MeterValuesRequest": MeterValuesRequest,
}
"""Schema name -> Struct, for the messages that have one."""
