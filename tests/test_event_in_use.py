"""`init --force` never destroys an event in use; a door whose file is replaced stops admitting."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from door_support import build_event, payloads

from kiosk.core.db import open_db
from kiosk.core.keys import key_path
from kiosk.core.tickets import Verifier


def guests_in(path: Path) -> int:
    db = open_db(path)
    try:
        return db.execute("SELECT count(*) FROM guests").fetchone()[0]
    finally:
        db.close()


def open_door(event: Path) -> subprocess.Popen:
    """A running `kiosk scan -` (a door), once it has answered its first scan."""
    door = subprocess.Popen([sys.executable, "-m", "kiosk", "--db", str(event), "scan", "-"],
                            text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    door.stdin.write("warming up\n")
    door.stdin.flush()
    assert json.loads(door.stdout.readline())["status"] == "invalid"
    return door


def scan(door: subprocess.Popen, code: str) -> dict:
    door.stdin.write(code + "\n")
    door.stdin.flush()
    return json.loads(door.stdout.readline())


def test_init_force_keeps_the_old_event_as_a_backup(tmp_path: Path, kiosk) -> None:
    event = build_event(tmp_path / "gala.db", extra=3)
    code = payloads(event)[1]
    before = guests_in(event)
    result = kiosk("--db", str(event), "init", "--force", "--name", "Another Gala")
    assert result.returncode == 0, result.stderr
    backups = sorted(tmp_path.glob("gala.replaced-*.db"))
    assert len(backups) == 1, list(tmp_path.iterdir())
    backup = backups[0]
    assert str(backup) in result.stdout
    assert guests_in(backup) == before and guests_in(event) == 0
    assert key_path(backup).stat().st_mode & 0o777 == 0o600
    db = open_db(backup)  # the printed tickets still verify against the kept event
    try:
        assert Verifier.for_db(db).verify(code).guest_id == 1
    finally:
        db.close()
    again = kiosk("--db", str(event), "init", "--force", "--name", "Third Gala")
    assert again.returncode == 0, again.stderr
    assert len(list(tmp_path.glob("gala.replaced-*.db"))) == 2  # never one over another


def test_init_force_is_refused_while_a_door_has_the_event_open(tmp_path: Path, kiosk) -> None:
    event = build_event(tmp_path / "gala.db", extra=3)
    codes = payloads(event)
    key = key_path(event).read_bytes()
    door = open_door(event)
    try:
        result = kiosk("--db", str(event), "init", "--force", "--name", "Another Gala")
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert str(event) in result.stderr and f"kiosk scan (pid {door.pid})" in result.stderr
        assert key_path(event).read_bytes() == key and not list(tmp_path.glob("*.replaced-*"))
        assert scan(door, codes[1])["status"] == "admitted"
    finally:
        door.stdin.close()
        door.wait(timeout=30)
    assert guests_in(event) == 9
    assert kiosk("--db", str(event), "init", "--force", "--name", "X").returncode == 0  # door gone


def test_a_door_whose_file_is_replaced_stops_admitting(tmp_path: Path) -> None:
    event = build_event(tmp_path / "gala.db", extra=3)
    codes = payloads(event)
    other = build_event(tmp_path / "other.db", extra=3, name="Other Gala")
    door = open_door(event)
    try:
        assert scan(door, codes[1])["status"] == "admitted"
        os.replace(other, event)  # e.g. a copy dropped over it, or an old kiosk's init --force
        record = scan(door, codes[2])
        assert record["status"] == "error" and record["code"] == "db.replaced"
        assert str(event) in record["message"] and "replaced" in record["message"]
        event.unlink()
        assert scan(door, codes[3])["code"] == "db.replaced"
    finally:
        door.stdin.close()
        door.wait(timeout=30)
