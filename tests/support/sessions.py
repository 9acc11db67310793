"""Helpers the session and adapter tests share: running a scenario with a bound, skipping what a
build leaves out, and a valid BootNotification."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

import ocpp201
import pytest
from ocpp201 import BootNotificationRequest, BootReasonEnumType, ChargingStationType


def run(scenario: Awaitable[None], timeout: float) -> None:
    """Run `scenario`; a hang fails the test after `timeout` seconds instead of the test run."""
    asyncio.run(asyncio.wait_for(scenario, timeout))


def require(*actions: str) -> None:
    """Skip the calling test when this build leaves out any of `actions`."""
    missing = sorted(set(actions) - ocpp201.IMPLEMENTED_ACTIONS)
    if missing:
        pytest.skip(f"this build does not implement {', '.join(missing)}")


def boot_request(model: str = "M1") -> BootNotificationRequest:
    return BootNotificationRequest(
        charging_station=ChargingStationType(model=model, vendor_name="ACME"),
        reason=BootReasonEnumType.POWER_UP,
    )
