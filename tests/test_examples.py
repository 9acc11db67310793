"""The two examples, examples/csms.py and examples/charging_station.py, against each other and
against the `ocpp` package (2.1.0), on 127.0.0.1:

- both as processes, run the way their users run them: two stations boot, charge, report the
  main meter and answer the CSMS's CostUpdated calls; the CSMS's frame log names the stations and
  passes `python -m ocpp201 validate`; SIGTERM and SIGINT stop each cleanly;
- the station in-process against the example CSMS's router, answering every call it handles,
  idle and in the middle of a transaction, and sending Heartbeats at the interval given;
- the station as a process against a CSMS built on `ocpp.v201.ChargePoint`, for its whole run.

Every wait is bounded; nothing is timed.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ocpp201
import pytest

pytest.importorskip("websockets", reason="the examples need the optional `websockets` package")

from ocpp.exceptions import NotSupportedError  # noqa: E402
from ocpp.routing import after, on  # noqa: E402
from ocpp.v201 import ChargePoint  # noqa: E402
from ocpp.v201 import call as ocpp_call  # noqa: E402
from ocpp.v201 import call_result as ocpp_result  # noqa: E402
from ocpp.v201.enums import Action  # noqa: E402
from ocpp201 import (  # noqa: E402
    BootNotificationRequest,
    BootNotificationResponse,
    ChangeAvailabilityRequest,
    ChangeAvailabilityResponse,
    ChangeAvailabilityStatusEnumType,
    ConnectorStatusEnumType,
    GetTransactionStatusRequest,
    GetTransactionStatusResponse,
    HeartbeatRequest,
    OperationalStatusEnumType,
    Payload,
    RegistrationStatusEnumType,
    ResetEnumType,
    ResetRequest,
    ResetResponse,
    ResetStatusEnumType,
    StatusNotificationRequest,
    TransactionEventEnumType,
    TransactionEventRequest,
    TransactionEventResponse,
    UnlockConnectorRequest,
    UnlockConnectorResponse,
    UnlockStatusEnumType,
)
from ocpp201.rpc import Call, CallResult, parse_frame  # noqa: E402
from ocpp201.session import CallErrorReceived, Context, Direction, Router  # noqa: E402
from ocpp201.websockets import SUBPROTOCOL, Server, serve  # noqa: E402
from websockets.asyncio.server import ServerConnection  # noqa: E402
from websockets.asyncio.server import serve as websockets_serve  # noqa: E402

from .support.implemented import implemented_actions  # noqa: E402
from .support.sessions import require  # noqa: E402
from .support.sessions import run as run_bounded  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(EXAMPLES))
import charging_station  # noqa: E402
import csms  # noqa: E402

HOST = "127.0.0.1"
WAIT = 20.0
"""Upper bound on one step (a process starting, a station's whole run) on 127.0.0.1."""
SCENARIO_TIMEOUT = 90.0
STATION_SENDS = ("BootNotification", "StatusNotification", "Authorize", "TransactionEvent")
STATION_SENDS += ("MeterValues", "Heartbeat")


def run(scenario: Awaitable[None]) -> None:
    run_bounded(scenario, SCENARIO_TIMEOUT)


def corpus_request(action: str) -> Payload:
    """The first valid request of `action` in the committed corpus, decoded."""
    payloads = json.loads((ROOT / "tests" / "corpus" / f"{action}Request.json").read_text("utf-8"))
    return ocpp201.decode(f"{action}Request", payloads[0])


def station_command(url: str, station_id: str, *options: str) -> list[str]:
    return [sys.executable, str(EXAMPLES / "charging_station.py"), url, station_id, *options]


def validate(log: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ocpp201", "validate", str(log)],
        capture_output=True,
        text=True,
        timeout=WAIT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "generated")},
    )


# --- Both examples as processes -----------------------------------------------------------------


class CsmsProcess:
    """examples/csms.py on a port the system picks (it says which on stderr)."""

    def __init__(self, log: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(EXAMPLES / "csms.py"), "--port", "0", "--log", str(log)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.stderr: list[str] = []
        assert self.process.stderr is not None
        for line in self.process.stderr:  # ends at EOF, should the CSMS fail to start
            self.stderr.append(line)
            if "listening on ws://" in line:
                self.port = int(line.split("ws://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
                return
        raise AssertionError(f"the CSMS did not start: {''.join(self.stderr)}")

    def stop(self, signum: int) -> tuple[int, str, str]:
        """Sends `signum`; the exit status, stdout and the rest of stderr."""
        self.process.send_signal(signum)
        stdout, stderr = self.process.communicate(timeout=WAIT)
        return self.process.returncode, stdout, "".join(self.stderr) + stderr

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate(timeout=WAIT)


def test_example_stations_and_csms_as_processes(tmp_path: Path) -> None:
    """Two stations (three transactions in all) against the CSMS; its log validates."""
    require(*STATION_SENDS[:-1], "CostUpdated")
    log = tmp_path / "frames.jsonl"
    csms_process = CsmsProcess(log)
    try:
        url = f"ws://{HOST}:{csms_process.port}/ocpp"
        options = ("--once", "--meter-interval", "0", "--samples", "3")
        stations = {
            "CS-EX-1": subprocess.Popen(
                station_command(url, "CS-EX-1", "--transactions", "2", *options),
                stderr=subprocess.PIPE,
                text=True,
            ),
            "CS-EX-2": subprocess.Popen(
                station_command(url, "CS-EX-2", *options), stderr=subprocess.PIPE, text=True
            ),
        }
        for station_id, station in stations.items():
            _, stderr = station.communicate(timeout=WAIT)
            assert station.returncode == 0, f"{station_id}: {stderr}"
            assert "Traceback" not in stderr, stderr
        returncode, stdout, stderr = csms_process.stop(signal.SIGTERM)
    finally:
        csms_process.kill()
    assert returncode == 0, stderr
    assert "Traceback" not in stderr and stdout == "", stderr  # the log went to --log

    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"ts", "station", "direction", "frame"} for r in records)
    assert {r["station"] for r in records} == set(stations)
    for station_id, transactions in (("CS-EX-1", 2), ("CS-EX-2", 1)):
        frames = [
            (r["direction"], parse_frame(r["frame"])) for r in records if r["station"] == station_id
        ]
        calls_in = Counter(f.action for d, f in frames if d == "in" and isinstance(f, Call))
        calls_out = [f for d, f in frames if d == "out" and isinstance(f, Call)]
        assert calls_in["BootNotification"] == 1
        assert calls_in["Authorize"] == transactions
        assert calls_in["TransactionEvent"] == transactions * 5  # Started, 3 Updated, Ended
        assert calls_in["MeterValues"] == 1
        # The CSMS's own calls: the running cost after each Updated event, every one answered.
        assert [c.action for c in calls_out] == ["CostUpdated"] * transactions * 3
        answers = {f.unique_id: f for d, f in frames if d == "in" and not isinstance(f, Call)}
        assert all(isinstance(answers.get(c.unique_id), CallResult) for c in calls_out)
        costs = [c.payload.total_cost for c in calls_out]
        per_reading = charging_station.WH_PER_SAMPLE / 1000 * csms.PRICE_PER_KWH
        assert costs[:3] == [round(n * per_reading, 2) for n in (1, 2, 3)]
        # Every Call the station sent was answered with a CallResult.
        answered = {f.unique_id for d, f in frames if d == "out" and isinstance(f, CallResult)}
        assert {f.unique_id for d, f in frames if d == "in" and isinstance(f, Call)} <= answered

    result = validate(log)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"frames: {len(records)}, valid: {len(records)}, invalid: 0" in result.stdout


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_either_example_cleanly(tmp_path: Path, signum: int) -> None:
    """A station that stays connected (no --once) is stopped by a signal with exit status 0 and
    no traceback, and so is the CSMS; the CSMS's log is whole and valid."""
    require(*STATION_SENDS[:-1])
    log = tmp_path / "frames.jsonl"
    csms_process = CsmsProcess(log)
    try:
        station = subprocess.Popen(
            station_command(f"ws://{HOST}:{csms_process.port}", "CS-SIG", "--meter-interval", "0"),
            stderr=subprocess.PIPE,
            text=True,
        )
        try:

            async def main_meter_reported() -> None:  # the last step of the station's run
                while '\\"MeterValues\\"' not in log.read_text(encoding="utf-8"):
                    assert station.poll() is None, "the station ended by itself"
                    await asyncio.sleep(0.05)

            run_bounded(main_meter_reported(), WAIT)
            station.send_signal(signum)
            _, stderr = station.communicate(timeout=WAIT)
        finally:
            if station.poll() is None:
                station.kill()
                station.communicate(timeout=WAIT)
        assert station.returncode == 0, stderr
        assert "Traceback" not in stderr, stderr
        returncode, _, stderr = csms_process.stop(signum)
    finally:
        csms_process.kill()
    assert returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    assert validate(log).returncode == 0


# --- The station in-process, called by the CSMS --------------------------------------------------


@asynccontextmanager
async def station_running(
    server: Server, station_id: str, **options: Any
) -> AsyncIterator[asyncio.Task[None]]:
    """The example station's `operate` in a task, connected to `server`; cancelled at the end."""
    url = f"ws://{HOST}:{server.port}/ocpp"
    task = asyncio.create_task(charging_station.operate(url, station_id, **options))
    try:
        yield task
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task


class Frames:
    """A frame hook keeping what each station sent, decoded, and waking whoever waits for a Call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Payload]] = []  # (station id, request) of each Call received
        self._arrived = asyncio.Event()

    def __call__(self, station_id: str, direction: Direction, text: str) -> None:
        frame = parse_frame(text)
        if direction == "in" and isinstance(frame, Call):
            self.calls.append((station_id, frame.payload))
            self._arrived.set()

    def sent(self, request_class: type[Payload]) -> list[Any]:
        return [request for _, request in self.calls if isinstance(request, request_class)]

    async def wait_for(self, request_class: type[Payload], count: int = 1) -> list[Any]:
        """The requests of `request_class` received, once there are `count` of them."""
        async with asyncio.timeout(WAIT):
            while len(self.sent(request_class)) < count:
                self._arrived.clear()
                await self._arrived.wait()
        return self.sent(request_class)


def test_the_station_answers_every_call_it_handles() -> None:
    """After its run (it stays connected), the example CSMS's server calls the station with every
    action the station's router handles (a corpus request each) and gets the typed response;
    an implemented action it leaves unhandled is answered NotSupported."""
    require(*STATION_SENDS[:-1])
    handled = charging_station.router.handled_actions()
    sent_by_csms = {
        name
        for name, action in ocpp201.ACTIONS.items()
        if action.direction.startswith("CSMS->") or action.direction == "Both"
    }
    assert handled <= sent_by_csms  # the station's router answers only what a CSMS sends

    async def scenario() -> None:
        frames = Frames()
        async with serve(csms.router, HOST, 0, frame_hook=frames) as server:
            async with station_running(server, "CS-IN", meter_interval=0, once=False):
                await frames.wait_for(ocpp201.MeterValuesRequest)  # the end of its run
                for action in sorted(handled):
                    response = await server.call("CS-IN", corpus_request(action))
                    assert isinstance(response, ocpp201.ACTIONS[action].response), action
                assert await server.call(
                    "CS-IN", UnlockConnectorRequest(evse_id=1, connector_id=1)
                ) == UnlockConnectorResponse(status=UnlockStatusEnumType.UNLOCKED)
                assert await server.call(
                    "CS-IN", UnlockConnectorRequest(evse_id=2, connector_id=1)
                ) == UnlockConnectorResponse(status=UnlockStatusEnumType.UNKNOWN_CONNECTOR)
                # Taken out of service: accepted, then the connector reported Unavailable.
                reported = len(frames.sent(StatusNotificationRequest))
                assert await server.call(
                    "CS-IN",
                    ChangeAvailabilityRequest(
                        operational_status=OperationalStatusEnumType.INOPERATIVE
                    ),
                ) == ChangeAvailabilityResponse(status=ChangeAvailabilityStatusEnumType.ACCEPTED)
                statuses = await frames.wait_for(StatusNotificationRequest, reported + 1)
                assert statuses[-1].connector_status is ConnectorStatusEnumType.UNAVAILABLE
                for action in sorted(sent_by_csms & implemented_actions() - handled):
                    with pytest.raises(CallErrorReceived) as refused:
                        await server.call("CS-IN", corpus_request(action))
                    assert refused.value.code == "NotSupported", action

    run(scenario())


def test_the_station_mid_transaction_and_its_heartbeats() -> None:
    """A CSMS (its own router, the example's handlers underneath) holds back its answer to the
    first Updated event while it calls the station: the station answers as a station with a
    transaction under way. Then, given an interval of 1 s at boot, it sends Heartbeats."""
    require(*STATION_SENDS, "GetTransactionStatus", "UnlockConnector", "Reset")
    require("ChangeAvailability")
    router = Router()
    answers: dict[str, Payload] = {}

    @router.on(BootNotificationRequest)
    def boot(request: BootNotificationRequest, context: Context) -> BootNotificationResponse:
        return BootNotificationResponse(
            current_time=datetime.now(UTC), interval=1, status=RegistrationStatusEnumType.ACCEPTED
        )

    @router.on(TransactionEventRequest)
    async def transaction_event(
        request: TransactionEventRequest, context: Context
    ) -> TransactionEventResponse:
        if request.event_type is TransactionEventEnumType.UPDATED and not answers:
            transaction_id = request.transaction_info.transaction_id
            calls = {
                "this": GetTransactionStatusRequest(transaction_id=transaction_id),
                "other": GetTransactionStatusRequest(transaction_id="some-other-transaction"),
                "unlock": UnlockConnectorRequest(evse_id=1, connector_id=1),
                "reset": ResetRequest(type=ResetEnumType.ON_IDLE),
                "out of service": ChangeAvailabilityRequest(
                    operational_status=OperationalStatusEnumType.INOPERATIVE
                ),
            }
            for label, call in calls.items():
                answers[label] = await context.session.call(call)
        return csms.transaction_event(request, context)

    for request_class, handler in (
        (HeartbeatRequest, csms.heartbeat),
        (StatusNotificationRequest, csms.status_notification),
        (ocpp201.AuthorizeRequest, csms.authorize),
        (ocpp201.MeterValuesRequest, csms.meter_values),
    ):
        router.on(request_class)(handler)

    statuses: list[StatusNotificationRequest] = []

    async def scenario() -> None:
        nonlocal statuses
        frames = Frames()
        async with serve(router, HOST, 0, frame_hook=frames) as server:
            async with station_running(server, "CS-TX", meter_interval=0, once=False):
                await frames.wait_for(ocpp201.MeterValuesRequest)
                await frames.wait_for(HeartbeatRequest)

        statuses = frames.sent(StatusNotificationRequest)

    run(scenario())
    assert answers == {
        "this": GetTransactionStatusResponse(messages_in_queue=False, ongoing_indicator=True),
        "other": GetTransactionStatusResponse(messages_in_queue=False, ongoing_indicator=False),
        "unlock": UnlockConnectorResponse(
            status=UnlockStatusEnumType.ONGOING_AUTHORIZED_TRANSACTION
        ),
        "reset": ResetResponse(status=ResetStatusEnumType.SCHEDULED),
        "out of service": ChangeAvailabilityResponse(
            status=ChangeAvailabilityStatusEnumType.SCHEDULED
        ),
    }
    # Scheduled, then done: once the transaction ended, the connector is reported Unavailable.
    assert [s.connector_status for s in statuses] == [
        ConnectorStatusEnumType.AVAILABLE,
        ConnectorStatusEnumType.OCCUPIED,
        ConnectorStatusEnumType.UNAVAILABLE,
    ]


# --- The station against a CSMS built on the `ocpp` package -------------------------------------


class OcppCsms(ChargePoint):  # type: ignore[misc]  # ocpp ships no type information
    """A CSMS on `ocpp.v201.ChargePoint`: accepts the station with a heartbeat interval of 1 s and
    keeps every request as its handlers get it (snake_case keyword arguments). `ocpp` validates
    each request against the schemas before a handler sees it."""

    def __init__(self, station_id: str, connection: ServerConnection) -> None:
        super().__init__(station_id, connection, response_timeout=WAIT)
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.changed = asyncio.Event()

    def _keep(self, action: str, request: dict[str, Any]) -> None:
        self.received.append((action, request))
        self.changed.set()

    def requests(self, action: str) -> list[dict[str, Any]]:
        return [request for name, request in self.received if name == action]

    async def wait_for(self, action: str, count: int = 1) -> list[dict[str, Any]]:
        async with asyncio.timeout(WAIT):
            while len(self.requests(action)) < count:
                self.changed.clear()
                await self.changed.wait()
        return self.requests(action)

    @on(Action.boot_notification)
    def on_boot_notification(self, **request: Any) -> Any:
        self._keep("BootNotification", request)
        return ocpp_result.BootNotification(
            current_time=datetime.now(UTC).isoformat(), interval=1, status="Accepted"
        )

    @on(Action.heartbeat)
    def on_heartbeat(self, **request: Any) -> Any:
        self._keep("Heartbeat", request)
        return ocpp_result.Heartbeat(current_time=datetime.now(UTC).isoformat())

    @on(Action.status_notification)
    def on_status_notification(self, **request: Any) -> Any:
        self._keep("StatusNotification", request)
        return ocpp_result.StatusNotification()

    @on(Action.authorize)
    def on_authorize(self, **request: Any) -> Any:
        self._keep("Authorize", request)
        return ocpp_result.Authorize(id_token_info={"status": "Accepted"})

    @on(Action.transaction_event)
    def on_transaction_event(self, **request: Any) -> Any:
        self._keep("TransactionEvent", request)
        if "id_token" not in request:
            return ocpp_result.TransactionEvent()
        return ocpp_result.TransactionEvent(id_token_info={"status": "Accepted"})

    @after(Action.transaction_event)
    async def after_transaction_event(self, **request: Any) -> None:
        if request["event_type"] == "Updated":  # the running cost, as the example CSMS does
            reply = await self.call(
                ocpp_call.CostUpdated(
                    total_cost=0.5, transaction_id=request["transaction_info"]["transaction_id"]
                ),
                suppress=False,
            )
            self._keep("CostUpdated answered", {"reply": reply})

    @on(Action.meter_values)
    def on_meter_values(self, **request: Any) -> Any:
        self._keep("MeterValues", request)
        return ocpp_result.MeterValues()


def test_the_station_against_an_ocpp_package_csms() -> None:
    """The example station, as a process, for its whole run against a CSMS on `ocpp`'s
    ChargePoint: boot, two transactions, the main meter, the CSMS's calls answered (and one it
    does not handle refused), Heartbeats at the interval given; SIGINT ends it cleanly."""
    require(*STATION_SENDS, "CostUpdated", "GetTransactionStatus", "UnlockConnector", "Reset")
    require("ChangeAvailability")
    handled = charging_station.router.handled_actions()

    async def scenario() -> None:
        connected: list[OcppCsms] = []
        arrived = asyncio.Event()

        async def handler(connection: ServerConnection) -> None:
            assert connection.request is not None
            csms_end = OcppCsms(connection.request.path.rsplit("/", 1)[-1], connection)
            connected.append(csms_end)
            arrived.set()
            with suppress(Exception):  # the station closing the connection ends `start`
                await csms_end.start()

        async with websockets_serve(handler, HOST, 0, subprotocols=[SUBPROTOCOL]) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            station = await asyncio.create_subprocess_exec(
                *station_command(f"ws://{HOST}:{port}/ocpp", "CS-OCPP", "--transactions", "2"),
                *("--meter-interval", "0"),
                stderr=asyncio.subprocess.PIPE,
            )
            try:
                async with asyncio.timeout(WAIT):
                    await arrived.wait()
                cp = connected[0]
                assert cp.id == "CS-OCPP"
                await cp.wait_for("MeterValues")  # the end of the station's run
                reply = await cp.call(ocpp_call.GetTransactionStatus(), suppress=False)
                assert reply.messages_in_queue is False and reply.ongoing_indicator is None
                reply = await cp.call(
                    ocpp_call.UnlockConnector(evse_id=1, connector_id=1), suppress=False
                )
                assert reply.status == "Unlocked"
                reply = await cp.call(ocpp_call.Reset(type="Immediate"), suppress=False)
                assert reply.status == "Accepted"
                reply = await cp.call(
                    ocpp_call.ChangeAvailability(operational_status="Inoperative"), suppress=False
                )
                assert reply.status == "Accepted"
                statuses = await cp.wait_for("StatusNotification", 6)
                assert statuses[-1]["connector_status"] == "Unavailable"
                if "ClearCache" not in handled:  # a call the station leaves to its router
                    with pytest.raises(NotSupportedError):
                        await cp.call(ocpp_call.ClearCache(), suppress=False)
                await cp.wait_for("Heartbeat")
                station.send_signal(signal.SIGINT)
                async with asyncio.timeout(WAIT):
                    _, stderr_bytes = await station.communicate()
            finally:
                if station.returncode is None:
                    station.kill()
                    await station.communicate()
        stderr = stderr_bytes.decode()
        assert station.returncode == 0, stderr
        assert "Traceback" not in stderr, stderr

        (boot,) = cp.requests("BootNotification")
        assert boot["reason"] == "PowerUp"
        assert [r["id_token"]["type"] for r in cp.requests("Authorize")] == ["Local", "Local"]
        events = cp.requests("TransactionEvent")
        kinds = ["Started", "Updated", "Updated", "Updated", "Ended"]
        assert [e["event_type"] for e in events] == kinds * 2
        assert [e["seq_no"] for e in events] == [0, 1, 2, 3, 4] * 2
        assert len({e["transaction_info"]["transaction_id"] for e in events}) == 2
        registers = [e["meter_value"][0]["sampled_value"][0]["value"] for e in events]
        assert registers == sorted(registers) and registers[-1] > registers[0]
        assert events[-1]["transaction_info"]["stopped_reason"] == "Local"
        (main_meter,) = cp.requests("MeterValues")
        assert main_meter["evse_id"] == 0
        assert len(cp.requests("CostUpdated answered")) == 6  # one per Updated event

    run(scenario())
