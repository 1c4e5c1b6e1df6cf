"""Creating an event and reading its header."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from kiosk.core import identity, keys
from kiosk.core.clock import SYSTEM, Clock, iso
from kiosk.core.db import open_db, write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record
from kiosk.core.identity import IdentityChange
from kiosk.core.inuse import Exclusive
from kiosk.core.locations import default_event, found_text


@dataclass(frozen=True)
class InitRequest:
    path: Path
    name: str
    venue: str = ""
    date: str = ""
    timezone: str = "UTC"
    theme: str = "default"
    force: bool = False
    demo: bool = False
    keep_backup: bool = True  # --force moves the old event aside (False: a demo's staging file)
    # The rest of the event's identity (language, logo, colours, words), set in the same commit.
    identity: IdentityChange | None = None


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
    """Create a fresh event database and its signing key pair; refuse to overwrite unless forced.

    Forced, it refuses while any kiosk program has the event open, and keeps the old event
    (its file and its key) beside the new one as ``NAME.replaced-YYYYmmdd-HHMMSS.db``.
    """
    path = Path(req.path)
    if path.is_dir():
        raise KioskError("db.is_folder", path=path)
    keys.refuse_key_target(path)  # --db pointed at a key: never written over, even forced
    backup = None
    identity.validated(IdentityChange(name=req.name, date=req.date, timezone=req.timezone),
                       None)  # refuse before anything is replaced
    if req.identity is not None:
        identity.validated(req.identity, None)
    if path.exists() or keys.key_path(path).exists():
        if not req.force:
            if not path.exists():  # a key without its event: still never written over
                raise KioskError("key.overwrite", path=keys.key_path(path))
            raise KioskError("db.exists", path=path)
        backup = _set_aside(path, req.keep_backup, clock)
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
        if req.identity is not None:
            identity.apply(db, req.identity, clock=clock, origin=origin)
    db.backup = backup
    return db


def _set_aside(path: Path, keep: bool, clock: Clock) -> Path | None:
    """Move the old event out of the way, once no kiosk program holds it open."""
    try:
        lock, holders = Exclusive.take(path)
    except OSError as error:
        from kiosk.core.db import failure

        raise failure(error, path) from None
    if lock is None:
        raise KioskError("db.in_use", path=path, holders=", ".join(holders) or "another kiosk program")
    try:
        backup = backup_path(path, clock) if keep else None
        for suffix in ("", "-wal"):
            old = Path(str(path) + suffix)
            if backup is not None and old.exists():
                os.replace(old, Path(str(backup) + suffix))
            else:
                old.unlink(missing_ok=True)
        Path(str(path) + "-shm").unlink(missing_ok=True)
        key = keys.key_path(path)
        if backup is not None and key.exists():
            os.replace(key, keys.key_path(backup))  # old tickets stay verifiable with the backup
        else:
            key.unlink(missing_ok=True)
    except OSError as error:
        from kiosk.core.db import failure

        raise failure(error, path) from None
    finally:
        lock.release()
    return backup


def backup_path(path: Path, clock: Clock = SYSTEM) -> Path:
    """A free ``NAME.replaced-YYYYmmdd-HHMMSS[-N].db`` beside ``path``."""
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    number = 1
    while True:
        tail = "" if number == 1 else f"-{number}"
        candidate = path.with_name(f"{path.stem}.replaced-{stamp}{tail}{path.suffix}")
        if not candidate.exists() and not keys.key_path(candidate).exists():
            return candidate
        number += 1


def event_info(db: sqlite_utils.Database) -> EventInfo:
    row = db.execute(
        "SELECT name, venue, date, timezone, theme, public_key, key_id, demo FROM event WHERE id = 1"
    ).fetchone()
    if row is None:
        path = db.conn.execute("PRAGMA database_list").fetchone()[2]
        raise KioskError("db.no_event", path=path, found=found_text(Path(path)))
    return EventInfo(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]))


def resolve_db_path(cli_value: str | None, default: Path | None = None) -> Path:
    """--db, else $KIOSK_DB, else ``default`` when given, else the last event opened (or the
    only one in the data folder, or the documented default)."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("KIOSK_DB")
    if env:
        return Path(env).expanduser()
    return default if default is not None else default_event()
