"""Waiting on a condition, never for a fixed time: for what Qt's event loop does not see (files,
processes, an X server), a bounded poll."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
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


def holds_open(pid: int, path: Path) -> bool:
    """Whether process ``pid`` has ``path`` open now (Linux): how far a child has got."""
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}") == str(path)
                   for fd in os.listdir(f"/proc/{pid}/fd"))
    except (FileNotFoundError, ProcessLookupError):  # not started yet, or gone
        return False
