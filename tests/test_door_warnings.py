"""The door screen says, before the first guest, when its event cannot record a scan."""

from __future__ import annotations

import os
from pathlib import Path

from door_support import build_event, payloads
from test_event_errors import read_only_copy
from test_plain_text import door_window, settle

os.environ["KIOSK_MUTE"] = "1"


def warning_of(door) -> tuple[bool, str]:  # noqa: ANN001 - DoorWindow
    from PySide6.QtQuick import QQuickItem

    banner = door.window.findChild(QQuickItem, "eventWarning")
    text = door.window.findChild(QQuickItem, "eventWarningText")
    assert banner is not None and text is not None
    return banner.isVisible(), text.property("text")


def test_a_read_only_event_is_said_before_the_first_guest(qtbot, tmp_path: Path) -> None:
    event = build_event(tmp_path / "data" / "gala.db")
    code = payloads(event)[1]
    with read_only_copy(event, tmp_path / "ro") as seen, door_window(qtbot, seen) as door:
        settle(qtbot, door.window, 100)
        visible, text = warning_of(door)
        assert visible and str(seen) in text and "read-only" in text
        door.window.grabWindow().save(str(tmp_path / "door-read-only.png"))
        door.controller.scan(code)
        assert door.controller.verdict["status"] == "error"
        assert door.controller.verdict["title"] == "NOT RECORDED"
        assert "read-only" in door.controller.verdict["message"]


def test_a_writable_event_shows_no_warning(qtbot, tmp_path: Path) -> None:
    event = build_event(tmp_path / "gala.db")
    with door_window(qtbot, event) as door:
        settle(qtbot, door.window, 100)
        assert warning_of(door) == (False, "")


def test_a_replaced_event_stops_the_door(qtbot, tmp_path: Path) -> None:
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)
    other = build_event(tmp_path / "other.db", name="Other Gala")
    with door_window(qtbot, event) as door:
        door.controller.scan(codes[1])
        assert door.controller.verdict["status"] == "admitted"
        os.replace(other, event)
        qtbot.waitUntil(lambda: warning_of(door)[0], timeout=3000)  # without a scan
        assert "replaced" in warning_of(door)[1]
        door.controller.scan(codes[2])
        assert door.controller.verdict["status"] == "error"
        assert "replaced" in door.controller.verdict["message"]
