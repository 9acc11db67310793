"""The version profile (`<schemas>/profile.yaml`): file naming and OCPP-J facts as data, every
mistake in it refused with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.closure import carried_by_every_object
from generator.errors import GeneratorError
from generator.load import load_schemas
from generator.matrix import load_matrix
from generator.model import build_model
from generator.profile import ERROR_ROLES, load_profile

from .conftest import ROOT

PROFILE = (ROOT / "schemas" / "profile.yaml").read_text(encoding="utf-8")
EMPTY_OBJECT = json.dumps(
    {
        "$schema": "http://json-schema.org/draft-06/schema#",
        "type": "object",
        "properties": {},
        "additionalProperties": False,
    }
)


def _folder(tmp_path: Path, profile: str, stems: list[str]) -> Path:
    folder = tmp_path / "schemas"
    folder.mkdir()
    (folder / "profile.yaml").write_text(profile, encoding="utf-8")
    for stem in stems:
        (folder / f"{stem}.json").write_text(EMPTY_OBJECT, encoding="utf-8")
    return folder


def _matrix(tmp_path: Path, actions: list[str]) -> Path:
    lines = "".join(f"  {a}: {{direction: Both, implemented: yes}}\n" for a in actions)
    path = tmp_path / "matrix.yaml"
    path.write_text(f"package: tiny\nocpp_version: '9'\nrelease: 0\nmessages:\n{lines}")
    return path


def test_the_vendored_profile_reads() -> None:
    profile = load_profile(ROOT / "schemas")
    assert profile.subprotocol == "ocpp2.0.1"
    assert profile.frames == (("CALL", 2), ("CALLRESULT", 3), ("CALLERROR", 4))
    assert [role for role, _ in profile.error_codes] == list(ERROR_ROLES)
    assert profile.unknown_message_type == "answer"  # OCPP 2.0.1 part 4, 4.4


def test_files_named_as_in_ocpp_1_6_pair_up(tmp_path: Path) -> None:
    """`Ping.json` + `PingResponse.json`, exported as PingRequest and PingResponse."""
    profile = PROFILE.replace('request: "{action}Request"', 'request: "{action}"', 1)
    folder = _folder(tmp_path, profile, ["Ping", "PingResponse", "Status", "StatusResponse"])
    model = build_model(load_schemas(folder), load_matrix(_matrix(tmp_path, ["Ping", "Status"])))
    pairs = [(m.action, m.request.name, m.response and m.response.name) for m in model.messages]
    assert pairs == [
        ("Ping", "PingRequest", "PingResponse"),
        ("Status", "StatusRequest", "StatusResponse"),
    ]


def test_a_request_without_its_response_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, PROFILE, ["PingRequest"])
    with pytest.raises(
        GeneratorError, match=r"PingRequest.json has no PingResponse.json beside it"
    ):
        build_model(load_schemas(folder), load_matrix(_matrix(tmp_path, ["Ping"])))


def test_a_file_no_pattern_matches_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, PROFILE, ["Ping"])
    with pytest.raises(GeneratorError, match=r"Ping.json: no file pattern of .* matches"):
        build_model(load_schemas(folder), load_matrix(_matrix(tmp_path, ["Ping"])))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("subprotocol: ocpp2.0.1", "subprotocol: 'ocpp 2'"), "must be a WebSocket subprotocol"),
        (("CALLERROR: 4}", "CALLERROR: 3}"), "distinct non-negative integers"),
        (("CALLERROR: 4}", "CALLERROR: 4, PING: 9}"), "maps CALL, CALLRESULT, CALLERROR"),
        (("    security_error: SecurityError\n", ""), "missing: security_error"),
        (("not_supported: NotSupported", "not_supported: Not Supported"), "must be an error code"),
        (
            ("unknown_message_type: answer", "unknown_message_type: reply"),
            "must be answer or ignore",
        ),
        (("  unknown_message_type: answer\n", ""), "must hold exactly subprotocol"),
        (('response: "{action}Response"', 'response: "Response"'), "must hold `{action}` once"),
    ],
)
def test_a_bad_profile_is_one_line(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in PROFILE
    folder = _folder(tmp_path, PROFILE.replace(old, new, 1), [])
    with pytest.raises(GeneratorError) as info:
        load_profile(folder)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith(str(folder / "profile.yaml"))


def test_one_way_messages_need_a_send_frame(tmp_path: Path) -> None:
    profile = PROFILE.replace(
        'response: "{action}Response"', 'response: "{action}Response"\n  one_way: "{action}"'
    )
    assert profile.count("one_way") == 2  # files: and names:
    folder = _folder(tmp_path, profile, [])
    with pytest.raises(GeneratorError, match="`one_way:` messages need a SEND frame"):
        load_profile(folder)
    sent = profile.replace("CALLERROR: 4}", "CALLERROR: 4, SEND: 6}")
    (folder / "profile.yaml").write_text(sent, encoding="utf-8")
    assert load_profile(folder).frame("SEND") == 6


def test_a_missing_profile_says_where_it_belongs(tmp_path: Path) -> None:
    folder = tmp_path / "schemas"
    folder.mkdir()
    with pytest.raises(GeneratorError, match="no version profile"):
        load_profile(folder)


def test_ocpp_2_1_has_one_way_messages_and_two_frames_more() -> None:
    profile = load_profile(ROOT / "tests" / "fixtures" / "ocpp21" / "schemas")
    assert profile.files.one_way == "{action}" and profile.subprotocol == "ocpp2.1"
    assert profile.frame("SEND") == 6 and profile.frame("CALLRESULTERROR") == 5
    assert profile.unknown_message_type == "ignore"  # OCPP 2.1 part 4, 4.4


def test_ocpp_1_6_ignores_unknown_message_types() -> None:
    profile = load_profile(ROOT / "tests" / "fixtures" / "ocpp16" / "schemas")
    assert profile.unknown_message_type == "ignore"  # OCPP-J 1.6, 4.1.3


def test_the_types_every_object_carries_are_derived() -> None:
    """CustomDataType is always in a 2.x package because every object refers to it; OCPP 1.6
    has no such type. Derived from the schemas, never named in the generator."""
    found = {}
    for name, folder in (
        ("2.0.1", ROOT),
        ("2.1", ROOT / "tests" / "fixtures" / "ocpp21"),
        ("1.6", ROOT / "tests" / "fixtures" / "ocpp16"),
    ):
        model = build_model(
            load_schemas(folder / "schemas"), load_matrix(folder / "coverage_matrix.yaml")
        )
        found[name] = carried_by_every_object(model)
    assert found == {"2.0.1": ("CustomDataType",), "2.1": ("CustomDataType",), "1.6": ()}
