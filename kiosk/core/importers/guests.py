"""Guest lists: the project's own CSV columns, or an Eventbrite attendee export as it comes."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso
from kiosk.core.csvfile import Row, fold, read_csv
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record
from kiosk.core.importers.base import ImportResult, as_int

COLUMNS = ["first_name", "last_name", "organisation", "category", "table", "notes", "email", "lists"]
OPTIONAL = ["party_size", "id"]
CATEGORIES = ["driver", "team", "press", "VIP", "sponsor", "staff", "guest"]

# Eventbrite's attendee report, and common spreadsheet spellings, mapped to our columns.
ALIASES = {
    "First Name": "first_name", "Prénom": "first_name", "Firstname": "first_name",
    "Last Name": "last_name", "Nom": "last_name", "Surname": "last_name", "Lastname": "last_name",
    "Company": "organisation", "Organization": "organisation", "Société": "organisation",
    "Email": "email", "E-mail": "email", "Courriel": "email",
    "Attendee #": "eventbrite_attendee", "Barcode #": "eventbrite_barcode",
    "Ticket Type": "ticket_type", "Attendee Status": "attendee_status",
    "Quantity": "party_size", "Table #": "table", "Table Number": "table",
    "Guests": "party_size", "Party Size": "party_size", "Category": "category",
    "External ID": "id", "Guest ID": "id",
}
_SKIPPED_STATUSES = {"not attending", "refunded", "cancelled", "canceled", "deleted", "transferred"}


@functools.lru_cache(maxsize=256)
def _category(text: str) -> str:
    folded = fold(text)
    for cat in CATEGORIES:
        if folded == fold(cat) or folded.rstrip("s") == fold(cat):
            return cat
    if "vip" in folded:
        return "VIP"
    if "press" in folded or "presse" in folded or "media" in folded:
        return "press"
    return text.strip() or "guest"


def _external_id(values: dict[str, str]) -> str:
    for key, prefix in (("id", ""), ("eventbrite_attendee", "eventbrite:"),
                        ("eventbrite_barcode", "eventbrite-barcode:")):
        if values.get(key):
            return prefix + values[key]
    parts = [fold(values.get(k, "")) for k in ("first_name", "last_name", "email")]
    return "guest:" + "|".join(parts)


def import_guests(
    db: sqlite_utils.Database,
    file: str | Path,
    lists: Sequence[str] = (),
    clock: Clock = SYSTEM, origin: Origin | None = None,
) -> ImportResult:
    """Import or update guests; all rows or none. Re-importing the same file changes nothing."""
    file = Path(file)
    table = read_csv(file, required=["first_name", "last_name"], aliases=ALIASES,
                     required_values=["first_name", "last_name"])
    eventbrite = "eventbrite_attendee" in table.columns or "ticket_type" in table.columns
    now = iso(clock.now())
    seen: dict[str, int] = {}
    guests: list[tuple] = []
    memberships: list[tuple[str, str]] = []
    result = ImportResult("guests", str(file), rows=len(table.rows))
    for row in table.rows:
        v = row.values
        if fold(v.get("attendee_status", "")) in _SKIPPED_STATUSES:
            result.warnings.append(f"{file}, line {row.line}: skipped ({v['attendee_status']})")
            continue
        ext = _external_id(v)
        if ext in seen:
            raise KioskError("import.duplicate", file=file, line=row.line, field="id" if v.get("id") else "first_name",
                             value=f"{v['first_name']} {v['last_name']}", first_line=seen[ext])
        seen[ext] = row.line
        party = _party_size(file, row, eventbrite)
        category = _category(v.get("category") or v.get("ticket_type", ""))
        search = fold(f"{v['first_name']} {v['last_name']} {v.get('organisation', '')}")
        guests.append((ext, v["first_name"], v["last_name"], v.get("organisation", ""), category,
                       v.get("table", ""), v.get("notes", ""), v.get("email", ""), party, search, now))
        for name in [n.strip() for n in v.get("lists", "").split("|") if n.strip()] + list(lists):
            memberships.append((ext, name))
    with write(db):
        before = db.execute("SELECT count(*) FROM guests").fetchone()[0]
        db.conn.executemany(
            "INSERT INTO guests(external_id, first_name, last_name, organisation, category, table_name,"
            " notes, email, party_size, search_key, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(external_id) DO UPDATE SET first_name=excluded.first_name,"
            " last_name=excluded.last_name, organisation=excluded.organisation,"
            " category=excluded.category, table_name=excluded.table_name, notes=excluded.notes,"
            " email=excluded.email, party_size=excluded.party_size, search_key=excluded.search_key",
            guests,
        )
        after = db.execute("SELECT count(*) FROM guests").fetchone()[0]
        list_ids = _ensure_lists(db, {name for _, name in memberships}, origin)
        ids = dict(db.execute("SELECT external_id, id FROM guests"))
        db.conn.executemany(
            "INSERT OR IGNORE INTO guest_lists(guest_id, list_id) VALUES (?, ?)",
            ((ids[ext], list_ids[name]) for ext, name in memberships),
        )
        result.created = after - before
        result.updated = len(guests) - result.created
        record(db, "guests.imported", {"file": file.name, "rows": len(guests),
                                       "created": result.created}, clock=clock, origin=origin)
    return result


def _party_size(file: Path, row: Row, eventbrite: bool) -> int:
    if eventbrite:
        # Eventbrite's "Quantity" counts tickets in the order line, one row per attendee.
        return 1
    return as_int(file, row, "party_size", default=1, minimum=1)


def _ensure_lists(db: sqlite_utils.Database, names: set[str],
                  origin: Origin | None = None) -> dict[str, int]:
    existing = dict(db.execute("SELECT name, id FROM lists"))
    position = len(existing)
    for name in sorted(names - set(existing)):
        position += 1
        db.execute("INSERT INTO lists(name, position) VALUES (?, ?)", [name, position])
        record(db, "list.created", {"name": name}, origin=origin)
    return dict(db.execute("SELECT name, id FROM lists"))


def ensure_list(db: sqlite_utils.Database, name: str, starts_at: str = "",
                origin: Origin | None = None) -> int:
    """Create a check-in list if needed (inside a write transaction); return its id."""
    ids = _ensure_lists(db, {name}, origin)
    if starts_at:
        db.execute("UPDATE lists SET starts_at = ? WHERE id = ?", [starts_at, ids[name]])
    return ids[name]
