"""The venue in the windows: the door screen says online/offline plainly (real hub, real window)."""

from __future__ import annotations

import os
from pathlib import Path

from door_support import build_event, payloads
from PySide6.QtCore import QObject
from venue_support import Hub, export_door
from xsession import SCREENSHOTS

from kiosk.core.checkin import Door
from kiosk.core.db import open_db
from kiosk.venue.link import open_link

os.environ["KIOSK_MUTE"] = "1"


def test_door_screen_shows_online_then_offline(qtbot, tmp_path: Path) -> None:
    from kiosk.fonts import load_fonts
    from kiosk.ui.door.main import DoorWindow

    master = build_event(tmp_path / "master.db", extra=10)
    hub = Hub(master)
    copy = tmp_path / "door-a.db"
    export_door(master, copy)
    codes = payloads(master)
    db = open_db(copy)
    link = open_link(db, copy, wait=5.0)
    assert link is not None and link.online
    load_fonts()
    window = DoorWindow(db, Door(db, door="A", hub=link))
    try:
        window.controller.hold_scale = 1000
        window.window.resize(1600, 900)
        window.window.show()
        qtbot.waitExposed(window.window)
        qtbot.waitUntil(lambda: window.controller.venue == "online", timeout=3000)
        window.controller.scan(codes[1])
        assert window.controller.last_result.online is True
        hub.freeze()
        window.controller.scan(codes[2])  # no answer in 300 ms: decided alone
        assert window.controller.last_result.online is False
        assert window.controller.last_result.status == "admitted"
        qtbot.waitUntil(lambda: window.controller.venue == "offline", timeout=3000)
        qtbot.wait(200)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        window.window.grabWindow().save(str(SCREENSHOTS / "door-offline.png"))
        hub.thaw()
        qtbot.waitUntil(lambda: window.controller.venue == "online", timeout=5000)
        # Shut out at the control (a lost laptop, or the wrong name revoked): the screen says
        # so, not "offline" like a network fault, and the door goes on deciding alone.
        from conftest import run_kiosk

        assert run_kiosk("--db", str(master), "hub", "revoke", "door-a").returncode == 0
        qtbot.waitUntil(lambda: window.controller.venue == "revoked", timeout=5000)
        window.controller.scan(codes[3])
        assert window.controller.last_result.online is False
        qtbot.wait(200)
        badge = window.window.findChild(QObject, "venueStatus")
        assert badge.childItems()[0].property("text") == "ACCESS REVOKED"
        window.window.grabWindow().save(str(SCREENSHOTS / "door-access-revoked.png"))
    finally:
        window.shutdown()
        link.close()
        db.close()
        hub.stop()


def test_control_window_lists_the_machines_and_the_doubles(qtbot, tmp_path: Path) -> None:
    from venue_support import Door as DoorProcess
    from venue_support import wait_for

    from kiosk.core.event import event_info
    from kiosk.ui.app import create_app
    from kiosk.ui.control.window import ControlWindow

    master = build_event(tmp_path / "master.db", extra=10)
    hub = Hub(master)
    export_door(master, tmp_path / "door-a.db")
    export_door(master, tmp_path / "door-b.db")
    codes = payloads(master)
    a, b = DoorProcess(tmp_path / "door-a.db", "A"), DoorProcess(tmp_path / "door-b.db", "B")
    create_app(None, "control")
    db = open_db(master)
    window = ControlWindow(db, master, event_info(db))
    qtbot.addWidget(window)
    try:
        hub.freeze()  # apart: the same ticket admitted at both doors
        assert a.scan(codes[2])[0]["online"] is False
        assert b.scan(codes[2])[0]["online"] is False
        hub.thaw()
        assert wait_for(lambda: len(window.venue.double_names) == 1 or window.refresh(), 10.0)
        assert window.venue.double_names == ["Jean Dupont"]
        window.resize(1440, 1000)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: len(window.venue.rows) == 2
                        and all(r[2] == "online" for r in window.venue.rows), timeout=5000)
        assert [r[0] for r in window.venue.rows] == ["door-a", "door-b"]
        # The hub started from a terminal (as the README shows) is the control's hub: running.
        qtbot.waitUntil(lambda: window.runner.states["hub"].running, timeout=3000)
        assert window.runner.states["hub"].pid == hub.proc.pid
        assert window.venue.rows[0][4] == "1"  # scans made at that door
        qtbot.wait(500)  # the page's first layout after showing settles (cards squeezed before)
        window.grab().save(str(SCREENSHOTS / "control-venue.png"))
        # Door A's kiosk stopped properly: "stopped", with nothing waiting to be sent.
        assert a.close() == 0
        qtbot.waitUntil(lambda: window.venue.rows[0][2] == "stopped", timeout=5000)
        assert window.venue.rows[0][5] == "0" and window.venue.rows[1][2] == "online"
        assert window.venue.cells["door-a"][2].objectName() == "jobDesc"  # no alarm
        window.grab().save(str(SCREENSHOTS / "control-venue-stopped.png"))
    finally:
        a.close(), b.close()
        window.close()
        db.close()
        hub.stop()
