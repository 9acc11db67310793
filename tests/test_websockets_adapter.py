"""ocpp201.websockets: our station (`connect`) against our CSMS (`serve`) on 127.0.0.1, the
handshake rules (station id, subprotocol, Basic auth, TLS, mutual TLS with certificates made
here), reconnection, and a station built on the `ocpp` package (2.1.0) connecting to `serve`.

The tests use the first release's messages (BootNotification, Heartbeat, StatusNotification,
Reset), which every build keeps implementing; a test that needs one this build lacks says so
and is skipped.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import logging
import ssl
import time
from collections.abc import Awaitable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("websockets", reason="the adapter needs the optional `websockets` package")

import ocpp201  # noqa: E402
from ocpp201 import (  # noqa: E402
    BootNotificationRequest,
    BootNotificationResponse,
    HeartbeatRequest,
    HeartbeatResponse,
    RegistrationStatusEnumType,
    ResetEnumType,
    ResetRequest,
    ResetResponse,
    ResetStatusEnumType,
)
from ocpp201.session import Context, Router, Session, SessionClosed  # noqa: E402
from ocpp201.websockets import (  # noqa: E402
    SUBPROTOCOL,
    HandshakeFailed,
    RefusedConnection,
    Server,
    StationNotConnected,
    connect,
    serve,
    station_id_from_path,
    station_url,
)
from websockets.asyncio.client import connect as websockets_connect  # noqa: E402
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus  # noqa: E402
from websockets.typing import Subprotocol  # noqa: E402

from .support.sessions import boot_request, require  # noqa: E402
from .support.sessions import run as run_bounded  # noqa: E402

WAIT = 5.0
"""Upper bound on one expected exchange on 127.0.0.1."""

SCENARIO_TIMEOUT = 60.0
NOW = dt.datetime(2024, 5, 1, 10, tzinfo=dt.UTC)
LOGGER = "ocpp201.websockets"
HOST = "127.0.0.1"


def run(scenario: Awaitable[None]) -> None:
    run_bounded(scenario, SCENARIO_TIMEOUT)


def csms_router() -> Router:
    router = Router()

    @router.on(BootNotificationRequest)
    async def boot(request: BootNotificationRequest, context: Context) -> BootNotificationResponse:
        context.state["model"] = request.charging_station.model
        return BootNotificationResponse(
            current_time=NOW, interval=300, status=RegistrationStatusEnumType.ACCEPTED
        )

    @router.on(HeartbeatRequest)
    def heartbeat(request: HeartbeatRequest, context: Context) -> HeartbeatResponse:
        return HeartbeatResponse(current_time=NOW)

    return router


def station_router(resets: list[str]) -> Router:
    """A station that answers Reset, noting each in `resets` (the station's id)."""
    router = Router()

    @router.on(ResetRequest)
    async def reset(request: ResetRequest, context: Context) -> ResetResponse:
        resets.append(context.station_id)
        return ResetResponse(status=ResetStatusEnumType.ACCEPTED)

    return router


def url(server: Server, path: str = "", scheme: str = "ws") -> str:
    return f"{scheme}://{HOST}:{server.port}{path}"


def refusals(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.getMessage().startswith("refused")]


def assert_no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    assert [r.getMessage() for r in caplog.records if r.exc_info or r.exc_text] == []


async def handshake_status(address: str, **options: Any) -> int:
    """The HTTP status a raw websockets client's handshake is refused with."""
    with pytest.raises(InvalidStatus) as refused:
        async with websockets_connect(address, open_timeout=WAIT, **options):
            pass
    return refused.value.response.status_code


# --- Our station against our CSMS ---------------------------------------------------------------


def test_boot_heartbeat_and_a_csms_call_through_the_registry() -> None:
    require("BootNotification", "Heartbeat", "Reset")
    resets: list[str] = []

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0, timeout=WAIT) as server:
            async with connect(
                url(server), station_router(resets), "CS-1", timeout=WAIT
            ) as station:
                assert station.url == url(server, "/CS-1")
                booted = await station.call(boot_request())
                assert booted.status is RegistrationStatusEnumType.ACCEPTED
                assert booted.interval == 300
                beat = await station.call(HeartbeatRequest())
                assert beat.current_time == NOW
                session = await server.wait_for_station("CS-1", timeout=WAIT)
                assert session.state["model"] == "M1"
                assert list(server.stations) == ["CS-1"]
                reply = await server.call("CS-1", ResetRequest(type=ResetEnumType.IMMEDIATE))
                assert reply.status is ResetStatusEnumType.ACCEPTED
                assert resets == ["CS-1"]
            for _ in range(200):  # the server notices the closed connection
                if "CS-1" not in server.stations:
                    break
                await asyncio.sleep(0.01)
            assert dict(server.stations) == {}
            with pytest.raises(StationNotConnected, match="CS-1 is not connected"):
                await server.call("CS-1", ResetRequest(type=ResetEnumType.IMMEDIATE))

    run(scenario())


def test_wait_for_station_from_another_task_and_its_timeout() -> None:
    require("Reset")
    resets: list[str] = []

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0, timeout=WAIT) as server:
            with pytest.raises(TimeoutError):
                await server.wait_for_station("CS-9", timeout=0.05)

            async def http_handler_like() -> ResetResponse:  # calls from outside any connection
                await server.wait_for_station("CS-9", timeout=WAIT)
                return await server.call("CS-9", ResetRequest(type=ResetEnumType.ON_IDLE))

            waiting = asyncio.create_task(http_handler_like())
            await asyncio.sleep(0.05)
            async with connect(url(server, "/ocpp/"), station_router(resets), "CS-9"):
                reply = await asyncio.wait_for(waiting, WAIT)
            assert reply.status is ResetStatusEnumType.ACCEPTED and resets == ["CS-9"]

    run(scenario())


def test_a_base_path_and_a_percent_encoded_station_id() -> None:
    station_id = "CS 1+é"

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0) as server:
            address = url(server, "/ocpp/v2/CS%201%2B%C3%A9?token=x")
            async with websockets_connect(address, subprotocols=[SUBPROTOCOL]) as websocket:
                assert websocket.subprotocol == "ocpp" + ocpp201.OCPP_VERSION == "ocpp2.0.1"
                session = await server.wait_for_station(station_id, timeout=WAIT)
                assert session.station_id == station_id
            async with connect(url(server, "/ocpp/v2"), Router(), station_id) as station:
                assert station.url == url(server, "/ocpp/v2/CS%201%2B%C3%A9")
                await server.wait_for_station(station_id, timeout=WAIT)

    run(scenario())


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/", "names no station id"),
        ("/ocpp/", "names no station id"),
        ("/ocpp/a%2Fb", "contains '/'"),
        ("/CS%0A1", "control character"),
        ("/CS%7F1", "control character"),
        ("/CS%C2%851", "control character"),  # U+0085, a C1 control
        ("/" + "x" * 49, "longer than 48"),
        ("/CS%FF", "not UTF-8"),
    ],
)
def test_bad_station_ids_are_refused_with_one_log_line(
    path: str, why: str, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(ValueError, match=why):
        station_id_from_path(path)

    async def scenario() -> None:
        async with serve(Router(), HOST, 0) as server:
            caplog.clear()
            with caplog.at_level(logging.INFO):
                status = await handshake_status(url(server, path), subprotocols=[SUBPROTOCOL])
            assert status == 404
            [refused] = refusals(caplog)
            assert why in refused.getMessage()
            assert_no_traceback(caplog)
            assert dict(server.stations) == {}

    run(scenario())


def test_a_station_id_of_48_characters_is_accepted() -> None:
    assert station_id_from_path("/ocpp/" + "x" * 48) == "x" * 48
    assert station_url("wss://csms.example/ocpp", "CS/1") == "wss://csms.example/ocpp/CS%2F1"
    assert station_url("wss://csms.example/ocpp/CS-1", "CS-1") == "wss://csms.example/ocpp/CS-1"
    with pytest.raises(ValueError, match="longer than 48"):
        connect("ws://csms.example", Router(), "x" * 49)


@pytest.mark.parametrize("offered", [None, ["ocpp1.6"], ["ocpp2.0", "ocpp1.6"]])
def test_a_handshake_without_the_subprotocol_is_refused(
    offered: list[str] | None, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        async with serve(Router(), HOST, 0) as server:
            caplog.clear()
            with caplog.at_level(logging.INFO):
                protocols = None if offered is None else [Subprotocol(p) for p in offered]
                status = await handshake_status(url(server, "/CS-1"), subprotocols=protocols)
            assert status == 400
            [refused] = refusals(caplog)
            assert "subprotocol ocpp2.0.1 not offered" in refused.getMessage()
            assert_no_traceback(caplog)
            assert dict(server.stations) == {}

    run(scenario())


def test_a_request_that_is_not_a_websocket_handshake_is_one_log_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def scenario() -> None:
        async with serve(Router(), HOST, 0) as server:
            caplog.clear()
            with caplog.at_level(logging.INFO):
                reader, writer = await asyncio.open_connection(HOST, server.port)
                writer.write(b"GET /CS-1 HTTP/1.1\r\nHost: x\r\n\r\n")
                answer = await asyncio.wait_for(reader.read(), WAIT)
                writer.close()
                for _ in range(200):  # the server logs once it has answered
                    if caplog.records:
                        break
                    await asyncio.sleep(0.01)
            assert answer.startswith(b"HTTP/1.1 426")
            assert_no_traceback(caplog)
            [line] = [r for r in caplog.records if r.name.startswith(LOGGER)]
            assert line.getMessage().startswith("refused a handshake: ")

    run(scenario())


def test_a_reconnecting_station_replaces_its_old_connection_at_once() -> None:
    require("Reset")
    first: list[str] = []
    second: list[str] = []

    async def scenario() -> None:
        async with serve(Router(), HOST, 0, timeout=WAIT) as server:
            async with connect(url(server), station_router(first), "CS-1") as old:
                old_session = await server.wait_for_station("CS-1", timeout=WAIT)
                started = time.perf_counter()
                async with connect(url(server), station_router(second), "CS-1"):
                    new_session = await server.wait_for_station("CS-1", timeout=WAIT)
                    assert new_session is not old_session
                    await server.call("CS-1", ResetRequest(type=ResetEnumType.IMMEDIATE))
                    served_after = time.perf_counter() - started
                    await asyncio.wait_for(old.wait_closed(), WAIT)  # the old one was closed
                    assert old_session.closed and not new_session.closed
                    assert server.stations["CS-1"] is new_session
                    with pytest.raises(SessionClosed):
                        await old.call(HeartbeatRequest())
            assert (first, second) == ([], ["CS-1"])
            print(
                f"\nthe reconnected station was served {served_after * 1000:.0f} ms after it connected"
            )
            assert served_after < 2.0

    run(scenario())


def test_the_station_reconnects_with_backoff_and_boots_again() -> None:
    require("BootNotification")
    boots: list[str] = []

    async def on_connect(session: Session) -> None:
        booted = await session.call(boot_request())
        boots.append(booted.status.value)

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0) as server:
            station = connect(
                url(server), Router(), "CS-1", on_connect=on_connect,
                reconnect=True, reconnect_delay=0.05, max_reconnect_delay=0.2,
            )  # fmt: skip
            async with station:
                first = await server.wait_for_station("CS-1", timeout=WAIT)
                for _ in range(500):
                    if boots:
                        break
                    await asyncio.sleep(0.01)
                await server.disconnect("CS-1", "maintenance")
                for _ in range(500):
                    if station.connections == 2 and len(boots) == 2:
                        break
                    await asyncio.sleep(0.01)
                assert station.connections == 2 and boots == ["Accepted", "Accepted"]
                assert (await server.wait_for_station("CS-1", timeout=WAIT)) is not first
                assert station.session is not None and not station.session.closed
            assert station.session is None
            with pytest.raises(SessionClosed):
                await station.call(HeartbeatRequest())

    run(scenario())


def test_the_first_connection_is_retried_until_the_csms_is_up() -> None:
    async def scenario() -> None:
        probe = await asyncio.start_server(lambda r, w: None, HOST, 0)
        port = probe.sockets[0].getsockname()[1]
        probe.close()
        await probe.wait_closed()  # nothing listens on `port` now
        station = connect(
            f"ws://{HOST}:{port}", Router(), "CS-1", reconnect=True, reconnect_delay=0.05
        )
        opening = asyncio.create_task(station.start())
        await asyncio.sleep(0.3)
        assert not opening.done()
        async with serve(Router(), HOST, port) as server:
            await asyncio.wait_for(opening, WAIT)
            await server.wait_for_station("CS-1", timeout=WAIT)
            await station.close()
        with pytest.raises(OSError):  # without reconnect, a failure is the caller's
            async with connect(f"ws://{HOST}:{port}", Router(), "CS-1"):
                pass

    run(scenario())


# --- Security profile 1: HTTP Basic authentication ---------------------------------------------


@pytest.mark.parametrize("hook_kind", ["coroutine", "function"])
def test_basic_auth_accepts_and_refuses(hook_kind: str, caplog: pytest.LogCaptureFixture) -> None:
    require("Heartbeat")
    passwords = {"CS-1": "s3cret:with:colons", "CS-2": "other"}
    seen: list[tuple[str, str, str]] = []

    def check(station_id: str, username: str, password: str) -> bool:
        seen.append((station_id, username, password))
        return passwords.get(station_id) == password

    async def check_async(station_id: str, username: str, password: str) -> bool:
        await asyncio.sleep(0)
        return check(station_id, username, password)

    hook = check_async if hook_kind == "coroutine" else check

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0, authenticate=hook) as server:
            async with connect(url(server), Router(), "CS-1", password=passwords["CS-1"]) as ok:
                await ok.call(HeartbeatRequest())
            assert seen == [("CS-1", "CS-1", "s3cret:with:colons")]
            caplog.clear()
            with caplog.at_level(logging.INFO):
                with pytest.raises(RefusedConnection, match="HTTP 401"):
                    async with connect(url(server), Router(), "CS-1", password="wrong"):
                        pass
                with pytest.raises(RefusedConnection, match="HTTP 401"):
                    async with connect(url(server), Router(), "CS-1"):  # no credentials
                        pass
                # the username must be the station id, whatever the password
                header = {"Authorization": "Basic Q1MtMjpvdGhlcg=="}  # CS-2:other
                status = await handshake_status(
                    url(server, "/CS-1"), subprotocols=[SUBPROTOCOL], additional_headers=header
                )
                assert status == 401
                garbled = {"Authorization": "Basic !!!"}
                status = await handshake_status(
                    url(server, "/CS-1"), subprotocols=[SUBPROTOCOL], additional_headers=garbled
                )
                assert status == 401
            reasons = [r.getMessage().split(": ", 1)[1] for r in refusals(caplog)]
            assert [r.split(" (")[0] for r in reasons] == [
                "wrong credentials",
                "no credentials",
                "username 'CS-2' is not the id",
                "unreadable credentials",
            ], reasons
            assert_no_traceback(caplog)
            assert not [r for r in caplog.records if "!!!" in r.getMessage()]  # nor echoed headers
            assert len(seen) == 2  # refused before the hook: no credentials, wrong username

    run(scenario())


def test_a_failing_authenticate_hook_is_logged_and_refused(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(station_id: str, username: str, password: str) -> bool:
        raise RuntimeError("the user database is down")

    async def scenario() -> None:
        async with serve(Router(), HOST, 0, authenticate=broken) as server:
            with caplog.at_level(logging.INFO):
                with pytest.raises(HandshakeFailed, match="HTTP 500"):
                    async with connect(url(server), Router(), "CS-1", password="x"):
                        pass
            [failure] = [r for r in caplog.records if r.exc_info]
            assert failure.getMessage() == "CS-1: the authenticate hook failed"

    run(scenario())


def test_an_answer_that_is_no_websocket_handshake_is_a_connection_error() -> None:
    """A plain HTTP/1.0 server (not something websockets can read as a handshake answer) gives
    `HandshakeFailed`, a ConnectionError naming the station and URL, not websockets' own
    exception type: a station catching ConnectionError prints one line, not a traceback."""

    async def plain_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.0 404 File not found\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    async def scenario() -> None:
        server = await asyncio.start_server(plain_http, HOST, 0)
        port = server.sockets[0].getsockname()[1]
        try:
            with pytest.raises(HandshakeFailed, match=f"CS-1: ws://{HOST}:{port}/CS-1: ") as failed:
                async with connect(f"ws://{HOST}:{port}/", Router(), "CS-1"):
                    pass
            assert isinstance(failed.value, ConnectionError)
            assert isinstance(failed.value.__cause__, InvalidHandshake)
        finally:
            server.close()
            await server.wait_closed()

    run(scenario())


# --- Security profiles 2 and 3: TLS and mutual TLS, certificates made here ---------------------


@dataclass
class Certificates:
    folder: Path
    ca: Path

    def server_context(self, *, client_certificates: bool) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.folder / "server.pem", self.folder / "server.key")
        if client_certificates:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(self.ca)
        return context

    def client_context(self, common_name: str | None = None) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self.ca)
        if common_name is not None:
            context.load_cert_chain(
                self.folder / f"{common_name}.pem", self.folder / f"{common_name}.key"
            )
        return context


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    x509 = pytest.importorskip(  # a pinned dev dependency; the skip only serves other set-ups
        "cryptography.x509", reason="certificates are made with cryptography"
    )
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("certificates")
    now = dt.datetime.now(dt.UTC)

    def name(common_name: str) -> Any:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])

    def issue(common_name: str, issuer: Any, issuer_key: Any, *, ca: bool = False) -> Any:
        key = ec.generate_private_key(ec.SECP256R1())
        builder = (
            x509.CertificateBuilder()
            .subject_name(name(common_name))
            .issuer_name(issuer or name(common_name))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if common_name == "server":
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]),
                critical=False,
            )
        if ca:
            builder = builder.add_extension(
                x509.KeyUsage(
                    digital_signature=True, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=True,
                    crl_sign=True, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )  # fmt: skip
        certificate = builder.sign(issuer_key or key, hashes.SHA256())
        (folder / f"{common_name}.pem").write_bytes(
            certificate.public_bytes(serialization.Encoding.PEM)
        )
        (folder / f"{common_name}.key").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        return key

    ca_key = issue("Test CA", None, None, ca=True)
    for common_name in ("server", "CS-1", "CS-2"):
        issue(common_name, name("Test CA"), ca_key)
    return Certificates(folder, folder / "Test CA.pem")


def test_tls_with_basic_auth_security_profile_2(certificates: Certificates) -> None:
    require("BootNotification")

    async def scenario() -> None:
        context = certificates.server_context(client_certificates=False)
        authenticate = lambda station_id, username, password: password == "pw"  # noqa: E731
        async with serve(csms_router(), HOST, 0, ssl=context, authenticate=authenticate) as server:
            tls = certificates.client_context()
            async with connect(
                url(server, scheme="wss"), Router(), "CS-1", password="pw", ssl=tls
            ) as station:
                booted = await station.call(boot_request())
                assert booted.status is RegistrationStatusEnumType.ACCEPTED
            with pytest.raises(RefusedConnection, match="HTTP 401"):
                async with connect(
                    url(server, scheme="wss"), Router(), "CS-1", password="no", ssl=tls
                ):
                    pass
            with pytest.raises(ssl.SSLCertVerificationError):  # a client not trusting our CA
                async with connect(url(server, scheme="wss"), Router(), "CS-1", password="pw"):
                    pass

    run(scenario())


def test_mutual_tls_security_profile_3(
    certificates: Certificates, caplog: pytest.LogCaptureFixture
) -> None:
    require("BootNotification")

    async def scenario() -> None:
        context = certificates.server_context(client_certificates=True)
        async with serve(csms_router(), HOST, 0, ssl=context) as server:
            address = url(server, "/ocpp", scheme="wss")
            mine = certificates.client_context("CS-1")
            async with connect(address, Router(), "CS-1", ssl=mine) as station:
                booted = await station.call(boot_request())
                assert booted.status is RegistrationStatusEnumType.ACCEPTED
            caplog.clear()
            with caplog.at_level(logging.INFO):
                with pytest.raises(RefusedConnection, match="HTTP 403"):  # CS-1's certificate
                    async with connect(address, Router(), "CS-2", ssl=mine):
                        pass
            [refused] = refusals(caplog)
            assert "the client certificate's common name is not 'CS-2'" in refused.getMessage()
            assert_no_traceback(caplog)
            other = certificates.client_context("CS-2")
            async with connect(address, Router(), "CS-2", ssl=other):
                await server.wait_for_station("CS-2", timeout=WAIT)
            with pytest.raises((ssl.SSLError, ConnectionError, ConnectionClosed, InvalidHandshake)):
                async with connect(address, Router(), "CS-1", ssl=certificates.client_context()):
                    pass  # no client certificate: the TLS handshake fails
            assert "CS-1" not in server.stations

    run(scenario())


# --- A station built on the `ocpp` package ------------------------------------------------------


def test_an_ocpp_package_station_connects_to_serve() -> None:
    require("BootNotification", "Heartbeat", "Reset")
    from ocpp.routing import on
    from ocpp.v201 import ChargePoint
    from ocpp.v201 import call as station_call
    from ocpp.v201 import call_result as station_result
    from ocpp.v201.enums import Action

    resets: list[dict[str, Any]] = []

    class OcppStation(ChargePoint):  # type: ignore[misc]  # ocpp ships no type information
        @on(Action.reset)
        def on_reset(self, **request: Any) -> Any:
            resets.append(request)
            return station_result.Reset(status="Scheduled")

    async def scenario() -> None:
        async with serve(csms_router(), HOST, 0, timeout=WAIT) as server:
            async with websockets_connect(
                url(server, "/ocpp/CS-0042"), subprotocols=[Subprotocol("ocpp2.0.1")]
            ) as websocket:
                station = OcppStation("CS-0042", websocket, response_timeout=WAIT)
                reader = asyncio.create_task(station.start())
                try:
                    booted = await station.call(
                        station_call.BootNotification(
                            charging_station={"model": "M1", "vendor_name": "ACME"},
                            reason="PowerUp",
                        )
                    )
                    assert (booted.status, booted.interval) == ("Accepted", 300)
                    beat = await station.call(station_call.Heartbeat())
                    assert beat.current_time == "2024-05-01T10:00:00Z"
                    reply = await server.call("CS-0042", ResetRequest(type=ResetEnumType.IMMEDIATE))
                    assert reply == ResetResponse(status=ResetStatusEnumType.SCHEDULED)
                    assert resets == [{"type": "Immediate"}]
                    assert server.stations["CS-0042"].state["model"] == "M1"
                finally:
                    reader.cancel()
                    with suppress(asyncio.CancelledError):
                        await reader

    run(scenario())


def test_closing_a_station_that_waits_to_reconnect_is_prompt() -> None:
    async def scenario() -> None:
        async with serve(Router(), HOST, 0) as server:
            station = connect(url(server), Router(), "CS-1", reconnect=True, reconnect_delay=30.0)
            await station.start()
            await server.wait_for_station("CS-1", timeout=WAIT)
        for _ in range(500):  # the CSMS is gone: the station waits 15 to 30 s to retry
            if station.session is None:
                break
            await asyncio.sleep(0.01)
        assert station.session is None
        started = time.perf_counter()
        await station.close()
        assert time.perf_counter() - started < 1.0
        with pytest.raises(SessionClosed):
            await station.wait_connected(timeout=WAIT)

    run(scenario())
