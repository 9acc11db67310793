"""Data types of OCPP 2.0.1: one dataclass per schema object definition.

Generated from the OCPP 2.0.1 JSON schemas by `make generate`; do not edit.
Each class validates on `from_dict` and `to_dict`; field names are snake_case and the wire
name of every field is listed in its `WIRE_NAMES`. `SCHEMA` and `WIRE_NAMES` are set after each
class body: compiling this module (the compiled build), mypyc would make them dataclass fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ._runtime import Payload
from .enums import (
    AuthorizationStatusEnumType,
    ChargingLimitSourceEnumType,
    ChargingProfilePurposeEnumType,
    ChargingStateEnumType,
    ClearMonitoringStatusEnumType,
    HashAlgorithmEnumType,
    IdTokenEnumType,
    LocationEnumType,
    MeasurandEnumType,
    MessageFormatEnumType,
    PhaseEnumType,
    ReadingContextEnumType,
    ReasonEnumType,
)

__all__ = [
    "CustomDataType",
    "AdditionalInfoType",
    "CertificateHashDataType",
    "ChargingProfileCriterionType",
    "ModemType",
    "ChargingStationType",
    "ClearChargingProfileType",
    "StatusInfoType",
    "ClearMonitoringResultType",
    "EVSEType",
    "IdTokenType",
    "MessageContentType",
    "IdTokenInfoType",
    "SignedMeterValueType",
    "UnitOfMeasureType",
    "SampledValueType",
    "MeterValueType",
    "OCSPRequestDataType",
    "TransactionType",
]


@dataclass(slots=True, kw_only=True, init=False)
class CustomDataType(Payload):
    """This class does not get 'AdditionalProperties = false' in the schema generation, so it can be
    extended with arbitrary JSON properties to allow adding custom data."""

    vendor_id: str
    """At most 255 characters."""
    extra_properties: dict[str, Any] = field(default_factory=dict)
    """Properties beyond those the schema declares (vendor extensions), as decoded JSON."""

    def __init__(
        self,
        *,
        vendor_id: str,
        extra_properties: dict[str, Any] | None = None,
    ) -> None:
        self.vendor_id = vendor_id
        self.extra_properties = {} if extra_properties is None else extra_properties


CustomDataType.SCHEMA = "CustomDataType"
CustomDataType.WIRE_NAMES = {
    "vendor_id": "vendorId",
}


@dataclass(slots=True, kw_only=True, init=False)
class AdditionalInfoType(Payload):
    """Contains a case insensitive identifier to use for the authorization and the type of
    authorization to support multiple forms of identifiers.

    Used by: Authorize, CustomerInformation, TransactionEvent."""

    additional_id_token: str
    """This field specifies the additional IdToken.

    At most 36 characters."""
    type: str
    """This defines the type of the additionalIdToken. This is a custom type, so the implementation
    needs to be agreed upon by all involved parties.

    At most 50 characters."""
    custom_data: CustomDataType | None = None

    def __init__(
        self,
        *,
        additional_id_token: str,
        type: str,
        custom_data: CustomDataType | None = None,
    ) -> None:
        self.additional_id_token = additional_id_token
        self.type = type
        self.custom_data = custom_data


AdditionalInfoType.SCHEMA = "AdditionalInfoType"
AdditionalInfoType.WIRE_NAMES = {
    "custom_data": "customData",
    "additional_id_token": "additionalIdToken",
    "type": "type",
}


@dataclass(slots=True, kw_only=True, init=False)
class CertificateHashDataType(Payload):
    """Used by: CustomerInformation, DeleteCertificate."""

    hash_algorithm: HashAlgorithmEnumType
    issuer_name_hash: str
    """Hashed value of the Issuer DN (Distinguished Name).

    At most 128 characters."""
    issuer_key_hash: str
    """Hashed value of the issuers public key

    At most 128 characters."""
    serial_number: str
    """The serial number of the certificate.

    At most 40 characters."""
    custom_data: CustomDataType | None = None

    def __init__(
        self,
        *,
        hash_algorithm: HashAlgorithmEnumType,
        issuer_name_hash: str,
        issuer_key_hash: str,
        serial_number: str,
        custom_data: CustomDataType | None = None,
    ) -> None:
        self.hash_algorithm = hash_algorithm
        self.issuer_name_hash = issuer_name_hash
        self.issuer_key_hash = issuer_key_hash
        self.serial_number = serial_number
        self.custom_data = custom_data


CertificateHashDataType.SCHEMA = "CertificateHashDataType"
CertificateHashDataType.WIRE_NAMES = {
    "custom_data": "customData",
    "hash_algorithm": "hashAlgorithm",
    "issuer_name_hash": "issuerNameHash",
    "issuer_key_hash": "issuerKeyHash",
    "serial_number": "serialNumber",
}


@dataclass(slots=True, kw_only=True, init=False)
class ChargingProfileCriterionType(Payload):
    """A ChargingProfile consists of ChargingSchedule, describing the amount of power or current
    that can be delivered per time interval.

    Used by: GetChargingProfiles."""

    custom_data: CustomDataType | None = None
    charging_profile_purpose: ChargingProfilePurposeEnumType | None = None
    stack_level: int | None = None
    """Value determining level in hierarchy stack of profiles. Higher values have precedence over
    lower values. Lowest level is 0."""
    charging_profile_id: list[int] | None = None
    """List of all the chargingProfileIds requested. Any ChargingProfile that matches one of these
    profiles will be reported. If omitted, the Charging Station SHALL not filter on
    chargingProfileId. This field SHALL NOT contain more ids than set in
    ChargingProfileEntries.maxLimit

    At least 1 item."""
    charging_limit_source: list[ChargingLimitSourceEnumType] | None = None
    """For which charging limit sources, charging profiles SHALL be reported. If omitted, the
    Charging Station SHALL not filter on chargingLimitSource.

    1 to 4 items."""

    def __init__(
        self,
        *,
        custom_data: CustomDataType | None = None,
        charging_profile_purpose: ChargingProfilePurposeEnumType | None = None,
        stack_level: int | None = None,
        charging_profile_id: list[int] | None = None,
        charging_limit_source: list[ChargingLimitSourceEnumType] | None = None,
    ) -> None:
        self.custom_data = custom_data
        self.charging_profile_purpose = charging_profile_purpose
        self.stack_level = stack_level
        self.charging_profile_id = charging_profile_id
        self.charging_limit_source = charging_limit_source


ChargingProfileCriterionType.SCHEMA = "ChargingProfileCriterionType"
ChargingProfileCriterionType.WIRE_NAMES = {
    "custom_data": "customData",
    "charging_profile_purpose": "chargingProfilePurpose",
    "stack_level": "stackLevel",
    "charging_profile_id": "chargingProfileId",
    "charging_limit_source": "chargingLimitSource",
}


@dataclass(slots=True, kw_only=True, init=False)
class ModemType(Payload):
    """Defines parameters required for initiating and maintaining wireless communication with other
    devices.

    Used by: BootNotification."""

    custom_data: CustomDataType | None = None
    iccid: str | None = None
    """This contains the ICCID of the modem’s SIM card.

    At most 20 characters."""
    imsi: str | None = None
    """This contains the IMSI of the modem’s SIM card.

    At most 20 characters."""

    def __init__(
        self,
        *,
        custom_data: CustomDataType | None = None,
        iccid: str | None = None,
        imsi: str | None = None,
    ) -> None:
        self.custom_data = custom_data
        self.iccid = iccid
        self.imsi = imsi


ModemType.SCHEMA = "ModemType"
ModemType.WIRE_NAMES = {
    "custom_data": "customData",
    "iccid": "iccid",
    "imsi": "imsi",
}


@dataclass(slots=True, kw_only=True, init=False)
class ChargingStationType(Payload):
    """The physical system where an Electrical Vehicle (EV) can be charged.

    Used by: BootNotification."""

    model: str
    """Defines the model of the device.

    At most 20 characters."""
    vendor_name: str
    """Identifies the vendor (not necessarily in a unique manner).

    At most 50 characters."""
    custom_data: CustomDataType | None = None
    serial_number: str | None = None
    """Vendor-specific device identifier.

    At most 25 characters."""
    modem: ModemType | None = None
    firmware_version: str | None = None
    """This contains the firmware version of the Charging Station.

    At most 50 characters."""

    def __init__(
        self,
        *,
        model: str,
        vendor_name: str,
        custom_data: CustomDataType | None = None,
        serial_number: str | None = None,
        modem: ModemType | None = None,
        firmware_version: str | None = None,
    ) -> None:
        self.model = model
        self.vendor_name = vendor_name
        self.custom_data = custom_data
        self.serial_number = serial_number
        self.modem = modem
        self.firmware_version = firmware_version


ChargingStationType.SCHEMA = "ChargingStationType"
ChargingStationType.WIRE_NAMES = {
    "custom_data": "customData",
    "serial_number": "serialNumber",
    "model": "model",
    "modem": "modem",
    "vendor_name": "vendorName",
    "firmware_version": "firmwareVersion",
}


@dataclass(slots=True, kw_only=True, init=False)
class ClearChargingProfileType(Payload):
    """A ChargingProfile consists of a ChargingSchedule, describing the amount of power or current
    that can be delivered per time interval.

    Used by: ClearChargingProfile."""

    custom_data: CustomDataType | None = None
    evse_id: int | None = None
    """Identified_ Object. MRID. Numeric_ Identifier
    urn:x-enexis:ecdm:uid:1:569198
    Specifies the id of the EVSE for which to clear charging profiles. An evseId of zero (0)
    specifies the charging profile for the overall Charging Station. Absence of this parameter
    means the clearing applies to all charging profiles that match the other criteria in the
    request."""
    charging_profile_purpose: ChargingProfilePurposeEnumType | None = None
    stack_level: int | None = None
    """Specifies the stackLevel for which charging profiles will be cleared, if they meet the other
    criteria in the request."""

    def __init__(
        self,
        *,
        custom_data: CustomDataType | None = None,
        evse_id: int | None = None,
        charging_profile_purpose: ChargingProfilePurposeEnumType | None = None,
        stack_level: int | None = None,
    ) -> None:
        self.custom_data = custom_data
        self.evse_id = evse_id
        self.charging_profile_purpose = charging_profile_purpose
        self.stack_level = stack_level


ClearChargingProfileType.SCHEMA = "ClearChargingProfileType"
ClearChargingProfileType.WIRE_NAMES = {
    "custom_data": "customData",
    "evse_id": "evseId",
    "charging_profile_purpose": "chargingProfilePurpose",
    "stack_level": "stackLevel",
}


@dataclass(slots=True, kw_only=True, init=False)
class StatusInfoType(Payload):
    """Element providing more information about the status.

    Used by: BootNotification, CancelReservation, CertificateSigned, ChangeAvailability,
    ClearCache, ClearChargingProfile, ClearDisplayMessage, ClearVariableMonitoring,
    CustomerInformation, DataTransfer, DeleteCertificate, GetChargingProfiles, Reset,
    UnlockConnector."""

    reason_code: str
    """A predefined code for the reason why the status is returned in this response. The string is
    case-insensitive.

    At most 20 characters."""
    custom_data: CustomDataType | None = None
    additional_info: str | None = None
    """Additional text to provide detailed information.

    At most 512 characters."""

    def __init__(
        self,
        *,
        reason_code: str,
        custom_data: CustomDataType | None = None,
        additional_info: str | None = None,
    ) -> None:
        self.reason_code = reason_code
        self.custom_data = custom_data
        self.additional_info = additional_info


StatusInfoType.SCHEMA = "StatusInfoType"
StatusInfoType.WIRE_NAMES = {
    "custom_data": "customData",
    "reason_code": "reasonCode",
    "additional_info": "additionalInfo",
}


@dataclass(slots=True, kw_only=True, init=False)
class ClearMonitoringResultType(Payload):
    """Used by: ClearVariableMonitoring."""

    status: ClearMonitoringStatusEnumType
    id: int
    """Id of the monitor of which a clear was requested."""
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    def __init__(
        self,
        *,
        status: ClearMonitoringStatusEnumType,
        id: int,
        custom_data: CustomDataType | None = None,
        status_info: StatusInfoType | None = None,
    ) -> None:
        self.status = status
        self.id = id
        self.custom_data = custom_data
        self.status_info = status_info


ClearMonitoringResultType.SCHEMA = "ClearMonitoringResultType"
ClearMonitoringResultType.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "id": "id",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True, init=False)
class EVSEType(Payload):
    """Electric Vehicle Supply Equipment

    Used by: ChangeAvailability, TransactionEvent."""

    id: int
    """Identified_ Object. MRID. Numeric_ Identifier
    urn:x-enexis:ecdm:uid:1:569198
    EVSE Identifier. This contains a number (> 0) designating an EVSE of the Charging Station."""
    custom_data: CustomDataType | None = None
    connector_id: int | None = None
    """An id to designate a specific connector (on an EVSE) by connector index number."""

    def __init__(
        self,
        *,
        id: int,
        custom_data: CustomDataType | None = None,
        connector_id: int | None = None,
    ) -> None:
        self.id = id
        self.custom_data = custom_data
        self.connector_id = connector_id


EVSEType.SCHEMA = "EVSEType"
EVSEType.WIRE_NAMES = {
    "custom_data": "customData",
    "id": "id",
    "connector_id": "connectorId",
}


@dataclass(slots=True, kw_only=True, init=False)
class IdTokenType(Payload):
    """Contains a case insensitive identifier to use for the authorization and the type of
    authorization to support multiple forms of identifiers.

    Used by: Authorize, CustomerInformation, TransactionEvent."""

    id_token: str
    """IdToken is case insensitive. Might hold the hidden id of an RFID tag, but can for example
    also contain a UUID.

    At most 36 characters."""
    type: IdTokenEnumType
    custom_data: CustomDataType | None = None
    additional_info: list[AdditionalInfoType] | None = None
    """At least 1 item."""

    def __init__(
        self,
        *,
        id_token: str,
        type: IdTokenEnumType,
        custom_data: CustomDataType | None = None,
        additional_info: list[AdditionalInfoType] | None = None,
    ) -> None:
        self.id_token = id_token
        self.type = type
        self.custom_data = custom_data
        self.additional_info = additional_info


IdTokenType.SCHEMA = "IdTokenType"
IdTokenType.WIRE_NAMES = {
    "custom_data": "customData",
    "additional_info": "additionalInfo",
    "id_token": "idToken",
    "type": "type",
}


@dataclass(slots=True, kw_only=True, init=False)
class MessageContentType(Payload):
    """Message_ Content
    urn:x-enexis:ecdm:uid:2:234490
    Contains message details, for a message to be displayed on a Charging Station.

    Used by: Authorize, TransactionEvent."""

    format: MessageFormatEnumType
    content: str
    """Message_ Content. Content. Message
    urn:x-enexis:ecdm:uid:1:570852
    Message contents.

    At most 512 characters."""
    custom_data: CustomDataType | None = None
    language: str | None = None
    """Message_ Content. Language. Language_ Code
    urn:x-enexis:ecdm:uid:1:570849
    Message language identifier. Contains a language code as defined in [RFC5646].

    At most 8 characters."""

    def __init__(
        self,
        *,
        format: MessageFormatEnumType,
        content: str,
        custom_data: CustomDataType | None = None,
        language: str | None = None,
    ) -> None:
        self.format = format
        self.content = content
        self.custom_data = custom_data
        self.language = language


MessageContentType.SCHEMA = "MessageContentType"
MessageContentType.WIRE_NAMES = {
    "custom_data": "customData",
    "format": "format",
    "language": "language",
    "content": "content",
}


@dataclass(slots=True, kw_only=True, init=False)
class IdTokenInfoType(Payload):
    """Contains status information about an identifier.
    It is advised to not stop charging for a token that expires during charging, as ExpiryDate is
    only used for caching purposes. If ExpiryDate is not given, the status has no end date.

    Used by: Authorize, TransactionEvent."""

    status: AuthorizationStatusEnumType
    custom_data: CustomDataType | None = None
    cache_expiry_date_time: datetime | None = None
    """Date and Time after which the token must be considered invalid."""
    charging_priority: int | None = None
    """Priority from a business point of view. Default priority is 0, The range is from -9 to 9.
    Higher values indicate a higher priority. The chargingPriority in TransactionEventResponse
    overrules this one."""
    language1: str | None = None
    """Preferred user interface language of identifier user. Contains a language code as defined in
    [RFC5646].

    At most 8 characters."""
    evse_id: list[int] | None = None
    """Only used when the IdToken is only valid for one or more specific EVSEs, not for the entire
    Charging Station.

    At least 1 item."""
    group_id_token: IdTokenType | None = None
    language2: str | None = None
    """Second preferred user interface language of identifier user. Don’t use when language1 is
    omitted, has to be different from language1. Contains a language code as defined in
    [RFC5646].

    At most 8 characters."""
    personal_message: MessageContentType | None = None

    def __init__(
        self,
        *,
        status: AuthorizationStatusEnumType,
        custom_data: CustomDataType | None = None,
        cache_expiry_date_time: datetime | None = None,
        charging_priority: int | None = None,
        language1: str | None = None,
        evse_id: list[int] | None = None,
        group_id_token: IdTokenType | None = None,
        language2: str | None = None,
        personal_message: MessageContentType | None = None,
    ) -> None:
        self.status = status
        self.custom_data = custom_data
        self.cache_expiry_date_time = cache_expiry_date_time
        self.charging_priority = charging_priority
        self.language1 = language1
        self.evse_id = evse_id
        self.group_id_token = group_id_token
        self.language2 = language2
        self.personal_message = personal_message


IdTokenInfoType.SCHEMA = "IdTokenInfoType"
IdTokenInfoType.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "cache_expiry_date_time": "cacheExpiryDateTime",
    "charging_priority": "chargingPriority",
    "language1": "language1",
    "evse_id": "evseId",
    "group_id_token": "groupIdToken",
    "language2": "language2",
    "personal_message": "personalMessage",
}


@dataclass(slots=True, kw_only=True, init=False)
class SignedMeterValueType(Payload):
    """Represent a signed version of the meter value.

    Used by: MeterValues, TransactionEvent."""

    signed_meter_data: str
    """Base64 encoded, contains the signed data which might contain more then just the meter value.
    It can contain information like timestamps, reference to a customer etc.

    At most 2500 characters."""
    signing_method: str
    """Method used to create the digital signature.

    At most 50 characters."""
    encoding_method: str
    """Method used to encode the meter values before applying the digital signature algorithm.

    At most 50 characters."""
    public_key: str
    """Base64 encoded, sending depends on configuration variable _PublicKeyWithSignedMeterValue_.

    At most 2500 characters."""
    custom_data: CustomDataType | None = None

    def __init__(
        self,
        *,
        signed_meter_data: str,
        signing_method: str,
        encoding_method: str,
        public_key: str,
        custom_data: CustomDataType | None = None,
    ) -> None:
        self.signed_meter_data = signed_meter_data
        self.signing_method = signing_method
        self.encoding_method = encoding_method
        self.public_key = public_key
        self.custom_data = custom_data


SignedMeterValueType.SCHEMA = "SignedMeterValueType"
SignedMeterValueType.WIRE_NAMES = {
    "custom_data": "customData",
    "signed_meter_data": "signedMeterData",
    "signing_method": "signingMethod",
    "encoding_method": "encodingMethod",
    "public_key": "publicKey",
}


@dataclass(slots=True, kw_only=True, init=False)
class UnitOfMeasureType(Payload):
    """Represents a UnitOfMeasure with a multiplier

    Used by: MeterValues, TransactionEvent."""

    custom_data: CustomDataType | None = None
    unit: str | None = None
    """Unit of the value. Default = "Wh" if the (default) measurand is an "Energy" type.
    This field SHALL use a value from the list Standardized Units of Measurements in Part 2
    Appendices.
    If an applicable unit is available in that list, otherwise a "custom" unit might be used.

    At most 20 characters."""
    multiplier: int | None = None
    """Multiplier, this value represents the exponent to base 10. I.e. multiplier 3 means 10 raised
    to the 3rd power. Default is 0."""

    def __init__(
        self,
        *,
        custom_data: CustomDataType | None = None,
        unit: str | None = None,
        multiplier: int | None = None,
    ) -> None:
        self.custom_data = custom_data
        self.unit = unit
        self.multiplier = multiplier


UnitOfMeasureType.SCHEMA = "UnitOfMeasureType"
UnitOfMeasureType.WIRE_NAMES = {
    "custom_data": "customData",
    "unit": "unit",
    "multiplier": "multiplier",
}


@dataclass(slots=True, kw_only=True, init=False)
class SampledValueType(Payload):
    """Single sampled value in MeterValues. Each value can be accompanied by optional fields.

    To save on mobile data usage, default values of all of the optional fields are such that. The
    value without any additional fields will be interpreted, as a register reading of active
    import energy in Wh (Watt-hour) units.

    Used by: MeterValues, TransactionEvent."""

    value: float | int
    """Indicates the measured value."""
    custom_data: CustomDataType | None = None
    context: ReadingContextEnumType | None = None
    measurand: MeasurandEnumType | None = None
    phase: PhaseEnumType | None = None
    location: LocationEnumType | None = None
    signed_meter_value: SignedMeterValueType | None = None
    unit_of_measure: UnitOfMeasureType | None = None

    def __init__(
        self,
        *,
        value: float | int,
        custom_data: CustomDataType | None = None,
        context: ReadingContextEnumType | None = None,
        measurand: MeasurandEnumType | None = None,
        phase: PhaseEnumType | None = None,
        location: LocationEnumType | None = None,
        signed_meter_value: SignedMeterValueType | None = None,
        unit_of_measure: UnitOfMeasureType | None = None,
    ) -> None:
        self.value = value
        self.custom_data = custom_data
        self.context = context
        self.measurand = measurand
        self.phase = phase
        self.location = location
        self.signed_meter_value = signed_meter_value
        self.unit_of_measure = unit_of_measure


SampledValueType.SCHEMA = "SampledValueType"
SampledValueType.WIRE_NAMES = {
    "custom_data": "customData",
    "value": "value",
    "context": "context",
    "measurand": "measurand",
    "phase": "phase",
    "location": "location",
    "signed_meter_value": "signedMeterValue",
    "unit_of_measure": "unitOfMeasure",
}


@dataclass(slots=True, kw_only=True, init=False)
class MeterValueType(Payload):
    """Collection of one or more sampled values in MeterValuesRequest and TransactionEvent. All
    sampled values in a MeterValue are sampled at the same point in time.

    Used by: MeterValues, TransactionEvent."""

    sampled_value: list[SampledValueType]
    """At least 1 item."""
    timestamp: datetime
    """Timestamp for measured value(s)."""
    custom_data: CustomDataType | None = None

    def __init__(
        self,
        *,
        sampled_value: list[SampledValueType],
        timestamp: datetime,
        custom_data: CustomDataType | None = None,
    ) -> None:
        self.sampled_value = sampled_value
        self.timestamp = timestamp
        self.custom_data = custom_data


MeterValueType.SCHEMA = "MeterValueType"
MeterValueType.WIRE_NAMES = {
    "custom_data": "customData",
    "sampled_value": "sampledValue",
    "timestamp": "timestamp",
}


@dataclass(slots=True, kw_only=True, init=False)
class OCSPRequestDataType(Payload):
    """Used by: Authorize."""

    hash_algorithm: HashAlgorithmEnumType
    issuer_name_hash: str
    """Hashed value of the Issuer DN (Distinguished Name).

    At most 128 characters."""
    issuer_key_hash: str
    """Hashed value of the issuers public key

    At most 128 characters."""
    serial_number: str
    """The serial number of the certificate.

    At most 40 characters."""
    responder_url: str
    """This contains the responder URL (Case insensitive).

    At most 512 characters."""
    custom_data: CustomDataType | None = None

    def __init__(
        self,
        *,
        hash_algorithm: HashAlgorithmEnumType,
        issuer_name_hash: str,
        issuer_key_hash: str,
        serial_number: str,
        responder_url: str,
        custom_data: CustomDataType | None = None,
    ) -> None:
        self.hash_algorithm = hash_algorithm
        self.issuer_name_hash = issuer_name_hash
        self.issuer_key_hash = issuer_key_hash
        self.serial_number = serial_number
        self.responder_url = responder_url
        self.custom_data = custom_data


OCSPRequestDataType.SCHEMA = "OCSPRequestDataType"
OCSPRequestDataType.WIRE_NAMES = {
    "custom_data": "customData",
    "hash_algorithm": "hashAlgorithm",
    "issuer_name_hash": "issuerNameHash",
    "issuer_key_hash": "issuerKeyHash",
    "serial_number": "serialNumber",
    "responder_url": "responderURL",
}


@dataclass(slots=True, kw_only=True, init=False)
class TransactionType(Payload):
    """Used by: TransactionEvent."""

    transaction_id: str
    """This contains the Id of the transaction.

    At most 36 characters."""
    custom_data: CustomDataType | None = None
    charging_state: ChargingStateEnumType | None = None
    time_spent_charging: int | None = None
    """Contains the total time that energy flowed from EVSE to EV during the transaction (in
    seconds). Note that timeSpentCharging is smaller or equal to the duration of the transaction."""
    stopped_reason: ReasonEnumType | None = None
    remote_start_id: int | None = None
    """The ID given to remote start request (RequestStartTransactionRequest. This enables to CSMS to
    match the started transaction to the given start request."""

    def __init__(
        self,
        *,
        transaction_id: str,
        custom_data: CustomDataType | None = None,
        charging_state: ChargingStateEnumType | None = None,
        time_spent_charging: int | None = None,
        stopped_reason: ReasonEnumType | None = None,
        remote_start_id: int | None = None,
    ) -> None:
        self.transaction_id = transaction_id
        self.custom_data = custom_data
        self.charging_state = charging_state
        self.time_spent_charging = time_spent_charging
        self.stopped_reason = stopped_reason
        self.remote_start_id = remote_start_id


TransactionType.SCHEMA = "TransactionType"
TransactionType.WIRE_NAMES = {
    "custom_data": "customData",
    "transaction_id": "transactionId",
    "charging_state": "chargingState",
    "time_spent_charging": "timeSpentCharging",
    "stopped_reason": "stoppedReason",
    "remote_start_id": "remoteStartId",
}
