"""Events between machines: this file's outbox, applying what the venue sends, the roster.

Each machine's SQLite file is its own truth: it decides, commits, then sends. The
*outbox* is every event of this file after the last one the hub acknowledged
(``venue_link.sent_seq``), except those heard from other machines (``venue_inbox``).
An event arriving from the venue is applied once (events.id is unique: a message sent
twice is recognised by its id), with its effect: a door's scan is recorded in ``scans``
and moves ``attendance`` as it did at that door. An admission of a guest already inside
is recorded but leaves the first arrival in place: it is a *double*
(:mod:`kiosk.core.doubles`).

The *roster* (lists, guests, their lists, tickets) travels whole from the master: a
re-issued ticket, a cancelled or added guest reaches every door as the next roster.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from kiosk.core import attendance
from kiosk.core.db import write

# The events a door's copy keeps (the rest may speak of the show: never sent to a door).
DOOR_KINDS = ("event.", "guests.", "guest.", "tickets.", "ticket.", "scan", "checkin", "list",
              "door", "attendance")
_SCAN_COLUMNS = ("scanned_at", "door", "list_id", "guest_id", "ticket_version", "direction",
                 "status", "reason", "people", "payload", "origin")


@dataclass(frozen=True)
class Link:
    """This copy's way to the hub, as written by the export."""

    name: str
    role: str
    url: str  # the hub's address; with a three-node hub, every node's, comma-separated
    cert: str
    seed: str

    @property
    def urls(self) -> list[str]:
        """Every address of the hub (a copy of a single hub: one)."""
        return [u.strip() for u in self.url.split(",") if u.strip()]


def link_of(db: sqlite_utils.Database) -> Link | None:
    row = db.execute("SELECT name, role, url, cert, seed FROM venue_link WHERE id = 1").fetchone()
    if row is None or not row[2]:
        return None
    return Link(*row)


def set_link(db: sqlite_utils.Database, link: Link, *, sent_seq: int | None = None) -> None:
    """Write the copy's link; ``sent_seq``: what the copy holds already (never sent back)."""
    if sent_seq is None:
        sent_seq = last_seq(db)
    db.execute("DELETE FROM venue_link")
    db.execute("INSERT INTO venue_link(id, name, role, url, cert, seed, sent_seq) VALUES"
               " (1, ?, ?, ?, ?, ?, ?)", [link.name, link.role, link.url, link.cert, link.seed,
                                         sent_seq])


def _state(db: sqlite_utils.Database) -> tuple[int, int]:
    row = db.execute("SELECT sent_seq, stream_seq FROM venue_link WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else (0, 0)


def _ensure_state(db: sqlite_utils.Database) -> None:
    """A master has no link row of its own: it starts with one that sends everything."""
    db.execute("INSERT OR IGNORE INTO venue_link(id, role) VALUES (1, 'control')")


# -- the outbox -------------------------------------------------------------------

def outbox(db: sqlite_utils.Database, limit: int = 500,
           kinds: tuple[str, ...] | None = None, after: int = 0) -> list[dict[str, Any]]:
    """The next events to send, in order, each with its scan row when it is a door's scan.

    ``after``: a seq up to which the caller knows nothing is left to send (see
    :func:`last_seq`): the events heard from the venue since the last one sent are not read
    again at every look (a night's thousands of them, four times a second)."""
    sent = max(_state(db)[0], after)
    # Each event with its scan row (a door's scan), in one statement.
    rows = db.execute(
        "SELECT e.seq, e.id, e.at, e.origin, e.kind, e.payload, s.id IS NOT NULL,"
        f" {', '.join(f's.{c}' for c in _SCAN_COLUMNS)} FROM events e"
        " LEFT JOIN scans s ON s.event_id = e.id AND e.kind LIKE 'door.%'"
        " WHERE e.seq > ? AND NOT EXISTS (SELECT 1 FROM venue_inbox i WHERE i.event_id = e.id)"
        " ORDER BY e.seq LIMIT ?", [sent, limit]).fetchall()
    out = []
    for seq, event_id, at, origin, kind, payload, has_scan, *scan in rows:
        if kinds is not None and not kind.startswith(kinds):
            out.append({"seq": seq, "skip": True})
            continue
        message: dict[str, Any] = {"seq": seq, "id": event_id, "at": at, "origin": origin,
                                   "kind": kind, "payload": json.loads(payload)}
        if has_scan and kind.startswith("door."):
            message["scan"] = dict(zip(_SCAN_COLUMNS, scan, strict=True))
        out.append(message)
    return out


def last_seq(db: sqlite_utils.Database) -> int:
    """The last event's seq. Read before an :func:`outbox` that comes back empty, it is a
    safe ``after`` for the next ones: an event committed later has a higher seq."""
    return db.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]


def waiting(db: sqlite_utils.Database, after: int = 0) -> int:
    """How many events wait to be sent (``after``: as for :func:`outbox`)."""
    sent = max(_state(db)[0], after)
    return db.execute(
        "SELECT count(*) FROM events e WHERE e.seq > ? AND NOT EXISTS"
        " (SELECT 1 FROM venue_inbox i WHERE i.event_id = e.id)", [sent]).fetchone()[0]


def mark_sent(db: sqlite_utils.Database, seq: int) -> None:
    with write(db):
        _ensure_state(db)
        db.execute("UPDATE venue_link SET sent_seq = max(sent_seq, ?) WHERE id = 1", [seq])


# -- what the venue sends -----------------------------------------------------------

def stream_seq(db: sqlite_utils.Database) -> int:
    return _state(db)[1]


def restart_stream(db: sqlite_utils.Database) -> int:
    """The hub's stream was made anew (a single hub became three nodes): hear it from its
    start (what was already applied is recognised by its event id)."""
    with write(db):
        db.execute("UPDATE venue_link SET stream_seq = 0 WHERE id = 1")
    return 0


def apply(db: sqlite_utils.Database, messages: list[tuple[str, dict[str, Any]]],
          last_seq: int = 0) -> int:
    """Apply (machine, event) messages in one transaction, noting the stream's ``last_seq``
    as heard; return how many were new here."""
    new = 0
    with write(db):
        _ensure_state(db)
        for machine, message in messages:
            if _apply_one(db, machine, message):
                new += 1
        if last_seq:
            db.execute("UPDATE venue_link SET stream_seq = max(stream_seq, ?) WHERE id = 1",
                       [last_seq])
    return new


def _apply_one(db: sqlite_utils.Database, machine: str, message: dict[str, Any]) -> bool:
    conn = db.conn
    event_id = message["id"]
    if not conn.execute("INSERT OR IGNORE INTO events(id, at, origin, kind, payload)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [event_id, message["at"], message["origin"], message["kind"],
                         json.dumps(message.get("payload") or {}, ensure_ascii=False)]).rowcount:
        return False  # heard before (events.id is unique)
    conn.execute("INSERT OR IGNORE INTO venue_inbox(event_id, machine) VALUES (?, ?)",
                 [event_id, machine])
    scan = message.get("scan")
    if scan:
        _apply_scan(conn, event_id, scan)
    return True


def _known(conn: Any, guest_id: int | None, list_id: int | None) -> bool:
    """Whether this copy knows the guest and the list (None: nothing to know), in one statement."""
    row = conn.execute("SELECT ? IS NULL OR EXISTS (SELECT 1 FROM guests WHERE id = ?),"
                       " ? IS NULL OR EXISTS (SELECT 1 FROM lists WHERE id = ?)",
                       [guest_id, guest_id, list_id, list_id]).fetchone()
    return bool(row[0] and row[1])


def _apply_scan(conn: Any, event_id: str, scan: dict[str, Any]) -> None:
    guest_id, list_id = scan.get("guest_id"), scan.get("list_id")
    if not _known(conn, guest_id, list_id):
        return  # a guest this copy does not know yet: the event is kept, the roster follows
    values = [scan.get(c) for c in _SCAN_COLUMNS]
    cur = conn.execute(f"INSERT OR IGNORE INTO scans(event_id, {', '.join(_SCAN_COLUMNS)})"
                       f" VALUES (?{', ?' * len(_SCAN_COLUMNS)})", [event_id, *values])
    if not cur.rowcount or guest_id is None or list_id is None:
        return
    status, at, door = scan["status"], scan["scanned_at"], scan.get("door") or ""
    here = attendance.presences(conn, guest_id, list_id)
    if status == "admitted":
        if not (here and here[0].inside):  # already inside: a double, first arrival kept
            attendance.admit(conn, guest_id, list_id, at, door, cur.lastrowid)
    elif status == "exited" and here:
        attendance.leave(conn, guest_id, list_id)
    elif status == "companion" and here:
        attendance.count_companions(conn, guest_id, list_id, here[0].companions + 1)
    elif status == "undone" and here:
        attendance.cancel(conn, guest_id, list_id)


# -- the roster -----------------------------------------------------------------------

_ROSTER = {
    "lists": ("id", "name", "starts_at", "position"),
    "guests": ("id", "external_id", "first_name", "last_name", "organisation", "category",
               "table_name", "notes", "email", "party_size", "search_key", "created_at",
               "cancelled_at", "cancelled_reason", "cancelled_by"),
    "guest_lists": ("guest_id", "list_id"),
    "tickets": ("id", "guest_id", "version", "issued_at", "revoked_at"),
}
_KEYS = {"lists": ("id",), "guests": ("id",), "guest_lists": ("guest_id", "list_id"),
         "tickets": ("id",)}


def roster(db: sqlite_utils.Database) -> dict[str, Any]:
    """Who may come in: lists, guests, their lists and tickets, with a digest of it all."""
    data: dict[str, Any] = {}
    for table, columns in _ROSTER.items():
        order = ", ".join(_KEYS[table])
        data[table] = [list(r) for r in db.execute(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:32]
    return {"digest": digest, **data}


def apply_roster(db: sqlite_utils.Database, data: dict[str, Any]) -> bool:
    """Bring this copy's lists, guests and tickets to the master's; False if already there."""
    with write(db):
        _ensure_state(db)
        current = db.execute("SELECT roster FROM venue_link WHERE id = 1").fetchone()[0]
        if current == data["digest"]:
            return False
        conn = db.conn
        for table in ("lists", "guests", "tickets", "guest_lists"):
            columns, keys = _ROSTER[table], _KEYS[table]
            rows = data.get(table) or []
            if keys == ("id",):
                others = [c for c in columns if c != "id"]
                conn.executemany(
                    f"INSERT INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                    f" ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in others)}",
                    rows)
            else:
                conn.executemany(f"INSERT OR IGNORE INTO {table}({', '.join(columns)})"
                                 f" VALUES ({', '.join('?' * len(columns))})", rows)
        # What the master no longer has (a guest cancelled, a list left), children first.
        for table in ("guest_lists", "tickets", "guests", "lists"):
            keys = _KEYS[table]
            wanted = {tuple(r[_ROSTER[table].index(k)] for k in keys) for r in data.get(table) or []}
            for row in conn.execute(f"SELECT {', '.join(keys)} FROM {table}").fetchall():
                if tuple(row) not in wanted:
                    where = " AND ".join(f"{k} = ?" for k in keys)
                    if table in ("guests", "lists"):
                        conn.execute(f"UPDATE scans SET {'guest_id' if table == 'guests' else 'list_id'}"
                                     f" = NULL WHERE {'guest_id' if table == 'guests' else 'list_id'}"
                                     " = ?", list(row))
                    conn.execute(f"DELETE FROM {table} WHERE {where}", list(row))
        conn.execute("UPDATE venue_link SET roster = ? WHERE id = 1", [data["digest"]])
    return True
