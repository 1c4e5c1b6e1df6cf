"""Waiting on a condition, never for a fixed time: for what Qt's event loop does not see (files,
processes, an X server), a bounded poll."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(condition: Callable[[], T], timeout: float = 10.0, interval: float = 0.02,
               what: str = "") -> T:
    """Poll ``condition`` until it returns something true, and return that; after ``timeout``
    seconds fail, showing the condition's last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            break
        time.sleep(interval)
    assert value, f"waited {timeout:g} s for {what or condition!r}; last saw {value!r}"
    return value
