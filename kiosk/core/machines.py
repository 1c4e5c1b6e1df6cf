"""The machines that joined the venue, as the master knows them: one credential each.

An export for a door or screens machine registers the copy here (its name, role and
public NKey; the seed goes only into the copy). The hub turns this table into the
server's users; a revoked copy is left out, so the hub refuses it at once. Each copy's
heartbeat (every second) updates when it was last seen, its scans and its outbox; its
last one, when its kiosk stops properly, says so (``stopped``: not lost, just closed).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso, parse_iso
from kiosk.core.db import write
from kiosk.core.errors import KioskError

ONLINE_WITHIN = 3.0  # seconds since the last heartbeat
# A heartbeat's fields about the machine's screen (kiosk.core.machine_screen.heartbeat).
SCREEN_FIELDS = ("showing", "blank", "announcement")


@dataclass(frozen=True)
class Machine:
    name: str
    role: str
    public_key: str
    created_at: str
    revoked_at: str | None
    last_seen: str | None
    scans: int
    outbox: int
    screen: str = "{}"  # JSON: what its heartbeat said it shows (showing, blank, announcement)
    stopped_at: str | None = None  # its goodbye (stopped properly), None while it runs

    @property
    def shows(self) -> dict[str, Any]:
        """Its screen as last heard: ``showing`` (slide or cue, None), ``blank``, ``announcement``."""
        try:
            value = json.loads(self.screen or "{}")
        except ValueError:
            value = {}
        return value if isinstance(value, dict) else {}

    def online(self, now: datetime) -> bool:
        if self.revoked_at or not self.last_seen or self.stopped_at:
            return False
        return (now - parse_iso(self.last_seen)).total_seconds() <= ONLINE_WITHIN

    def to_dict(self, now: datetime) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "online": self.online(now),
                "last_seen": self.last_seen, "scans": self.scans, "outbox": self.outbox,
                "revoked": bool(self.revoked_at), "stopped": bool(self.stopped_at), **self.shows}


def name_for(db: sqlite_utils.Database, wanted: str) -> str:
    """A free machine name from ``wanted`` (letters, digits, - and _; numbered if taken)."""
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", wanted).strip("-") or "copy"
    taken = {r[0] for r in db.execute("SELECT name FROM venue_machines")}
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def register(db: sqlite_utils.Database, name: str, role: str, public_key: str,
             clock: Clock = SYSTEM) -> None:
    with write(db):
        db.execute("INSERT INTO venue_machines(name, role, public_key, created_at)"
                   " VALUES (?, ?, ?, ?)", [name, role, public_key, iso(clock.now())])


def revoke(db: sqlite_utils.Database, name: str, clock: Clock = SYSTEM) -> Machine:
    with write(db):
        if db.execute("SELECT 1 FROM venue_machines WHERE name = ?", [name]).fetchone() is None:
            known = ", ".join(m.name for m in machines(db)) or "-"
            raise KioskError("venue.unknown_machine", name=name, known=known)
        db.execute("UPDATE venue_machines SET revoked_at = coalesce(revoked_at, ?) WHERE name = ?",
                   [iso(clock.now()), name])
    return next(m for m in machines(db) if m.name == name)


def machines(db: sqlite_utils.Database) -> list[Machine]:
    return [Machine(*r) for r in db.execute(
        "SELECT name, role, public_key, created_at, revoked_at, last_seen, scans, outbox, showing,"
        " stopped_at FROM venue_machines ORDER BY role, name")]


def seen(db: sqlite_utils.Database, name: str, hello: dict[str, Any]) -> None:
    """A heartbeat from ``name`` (the hub's word for who sent it: the subject it may use)."""
    now = iso(datetime.now(UTC))
    with write(db):
        db.execute("UPDATE venue_machines SET last_seen = ?, scans = ?, outbox = ?, showing = ?,"
                   " stopped_at = ? WHERE name = ? AND revoked_at IS NULL",
                   [now, int(hello.get("scans") or 0),
                    int(hello.get("outbox") or 0), json.dumps(
                        {k: hello.get(k) for k in SCREEN_FIELDS}, ensure_ascii=False),
                    now if hello.get("stopped") is True else None, name])


class Presence:
    """Who came, stopped, went silent or came back, as the hub's log says it (one line each
    time a machine changes, not one per heartbeat): what an AV technician watching the hub's
    terminal needs, among nats-server's own lines."""

    def __init__(self) -> None:
        self._state: dict[str, str] = {}  # name: "online" | "stopped" | "silent"
        self._heard: dict[str, float] = {}  # name: when (time.monotonic()) it was last heard
        self._role: dict[str, str] = {}

    def heard(self, name: str, hello: dict[str, Any], now: float) -> str | None:
        """A heartbeat from ``name``: the line to log, if this changes what it is."""
        before = self._state.get(name)
        state = "stopped" if hello.get("stopped") is True else "online"
        self._heard[name], self._role[name] = now, str(hello.get("role") or "?")
        if state == before:
            return None
        self._state[name] = state
        if state == "stopped":
            waiting = int(hello.get("outbox") or 0)
            return (f"{name} ({self._role[name]}) stopped" + (f", {waiting} events not sent"
                                                               if waiting else ", all sent"))
        return f"{name} ({self._role[name]}) " + ("joined" if before is None else "is back")

    def silent(self, now: float, after: float = ONLINE_WITHIN) -> list[str]:
        """Lines for the machines heard from before and not for ``after`` seconds."""
        lines = []
        for name, state in self._state.items():
            if state == "online" and now - self._heard[name] > after:
                self._state[name] = "silent"
                lines.append(f"{name} ({self._role[name]}) silent for {after:.0f} s: offline")
        return lines

