"""Shared helpers for the door tests: a small real event with the guests every case needs."""

from __future__ import annotations

import csv
from pathlib import Path

from kiosk.core.db import open_db, write
from kiosk.core.event import InitRequest, init_event
from kiosk.core.importers import import_guests
from kiosk.core.importers.guests import ensure_list

CEREMONY = "Awards ceremony"
PARTY = "Anniversary party"

GUESTS = [
    # first, last, organisation, category, table, notes, lists, party_size
    ("Stéphane", "Ratel", "SRO Motorsports Group", "VIP", "1", "VIP: escort to row A",
     f"{CEREMONY}|{PARTY}", 1),
    ("Jean", "Dupont", "Team Lambo", "team", "12", "", CEREMONY, 1),
    ("Marie", "Lefèvre", "Audi Sport", "guest", "20", "With family: 3 people on one ticket",
     PARTY, 3),
    ("Chloé", "Martin", "Autosport", "press", "", "Press: photo pit access", f"{CEREMONY}|{PARTY}", 1),
    ("Karl", "Weber", "Mercedes-AMG", "guest", "7", "Security: check ID at desk 1", PARTY, 1),
    ("Nadia", "Benali", "Freelance", "guest", "", "", "", 1),
]


def build_event(path: Path, extra: int = 0, name: str = "Test Gala") -> Path:
    """An event at ``path`` with the guests above (ids 1..6) and ``extra`` more on both lists."""
    db = init_event(InitRequest(path=path, name=name, venue="Palais Brongniart",
                                date="2017-11-24", timezone="Europe/Paris", force=True))
    with write(db):
        ensure_list(db, CEREMONY, "15:00")
        ensure_list(db, PARTY, "20:00")
        db.execute("UPDATE lists SET position = 1 WHERE name = ?", [CEREMONY])
        db.execute("UPDATE lists SET position = 2 WHERE name = ?", [PARTY])
    rows = [{"first_name": g[0], "last_name": g[1], "organisation": g[2], "category": g[3],
             "table": g[4], "notes": g[5], "email": "", "lists": g[6], "party_size": g[7]}
            for g in GUESTS]
    rows += [{"first_name": f"Guest{i}", "last_name": f"Filler{i}", "organisation": "Club",
              "category": "guest", "table": str(i % 60), "notes": "", "email": "",
              "lists": f"{CEREMONY}|{PARTY}", "party_size": 1} for i in range(extra)]
    csv_path = path.with_name(path.stem + "-guests.csv")
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    import_guests(db, csv_path)
    db.close()
    return path


def payloads(path: Path) -> dict[int, str]:
    """Every guest's current ticket payload, signed with the event's key."""
    from kiosk.core.tickets import Signer, ticket_rows

    db = open_db(path)
    try:
        signer = Signer(db, path)
        return {r.guest_id: signer.payload(r.guest_id, r.version) for r in ticket_rows(db)}
    finally:
        db.close()


def guest_id(path: Path, last_name: str) -> int:
    db = open_db(path)
    try:
        return db.execute("SELECT id FROM guests WHERE last_name = ?", [last_name]).fetchone()[0]
    finally:
        db.close()
