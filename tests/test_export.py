"""Role exports: a door or screens copy holds what the role needs and no winner, to the byte."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kiosk.core import show
from kiosk.core.db import open_db
from kiosk.core.errors import KioskError
from kiosk.core.export import export_role
from kiosk.core.keys import key_path, load_public


def _winners(path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT n.name, n.team FROM winners w JOIN nominees n "
                            "ON n.id = w.nominee_id").fetchall()
    finally:
        conn.close()


def _count(path, table) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def shown_demo(demo_db_path):
    """The demo half way through the show: some winners revealed, so the log mentions them."""
    db = open_db(demo_db_path)
    show.move(db, "goto", 20)
    db.close()
    return demo_db_path


def test_screens_copy_runs_the_slideshow_and_names_no_nominee(kiosk, shown_demo, tmp_path) -> None:
    out = tmp_path / "screens.db"
    result = kiosk("--db", str(shown_demo), "export", "--role", "screens", "--out", str(out))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["role"] == "screens" and report["rows"]["legends"] > 0
    data = out.read_bytes()
    for name, _team in _winners(shown_demo):
        assert name.encode() not in data, name
    # No nominee, no category, no guest at all.
    assert b"Oberholzer" not in data and b"Am Cup Drivers" not in data
    for table, expected in (("winners", 0), ("nominees", 0), ("cues", 0), ("guests", 0),
                            ("tickets", 0), ("show_reveals", 0)):
        assert _count(out, table) == expected, table
    for table in ("legends", "legend_photos", "media", "slides"):
        assert _count(out, table) == _count(shown_demo, table) or table == "media"
        assert _count(out, table) > 0, table
    assert not key_path(out).exists()
    db = open_db(out)  # still a kiosk event that opens, and its slideshow runs
    assert db.execute("SELECT name FROM event").fetchone()[0]
    from kiosk.core import playlist

    slides = playlist.build(db).slides
    assert len(slides) >= _count(shown_demo, "legends")
    db.close()


def test_door_copy_admits_tickets_and_holds_no_result(kiosk, shown_demo, tmp_path) -> None:
    issued = kiosk("--db", str(shown_demo), "tickets", "--payloads")
    assert issued.returncode == 0, issued.stderr
    payload = issued.stdout.splitlines()[0].split("\t")[1]
    out = tmp_path / "door.db"
    result = kiosk("--db", str(shown_demo), "export", "--role", "door", "--out", str(out))
    assert result.returncode == 0, result.stderr
    for table in ("winners", "nominees", "award_categories", "cues", "show_reveals",
                  "legends", "slides"):
        assert _count(out, table) == 0, table
    for table in ("guests", "lists", "guest_lists"):
        assert _count(out, table) == _count(shown_demo, table) > 0, table
    conn = sqlite3.connect(out)
    public = conn.execute("SELECT public_key FROM event").fetchone()[0]
    kinds = {r[0] for r in conn.execute("SELECT kind FROM events")}
    state = conn.execute("SELECT cursor, started_at FROM show_state").fetchone()
    conn.close()
    load_public(public)  # tickets verify with the event's public key...
    assert not key_path(out).exists()  # ...and none can be signed here
    assert not any(k.startswith(("show.", "awards.")) for k in kinds)
    assert state == (0, None)
    # The door copy admits a ticket signed on the organiser's machine.
    scan = kiosk("--db", str(out), "scan", payload)
    assert scan.returncode == 0, scan.stdout + scan.stderr
    again = kiosk("--db", str(out), "scan", payload)
    assert again.returncode == 1  # and refuses it the second time
    # Winners are guests too (they attend): what must be gone is any trace of the result.
    data = out.read_bytes()
    assert b"show_reveals" in data  # the empty table's schema, not its rows
    for name, _team in _winners(shown_demo):
        assert (f'"{name}"'.encode() not in data)  # no event payload names them


def test_export_refuses_to_overwrite_or_unknown_role(demo_db_path, tmp_path) -> None:
    db = open_db(demo_db_path)
    out = tmp_path / "door.db"
    export_role(db, "door", out)
    with pytest.raises(KioskError) as error:
        export_role(db, "door", out)
    assert error.value.code == "export.exists"
    export_role(db, "door", out, force=True)
    with pytest.raises(KioskError) as error:
        export_role(db, "projector", tmp_path / "x.db")
    assert error.value.code == "export.role"
    with pytest.raises(KioskError) as error:
        export_role(db, "door", demo_db_path, force=True)
    assert error.value.code == "export.same_file"
    db.close()
    assert _winners(demo_db_path)  # the original is untouched
