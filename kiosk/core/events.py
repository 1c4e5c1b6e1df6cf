"""The event log: every state change as a record with its own id, time and origin.

Derived tables (scans, the show cursor, announcements) are written in the same
transaction as their event, so the log and the state never disagree. A future
replication engine ships these rows between machines; ids are time-ordered
UUIDs so that merged logs sort sensibly.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import time
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso


@dataclass(frozen=True)
class Origin:
    """Where an event comes from: the machine, the job (door, stage, presenter, slideshow,
    control, cli) and the process. Built by whoever starts the work and handed in."""

    host: str
    role: str
    pid: int

    @classmethod
    def of_this_process(cls, role: str) -> Origin:
        return cls(socket.gethostname(), role, os.getpid())

    def __str__(self) -> str:
        return f"{self.host}/{self.role}/{self.pid}"


def origin_or_cli(origin: Origin | None) -> Origin:
    """The origin given, else this process as the command line (a Python caller's default)."""
    return origin if origin is not None else Origin.of_this_process("cli")


def new_id() -> str:
    """A UUIDv7-style id: 48 bits of milliseconds, then random bits, as 32 hex digits."""
    ms = time.time_ns() // 1_000_000
    rand = secrets.randbits(80)
    value = (ms << 80) | rand
    value = (value & ~(0xF << 76)) | (0x7 << 76)
    return f"{value:032x}"


@dataclass(frozen=True)
class Event:
    id: str
    at: str
    origin: str
    kind: str
    payload: dict[str, Any]


def record(
    db: sqlite_utils.Database,
    kind: str,
    payload: dict[str, Any] | None = None,
    *,
    origin: Origin | None = None,
    clock: Clock = SYSTEM,
    event_id: str | None = None,
) -> Event:
    """Append one event. Call inside the write transaction that applies its effect."""
    event = Event(event_id or new_id(), iso(clock.now()), str(origin_or_cli(origin)), kind,
                  payload or {})
    db.execute(
        "INSERT INTO events(id, at, origin, kind, payload) VALUES (?, ?, ?, ?, ?)",
        [event.id, event.at, event.origin, event.kind, json.dumps(event.payload, ensure_ascii=False)],
    )
    return event


def recent(db: sqlite_utils.Database, kind: str | None = None, limit: int = 50) -> list[Event]:
    sql = "SELECT id, at, origin, kind, payload FROM events"
    args: list[Any] = []
    if kind:
        sql += " WHERE kind = ?"
        args.append(kind)
    sql += " ORDER BY seq DESC LIMIT ?"
    args.append(limit)
    return [Event(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in db.execute(sql, args)]
