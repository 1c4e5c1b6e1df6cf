"""One venue machine's screen, in its own file: what it shows now, and what the control asked
of it alone (issue 15).

The slideshow and stage windows write what they show (:func:`show`); the machine's link
sends it in its heartbeat (:func:`heartbeat`), so the control window sees every machine's
slide or cue. A command from the control (``venue.cmd.<name>``: blank, unblank, an
announcement on this machine alone, identify) is written here by the link (:func:`obey`);
the windows read :func:`orders` as they read everything else, from the committed file.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso, parse_iso
from kiosk.core.db import write
from kiosk.core.errors import KioskError

COMMANDS = ("blank", "unblank", "identify", "announce")
IDENTIFY_SECONDS = 5.0
ANNOUNCEMENT_MAX = 500  # characters: a screen is not a letter


@dataclass(frozen=True)
class Orders:
    """What the control asked of this machine alone."""

    blank: bool = False
    announcement: str | None = None
    identify_until: str | None = None

    def identifying(self, now: datetime) -> bool:
        return bool(self.identify_until) and parse_iso(self.identify_until or "") > now

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def orders(db: sqlite_utils.Database) -> Orders:
    row = db.execute("SELECT blank, announcement, identify_until FROM machine_orders"
                     " WHERE id = 1").fetchone()
    return Orders(bool(row[0]), row[1], row[2]) if row else Orders()


def command(name: str, text: str | None = None) -> dict[str, Any]:
    """A command as it travels (checked here, on the master, and again on the machine)."""
    if name not in COMMANDS:
        raise KioskError("venue.bad_command", command=name, known=", ".join(COMMANDS))
    message: dict[str, Any] = {"command": name}
    if name == "announce":
        text = (text or "").strip()
        message["text"] = text[:ANNOUNCEMENT_MAX] or None  # none: cleared
    return message


def obey(db: sqlite_utils.Database, message: dict[str, Any], clock: Clock = SYSTEM) -> Orders:
    """Apply a command from the control to this machine's file; the orders now in force."""
    checked = command(str(message.get("command", "")), message.get("text"))
    now = clock.now()
    with write(db):
        db.execute("INSERT OR IGNORE INTO machine_orders(id) VALUES (1)")
        name = checked["command"]
        if name in ("blank", "unblank"):
            db.execute("UPDATE machine_orders SET blank = ? WHERE id = 1", [name == "blank"])
        elif name == "identify":
            until = now + timedelta(seconds=IDENTIFY_SECONDS)
            db.execute("UPDATE machine_orders SET identify_until = ? WHERE id = 1", [iso(until)])
        else:
            db.execute("UPDATE machine_orders SET announcement = ? WHERE id = 1",
                       [checked["text"]])
        db.execute("UPDATE machine_orders SET at = ? WHERE id = 1", [iso(now)])
    return orders(db)


def show(db: sqlite_utils.Database, window: str, what: dict[str, Any],
         clock: Clock = SYSTEM) -> bool:
    """Note what ``window`` (slideshow, stage) shows now. Called from a show window: it never
    waits for another writer (False: the file was busy, or is read-only; told next time)."""
    if getattr(db, "read_only", False):
        return False
    conn = db.conn
    text = json.dumps(what, ensure_ascii=False, sort_keys=True)
    waits = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        with write(db):
            db.execute("INSERT INTO machine_showing(window, what, at) VALUES (?, ?, ?)"
                       " ON CONFLICT(window) DO UPDATE SET what = excluded.what, at = excluded.at",
                       [window, text, iso(clock.now())])
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(waits)}")


def showing(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """What this machine shows now: the window written to last (None: no window yet)."""
    row = db.execute("SELECT window, what, at FROM machine_showing ORDER BY at DESC"
                     " LIMIT 1").fetchone()
    if row is None:
        return None
    return {**json.loads(row[1]), "window": row[0], "at": row[2]}


def heartbeat(db: sqlite_utils.Database) -> dict[str, Any]:
    """This machine's screen, in its heartbeat's JSON (``venue.hello.<name>``)."""
    current = orders(db)
    return {"showing": showing(db), "blank": current.blank,
            "announcement": current.announcement}
