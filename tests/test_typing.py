"""mypy --strict accepts the package (committed and --all) and checks user code against it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT
from .support.builds import ocpp21_package

FIXTURES = Path(__file__).parent / "fixtures"


def _mypy(*args: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *args],
        cwd=ROOT,
        env={"MYPYPATH": str(path), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_user_code_type_checks_against_the_package() -> None:
    result = _mypy(str(FIXTURES / "typed_usage.py"), path=ROOT / "generated")
    assert result.returncode == 0, result.stdout
    wrong = _mypy(str(FIXTURES / "mistyped_usage.py"), path=ROOT / "generated")
    assert wrong.returncode == 1
    assert (
        'Incompatible types in assignment (expression has type "str", variable has type "int")'
        in wrong.stdout
    )


def test_session_calls_and_handlers_are_typed_by_their_request_class() -> None:
    # The fixtures use only the first release's messages (Reset, ClearCache, BootNotification,
    # Heartbeat), which every build keeps implementing.
    result = _mypy(str(FIXTURES / "typed_session.py"), path=ROOT / "generated")
    assert result.returncode == 0, result.stdout
    wrong = _mypy(str(FIXTURES / "mistyped_session.py"), path=ROOT / "generated")
    assert wrong.returncode == 1, wrong.stdout
    expected = [
        # a handler returning another action's response
        'mistyped_session.py:16: error: Argument 1 to "__call__" of "RegisterHandler" has incompatible type'
        ' "Callable[[ResetRequest, Context], Coroutine[Any, Any, ClearCacheResponse]]"; expected'
        ' "Callable[[ResetRequest, Context], Awaitable[ResetResponse] | ResetResponse]"',
        # call() returns the response of its request, not another
        'mistyped_session.py:22: error: Argument 1 to "call" of "Session" has incompatible type "ResetRequest";'
        ' expected "Request[ClearCacheResponse]"',
        'mistyped_session.py:27: error: "ResetResponse" has no attribute "interval"',
        # a handler taking another request
        'mistyped_session.py:30: error: Argument 1 to "__call__" of "RegisterHandler" has incompatible type'
        ' "Callable[[HeartbeatRequest, Context], Coroutine[Any, Any, ResetResponse]]"; expected'
        ' "Callable[[ResetRequest, Context], Awaitable[ResetResponse] | ResetResponse]"',
    ]
    for error in expected:
        assert error in wrong.stdout, wrong.stdout


def test_package_generated_with_all_passes_mypy_strict(all_package_dir: Path) -> None:
    result = _mypy("-p", all_package_dir.name, path=all_package_dir.parent)
    assert result.returncode == 0, result.stdout
    assert "Success" in result.stdout


def test_decoding_under_a_policy_is_typed_by_the_class_given() -> None:
    # The fixtures use only the first release's messages (Reset, StatusNotification).
    result = _mypy(str(FIXTURES / "typed_tolerance.py"), path=ROOT / "generated")
    assert result.returncode == 0, result.stdout
    wrong = _mypy(str(FIXTURES / "mistyped_tolerance.py"), path=ROOT / "generated")
    assert wrong.returncode == 1, wrong.stdout
    for error in (
        "mistyped_tolerance.py:7: error: Incompatible types in assignment (expression has type"
        ' "ResetEnumType", variable has type "int")',
        'mistyped_tolerance.py:8: error: No overload variant of "tolerant_loads" matches argument'
        ' types "type[ResetRequest]", "str", "str"',
    ):
        assert error in wrong.stdout, wrong.stdout


def test_only_one_way_messages_are_sent_and_taken_as_such() -> None:
    # OCPP 2.1's one-way messages derive from OneWay: send() and on_send() take nothing else, and
    # call() takes no OneWay. Checked against the build of the 2.1 fixture.
    built = Path(ocpp21_package().__file__ or "").parent.parent
    result = _mypy(str(FIXTURES / "typed_oneway.py"), path=built)
    assert result.returncode == 0, result.stdout
    wrong = _mypy(str(FIXTURES / "mistyped_oneway.py"), path=built)
    assert wrong.returncode == 1, wrong.stdout
    for error in (
        'mistyped_oneway.py:16: error: Argument 1 to "send" of "Session" has incompatible type'
        ' "ResetRequest"; expected "OneWay"',
        'mistyped_oneway.py:17: error: Argument 1 to "send" of "Station" has incompatible type'
        ' "ResetRequest"; expected "OneWay"',
        'mistyped_oneway.py:18: error: Argument 2 to "send" of "Server" has incompatible type'
        ' "ResetRequest"; expected "OneWay"',
        'mistyped_oneway.py:21: error: Value of type variable "MessageT" of "on_send" of "Router"'
        ' cannot be "ResetRequest"',
        'mistyped_oneway.py:27: error: Argument 1 to "call" of "Session" has incompatible type'
        ' "NotifyPeriodicEventStream"; expected "Request[ResetResponse]"',
    ):
        assert error in wrong.stdout, wrong.stdout
    assert "Found 5 errors" in wrong.stdout, wrong.stdout
