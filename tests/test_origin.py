"""Where each event comes from is handed in (an Origin), never set process-wide; the domain
keeps no process-wide state (no `global` in kiosk/core)."""

from __future__ import annotations

import ast
import os
import socket
from pathlib import Path

from kiosk.core import announcements, show
from kiosk.core.checkin import Door
from kiosk.core.db import write
from kiosk.core.events import Origin, recent, record
from kiosk.core.importers.guests import ensure_list
from kiosk.core.show import settings

CORE = Path(__file__).resolve().parent.parent / "kiosk" / "core"
VENUE = Origin("venue-pc", "door", 4242)


def test_an_event_carries_the_origin_it_was_given(db) -> None:
    with write(db):
        event = record(db, "test.recorded", {"n": 1}, origin=VENUE)
    assert event.origin == "venue-pc/door/4242"
    [stored] = recent(db, "test.recorded")
    assert stored.origin == str(VENUE) and stored.id == event.id


def test_without_an_origin_an_event_comes_from_this_process_as_the_command_line(db) -> None:
    with write(db):
        record(db, "test.recorded")
    assert recent(db, "test.recorded")[0].origin == f"{socket.gethostname()}/cli/{os.getpid()}"
    assert Origin.of_this_process("stage") == Origin(socket.gethostname(), "stage", os.getpid())


def test_two_doors_in_one_process_record_their_own_origin(db) -> None:
    with write(db):
        list_id = ensure_list(db, "Awards", "15:00", origin=Origin("desk", "control", 1))
        guest = db.execute(
            "INSERT INTO guests(external_id, first_name, last_name, created_at)"
            " VALUES ('g1', 'Ada', 'Lovelace', '2017-11-24T10:00:00.000Z')").lastrowid
        db.execute("INSERT INTO guest_lists VALUES (?, ?)", [guest, list_id])
    door_a = Door(db, door="A", origin=Origin("door-a", "door", 11))
    door_b = Door(db, door="B", origin=Origin("door-b", "door", 22))
    assert door_a.admit_guest(guest).status == "admitted"
    assert door_b.admit_guest(guest).status == "duplicate"
    scans = db.execute("SELECT door, origin FROM scans ORDER BY id").fetchall()
    assert scans == [("A", "door-a/door/11"), ("B", "door-b/door/22")]
    kinds = {e.kind: e.origin for e in recent(db)}
    assert kinds["door.admitted"] == "door-a/door/11"
    assert kinds["door.duplicate"] == "door-b/door/22"
    assert kinds["list.created"] == "desk/control/1"


def test_show_moves_settings_and_announcements_record_their_origin(db) -> None:
    stage = Origin("stage-pc", "presenter", 7)
    show.add_cue(db, show.CustomCard(title="Welcome"), origin=stage)
    show.move(db, "blackout", origin=stage)
    # A Python caller of the settings function gets the event the command line used to write.
    assert settings.change(db, "stage.guard_ms", " 250 ", origin=stage) == "250"
    announcements.announce(db, announcements.AnnounceRequest("Doors close at 22:00"),
                           origin=Origin("desk", "control", 3))
    kinds = {e.kind: e for e in recent(db)}
    assert kinds["show.cue_added"].origin == kinds["show.blackout"].origin == str(stage)
    assert kinds["show.setting"].origin == str(stage)
    assert kinds["show.setting"].payload == {"key": "stage.guard_ms", "value": "250"}
    assert kinds["announcement.shown"].origin == "desk/control/3"


def test_no_core_module_keeps_process_wide_state() -> None:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Global):
                found.append(f"{path.relative_to(CORE.parent.parent)}:{node.lineno}: "
                             f"global {', '.join(node.names)}")
    assert found == []


def test_the_message_catalogue_is_one_static_table() -> None:
    """Every message code lives in kiosk/core/messages.py: no module adds codes as it loads."""
    from kiosk.core.messages import MESSAGES

    source = (CORE / "messages.py").read_text("utf-8")
    assert all(f'"{code}":' in source for code in MESSAGES)
    for path in sorted(CORE.rglob("*.py")):
        if path.name != "messages.py":
            assert "MESSAGES[" not in path.read_text("utf-8"), path


def test_a_window_process_hands_its_windows_the_origin_of_its_role(qapp) -> None:
    from kiosk.ui.startup import WindowProcess

    with WindowProcess("presenter", None) as process:
        assert process.origin == Origin(socket.gethostname(), "presenter", os.getpid())
