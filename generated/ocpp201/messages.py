"""Message payloads of OCPP 2.0.1: `<Action>Request` and `<Action>Response`.

Generated from the OCPP 2.0.1 JSON schemas and the coverage matrix by
`make generate`; do not edit. Only the messages the matrix marks as implemented are here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from ._runtime import (
    ABSENT,
    Payload,
    Violation,
    _bad_datetime,
    _datetime_or_none,
    _decode_or_raise,
    _format_datetime,
    _invalid,
    _is_datetime,
    _is_integer,
    _is_number,
    _missing,
    _not_an_object,
    _not_in_enum,
    _raise_if_invalid,
    _too_few,
    _too_long,
    _too_many,
    _unknown_property,
    _wrong_type,
)
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
    _check_CertificateHashDataType,
    _check_ChargingProfileCriterionType,
    _check_ChargingStationType,
    _check_ClearChargingProfileType,
    _check_ClearMonitoringResultType,
    _check_CustomDataType,
    _check_EVSEType,
    _check_IdTokenInfoType,
    _check_IdTokenType,
    _check_MessageContentType,
    _check_MeterValueType,
    _check_OCSPRequestDataType,
    _check_StatusInfoType,
    _check_TransactionType,
    _decode_CertificateHashDataType,
    _decode_ChargingProfileCriterionType,
    _decode_ChargingStationType,
    _decode_ClearChargingProfileType,
    _decode_ClearMonitoringResultType,
    _decode_CustomDataType,
    _decode_EVSEType,
    _decode_IdTokenInfoType,
    _decode_IdTokenType,
    _decode_MessageContentType,
    _decode_MeterValueType,
    _decode_OCSPRequestDataType,
    _decode_StatusInfoType,
    _decode_TransactionType,
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
    _ENUM_AuthorizeCertificateStatusEnumType,
    _ENUM_BootReasonEnumType,
    _ENUM_CancelReservationStatusEnumType,
    _ENUM_CertificateSignedStatusEnumType,
    _ENUM_CertificateSigningUseEnumType,
    _ENUM_ChangeAvailabilityStatusEnumType,
    _ENUM_ChargingLimitSourceEnumType,
    _ENUM_ClearCacheStatusEnumType,
    _ENUM_ClearChargingProfileStatusEnumType,
    _ENUM_ClearMessageStatusEnumType,
    _ENUM_ConnectorStatusEnumType,
    _ENUM_CustomerInformationStatusEnumType,
    _ENUM_DataTransferStatusEnumType,
    _ENUM_DeleteCertificateStatusEnumType,
    _ENUM_FirmwareStatusEnumType,
    _ENUM_GetChargingProfileStatusEnumType,
    _ENUM_OperationalStatusEnumType,
    _ENUM_RegistrationStatusEnumType,
    _ENUM_ResetEnumType,
    _ENUM_ResetStatusEnumType,
    _ENUM_TransactionEventEnumType,
    _ENUM_TriggerReasonEnumType,
    _ENUM_UnlockStatusEnumType,
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
class AuthorizeRequest(Payload):
    """The Authorize request, sent by the Charging Station to the CSMS."""

    id_token: IdTokenType
    custom_data: CustomDataType | None = None
    certificate: str | None = None
    """The X.509 certificated presented by EV and encoded in PEM format.

    At most 5500 characters."""
    iso15118_certificate_hash_data: list[OCSPRequestDataType] | None = None
    """1 to 4 items."""

    SCHEMA: ClassVar[str] = "AuthorizeRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "id_token": "idToken",
        "certificate": "certificate",
        "iso15118_certificate_hash_data": "iso15118CertificateHashData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> AuthorizeRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("AuthorizeRequest", _decode_AuthorizeRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("AuthorizeRequest", _check_AuthorizeRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "idToken": (
                self.id_token._to_wire()
                if isinstance(self.id_token, IdTokenType)
                else self.id_token
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.certificate is not None:
            wire["certificate"] = self.certificate
        if self.iso15118_certificate_hash_data is not None:
            wire["iso15118CertificateHashData"] = (
                [
                    (item1._to_wire() if isinstance(item1, OCSPRequestDataType) else item1)
                    for item1 in self.iso15118_certificate_hash_data
                ]
                if isinstance(self.iso15118_certificate_hash_data, list)
                else self.iso15118_certificate_hash_data
            )
        return wire


_KEYS_AuthorizeRequest = frozenset(
    {"customData", "idToken", "certificate", "iso15118CertificateHashData"}
)


def _check_AuthorizeRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_AuthorizeRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_AuthorizeRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("idToken", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "idToken"))
    else:
        _check_IdTokenType(item, f"{path}/idToken", errors)
    item = value.get("certificate", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/certificate", "string", item))
        elif len(item) > 5500:
            errors.append(_too_long(f"{path}/certificate", 5500, item))
    item = value.get("iso15118CertificateHashData", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, list):
            errors.append(_wrong_type(f"{path}/iso15118CertificateHashData", "array", item))
        else:
            if len(item) < 1:
                errors.append(_too_few(f"{path}/iso15118CertificateHashData", 1, item))
            if len(item) > 4:
                errors.append(_too_many(f"{path}/iso15118CertificateHashData", 4, item))
            for index1, item1 in enumerate(item):
                _check_OCSPRequestDataType(
                    item1, f"{path}/iso15118CertificateHashData/{index1}", errors
                )


def _decode_AuthorizeRequest(value: object, path: str, errors: list[Violation]) -> AuthorizeRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(AuthorizeRequest)
    count = len(errors)
    if not _KEYS_AuthorizeRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_AuthorizeRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("idToken", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "idToken"))
    else:
        f_id_token = _decode_IdTokenType(item, f"{path}/idToken", errors)
    item = value.get("certificate", ABSENT)
    if item is ABSENT:
        f_certificate = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/certificate", "string", item))
    elif len(item) > 5500:
        errors.append(_too_long(f"{path}/certificate", 5500, item))
    else:
        f_certificate = item
    item = value.get("iso15118CertificateHashData", ABSENT)
    if item is ABSENT:
        f_iso15118_certificate_hash_data = None
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/iso15118CertificateHashData", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/iso15118CertificateHashData", 1, item))
        if len(item) > 4:
            errors.append(_too_many(f"{path}/iso15118CertificateHashData", 4, item))
        items_iso15118_certificate_hash_data1: list[OCSPRequestDataType] = []
        for index1, item1 in enumerate(item):
            items_iso15118_certificate_hash_data1.append(
                _decode_OCSPRequestDataType(
                    item1, f"{path}/iso15118CertificateHashData/{index1}", errors
                )
            )
        f_iso15118_certificate_hash_data = items_iso15118_certificate_hash_data1
    if len(errors) != count:
        return _invalid(AuthorizeRequest)
    return AuthorizeRequest(
        custom_data=f_custom_data,
        id_token=f_id_token,
        certificate=f_certificate,
        iso15118_certificate_hash_data=f_iso15118_certificate_hash_data,
    )


@dataclass(slots=True, kw_only=True)
class AuthorizeResponse(Payload):
    """The answer to AuthorizeRequest."""

    id_token_info: IdTokenInfoType
    custom_data: CustomDataType | None = None
    certificate_status: AuthorizeCertificateStatusEnumType | None = None

    SCHEMA: ClassVar[str] = "AuthorizeResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "id_token_info": "idTokenInfo",
        "certificate_status": "certificateStatus",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> AuthorizeResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("AuthorizeResponse", _decode_AuthorizeResponse, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("AuthorizeResponse", _check_AuthorizeResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "idTokenInfo": (
                self.id_token_info._to_wire()
                if isinstance(self.id_token_info, IdTokenInfoType)
                else self.id_token_info
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.certificate_status is not None:
            wire["certificateStatus"] = (
                self.certificate_status._value_
                if isinstance(self.certificate_status, AuthorizeCertificateStatusEnumType)
                else self.certificate_status
            )
        return wire


_KEYS_AuthorizeResponse = frozenset({"customData", "idTokenInfo", "certificateStatus"})


def _check_AuthorizeResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_AuthorizeResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_AuthorizeResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("idTokenInfo", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "idTokenInfo"))
    else:
        _check_IdTokenInfoType(item, f"{path}/idTokenInfo", errors)
    item = value.get("certificateStatus", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/certificateStatus", "string", item))
        elif item not in _ENUM_AuthorizeCertificateStatusEnumType:
            errors.append(
                _not_in_enum(
                    f"{path}/certificateStatus", "AuthorizeCertificateStatusEnumType", item
                )
            )


def _decode_AuthorizeResponse(
    value: object, path: str, errors: list[Violation]
) -> AuthorizeResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(AuthorizeResponse)
    count = len(errors)
    if not _KEYS_AuthorizeResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_AuthorizeResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("idTokenInfo", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "idTokenInfo"))
    else:
        f_id_token_info = _decode_IdTokenInfoType(item, f"{path}/idTokenInfo", errors)
    item = value.get("certificateStatus", ABSENT)
    if item is ABSENT:
        f_certificate_status = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/certificateStatus", "string", item))
    elif (
        decoded_certificate_status1 := _ENUM_AuthorizeCertificateStatusEnumType.get(item)
    ) is None:
        errors.append(
            _not_in_enum(f"{path}/certificateStatus", "AuthorizeCertificateStatusEnumType", item)
        )
    else:
        f_certificate_status = decoded_certificate_status1
    if len(errors) != count:
        return _invalid(AuthorizeResponse)
    return AuthorizeResponse(
        custom_data=f_custom_data,
        id_token_info=f_id_token_info,
        certificate_status=f_certificate_status,
    )


@dataclass(slots=True, kw_only=True)
class BootNotificationRequest(Payload):
    """The BootNotification request, sent by the Charging Station to the CSMS."""

    charging_station: ChargingStationType
    reason: BootReasonEnumType
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "BootNotificationRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "charging_station": "chargingStation",
        "reason": "reason",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> BootNotificationRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("BootNotificationRequest", _decode_BootNotificationRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("BootNotificationRequest", _check_BootNotificationRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "chargingStation": (
                self.charging_station._to_wire()
                if isinstance(self.charging_station, ChargingStationType)
                else self.charging_station
            ),
            "reason": (
                self.reason._value_ if isinstance(self.reason, BootReasonEnumType) else self.reason
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_BootNotificationRequest = frozenset({"customData", "chargingStation", "reason"})


def _check_BootNotificationRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_BootNotificationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_BootNotificationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("chargingStation", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "chargingStation"))
    else:
        _check_ChargingStationType(item, f"{path}/chargingStation", errors)
    item = value.get("reason", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "reason"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/reason", "string", item))
    elif item not in _ENUM_BootReasonEnumType:
        errors.append(_not_in_enum(f"{path}/reason", "BootReasonEnumType", item))


def _decode_BootNotificationRequest(
    value: object, path: str, errors: list[Violation]
) -> BootNotificationRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(BootNotificationRequest)
    count = len(errors)
    if not _KEYS_BootNotificationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_BootNotificationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("chargingStation", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "chargingStation"))
    else:
        f_charging_station = _decode_ChargingStationType(item, f"{path}/chargingStation", errors)
    item = value.get("reason", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "reason"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/reason", "string", item))
    elif (decoded_reason1 := _ENUM_BootReasonEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/reason", "BootReasonEnumType", item))
    else:
        f_reason = decoded_reason1
    if len(errors) != count:
        return _invalid(BootNotificationRequest)
    return BootNotificationRequest(
        custom_data=f_custom_data,
        charging_station=f_charging_station,
        reason=f_reason,
    )


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

    SCHEMA: ClassVar[str] = "BootNotificationResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "current_time": "currentTime",
        "interval": "interval",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> BootNotificationResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "BootNotificationResponse", _decode_BootNotificationResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("BootNotificationResponse", _check_BootNotificationResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "currentTime": _format_datetime(self.current_time),
            "interval": self.interval,
            "status": (
                self.status._value_
                if isinstance(self.status, RegistrationStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_BootNotificationResponse = frozenset(
    {"customData", "currentTime", "interval", "status", "statusInfo"}
)


def _check_BootNotificationResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_BootNotificationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_BootNotificationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("currentTime", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "currentTime"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/currentTime", "string", item))
    elif not _is_datetime(item):
        errors.append(_bad_datetime(f"{path}/currentTime", item))
    item = value.get("interval", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "interval"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/interval", "integer", item))
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_RegistrationStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "RegistrationStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_BootNotificationResponse(
    value: object, path: str, errors: list[Violation]
) -> BootNotificationResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(BootNotificationResponse)
    count = len(errors)
    if not _KEYS_BootNotificationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_BootNotificationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("currentTime", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "currentTime"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/currentTime", "string", item))
    elif (decoded_current_time1 := _datetime_or_none(item)) is None:
        errors.append(_bad_datetime(f"{path}/currentTime", item))
    else:
        f_current_time = decoded_current_time1
    item = value.get("interval", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "interval"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/interval", "integer", item))
    else:
        f_interval = item if type(item) is int else int(item)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_RegistrationStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "RegistrationStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(BootNotificationResponse)
    return BootNotificationResponse(
        custom_data=f_custom_data,
        current_time=f_current_time,
        interval=f_interval,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class CancelReservationRequest(Payload):
    """The CancelReservation request, sent by the CSMS to the Charging Station."""

    reservation_id: int
    """Id of the reservation to cancel."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "CancelReservationRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "reservation_id": "reservationId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CancelReservationRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "CancelReservationRequest", _decode_CancelReservationRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CancelReservationRequest", _check_CancelReservationRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "reservationId": self.reservation_id,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_CancelReservationRequest = frozenset({"customData", "reservationId"})


def _check_CancelReservationRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CancelReservationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_CancelReservationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("reservationId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "reservationId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/reservationId", "integer", item))


def _decode_CancelReservationRequest(
    value: object, path: str, errors: list[Violation]
) -> CancelReservationRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CancelReservationRequest)
    count = len(errors)
    if not _KEYS_CancelReservationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_CancelReservationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("reservationId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "reservationId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/reservationId", "integer", item))
    else:
        f_reservation_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(CancelReservationRequest)
    return CancelReservationRequest(
        custom_data=f_custom_data,
        reservation_id=f_reservation_id,
    )


@dataclass(slots=True, kw_only=True)
class CancelReservationResponse(Payload):
    """The answer to CancelReservationRequest."""

    status: CancelReservationStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "CancelReservationResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CancelReservationResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "CancelReservationResponse", _decode_CancelReservationResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CancelReservationResponse", _check_CancelReservationResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, CancelReservationStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_CancelReservationResponse = frozenset({"customData", "status", "statusInfo"})


def _check_CancelReservationResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CancelReservationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_CancelReservationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_CancelReservationStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "CancelReservationStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_CancelReservationResponse(
    value: object, path: str, errors: list[Violation]
) -> CancelReservationResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CancelReservationResponse)
    count = len(errors)
    if not _KEYS_CancelReservationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_CancelReservationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_CancelReservationStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "CancelReservationStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(CancelReservationResponse)
    return CancelReservationResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class CertificateSignedRequest(Payload):
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

    SCHEMA: ClassVar[str] = "CertificateSignedRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "certificate_chain": "certificateChain",
        "certificate_type": "certificateType",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CertificateSignedRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "CertificateSignedRequest", _decode_CertificateSignedRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CertificateSignedRequest", _check_CertificateSignedRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "certificateChain": self.certificate_chain,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.certificate_type is not None:
            wire["certificateType"] = (
                self.certificate_type._value_
                if isinstance(self.certificate_type, CertificateSigningUseEnumType)
                else self.certificate_type
            )
        return wire


_KEYS_CertificateSignedRequest = frozenset({"customData", "certificateChain", "certificateType"})


def _check_CertificateSignedRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CertificateSignedRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_CertificateSignedRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("certificateChain", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "certificateChain"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/certificateChain", "string", item))
    elif len(item) > 10000:
        errors.append(_too_long(f"{path}/certificateChain", 10000, item))
    item = value.get("certificateType", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/certificateType", "string", item))
        elif item not in _ENUM_CertificateSigningUseEnumType:
            errors.append(
                _not_in_enum(f"{path}/certificateType", "CertificateSigningUseEnumType", item)
            )


def _decode_CertificateSignedRequest(
    value: object, path: str, errors: list[Violation]
) -> CertificateSignedRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CertificateSignedRequest)
    count = len(errors)
    if not _KEYS_CertificateSignedRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_CertificateSignedRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("certificateChain", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "certificateChain"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/certificateChain", "string", item))
    elif len(item) > 10000:
        errors.append(_too_long(f"{path}/certificateChain", 10000, item))
    else:
        f_certificate_chain = item
    item = value.get("certificateType", ABSENT)
    if item is ABSENT:
        f_certificate_type = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/certificateType", "string", item))
    elif (decoded_certificate_type1 := _ENUM_CertificateSigningUseEnumType.get(item)) is None:
        errors.append(
            _not_in_enum(f"{path}/certificateType", "CertificateSigningUseEnumType", item)
        )
    else:
        f_certificate_type = decoded_certificate_type1
    if len(errors) != count:
        return _invalid(CertificateSignedRequest)
    return CertificateSignedRequest(
        custom_data=f_custom_data,
        certificate_chain=f_certificate_chain,
        certificate_type=f_certificate_type,
    )


@dataclass(slots=True, kw_only=True)
class CertificateSignedResponse(Payload):
    """The answer to CertificateSignedRequest."""

    status: CertificateSignedStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "CertificateSignedResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CertificateSignedResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "CertificateSignedResponse", _decode_CertificateSignedResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CertificateSignedResponse", _check_CertificateSignedResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, CertificateSignedStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_CertificateSignedResponse = frozenset({"customData", "status", "statusInfo"})


def _check_CertificateSignedResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CertificateSignedResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_CertificateSignedResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_CertificateSignedStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "CertificateSignedStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_CertificateSignedResponse(
    value: object, path: str, errors: list[Violation]
) -> CertificateSignedResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CertificateSignedResponse)
    count = len(errors)
    if not _KEYS_CertificateSignedResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_CertificateSignedResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_CertificateSignedStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "CertificateSignedStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(CertificateSignedResponse)
    return CertificateSignedResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class ChangeAvailabilityRequest(Payload):
    """The ChangeAvailability request, sent by the CSMS to the Charging Station."""

    operational_status: OperationalStatusEnumType
    custom_data: CustomDataType | None = None
    evse: EVSEType | None = None

    SCHEMA: ClassVar[str] = "ChangeAvailabilityRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "evse": "evse",
        "operational_status": "operationalStatus",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ChangeAvailabilityRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ChangeAvailabilityRequest", _decode_ChangeAvailabilityRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ChangeAvailabilityRequest", _check_ChangeAvailabilityRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "operationalStatus": (
                self.operational_status._value_
                if isinstance(self.operational_status, OperationalStatusEnumType)
                else self.operational_status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.evse is not None:
            wire["evse"] = self.evse._to_wire() if isinstance(self.evse, EVSEType) else self.evse
        return wire


_KEYS_ChangeAvailabilityRequest = frozenset({"customData", "evse", "operationalStatus"})


def _check_ChangeAvailabilityRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ChangeAvailabilityRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ChangeAvailabilityRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("evse", ABSENT)
    if item is not ABSENT:
        _check_EVSEType(item, f"{path}/evse", errors)
    item = value.get("operationalStatus", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "operationalStatus"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/operationalStatus", "string", item))
    elif item not in _ENUM_OperationalStatusEnumType:
        errors.append(_not_in_enum(f"{path}/operationalStatus", "OperationalStatusEnumType", item))


def _decode_ChangeAvailabilityRequest(
    value: object, path: str, errors: list[Violation]
) -> ChangeAvailabilityRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ChangeAvailabilityRequest)
    count = len(errors)
    if not _KEYS_ChangeAvailabilityRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ChangeAvailabilityRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("evse", ABSENT)
    if item is ABSENT:
        f_evse = None
    else:
        f_evse = _decode_EVSEType(item, f"{path}/evse", errors)
    item = value.get("operationalStatus", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "operationalStatus"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/operationalStatus", "string", item))
    elif (decoded_operational_status1 := _ENUM_OperationalStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/operationalStatus", "OperationalStatusEnumType", item))
    else:
        f_operational_status = decoded_operational_status1
    if len(errors) != count:
        return _invalid(ChangeAvailabilityRequest)
    return ChangeAvailabilityRequest(
        custom_data=f_custom_data,
        evse=f_evse,
        operational_status=f_operational_status,
    )


@dataclass(slots=True, kw_only=True)
class ChangeAvailabilityResponse(Payload):
    """The answer to ChangeAvailabilityRequest."""

    status: ChangeAvailabilityStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "ChangeAvailabilityResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ChangeAvailabilityResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ChangeAvailabilityResponse", _decode_ChangeAvailabilityResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ChangeAvailabilityResponse", _check_ChangeAvailabilityResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, ChangeAvailabilityStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_ChangeAvailabilityResponse = frozenset({"customData", "status", "statusInfo"})


def _check_ChangeAvailabilityResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ChangeAvailabilityResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ChangeAvailabilityResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_ChangeAvailabilityStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "ChangeAvailabilityStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_ChangeAvailabilityResponse(
    value: object, path: str, errors: list[Violation]
) -> ChangeAvailabilityResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ChangeAvailabilityResponse)
    count = len(errors)
    if not _KEYS_ChangeAvailabilityResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ChangeAvailabilityResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_ChangeAvailabilityStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "ChangeAvailabilityStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(ChangeAvailabilityResponse)
    return ChangeAvailabilityResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class ClearCacheRequest(Payload):
    """The ClearCache request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "ClearCacheRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearCacheRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("ClearCacheRequest", _decode_ClearCacheRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearCacheRequest", _check_ClearCacheRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_ClearCacheRequest = frozenset({"customData"})


def _check_ClearCacheRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearCacheRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearCacheRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)


def _decode_ClearCacheRequest(
    value: object, path: str, errors: list[Violation]
) -> ClearCacheRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearCacheRequest)
    count = len(errors)
    if not _KEYS_ClearCacheRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearCacheRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    if len(errors) != count:
        return _invalid(ClearCacheRequest)
    return ClearCacheRequest(
        custom_data=f_custom_data,
    )


@dataclass(slots=True, kw_only=True)
class ClearCacheResponse(Payload):
    """The answer to ClearCacheRequest."""

    status: ClearCacheStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "ClearCacheResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearCacheResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("ClearCacheResponse", _decode_ClearCacheResponse, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearCacheResponse", _check_ClearCacheResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, ClearCacheStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_ClearCacheResponse = frozenset({"customData", "status", "statusInfo"})


def _check_ClearCacheResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearCacheResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearCacheResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_ClearCacheStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "ClearCacheStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_ClearCacheResponse(
    value: object, path: str, errors: list[Violation]
) -> ClearCacheResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearCacheResponse)
    count = len(errors)
    if not _KEYS_ClearCacheResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearCacheResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_ClearCacheStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "ClearCacheStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(ClearCacheResponse)
    return ClearCacheResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class ClearChargingProfileRequest(Payload):
    """The ClearChargingProfile request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None
    charging_profile_id: int | None = None
    """The Id of the charging profile to clear."""
    charging_profile_criteria: ClearChargingProfileType | None = None

    SCHEMA: ClassVar[str] = "ClearChargingProfileRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "charging_profile_id": "chargingProfileId",
        "charging_profile_criteria": "chargingProfileCriteria",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearChargingProfileRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearChargingProfileRequest", _decode_ClearChargingProfileRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearChargingProfileRequest", _check_ClearChargingProfileRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.charging_profile_id is not None:
            wire["chargingProfileId"] = self.charging_profile_id
        if self.charging_profile_criteria is not None:
            wire["chargingProfileCriteria"] = (
                self.charging_profile_criteria._to_wire()
                if isinstance(self.charging_profile_criteria, ClearChargingProfileType)
                else self.charging_profile_criteria
            )
        return wire


_KEYS_ClearChargingProfileRequest = frozenset(
    {"customData", "chargingProfileId", "chargingProfileCriteria"}
)


def _check_ClearChargingProfileRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearChargingProfileRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearChargingProfileRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("chargingProfileId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/chargingProfileId", "integer", item))
    item = value.get("chargingProfileCriteria", ABSENT)
    if item is not ABSENT:
        _check_ClearChargingProfileType(item, f"{path}/chargingProfileCriteria", errors)


def _decode_ClearChargingProfileRequest(
    value: object, path: str, errors: list[Violation]
) -> ClearChargingProfileRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearChargingProfileRequest)
    count = len(errors)
    if not _KEYS_ClearChargingProfileRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearChargingProfileRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("chargingProfileId", ABSENT)
    if item is ABSENT:
        f_charging_profile_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/chargingProfileId", "integer", item))
    else:
        f_charging_profile_id = item if type(item) is int else int(item)
    item = value.get("chargingProfileCriteria", ABSENT)
    if item is ABSENT:
        f_charging_profile_criteria = None
    else:
        f_charging_profile_criteria = _decode_ClearChargingProfileType(
            item, f"{path}/chargingProfileCriteria", errors
        )
    if len(errors) != count:
        return _invalid(ClearChargingProfileRequest)
    return ClearChargingProfileRequest(
        custom_data=f_custom_data,
        charging_profile_id=f_charging_profile_id,
        charging_profile_criteria=f_charging_profile_criteria,
    )


@dataclass(slots=True, kw_only=True)
class ClearChargingProfileResponse(Payload):
    """The answer to ClearChargingProfileRequest."""

    status: ClearChargingProfileStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "ClearChargingProfileResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearChargingProfileResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearChargingProfileResponse", _decode_ClearChargingProfileResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearChargingProfileResponse", _check_ClearChargingProfileResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, ClearChargingProfileStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_ClearChargingProfileResponse = frozenset({"customData", "status", "statusInfo"})


def _check_ClearChargingProfileResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearChargingProfileResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearChargingProfileResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_ClearChargingProfileStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "ClearChargingProfileStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_ClearChargingProfileResponse(
    value: object, path: str, errors: list[Violation]
) -> ClearChargingProfileResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearChargingProfileResponse)
    count = len(errors)
    if not _KEYS_ClearChargingProfileResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearChargingProfileResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_ClearChargingProfileStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "ClearChargingProfileStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(ClearChargingProfileResponse)
    return ClearChargingProfileResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class ClearDisplayMessageRequest(Payload):
    """The ClearDisplayMessage request, sent by the CSMS to the Charging Station."""

    id: int
    """Id of the message that SHALL be removed from the Charging Station."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "ClearDisplayMessageRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "id": "id",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearDisplayMessageRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearDisplayMessageRequest", _decode_ClearDisplayMessageRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearDisplayMessageRequest", _check_ClearDisplayMessageRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "id": self.id,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_ClearDisplayMessageRequest = frozenset({"customData", "id"})


def _check_ClearDisplayMessageRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearDisplayMessageRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearDisplayMessageRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("id", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "id"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/id", "integer", item))


def _decode_ClearDisplayMessageRequest(
    value: object, path: str, errors: list[Violation]
) -> ClearDisplayMessageRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearDisplayMessageRequest)
    count = len(errors)
    if not _KEYS_ClearDisplayMessageRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearDisplayMessageRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("id", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "id"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/id", "integer", item))
    else:
        f_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(ClearDisplayMessageRequest)
    return ClearDisplayMessageRequest(
        custom_data=f_custom_data,
        id=f_id,
    )


@dataclass(slots=True, kw_only=True)
class ClearDisplayMessageResponse(Payload):
    """The answer to ClearDisplayMessageRequest."""

    status: ClearMessageStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "ClearDisplayMessageResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearDisplayMessageResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearDisplayMessageResponse", _decode_ClearDisplayMessageResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearDisplayMessageResponse", _check_ClearDisplayMessageResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, ClearMessageStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_ClearDisplayMessageResponse = frozenset({"customData", "status", "statusInfo"})


def _check_ClearDisplayMessageResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearDisplayMessageResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearDisplayMessageResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_ClearMessageStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "ClearMessageStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_ClearDisplayMessageResponse(
    value: object, path: str, errors: list[Violation]
) -> ClearDisplayMessageResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearDisplayMessageResponse)
    count = len(errors)
    if not _KEYS_ClearDisplayMessageResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearDisplayMessageResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_ClearMessageStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "ClearMessageStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(ClearDisplayMessageResponse)
    return ClearDisplayMessageResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class ClearedChargingLimitRequest(Payload):
    """The ClearedChargingLimit request, sent by the Charging Station to the CSMS."""

    charging_limit_source: ChargingLimitSourceEnumType
    custom_data: CustomDataType | None = None
    evse_id: int | None = None
    """EVSE Identifier."""

    SCHEMA: ClassVar[str] = "ClearedChargingLimitRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "charging_limit_source": "chargingLimitSource",
        "evse_id": "evseId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearedChargingLimitRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearedChargingLimitRequest", _decode_ClearedChargingLimitRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearedChargingLimitRequest", _check_ClearedChargingLimitRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "chargingLimitSource": (
                self.charging_limit_source._value_
                if isinstance(self.charging_limit_source, ChargingLimitSourceEnumType)
                else self.charging_limit_source
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.evse_id is not None:
            wire["evseId"] = self.evse_id
        return wire


_KEYS_ClearedChargingLimitRequest = frozenset({"customData", "chargingLimitSource", "evseId"})


def _check_ClearedChargingLimitRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearedChargingLimitRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearedChargingLimitRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("chargingLimitSource", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "chargingLimitSource"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/chargingLimitSource", "string", item))
    elif item not in _ENUM_ChargingLimitSourceEnumType:
        errors.append(
            _not_in_enum(f"{path}/chargingLimitSource", "ChargingLimitSourceEnumType", item)
        )
    item = value.get("evseId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/evseId", "integer", item))


def _decode_ClearedChargingLimitRequest(
    value: object, path: str, errors: list[Violation]
) -> ClearedChargingLimitRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearedChargingLimitRequest)
    count = len(errors)
    if not _KEYS_ClearedChargingLimitRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearedChargingLimitRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("chargingLimitSource", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "chargingLimitSource"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/chargingLimitSource", "string", item))
    elif (decoded_charging_limit_source1 := _ENUM_ChargingLimitSourceEnumType.get(item)) is None:
        errors.append(
            _not_in_enum(f"{path}/chargingLimitSource", "ChargingLimitSourceEnumType", item)
        )
    else:
        f_charging_limit_source = decoded_charging_limit_source1
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        f_evse_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    else:
        f_evse_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(ClearedChargingLimitRequest)
    return ClearedChargingLimitRequest(
        custom_data=f_custom_data,
        charging_limit_source=f_charging_limit_source,
        evse_id=f_evse_id,
    )


@dataclass(slots=True, kw_only=True)
class ClearedChargingLimitResponse(Payload):
    """The answer to ClearedChargingLimitRequest."""

    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "ClearedChargingLimitResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearedChargingLimitResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearedChargingLimitResponse", _decode_ClearedChargingLimitResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearedChargingLimitResponse", _check_ClearedChargingLimitResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_ClearedChargingLimitResponse = frozenset({"customData"})


def _check_ClearedChargingLimitResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearedChargingLimitResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearedChargingLimitResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)


def _decode_ClearedChargingLimitResponse(
    value: object, path: str, errors: list[Violation]
) -> ClearedChargingLimitResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearedChargingLimitResponse)
    count = len(errors)
    if not _KEYS_ClearedChargingLimitResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearedChargingLimitResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    if len(errors) != count:
        return _invalid(ClearedChargingLimitResponse)
    return ClearedChargingLimitResponse(
        custom_data=f_custom_data,
    )


@dataclass(slots=True, kw_only=True)
class ClearVariableMonitoringRequest(Payload):
    """The ClearVariableMonitoring request, sent by the CSMS to the Charging Station."""

    id: list[int]
    """List of the monitors to be cleared, identified by there Id.

    At least 1 item."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "ClearVariableMonitoringRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "id": "id",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearVariableMonitoringRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearVariableMonitoringRequest", _decode_ClearVariableMonitoringRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid(
            "ClearVariableMonitoringRequest", _check_ClearVariableMonitoringRequest, wire
        )
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "id": (list(self.id) if isinstance(self.id, list) else self.id),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_ClearVariableMonitoringRequest = frozenset({"customData", "id"})


def _check_ClearVariableMonitoringRequest(
    value: object, path: str, errors: list[Violation]
) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearVariableMonitoringRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearVariableMonitoringRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("id", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "id"))
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/id", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/id", 1, item))
        for index1, item1 in enumerate(item):
            if not _is_integer(item1):
                errors.append(_wrong_type(f"{path}/id/{index1}", "integer", item1))


def _decode_ClearVariableMonitoringRequest(
    value: object, path: str, errors: list[Violation]
) -> ClearVariableMonitoringRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearVariableMonitoringRequest)
    count = len(errors)
    if not _KEYS_ClearVariableMonitoringRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearVariableMonitoringRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("id", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "id"))
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/id", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/id", 1, item))
        items_id1: list[int] = []
        for index1, item1 in enumerate(item):
            if not _is_integer(item1):
                errors.append(_wrong_type(f"{path}/id/{index1}", "integer", item1))
            else:
                items_id1.append(item1 if type(item1) is int else int(item1))
        f_id = items_id1
    if len(errors) != count:
        return _invalid(ClearVariableMonitoringRequest)
    return ClearVariableMonitoringRequest(
        custom_data=f_custom_data,
        id=f_id,
    )


@dataclass(slots=True, kw_only=True)
class ClearVariableMonitoringResponse(Payload):
    """The answer to ClearVariableMonitoringRequest."""

    clear_monitoring_result: list[ClearMonitoringResultType]
    """At least 1 item."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "ClearVariableMonitoringResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "clear_monitoring_result": "clearMonitoringResult",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearVariableMonitoringResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearVariableMonitoringResponse", _decode_ClearVariableMonitoringResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid(
            "ClearVariableMonitoringResponse", _check_ClearVariableMonitoringResponse, wire
        )
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "clearMonitoringResult": (
                [
                    (item1._to_wire() if isinstance(item1, ClearMonitoringResultType) else item1)
                    for item1 in self.clear_monitoring_result
                ]
                if isinstance(self.clear_monitoring_result, list)
                else self.clear_monitoring_result
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_ClearVariableMonitoringResponse = frozenset({"customData", "clearMonitoringResult"})


def _check_ClearVariableMonitoringResponse(
    value: object, path: str, errors: list[Violation]
) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearVariableMonitoringResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearVariableMonitoringResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("clearMonitoringResult", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "clearMonitoringResult"))
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/clearMonitoringResult", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/clearMonitoringResult", 1, item))
        for index1, item1 in enumerate(item):
            _check_ClearMonitoringResultType(
                item1, f"{path}/clearMonitoringResult/{index1}", errors
            )


def _decode_ClearVariableMonitoringResponse(
    value: object, path: str, errors: list[Violation]
) -> ClearVariableMonitoringResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearVariableMonitoringResponse)
    count = len(errors)
    if not _KEYS_ClearVariableMonitoringResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearVariableMonitoringResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("clearMonitoringResult", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "clearMonitoringResult"))
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/clearMonitoringResult", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/clearMonitoringResult", 1, item))
        items_clear_monitoring_result1: list[ClearMonitoringResultType] = []
        for index1, item1 in enumerate(item):
            items_clear_monitoring_result1.append(
                _decode_ClearMonitoringResultType(
                    item1, f"{path}/clearMonitoringResult/{index1}", errors
                )
            )
        f_clear_monitoring_result = items_clear_monitoring_result1
    if len(errors) != count:
        return _invalid(ClearVariableMonitoringResponse)
    return ClearVariableMonitoringResponse(
        custom_data=f_custom_data,
        clear_monitoring_result=f_clear_monitoring_result,
    )


@dataclass(slots=True, kw_only=True)
class CostUpdatedRequest(Payload):
    """The CostUpdated request, sent by the CSMS to the Charging Station."""

    total_cost: float
    """Current total cost, based on the information known by the CSMS, of the transaction including
    taxes. In the currency configured with the configuration Variable: [Currency]"""
    transaction_id: str
    """Transaction Id of the transaction the current cost are asked for.

    At most 36 characters."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "CostUpdatedRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "total_cost": "totalCost",
        "transaction_id": "transactionId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CostUpdatedRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("CostUpdatedRequest", _decode_CostUpdatedRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CostUpdatedRequest", _check_CostUpdatedRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "totalCost": self.total_cost,
            "transactionId": self.transaction_id,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_CostUpdatedRequest = frozenset({"customData", "totalCost", "transactionId"})


def _check_CostUpdatedRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CostUpdatedRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_CostUpdatedRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("totalCost", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "totalCost"))
    elif not _is_number(item):
        errors.append(_wrong_type(f"{path}/totalCost", "number", item))
    item = value.get("transactionId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "transactionId"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/transactionId", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/transactionId", 36, item))


def _decode_CostUpdatedRequest(
    value: object, path: str, errors: list[Violation]
) -> CostUpdatedRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CostUpdatedRequest)
    count = len(errors)
    if not _KEYS_CostUpdatedRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_CostUpdatedRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("totalCost", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "totalCost"))
    elif not _is_number(item):
        errors.append(_wrong_type(f"{path}/totalCost", "number", item))
    else:
        f_total_cost = item
    item = value.get("transactionId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "transactionId"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/transactionId", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/transactionId", 36, item))
    else:
        f_transaction_id = item
    if len(errors) != count:
        return _invalid(CostUpdatedRequest)
    return CostUpdatedRequest(
        custom_data=f_custom_data,
        total_cost=f_total_cost,
        transaction_id=f_transaction_id,
    )


@dataclass(slots=True, kw_only=True)
class CostUpdatedResponse(Payload):
    """The answer to CostUpdatedRequest."""

    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "CostUpdatedResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CostUpdatedResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("CostUpdatedResponse", _decode_CostUpdatedResponse, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CostUpdatedResponse", _check_CostUpdatedResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_CostUpdatedResponse = frozenset({"customData"})


def _check_CostUpdatedResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CostUpdatedResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_CostUpdatedResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)


def _decode_CostUpdatedResponse(
    value: object, path: str, errors: list[Violation]
) -> CostUpdatedResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CostUpdatedResponse)
    count = len(errors)
    if not _KEYS_CostUpdatedResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_CostUpdatedResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    if len(errors) != count:
        return _invalid(CostUpdatedResponse)
    return CostUpdatedResponse(
        custom_data=f_custom_data,
    )


@dataclass(slots=True, kw_only=True)
class CustomerInformationRequest(Payload):
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

    SCHEMA: ClassVar[str] = "CustomerInformationRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "customer_certificate": "customerCertificate",
        "id_token": "idToken",
        "request_id": "requestId",
        "report": "report",
        "clear": "clear",
        "customer_identifier": "customerIdentifier",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CustomerInformationRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "CustomerInformationRequest", _decode_CustomerInformationRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CustomerInformationRequest", _check_CustomerInformationRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "requestId": self.request_id,
            "report": self.report,
            "clear": self.clear,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.customer_certificate is not None:
            wire["customerCertificate"] = (
                self.customer_certificate._to_wire()
                if isinstance(self.customer_certificate, CertificateHashDataType)
                else self.customer_certificate
            )
        if self.id_token is not None:
            wire["idToken"] = (
                self.id_token._to_wire()
                if isinstance(self.id_token, IdTokenType)
                else self.id_token
            )
        if self.customer_identifier is not None:
            wire["customerIdentifier"] = self.customer_identifier
        return wire


_KEYS_CustomerInformationRequest = frozenset(
    {
        "customData",
        "customerCertificate",
        "idToken",
        "requestId",
        "report",
        "clear",
        "customerIdentifier",
    }
)


def _check_CustomerInformationRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CustomerInformationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_CustomerInformationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("customerCertificate", ABSENT)
    if item is not ABSENT:
        _check_CertificateHashDataType(item, f"{path}/customerCertificate", errors)
    item = value.get("idToken", ABSENT)
    if item is not ABSENT:
        _check_IdTokenType(item, f"{path}/idToken", errors)
    item = value.get("requestId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "requestId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/requestId", "integer", item))
    item = value.get("report", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "report"))
    elif not isinstance(item, bool):
        errors.append(_wrong_type(f"{path}/report", "boolean", item))
    item = value.get("clear", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "clear"))
    elif not isinstance(item, bool):
        errors.append(_wrong_type(f"{path}/clear", "boolean", item))
    item = value.get("customerIdentifier", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/customerIdentifier", "string", item))
        elif len(item) > 64:
            errors.append(_too_long(f"{path}/customerIdentifier", 64, item))


def _decode_CustomerInformationRequest(
    value: object, path: str, errors: list[Violation]
) -> CustomerInformationRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CustomerInformationRequest)
    count = len(errors)
    if not _KEYS_CustomerInformationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_CustomerInformationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("customerCertificate", ABSENT)
    if item is ABSENT:
        f_customer_certificate = None
    else:
        f_customer_certificate = _decode_CertificateHashDataType(
            item, f"{path}/customerCertificate", errors
        )
    item = value.get("idToken", ABSENT)
    if item is ABSENT:
        f_id_token = None
    else:
        f_id_token = _decode_IdTokenType(item, f"{path}/idToken", errors)
    item = value.get("requestId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "requestId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/requestId", "integer", item))
    else:
        f_request_id = item if type(item) is int else int(item)
    item = value.get("report", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "report"))
    elif not isinstance(item, bool):
        errors.append(_wrong_type(f"{path}/report", "boolean", item))
    else:
        f_report = item
    item = value.get("clear", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "clear"))
    elif not isinstance(item, bool):
        errors.append(_wrong_type(f"{path}/clear", "boolean", item))
    else:
        f_clear = item
    item = value.get("customerIdentifier", ABSENT)
    if item is ABSENT:
        f_customer_identifier = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/customerIdentifier", "string", item))
    elif len(item) > 64:
        errors.append(_too_long(f"{path}/customerIdentifier", 64, item))
    else:
        f_customer_identifier = item
    if len(errors) != count:
        return _invalid(CustomerInformationRequest)
    return CustomerInformationRequest(
        custom_data=f_custom_data,
        customer_certificate=f_customer_certificate,
        id_token=f_id_token,
        request_id=f_request_id,
        report=f_report,
        clear=f_clear,
        customer_identifier=f_customer_identifier,
    )


@dataclass(slots=True, kw_only=True)
class CustomerInformationResponse(Payload):
    """The answer to CustomerInformationRequest."""

    status: CustomerInformationStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "CustomerInformationResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CustomerInformationResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "CustomerInformationResponse", _decode_CustomerInformationResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CustomerInformationResponse", _check_CustomerInformationResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, CustomerInformationStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_CustomerInformationResponse = frozenset({"customData", "status", "statusInfo"})


def _check_CustomerInformationResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CustomerInformationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_CustomerInformationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_CustomerInformationStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "CustomerInformationStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_CustomerInformationResponse(
    value: object, path: str, errors: list[Violation]
) -> CustomerInformationResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CustomerInformationResponse)
    count = len(errors)
    if not _KEYS_CustomerInformationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_CustomerInformationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_CustomerInformationStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "CustomerInformationStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(CustomerInformationResponse)
    return CustomerInformationResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class DataTransferRequest(Payload):
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

    SCHEMA: ClassVar[str] = "DataTransferRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "message_id": "messageId",
        "data": "data",
        "vendor_id": "vendorId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> DataTransferRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("DataTransferRequest", _decode_DataTransferRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("DataTransferRequest", _check_DataTransferRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "vendorId": self.vendor_id,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.message_id is not None:
            wire["messageId"] = self.message_id
        if self.data is not ABSENT:
            wire["data"] = self.data
        return wire


_KEYS_DataTransferRequest = frozenset({"customData", "messageId", "data", "vendorId"})


def _check_DataTransferRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_DataTransferRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_DataTransferRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("messageId", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/messageId", "string", item))
        elif len(item) > 50:
            errors.append(_too_long(f"{path}/messageId", 50, item))
    item = value.get("vendorId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "vendorId"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/vendorId", "string", item))
    elif len(item) > 255:
        errors.append(_too_long(f"{path}/vendorId", 255, item))


def _decode_DataTransferRequest(
    value: object, path: str, errors: list[Violation]
) -> DataTransferRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(DataTransferRequest)
    count = len(errors)
    if not _KEYS_DataTransferRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_DataTransferRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("messageId", ABSENT)
    if item is ABSENT:
        f_message_id = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/messageId", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/messageId", 50, item))
    else:
        f_message_id = item
    item = value.get("data", ABSENT)
    if item is ABSENT:
        f_data = ABSENT
    else:
        f_data = item
    item = value.get("vendorId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "vendorId"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/vendorId", "string", item))
    elif len(item) > 255:
        errors.append(_too_long(f"{path}/vendorId", 255, item))
    else:
        f_vendor_id = item
    if len(errors) != count:
        return _invalid(DataTransferRequest)
    return DataTransferRequest(
        custom_data=f_custom_data,
        message_id=f_message_id,
        data=f_data,
        vendor_id=f_vendor_id,
    )


@dataclass(slots=True, kw_only=True)
class DataTransferResponse(Payload):
    """The answer to DataTransferRequest."""

    status: DataTransferStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None
    data: Any = ABSENT
    """Data without specified length or format, in response to request."""

    SCHEMA: ClassVar[str] = "DataTransferResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
        "data": "data",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> DataTransferResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("DataTransferResponse", _decode_DataTransferResponse, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("DataTransferResponse", _check_DataTransferResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, DataTransferStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        if self.data is not ABSENT:
            wire["data"] = self.data
        return wire


_KEYS_DataTransferResponse = frozenset({"customData", "status", "statusInfo", "data"})


def _check_DataTransferResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_DataTransferResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_DataTransferResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_DataTransferStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "DataTransferStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_DataTransferResponse(
    value: object, path: str, errors: list[Violation]
) -> DataTransferResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(DataTransferResponse)
    count = len(errors)
    if not _KEYS_DataTransferResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_DataTransferResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_DataTransferStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "DataTransferStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    item = value.get("data", ABSENT)
    if item is ABSENT:
        f_data = ABSENT
    else:
        f_data = item
    if len(errors) != count:
        return _invalid(DataTransferResponse)
    return DataTransferResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
        data=f_data,
    )


@dataclass(slots=True, kw_only=True)
class DeleteCertificateRequest(Payload):
    """The DeleteCertificate request, sent by the CSMS to the Charging Station."""

    certificate_hash_data: CertificateHashDataType
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "DeleteCertificateRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "certificate_hash_data": "certificateHashData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> DeleteCertificateRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "DeleteCertificateRequest", _decode_DeleteCertificateRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("DeleteCertificateRequest", _check_DeleteCertificateRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "certificateHashData": (
                self.certificate_hash_data._to_wire()
                if isinstance(self.certificate_hash_data, CertificateHashDataType)
                else self.certificate_hash_data
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_DeleteCertificateRequest = frozenset({"customData", "certificateHashData"})


def _check_DeleteCertificateRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_DeleteCertificateRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_DeleteCertificateRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("certificateHashData", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "certificateHashData"))
    else:
        _check_CertificateHashDataType(item, f"{path}/certificateHashData", errors)


def _decode_DeleteCertificateRequest(
    value: object, path: str, errors: list[Violation]
) -> DeleteCertificateRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(DeleteCertificateRequest)
    count = len(errors)
    if not _KEYS_DeleteCertificateRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_DeleteCertificateRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("certificateHashData", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "certificateHashData"))
    else:
        f_certificate_hash_data = _decode_CertificateHashDataType(
            item, f"{path}/certificateHashData", errors
        )
    if len(errors) != count:
        return _invalid(DeleteCertificateRequest)
    return DeleteCertificateRequest(
        custom_data=f_custom_data,
        certificate_hash_data=f_certificate_hash_data,
    )


@dataclass(slots=True, kw_only=True)
class DeleteCertificateResponse(Payload):
    """The answer to DeleteCertificateRequest."""

    status: DeleteCertificateStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "DeleteCertificateResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> DeleteCertificateResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "DeleteCertificateResponse", _decode_DeleteCertificateResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("DeleteCertificateResponse", _check_DeleteCertificateResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, DeleteCertificateStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_DeleteCertificateResponse = frozenset({"customData", "status", "statusInfo"})


def _check_DeleteCertificateResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_DeleteCertificateResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_DeleteCertificateResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_DeleteCertificateStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "DeleteCertificateStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_DeleteCertificateResponse(
    value: object, path: str, errors: list[Violation]
) -> DeleteCertificateResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(DeleteCertificateResponse)
    count = len(errors)
    if not _KEYS_DeleteCertificateResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_DeleteCertificateResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_DeleteCertificateStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "DeleteCertificateStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(DeleteCertificateResponse)
    return DeleteCertificateResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class FirmwareStatusNotificationRequest(Payload):
    """The FirmwareStatusNotification request, sent by the Charging Station to the CSMS."""

    status: FirmwareStatusEnumType
    custom_data: CustomDataType | None = None
    request_id: int | None = None
    """The request id that was provided in the
    UpdateFirmwareRequest that started this firmware update.
    This field is mandatory, unless the message was triggered by a TriggerMessageRequest AND
    there is no firmware update ongoing."""

    SCHEMA: ClassVar[str] = "FirmwareStatusNotificationRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "request_id": "requestId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> FirmwareStatusNotificationRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "FirmwareStatusNotificationRequest", _decode_FirmwareStatusNotificationRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid(
            "FirmwareStatusNotificationRequest", _check_FirmwareStatusNotificationRequest, wire
        )
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, FirmwareStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.request_id is not None:
            wire["requestId"] = self.request_id
        return wire


_KEYS_FirmwareStatusNotificationRequest = frozenset({"customData", "status", "requestId"})


def _check_FirmwareStatusNotificationRequest(
    value: object, path: str, errors: list[Violation]
) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_FirmwareStatusNotificationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_FirmwareStatusNotificationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_FirmwareStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "FirmwareStatusEnumType", item))
    item = value.get("requestId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/requestId", "integer", item))


def _decode_FirmwareStatusNotificationRequest(
    value: object, path: str, errors: list[Violation]
) -> FirmwareStatusNotificationRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(FirmwareStatusNotificationRequest)
    count = len(errors)
    if not _KEYS_FirmwareStatusNotificationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_FirmwareStatusNotificationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_FirmwareStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "FirmwareStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("requestId", ABSENT)
    if item is ABSENT:
        f_request_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/requestId", "integer", item))
    else:
        f_request_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(FirmwareStatusNotificationRequest)
    return FirmwareStatusNotificationRequest(
        custom_data=f_custom_data,
        status=f_status,
        request_id=f_request_id,
    )


@dataclass(slots=True, kw_only=True)
class FirmwareStatusNotificationResponse(Payload):
    """The answer to FirmwareStatusNotificationRequest."""

    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "FirmwareStatusNotificationResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> FirmwareStatusNotificationResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "FirmwareStatusNotificationResponse",
            _decode_FirmwareStatusNotificationResponse,
            payload,
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid(
            "FirmwareStatusNotificationResponse", _check_FirmwareStatusNotificationResponse, wire
        )
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_FirmwareStatusNotificationResponse = frozenset({"customData"})


def _check_FirmwareStatusNotificationResponse(
    value: object, path: str, errors: list[Violation]
) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_FirmwareStatusNotificationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_FirmwareStatusNotificationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)


def _decode_FirmwareStatusNotificationResponse(
    value: object, path: str, errors: list[Violation]
) -> FirmwareStatusNotificationResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(FirmwareStatusNotificationResponse)
    count = len(errors)
    if not _KEYS_FirmwareStatusNotificationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_FirmwareStatusNotificationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    if len(errors) != count:
        return _invalid(FirmwareStatusNotificationResponse)
    return FirmwareStatusNotificationResponse(
        custom_data=f_custom_data,
    )


@dataclass(slots=True, kw_only=True)
class GetChargingProfilesRequest(Payload):
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

    SCHEMA: ClassVar[str] = "GetChargingProfilesRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "request_id": "requestId",
        "evse_id": "evseId",
        "charging_profile": "chargingProfile",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> GetChargingProfilesRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "GetChargingProfilesRequest", _decode_GetChargingProfilesRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("GetChargingProfilesRequest", _check_GetChargingProfilesRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "requestId": self.request_id,
            "chargingProfile": (
                self.charging_profile._to_wire()
                if isinstance(self.charging_profile, ChargingProfileCriterionType)
                else self.charging_profile
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.evse_id is not None:
            wire["evseId"] = self.evse_id
        return wire


_KEYS_GetChargingProfilesRequest = frozenset(
    {"customData", "requestId", "evseId", "chargingProfile"}
)


def _check_GetChargingProfilesRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_GetChargingProfilesRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_GetChargingProfilesRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("requestId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "requestId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/requestId", "integer", item))
    item = value.get("evseId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    item = value.get("chargingProfile", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "chargingProfile"))
    else:
        _check_ChargingProfileCriterionType(item, f"{path}/chargingProfile", errors)


def _decode_GetChargingProfilesRequest(
    value: object, path: str, errors: list[Violation]
) -> GetChargingProfilesRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(GetChargingProfilesRequest)
    count = len(errors)
    if not _KEYS_GetChargingProfilesRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_GetChargingProfilesRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("requestId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "requestId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/requestId", "integer", item))
    else:
        f_request_id = item if type(item) is int else int(item)
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        f_evse_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    else:
        f_evse_id = item if type(item) is int else int(item)
    item = value.get("chargingProfile", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "chargingProfile"))
    else:
        f_charging_profile = _decode_ChargingProfileCriterionType(
            item, f"{path}/chargingProfile", errors
        )
    if len(errors) != count:
        return _invalid(GetChargingProfilesRequest)
    return GetChargingProfilesRequest(
        custom_data=f_custom_data,
        request_id=f_request_id,
        evse_id=f_evse_id,
        charging_profile=f_charging_profile,
    )


@dataclass(slots=True, kw_only=True)
class GetChargingProfilesResponse(Payload):
    """The answer to GetChargingProfilesRequest."""

    status: GetChargingProfileStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "GetChargingProfilesResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> GetChargingProfilesResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "GetChargingProfilesResponse", _decode_GetChargingProfilesResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("GetChargingProfilesResponse", _check_GetChargingProfilesResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, GetChargingProfileStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_GetChargingProfilesResponse = frozenset({"customData", "status", "statusInfo"})


def _check_GetChargingProfilesResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_GetChargingProfilesResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_GetChargingProfilesResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_GetChargingProfileStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "GetChargingProfileStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_GetChargingProfilesResponse(
    value: object, path: str, errors: list[Violation]
) -> GetChargingProfilesResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(GetChargingProfilesResponse)
    count = len(errors)
    if not _KEYS_GetChargingProfilesResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_GetChargingProfilesResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_GetChargingProfileStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "GetChargingProfileStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(GetChargingProfilesResponse)
    return GetChargingProfilesResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class GetLocalListVersionRequest(Payload):
    """The GetLocalListVersion request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "GetLocalListVersionRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> GetLocalListVersionRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "GetLocalListVersionRequest", _decode_GetLocalListVersionRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("GetLocalListVersionRequest", _check_GetLocalListVersionRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_GetLocalListVersionRequest = frozenset({"customData"})


def _check_GetLocalListVersionRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_GetLocalListVersionRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_GetLocalListVersionRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)


def _decode_GetLocalListVersionRequest(
    value: object, path: str, errors: list[Violation]
) -> GetLocalListVersionRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(GetLocalListVersionRequest)
    count = len(errors)
    if not _KEYS_GetLocalListVersionRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_GetLocalListVersionRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    if len(errors) != count:
        return _invalid(GetLocalListVersionRequest)
    return GetLocalListVersionRequest(
        custom_data=f_custom_data,
    )


@dataclass(slots=True, kw_only=True)
class GetLocalListVersionResponse(Payload):
    """The answer to GetLocalListVersionRequest."""

    version_number: int
    """This contains the current version number of the local authorization list in the Charging
    Station."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "GetLocalListVersionResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "version_number": "versionNumber",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> GetLocalListVersionResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "GetLocalListVersionResponse", _decode_GetLocalListVersionResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("GetLocalListVersionResponse", _check_GetLocalListVersionResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "versionNumber": self.version_number,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_GetLocalListVersionResponse = frozenset({"customData", "versionNumber"})


def _check_GetLocalListVersionResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_GetLocalListVersionResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_GetLocalListVersionResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("versionNumber", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "versionNumber"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/versionNumber", "integer", item))


def _decode_GetLocalListVersionResponse(
    value: object, path: str, errors: list[Violation]
) -> GetLocalListVersionResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(GetLocalListVersionResponse)
    count = len(errors)
    if not _KEYS_GetLocalListVersionResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_GetLocalListVersionResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("versionNumber", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "versionNumber"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/versionNumber", "integer", item))
    else:
        f_version_number = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(GetLocalListVersionResponse)
    return GetLocalListVersionResponse(
        custom_data=f_custom_data,
        version_number=f_version_number,
    )


@dataclass(slots=True, kw_only=True)
class GetTransactionStatusRequest(Payload):
    """The GetTransactionStatus request, sent by the CSMS to the Charging Station."""

    custom_data: CustomDataType | None = None
    transaction_id: str | None = None
    """The Id of the transaction for which the status is requested.

    At most 36 characters."""

    SCHEMA: ClassVar[str] = "GetTransactionStatusRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "transaction_id": "transactionId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> GetTransactionStatusRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "GetTransactionStatusRequest", _decode_GetTransactionStatusRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("GetTransactionStatusRequest", _check_GetTransactionStatusRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.transaction_id is not None:
            wire["transactionId"] = self.transaction_id
        return wire


_KEYS_GetTransactionStatusRequest = frozenset({"customData", "transactionId"})


def _check_GetTransactionStatusRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_GetTransactionStatusRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_GetTransactionStatusRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("transactionId", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/transactionId", "string", item))
        elif len(item) > 36:
            errors.append(_too_long(f"{path}/transactionId", 36, item))


def _decode_GetTransactionStatusRequest(
    value: object, path: str, errors: list[Violation]
) -> GetTransactionStatusRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(GetTransactionStatusRequest)
    count = len(errors)
    if not _KEYS_GetTransactionStatusRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_GetTransactionStatusRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("transactionId", ABSENT)
    if item is ABSENT:
        f_transaction_id = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/transactionId", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/transactionId", 36, item))
    else:
        f_transaction_id = item
    if len(errors) != count:
        return _invalid(GetTransactionStatusRequest)
    return GetTransactionStatusRequest(
        custom_data=f_custom_data,
        transaction_id=f_transaction_id,
    )


@dataclass(slots=True, kw_only=True)
class GetTransactionStatusResponse(Payload):
    """The answer to GetTransactionStatusRequest."""

    messages_in_queue: bool
    """Whether there are still message to be delivered."""
    custom_data: CustomDataType | None = None
    ongoing_indicator: bool | None = None
    """Whether the transaction is still ongoing."""

    SCHEMA: ClassVar[str] = "GetTransactionStatusResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "ongoing_indicator": "ongoingIndicator",
        "messages_in_queue": "messagesInQueue",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> GetTransactionStatusResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "GetTransactionStatusResponse", _decode_GetTransactionStatusResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("GetTransactionStatusResponse", _check_GetTransactionStatusResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "messagesInQueue": self.messages_in_queue,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.ongoing_indicator is not None:
            wire["ongoingIndicator"] = self.ongoing_indicator
        return wire


_KEYS_GetTransactionStatusResponse = frozenset(
    {"customData", "ongoingIndicator", "messagesInQueue"}
)


def _check_GetTransactionStatusResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_GetTransactionStatusResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_GetTransactionStatusResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("ongoingIndicator", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, bool):
            errors.append(_wrong_type(f"{path}/ongoingIndicator", "boolean", item))
    item = value.get("messagesInQueue", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "messagesInQueue"))
    elif not isinstance(item, bool):
        errors.append(_wrong_type(f"{path}/messagesInQueue", "boolean", item))


def _decode_GetTransactionStatusResponse(
    value: object, path: str, errors: list[Violation]
) -> GetTransactionStatusResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(GetTransactionStatusResponse)
    count = len(errors)
    if not _KEYS_GetTransactionStatusResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_GetTransactionStatusResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("ongoingIndicator", ABSENT)
    if item is ABSENT:
        f_ongoing_indicator = None
    elif not isinstance(item, bool):
        errors.append(_wrong_type(f"{path}/ongoingIndicator", "boolean", item))
    else:
        f_ongoing_indicator = item
    item = value.get("messagesInQueue", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "messagesInQueue"))
    elif not isinstance(item, bool):
        errors.append(_wrong_type(f"{path}/messagesInQueue", "boolean", item))
    else:
        f_messages_in_queue = item
    if len(errors) != count:
        return _invalid(GetTransactionStatusResponse)
    return GetTransactionStatusResponse(
        custom_data=f_custom_data,
        ongoing_indicator=f_ongoing_indicator,
        messages_in_queue=f_messages_in_queue,
    )


@dataclass(slots=True, kw_only=True)
class HeartbeatRequest(Payload):
    """The Heartbeat request, sent by the Charging Station to the CSMS."""

    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "HeartbeatRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> HeartbeatRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("HeartbeatRequest", _decode_HeartbeatRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("HeartbeatRequest", _check_HeartbeatRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_HeartbeatRequest = frozenset({"customData"})


def _check_HeartbeatRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_HeartbeatRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_HeartbeatRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)


def _decode_HeartbeatRequest(value: object, path: str, errors: list[Violation]) -> HeartbeatRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(HeartbeatRequest)
    count = len(errors)
    if not _KEYS_HeartbeatRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_HeartbeatRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    if len(errors) != count:
        return _invalid(HeartbeatRequest)
    return HeartbeatRequest(
        custom_data=f_custom_data,
    )


@dataclass(slots=True, kw_only=True)
class HeartbeatResponse(Payload):
    """The answer to HeartbeatRequest."""

    current_time: datetime
    """Contains the current time of the CSMS."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "HeartbeatResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "current_time": "currentTime",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> HeartbeatResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("HeartbeatResponse", _decode_HeartbeatResponse, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("HeartbeatResponse", _check_HeartbeatResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "currentTime": _format_datetime(self.current_time),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_HeartbeatResponse = frozenset({"customData", "currentTime"})


def _check_HeartbeatResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_HeartbeatResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_HeartbeatResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("currentTime", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "currentTime"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/currentTime", "string", item))
    elif not _is_datetime(item):
        errors.append(_bad_datetime(f"{path}/currentTime", item))


def _decode_HeartbeatResponse(
    value: object, path: str, errors: list[Violation]
) -> HeartbeatResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(HeartbeatResponse)
    count = len(errors)
    if not _KEYS_HeartbeatResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_HeartbeatResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("currentTime", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "currentTime"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/currentTime", "string", item))
    elif (decoded_current_time1 := _datetime_or_none(item)) is None:
        errors.append(_bad_datetime(f"{path}/currentTime", item))
    else:
        f_current_time = decoded_current_time1
    if len(errors) != count:
        return _invalid(HeartbeatResponse)
    return HeartbeatResponse(
        custom_data=f_custom_data,
        current_time=f_current_time,
    )


@dataclass(slots=True, kw_only=True)
class MeterValuesRequest(Payload):
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

    SCHEMA: ClassVar[str] = "MeterValuesRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "evse_id": "evseId",
        "meter_value": "meterValue",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> MeterValuesRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("MeterValuesRequest", _decode_MeterValuesRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("MeterValuesRequest", _check_MeterValuesRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "evseId": self.evse_id,
            "meterValue": (
                [
                    (item1._to_wire() if isinstance(item1, MeterValueType) else item1)
                    for item1 in self.meter_value
                ]
                if isinstance(self.meter_value, list)
                else self.meter_value
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_MeterValuesRequest = frozenset({"customData", "evseId", "meterValue"})


def _check_MeterValuesRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_MeterValuesRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_MeterValuesRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "evseId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    item = value.get("meterValue", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "meterValue"))
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/meterValue", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/meterValue", 1, item))
        for index1, item1 in enumerate(item):
            _check_MeterValueType(item1, f"{path}/meterValue/{index1}", errors)


def _decode_MeterValuesRequest(
    value: object, path: str, errors: list[Violation]
) -> MeterValuesRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(MeterValuesRequest)
    count = len(errors)
    if not _KEYS_MeterValuesRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_MeterValuesRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "evseId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    else:
        f_evse_id = item if type(item) is int else int(item)
    item = value.get("meterValue", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "meterValue"))
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/meterValue", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/meterValue", 1, item))
        items_meter_value1: list[MeterValueType] = []
        for index1, item1 in enumerate(item):
            items_meter_value1.append(
                _decode_MeterValueType(item1, f"{path}/meterValue/{index1}", errors)
            )
        f_meter_value = items_meter_value1
    if len(errors) != count:
        return _invalid(MeterValuesRequest)
    return MeterValuesRequest(
        custom_data=f_custom_data,
        evse_id=f_evse_id,
        meter_value=f_meter_value,
    )


@dataclass(slots=True, kw_only=True)
class MeterValuesResponse(Payload):
    """The answer to MeterValuesRequest."""

    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "MeterValuesResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> MeterValuesResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("MeterValuesResponse", _decode_MeterValuesResponse, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("MeterValuesResponse", _check_MeterValuesResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_MeterValuesResponse = frozenset({"customData"})


def _check_MeterValuesResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_MeterValuesResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_MeterValuesResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)


def _decode_MeterValuesResponse(
    value: object, path: str, errors: list[Violation]
) -> MeterValuesResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(MeterValuesResponse)
    count = len(errors)
    if not _KEYS_MeterValuesResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_MeterValuesResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    if len(errors) != count:
        return _invalid(MeterValuesResponse)
    return MeterValuesResponse(
        custom_data=f_custom_data,
    )


@dataclass(slots=True, kw_only=True)
class ResetRequest(Payload):
    """The Reset request, sent by the CSMS to the Charging Station."""

    type: ResetEnumType
    custom_data: CustomDataType | None = None
    evse_id: int | None = None
    """This contains the ID of a specific EVSE that needs to be reset, instead of the entire
    Charging Station."""

    SCHEMA: ClassVar[str] = "ResetRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "type": "type",
        "evse_id": "evseId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ResetRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("ResetRequest", _decode_ResetRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ResetRequest", _check_ResetRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "type": (self.type._value_ if isinstance(self.type, ResetEnumType) else self.type),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.evse_id is not None:
            wire["evseId"] = self.evse_id
        return wire


_KEYS_ResetRequest = frozenset({"customData", "type", "evseId"})


def _check_ResetRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ResetRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ResetRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("type", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "type"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/type", "string", item))
    elif item not in _ENUM_ResetEnumType:
        errors.append(_not_in_enum(f"{path}/type", "ResetEnumType", item))
    item = value.get("evseId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/evseId", "integer", item))


def _decode_ResetRequest(value: object, path: str, errors: list[Violation]) -> ResetRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ResetRequest)
    count = len(errors)
    if not _KEYS_ResetRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_ResetRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("type", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "type"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/type", "string", item))
    elif (decoded_type1 := _ENUM_ResetEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/type", "ResetEnumType", item))
    else:
        f_type = decoded_type1
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        f_evse_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    else:
        f_evse_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(ResetRequest)
    return ResetRequest(
        custom_data=f_custom_data,
        type=f_type,
        evse_id=f_evse_id,
    )


@dataclass(slots=True, kw_only=True)
class ResetResponse(Payload):
    """The answer to ResetRequest."""

    status: ResetStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "ResetResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ResetResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("ResetResponse", _decode_ResetResponse, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ResetResponse", _check_ResetResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_ if isinstance(self.status, ResetStatusEnumType) else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_ResetResponse = frozenset({"customData", "status", "statusInfo"})


def _check_ResetResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ResetResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ResetResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_ResetStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "ResetStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_ResetResponse(value: object, path: str, errors: list[Violation]) -> ResetResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ResetResponse)
    count = len(errors)
    if not _KEYS_ResetResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_ResetResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_ResetStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "ResetStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(ResetResponse)
    return ResetResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
class StatusNotificationRequest(Payload):
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

    SCHEMA: ClassVar[str] = "StatusNotificationRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "timestamp": "timestamp",
        "connector_status": "connectorStatus",
        "evse_id": "evseId",
        "connector_id": "connectorId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> StatusNotificationRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "StatusNotificationRequest", _decode_StatusNotificationRequest, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("StatusNotificationRequest", _check_StatusNotificationRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "timestamp": _format_datetime(self.timestamp),
            "connectorStatus": (
                self.connector_status._value_
                if isinstance(self.connector_status, ConnectorStatusEnumType)
                else self.connector_status
            ),
            "evseId": self.evse_id,
            "connectorId": self.connector_id,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_StatusNotificationRequest = frozenset(
    {"customData", "timestamp", "connectorStatus", "evseId", "connectorId"}
)


def _check_StatusNotificationRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_StatusNotificationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_StatusNotificationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("timestamp", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "timestamp"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/timestamp", "string", item))
    elif not _is_datetime(item):
        errors.append(_bad_datetime(f"{path}/timestamp", item))
    item = value.get("connectorStatus", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "connectorStatus"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/connectorStatus", "string", item))
    elif item not in _ENUM_ConnectorStatusEnumType:
        errors.append(_not_in_enum(f"{path}/connectorStatus", "ConnectorStatusEnumType", item))
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "evseId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    item = value.get("connectorId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "connectorId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/connectorId", "integer", item))


def _decode_StatusNotificationRequest(
    value: object, path: str, errors: list[Violation]
) -> StatusNotificationRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(StatusNotificationRequest)
    count = len(errors)
    if not _KEYS_StatusNotificationRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_StatusNotificationRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("timestamp", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "timestamp"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/timestamp", "string", item))
    elif (decoded_timestamp1 := _datetime_or_none(item)) is None:
        errors.append(_bad_datetime(f"{path}/timestamp", item))
    else:
        f_timestamp = decoded_timestamp1
    item = value.get("connectorStatus", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "connectorStatus"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/connectorStatus", "string", item))
    elif (decoded_connector_status1 := _ENUM_ConnectorStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/connectorStatus", "ConnectorStatusEnumType", item))
    else:
        f_connector_status = decoded_connector_status1
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "evseId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    else:
        f_evse_id = item if type(item) is int else int(item)
    item = value.get("connectorId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "connectorId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/connectorId", "integer", item))
    else:
        f_connector_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(StatusNotificationRequest)
    return StatusNotificationRequest(
        custom_data=f_custom_data,
        timestamp=f_timestamp,
        connector_status=f_connector_status,
        evse_id=f_evse_id,
        connector_id=f_connector_id,
    )


@dataclass(slots=True, kw_only=True)
class StatusNotificationResponse(Payload):
    """The answer to StatusNotificationRequest."""

    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "StatusNotificationResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> StatusNotificationResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "StatusNotificationResponse", _decode_StatusNotificationResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("StatusNotificationResponse", _check_StatusNotificationResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_StatusNotificationResponse = frozenset({"customData"})


def _check_StatusNotificationResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_StatusNotificationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_StatusNotificationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)


def _decode_StatusNotificationResponse(
    value: object, path: str, errors: list[Violation]
) -> StatusNotificationResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(StatusNotificationResponse)
    count = len(errors)
    if not _KEYS_StatusNotificationResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_StatusNotificationResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    if len(errors) != count:
        return _invalid(StatusNotificationResponse)
    return StatusNotificationResponse(
        custom_data=f_custom_data,
    )


@dataclass(slots=True, kw_only=True)
class TransactionEventRequest(Payload):
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

    SCHEMA: ClassVar[str] = "TransactionEventRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
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
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> TransactionEventRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("TransactionEventRequest", _decode_TransactionEventRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("TransactionEventRequest", _check_TransactionEventRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "eventType": (
                self.event_type._value_
                if isinstance(self.event_type, TransactionEventEnumType)
                else self.event_type
            ),
            "timestamp": _format_datetime(self.timestamp),
            "triggerReason": (
                self.trigger_reason._value_
                if isinstance(self.trigger_reason, TriggerReasonEnumType)
                else self.trigger_reason
            ),
            "seqNo": self.seq_no,
            "transactionInfo": (
                self.transaction_info._to_wire()
                if isinstance(self.transaction_info, TransactionType)
                else self.transaction_info
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.meter_value is not None:
            wire["meterValue"] = (
                [
                    (item1._to_wire() if isinstance(item1, MeterValueType) else item1)
                    for item1 in self.meter_value
                ]
                if isinstance(self.meter_value, list)
                else self.meter_value
            )
        if self.offline is not None:
            wire["offline"] = self.offline
        if self.number_of_phases_used is not None:
            wire["numberOfPhasesUsed"] = self.number_of_phases_used
        if self.cable_max_current is not None:
            wire["cableMaxCurrent"] = self.cable_max_current
        if self.reservation_id is not None:
            wire["reservationId"] = self.reservation_id
        if self.evse is not None:
            wire["evse"] = self.evse._to_wire() if isinstance(self.evse, EVSEType) else self.evse
        if self.id_token is not None:
            wire["idToken"] = (
                self.id_token._to_wire()
                if isinstance(self.id_token, IdTokenType)
                else self.id_token
            )
        return wire


_KEYS_TransactionEventRequest = frozenset(
    {
        "customData",
        "eventType",
        "meterValue",
        "timestamp",
        "triggerReason",
        "seqNo",
        "offline",
        "numberOfPhasesUsed",
        "cableMaxCurrent",
        "reservationId",
        "transactionInfo",
        "evse",
        "idToken",
    }
)


def _check_TransactionEventRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_TransactionEventRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_TransactionEventRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("eventType", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "eventType"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/eventType", "string", item))
    elif item not in _ENUM_TransactionEventEnumType:
        errors.append(_not_in_enum(f"{path}/eventType", "TransactionEventEnumType", item))
    item = value.get("meterValue", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, list):
            errors.append(_wrong_type(f"{path}/meterValue", "array", item))
        else:
            if len(item) < 1:
                errors.append(_too_few(f"{path}/meterValue", 1, item))
            for index1, item1 in enumerate(item):
                _check_MeterValueType(item1, f"{path}/meterValue/{index1}", errors)
    item = value.get("timestamp", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "timestamp"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/timestamp", "string", item))
    elif not _is_datetime(item):
        errors.append(_bad_datetime(f"{path}/timestamp", item))
    item = value.get("triggerReason", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "triggerReason"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/triggerReason", "string", item))
    elif item not in _ENUM_TriggerReasonEnumType:
        errors.append(_not_in_enum(f"{path}/triggerReason", "TriggerReasonEnumType", item))
    item = value.get("seqNo", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "seqNo"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/seqNo", "integer", item))
    item = value.get("offline", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, bool):
            errors.append(_wrong_type(f"{path}/offline", "boolean", item))
    item = value.get("numberOfPhasesUsed", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/numberOfPhasesUsed", "integer", item))
    item = value.get("cableMaxCurrent", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/cableMaxCurrent", "integer", item))
    item = value.get("reservationId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/reservationId", "integer", item))
    item = value.get("transactionInfo", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "transactionInfo"))
    else:
        _check_TransactionType(item, f"{path}/transactionInfo", errors)
    item = value.get("evse", ABSENT)
    if item is not ABSENT:
        _check_EVSEType(item, f"{path}/evse", errors)
    item = value.get("idToken", ABSENT)
    if item is not ABSENT:
        _check_IdTokenType(item, f"{path}/idToken", errors)


def _decode_TransactionEventRequest(
    value: object, path: str, errors: list[Violation]
) -> TransactionEventRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(TransactionEventRequest)
    count = len(errors)
    if not _KEYS_TransactionEventRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_TransactionEventRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("eventType", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "eventType"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/eventType", "string", item))
    elif (decoded_event_type1 := _ENUM_TransactionEventEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/eventType", "TransactionEventEnumType", item))
    else:
        f_event_type = decoded_event_type1
    item = value.get("meterValue", ABSENT)
    if item is ABSENT:
        f_meter_value = None
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/meterValue", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/meterValue", 1, item))
        items_meter_value1: list[MeterValueType] = []
        for index1, item1 in enumerate(item):
            items_meter_value1.append(
                _decode_MeterValueType(item1, f"{path}/meterValue/{index1}", errors)
            )
        f_meter_value = items_meter_value1
    item = value.get("timestamp", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "timestamp"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/timestamp", "string", item))
    elif (decoded_timestamp1 := _datetime_or_none(item)) is None:
        errors.append(_bad_datetime(f"{path}/timestamp", item))
    else:
        f_timestamp = decoded_timestamp1
    item = value.get("triggerReason", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "triggerReason"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/triggerReason", "string", item))
    elif (decoded_trigger_reason1 := _ENUM_TriggerReasonEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/triggerReason", "TriggerReasonEnumType", item))
    else:
        f_trigger_reason = decoded_trigger_reason1
    item = value.get("seqNo", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "seqNo"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/seqNo", "integer", item))
    else:
        f_seq_no = item if type(item) is int else int(item)
    item = value.get("offline", ABSENT)
    if item is ABSENT:
        f_offline = None
    elif not isinstance(item, bool):
        errors.append(_wrong_type(f"{path}/offline", "boolean", item))
    else:
        f_offline = item
    item = value.get("numberOfPhasesUsed", ABSENT)
    if item is ABSENT:
        f_number_of_phases_used = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/numberOfPhasesUsed", "integer", item))
    else:
        f_number_of_phases_used = item if type(item) is int else int(item)
    item = value.get("cableMaxCurrent", ABSENT)
    if item is ABSENT:
        f_cable_max_current = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/cableMaxCurrent", "integer", item))
    else:
        f_cable_max_current = item if type(item) is int else int(item)
    item = value.get("reservationId", ABSENT)
    if item is ABSENT:
        f_reservation_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/reservationId", "integer", item))
    else:
        f_reservation_id = item if type(item) is int else int(item)
    item = value.get("transactionInfo", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "transactionInfo"))
    else:
        f_transaction_info = _decode_TransactionType(item, f"{path}/transactionInfo", errors)
    item = value.get("evse", ABSENT)
    if item is ABSENT:
        f_evse = None
    else:
        f_evse = _decode_EVSEType(item, f"{path}/evse", errors)
    item = value.get("idToken", ABSENT)
    if item is ABSENT:
        f_id_token = None
    else:
        f_id_token = _decode_IdTokenType(item, f"{path}/idToken", errors)
    if len(errors) != count:
        return _invalid(TransactionEventRequest)
    return TransactionEventRequest(
        custom_data=f_custom_data,
        event_type=f_event_type,
        meter_value=f_meter_value,
        timestamp=f_timestamp,
        trigger_reason=f_trigger_reason,
        seq_no=f_seq_no,
        offline=f_offline,
        number_of_phases_used=f_number_of_phases_used,
        cable_max_current=f_cable_max_current,
        reservation_id=f_reservation_id,
        transaction_info=f_transaction_info,
        evse=f_evse,
        id_token=f_id_token,
    )


@dataclass(slots=True, kw_only=True)
class TransactionEventResponse(Payload):
    """The answer to TransactionEventRequest."""

    custom_data: CustomDataType | None = None
    total_cost: float | None = None
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

    SCHEMA: ClassVar[str] = "TransactionEventResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "total_cost": "totalCost",
        "charging_priority": "chargingPriority",
        "id_token_info": "idTokenInfo",
        "updated_personal_message": "updatedPersonalMessage",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> TransactionEventResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "TransactionEventResponse", _decode_TransactionEventResponse, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("TransactionEventResponse", _check_TransactionEventResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.total_cost is not None:
            wire["totalCost"] = self.total_cost
        if self.charging_priority is not None:
            wire["chargingPriority"] = self.charging_priority
        if self.id_token_info is not None:
            wire["idTokenInfo"] = (
                self.id_token_info._to_wire()
                if isinstance(self.id_token_info, IdTokenInfoType)
                else self.id_token_info
            )
        if self.updated_personal_message is not None:
            wire["updatedPersonalMessage"] = (
                self.updated_personal_message._to_wire()
                if isinstance(self.updated_personal_message, MessageContentType)
                else self.updated_personal_message
            )
        return wire


_KEYS_TransactionEventResponse = frozenset(
    {"customData", "totalCost", "chargingPriority", "idTokenInfo", "updatedPersonalMessage"}
)


def _check_TransactionEventResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_TransactionEventResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_TransactionEventResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("totalCost", ABSENT)
    if item is not ABSENT:
        if not _is_number(item):
            errors.append(_wrong_type(f"{path}/totalCost", "number", item))
    item = value.get("chargingPriority", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/chargingPriority", "integer", item))
    item = value.get("idTokenInfo", ABSENT)
    if item is not ABSENT:
        _check_IdTokenInfoType(item, f"{path}/idTokenInfo", errors)
    item = value.get("updatedPersonalMessage", ABSENT)
    if item is not ABSENT:
        _check_MessageContentType(item, f"{path}/updatedPersonalMessage", errors)


def _decode_TransactionEventResponse(
    value: object, path: str, errors: list[Violation]
) -> TransactionEventResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(TransactionEventResponse)
    count = len(errors)
    if not _KEYS_TransactionEventResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_TransactionEventResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("totalCost", ABSENT)
    if item is ABSENT:
        f_total_cost = None
    elif not _is_number(item):
        errors.append(_wrong_type(f"{path}/totalCost", "number", item))
    else:
        f_total_cost = item
    item = value.get("chargingPriority", ABSENT)
    if item is ABSENT:
        f_charging_priority = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/chargingPriority", "integer", item))
    else:
        f_charging_priority = item if type(item) is int else int(item)
    item = value.get("idTokenInfo", ABSENT)
    if item is ABSENT:
        f_id_token_info = None
    else:
        f_id_token_info = _decode_IdTokenInfoType(item, f"{path}/idTokenInfo", errors)
    item = value.get("updatedPersonalMessage", ABSENT)
    if item is ABSENT:
        f_updated_personal_message = None
    else:
        f_updated_personal_message = _decode_MessageContentType(
            item, f"{path}/updatedPersonalMessage", errors
        )
    if len(errors) != count:
        return _invalid(TransactionEventResponse)
    return TransactionEventResponse(
        custom_data=f_custom_data,
        total_cost=f_total_cost,
        charging_priority=f_charging_priority,
        id_token_info=f_id_token_info,
        updated_personal_message=f_updated_personal_message,
    )


@dataclass(slots=True, kw_only=True)
class UnlockConnectorRequest(Payload):
    """The UnlockConnector request, sent by the CSMS to the Charging Station."""

    evse_id: int
    """This contains the identifier of the EVSE for which a connector needs to be unlocked."""
    connector_id: int
    """This contains the identifier of the connector that needs to be unlocked."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "UnlockConnectorRequest"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "evse_id": "evseId",
        "connector_id": "connectorId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> UnlockConnectorRequest:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("UnlockConnectorRequest", _decode_UnlockConnectorRequest, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("UnlockConnectorRequest", _check_UnlockConnectorRequest, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "evseId": self.evse_id,
            "connectorId": self.connector_id,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_UnlockConnectorRequest = frozenset({"customData", "evseId", "connectorId"})


def _check_UnlockConnectorRequest(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_UnlockConnectorRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_UnlockConnectorRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "evseId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    item = value.get("connectorId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "connectorId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/connectorId", "integer", item))


def _decode_UnlockConnectorRequest(
    value: object, path: str, errors: list[Violation]
) -> UnlockConnectorRequest:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(UnlockConnectorRequest)
    count = len(errors)
    if not _KEYS_UnlockConnectorRequest.issuperset(value):
        for key in value:
            if key not in _KEYS_UnlockConnectorRequest:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "evseId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    else:
        f_evse_id = item if type(item) is int else int(item)
    item = value.get("connectorId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "connectorId"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/connectorId", "integer", item))
    else:
        f_connector_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(UnlockConnectorRequest)
    return UnlockConnectorRequest(
        custom_data=f_custom_data,
        evse_id=f_evse_id,
        connector_id=f_connector_id,
    )


@dataclass(slots=True, kw_only=True)
class UnlockConnectorResponse(Payload):
    """The answer to UnlockConnectorRequest."""

    status: UnlockStatusEnumType
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "UnlockConnectorResponse"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> UnlockConnectorResponse:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("UnlockConnectorResponse", _decode_UnlockConnectorResponse, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("UnlockConnectorResponse", _check_UnlockConnectorResponse, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, UnlockStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.status_info is not None:
            wire["statusInfo"] = (
                self.status_info._to_wire()
                if isinstance(self.status_info, StatusInfoType)
                else self.status_info
            )
        return wire


_KEYS_UnlockConnectorResponse = frozenset({"customData", "status", "statusInfo"})


def _check_UnlockConnectorResponse(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_UnlockConnectorResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_UnlockConnectorResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_UnlockStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "UnlockStatusEnumType", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_UnlockConnectorResponse(
    value: object, path: str, errors: list[Violation]
) -> UnlockConnectorResponse:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(UnlockConnectorResponse)
    count = len(errors)
    if not _KEYS_UnlockConnectorResponse.issuperset(value):
        for key in value:
            if key not in _KEYS_UnlockConnectorResponse:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif (decoded_status1 := _ENUM_UnlockStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "UnlockStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(UnlockConnectorResponse)
    return UnlockConnectorResponse(
        custom_data=f_custom_data,
        status=f_status,
        status_info=f_status_info,
    )
