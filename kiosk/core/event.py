"""Creating an event and reading its header."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from kiosk.core import keys
from kiosk.core.clock import SYSTEM, Clock, iso
from kiosk.core.db import open_db, write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record


@dataclass(frozen=True)
class InitRequest:
    path: Path
    name: str
    venue: str = ""
    date: str = ""
    timezone: str = "Europe/Paris"
    theme: str = "gt2017"
    force: bool = False
    demo: bool = False


@dataclass(frozen=True)
class EventInfo:
    name: str
    venue: str
    date: str
    timezone: str
    theme: str
    public_key: str | None
    key_id: str | None
    demo: bool


def init_event(req: InitRequest, clock: Clock = SYSTEM, origin: Origin | None = None) -> sqlite_utils.Database:
    """Create a fresh event database and its signing key pair; refuse to overwrite unless forced."""
    path = Path(req.path)
    if path.exists():
        if not req.force:
            raise KioskError("db.exists", path=path)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_db(path, create=True)
    public_key, kid = keys.generate(keys.key_path(path))
    with write(db):
        db.execute(
            "INSERT INTO event(id, name, venue, date, timezone, theme, public_key, key_id, demo,"
            " created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [req.name, req.venue, req.date, req.timezone, req.theme, public_key, kid,
             int(req.demo), iso(clock.now())],
        )
        db.execute("INSERT INTO show_state(id, cursor, blackout) VALUES (1, 0, 0)")
        record(db, "event.created", {"name": req.name, "key_id": kid}, clock=clock, origin=origin)
    return db


def event_info(db: sqlite_utils.Database) -> EventInfo:
    row = db.execute(
        "SELECT name, venue, date, timezone, theme, public_key, key_id, demo FROM event WHERE id = 1"
    ).fetchone()
    if row is None:
        raise KioskError("db.no_event", path=db.conn.execute("PRAGMA database_list").fetchone()[2])
    return EventInfo(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]))


def resolve_db_path(cli_value: str | None, default: Path) -> Path:
    """--db, else $KIOSK_DB, else the documented default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("KIOSK_DB")
    if env:
        return Path(env).expanduser()
    return default
