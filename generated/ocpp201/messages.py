"""Message payloads of OCPP 2.0.1: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 2.0.1 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
`SCHEMA` and `WIRE_NAMES` are set after each class body, as in datatypes.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ._runtime import ABSENT, Payload, Request
from .datatypes import (
    CertificateHashDataType,
    ChargingProfileCriterionType,
    ChargingStationType,
    ClearChargingProfileType,
    ClearMonitoringResultType,
    CustomDataType,
    EVSEType,
    IdTokenInfoType,
    IdTokenType,
    MessageContentType,
    MeterValueType,
    OCSPRequestDataType,
    StatusInfoType,
    TransactionType,
)
from .enums import (
    AuthorizeCertificateStatusEnumType,
    BootReasonEnumType,
    CancelReservationStatusEnumType,
    CertificateSignedStatusEnumType,
    CertificateSigningUseEnumType,
    ChangeAvailabilityStatusEnumType,
    ChargingLimitSourceEnumType,
    ClearCacheStatusEnumType,
    ClearChargingProfileStatusEnumType,
    ClearMessageStatusEnumType,
    ConnectorStatusEnumType,
    CustomerInformationStatusEnumType,
    DataTransferStatusEnumType,
    DeleteCertificateStatusEnumType,
    FirmwareStatusEnumType,
    GetChargingProfileStatusEnumType,
    OperationalStatusEnumType,
    RegistrationStatusEnumType,
    ResetEnumType,
    ResetStatusEnumType,
    TransactionEventEnumType,
    TriggerReasonEnumType,
    UnlockStatusEnumType,
)

__all__ = [
    "AuthorizeRequest",
    "AuthorizeResponse",
    "BootNotificationRequest",
    "BootNotificationResponse",
    "CancelReservationRequest",
    "CancelReservationResponse",
    "CertificateSignedRequest",
    "CertificateSignedResponse",
    "ChangeAvailabilityRequest",
    "ChangeAvailabilityResponse",
    "ClearCacheRequest",
    "ClearCacheResponse",
    "ClearChargingProfileRequest",
    "ClearChargingProfileResponse",
    "ClearDisplayMessageRequest",
    "ClearDisplayMessageResponse",
    "ClearedChargingLimitRequest",
    "ClearedChargingLimitResponse",
    "ClearVariableMonitoringRequest",
    "ClearVariableMonitoringResponse",
    "CostUpdatedRequest",
    "CostUpdatedResponse",
    "CustomerInformationRequest",
    "CustomerInformationResponse",
    "DataTransferRequest",
    "DataTransferResponse",
    "DeleteCertificateRequest",
    "DeleteCertificateResponse",
    "FirmwareStatusNotificationRequest",
    "FirmwareStatusNotificationResponse",
    "GetChargingProfilesRequest",
    "GetChargingProfilesResponse",
    "GetLocalListVersionRequest",
    "GetLocalListVersionResponse",
    "GetTransactionStatusRequest",
    "GetTransactionStatusResponse",
    "HeartbeatRequest",
    "HeartbeatResponse",
    "MeterValuesRequest",
    "MeterValuesResponse",
    "ResetRequest",
    "ResetResponse",
    "StatusNotificationRequest",
    "StatusNotificationResponse",
    "TransactionEventRequest",
    "TransactionEventResponse",
    "UnlockConnectorRequest",
    "UnlockConnectorResponse",
]


@dataclass(slots=True, kw_only=True)
class AuthorizeRequest(Request["AuthorizeResponse"]):
    """The Authorize request, sent by the Charging Station to the CSMS."""

    id_token: IdTokenType
    custom_data: CustomDataType | None = None
    certificate: str | None = None
    """The X.509 certificated presented by EV and encoded in PEM format.

    At most 5500 characters."""
    iso15118_certificate_hash_data: list[OCSPRequestDataType] | None = None
    """1 to 4 items."""


AuthorizeRequest.SCHEMA = "AuthorizeRequest"
AuthorizeRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "id_token": "idToken",
    "certificate": "certificate",
    "iso15118_certificate_hash_data": "iso15118CertificateHashData",
}


@dataclass(slots=True, kw_only=True)
class AuthorizeResponse(Payload):
    """The answer to AuthorizeRequest."""

    id_token_info: IdTokenInfoType
    custom_data: CustomDataType | None = None
    certificate_status: AuthorizeCertificateStatusEnumType | None = None


AuthorizeResponse.SCHEMA = "AuthorizeResponse"
AuthorizeResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "id_token_info": "idTokenInfo",
    "certificate_status": "certificateStatus",
}


@dataclass(slots=True, kw_only=True)
class BootNotificationRequest(Request["BootNotificationResponse"]):
    """The BootNotification request, sent by the Charging Station to the CSMS."""

    charging_station: ChargingStationType
    reason: BootReasonEnumType
    custom_data: CustomDataType | None = None


BootNotificationRequest.SCHEMA = "BootNotificationRequest"
BootNotificationRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "charging_station": "chargingStation",
    "reason": "reason",
}


@dataclass(slots=True, kw_only=True)
class BootNotificationResponse(Payload):
    """The answer to BootNotificationRequest."""

    current_time: datetime
    """This contains the CSMS’s current time."""
    interval: int
    """When Status is Accepted, this contains the heartbeat interval in seconds. If the CSMS returns
    something other than Accepted, the value of the interval field indicates the minimum wait
    time before sending a next BootNotification request."""
    status: RegistrationStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


BootNotificationResponse.SCHEMA = "BootNotificationResponse"
BootNotificationResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "current_time": "currentTime",
    "interval": "interval",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class CancelReservationRequest(Request["CancelReservationResponse"]):
    """The CancelReservation request, sent by the CSMS to the Charging Station."""

    reservation_id: int
    """Id of the reservation to cancel."""
    custom_data: CustomDataType | None = None


CancelReservationRequest.SCHEMA = "CancelReservationRequest"
CancelReservationRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "reservation_id": "reservationId",
}


@dataclass(slots=True, kw_only=True)
class CancelReservationResponse(Payload):
    """The answer to CancelReservationRequest."""

    status: CancelReservationStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


CancelReservationResponse.SCHEMA = "CancelReservationResponse"
CancelReservationResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class CertificateSignedRequest(Request["CertificateSignedResponse"]):
    """The CertificateSigned request, sent by the CSMS to the Charging Station."""

    certificate_chain: str
    """The signed PEM encoded X.509 certificate. This can also contain the necessary sub CA
    certificates. In that case, the order of the bundle should follow the certificate chain,
    starting from the leaf certificate.

    The Configuration Variable MaxCertificateChainSize can be used to limit the maximum size of
    this field.

    At most 10000 characters."""
    custom_data: CustomDataType | None = None
    certificate_type: CertificateSigningUseEnumType | None = None


CertificateSignedRequest.SCHEMA = "CertificateSignedRequest"
CertificateSignedRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "certificate_chain": "certificateChain",
    "certificate_type": "certificateType",
}


@dataclass(slots=True, kw_only=True)
class CertificateSignedResponse(Payload):
    """The answer to CertificateSignedRequest."""

    status: CertificateSignedStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


CertificateSignedResponse.SCHEMA = "CertificateSignedResponse"
CertificateSignedResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class ChangeAvailabilityRequest(Request["ChangeAvailabilityResponse"]):
    """The ChangeAvailability request, sent by the CSMS to the Charging Station."""

    operational_status: OperationalStatusEnumType
    custom_data: CustomDataType | None = None
    evse: EVSEType | None = None


ChangeAvailabilityRequest.SCHEMA = "ChangeAvailabilityRequest"
ChangeAvailabilityRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "evse": "evse",
    "operational_status": "operationalStatus",
}


@dataclass(slots=True, kw_only=True)
class ChangeAvailabilityResponse(Payload):
    """The answer to ChangeAvailabilityRequest."""

    status: ChangeAvailabilityStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


ChangeAvailabilityResponse.SCHEMA = "ChangeAvailabilityResponse"
ChangeAvailabilityResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class ClearCacheRequest(Request["ClearCacheResponse"]):
    """The ClearCache request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None


ClearCacheRequest.SCHEMA = "ClearCacheRequest"
ClearCacheRequest.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class ClearCacheResponse(Payload):
    """The answer to ClearCacheRequest."""

    status: ClearCacheStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


ClearCacheResponse.SCHEMA = "ClearCacheResponse"
ClearCacheResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class ClearChargingProfileRequest(Request["ClearChargingProfileResponse"]):
    """The ClearChargingProfile request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None
    charging_profile_id: int | None = None
    """The Id of the charging profile to clear."""
    charging_profile_criteria: ClearChargingProfileType | None = None


ClearChargingProfileRequest.SCHEMA = "ClearChargingProfileRequest"
ClearChargingProfileRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "charging_profile_id": "chargingProfileId",
    "charging_profile_criteria": "chargingProfileCriteria",
}


@dataclass(slots=True, kw_only=True)
class ClearChargingProfileResponse(Payload):
    """The answer to ClearChargingProfileRequest."""

    status: ClearChargingProfileStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


ClearChargingProfileResponse.SCHEMA = "ClearChargingProfileResponse"
ClearChargingProfileResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class ClearDisplayMessageRequest(Request["ClearDisplayMessageResponse"]):
    """The ClearDisplayMessage request, sent by the CSMS to the Charging Station."""

    id: int
    """Id of the message that SHALL be removed from the Charging Station."""
    custom_data: CustomDataType | None = None


ClearDisplayMessageRequest.SCHEMA = "ClearDisplayMessageRequest"
ClearDisplayMessageRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "id": "id",
}


@dataclass(slots=True, kw_only=True)
class ClearDisplayMessageResponse(Payload):
    """The answer to ClearDisplayMessageRequest."""

    status: ClearMessageStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


ClearDisplayMessageResponse.SCHEMA = "ClearDisplayMessageResponse"
ClearDisplayMessageResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class ClearedChargingLimitRequest(Request["ClearedChargingLimitResponse"]):
    """The ClearedChargingLimit request, sent by the Charging Station to the CSMS."""

    charging_limit_source: ChargingLimitSourceEnumType
    custom_data: CustomDataType | None = None
    evse_id: int | None = None
    """EVSE Identifier."""


ClearedChargingLimitRequest.SCHEMA = "ClearedChargingLimitRequest"
ClearedChargingLimitRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "charging_limit_source": "chargingLimitSource",
    "evse_id": "evseId",
}


@dataclass(slots=True, kw_only=True)
class ClearedChargingLimitResponse(Payload):
    """The answer to ClearedChargingLimitRequest."""

    custom_data: CustomDataType | None = None


ClearedChargingLimitResponse.SCHEMA = "ClearedChargingLimitResponse"
ClearedChargingLimitResponse.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class ClearVariableMonitoringRequest(Request["ClearVariableMonitoringResponse"]):
    """The ClearVariableMonitoring request, sent by the CSMS to the Charging Station."""

    id: list[int]
    """List of the monitors to be cleared, identified by there Id.

    At least 1 item."""
    custom_data: CustomDataType | None = None


ClearVariableMonitoringRequest.SCHEMA = "ClearVariableMonitoringRequest"
ClearVariableMonitoringRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "id": "id",
}


@dataclass(slots=True, kw_only=True)
class ClearVariableMonitoringResponse(Payload):
    """The answer to ClearVariableMonitoringRequest."""

    clear_monitoring_result: list[ClearMonitoringResultType]
    """At least 1 item."""
    custom_data: CustomDataType | None = None


ClearVariableMonitoringResponse.SCHEMA = "ClearVariableMonitoringResponse"
ClearVariableMonitoringResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "clear_monitoring_result": "clearMonitoringResult",
}


@dataclass(slots=True, kw_only=True)
class CostUpdatedRequest(Request["CostUpdatedResponse"]):
    """The CostUpdated request, sent by the CSMS to the Charging Station."""

    total_cost: float | int
    """Current total cost, based on the information known by the CSMS, of the transaction including
    taxes. In the currency configured with the configuration Variable: [Currency]"""
    transaction_id: str
    """Transaction Id of the transaction the current cost are asked for.

    At most 36 characters."""
    custom_data: CustomDataType | None = None


CostUpdatedRequest.SCHEMA = "CostUpdatedRequest"
CostUpdatedRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "total_cost": "totalCost",
    "transaction_id": "transactionId",
}


@dataclass(slots=True, kw_only=True)
class CostUpdatedResponse(Payload):
    """The answer to CostUpdatedRequest."""

    custom_data: CustomDataType | None = None


CostUpdatedResponse.SCHEMA = "CostUpdatedResponse"
CostUpdatedResponse.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class CustomerInformationRequest(Request["CustomerInformationResponse"]):
    """The CustomerInformation request, sent by the CSMS to the Charging Station."""

    request_id: int
    """The Id of the request."""
    report: bool
    """Flag indicating whether the Charging Station should return NotifyCustomerInformationRequest
    messages containing information about the customer referred to."""
    clear: bool
    """Flag indicating whether the Charging Station should clear all information about the customer
    referred to."""
    custom_data: CustomDataType | None = None
    customer_certificate: CertificateHashDataType | None = None
    id_token: IdTokenType | None = None
    customer_identifier: str | None = None
    """A (e.g. vendor specific) identifier of the customer this request refers to. This field
    contains a custom identifier other than IdToken and Certificate.
    One of the possible identifiers (customerIdentifier, customerIdToken or customerCertificate)
    should be in the request message.

    At most 64 characters."""


CustomerInformationRequest.SCHEMA = "CustomerInformationRequest"
CustomerInformationRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "customer_certificate": "customerCertificate",
    "id_token": "idToken",
    "request_id": "requestId",
    "report": "report",
    "clear": "clear",
    "customer_identifier": "customerIdentifier",
}


@dataclass(slots=True, kw_only=True)
class CustomerInformationResponse(Payload):
    """The answer to CustomerInformationRequest."""

    status: CustomerInformationStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


CustomerInformationResponse.SCHEMA = "CustomerInformationResponse"
CustomerInformationResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class DataTransferRequest(Request["DataTransferResponse"]):
    """The DataTransfer request, sent by either side."""

    vendor_id: str
    """This identifies the Vendor specific implementation

    At most 255 characters."""
    custom_data: CustomDataType | None = None
    message_id: str | None = None
    """May be used to indicate a specific message or implementation.

    At most 50 characters."""
    data: Any = ABSENT
    """Data without specified length or format. This needs to be decided by both parties (Open to
    implementation)."""


DataTransferRequest.SCHEMA = "DataTransferRequest"
DataTransferRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "message_id": "messageId",
    "data": "data",
    "vendor_id": "vendorId",
}


@dataclass(slots=True, kw_only=True)
class DataTransferResponse(Payload):
    """The answer to DataTransferRequest."""

    status: DataTransferStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None
    data: Any = ABSENT
    """Data without specified length or format, in response to request."""


DataTransferResponse.SCHEMA = "DataTransferResponse"
DataTransferResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
    "data": "data",
}


@dataclass(slots=True, kw_only=True)
class DeleteCertificateRequest(Request["DeleteCertificateResponse"]):
    """The DeleteCertificate request, sent by the CSMS to the Charging Station."""

    certificate_hash_data: CertificateHashDataType
    custom_data: CustomDataType | None = None


DeleteCertificateRequest.SCHEMA = "DeleteCertificateRequest"
DeleteCertificateRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "certificate_hash_data": "certificateHashData",
}


@dataclass(slots=True, kw_only=True)
class DeleteCertificateResponse(Payload):
    """The answer to DeleteCertificateRequest."""

    status: DeleteCertificateStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


DeleteCertificateResponse.SCHEMA = "DeleteCertificateResponse"
DeleteCertificateResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class FirmwareStatusNotificationRequest(Request["FirmwareStatusNotificationResponse"]):
    """The FirmwareStatusNotification request, sent by the Charging Station to the CSMS."""

    status: FirmwareStatusEnumType
    custom_data: CustomDataType | None = None
    request_id: int | None = None
    """The request id that was provided in the
    UpdateFirmwareRequest that started this firmware update.
    This field is mandatory, unless the message was triggered by a TriggerMessageRequest AND
    there is no firmware update ongoing."""


FirmwareStatusNotificationRequest.SCHEMA = "FirmwareStatusNotificationRequest"
FirmwareStatusNotificationRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "request_id": "requestId",
}


@dataclass(slots=True, kw_only=True)
class FirmwareStatusNotificationResponse(Payload):
    """The answer to FirmwareStatusNotificationRequest."""

    custom_data: CustomDataType | None = None


FirmwareStatusNotificationResponse.SCHEMA = "FirmwareStatusNotificationResponse"
FirmwareStatusNotificationResponse.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class GetChargingProfilesRequest(Request["GetChargingProfilesResponse"]):
    """The GetChargingProfiles request, sent by the CSMS to the Charging Station."""

    request_id: int
    """Reference identification that is to be used by the Charging Station in the
    ReportChargingProfilesRequest when provided."""
    charging_profile: ChargingProfileCriterionType
    custom_data: CustomDataType | None = None
    evse_id: int | None = None
    """For which EVSE installed charging profiles SHALL be reported. If 0, only charging profiles
    installed on the Charging Station itself (the grid connection) SHALL be reported. If omitted,
    all installed charging profiles SHALL be reported."""


GetChargingProfilesRequest.SCHEMA = "GetChargingProfilesRequest"
GetChargingProfilesRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "request_id": "requestId",
    "evse_id": "evseId",
    "charging_profile": "chargingProfile",
}


@dataclass(slots=True, kw_only=True)
class GetChargingProfilesResponse(Payload):
    """The answer to GetChargingProfilesRequest."""

    status: GetChargingProfileStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


GetChargingProfilesResponse.SCHEMA = "GetChargingProfilesResponse"
GetChargingProfilesResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class GetLocalListVersionRequest(Request["GetLocalListVersionResponse"]):
    """The GetLocalListVersion request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None


GetLocalListVersionRequest.SCHEMA = "GetLocalListVersionRequest"
GetLocalListVersionRequest.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class GetLocalListVersionResponse(Payload):
    """The answer to GetLocalListVersionRequest."""

    version_number: int
    """This contains the current version number of the local authorization list in the Charging
    Station."""
    custom_data: CustomDataType | None = None


GetLocalListVersionResponse.SCHEMA = "GetLocalListVersionResponse"
GetLocalListVersionResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "version_number": "versionNumber",
}


@dataclass(slots=True, kw_only=True)
class GetTransactionStatusRequest(Request["GetTransactionStatusResponse"]):
    """The GetTransactionStatus request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None
    transaction_id: str | None = None
    """The Id of the transaction for which the status is requested.

    At most 36 characters."""


GetTransactionStatusRequest.SCHEMA = "GetTransactionStatusRequest"
GetTransactionStatusRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "transaction_id": "transactionId",
}


@dataclass(slots=True, kw_only=True)
class GetTransactionStatusResponse(Payload):
    """The answer to GetTransactionStatusRequest."""

    messages_in_queue: bool
    """Whether there are still message to be delivered."""
    custom_data: CustomDataType | None = None
    ongoing_indicator: bool | None = None
    """Whether the transaction is still ongoing."""


GetTransactionStatusResponse.SCHEMA = "GetTransactionStatusResponse"
GetTransactionStatusResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "ongoing_indicator": "ongoingIndicator",
    "messages_in_queue": "messagesInQueue",
}


@dataclass(slots=True, kw_only=True)
class HeartbeatRequest(Request["HeartbeatResponse"]):
    """The Heartbeat request, sent by the Charging Station to the CSMS."""

    custom_data: CustomDataType | None = None


HeartbeatRequest.SCHEMA = "HeartbeatRequest"
HeartbeatRequest.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class HeartbeatResponse(Payload):
    """The answer to HeartbeatRequest."""

    current_time: datetime
    """Contains the current time of the CSMS."""
    custom_data: CustomDataType | None = None


HeartbeatResponse.SCHEMA = "HeartbeatResponse"
HeartbeatResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "current_time": "currentTime",
}


@dataclass(slots=True, kw_only=True)
class MeterValuesRequest(Request["MeterValuesResponse"]):
    """Request_ Body
    urn:x-enexis:ecdm:uid:2:234744"""

    evse_id: int
    """Request_ Body. EVSEID. Numeric_ Identifier
    urn:x-enexis:ecdm:uid:1:571101
    This contains a number (>0) designating an EVSE of the Charging Station. ‘0’ (zero) is used
    to designate the main power meter."""
    meter_value: list[MeterValueType]
    """At least 1 item."""
    custom_data: CustomDataType | None = None


MeterValuesRequest.SCHEMA = "MeterValuesRequest"
MeterValuesRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "evse_id": "evseId",
    "meter_value": "meterValue",
}


@dataclass(slots=True, kw_only=True)
class MeterValuesResponse(Payload):
    """The answer to MeterValuesRequest."""

    custom_data: CustomDataType | None = None


MeterValuesResponse.SCHEMA = "MeterValuesResponse"
MeterValuesResponse.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class ResetRequest(Request["ResetResponse"]):
    """The Reset request, sent by the CSMS to the Charging Station."""

    type: ResetEnumType
    custom_data: CustomDataType | None = None
    evse_id: int | None = None
    """This contains the ID of a specific EVSE that needs to be reset, instead of the entire
    Charging Station."""


ResetRequest.SCHEMA = "ResetRequest"
ResetRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "type": "type",
    "evse_id": "evseId",
}


@dataclass(slots=True, kw_only=True)
class ResetResponse(Payload):
    """The answer to ResetRequest."""

    status: ResetStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


ResetResponse.SCHEMA = "ResetResponse"
ResetResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}


@dataclass(slots=True, kw_only=True)
class StatusNotificationRequest(Request["StatusNotificationResponse"]):
    """The StatusNotification request, sent by the Charging Station to the CSMS."""

    timestamp: datetime
    """The time for which the status is reported. If absent time of receipt of the message will be
    assumed."""
    connector_status: ConnectorStatusEnumType
    evse_id: int
    """The id of the EVSE to which the connector belongs for which the the status is reported."""
    connector_id: int
    """The id of the connector within the EVSE for which the status is reported."""
    custom_data: CustomDataType | None = None


StatusNotificationRequest.SCHEMA = "StatusNotificationRequest"
StatusNotificationRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "timestamp": "timestamp",
    "connector_status": "connectorStatus",
    "evse_id": "evseId",
    "connector_id": "connectorId",
}


@dataclass(slots=True, kw_only=True)
class StatusNotificationResponse(Payload):
    """The answer to StatusNotificationRequest."""

    custom_data: CustomDataType | None = None


StatusNotificationResponse.SCHEMA = "StatusNotificationResponse"
StatusNotificationResponse.WIRE_NAMES = {
    "custom_data": "customData",
}


@dataclass(slots=True, kw_only=True)
class TransactionEventRequest(Request["TransactionEventResponse"]):
    """The TransactionEvent request, sent by the Charging Station to the CSMS."""

    event_type: TransactionEventEnumType
    timestamp: datetime
    """The date and time at which this transaction event occurred."""
    trigger_reason: TriggerReasonEnumType
    seq_no: int
    """Incremental sequence number, helps with determining if all messages of a transaction have
    been received."""
    transaction_info: TransactionType
    custom_data: CustomDataType | None = None
    meter_value: list[MeterValueType] | None = None
    """At least 1 item."""
    offline: bool | None = None
    """Indication that this transaction event happened when the Charging Station was offline.
    Default = false, meaning: the event occurred when the Charging Station was online."""
    number_of_phases_used: int | None = None
    """If the Charging Station is able to report the number of phases used, then it SHALL provide
    it. When omitted the CSMS may be able to determine the number of phases used via device
    management."""
    cable_max_current: int | None = None
    """The maximum current of the connected cable in Ampere (A)."""
    reservation_id: int | None = None
    """This contains the Id of the reservation that terminates as a result of this transaction."""
    evse: EVSEType | None = None
    id_token: IdTokenType | None = None


TransactionEventRequest.SCHEMA = "TransactionEventRequest"
TransactionEventRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "event_type": "eventType",
    "meter_value": "meterValue",
    "timestamp": "timestamp",
    "trigger_reason": "triggerReason",
    "seq_no": "seqNo",
    "offline": "offline",
    "number_of_phases_used": "numberOfPhasesUsed",
    "cable_max_current": "cableMaxCurrent",
    "reservation_id": "reservationId",
    "transaction_info": "transactionInfo",
    "evse": "evse",
    "id_token": "idToken",
}


@dataclass(slots=True, kw_only=True)
class TransactionEventResponse(Payload):
    """The answer to TransactionEventRequest."""

    custom_data: CustomDataType | None = None
    total_cost: float | int | None = None
    """SHALL only be sent when charging has ended. Final total cost of this transaction, including
    taxes. In the currency configured with the Configuration Variable: `Currency`. When omitted,
    the transaction was NOT free. To indicate a free transaction, the CSMS SHALL send 0.00."""
    charging_priority: int | None = None
    """Priority from a business point of view. Default priority is 0, The range is from -9 to 9.
    Higher values indicate a higher priority. The chargingPriority in TransactionEventResponse is
    temporarily, so it may not be set in the IdTokenInfoType afterwards. Also the
    chargingPriority in TransactionEventResponse overrules the one in IdTokenInfoType."""
    id_token_info: IdTokenInfoType | None = None
    updated_personal_message: MessageContentType | None = None


TransactionEventResponse.SCHEMA = "TransactionEventResponse"
TransactionEventResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "total_cost": "totalCost",
    "charging_priority": "chargingPriority",
    "id_token_info": "idTokenInfo",
    "updated_personal_message": "updatedPersonalMessage",
}


@dataclass(slots=True, kw_only=True)
class UnlockConnectorRequest(Request["UnlockConnectorResponse"]):
    """The UnlockConnector request, sent by the CSMS to the Charging Station."""

    evse_id: int
    """This contains the identifier of the EVSE for which a connector needs to be unlocked."""
    connector_id: int
    """This contains the identifier of the connector that needs to be unlocked."""
    custom_data: CustomDataType | None = None


UnlockConnectorRequest.SCHEMA = "UnlockConnectorRequest"
UnlockConnectorRequest.WIRE_NAMES = {
    "custom_data": "customData",
    "evse_id": "evseId",
    "connector_id": "connectorId",
}


@dataclass(slots=True, kw_only=True)
class UnlockConnectorResponse(Payload):
    """The answer to UnlockConnectorRequest."""

    status: UnlockStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None


UnlockConnectorResponse.SCHEMA = "UnlockConnectorResponse"
UnlockConnectorResponse.WIRE_NAMES = {
    "custom_data": "customData",
    "status": "status",
    "status_info": "statusInfo",
}
