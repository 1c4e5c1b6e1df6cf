"""After the doors close: who came, who did not, and which scans were refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.core.attendance import EXPECTED_GUEST, counts, invited
from kiosk.core.clock import parse_iso
from kiosk.core.csvfile import write_table
from kiosk.core.doubles import doubles
from kiosk.core.event import event_info
from kiosk.core.guest import attention_of
from kiosk.core.scan_status import REFUSED

CSV_COLUMNS = ["record", "time", "guest_id", "first_name", "last_name", "organisation", "category",
               "table", "list", "door", "people", "status", "reason", "attention", "timezone"]
# Every time is the event's local time; the last column names its zone (Europe/Paris), so the
# "time" column stays a plain date and time a spreadsheet reads as one.


def _zone_name(db: sqlite_utils.Database) -> str:
    return event_info(db).timezone or "UTC"


def _local(zone: ZoneInfo, at: str | None) -> str:
    return parse_iso(at).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") if at else ""


# Each kind of record, as one query whose columns are: time, guest_id, first_name, last_name,
# organisation, category, table, list, door, people, status, reason, and the guest's notes.
_RECORDS = (
    ("arrival",
     "SELECT a.arrived_at, g.id, g.first_name, g.last_name, g.organisation, g.category,"
     " g.table_name, l.name, a.door, 1 + a.companions, CASE WHEN a.inside THEN 'inside' ELSE 'left' END,"
     " '', g.notes FROM attendance a JOIN guests g ON g.id = a.guest_id JOIN lists l ON l.id = a.list_id"
     " ORDER BY a.arrived_at"),
    ("no_show",
     "SELECT NULL, g.id, g.first_name, g.last_name, g.organisation, g.category, g.table_name,"
     " l.name, '', g.party_size, 'no_show', '', g.notes FROM guest_lists gl"
     " JOIN guests g ON g.id = gl.guest_id JOIN lists l ON l.id = gl.list_id"
     f" WHERE {EXPECTED_GUEST} AND NOT EXISTS (SELECT 1 FROM attendance a"
     " WHERE a.guest_id = gl.guest_id AND a.list_id = gl.list_id)"
     " ORDER BY l.position, g.last_name, g.first_name"),
    ("cancelled",
     "SELECT g.cancelled_at, g.id, g.first_name, g.last_name, g.organisation, g.category,"
     " g.table_name, coalesce((SELECT group_concat(l.name, '|') FROM guest_lists gl JOIN lists l"
     " ON l.id = gl.list_id WHERE gl.guest_id = g.id), ''), '', g.party_size, 'cancelled',"
     " g.cancelled_reason, g.notes FROM guests g WHERE g.cancelled_at IS NOT NULL"
     " ORDER BY g.cancelled_at, g.id"),
    ("refused",
     "SELECT s.scanned_at, s.guest_id, coalesce(g.first_name, ''), coalesce(g.last_name, ''),"
     " coalesce(g.organisation, ''), coalesce(g.category, ''), coalesce(g.table_name, ''),"
     " coalesce(l.name, ''), s.door, s.people, s.status, CASE WHEN s.reason != '' THEN s.reason"
     " WHEN s.guest_id IS NULL THEN substr(s.payload, 1, 40) ELSE '' END, coalesce(g.notes, '')"
     " FROM scans s LEFT JOIN guests g ON g.id = s.guest_id LEFT JOIN lists l ON l.id = s.list_id"
     f" WHERE s.status IN ({','.join('?' * len(REFUSED))}) ORDER BY s.id"),
)


def rows(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Arrivals and no-shows (one per guest and list), cancelled guests, refused scans."""
    name = _zone_name(db)
    zone = ZoneInfo(name)
    out: list[dict[str, Any]] = []
    for kind, sql in _RECORDS:
        for r in db.execute(sql, list(REFUSED) if kind == "refused" else []):
            values = (kind, _local(zone, r[0]), *r[1:12], attention_of(r[5], r[12]) or "", name)
            out.append(dict(zip(CSV_COLUMNS, values, strict=True)))
    # A ticket admitted at two doors while they could not hear each other (issue 14).
    for d in doubles(db):
        guest = db.execute("SELECT first_name, last_name, organisation, category, table_name, notes"
                           " FROM guests WHERE id = ?", [d.guest_id]).fetchone()
        values = ("double", _local(zone, d.second_at), d.guest_id, *guest[:5], d.list,
                  f"{d.first_door} + {d.second_door}", 1, "double",
                  f"{d.first_door or '-'} {_local(zone, d.first_at)}; "
                  f"{d.second_door or '-'} {_local(zone, d.second_at)}",
                  attention_of(guest[3], guest[5]) or "", name)
        out.append(dict(zip(CSV_COLUMNS, values, strict=True)))
    return out


def summary(db: sqlite_utils.Database) -> dict[str, Any]:
    """The figures door managers ask for, per list and overall."""
    by_status = dict(db.execute("SELECT status, count(*) FROM scans GROUP BY status"))
    lists = [c.to_dict() for c in counts(db)]
    arrived_guests = db.execute("SELECT count(DISTINCT guest_id) FROM attendance").fetchone()[0]
    guests_invited, _ = invited(db)
    cancelled = db.execute("SELECT count(*) FROM guests WHERE cancelled_at IS NOT NULL").fetchone()[0]
    return {
        "event": event_info(db).name,
        "timezone": _zone_name(db),  # the zone of every time in the report
        "lists": lists,
        "arrivals": sum(c["arrived"] for c in lists),
        "arrived_people": sum(c["arrived_people"] for c in lists),
        "inside": sum(c["inside"] for c in lists),
        "no_shows": sum(c["no_shows"] for c in lists),
        "guests_invited": guests_invited,
        "guests_arrived": arrived_guests,
        "guests_cancelled": cancelled,
        "refused": sum(by_status.get(s, 0) for s in REFUSED),
        "scans": sum(by_status.values()),
        "by_status": by_status,
        "doubles": len(doubles(db)),
    }


def write_csv(db: sqlite_utils.Database, path: str | Path, excel: bool = False) -> int:
    """The full report as CSV for spreadsheets: no cell runs as a formula (see csvfile)."""
    return write_table(path, CSV_COLUMNS, rows(db), excel=excel)


def report(db: sqlite_utils.Database, csv_path: str | Path | None = None,
           excel: bool = False) -> dict[str, Any]:
    """The summary (``kiosk report checkins``), with every record written to ``csv_path``."""
    if csv_path is None:
        return summary(db)
    count = write_csv(db, csv_path, excel=excel)
    return {**summary(db), "csv": str(csv_path), "rows": count}
