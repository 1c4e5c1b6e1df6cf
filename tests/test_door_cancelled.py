"""A cancelled guest at the door: the window says so, with the reason, from two metres."""

from __future__ import annotations

from pathlib import Path

from door_support import build_event, payloads
from test_door_window import DoorRig

from kiosk.core.db import open_db
from kiosk.core.tickets import cancel_guest


def test_a_cancelled_guest_is_refused_on_the_door_screen_with_the_reason(qtbot, tmp_path: Path) -> None:
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)
    db = open_db(event)
    cancel_guest(db, 2, "Refunded on Eventbrite")
    db.close()
    rig = DoorRig(qtbot, event)
    try:
        rig.burst(codes[2])
        assert (rig.kind, rig.status) == ("refused", "revoked")
        assert rig.text("verdictTitle") == "CANCELLED TICKET"
        assert rig.text("verdictName") == "Jean Dupont"
        message = rig.text("verdictMessage")
        assert "Jean Dupont's invitation was cancelled on " in message
        assert "(Refunded on Eventbrite). Do not admit." in message
        rig.screenshot("cancelled")
    finally:
        rig.close()
