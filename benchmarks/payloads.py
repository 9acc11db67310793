"""Hand-written, schema-valid payloads of the shape a CSMS sees in production.

Values are plausible rather than minimal (real-looking ids, RFC 3339 timestamps with ``Z``,
measurands with units and phases), because payload size and nesting drive every path's cost.
`check_payloads` holds them to the draft-06 oracle before anything is timed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

Json = dict[str, Any]

_T0 = "2024-05-14T08:31:07Z"
_TOKEN = {"idToken": "04A2B3C4D5E680", "type": "ISO14443"}  # a 7-byte MIFARE UID, as hex


def _sample(
    value: float,
    measurand: str,
    unit: str,
    phase: str | None = None,
    location: str = "Outlet",
    context: str = "Sample.Periodic",
) -> Json:
    sample: Json = {
        "value": value,
        "context": context,
        "measurand": measurand,
        "location": location,
        "unitOfMeasure": {"unit": unit},
    }
    if phase is not None:
        sample["phase"] = phase
    return sample


# A three-phase 22 kW AC charger mid-session: register, power, per-phase current and voltage,
# frequency and the EV's state of charge (the ten values a MeterValues usually carries).
_TEN_SAMPLES = [
    _sample(18342.7, "Energy.Active.Import.Register", "Wh"),
    _sample(10874.5, "Power.Active.Import", "W"),
    _sample(15.72, "Current.Import", "A", "L1"),
    _sample(15.68, "Current.Import", "A", "L2"),
    _sample(15.81, "Current.Import", "A", "L3"),
    _sample(231.4, "Voltage", "V", "L1-N"),
    _sample(230.9, "Voltage", "V", "L2-N"),
    _sample(232.1, "Voltage", "V", "L3-N"),
    _sample(49.98, "Frequency", "Hz"),
    _sample(63, "SoC", "Percent", location="EV"),
]


class _Var(NamedTuple):
    """One device-model variable as a NotifyReport lists it."""

    component: str
    variable: str
    value: str
    data_type: str
    mutability: str = "ReadWrite"
    unit: str | None = None
    values_list: str | None = None
    variable_instance: str | None = None


_MEASURANDS = "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage,SoC"
_TX_POINTS = "ParkingBayOccupancy,EVConnected,Authorized,DataSigned,PowerPathClosed,EnergyTransfer"

# Station-wide controllers: 30 variables.
_STATION_VARS = [
    _Var("OCPPCommCtrlr", "HeartbeatInterval", "300", "integer", unit="s"),
    _Var("OCPPCommCtrlr", "MessageTimeout", "30", "integer", "ReadOnly", "s", None, "Default"),
    _Var("OCPPCommCtrlr", "WebSocketPingInterval", "60", "integer", unit="s"),
    _Var(
        "OCPPCommCtrlr", "NetworkConfigurationPriority", "0,1", "SequenceList", values_list="0,1,2"
    ),
    _Var("OCPPCommCtrlr", "RetryBackOffRepeatTimes", "5", "integer"),
    _Var("SampledDataCtrlr", "Enabled", "true", "boolean"),
    _Var("SampledDataCtrlr", "TxUpdatedInterval", "60", "integer", unit="s"),
    _Var(
        "SampledDataCtrlr",
        "TxUpdatedMeasurands",
        _MEASURANDS,
        "MemberList",
        values_list=_MEASURANDS + ",Frequency",
    ),
    _Var(
        "SampledDataCtrlr",
        "TxEndedMeasurands",
        "Energy.Active.Import.Register",
        "MemberList",
        values_list=_MEASURANDS,
    ),
    _Var("AlignedDataCtrlr", "Interval", "900", "integer", unit="s"),
    _Var(
        "AlignedDataCtrlr",
        "Measurands",
        "Energy.Active.Import.Register,Voltage",
        "MemberList",
        values_list=_MEASURANDS,
    ),
    _Var("AuthCtrlr", "AuthorizeRemoteStart", "true", "boolean"),
    _Var("AuthCtrlr", "LocalAuthorizeOffline", "true", "boolean"),
    _Var("AuthCtrlr", "LocalPreAuthorize", "false", "boolean"),
    _Var("AuthCacheCtrlr", "Enabled", "true", "boolean"),
    _Var("AuthCacheCtrlr", "LifeTime", "86400", "integer", unit="s"),
    _Var("TxCtrlr", "EVConnectionTimeOut", "120", "integer", unit="s"),
    _Var("TxCtrlr", "TxStartPoint", "PowerPathClosed", "MemberList", values_list=_TX_POINTS),
    _Var("TxCtrlr", "TxStopPoint", "EVConnected,Authorized", "MemberList", values_list=_TX_POINTS),
    _Var("TxCtrlr", "StopTxOnEVSideDisconnect", "true", "boolean"),
    _Var("SecurityCtrlr", "SecurityProfile", "2", "integer", "ReadOnly"),
    _Var("SecurityCtrlr", "OrganizationName", "Stadtwerke Musterstadt GmbH", "string"),
    _Var(
        "DeviceDataCtrlr", "ItemsPerMessage", "50", "integer", "ReadOnly", None, None, "GetReport"
    ),
    _Var(
        "DeviceDataCtrlr",
        "BytesPerMessage",
        "65000",
        "integer",
        "ReadOnly",
        None,
        None,
        "GetReport",
    ),
    _Var("ClockCtrlr", "DateTime", "2024-05-14T08:30:00Z", "dateTime", "ReadOnly"),
    _Var(
        "ClockCtrlr",
        "TimeSource",
        "NTP,Heartbeat",
        "SequenceList",
        values_list="Heartbeat,NTP,GPS,RealTimeClock,MobileNetwork",
    ),
    _Var("ChargingStation", "Available", "true", "boolean", "ReadOnly"),
    _Var(
        "ChargingStation",
        "AvailabilityState",
        "Available",
        "OptionList",
        "ReadOnly",
        values_list="Available,Occupied,Reserved,Unavailable,Faulted",
    ),
    _Var("ChargingStation", "SupplyPhases", "3", "integer", "ReadOnly"),
    _Var("SmartChargingCtrlr", "Enabled", "true", "boolean"),
]

# Per EVSE (two of them): 6 EVSE variables and 4 connector variables.
_EVSE_VARS = [
    _Var("EVSE", "Available", "true", "boolean", "ReadOnly"),
    _Var(
        "EVSE",
        "AvailabilityState",
        "Available",
        "OptionList",
        "ReadOnly",
        values_list="Available,Occupied,Reserved,Unavailable,Faulted",
    ),
    _Var("EVSE", "Power", "22000", "decimal", "ReadOnly", "W"),
    _Var("EVSE", "SupplyPhases", "3", "integer", "ReadOnly"),
    _Var("EVSE", "EvseId", "DE*SWM*E0004127*{evse}", "string", "ReadOnly"),
    _Var("EVSE", "PhaseRotation", "RST", "string", "ReadOnly"),
]
_CONNECTOR_VARS = [
    _Var("Connector", "Available", "true", "boolean", "ReadOnly"),
    _Var(
        "Connector",
        "AvailabilityState",
        "Available",
        "OptionList",
        "ReadOnly",
        values_list="Available,Occupied,Reserved,Unavailable,Faulted",
    ),
    _Var("Connector", "ConnectorType", "cType2", "string", "ReadOnly"),
    _Var("Connector", "SupplyPhases", "3", "integer", "ReadOnly"),
]


def _report_entry(var: _Var, evse: Json | None = None) -> Json:
    component: Json = {"name": var.component}
    if evse is not None:
        component["evse"] = evse
    variable: Json = {"name": var.variable}
    if var.variable_instance is not None:
        variable["instance"] = var.variable_instance
    value = var.value.format(evse=evse["id"]) if evse is not None else var.value
    attributes: list[Json] = [
        {
            "type": "Actual",
            "value": value,
            "mutability": var.mutability,
            "persistent": True,
            "constant": var.mutability == "ReadOnly",
        }
    ]
    characteristics: Json = {"dataType": var.data_type, "supportsMonitoring": False}
    if var.unit is not None:
        characteristics["unit"] = var.unit
    if var.values_list is not None:
        characteristics["valuesList"] = var.values_list
    if var.variable == "Power":
        # A rated power has a settable ceiling next to the actual value: a second attribute.
        attributes.append({"type": "MaxSet", "value": "22000", "mutability": "ReadWrite"})
        characteristics.update(minLimit=0, maxLimit=22000.0, supportsMonitoring=True)
    return {
        "component": component,
        "variable": variable,
        "variableAttribute": attributes,
        "variableCharacteristics": characteristics,
    }


def _report_data() -> list[Json]:
    entries = [_report_entry(var) for var in _STATION_VARS]
    for evse_id in (1, 2):
        entries += [_report_entry(var, {"id": evse_id}) for var in _EVSE_VARS]
        entries += [
            _report_entry(var, {"id": evse_id, "connectorId": 1}) for var in _CONNECTOR_VARS
        ]
    return entries


PAYLOADS: dict[str, Json] = {
    "BootNotificationRequest": {
        "reason": "PowerUp",
        "chargingStation": {
            "serialNumber": "VX22-2318-004127",
            "model": "VoltPost AC22 Duo",
            "vendorName": "Voltix Charging GmbH",
            "firmwareVersion": "4.2.7+build.1893",
            "modem": {"iccid": "8949226011234567890", "imsi": "262011234567890"},
        },
    },
    "AuthorizeRequest": {"idToken": _TOKEN},
    "AuthorizeResponse": {
        "idTokenInfo": {
            "status": "Accepted",
            "cacheExpiryDateTime": "2024-05-15T08:31:07Z",
            "chargingPriority": 0,
            "language1": "de",
            "evseId": [1, 2],
            "groupIdToken": {"idToken": "FLEET-7731-MUSTERSTADT", "type": "Central"},
            "personalMessage": {
                "format": "UTF8",
                "language": "de",
                "content": "Willkommen! Tarif 0,49 €/kWh",
            },
        },
        "certificateStatus": "Accepted",
    },
    "StatusNotificationRequest": {
        "timestamp": _T0,
        "connectorStatus": "Occupied",
        "evseId": 1,
        "connectorId": 1,
    },
    "HeartbeatRequest": {},
    "MeterValuesRequest": {
        "evseId": 1,
        "meterValue": [{"timestamp": "2024-05-14T08:45:00Z", "sampledValue": _TEN_SAMPLES}],
    },
    "TransactionEventRequest": {
        "eventType": "Updated",
        "timestamp": "2024-05-14T09:02:07Z",
        "triggerReason": "MeterValuePeriodic",
        "seqNo": 14,
        "offline": False,
        "numberOfPhasesUsed": 3,
        "cableMaxCurrent": 32,
        "transactionInfo": {
            "transactionId": "f3b1c2d4-8e7a-4c5b-9d10-2a6e4f1b7c39",
            "chargingState": "Charging",
            "timeSpentCharging": 1834,
        },
        "evse": {"id": 1, "connectorId": 1},
        "idToken": _TOKEN,
        "meterValue": [
            {
                "timestamp": "2024-05-14T09:02:07Z",
                "sampledValue": [
                    _sample(21981.3, "Energy.Active.Import.Register", "Wh"),
                    _sample(10921.0, "Power.Active.Import", "W"),
                    _sample(15.8, "Current.Import", "A", "L1"),
                    _sample(15.7, "Current.Import", "A", "L2"),
                    _sample(15.9, "Current.Import", "A", "L3"),
                    _sample(71, "SoC", "Percent", location="EV"),
                ],
            }
        ],
    },
    "NotifyReportRequest": {
        "requestId": 4217,
        "generatedAt": "2024-05-14T08:30:02Z",
        "tbc": False,
        "seqNo": 0,
        "reportData": _report_data(),
    },
}
"""Schema name -> payload, in the order the report lists them."""

SHORT_NAMES: dict[str, str] = {
    "BootNotificationRequest": "BootNotif",
    "AuthorizeRequest": "Authorize",
    "AuthorizeResponse": "AuthorizeResp",
    "StatusNotificationRequest": "StatusNotif",
    "HeartbeatRequest": "Heartbeat",
    "MeterValuesRequest": "MeterValues",
    "TransactionEventRequest": "TxEvent",
    "NotifyReportRequest": "NotifyReport",
}
"""Column headings: the full names make the table too wide for a terminal."""


def action_of(name: str) -> tuple[str, bool]:
    """The OCPP action of a schema name and whether the schema is the request."""
    if name.endswith("Request"):
        return name[: -len("Request")], True
    return name[: -len("Response")], False


def wire_bytes(payload: Json) -> bytes:
    """Compact JSON as a charging station sends it (UTF-8, no spaces, non-ASCII unescaped)."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def load_schema(schemas: Path, name: str) -> Json:
    with open(schemas / f"{name}.json", encoding="utf-8") as f:
        schema: Json = json.load(f)
    return schema


def check_payloads(schemas: Path) -> None:
    """Refuse to benchmark a payload that the draft-06 oracle (jsonschema) rejects."""
    from jsonschema import Draft6Validator

    assert len(PAYLOADS["NotifyReportRequest"]["reportData"]) == 50
    for name, payload in PAYLOADS.items():
        validator = Draft6Validator(
            load_schema(schemas, name), format_checker=Draft6Validator.FORMAT_CHECKER
        )
        errors = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(payload)
        ]
        if errors:
            raise SystemExit(f"benchmark payload {name} is not schema-valid: {errors}")
