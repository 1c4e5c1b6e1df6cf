"""The door's details: a long note on ALREADY IN wraps and shrinks, never clips; Esc empties the
search box; Ctrl+Shift+Q quits (documented); the header shows the event's own logo."""

from __future__ import annotations

from pathlib import Path

import pytest
from door_support import build_event, payloads
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_door_window import DoorRig

from kiosk.core import identity
from kiosk.core.db import open_db, write

LONG_NOTE = ("Wheelchair user: please seat near the stage ramp, table 12, and tell the host; "
             "allergic to nuts; arrives with an assistant who has no ticket but is expected; "
             "call Marie (06 12 34 56 78) on arrival")


@pytest.fixture
def event(tmp_path: Path) -> Path:
    return build_event(tmp_path / "gala.db", extra=5)


@pytest.fixture
def rig(qtbot, event: Path):
    door = DoorRig(qtbot, event)
    yield door
    door.close()


def test_a_long_note_on_already_in_is_never_cut(rig: DoorRig, event: Path) -> None:
    db = open_db(event)
    with write(db):
        db.execute("UPDATE guests SET notes = ? WHERE id = 3", [LONG_NOTE])
    db.close()
    code = payloads(event)[3]
    rig.burst(code)
    rig.burst(code)
    assert rig.kind == "duplicate"
    notes, box = rig.item("verdictNotes"), rig.item("verdictNotesBox")
    area = box.parentItem().parentItem()  # details column -> detailsArea (which clips)
    assert notes.property("text") == LONG_NOTE
    assert not notes.property("truncated")
    assert box.y() + box.height() <= area.height() + 0.5, "the note's box runs past the clip"
    assert notes.property("contentHeight") <= notes.height() + 0.5
    rig.screenshot("duplicate-long-note")


def test_escape_empties_the_search_box(rig: DoorRig) -> None:
    field = rig.item("searchField")
    field.forceActiveFocus()
    rig.type_slowly("dupont")
    assert field.property("text") == "dupont"
    QTest.keyClick(rig.window, Qt.Key.Key_Escape)
    rig.settle()
    assert field.property("text") == ""


def test_the_quit_key_is_documented(kiosk) -> None:
    shown = kiosk("checkin", "--help")
    assert "Ctrl+Shift+Q" in shown.stdout and "Esc" in shown.stdout


def test_the_header_shows_the_event_s_logo(qtbot, event: Path, tmp_path: Path) -> None:
    logo = tmp_path / "mark.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                    '<rect width="10" height="10" fill="#00ff00"/></svg>')
    db = open_db(event)
    identity.change(db, identity.IdentityChange(logo=logo))
    db.close()
    door = DoorRig(qtbot, event)
    try:
        image = door.window.grabWindow()
        ratio = image.width() / door.window.width()
        u = min(door.window.width() / 1920, door.window.height() / 1080)
        colour = image.pixelColor(int((32 + 26) * u * ratio), int(48 * u * ratio))
        assert (colour.red(), colour.green() > 200, colour.blue()) == (0, True, 0)
    finally:
        door.close()


def test_the_clock_names_the_event_s_zone(rig: DoorRig) -> None:
    """The door's clock is the event's time (Europe/Paris here): its zone is named beside it."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    rig.controller._tick()
    rig.settle()
    zone = rig.item("clockZone")
    expected = datetime.now(ZoneInfo("Europe/Paris")).tzname()
    assert expected in ("CET", "CEST") and zone.property("text") == expected
    assert zone.property("visible") and zone.property("width") > 0
    rig.screenshot("clock-zone")
