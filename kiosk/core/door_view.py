"""What the door screen and the control window read about the doors: the latest scans,
the flagged guests who arrived, and the guest search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils

from kiosk.core.clock import parse_iso
from kiosk.core.csvfile import fold
from kiosk.core.event import event_info
from kiosk.core.guest import attention_of


def _zone(db: sqlite_utils.Database, tz: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(tz or event_info(db).timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class ScanLine:
    """One recorded scan, with the guest's name when the ticket was known."""

    scan_id: int
    scanned_at: str
    time: str  # the venue's local time, HH:MM
    door: str
    direction: str
    status: str
    reason: str
    people: int
    guest_id: int | None
    guest: str  # the guest's name, "" when the scan named nobody
    attention: str | None
    list_name: str


def recent_scans(db: sqlite_utils.Database, limit: int = 8, tz: str | None = None) -> list[ScanLine]:
    """The latest scans at every door, newest first."""
    zone = _zone(db, tz)
    rows = db.execute(
        "SELECT s.id, s.scanned_at, s.door, s.direction, s.status, s.reason, s.people,"
        " g.id, g.first_name, g.last_name, g.category, g.notes, l.name FROM scans s"
        " LEFT JOIN guests g ON g.id = s.guest_id LEFT JOIN lists l ON l.id = s.list_id"
        " ORDER BY s.id DESC LIMIT ?", [limit]).fetchall()
    return [ScanLine(scan_id=r[0], scanned_at=r[1],
                     time=parse_iso(r[1]).astimezone(zone).strftime("%H:%M"), door=r[2],
                     direction=r[3], status=r[4], reason=r[5], people=r[6], guest_id=r[7],
                     guest=f"{r[8]} {r[9]}" if r[7] is not None else "",
                     attention=attention_of(r[10], r[11]) if r[7] is not None else None,
                     list_name=r[12] or "") for r in rows]


def vip_arrivals(db: sqlite_utils.Database, limit: int = 12, tz: str | None = None) -> list[dict[str, Any]]:
    """Flagged guests (VIP, press, security) who have arrived, latest first."""
    zone = _zone(db, tz)
    rows = db.execute(
        "SELECT g.id, g.first_name, g.last_name, g.organisation, g.category, g.notes, a.admitted_at,"
        " a.inside, l.name FROM attendance a JOIN guests g ON g.id = a.guest_id"
        " JOIN lists l ON l.id = a.list_id ORDER BY a.admitted_at DESC").fetchall()
    out = []
    for r in rows:
        flag = attention_of(r[4], r[5])
        if flag:
            out.append({"guest_id": r[0], "name": f"{r[1]} {r[2]}", "organisation": r[3],
                        "attention": flag, "at": r[6],
                        "time": parse_iso(r[6]).astimezone(zone).strftime("%H:%M"),
                        "inside": bool(r[7]), "list": r[8]})
            if len(out) >= limit:
                break
    return out


def search(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Guests whose name or organisation contains every word typed, accents and case ignored."""
    words = [w for w in fold(" ".join(query.split()))[:80].split() if w]
    if not words:
        return []
    sql = ("SELECT g.id, g.first_name, g.last_name, g.organisation, g.category, g.table_name,"
           " g.notes, g.party_size,"
           " (SELECT group_concat(l.name, ', ') FROM guest_lists gl JOIN lists l ON l.id = gl.list_id"
           "   WHERE gl.guest_id = g.id),"
           " (SELECT max(a.inside) FROM attendance a WHERE a.guest_id = g.id)"
           " FROM guests g WHERE " + " AND ".join(["instr(g.search_key, ?) > 0"] * len(words)) +
           " ORDER BY g.last_name, g.first_name LIMIT ?")
    rows = db.execute(sql, [*words, limit]).fetchall()
    return [{"id": r[0], "name": f"{r[1]} {r[2]}", "first_name": r[1], "last_name": r[2],
             "organisation": r[3], "category": r[4], "table": r[5], "notes": r[6],
             "party_size": r[7], "lists": r[8] or "", "inside": bool(r[9]),
             "attention": attention_of(r[4], r[6])} for r in rows]
