"""Which window processes run on an event: each announces itself in the event file.

A window process (stage, presenter, door, slideshow, control) writes its role, screen, pid and
host when it starts, beats a heartbeat now and then, and removes itself when it leaves. The
control window shows what really runs (started by it or from a shell), and a second window of
the same role on the same screen is refused, naming the first.

The heartbeat is rare on purpose: every commit wakes the other windows' polls. A process on
this machine is known alive by its pid; one on another machine by a recent heartbeat.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso, parse_iso
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin

HEARTBEAT_S = 60
# A window on another machine is taken as gone after missing this many heartbeats.
STALE_AFTER = timedelta(seconds=3 * HEARTBEAT_S)
# Roles that own their screen: two of them on one screen would cover each other.
SCREEN_ROLES = frozenset({"stage", "presenter", "slideshow", "door"})


@dataclass(frozen=True)
class RunningWindow:
    host: str
    pid: int
    role: str
    screen: int | None  # the screen's number as the operator gives it (from 1), None: default
    started_at: str
    heartbeat_at: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def _alive(row: RunningWindow, here: str, now_text: str) -> bool:
    if row.host == here:
        try:
            os.kill(row.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return parse_iso(now_text) - parse_iso(row.heartbeat_at) <= STALE_AFTER


def running(db: sqlite_utils.Database, *, clock: Clock = SYSTEM,
            here: str | None = None) -> list[RunningWindow]:
    """The window processes alive now, oldest first."""
    here = here or Origin.of_this_process("cli").host
    now = iso(clock.now())
    rows = [RunningWindow(*r) for r in db.execute(
        "SELECT host, pid, role, screen, started_at, heartbeat_at FROM windows"
        " ORDER BY started_at, pid")]
    return [r for r in rows if _alive(r, here, now)]


def announce(db: sqlite_utils.Database, origin: Origin, screen: int | None, *,
             clock: Clock = SYSTEM) -> RunningWindow:
    """Record this window process, or refuse it when its role already runs on that screen."""
    now = iso(clock.now())
    with write(db):
        alive = running(db, clock=clock, here=origin.host)
        gone = [r for r in db.execute("SELECT host, pid FROM windows")
                if (r[0], r[1]) not in {(a.host, a.pid) for a in alive}]
        for host, pid in gone:
            db.execute("DELETE FROM windows WHERE host = ? AND pid = ?", [host, pid])
        if origin.role in SCREEN_ROLES:
            for other in alive:
                same_process = (other.host, other.pid) == (origin.host, origin.pid)
                if other.role == origin.role and other.screen == screen and not same_process:
                    raise KioskError("window.running" if screen is not None else "window.running_main",
                                     role=other.role, screen=other.screen, pid=other.pid,
                                     host=other.host, started=other.started_at)
        db.execute("INSERT INTO windows(host, pid, role, screen, started_at, heartbeat_at)"
                   " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(host, pid) DO UPDATE SET"
                   " role = excluded.role, screen = excluded.screen,"
                   " heartbeat_at = excluded.heartbeat_at",
                   [origin.host, origin.pid, origin.role, screen, now, now])
    return RunningWindow(origin.host, origin.pid, origin.role, screen, now, now)


def heartbeat(db: sqlite_utils.Database, origin: Origin, *, clock: Clock = SYSTEM) -> None:
    with write(db):
        db.execute("UPDATE windows SET heartbeat_at = ? WHERE host = ? AND pid = ?",
                   [iso(clock.now()), origin.host, origin.pid])


def leave(db: sqlite_utils.Database, origin: Origin) -> None:
    with write(db):
        db.execute("DELETE FROM windows WHERE host = ? AND pid = ?", [origin.host, origin.pid])
