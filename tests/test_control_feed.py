"""The control window's scan feed names each door decision: a cancelled guest is not an old ticket."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from door_support import build_event, payloads

from kiosk.core import checkin, tickets
from kiosk.core.clock import FixedClock
from kiosk.core.db import open_db
from kiosk.core.door_view import recent_scans


def test_a_cancelled_guests_scan_says_cancelled_an_old_ticket_old_ticket(qtbot, tmp_path: Path) -> None:
    from kiosk.ui.app import create_app
    from kiosk.ui.control.widgets import ScanRow

    create_app(None, "control")
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)
    clock = FixedClock(datetime(2017, 11, 24, 18, 42, tzinfo=UTC))
    db = open_db(event)
    try:
        tickets.reissue(db, 4, clock=clock)
        tickets.cancel_guest(db, 2, "refunded", clock=clock)
        door = checkin.Door(db, clock=clock)
        assert door.scan(codes[4]).code == "scan.revoked"
        assert door.scan(codes[2]).code == "scan.cancelled"
        cancelled, old = recent_scans(db, limit=2)
    finally:
        db.close()
    assert cancelled.status == old.status == "revoked"
    shown = {}
    for line in (cancelled, old):
        row = ScanRow()
        qtbot.addWidget(row)
        row.show_line(line, "19:42")
        shown[line.guest_id] = (row.status.text(), row.status.objectName())
    assert shown[2] == ("GUEST CANCELLED", "scanBad")  # refused: red, like every refused ticket
    assert shown[4] == ("OLD TICKET", "scanBad")


def test_an_undone_entry_is_not_called_a_cancelled_guest(qtbot, tmp_path: Path) -> None:
    from kiosk.ui.app import create_app
    from kiosk.ui.control.widgets import ScanRow

    create_app(None, "control")
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)
    db = open_db(event)
    try:
        door = checkin.Door(db, clock=FixedClock(datetime(2017, 11, 24, 18, 42, tzinfo=UTC)))
        assert door.scan(codes[3]).status == "admitted"
        assert door.undo(3, "scanned the wrong badge").status == "undone"
        (undone,) = recent_scans(db, limit=1)
    finally:
        db.close()
    row = ScanRow()
    qtbot.addWidget(row)
    row.show_line(undone, "19:42")
    assert (row.status.text(), row.status.objectName()) == ("ENTRY UNDONE", "scanNeutral")
