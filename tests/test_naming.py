"""Names: every schema property maps to exactly one field and back, on all 128 schemas."""

from __future__ import annotations

import dataclasses
import enum
import keyword
from types import ModuleType

import pytest

from generator.naming import snake_case, upper_snake

from .conftest import SCHEMA_NAMES, load_schema


def _declared_objects() -> dict[str, dict[str, object]]:
    """Every object schema (message roots and definitions) -> its `properties`."""
    objects: dict[str, dict[str, object]] = {}
    for name in SCHEMA_NAMES:
        schema = load_schema(name)
        objects[name] = schema["properties"]
        for def_name, definition in schema["definitions"].items():
            if definition.get("type") == "object":
                objects[def_name] = definition["properties"]
    return objects


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_wire_names_are_a_bijection(all_package: ModuleType, name: str) -> None:
    schema = load_schema(name)
    checked = [(name, schema["properties"])] + [
        (n, d["properties"]) for n, d in schema["definitions"].items() if d.get("type") == "object"
    ]
    for class_name, properties in checked:
        cls = getattr(all_package, class_name)
        fields = {f.name for f in dataclasses.fields(cls)} - {"extra_properties"}
        wire_names = cls.WIRE_NAMES
        assert set(wire_names) == fields, class_name
        assert sorted(wire_names.values()) == sorted(properties), class_name
        assert len(set(wire_names.values())) == len(wire_names), class_name
        for field_name in fields:
            assert field_name.isidentifier() and not keyword.iskeyword(field_name)


def test_every_object_and_enum_of_the_schemas_is_exported(all_package: ModuleType) -> None:
    objects = _declared_objects()
    assert len([n for n in objects if n not in SCHEMA_NAMES]) == 55
    for name in objects:
        assert dataclasses.is_dataclass(getattr(all_package, name))
    enums = {
        d for n in SCHEMA_NAMES for d in load_schema(n)["definitions"] if d.endswith("EnumType")
    }
    assert len(enums) == 88
    for name in enums:
        assert issubclass(getattr(all_package, name), enum.StrEnum)


def test_enum_members_round_trip_every_value(all_package: ModuleType) -> None:
    for name in SCHEMA_NAMES:
        for def_name, definition in load_schema(name)["definitions"].items():
            if "enum" in definition:
                cls = getattr(all_package, def_name)
                assert [m.value for m in cls] == definition["enum"]
                assert all(m.name == upper_snake(m.value) for m in cls)


@pytest.mark.parametrize(
    ("wire", "field"),
    [
        ("responderURL", "responder_url"),
        ("evseId", "evse_id"),
        ("language1", "language1"),
        ("iso15118CertificateHashData", "iso15118_certificate_hash_data"),
        ("numEPriceLevels", "num_e_price_levels"),
        ("bulkSoC", "bulk_soc"),
        ("ocppCsmsUrl", "ocpp_csms_url"),
        ("apnUserName", "apn_user_name"),
        ("type", "type"),
        ("class", "class_"),
    ],
)
def test_field_names(wire: str, field: str) -> None:
    assert snake_case(wire) == field


@pytest.mark.parametrize(
    ("value", "member"),
    [
        ("eMAID", "E_MAID"),
        ("ISO14443", "ISO14443"),
        ("SoC", "SOC"),
        ("Energy.Active.Import.Register", "ENERGY_ACTIVE_IMPORT_REGISTER"),
        ("L1-N", "L1_N"),
        ("AC_single_phase", "AC_SINGLE_PHASE"),
        ("s309-1P-16A", "S309_1P_16A"),
        ("cCCS1", "C_CCS1"),
        ("IKEv2", "IKEV2"),
        ("V2GCertificateChain", "V2G_CERTIFICATE_CHAIN"),
        ("dateTime", "DATE_TIME"),
        ("Other1PhMax16A", "OTHER1_PH_MAX16A"),
    ],
)
def test_enum_member_names(value: str, member: str) -> None:
    assert upper_snake(value) == member
