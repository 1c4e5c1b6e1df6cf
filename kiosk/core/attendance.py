"""Who came and who is inside: the ``attendance`` table, read and written here only.

A door writes a guest's row in the same transaction as the scan that decides it (an
admission creates or re-opens it, an exit closes it, a companion counts in it, an undo
deletes it), so the table always agrees with the scan log. Everything that asks "who is
inside?" (the door screen, the control window, the check-in report) asks :func:`counts`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class Presence:
    """One guest's arrival on one list."""

    list_id: int
    arrived_at: str
    inside: bool
    companions: int
    admitted_at: str
    door: str


def presences(conn: sqlite3.Connection, guest_id: int, list_id: int | None = None) -> list[Presence]:
    """The guest's arrivals (on one list, or on all), latest admission first."""
    sql = ("SELECT list_id, arrived_at, inside, companions, admitted_at, door FROM attendance"
           " WHERE guest_id = ?")
    args: tuple = (guest_id,)
    if list_id is not None:
        sql += " AND list_id = ?"
        args = (guest_id, list_id)
    rows = conn.execute(sql + " ORDER BY admitted_at DESC", args).fetchall()
    return [Presence(r[0], r[1], bool(r[2]), r[3], r[4], r[5]) for r in rows]


def admit(conn: sqlite3.Connection, guest_id: int, list_id: int, at: str, door: str,
          scan_id: int | None) -> None:
    """The guest is in (first arrival, or back after going out: companions are kept)."""
    conn.execute(
        "INSERT INTO attendance(guest_id, list_id, arrived_at, inside, companions, admitted_at,"
        " door, scan_id) VALUES (?, ?, ?, 1, 0, ?, ?, ?) ON CONFLICT(guest_id, list_id) DO UPDATE"
        " SET inside = 1, admitted_at = excluded.admitted_at, door = excluded.door,"
        " scan_id = excluded.scan_id",
        (guest_id, list_id, at, at, door, scan_id))


def leave(conn: sqlite3.Connection, guest_id: int, list_id: int) -> None:
    conn.execute("UPDATE attendance SET inside = 0 WHERE guest_id = ? AND list_id = ?",
                 (guest_id, list_id))


def count_companions(conn: sqlite3.Connection, guest_id: int, list_id: int, number: int) -> None:
    conn.execute("UPDATE attendance SET companions = ? WHERE guest_id = ? AND list_id = ?",
                 (number, guest_id, list_id))


def cancel(conn: sqlite3.Connection, guest_id: int, list_id: int) -> None:
    """The admission was a mistake: as if the guest never came."""
    conn.execute("DELETE FROM attendance WHERE guest_id = ? AND list_id = ?", (guest_id, list_id))


# -- the figures ------------------------------------------------------------------
# Who is expected: a guest on the list whose invitation is not cancelled. Every figure of
# guests or people expected, and every no-show, derives from this one condition.
EXPECTED_GUEST = "g.cancelled_at IS NULL"

@dataclass(frozen=True)
class Expected:
    """A list and who is invited to it (changes slowly: a door caches it)."""

    name: str
    starts_at: str
    guests: int
    people: int


@dataclass(frozen=True)
class ListCount:
    list_id: int
    name: str
    expected: int
    expected_people: int
    arrived: int
    arrived_people: int
    inside: int
    starts_at: str = ""
    no_shows: int = 0  # expected guests who have not arrived (a cancelled guest is none)

    def to_dict(self) -> dict[str, Any]:
        return {"list": self.name, "expected": self.expected, "expected_people": self.expected_people,
                "arrived": self.arrived, "arrived_people": self.arrived_people, "inside": self.inside,
                "no_shows": self.no_shows}


def expected_counts(db: sqlite_utils.Database) -> dict[int, Expected]:
    """Per list id, in the lists' order: guests and people expected."""
    out = {r[0]: Expected(r[1], r[2] or "", 0, 0) for r in db.execute(
        "SELECT id, name, starts_at FROM lists ORDER BY position, id")}
    for list_id, guests, people in db.execute(
            "SELECT gl.list_id, count(*), sum(g.party_size) FROM guest_lists gl"
            f" JOIN guests g ON g.id = gl.guest_id WHERE {EXPECTED_GUEST} GROUP BY gl.list_id"):
        if list_id in out:
            known = out[list_id]
            out[list_id] = Expected(known.name, known.starts_at, guests, people or 0)
    return out


def invited(db: sqlite_utils.Database) -> tuple[int, int]:
    """Guests and people expected on any list (each guest once, however many lists)."""
    guests, people = db.execute(
        "SELECT count(*), coalesce(sum(g.party_size), 0) FROM guests g"
        f" WHERE {EXPECTED_GUEST} AND EXISTS (SELECT 1 FROM guest_lists gl WHERE gl.guest_id = g.id)"
    ).fetchone()
    return guests, people


def arrival_counts(db: sqlite_utils.Database) -> dict[int, tuple[int, int, int, int]]:
    """Per list id: guests arrived, people arrived, people inside now, and expected guests
    arrived (a guest cancelled after coming still arrived, but is no longer expected)."""
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in db.execute(
        "SELECT a.list_id, count(*), sum(1 + a.companions), sum(a.inside + a.companions),"
        f" coalesce(sum({EXPECTED_GUEST}), 0) FROM attendance a JOIN guests g ON g.id = a.guest_id"
        " GROUP BY a.list_id")}


def counts(db: sqlite_utils.Database, expected: dict[int, Expected] | None = None) -> list[ListCount]:
    """Per list: guests and people expected, arrived (an undone admission is not an arrival;
    a guest who went out still arrived), inside now (exits subtracted), and no-shows: the
    expected guests who have not arrived."""
    expected = expected if expected is not None else expected_counts(db)
    arrived = arrival_counts(db)
    out = []
    for list_id, e in expected.items():
        guests, people, inside, expected_arrived = arrived.get(list_id, (0, 0, 0, 0))
        out.append(ListCount(list_id, e.name, e.guests, e.people, guests, people, inside,
                             starts_at=e.starts_at, no_shows=e.guests - expected_arrived))
    return out
