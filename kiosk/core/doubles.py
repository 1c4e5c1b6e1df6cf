"""Doubles: a ticket admitted at two doors while they could not hear each other.

While the hub answers, a ticket is admitted once across the venue. A door cut off
decides alone; when its scans reach the master, an admission of a guest who was
already inside (on the same list, no exit or undo between) is a double. It is never
hidden: counted in the check-in report, one CSV record each, named in the control window.
Derived from the scan log, so it holds whatever order the doors' scans arrived in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from kiosk.core.scan_status import ADMITTED, EXITED, UNDONE


@dataclass(frozen=True)
class Double:
    guest_id: int
    name: str
    list: str
    first_door: str
    first_at: str
    second_door: str
    second_at: str

    def to_dict(self) -> dict[str, Any]:
        return {"guest_id": self.guest_id, "name": self.name, "list": self.list,
                "first_door": self.first_door, "first_at": self.first_at,
                "second_door": self.second_door, "second_at": self.second_at}


def doubles(db: sqlite_utils.Database) -> list[Double]:
    """Every admission made while the guest was already inside, in time order."""
    found: list[Double] = []
    inside: dict[tuple[int, int], tuple[str, str]] = {}
    for guest_id, list_id, status, at, door, first, last, list_name in db.execute(
            "SELECT s.guest_id, s.list_id, s.status, s.scanned_at, s.door, g.first_name,"
            " g.last_name, l.name FROM scans s JOIN guests g ON g.id = s.guest_id"
            " JOIN lists l ON l.id = s.list_id WHERE s.status IN (?, ?, ?)"
            " ORDER BY s.scanned_at, s.id", [ADMITTED, EXITED, UNDONE]):
        key = (guest_id, list_id)
        if status == ADMITTED:
            if key in inside:
                first_door, first_at = inside[key]
                found.append(Double(guest_id, f"{first} {last}".strip(), list_name, first_door,
                                    first_at, door, at))
            else:
                inside[key] = (door, at)
        else:
            inside.pop(key, None)
    return found
