"""The runtime follows the build's version profile (`<schemas>/profile.yaml`): the generated
`ocpp_j` module holds its OCPP-J facts, and rpc, the sessions, the websockets adapter and the log
validator read them.

Three builds: the committed `ocpp201` (OCPP 2.0.1, whose behaviour must not move), and a tiny
schema set with the OCPP 1.6 profile (tests/golden/profile16: subprotocol ocpp1.6, three
frames, FormationViolation and OccurenceConstraintViolation, no MessageTypeNotSupported nor
RpcFrameworkError), built at test time. OCPP 2.1's two extra frames are in test_ocpp21_session.py.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import json
import logging
from pathlib import Path
from types import ModuleType
from typing import Any

import ocpp201
import pytest
from ocpp201 import ocpp_j as ocpp201_ocpp_j
from ocpp201.rpc import RpcError, parse_frame
from ocpp201.session import Router, Session

from generator.profile import ERROR_ROLES, load_profile

from .conftest import ROOT, SCHEMAS
from .support.builds import build_package, example_payload
from .support.implemented import implemented_actions
from .support.sessions import require, run
from .test_session import MemoryLink, RawPeer, serving

PROFILE16 = ROOT / "tests" / "golden" / "profile16"
SCENARIO_TIMEOUT = 30.0
FRAME_CONSTANTS = {
    "CALL": "CALL",
    "CALLRESULT": "CALL_RESULT",
    "CALLERROR": "CALL_ERROR",
    "CALLRESULTERROR": "CALL_RESULT_ERROR",
    "SEND": "SEND",
}


@pytest.fixture(scope="module")
def v16() -> ModuleType:
    return build_package(PROFILE16 / "schemas", PROFILE16 / "coverage_matrix.yaml")


def _station_request() -> tuple[str, Any]:
    """A request of an implemented action the station sends, from its schema's required
    properties: whatever the matrix implements (the seed's Heartbeat, say)."""
    actions = sorted(
        a
        for a in implemented_actions()
        if ocpp201.ACTIONS[a].direction in ("ChargingStation->CSMS", "Both")
    )
    if not actions:
        pytest.skip("the matrix implements no action a station sends")
    name = f"{actions[0]}Request"
    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return actions[0], ocpp201.decode(name, example_payload(schema, full=False))


def _submodule(package: ModuleType, name: str) -> Any:
    return importlib.import_module(f"{package.__name__}.{name}")


def _check_follows_profile(package: ModuleType, schemas: Path) -> None:
    profile = load_profile(schemas)
    facts = _submodule(package, "ocpp_j")
    assert facts.SUBPROTOCOL == profile.subprotocol
    frames = dict(profile.frames)
    for frame, constant in FRAME_CONSTANTS.items():
        assert getattr(facts, constant) == frames.get(frame), frame
    assert facts.MESSAGE_TYPES == tuple(frames.values())
    codes = dict(profile.error_codes)
    for role in ERROR_ROLES:
        assert getattr(facts, role.upper()) == codes[role], role
    assert facts.ERROR_CODES == frozenset(codes.values())
    rpc = _submodule(package, "rpc")
    assert rpc.ERROR_CODES == facts.ERROR_CODES
    assert (rpc.CALL, rpc.CALL_RESULT, rpc.CALL_ERROR) == tuple(
        frames[f] for f in ("CALL", "CALLRESULT", "CALLERROR")
    )
    assert _submodule(package, "websockets").SUBPROTOCOL == profile.subprotocol
    assert package.FORMAT_VIOLATION == codes["format_violation"]
    assert package.OCCURRENCE_CONSTRAINT_VIOLATION == codes["occurrence_constraint_violation"]


def test_the_committed_package_follows_its_profile() -> None:
    _check_follows_profile(ocpp201, SCHEMAS)


def test_a_1_6_like_build_follows_its_profile(v16: ModuleType) -> None:
    _check_follows_profile(v16, PROFILE16 / "schemas")
    assert len(_submodule(v16, "ocpp_j").ERROR_CODES) == 10  # 12 roles: two pairs share a code


# --- OCPP 2.0.1: no SEND, no CALLRESULTERROR --------------------------------------------------


@pytest.mark.parametrize("kind", [5, 6])
def test_2_0_1_refuses_the_frames_of_2_1_as_unknown_message_types(kind: int) -> None:
    frame = [kind, "u1", "Heartbeat", {}] if kind == 6 else [kind, "u1", "FormatViolation", "", {}]
    with pytest.raises(RpcError) as caught:
        parse_frame(json.dumps(frame))
    assert caught.value.code == "MessageTypeNotSupported"
    assert caught.value.description == f"message type {kind} is not 2, 3 or 4"
    assert caught.value.call_error().unique_id == "u1"
    assert ocpp201_ocpp_j.SEND is None and ocpp201_ocpp_j.CALL_RESULT_ERROR is None


def test_2_0_1_makes_no_send_nor_call_result_error() -> None:
    from ocpp201.rpc import CallResult, CallResultError, Send

    action, request = _station_request()

    with pytest.raises(ValueError, match="OCPP 2.0.1 has no CallResultError"):
        CallResultError("u1", "FormatViolation")
    with pytest.raises(ValueError, match="OCPP 2.0.1 has no CallResultError"):
        CallResult("u1", {}).error("FormatViolation")
    with pytest.raises(ValueError, match="OCPP 2.0.1 has no Send"):
        Send("u1", action, request)
    router = Router()
    with pytest.raises(TypeError, match="OCPP 2.0.1 has no one-way messages"):
        router.on_send(type(request))

    async def scenario() -> None:
        link = MemoryLink()
        session = Session(link.a, router, role="station", station_id="CS-1")
        with pytest.raises(TypeError, match="OCPP 2.0.1 has no one-way messages"):
            await session.send(request)

    run(scenario(), SCENARIO_TIMEOUT)


def test_a_2_0_1_session_answers_a_2_1_frame_message_type_not_supported() -> None:
    """OCPP-J 2.0.1 (part 4, 4.4) answers a frame of an unknown message type, where 1.6 and 2.1
    ignore it."""
    assert ocpp201_ocpp_j.UNKNOWN_MESSAGE_TYPE == "answer"

    async def scenario() -> None:
        link = MemoryLink()
        session = Session(link.a, Router(), role="csms", station_id="CS-1")
        async with serving(session):
            peer = RawPeer(link.b)
            send = await peer.ask([6, "s1", "Heartbeat", {}])
            assert send[:3] == [4, "s1", "MessageTypeNotSupported"]
            result_error = await peer.ask([5, "r1", "FormatViolation", "", {}])
            assert result_error[:3] == [4, "r1", "MessageTypeNotSupported"]
            unknown = await peer.ask([7, "x", "Heartbeat", {}])
            assert unknown[:3] == [4, "x", "MessageTypeNotSupported"]

    run(scenario(), SCENARIO_TIMEOUT)


def test_a_2_0_1_session_reads_the_type_of_an_unreadable_frame() -> None:
    """Text holding a lone surrogate is refused for the frame type it has: an unknown type is
    answered MessageTypeNotSupported as a readable one is, a CallResult is an answer (not
    answered) and fails the Call waiting for it."""

    async def scenario() -> None:
        link = MemoryLink()
        session = Session(link.a, Router(), role="station", station_id="CS-1")
        async with serving(session):
            peer = RawPeer(link.b)
            await peer.send('[7,"x","\\ud800"]')
            assert (await peer.recv())[:3] == [4, "x", "MessageTypeNotSupported"]
            call = asyncio.create_task(session.call(_station_request()[1]))
            frame = await peer.recv()
            await peer.send(f'[3,"{frame[1]}",{{"status":"\\ud800"}}]')
            with pytest.raises(RpcError) as caught:
                await call
            assert (caught.value.code, caught.value.unique_id) == ("FormatViolation", frame[1])
            await peer.nothing_more()

    require("Heartbeat")
    run(scenario(), SCENARIO_TIMEOUT)


# --- A profile like OCPP 1.6's ------------------------------------------------------------------


def test_the_1_6_like_build_reports_violations_with_its_own_codes(v16: ModuleType) -> None:
    rpc = _submodule(v16, "rpc")
    cases = [
        ('[2, "a", "Heartbeat", []]', "FormationViolation"),
        ('[2, "b", "ChangeConfiguration", {"key": "K"}]', "OccurenceConstraintViolation"),
        ('[2, "c", "ChangeConfiguration", {"key": 1, "value": "v"}]', "TypeConstraintViolation"),
        ('[2, "d", "Heartbeat"', "ProtocolError"),  # not JSON: its rpc_framework_error
        ('[5, "e", "GenericError", "", {}]', "GenericError"),  # no such frame in 1.6
        ('[6, "f", "Heartbeat", {}]', "GenericError"),
        ('[2, "g", "BootNotification", {}]', "NotImplemented"),
    ]
    for text, code in cases:
        with pytest.raises(rpc.RpcError) as caught:
            rpc.parse_frame(text)
        assert caught.value.code == code, text
        assert caught.value.call_error().error_code == code
    errors = v16.validate("HeartbeatResponse", {"currentTime": 1, "extra": 1})
    assert sorted(v.code for v in errors) == [
        "OccurenceConstraintViolation",
        "TypeConstraintViolation",
    ]
    assert [v.code for v in v16.validate("HeartbeatRequest", [])] == ["FormationViolation"]


def test_the_1_6_like_build_writes_only_its_own_codes(v16: ModuleType) -> None:
    rpc = _submodule(v16, "rpc")
    for code in ("FormatViolation", "OccurrenceConstraintViolation", "RpcFrameworkError"):
        with pytest.raises(ValueError, match="not an OCPP-J CallError code"):
            rpc.CallError("u1", code)
        with pytest.raises(ValueError):
            rpc.RpcError(code, "")
    assert rpc.CallError("u1", "FormationViolation").to_json() == (
        '[4,"u1","FormationViolation","",{}]'
    )
    with pytest.raises(ValueError, match="OCPP 1.6 has no Send"):
        rpc.Send("u1", "Heartbeat", v16.HeartbeatRequest())


def test_a_1_6_like_session_answers_with_its_codes(
    v16: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    session_module = _submodule(v16, "session")
    router = session_module.Router()

    @router.on(v16.HeartbeatRequest)
    def heartbeat(request: Any, context: Any) -> Any:
        raise RuntimeError("broken")

    async def scenario() -> None:
        link = MemoryLink()
        session = session_module.Session(link.a, router, role="csms", station_id="CS-1")
        async with serving(session):
            peer = RawPeer(link.b)
            wrong_way = await peer.ask([2, "a", "ChangeConfiguration", {"key": "K", "value": "v"}])
            assert wrong_way[:3] == [4, "a", "NotSupported"]
            assert (await peer.ask([2, "b", "Heartbeat", {}]))[:3] == [4, "b", "InternalError"]
            assert (await peer.ask([2, "c", "Heartbeat", "x"]))[:3] == [
                4,
                "c",
                "FormationViolation",
            ]
            # OCPP-J 1.6 (4.1.3): a frame of a type it does not know is ignored, not answered;
            # the first frame back answers the Call after it.
            await peer.send([6, "d", "Heartbeat", {}])
            await peer.send([7, "x", "Heartbeat", {}])
            assert (await peer.ask([2, "e", "Heartbeat", {}]))[:3] == [4, "e", "InternalError"]
            await peer.nothing_more()

    with caplog.at_level(logging.WARNING, logger=session_module.__name__):
        run(scenario(), SCENARIO_TIMEOUT)
    ignored = [r.getMessage() for r in caplog.records if "ignored a frame" in r.getMessage()]
    assert ignored == [
        "CS-1: ignored a frame of message type 6, which OCPP 1.6 does not have",
        "CS-1: ignored a frame of message type 7, which OCPP 1.6 does not have",
    ]


def test_a_1_6_like_build_speaks_ocpp1_6_over_websockets(v16: ModuleType) -> None:
    from websockets.asyncio.client import connect as websockets_connect
    from websockets.exceptions import InvalidStatus

    adapter = _submodule(v16, "websockets")
    session_module = _submodule(v16, "session")
    router = session_module.Router()

    @router.on(v16.HeartbeatRequest)
    def heartbeat(request: Any, context: Any) -> Any:
        return v16.HeartbeatResponse(current_time=v16.loads("HeartbeatResponse", _NOW).current_time)

    async def scenario() -> None:
        async with adapter.serve(router, "127.0.0.1", 0) as server:
            url = f"ws://127.0.0.1:{server.port}/ocpp"
            async with adapter.connect(url, session_module.Router(), "CS-16") as station:
                response = await station.call(v16.HeartbeatRequest())
                assert response == v16.loads("HeartbeatResponse", _NOW)
                session = await station.wait_connected()
                assert session._transport.subprotocol == "ocpp1.6"
            with pytest.raises(InvalidStatus):  # a station offering only 2.0.1 is refused
                async with websockets_connect(f"{url}/CS-201", subprotocols=["ocpp2.0.1"]):
                    pass

    run(scenario(), SCENARIO_TIMEOUT)


_NOW = '{"currentTime": "2024-05-01T10:00:00Z"}'


def test_the_1_6_like_log_validator_checks_codes_of_1_6(
    v16: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = _submodule(v16, "_logcheck")
    log = tmp_path / "log.jsonl"
    log.write_text(
        "\n".join(
            json.dumps(frame)
            for frame in (
                [2, "a", "Heartbeat", {}],
                [4, "a", "FormationViolation", "", {}],
                [2, "b", "Heartbeat", {}],
                [4, "b", "FormatViolation", "", {}],  # 2.0.1's spelling
                [5, "b", "GenericError", "", {}],
            )
        )
        + "\n"
    )
    assert cli.main(["validate", "--json", "--no-progress", str(log)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    problems = [(r["line"], r["code"]) for r in records if r["type"] == "problem"]
    # an unknown code: the frame is no well-formed 1.6 RPC message (rpc_framework_error);
    # an unknown frame type: reported as what it is, not as an answer 1.6 would send (it sends none)
    assert problems == [(4, "ProtocolError"), (5, "unknown-message-type")]
    assert records[-1]["valid"] == 3


def test_the_runtime_modules_write_no_error_code_of_their_own() -> None:
    """Every CallError code the runtime sends comes from `ocpp_j` (the profile): a code written
    out in a runtime module would not follow the build's version. Docstrings may name codes."""
    codes = {code for _, code in load_profile(SCHEMAS).error_codes}
    for path in sorted((ROOT / "templates" / "runtime").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        written = [
            (node.lineno, node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and node.value in codes and id(node) not in docstrings
        ]
        assert written == [], path.name
