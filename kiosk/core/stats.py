"""The figures the operator watches: guests and arrivals per check-in list.

Read from the scans, the door's record of every decision: a guest is checked in on a
list when their latest admission there has not been undone (an 'undone' scan after it).
Refusals, duplicates, exits and companions decide nothing about that; the companions
admitted after a guest's admission count among the people in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import sqlite_utils

# The scan statuses that decide whether a guest is checked in: the latest of these wins.
ADMITTED = "admitted"
UNDONE = "undone"
COMPANION = "companion"
# Everything else a door records is a refusal (duplicate, wrong list, revoked, invalid...).
NOT_REFUSALS = (ADMITTED, UNDONE, COMPANION, "exited", "readmitted")


@dataclass(frozen=True)
class ListStats:
    id: int
    name: str
    starts_at: str
    guests: int
    people: int
    checked_in: int
    people_in: int

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


_INVITED = """
SELECT l.id, l.name, l.starts_at,
       COUNT(g.id), COALESCE(SUM(g.party_size), 0)
FROM lists l
LEFT JOIN guest_lists gl ON gl.list_id = l.id
LEFT JOIN guests g ON g.id = gl.guest_id
GROUP BY l.id
ORDER BY l.position, l.id
"""

_CHECKED_IN = """
WITH decisive AS (
    SELECT MAX(id) AS scan_id
    FROM scans
    WHERE direction = 'in' AND status IN (:admitted, :undone)
      AND guest_id IS NOT NULL AND list_id IS NOT NULL
    GROUP BY list_id, guest_id
)
SELECT s.list_id, COUNT(*), COALESCE(SUM(s.people + (
           SELECT COUNT(*) FROM scans c
           WHERE c.guest_id = s.guest_id AND c.list_id = s.list_id
             AND c.status = :companion AND c.id > s.id)), 0)
FROM decisive JOIN scans s ON s.id = decisive.scan_id
WHERE s.status = :admitted
GROUP BY s.list_id
"""


def checked_in_by_list(db: sqlite_utils.Database) -> dict[int, tuple[int, int]]:
    """{list id: (guests checked in, people they brought in with them)}."""
    rows = db.execute(_CHECKED_IN, {"admitted": ADMITTED, "undone": UNDONE,
                                    "companion": COMPANION}).fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def list_stats(db: sqlite_utils.Database) -> list[ListStats]:
    """Guests invited and checked in, per check-in list, in the lists' order."""
    arrived = checked_in_by_list(db)
    return [
        ListStats(id=row[0], name=row[1], starts_at=row[2], guests=row[3], people=row[4],
                  checked_in=arrived.get(row[0], (0, 0))[0], people_in=arrived.get(row[0], (0, 0))[1])
        for row in db.execute(_INVITED).fetchall()
    ]


def totals(db: sqlite_utils.Database) -> Totals:
    """Everyone invited, and the door's activity so far (scans, refusals)."""
    guests, people = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(party_size), 0) FROM guests").fetchone()
    marks = ", ".join("?" for _ in NOT_REFUSALS)
    scans, refused = db.execute(
        f"SELECT COUNT(*), COALESCE(SUM(status NOT IN ({marks})), 0) FROM scans",
        NOT_REFUSALS).fetchone()
    return Totals(guests=guests, people=people, scans=scans, refused=refused)



@dataclass(frozen=True)
class ScanLine:
    scanned_at: str
    door: str
    direction: str
    status: str
    reason: str
    guest: str
    list_name: str


def recent_scans(db: sqlite_utils.Database, limit: int = 8) -> list[ScanLine]:
    """The latest scans at every door, newest first, with the guest's name when known."""
    rows = db.execute(
        "SELECT s.scanned_at, s.door, s.direction, s.status, s.reason,"
        " COALESCE(g.first_name || ' ' || g.last_name, ''), COALESCE(l.name, '')"
        " FROM scans s LEFT JOIN guests g ON g.id = s.guest_id"
        " LEFT JOIN lists l ON l.id = s.list_id ORDER BY s.id DESC LIMIT ?", [limit]).fetchall()
    return [ScanLine(*row) for row in rows]
