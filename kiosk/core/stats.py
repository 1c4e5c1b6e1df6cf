"""The figures the operator watches: guests and arrivals per check-in list.

A guest is checked in on a list when the door admitted them there and the admission was
not undone (going out again does not undo an arrival); the companions admitted with them
count among the people in. Both come from :func:`kiosk.core.attendance.counts`, the one
answer to "who came?" that the door screen and the check-in report use as well.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import sqlite_utils

from kiosk.core.attendance import counts, invited
from kiosk.core.scan_status import REFUSED


@dataclass(frozen=True)
class ListStats:
    id: int
    name: str
    starts_at: str
    guests: int
    people: int
    checked_in: int
    people_in: int
    no_shows: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Totals:
    guests: int
    people: int
    scans: int
    refused: int

    def to_dict(self) -> dict:
        return asdict(self)


def list_stats(db: sqlite_utils.Database) -> list[ListStats]:
    """Guests invited and checked in, per check-in list, in the lists' order."""
    return [ListStats(id=c.list_id, name=c.name, starts_at=c.starts_at, guests=c.expected,
                      people=c.expected_people, checked_in=c.arrived, people_in=c.arrived_people,
                      no_shows=c.no_shows)
            for c in counts(db)]


def totals(db: sqlite_utils.Database) -> Totals:
    """Everyone expected (as the door and the report count them: a cancelled guest is not),
    and the door's activity so far (scans, refusals)."""
    guests, people = invited(db)
    marks = ", ".join("?" for _ in REFUSED)
    scans, refused = db.execute(
        f"SELECT COUNT(*), COALESCE(SUM(status IN ({marks})), 0) FROM scans", REFUSED).fetchone()
    return Totals(guests=guests, people=people, scans=scans, refused=refused)
