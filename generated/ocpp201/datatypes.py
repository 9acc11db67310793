"""Data types of OCPP 2.0.1: one dataclass per schema object definition.

Generated from the OCPP 2.0.1 JSON schemas by `make generate`; do not edit.
Each class validates on `from_dict` and `to_dict`; field names are snake_case and the wire
name of every field is listed in its `WIRE_NAMES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
    _with_extensions,
    _wrong_type,
)
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
    _ENUM_AuthorizationStatusEnumType,
    _ENUM_ChargingLimitSourceEnumType,
    _ENUM_ChargingProfilePurposeEnumType,
    _ENUM_ChargingStateEnumType,
    _ENUM_ClearMonitoringStatusEnumType,
    _ENUM_HashAlgorithmEnumType,
    _ENUM_IdTokenEnumType,
    _ENUM_LocationEnumType,
    _ENUM_MeasurandEnumType,
    _ENUM_MessageFormatEnumType,
    _ENUM_PhaseEnumType,
    _ENUM_ReadingContextEnumType,
    _ENUM_ReasonEnumType,
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


@dataclass(slots=True, kw_only=True)
class CustomDataType(Payload):
    """This class does not get 'AdditionalProperties = false' in the schema generation, so it can be
    extended with arbitrary JSON properties to allow adding custom data."""

    vendor_id: str
    """At most 255 characters."""
    extra_properties: dict[str, Any] = field(default_factory=dict)
    """Properties beyond those the schema declares (vendor extensions), as decoded JSON."""

    SCHEMA: ClassVar[str] = "CustomDataType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "vendor_id": "vendorId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CustomDataType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("CustomDataType", _decode_CustomDataType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CustomDataType", _check_CustomDataType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "vendorId": self.vendor_id,
        }
        return _with_extensions(wire, self.extra_properties, _KEYS_CustomDataType, "CustomDataType")


_KEYS_CustomDataType = frozenset({"vendorId"})


def _check_CustomDataType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    item = value.get("vendorId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "vendorId"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/vendorId", "string", item))
    elif len(item) > 255:
        errors.append(_too_long(f"{path}/vendorId", 255, item))


def _decode_CustomDataType(value: object, path: str, errors: list[Violation]) -> CustomDataType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CustomDataType)
    count = len(errors)
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
        return _invalid(CustomDataType)
    return CustomDataType(
        vendor_id=f_vendor_id,
        extra_properties={
            key: item for key, item in value.items() if key not in _KEYS_CustomDataType
        },
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "AdditionalInfoType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "additional_id_token": "additionalIdToken",
        "type": "type",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> AdditionalInfoType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("AdditionalInfoType", _decode_AdditionalInfoType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("AdditionalInfoType", _check_AdditionalInfoType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "additionalIdToken": self.additional_id_token,
            "type": self.type,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_AdditionalInfoType = frozenset({"customData", "additionalIdToken", "type"})


def _check_AdditionalInfoType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_AdditionalInfoType.issuperset(value):
        for key in value:
            if key not in _KEYS_AdditionalInfoType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("additionalIdToken", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "additionalIdToken"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/additionalIdToken", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/additionalIdToken", 36, item))
    item = value.get("type", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "type"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/type", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/type", 50, item))


def _decode_AdditionalInfoType(
    value: object, path: str, errors: list[Violation]
) -> AdditionalInfoType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(AdditionalInfoType)
    count = len(errors)
    if not _KEYS_AdditionalInfoType.issuperset(value):
        for key in value:
            if key not in _KEYS_AdditionalInfoType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("additionalIdToken", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "additionalIdToken"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/additionalIdToken", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/additionalIdToken", 36, item))
    else:
        f_additional_id_token = item
    item = value.get("type", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "type"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/type", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/type", 50, item))
    else:
        f_type = item
    if len(errors) != count:
        return _invalid(AdditionalInfoType)
    return AdditionalInfoType(
        custom_data=f_custom_data,
        additional_id_token=f_additional_id_token,
        type=f_type,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "CertificateHashDataType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "hash_algorithm": "hashAlgorithm",
        "issuer_name_hash": "issuerNameHash",
        "issuer_key_hash": "issuerKeyHash",
        "serial_number": "serialNumber",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> CertificateHashDataType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("CertificateHashDataType", _decode_CertificateHashDataType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("CertificateHashDataType", _check_CertificateHashDataType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "hashAlgorithm": (
                self.hash_algorithm._value_
                if isinstance(self.hash_algorithm, HashAlgorithmEnumType)
                else self.hash_algorithm
            ),
            "issuerNameHash": self.issuer_name_hash,
            "issuerKeyHash": self.issuer_key_hash,
            "serialNumber": self.serial_number,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_CertificateHashDataType = frozenset(
    {"customData", "hashAlgorithm", "issuerNameHash", "issuerKeyHash", "serialNumber"}
)


def _check_CertificateHashDataType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_CertificateHashDataType.issuperset(value):
        for key in value:
            if key not in _KEYS_CertificateHashDataType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("hashAlgorithm", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "hashAlgorithm"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/hashAlgorithm", "string", item))
    elif item not in _ENUM_HashAlgorithmEnumType:
        errors.append(_not_in_enum(f"{path}/hashAlgorithm", "HashAlgorithmEnumType", item))
    item = value.get("issuerNameHash", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "issuerNameHash"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/issuerNameHash", "string", item))
    elif len(item) > 128:
        errors.append(_too_long(f"{path}/issuerNameHash", 128, item))
    item = value.get("issuerKeyHash", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "issuerKeyHash"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/issuerKeyHash", "string", item))
    elif len(item) > 128:
        errors.append(_too_long(f"{path}/issuerKeyHash", 128, item))
    item = value.get("serialNumber", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "serialNumber"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/serialNumber", "string", item))
    elif len(item) > 40:
        errors.append(_too_long(f"{path}/serialNumber", 40, item))


def _decode_CertificateHashDataType(
    value: object, path: str, errors: list[Violation]
) -> CertificateHashDataType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(CertificateHashDataType)
    count = len(errors)
    if not _KEYS_CertificateHashDataType.issuperset(value):
        for key in value:
            if key not in _KEYS_CertificateHashDataType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("hashAlgorithm", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "hashAlgorithm"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/hashAlgorithm", "string", item))
    elif (decoded_hash_algorithm1 := _ENUM_HashAlgorithmEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/hashAlgorithm", "HashAlgorithmEnumType", item))
    else:
        f_hash_algorithm = decoded_hash_algorithm1
    item = value.get("issuerNameHash", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "issuerNameHash"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/issuerNameHash", "string", item))
    elif len(item) > 128:
        errors.append(_too_long(f"{path}/issuerNameHash", 128, item))
    else:
        f_issuer_name_hash = item
    item = value.get("issuerKeyHash", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "issuerKeyHash"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/issuerKeyHash", "string", item))
    elif len(item) > 128:
        errors.append(_too_long(f"{path}/issuerKeyHash", 128, item))
    else:
        f_issuer_key_hash = item
    item = value.get("serialNumber", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "serialNumber"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/serialNumber", "string", item))
    elif len(item) > 40:
        errors.append(_too_long(f"{path}/serialNumber", 40, item))
    else:
        f_serial_number = item
    if len(errors) != count:
        return _invalid(CertificateHashDataType)
    return CertificateHashDataType(
        custom_data=f_custom_data,
        hash_algorithm=f_hash_algorithm,
        issuer_name_hash=f_issuer_name_hash,
        issuer_key_hash=f_issuer_key_hash,
        serial_number=f_serial_number,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "ChargingProfileCriterionType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "charging_profile_purpose": "chargingProfilePurpose",
        "stack_level": "stackLevel",
        "charging_profile_id": "chargingProfileId",
        "charging_limit_source": "chargingLimitSource",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ChargingProfileCriterionType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ChargingProfileCriterionType", _decode_ChargingProfileCriterionType, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ChargingProfileCriterionType", _check_ChargingProfileCriterionType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.charging_profile_purpose is not None:
            wire["chargingProfilePurpose"] = (
                self.charging_profile_purpose._value_
                if isinstance(self.charging_profile_purpose, ChargingProfilePurposeEnumType)
                else self.charging_profile_purpose
            )
        if self.stack_level is not None:
            wire["stackLevel"] = self.stack_level
        if self.charging_profile_id is not None:
            wire["chargingProfileId"] = (
                list(self.charging_profile_id)
                if isinstance(self.charging_profile_id, list)
                else self.charging_profile_id
            )
        if self.charging_limit_source is not None:
            wire["chargingLimitSource"] = (
                [
                    (item1._value_ if isinstance(item1, ChargingLimitSourceEnumType) else item1)
                    for item1 in self.charging_limit_source
                ]
                if isinstance(self.charging_limit_source, list)
                else self.charging_limit_source
            )
        return wire


_KEYS_ChargingProfileCriterionType = frozenset(
    {
        "customData",
        "chargingProfilePurpose",
        "stackLevel",
        "chargingProfileId",
        "chargingLimitSource",
    }
)


def _check_ChargingProfileCriterionType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ChargingProfileCriterionType.issuperset(value):
        for key in value:
            if key not in _KEYS_ChargingProfileCriterionType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("chargingProfilePurpose", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/chargingProfilePurpose", "string", item))
        elif item not in _ENUM_ChargingProfilePurposeEnumType:
            errors.append(
                _not_in_enum(
                    f"{path}/chargingProfilePurpose", "ChargingProfilePurposeEnumType", item
                )
            )
    item = value.get("stackLevel", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/stackLevel", "integer", item))
    item = value.get("chargingProfileId", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, list):
            errors.append(_wrong_type(f"{path}/chargingProfileId", "array", item))
        else:
            if len(item) < 1:
                errors.append(_too_few(f"{path}/chargingProfileId", 1, item))
            for index1, item1 in enumerate(item):
                if not _is_integer(item1):
                    errors.append(
                        _wrong_type(f"{path}/chargingProfileId/{index1}", "integer", item1)
                    )
    item = value.get("chargingLimitSource", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, list):
            errors.append(_wrong_type(f"{path}/chargingLimitSource", "array", item))
        else:
            if len(item) < 1:
                errors.append(_too_few(f"{path}/chargingLimitSource", 1, item))
            if len(item) > 4:
                errors.append(_too_many(f"{path}/chargingLimitSource", 4, item))
            for index1, item1 in enumerate(item):
                if not isinstance(item1, str):
                    errors.append(
                        _wrong_type(f"{path}/chargingLimitSource/{index1}", "string", item1)
                    )
                elif item1 not in _ENUM_ChargingLimitSourceEnumType:
                    errors.append(
                        _not_in_enum(
                            f"{path}/chargingLimitSource/{index1}",
                            "ChargingLimitSourceEnumType",
                            item1,
                        )
                    )


def _decode_ChargingProfileCriterionType(
    value: object, path: str, errors: list[Violation]
) -> ChargingProfileCriterionType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ChargingProfileCriterionType)
    count = len(errors)
    if not _KEYS_ChargingProfileCriterionType.issuperset(value):
        for key in value:
            if key not in _KEYS_ChargingProfileCriterionType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("chargingProfilePurpose", ABSENT)
    if item is ABSENT:
        f_charging_profile_purpose = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/chargingProfilePurpose", "string", item))
    elif (
        decoded_charging_profile_purpose1 := _ENUM_ChargingProfilePurposeEnumType.get(item)
    ) is None:
        errors.append(
            _not_in_enum(f"{path}/chargingProfilePurpose", "ChargingProfilePurposeEnumType", item)
        )
    else:
        f_charging_profile_purpose = decoded_charging_profile_purpose1
    item = value.get("stackLevel", ABSENT)
    if item is ABSENT:
        f_stack_level = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/stackLevel", "integer", item))
    else:
        f_stack_level = item if type(item) is int else int(item)
    item = value.get("chargingProfileId", ABSENT)
    if item is ABSENT:
        f_charging_profile_id = None
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/chargingProfileId", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/chargingProfileId", 1, item))
        items_charging_profile_id1: list[int] = []
        for index1, item1 in enumerate(item):
            if not _is_integer(item1):
                errors.append(_wrong_type(f"{path}/chargingProfileId/{index1}", "integer", item1))
            else:
                items_charging_profile_id1.append(item1 if type(item1) is int else int(item1))
        f_charging_profile_id = items_charging_profile_id1
    item = value.get("chargingLimitSource", ABSENT)
    if item is ABSENT:
        f_charging_limit_source = None
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/chargingLimitSource", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/chargingLimitSource", 1, item))
        if len(item) > 4:
            errors.append(_too_many(f"{path}/chargingLimitSource", 4, item))
        items_charging_limit_source1: list[ChargingLimitSourceEnumType] = []
        for index1, item1 in enumerate(item):
            if not isinstance(item1, str):
                errors.append(_wrong_type(f"{path}/chargingLimitSource/{index1}", "string", item1))
            elif (
                decoded_charging_limit_source2 := _ENUM_ChargingLimitSourceEnumType.get(item1)
            ) is None:
                errors.append(
                    _not_in_enum(
                        f"{path}/chargingLimitSource/{index1}", "ChargingLimitSourceEnumType", item1
                    )
                )
            else:
                items_charging_limit_source1.append(decoded_charging_limit_source2)
        f_charging_limit_source = items_charging_limit_source1
    if len(errors) != count:
        return _invalid(ChargingProfileCriterionType)
    return ChargingProfileCriterionType(
        custom_data=f_custom_data,
        charging_profile_purpose=f_charging_profile_purpose,
        stack_level=f_stack_level,
        charging_profile_id=f_charging_profile_id,
        charging_limit_source=f_charging_limit_source,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "ModemType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "iccid": "iccid",
        "imsi": "imsi",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ModemType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("ModemType", _decode_ModemType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ModemType", _check_ModemType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.iccid is not None:
            wire["iccid"] = self.iccid
        if self.imsi is not None:
            wire["imsi"] = self.imsi
        return wire


_KEYS_ModemType = frozenset({"customData", "iccid", "imsi"})


def _check_ModemType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ModemType.issuperset(value):
        for key in value:
            if key not in _KEYS_ModemType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("iccid", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/iccid", "string", item))
        elif len(item) > 20:
            errors.append(_too_long(f"{path}/iccid", 20, item))
    item = value.get("imsi", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/imsi", "string", item))
        elif len(item) > 20:
            errors.append(_too_long(f"{path}/imsi", 20, item))


def _decode_ModemType(value: object, path: str, errors: list[Violation]) -> ModemType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ModemType)
    count = len(errors)
    if not _KEYS_ModemType.issuperset(value):
        for key in value:
            if key not in _KEYS_ModemType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("iccid", ABSENT)
    if item is ABSENT:
        f_iccid = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/iccid", "string", item))
    elif len(item) > 20:
        errors.append(_too_long(f"{path}/iccid", 20, item))
    else:
        f_iccid = item
    item = value.get("imsi", ABSENT)
    if item is ABSENT:
        f_imsi = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/imsi", "string", item))
    elif len(item) > 20:
        errors.append(_too_long(f"{path}/imsi", 20, item))
    else:
        f_imsi = item
    if len(errors) != count:
        return _invalid(ModemType)
    return ModemType(
        custom_data=f_custom_data,
        iccid=f_iccid,
        imsi=f_imsi,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "ChargingStationType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "serial_number": "serialNumber",
        "model": "model",
        "modem": "modem",
        "vendor_name": "vendorName",
        "firmware_version": "firmwareVersion",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ChargingStationType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("ChargingStationType", _decode_ChargingStationType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ChargingStationType", _check_ChargingStationType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "model": self.model,
            "vendorName": self.vendor_name,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.serial_number is not None:
            wire["serialNumber"] = self.serial_number
        if self.modem is not None:
            wire["modem"] = (
                self.modem._to_wire() if isinstance(self.modem, ModemType) else self.modem
            )
        if self.firmware_version is not None:
            wire["firmwareVersion"] = self.firmware_version
        return wire


_KEYS_ChargingStationType = frozenset(
    {"customData", "serialNumber", "model", "modem", "vendorName", "firmwareVersion"}
)


def _check_ChargingStationType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ChargingStationType.issuperset(value):
        for key in value:
            if key not in _KEYS_ChargingStationType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("serialNumber", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/serialNumber", "string", item))
        elif len(item) > 25:
            errors.append(_too_long(f"{path}/serialNumber", 25, item))
    item = value.get("model", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "model"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/model", "string", item))
    elif len(item) > 20:
        errors.append(_too_long(f"{path}/model", 20, item))
    item = value.get("modem", ABSENT)
    if item is not ABSENT:
        _check_ModemType(item, f"{path}/modem", errors)
    item = value.get("vendorName", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "vendorName"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/vendorName", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/vendorName", 50, item))
    item = value.get("firmwareVersion", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/firmwareVersion", "string", item))
        elif len(item) > 50:
            errors.append(_too_long(f"{path}/firmwareVersion", 50, item))


def _decode_ChargingStationType(
    value: object, path: str, errors: list[Violation]
) -> ChargingStationType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ChargingStationType)
    count = len(errors)
    if not _KEYS_ChargingStationType.issuperset(value):
        for key in value:
            if key not in _KEYS_ChargingStationType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("serialNumber", ABSENT)
    if item is ABSENT:
        f_serial_number = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/serialNumber", "string", item))
    elif len(item) > 25:
        errors.append(_too_long(f"{path}/serialNumber", 25, item))
    else:
        f_serial_number = item
    item = value.get("model", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "model"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/model", "string", item))
    elif len(item) > 20:
        errors.append(_too_long(f"{path}/model", 20, item))
    else:
        f_model = item
    item = value.get("modem", ABSENT)
    if item is ABSENT:
        f_modem = None
    else:
        f_modem = _decode_ModemType(item, f"{path}/modem", errors)
    item = value.get("vendorName", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "vendorName"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/vendorName", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/vendorName", 50, item))
    else:
        f_vendor_name = item
    item = value.get("firmwareVersion", ABSENT)
    if item is ABSENT:
        f_firmware_version = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/firmwareVersion", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/firmwareVersion", 50, item))
    else:
        f_firmware_version = item
    if len(errors) != count:
        return _invalid(ChargingStationType)
    return ChargingStationType(
        custom_data=f_custom_data,
        serial_number=f_serial_number,
        model=f_model,
        modem=f_modem,
        vendor_name=f_vendor_name,
        firmware_version=f_firmware_version,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "ClearChargingProfileType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "evse_id": "evseId",
        "charging_profile_purpose": "chargingProfilePurpose",
        "stack_level": "stackLevel",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearChargingProfileType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearChargingProfileType", _decode_ClearChargingProfileType, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearChargingProfileType", _check_ClearChargingProfileType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.evse_id is not None:
            wire["evseId"] = self.evse_id
        if self.charging_profile_purpose is not None:
            wire["chargingProfilePurpose"] = (
                self.charging_profile_purpose._value_
                if isinstance(self.charging_profile_purpose, ChargingProfilePurposeEnumType)
                else self.charging_profile_purpose
            )
        if self.stack_level is not None:
            wire["stackLevel"] = self.stack_level
        return wire


_KEYS_ClearChargingProfileType = frozenset(
    {"customData", "evseId", "chargingProfilePurpose", "stackLevel"}
)


def _check_ClearChargingProfileType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearChargingProfileType.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearChargingProfileType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("evseId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    item = value.get("chargingProfilePurpose", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/chargingProfilePurpose", "string", item))
        elif item not in _ENUM_ChargingProfilePurposeEnumType:
            errors.append(
                _not_in_enum(
                    f"{path}/chargingProfilePurpose", "ChargingProfilePurposeEnumType", item
                )
            )
    item = value.get("stackLevel", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/stackLevel", "integer", item))


def _decode_ClearChargingProfileType(
    value: object, path: str, errors: list[Violation]
) -> ClearChargingProfileType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearChargingProfileType)
    count = len(errors)
    if not _KEYS_ClearChargingProfileType.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearChargingProfileType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        f_evse_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/evseId", "integer", item))
    else:
        f_evse_id = item if type(item) is int else int(item)
    item = value.get("chargingProfilePurpose", ABSENT)
    if item is ABSENT:
        f_charging_profile_purpose = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/chargingProfilePurpose", "string", item))
    elif (
        decoded_charging_profile_purpose1 := _ENUM_ChargingProfilePurposeEnumType.get(item)
    ) is None:
        errors.append(
            _not_in_enum(f"{path}/chargingProfilePurpose", "ChargingProfilePurposeEnumType", item)
        )
    else:
        f_charging_profile_purpose = decoded_charging_profile_purpose1
    item = value.get("stackLevel", ABSENT)
    if item is ABSENT:
        f_stack_level = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/stackLevel", "integer", item))
    else:
        f_stack_level = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(ClearChargingProfileType)
    return ClearChargingProfileType(
        custom_data=f_custom_data,
        evse_id=f_evse_id,
        charging_profile_purpose=f_charging_profile_purpose,
        stack_level=f_stack_level,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "StatusInfoType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "reason_code": "reasonCode",
        "additional_info": "additionalInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> StatusInfoType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("StatusInfoType", _decode_StatusInfoType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("StatusInfoType", _check_StatusInfoType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "reasonCode": self.reason_code,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.additional_info is not None:
            wire["additionalInfo"] = self.additional_info
        return wire


_KEYS_StatusInfoType = frozenset({"customData", "reasonCode", "additionalInfo"})


def _check_StatusInfoType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_StatusInfoType.issuperset(value):
        for key in value:
            if key not in _KEYS_StatusInfoType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("reasonCode", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "reasonCode"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/reasonCode", "string", item))
    elif len(item) > 20:
        errors.append(_too_long(f"{path}/reasonCode", 20, item))
    item = value.get("additionalInfo", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/additionalInfo", "string", item))
        elif len(item) > 512:
            errors.append(_too_long(f"{path}/additionalInfo", 512, item))


def _decode_StatusInfoType(value: object, path: str, errors: list[Violation]) -> StatusInfoType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(StatusInfoType)
    count = len(errors)
    if not _KEYS_StatusInfoType.issuperset(value):
        for key in value:
            if key not in _KEYS_StatusInfoType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("reasonCode", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "reasonCode"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/reasonCode", "string", item))
    elif len(item) > 20:
        errors.append(_too_long(f"{path}/reasonCode", 20, item))
    else:
        f_reason_code = item
    item = value.get("additionalInfo", ABSENT)
    if item is ABSENT:
        f_additional_info = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/additionalInfo", "string", item))
    elif len(item) > 512:
        errors.append(_too_long(f"{path}/additionalInfo", 512, item))
    else:
        f_additional_info = item
    if len(errors) != count:
        return _invalid(StatusInfoType)
    return StatusInfoType(
        custom_data=f_custom_data,
        reason_code=f_reason_code,
        additional_info=f_additional_info,
    )


@dataclass(slots=True, kw_only=True)
class ClearMonitoringResultType(Payload):
    """Used by: ClearVariableMonitoring."""

    status: ClearMonitoringStatusEnumType
    id: int
    """Id of the monitor of which a clear was requested."""
    custom_data: CustomDataType | None = None
    status_info: StatusInfoType | None = None

    SCHEMA: ClassVar[str] = "ClearMonitoringResultType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "status": "status",
        "id": "id",
        "status_info": "statusInfo",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> ClearMonitoringResultType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise(
            "ClearMonitoringResultType", _decode_ClearMonitoringResultType, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("ClearMonitoringResultType", _check_ClearMonitoringResultType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, ClearMonitoringStatusEnumType)
                else self.status
            ),
            "id": self.id,
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


_KEYS_ClearMonitoringResultType = frozenset({"customData", "status", "id", "statusInfo"})


def _check_ClearMonitoringResultType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_ClearMonitoringResultType.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearMonitoringResultType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_ClearMonitoringStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "ClearMonitoringStatusEnumType", item))
    item = value.get("id", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "id"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/id", "integer", item))
    item = value.get("statusInfo", ABSENT)
    if item is not ABSENT:
        _check_StatusInfoType(item, f"{path}/statusInfo", errors)


def _decode_ClearMonitoringResultType(
    value: object, path: str, errors: list[Violation]
) -> ClearMonitoringResultType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(ClearMonitoringResultType)
    count = len(errors)
    if not _KEYS_ClearMonitoringResultType.issuperset(value):
        for key in value:
            if key not in _KEYS_ClearMonitoringResultType:
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
    elif (decoded_status1 := _ENUM_ClearMonitoringStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "ClearMonitoringStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("id", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "id"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/id", "integer", item))
    else:
        f_id = item if type(item) is int else int(item)
    item = value.get("statusInfo", ABSENT)
    if item is ABSENT:
        f_status_info = None
    else:
        f_status_info = _decode_StatusInfoType(item, f"{path}/statusInfo", errors)
    if len(errors) != count:
        return _invalid(ClearMonitoringResultType)
    return ClearMonitoringResultType(
        custom_data=f_custom_data,
        status=f_status,
        id=f_id,
        status_info=f_status_info,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "EVSEType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "id": "id",
        "connector_id": "connectorId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> EVSEType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("EVSEType", _decode_EVSEType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("EVSEType", _check_EVSEType, wire)
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
        if self.connector_id is not None:
            wire["connectorId"] = self.connector_id
        return wire


_KEYS_EVSEType = frozenset({"customData", "id", "connectorId"})


def _check_EVSEType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_EVSEType.issuperset(value):
        for key in value:
            if key not in _KEYS_EVSEType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("id", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "id"))
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/id", "integer", item))
    item = value.get("connectorId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/connectorId", "integer", item))


def _decode_EVSEType(value: object, path: str, errors: list[Violation]) -> EVSEType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(EVSEType)
    count = len(errors)
    if not _KEYS_EVSEType.issuperset(value):
        for key in value:
            if key not in _KEYS_EVSEType:
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
    item = value.get("connectorId", ABSENT)
    if item is ABSENT:
        f_connector_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/connectorId", "integer", item))
    else:
        f_connector_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(EVSEType)
    return EVSEType(
        custom_data=f_custom_data,
        id=f_id,
        connector_id=f_connector_id,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "IdTokenType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "additional_info": "additionalInfo",
        "id_token": "idToken",
        "type": "type",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> IdTokenType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("IdTokenType", _decode_IdTokenType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("IdTokenType", _check_IdTokenType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "idToken": self.id_token,
            "type": (self.type._value_ if isinstance(self.type, IdTokenEnumType) else self.type),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.additional_info is not None:
            wire["additionalInfo"] = (
                [
                    (item1._to_wire() if isinstance(item1, AdditionalInfoType) else item1)
                    for item1 in self.additional_info
                ]
                if isinstance(self.additional_info, list)
                else self.additional_info
            )
        return wire


_KEYS_IdTokenType = frozenset({"customData", "additionalInfo", "idToken", "type"})


def _check_IdTokenType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_IdTokenType.issuperset(value):
        for key in value:
            if key not in _KEYS_IdTokenType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("additionalInfo", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, list):
            errors.append(_wrong_type(f"{path}/additionalInfo", "array", item))
        else:
            if len(item) < 1:
                errors.append(_too_few(f"{path}/additionalInfo", 1, item))
            for index1, item1 in enumerate(item):
                _check_AdditionalInfoType(item1, f"{path}/additionalInfo/{index1}", errors)
    item = value.get("idToken", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "idToken"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/idToken", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/idToken", 36, item))
    item = value.get("type", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "type"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/type", "string", item))
    elif item not in _ENUM_IdTokenEnumType:
        errors.append(_not_in_enum(f"{path}/type", "IdTokenEnumType", item))


def _decode_IdTokenType(value: object, path: str, errors: list[Violation]) -> IdTokenType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(IdTokenType)
    count = len(errors)
    if not _KEYS_IdTokenType.issuperset(value):
        for key in value:
            if key not in _KEYS_IdTokenType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("additionalInfo", ABSENT)
    if item is ABSENT:
        f_additional_info = None
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/additionalInfo", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/additionalInfo", 1, item))
        items_additional_info1: list[AdditionalInfoType] = []
        for index1, item1 in enumerate(item):
            items_additional_info1.append(
                _decode_AdditionalInfoType(item1, f"{path}/additionalInfo/{index1}", errors)
            )
        f_additional_info = items_additional_info1
    item = value.get("idToken", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "idToken"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/idToken", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/idToken", 36, item))
    else:
        f_id_token = item
    item = value.get("type", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "type"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/type", "string", item))
    elif (decoded_type1 := _ENUM_IdTokenEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/type", "IdTokenEnumType", item))
    else:
        f_type = decoded_type1
    if len(errors) != count:
        return _invalid(IdTokenType)
    return IdTokenType(
        custom_data=f_custom_data,
        additional_info=f_additional_info,
        id_token=f_id_token,
        type=f_type,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "MessageContentType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "format": "format",
        "language": "language",
        "content": "content",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> MessageContentType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("MessageContentType", _decode_MessageContentType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("MessageContentType", _check_MessageContentType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "format": (
                self.format._value_
                if isinstance(self.format, MessageFormatEnumType)
                else self.format
            ),
            "content": self.content,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.language is not None:
            wire["language"] = self.language
        return wire


_KEYS_MessageContentType = frozenset({"customData", "format", "language", "content"})


def _check_MessageContentType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_MessageContentType.issuperset(value):
        for key in value:
            if key not in _KEYS_MessageContentType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("format", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "format"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/format", "string", item))
    elif item not in _ENUM_MessageFormatEnumType:
        errors.append(_not_in_enum(f"{path}/format", "MessageFormatEnumType", item))
    item = value.get("language", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/language", "string", item))
        elif len(item) > 8:
            errors.append(_too_long(f"{path}/language", 8, item))
    item = value.get("content", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "content"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/content", "string", item))
    elif len(item) > 512:
        errors.append(_too_long(f"{path}/content", 512, item))


def _decode_MessageContentType(
    value: object, path: str, errors: list[Violation]
) -> MessageContentType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(MessageContentType)
    count = len(errors)
    if not _KEYS_MessageContentType.issuperset(value):
        for key in value:
            if key not in _KEYS_MessageContentType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("format", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "format"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/format", "string", item))
    elif (decoded_format1 := _ENUM_MessageFormatEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/format", "MessageFormatEnumType", item))
    else:
        f_format = decoded_format1
    item = value.get("language", ABSENT)
    if item is ABSENT:
        f_language = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/language", "string", item))
    elif len(item) > 8:
        errors.append(_too_long(f"{path}/language", 8, item))
    else:
        f_language = item
    item = value.get("content", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "content"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/content", "string", item))
    elif len(item) > 512:
        errors.append(_too_long(f"{path}/content", 512, item))
    else:
        f_content = item
    if len(errors) != count:
        return _invalid(MessageContentType)
    return MessageContentType(
        custom_data=f_custom_data,
        format=f_format,
        language=f_language,
        content=f_content,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "IdTokenInfoType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
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
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> IdTokenInfoType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("IdTokenInfoType", _decode_IdTokenInfoType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("IdTokenInfoType", _check_IdTokenInfoType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "status": (
                self.status._value_
                if isinstance(self.status, AuthorizationStatusEnumType)
                else self.status
            ),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.cache_expiry_date_time is not None:
            wire["cacheExpiryDateTime"] = _format_datetime(self.cache_expiry_date_time)
        if self.charging_priority is not None:
            wire["chargingPriority"] = self.charging_priority
        if self.language1 is not None:
            wire["language1"] = self.language1
        if self.evse_id is not None:
            wire["evseId"] = list(self.evse_id) if isinstance(self.evse_id, list) else self.evse_id
        if self.group_id_token is not None:
            wire["groupIdToken"] = (
                self.group_id_token._to_wire()
                if isinstance(self.group_id_token, IdTokenType)
                else self.group_id_token
            )
        if self.language2 is not None:
            wire["language2"] = self.language2
        if self.personal_message is not None:
            wire["personalMessage"] = (
                self.personal_message._to_wire()
                if isinstance(self.personal_message, MessageContentType)
                else self.personal_message
            )
        return wire


_KEYS_IdTokenInfoType = frozenset(
    {
        "customData",
        "status",
        "cacheExpiryDateTime",
        "chargingPriority",
        "language1",
        "evseId",
        "groupIdToken",
        "language2",
        "personalMessage",
    }
)


def _check_IdTokenInfoType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_IdTokenInfoType.issuperset(value):
        for key in value:
            if key not in _KEYS_IdTokenInfoType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("status", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "status"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/status", "string", item))
    elif item not in _ENUM_AuthorizationStatusEnumType:
        errors.append(_not_in_enum(f"{path}/status", "AuthorizationStatusEnumType", item))
    item = value.get("cacheExpiryDateTime", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/cacheExpiryDateTime", "string", item))
        elif not _is_datetime(item):
            errors.append(_bad_datetime(f"{path}/cacheExpiryDateTime", item))
    item = value.get("chargingPriority", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/chargingPriority", "integer", item))
    item = value.get("language1", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/language1", "string", item))
        elif len(item) > 8:
            errors.append(_too_long(f"{path}/language1", 8, item))
    item = value.get("evseId", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, list):
            errors.append(_wrong_type(f"{path}/evseId", "array", item))
        else:
            if len(item) < 1:
                errors.append(_too_few(f"{path}/evseId", 1, item))
            for index1, item1 in enumerate(item):
                if not _is_integer(item1):
                    errors.append(_wrong_type(f"{path}/evseId/{index1}", "integer", item1))
    item = value.get("groupIdToken", ABSENT)
    if item is not ABSENT:
        _check_IdTokenType(item, f"{path}/groupIdToken", errors)
    item = value.get("language2", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/language2", "string", item))
        elif len(item) > 8:
            errors.append(_too_long(f"{path}/language2", 8, item))
    item = value.get("personalMessage", ABSENT)
    if item is not ABSENT:
        _check_MessageContentType(item, f"{path}/personalMessage", errors)


def _decode_IdTokenInfoType(value: object, path: str, errors: list[Violation]) -> IdTokenInfoType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(IdTokenInfoType)
    count = len(errors)
    if not _KEYS_IdTokenInfoType.issuperset(value):
        for key in value:
            if key not in _KEYS_IdTokenInfoType:
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
    elif (decoded_status1 := _ENUM_AuthorizationStatusEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/status", "AuthorizationStatusEnumType", item))
    else:
        f_status = decoded_status1
    item = value.get("cacheExpiryDateTime", ABSENT)
    if item is ABSENT:
        f_cache_expiry_date_time = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/cacheExpiryDateTime", "string", item))
    elif (decoded_cache_expiry_date_time1 := _datetime_or_none(item)) is None:
        errors.append(_bad_datetime(f"{path}/cacheExpiryDateTime", item))
    else:
        f_cache_expiry_date_time = decoded_cache_expiry_date_time1
    item = value.get("chargingPriority", ABSENT)
    if item is ABSENT:
        f_charging_priority = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/chargingPriority", "integer", item))
    else:
        f_charging_priority = item if type(item) is int else int(item)
    item = value.get("language1", ABSENT)
    if item is ABSENT:
        f_language1 = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/language1", "string", item))
    elif len(item) > 8:
        errors.append(_too_long(f"{path}/language1", 8, item))
    else:
        f_language1 = item
    item = value.get("evseId", ABSENT)
    if item is ABSENT:
        f_evse_id = None
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/evseId", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/evseId", 1, item))
        items_evse_id1: list[int] = []
        for index1, item1 in enumerate(item):
            if not _is_integer(item1):
                errors.append(_wrong_type(f"{path}/evseId/{index1}", "integer", item1))
            else:
                items_evse_id1.append(item1 if type(item1) is int else int(item1))
        f_evse_id = items_evse_id1
    item = value.get("groupIdToken", ABSENT)
    if item is ABSENT:
        f_group_id_token = None
    else:
        f_group_id_token = _decode_IdTokenType(item, f"{path}/groupIdToken", errors)
    item = value.get("language2", ABSENT)
    if item is ABSENT:
        f_language2 = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/language2", "string", item))
    elif len(item) > 8:
        errors.append(_too_long(f"{path}/language2", 8, item))
    else:
        f_language2 = item
    item = value.get("personalMessage", ABSENT)
    if item is ABSENT:
        f_personal_message = None
    else:
        f_personal_message = _decode_MessageContentType(item, f"{path}/personalMessage", errors)
    if len(errors) != count:
        return _invalid(IdTokenInfoType)
    return IdTokenInfoType(
        custom_data=f_custom_data,
        status=f_status,
        cache_expiry_date_time=f_cache_expiry_date_time,
        charging_priority=f_charging_priority,
        language1=f_language1,
        evse_id=f_evse_id,
        group_id_token=f_group_id_token,
        language2=f_language2,
        personal_message=f_personal_message,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "SignedMeterValueType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "signed_meter_data": "signedMeterData",
        "signing_method": "signingMethod",
        "encoding_method": "encodingMethod",
        "public_key": "publicKey",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> SignedMeterValueType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("SignedMeterValueType", _decode_SignedMeterValueType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("SignedMeterValueType", _check_SignedMeterValueType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "signedMeterData": self.signed_meter_data,
            "signingMethod": self.signing_method,
            "encodingMethod": self.encoding_method,
            "publicKey": self.public_key,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_SignedMeterValueType = frozenset(
    {"customData", "signedMeterData", "signingMethod", "encodingMethod", "publicKey"}
)


def _check_SignedMeterValueType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_SignedMeterValueType.issuperset(value):
        for key in value:
            if key not in _KEYS_SignedMeterValueType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("signedMeterData", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "signedMeterData"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/signedMeterData", "string", item))
    elif len(item) > 2500:
        errors.append(_too_long(f"{path}/signedMeterData", 2500, item))
    item = value.get("signingMethod", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "signingMethod"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/signingMethod", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/signingMethod", 50, item))
    item = value.get("encodingMethod", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "encodingMethod"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/encodingMethod", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/encodingMethod", 50, item))
    item = value.get("publicKey", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "publicKey"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/publicKey", "string", item))
    elif len(item) > 2500:
        errors.append(_too_long(f"{path}/publicKey", 2500, item))


def _decode_SignedMeterValueType(
    value: object, path: str, errors: list[Violation]
) -> SignedMeterValueType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(SignedMeterValueType)
    count = len(errors)
    if not _KEYS_SignedMeterValueType.issuperset(value):
        for key in value:
            if key not in _KEYS_SignedMeterValueType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("signedMeterData", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "signedMeterData"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/signedMeterData", "string", item))
    elif len(item) > 2500:
        errors.append(_too_long(f"{path}/signedMeterData", 2500, item))
    else:
        f_signed_meter_data = item
    item = value.get("signingMethod", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "signingMethod"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/signingMethod", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/signingMethod", 50, item))
    else:
        f_signing_method = item
    item = value.get("encodingMethod", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "encodingMethod"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/encodingMethod", "string", item))
    elif len(item) > 50:
        errors.append(_too_long(f"{path}/encodingMethod", 50, item))
    else:
        f_encoding_method = item
    item = value.get("publicKey", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "publicKey"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/publicKey", "string", item))
    elif len(item) > 2500:
        errors.append(_too_long(f"{path}/publicKey", 2500, item))
    else:
        f_public_key = item
    if len(errors) != count:
        return _invalid(SignedMeterValueType)
    return SignedMeterValueType(
        custom_data=f_custom_data,
        signed_meter_data=f_signed_meter_data,
        signing_method=f_signing_method,
        encoding_method=f_encoding_method,
        public_key=f_public_key,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "UnitOfMeasureType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "unit": "unit",
        "multiplier": "multiplier",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> UnitOfMeasureType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("UnitOfMeasureType", _decode_UnitOfMeasureType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("UnitOfMeasureType", _check_UnitOfMeasureType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {}
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.unit is not None:
            wire["unit"] = self.unit
        if self.multiplier is not None:
            wire["multiplier"] = self.multiplier
        return wire


_KEYS_UnitOfMeasureType = frozenset({"customData", "unit", "multiplier"})


def _check_UnitOfMeasureType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_UnitOfMeasureType.issuperset(value):
        for key in value:
            if key not in _KEYS_UnitOfMeasureType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("unit", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/unit", "string", item))
        elif len(item) > 20:
            errors.append(_too_long(f"{path}/unit", 20, item))
    item = value.get("multiplier", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/multiplier", "integer", item))


def _decode_UnitOfMeasureType(
    value: object, path: str, errors: list[Violation]
) -> UnitOfMeasureType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(UnitOfMeasureType)
    count = len(errors)
    if not _KEYS_UnitOfMeasureType.issuperset(value):
        for key in value:
            if key not in _KEYS_UnitOfMeasureType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("unit", ABSENT)
    if item is ABSENT:
        f_unit = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/unit", "string", item))
    elif len(item) > 20:
        errors.append(_too_long(f"{path}/unit", 20, item))
    else:
        f_unit = item
    item = value.get("multiplier", ABSENT)
    if item is ABSENT:
        f_multiplier = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/multiplier", "integer", item))
    else:
        f_multiplier = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(UnitOfMeasureType)
    return UnitOfMeasureType(
        custom_data=f_custom_data,
        unit=f_unit,
        multiplier=f_multiplier,
    )


@dataclass(slots=True, kw_only=True)
class SampledValueType(Payload):
    """Single sampled value in MeterValues. Each value can be accompanied by optional fields.

    To save on mobile data usage, default values of all of the optional fields are such that. The
    value without any additional fields will be interpreted, as a register reading of active
    import energy in Wh (Watt-hour) units.

    Used by: MeterValues, TransactionEvent."""

    value: float
    """Indicates the measured value."""
    custom_data: CustomDataType | None = None
    context: ReadingContextEnumType | None = None
    measurand: MeasurandEnumType | None = None
    phase: PhaseEnumType | None = None
    location: LocationEnumType | None = None
    signed_meter_value: SignedMeterValueType | None = None
    unit_of_measure: UnitOfMeasureType | None = None

    SCHEMA: ClassVar[str] = "SampledValueType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "value": "value",
        "context": "context",
        "measurand": "measurand",
        "phase": "phase",
        "location": "location",
        "signed_meter_value": "signedMeterValue",
        "unit_of_measure": "unitOfMeasure",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> SampledValueType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("SampledValueType", _decode_SampledValueType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("SampledValueType", _check_SampledValueType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "value": self.value,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.context is not None:
            wire["context"] = (
                self.context._value_
                if isinstance(self.context, ReadingContextEnumType)
                else self.context
            )
        if self.measurand is not None:
            wire["measurand"] = (
                self.measurand._value_
                if isinstance(self.measurand, MeasurandEnumType)
                else self.measurand
            )
        if self.phase is not None:
            wire["phase"] = (
                self.phase._value_ if isinstance(self.phase, PhaseEnumType) else self.phase
            )
        if self.location is not None:
            wire["location"] = (
                self.location._value_
                if isinstance(self.location, LocationEnumType)
                else self.location
            )
        if self.signed_meter_value is not None:
            wire["signedMeterValue"] = (
                self.signed_meter_value._to_wire()
                if isinstance(self.signed_meter_value, SignedMeterValueType)
                else self.signed_meter_value
            )
        if self.unit_of_measure is not None:
            wire["unitOfMeasure"] = (
                self.unit_of_measure._to_wire()
                if isinstance(self.unit_of_measure, UnitOfMeasureType)
                else self.unit_of_measure
            )
        return wire


_KEYS_SampledValueType = frozenset(
    {
        "customData",
        "value",
        "context",
        "measurand",
        "phase",
        "location",
        "signedMeterValue",
        "unitOfMeasure",
    }
)


def _check_SampledValueType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_SampledValueType.issuperset(value):
        for key in value:
            if key not in _KEYS_SampledValueType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("value", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "value"))
    elif not _is_number(item):
        errors.append(_wrong_type(f"{path}/value", "number", item))
    item = value.get("context", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/context", "string", item))
        elif item not in _ENUM_ReadingContextEnumType:
            errors.append(_not_in_enum(f"{path}/context", "ReadingContextEnumType", item))
    item = value.get("measurand", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/measurand", "string", item))
        elif item not in _ENUM_MeasurandEnumType:
            errors.append(_not_in_enum(f"{path}/measurand", "MeasurandEnumType", item))
    item = value.get("phase", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/phase", "string", item))
        elif item not in _ENUM_PhaseEnumType:
            errors.append(_not_in_enum(f"{path}/phase", "PhaseEnumType", item))
    item = value.get("location", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/location", "string", item))
        elif item not in _ENUM_LocationEnumType:
            errors.append(_not_in_enum(f"{path}/location", "LocationEnumType", item))
    item = value.get("signedMeterValue", ABSENT)
    if item is not ABSENT:
        _check_SignedMeterValueType(item, f"{path}/signedMeterValue", errors)
    item = value.get("unitOfMeasure", ABSENT)
    if item is not ABSENT:
        _check_UnitOfMeasureType(item, f"{path}/unitOfMeasure", errors)


def _decode_SampledValueType(value: object, path: str, errors: list[Violation]) -> SampledValueType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(SampledValueType)
    count = len(errors)
    if not _KEYS_SampledValueType.issuperset(value):
        for key in value:
            if key not in _KEYS_SampledValueType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("value", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "value"))
    elif not _is_number(item):
        errors.append(_wrong_type(f"{path}/value", "number", item))
    else:
        f_value = item
    item = value.get("context", ABSENT)
    if item is ABSENT:
        f_context = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/context", "string", item))
    elif (decoded_context1 := _ENUM_ReadingContextEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/context", "ReadingContextEnumType", item))
    else:
        f_context = decoded_context1
    item = value.get("measurand", ABSENT)
    if item is ABSENT:
        f_measurand = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/measurand", "string", item))
    elif (decoded_measurand1 := _ENUM_MeasurandEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/measurand", "MeasurandEnumType", item))
    else:
        f_measurand = decoded_measurand1
    item = value.get("phase", ABSENT)
    if item is ABSENT:
        f_phase = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/phase", "string", item))
    elif (decoded_phase1 := _ENUM_PhaseEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/phase", "PhaseEnumType", item))
    else:
        f_phase = decoded_phase1
    item = value.get("location", ABSENT)
    if item is ABSENT:
        f_location = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/location", "string", item))
    elif (decoded_location1 := _ENUM_LocationEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/location", "LocationEnumType", item))
    else:
        f_location = decoded_location1
    item = value.get("signedMeterValue", ABSENT)
    if item is ABSENT:
        f_signed_meter_value = None
    else:
        f_signed_meter_value = _decode_SignedMeterValueType(
            item, f"{path}/signedMeterValue", errors
        )
    item = value.get("unitOfMeasure", ABSENT)
    if item is ABSENT:
        f_unit_of_measure = None
    else:
        f_unit_of_measure = _decode_UnitOfMeasureType(item, f"{path}/unitOfMeasure", errors)
    if len(errors) != count:
        return _invalid(SampledValueType)
    return SampledValueType(
        custom_data=f_custom_data,
        value=f_value,
        context=f_context,
        measurand=f_measurand,
        phase=f_phase,
        location=f_location,
        signed_meter_value=f_signed_meter_value,
        unit_of_measure=f_unit_of_measure,
    )


@dataclass(slots=True, kw_only=True)
class MeterValueType(Payload):
    """Collection of one or more sampled values in MeterValuesRequest and TransactionEvent. All
    sampled values in a MeterValue are sampled at the same point in time.

    Used by: MeterValues, TransactionEvent."""

    sampled_value: list[SampledValueType]
    """At least 1 item."""
    timestamp: datetime
    """Timestamp for measured value(s)."""
    custom_data: CustomDataType | None = None

    SCHEMA: ClassVar[str] = "MeterValueType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "sampled_value": "sampledValue",
        "timestamp": "timestamp",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> MeterValueType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("MeterValueType", _decode_MeterValueType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("MeterValueType", _check_MeterValueType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "sampledValue": (
                [
                    (item1._to_wire() if isinstance(item1, SampledValueType) else item1)
                    for item1 in self.sampled_value
                ]
                if isinstance(self.sampled_value, list)
                else self.sampled_value
            ),
            "timestamp": _format_datetime(self.timestamp),
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_MeterValueType = frozenset({"customData", "sampledValue", "timestamp"})


def _check_MeterValueType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_MeterValueType.issuperset(value):
        for key in value:
            if key not in _KEYS_MeterValueType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("sampledValue", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "sampledValue"))
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/sampledValue", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/sampledValue", 1, item))
        for index1, item1 in enumerate(item):
            _check_SampledValueType(item1, f"{path}/sampledValue/{index1}", errors)
    item = value.get("timestamp", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "timestamp"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/timestamp", "string", item))
    elif not _is_datetime(item):
        errors.append(_bad_datetime(f"{path}/timestamp", item))


def _decode_MeterValueType(value: object, path: str, errors: list[Violation]) -> MeterValueType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(MeterValueType)
    count = len(errors)
    if not _KEYS_MeterValueType.issuperset(value):
        for key in value:
            if key not in _KEYS_MeterValueType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("sampledValue", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "sampledValue"))
    elif not isinstance(item, list):
        errors.append(_wrong_type(f"{path}/sampledValue", "array", item))
    else:
        if len(item) < 1:
            errors.append(_too_few(f"{path}/sampledValue", 1, item))
        items_sampled_value1: list[SampledValueType] = []
        for index1, item1 in enumerate(item):
            items_sampled_value1.append(
                _decode_SampledValueType(item1, f"{path}/sampledValue/{index1}", errors)
            )
        f_sampled_value = items_sampled_value1
    item = value.get("timestamp", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "timestamp"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/timestamp", "string", item))
    elif (decoded_timestamp1 := _datetime_or_none(item)) is None:
        errors.append(_bad_datetime(f"{path}/timestamp", item))
    else:
        f_timestamp = decoded_timestamp1
    if len(errors) != count:
        return _invalid(MeterValueType)
    return MeterValueType(
        custom_data=f_custom_data,
        sampled_value=f_sampled_value,
        timestamp=f_timestamp,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "OCSPRequestDataType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "hash_algorithm": "hashAlgorithm",
        "issuer_name_hash": "issuerNameHash",
        "issuer_key_hash": "issuerKeyHash",
        "serial_number": "serialNumber",
        "responder_url": "responderURL",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> OCSPRequestDataType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("OCSPRequestDataType", _decode_OCSPRequestDataType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("OCSPRequestDataType", _check_OCSPRequestDataType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "hashAlgorithm": (
                self.hash_algorithm._value_
                if isinstance(self.hash_algorithm, HashAlgorithmEnumType)
                else self.hash_algorithm
            ),
            "issuerNameHash": self.issuer_name_hash,
            "issuerKeyHash": self.issuer_key_hash,
            "serialNumber": self.serial_number,
            "responderURL": self.responder_url,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        return wire


_KEYS_OCSPRequestDataType = frozenset(
    {
        "customData",
        "hashAlgorithm",
        "issuerNameHash",
        "issuerKeyHash",
        "serialNumber",
        "responderURL",
    }
)


def _check_OCSPRequestDataType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_OCSPRequestDataType.issuperset(value):
        for key in value:
            if key not in _KEYS_OCSPRequestDataType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("hashAlgorithm", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "hashAlgorithm"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/hashAlgorithm", "string", item))
    elif item not in _ENUM_HashAlgorithmEnumType:
        errors.append(_not_in_enum(f"{path}/hashAlgorithm", "HashAlgorithmEnumType", item))
    item = value.get("issuerNameHash", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "issuerNameHash"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/issuerNameHash", "string", item))
    elif len(item) > 128:
        errors.append(_too_long(f"{path}/issuerNameHash", 128, item))
    item = value.get("issuerKeyHash", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "issuerKeyHash"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/issuerKeyHash", "string", item))
    elif len(item) > 128:
        errors.append(_too_long(f"{path}/issuerKeyHash", 128, item))
    item = value.get("serialNumber", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "serialNumber"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/serialNumber", "string", item))
    elif len(item) > 40:
        errors.append(_too_long(f"{path}/serialNumber", 40, item))
    item = value.get("responderURL", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "responderURL"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/responderURL", "string", item))
    elif len(item) > 512:
        errors.append(_too_long(f"{path}/responderURL", 512, item))


def _decode_OCSPRequestDataType(
    value: object, path: str, errors: list[Violation]
) -> OCSPRequestDataType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(OCSPRequestDataType)
    count = len(errors)
    if not _KEYS_OCSPRequestDataType.issuperset(value):
        for key in value:
            if key not in _KEYS_OCSPRequestDataType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("hashAlgorithm", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "hashAlgorithm"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/hashAlgorithm", "string", item))
    elif (decoded_hash_algorithm1 := _ENUM_HashAlgorithmEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/hashAlgorithm", "HashAlgorithmEnumType", item))
    else:
        f_hash_algorithm = decoded_hash_algorithm1
    item = value.get("issuerNameHash", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "issuerNameHash"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/issuerNameHash", "string", item))
    elif len(item) > 128:
        errors.append(_too_long(f"{path}/issuerNameHash", 128, item))
    else:
        f_issuer_name_hash = item
    item = value.get("issuerKeyHash", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "issuerKeyHash"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/issuerKeyHash", "string", item))
    elif len(item) > 128:
        errors.append(_too_long(f"{path}/issuerKeyHash", 128, item))
    else:
        f_issuer_key_hash = item
    item = value.get("serialNumber", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "serialNumber"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/serialNumber", "string", item))
    elif len(item) > 40:
        errors.append(_too_long(f"{path}/serialNumber", 40, item))
    else:
        f_serial_number = item
    item = value.get("responderURL", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "responderURL"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/responderURL", "string", item))
    elif len(item) > 512:
        errors.append(_too_long(f"{path}/responderURL", 512, item))
    else:
        f_responder_url = item
    if len(errors) != count:
        return _invalid(OCSPRequestDataType)
    return OCSPRequestDataType(
        custom_data=f_custom_data,
        hash_algorithm=f_hash_algorithm,
        issuer_name_hash=f_issuer_name_hash,
        issuer_key_hash=f_issuer_key_hash,
        serial_number=f_serial_number,
        responder_url=f_responder_url,
    )


@dataclass(slots=True, kw_only=True)
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

    SCHEMA: ClassVar[str] = "TransactionType"
    WIRE_NAMES: ClassVar[dict[str, str]] = {
        "custom_data": "customData",
        "transaction_id": "transactionId",
        "charging_state": "chargingState",
        "time_spent_charging": "timeSpentCharging",
        "stopped_reason": "stoppedReason",
        "remote_start_id": "remoteStartId",
    }
    """Python field name -> wire (JSON) property name."""

    @classmethod
    def from_dict(cls, payload: object) -> TransactionType:
        """Validates a JSON-decoded payload and builds the instance; raises ValidationError."""
        return _decode_or_raise("TransactionType", _decode_TransactionType, payload)

    def to_dict(self) -> dict[str, Any]:
        """The wire form, ready for json.dumps; raises ValidationError if it breaks the schema."""
        wire = self._to_wire()
        _raise_if_invalid("TransactionType", _check_TransactionType, wire)
        return wire

    def _to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "transactionId": self.transaction_id,
        }
        if self.custom_data is not None:
            wire["customData"] = (
                self.custom_data._to_wire()
                if isinstance(self.custom_data, CustomDataType)
                else self.custom_data
            )
        if self.charging_state is not None:
            wire["chargingState"] = (
                self.charging_state._value_
                if isinstance(self.charging_state, ChargingStateEnumType)
                else self.charging_state
            )
        if self.time_spent_charging is not None:
            wire["timeSpentCharging"] = self.time_spent_charging
        if self.stopped_reason is not None:
            wire["stoppedReason"] = (
                self.stopped_reason._value_
                if isinstance(self.stopped_reason, ReasonEnumType)
                else self.stopped_reason
            )
        if self.remote_start_id is not None:
            wire["remoteStartId"] = self.remote_start_id
        return wire


_KEYS_TransactionType = frozenset(
    {
        "customData",
        "transactionId",
        "chargingState",
        "timeSpentCharging",
        "stoppedReason",
        "remoteStartId",
    }
)


def _check_TransactionType(value: object, path: str, errors: list[Violation]) -> None:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return
    if not _KEYS_TransactionType.issuperset(value):
        for key in value:
            if key not in _KEYS_TransactionType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is not ABSENT:
        _check_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("transactionId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "transactionId"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/transactionId", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/transactionId", 36, item))
    item = value.get("chargingState", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/chargingState", "string", item))
        elif item not in _ENUM_ChargingStateEnumType:
            errors.append(_not_in_enum(f"{path}/chargingState", "ChargingStateEnumType", item))
    item = value.get("timeSpentCharging", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/timeSpentCharging", "integer", item))
    item = value.get("stoppedReason", ABSENT)
    if item is not ABSENT:
        if not isinstance(item, str):
            errors.append(_wrong_type(f"{path}/stoppedReason", "string", item))
        elif item not in _ENUM_ReasonEnumType:
            errors.append(_not_in_enum(f"{path}/stoppedReason", "ReasonEnumType", item))
    item = value.get("remoteStartId", ABSENT)
    if item is not ABSENT:
        if not _is_integer(item):
            errors.append(_wrong_type(f"{path}/remoteStartId", "integer", item))


def _decode_TransactionType(value: object, path: str, errors: list[Violation]) -> TransactionType:
    if not isinstance(value, dict):
        errors.append(_not_an_object(path, value))
        return _invalid(TransactionType)
    count = len(errors)
    if not _KEYS_TransactionType.issuperset(value):
        for key in value:
            if key not in _KEYS_TransactionType:
                errors.append(_unknown_property(path, key))
    item = value.get("customData", ABSENT)
    if item is ABSENT:
        f_custom_data = None
    else:
        f_custom_data = _decode_CustomDataType(item, f"{path}/customData", errors)
    item = value.get("transactionId", ABSENT)
    if item is ABSENT:
        errors.append(_missing(path, "transactionId"))
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/transactionId", "string", item))
    elif len(item) > 36:
        errors.append(_too_long(f"{path}/transactionId", 36, item))
    else:
        f_transaction_id = item
    item = value.get("chargingState", ABSENT)
    if item is ABSENT:
        f_charging_state = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/chargingState", "string", item))
    elif (decoded_charging_state1 := _ENUM_ChargingStateEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/chargingState", "ChargingStateEnumType", item))
    else:
        f_charging_state = decoded_charging_state1
    item = value.get("timeSpentCharging", ABSENT)
    if item is ABSENT:
        f_time_spent_charging = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/timeSpentCharging", "integer", item))
    else:
        f_time_spent_charging = item if type(item) is int else int(item)
    item = value.get("stoppedReason", ABSENT)
    if item is ABSENT:
        f_stopped_reason = None
    elif not isinstance(item, str):
        errors.append(_wrong_type(f"{path}/stoppedReason", "string", item))
    elif (decoded_stopped_reason1 := _ENUM_ReasonEnumType.get(item)) is None:
        errors.append(_not_in_enum(f"{path}/stoppedReason", "ReasonEnumType", item))
    else:
        f_stopped_reason = decoded_stopped_reason1
    item = value.get("remoteStartId", ABSENT)
    if item is ABSENT:
        f_remote_start_id = None
    elif not _is_integer(item):
        errors.append(_wrong_type(f"{path}/remoteStartId", "integer", item))
    else:
        f_remote_start_id = item if type(item) is int else int(item)
    if len(errors) != count:
        return _invalid(TransactionType)
    return TransactionType(
        custom_data=f_custom_data,
        transaction_id=f_transaction_id,
        charging_state=f_charging_state,
        time_spent_charging=f_time_spent_charging,
        stopped_reason=f_stopped_reason,
        remote_start_id=f_remote_start_id,
    )
