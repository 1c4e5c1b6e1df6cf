"""`kiosk demo --build-only`: the GT 2017 night, built through the same imports organisers use."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.core.db import get_setting, open_db
from kiosk.core.event import event_info


def test_the_demo_event_is_a_whole_night(demo_template: Path) -> None:
    db = open_db(demo_template)
    info = event_info(db)
    assert info.demo and "2017" in info.name and info.venue.startswith("Palais Brongniart")
    assert "demo" in (get_setting(db, "demo.notice") or "").lower()
    per_list = dict(db.execute(
        "SELECT l.name, count(*) FROM guest_lists gl JOIN lists l ON l.id = gl.list_id GROUP BY l.name"))
    assert 450 <= per_list["Awards ceremony"] <= 600 and per_list["Anniversary party"] >= 800
    assert db.execute("SELECT count(*) FROM award_categories").fetchone()[0] == 8
    assert db.execute("SELECT count(*) FROM winners").fetchone()[0] == 8
    assert 20 <= db.execute("SELECT count(*) FROM legends").fetchone()[0] <= 30
    # Files on disk (photos); the event's logos are copied into the event itself.
    missing = [p for (p,) in db.execute("SELECT path FROM media WHERE data IS NULL")
               if not Path(p).is_file()]
    assert db.execute("SELECT count(*) FROM media WHERE data IS NOT NULL").fetchone()[0] == 2
    assert missing == []
    assert db.execute("SELECT count(*) FROM guests WHERE last_name = 'Ratel'").fetchone()[0] == 1
    db.close()


def test_demo_command_builds_and_rebuilds_without_duplicates(kiosk, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    first = kiosk("demo", "--build-only", "--db", str(path), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    second = kiosk("demo", "--build-only", "--db", str(path), cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["images_drawn"] == 0
    db = open_db(path)
    assert db.execute("SELECT count(*) FROM guests").fetchone()[0] == summary["guests"]
    db.close()


def test_demo_refuses_to_overwrite_a_real_event(kiosk, db_path: Path) -> None:
    result = kiosk("demo", "--build-only", "--db", str(db_path))
    assert result.returncode == 2
    assert "Test Gala" in result.stderr and "--force" in result.stderr
    db = open_db(db_path)
    assert event_info(db).name == "Test Gala"
    db.close()


def test_demo_force_refuses_an_event_open_elsewhere(kiosk, db_path: Path) -> None:
    door = open_db(db_path)  # a door, a screen: any kiosk program holding the event open
    try:
        result = kiosk("demo", "--build-only", "--force", "--db", str(db_path))
    finally:
        door.close()
    assert result.returncode == 2
    assert str(db_path) in result.stderr and "Close it there" in result.stderr
    db = open_db(db_path)
    assert event_info(db).name == "Test Gala"
    db.close()
