"""End to end: the real `kiosk checkin` process on an X server, a scanner typing into it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_door_support import build_event, payloads
from xsession import kiosk_process

from kiosk.core.db import open_db

pytestmark = pytest.mark.e2e


def _scans(path: Path) -> list[tuple]:
    db = open_db(path)
    try:
        return db.execute("SELECT status, door, guest_id, payload FROM scans ORDER BY id").fetchall()
    finally:
        db.close()


def _wait_for(path: Path, count: int, timeout: float = 20) -> list[tuple]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = _scans(path)
        if len(rows) >= count:
            return rows
        time.sleep(0.1)
    return _scans(path)


def test_scanner_typing_into_the_door_window(xserver, tmp_path: Path) -> None:
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)
    with kiosk_process(xserver, "--db", str(event), "--lang", "en", "checkin", "--windowed",
                       "--door", "E2E", env={"KIOSK_MUTE": "1"}) as proc:
        window = xserver.wait_window("Kiosk Door")
        xserver.focus(window)
        time.sleep(0.5)
        xserver.type(codes[2])
        xserver.key("Return")
        rows = _wait_for(event, 1)
        assert [r[:3] for r in rows[:1]] == [("admitted", "E2E", 2)], (rows, proc.poll())
        time.sleep(0.4)
        xserver.screenshot("door-e2e-admitted")
        xserver.type(codes[2])
        xserver.key("Return")
        rows = _wait_for(event, 2)
        assert [r[0] for r in rows] == ["admitted", "duplicate"]
        xserver.type("NOT-A-TICKET-AT-ALL")
        xserver.key("Return")
        rows = _wait_for(event, 3)
        assert rows[2][0] == "invalid"
        time.sleep(0.4)
        xserver.screenshot("door-e2e-invalid")
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
