"""After the doors close: who came, who did not, and which scans were refused."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.core.attendance import counts
from kiosk.core.clock import parse_iso
from kiosk.core.event import event_info
from kiosk.core.guest import attention_of
from kiosk.core.scan_status import REFUSED

CSV_COLUMNS = ["record", "time", "guest_id", "first_name", "last_name", "organisation", "category",
               "table", "list", "door", "people", "status", "reason", "attention"]


def _local(zone: ZoneInfo, at: str | None) -> str:
    return parse_iso(at).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") if at else ""


def rows(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Arrivals (one per guest and list), no-shows (one per guest and list), refused scans."""
    zone = ZoneInfo(event_info(db).timezone or "UTC")
    out: list[dict[str, Any]] = []
    for r in db.execute(
            "SELECT a.arrived_at, g.id, g.first_name, g.last_name, g.organisation, g.category,"
            " g.table_name, l.name, a.door, 1 + a.companions, a.inside, g.notes"
            " FROM attendance a JOIN guests g ON g.id = a.guest_id JOIN lists l ON l.id = a.list_id"
            " ORDER BY a.arrived_at"):
        out.append({"record": "arrival", "time": _local(zone, r[0]), "guest_id": r[1],
                    "first_name": r[2], "last_name": r[3], "organisation": r[4], "category": r[5],
                    "table": r[6], "list": r[7], "door": r[8], "people": r[9],
                    "status": "inside" if r[10] else "left", "reason": "",
                    "attention": attention_of(r[5], r[11]) or ""})
    for r in db.execute(
            "SELECT g.id, g.first_name, g.last_name, g.organisation, g.category, g.table_name,"
            " l.name, g.party_size, g.notes FROM guest_lists gl JOIN guests g ON g.id = gl.guest_id"
            " JOIN lists l ON l.id = gl.list_id WHERE NOT EXISTS (SELECT 1 FROM attendance a"
            " WHERE a.guest_id = gl.guest_id AND a.list_id = gl.list_id)"
            " ORDER BY l.position, g.last_name, g.first_name"):
        out.append({"record": "no_show", "time": "", "guest_id": r[0], "first_name": r[1],
                    "last_name": r[2], "organisation": r[3], "category": r[4], "table": r[5],
                    "list": r[6], "door": "", "people": r[7], "status": "no_show", "reason": "",
                    "attention": attention_of(r[4], r[8]) or ""})
    marks = ",".join("?" * len(REFUSED))
    for r in db.execute(
            "SELECT s.scanned_at, s.guest_id, g.first_name, g.last_name, g.organisation, g.category,"
            " g.table_name, l.name, s.door, s.people, s.status, s.reason, s.payload, g.notes"
            " FROM scans s LEFT JOIN guests g ON g.id = s.guest_id LEFT JOIN lists l ON l.id = s.list_id"
            f" WHERE s.status IN ({marks}) ORDER BY s.id", list(REFUSED)):
        out.append({"record": "refused", "time": _local(zone, r[0]), "guest_id": r[1],
                    "first_name": r[2] or "", "last_name": r[3] or "", "organisation": r[4] or "",
                    "category": r[5] or "", "table": r[6] or "", "list": r[7] or "",
                    "door": r[8], "people": r[9], "status": r[10],
                    "reason": r[11] or (r[12][:40] if r[1] is None else ""),
                    "attention": attention_of(r[5] or "", r[13] or "") or ""})
    return out


def summary(db: sqlite_utils.Database) -> dict[str, Any]:
    """The figures door managers ask for, per list and overall."""
    by_status = dict(db.execute("SELECT status, count(*) FROM scans GROUP BY status"))
    lists = [c.to_dict() | {"no_shows": c.expected - c.arrived} for c in counts(db)]
    arrived_guests = db.execute("SELECT count(DISTINCT guest_id) FROM attendance").fetchone()[0]
    invited = db.execute("SELECT count(DISTINCT guest_id) FROM guest_lists").fetchone()[0]
    return {
        "event": event_info(db).name,
        "lists": lists,
        "arrivals": sum(c["arrived"] for c in lists),
        "arrived_people": sum(c["arrived_people"] for c in lists),
        "inside": sum(c["inside"] for c in lists),
        "no_shows": sum(c["no_shows"] for c in lists),
        "guests_invited": invited,
        "guests_arrived": arrived_guests,
        "refused": sum(by_status.get(s, 0) for s in REFUSED),
        "scans": sum(by_status.values()),
        "by_status": by_status,
    }


def write_csv(db: sqlite_utils.Database, path: str | Path) -> int:
    """The full report as CSV (UTF-8 with BOM so that spreadsheets read the accents)."""
    path = Path(path)
    data = rows(db)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(data)
    os.replace(tmp, path)
    return len(data)


def report(db: sqlite_utils.Database, csv_path: str | Path | None = None) -> dict[str, Any]:
    """The summary (``kiosk report checkins``), with every record written to ``csv_path``."""
    if csv_path is None:
        return summary(db)
    count = write_csv(db, csv_path)
    return {**summary(db), "csv": str(csv_path), "rows": count}
