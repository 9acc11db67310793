"""Faults: a CSMS built with `ocpp201.websockets.serve` on 127.0.0.1 facing misbehaving
stations (issue 11, section 4). The stations are raw `websockets` clients writing frames by hand,
so that they can misbehave in ways our own `connect` never would. Every wait is bounded.

- a station that disconnects while the CSMS's Call to it is pending;
- a station that never answers;
- a station that floods Heartbeat Calls without reading the answers;
- a 10 MB frame;
- SIGTERM to a CSMS process in the middle of a run, checked against its frame log.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("websockets", reason="the adapter needs the optional `websockets` package")

from ocpp201 import (  # noqa: E402
    HeartbeatRequest,
    HeartbeatResponse,
    ResetEnumType,
    ResetRequest,
    ResetResponse,
    ResetStatusEnumType,
)
from ocpp201.session import CallTimeout, Context, Router, SessionClosed  # noqa: E402
from ocpp201.websockets import SUBPROTOCOL, Server, serve  # noqa: E402
from websockets.asyncio.client import ClientConnection  # noqa: E402
from websockets.asyncio.client import connect as websockets_connect  # noqa: E402
from websockets.exceptions import ConnectionClosed  # noqa: E402

from .support.sessions import require  # noqa: E402
from .support.sessions import run as run_bounded  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
WAIT = 5.0
"""Upper bound on one expected exchange on 127.0.0.1."""

SCENARIO_TIMEOUT = 60.0
NOW = dt.datetime(2024, 5, 1, 10, tzinfo=dt.UTC)


def run(scenario: Awaitable[None]) -> None:
    run_bounded(scenario, SCENARIO_TIMEOUT)


def csms_router() -> Router:
    router = Router()

    @router.on(HeartbeatRequest)
    def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:
        return HeartbeatResponse(current_time=NOW)

    return router


def raw_station(server: Server, station_id: str, **options: Any) -> Any:
    """A `websockets` client connected as `station_id`: frames are written and read by hand."""
    return websockets_connect(
        f"ws://{HOST}:{server.port}/ocpp/{station_id}", subprotocols=[SUBPROTOCOL], **options
    )


async def heartbeat(station: ClientConnection, unique_id: str) -> float:
    """Sends a Heartbeat Call and waits for its CallResult; the round trip in seconds."""
    started = time.perf_counter()
    await station.send(json.dumps([2, unique_id, "Heartbeat", {}]))
    async with asyncio.timeout(WAIT):
        reply = json.loads(await station.recv())
    assert reply[:2] == [3, unique_id], reply
    return time.perf_counter() - started


async def next_call(station: ClientConnection) -> list[Any]:
    async with asyncio.timeout(WAIT):
        frame = json.loads(await station.recv())
    assert frame[0] == 2, frame
    return list(frame)


def test_a_station_disconnecting_mid_call_fails_that_call_at_once() -> None:
    """The station reads the CSMS's Reset Call and drops the TCP connection without a close
    handshake: `server.call` raises SessionClosed well before its 30 s timeout, and the server
    goes on serving another station."""
    require("Reset", "Heartbeat")

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0, timeout=30) as server:
            async with raw_station(server, "CS-LOST") as lost, raw_station(server, "CS-2") as other:
                await server.wait_for_station("CS-LOST", timeout=WAIT)
                pending = asyncio.create_task(
                    server.call("CS-LOST", ResetRequest(type=ResetEnumType.IMMEDIATE))
                )
                call = await next_call(lost)
                assert call[2] == "Reset"
                started = time.perf_counter()
                lost.transport.abort()  # gone, as a station losing power would be
                with pytest.raises(SessionClosed, match=call[1]):
                    async with asyncio.timeout(WAIT):
                        await pending
                assert time.perf_counter() - started < 2.0
                assert "CS-LOST" not in server.stations
                await heartbeat(other, "after-the-loss")
                assert "CS-2" in server.stations

    run(scenario())


def test_a_station_that_never_answers_times_out_and_the_next_call_goes_out() -> None:
    require("Reset")

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0) as server:
            async with raw_station(server, "CS-MUTE") as station:
                await server.wait_for_station("CS-MUTE", timeout=WAIT)
                request = ResetRequest(type=ResetEnumType.IMMEDIATE)
                pending = asyncio.create_task(server.call("CS-MUTE", request, timeout=0.5))
                ignored = await next_call(station)  # read, never answered
                with pytest.raises(CallTimeout) as raised:
                    async with asyncio.timeout(WAIT):
                        await pending
                assert raised.value.action == "Reset"
                assert raised.value.unique_id == ignored[1]
                assert "Reset" in str(raised.value) and ignored[1] in str(raised.value)

                pending = asyncio.create_task(server.call("CS-MUTE", request, timeout=WAIT))
                call = await next_call(station)
                assert call[1] != ignored[1] and call[2] == "Reset"
                await station.send(json.dumps([3, call[1], {"status": "Accepted"}]))
                async with asyncio.timeout(WAIT):
                    reply = await pending
                assert reply == ResetResponse(status=ResetStatusEnumType.ACCEPTED)

    run(scenario())


FLOOD = 100_000


def test_a_flooding_station_stalls_only_itself() -> None:
    """One station writes 100,000 Heartbeat Calls as fast as `websockets` lets it and never
    reads an answer; meanwhile another station sends a Heartbeat every 20 ms for 3 s.

    Measured: the other station's worst round trip during the flood (bound: 2 s; a few ms
    here), and the growth of memory traced by `tracemalloc` over the flood, taken as
    the traced peak during the flood minus the traced size before it, in this process, which
    holds the CSMS and both stations (bound: 20 MB; under 1 MB here, as the session stops
    reading once `inbound_limit` Calls are unanswered and the kernel's socket buffers hold the
    rest). The flooder is stalled by the CSMS (its sends block) long before 100,000 (at about
    16,000 here); the test checks it got well past the CSMS's inbound limit, and that once it
    reads again it gets the answer to every Call it sent.
    """
    require("Heartbeat")

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0) as server:
            async with (
                raw_station(server, "CS-FLOOD", max_queue=4) as flooder,
                raw_station(server, "CS-CALM") as calm,
            ):
                await heartbeat(calm, "warm-up")
                sent = 0

                async def flood() -> None:
                    nonlocal sent
                    for number in range(FLOOD):
                        await flooder.send(f'[2,"f{number}","Heartbeat",{{}}]')
                        sent += 1
                        # A peer in another process would not hold this event loop: while the
                        # transport takes its frames, send() need not suspend.
                        await asyncio.sleep(0)

                tracemalloc.start()
                try:
                    before, _ = tracemalloc.get_traced_memory()
                    tracemalloc.reset_peak()
                    flooding = asyncio.create_task(flood())
                    latencies = []
                    deadline = time.monotonic() + 3.0
                    number = 0
                    while time.monotonic() < deadline:
                        latencies.append(await heartbeat(calm, f"calm-{number}"))
                        number += 1
                        await asyncio.sleep(0.02)
                    _, peak = tracemalloc.get_traced_memory()
                finally:
                    tracemalloc.stop()
                assert max(latencies) < 2.0, f"worst round trip {max(latencies):.3f} s"
                assert peak - before < 20 * 2**20, f"grew {(peak - before) / 2**20:.1f} MB"
                assert sent > 100, sent
                print(
                    f"flooder sent {sent} frames; calm station: {len(latencies)} round trips,"
                    f" worst {max(latencies) * 1000:.1f} ms; traced growth"
                    f" {(peak - before) / 2**20:.2f} MB"
                )
                # Once it reads again, the flooder gets every answer, in order.
                flooding.cancel()
                async with asyncio.timeout(10 * WAIT):
                    for number in range(sent):
                        assert json.loads(await flooder.recv())[:2] == [3, f"f{number}"]
                assert "CS-FLOOD" in server.stations

    run(scenario())


def test_a_10_mb_frame_closes_that_connection_with_1009() -> None:
    """The adapter keeps websockets' `max_size` (1 MiB by default; `serve(..., max_size=...)`
    changes it): a larger frame closes its connection with 1009 (message too big)."""
    require("Heartbeat")

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0) as server:
            async with raw_station(server, "CS-BIG") as big, raw_station(server, "CS-2") as other:
                await server.wait_for_station("CS-BIG", timeout=WAIT)
                payload = {"x": "y" * (10 * 2**20)}
                await big.send(json.dumps([2, "big", "Heartbeat", payload]))
                with pytest.raises(ConnectionClosed) as closed:
                    async with asyncio.timeout(WAIT):
                        await big.recv()
                assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
                await heartbeat(other, "after-the-big-one")
                async with asyncio.timeout(WAIT):
                    while "CS-BIG" in server.stations:
                        await asyncio.sleep(0.01)
                assert "CS-2" in server.stations

    run(scenario())


CSMS_SCRIPT = '''
"""A CSMS logging every frame as one JSON line; stops cleanly on SIGTERM."""
import asyncio, datetime, json, signal, sys

from ocpp201 import HeartbeatRequest, HeartbeatResponse
from ocpp201.session import Router
from ocpp201.websockets import serve

log = open(sys.argv[1], "a", encoding="utf-8")


def frame_hook(station, direction, frame):
    # One write per line, flushed: a line is in the file whole or not at all.
    log.write(json.dumps({"ts": datetime.datetime.now(datetime.timezone.utc).isoformat(),
                          "station": station, "direction": direction, "frame": frame}) + "\\n")
    log.flush()


router = Router()


@router.on(HeartbeatRequest)
def heartbeat(request, context):
    return HeartbeatResponse(current_time=datetime.datetime.now(datetime.timezone.utc))


async def main():
    stop = asyncio.Event()
    # The clean stop: SIGTERM ends the `async with`, which closes every connection with a
    # close handshake, so what was handed to a connection is flushed before the process ends.
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with serve(router, "127.0.0.1", 0, frame_hook=frame_hook) as server:
        print(server.port, flush=True)
        await stop.wait()


asyncio.run(main())
'''


def test_sigterm_mid_run_logs_only_frames_that_were_sent(tmp_path: Path) -> None:
    """A CSMS process (the script above) logs every frame through the session's frame hook; a
    station sends Heartbeats without pause (several in flight) until SIGTERM stops the CSMS.
    Every log line is complete JSON, and every frame logged "out" reached the station."""
    require("Heartbeat")
    script = tmp_path / "csms.py"
    script.write_text(CSMS_SCRIPT, encoding="utf-8")
    log = tmp_path / "frames.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    process = subprocess.Popen(
        [sys.executable, str(script), str(log)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        received: list[str] = []

        async def station() -> None:
            url = f"ws://{HOST}:{port}/ocpp/CS-TERM"
            async with websockets_connect(url, subprotocols=[SUBPROTOCOL]) as connection:

                async def read() -> None:
                    try:
                        while True:
                            frame = await connection.recv()
                            assert isinstance(frame, str)
                            received.append(frame)
                    except ConnectionClosed:
                        pass

                reader = asyncio.create_task(read())
                number = 0
                try:
                    while not reader.done():
                        await connection.send(json.dumps([2, f"hb-{number}", "Heartbeat", {}]))
                        number += 1
                        if number == 500:  # mid-run: Calls in flight, answers on the way
                            process.send_signal(signal.SIGTERM)
                        if number % 8 == 0:
                            await asyncio.sleep(0.001)
                except ConnectionClosed:
                    pass
                async with asyncio.timeout(WAIT):
                    await reader

        run(station())
        process.wait(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=WAIT)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""

    lines = log.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line complete JSON
    assert all(set(record) == {"ts", "station", "direction", "frame"} for record in records)
    out = [record["frame"] for record in records if record["direction"] == "out"]
    assert out, "the CSMS answered nothing before SIGTERM"
    assert all(record["station"] == "CS-TERM" for record in records)
    missing = [frame for frame in out if frame not in set(received)]
    assert not missing, f"{len(missing)} of {len(out)} logged frames never reached the station"
    assert out == received  # in order, and nothing unlogged either
    print(f"{len(out)} answers logged and received before SIGTERM ended the CSMS")
