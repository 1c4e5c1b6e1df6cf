"""Guest lists: the project's own CSV columns, or an Eventbrite attendee export as it comes."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso
from kiosk.core.csvfile import Row, fold, read_csv
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record
from kiosk.core.importers.base import ImportResult, as_int, roomy_cache, warning
from kiosk.core.tickets import mark_cancelled, mark_restored

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
    *,
    source: str | None = None,
    prune: bool = False,
) -> ImportResult:
    """Import or update guests; all rows or none. Re-importing the same file changes nothing.

    The file (known by ``source``, default its name) grants exactly the lists it names now;
    an attendee it marks refunded or cancelled is cancelled; guests of its earlier imports
    that it no longer holds are counted, and with ``prune`` cancelled.
    """
    file = Path(file)
    table = read_csv(file, required=["first_name", "last_name"], aliases=ALIASES,
                     required_values=["first_name", "last_name"])
    eventbrite = "eventbrite_attendee" in table.columns or "ticket_type" in table.columns
    plan = _plan(file, table.rows, eventbrite, [n.strip() for n in lists if n.strip()])
    key = "file:" + (source or file.name)
    result = ImportResult("guests", str(file), rows=len(table.rows))
    now = iso(clock.now())
    known = _Known.read(db, key)
    ids, rows, in_file = _assign_ids(plan, known, now)
    with roomy_cache(db), write(db):  # held only to write what changed: the rest was read before
        if _max_guest_id(db) != known.last_id:  # another import added guests meanwhile
            known = _Known.read(db, key)
            ids, rows, in_file = _assign_ids(plan, known, now)
        _upsert(db, rows)
        result.created = len(ids) - len(known.guests.keys() & ids.keys())
        result.updated = len(plan.guests) - result.created
        sets = set(plan.lists.values())  # few distinct sets of lists, shared by many guests
        list_ids = _ensure_lists(db, {n for names in sets for n in names} | set(plan.options), origin)
        as_ids = {names: frozenset(list_ids[n] for n in names) for names in sets | {plan.options}}
        first_new = known.last_id + 1
        removed = _grant(db, key, known.held.get(key, {}),
                         {ids[e]: as_ids[names] for e, names in plan.lists.items()}, first_new)
        if plan.options:
            removed += _grant(db, key + " --list", known.held.get(key + " --list", {}),
                              dict.fromkeys((ids[e] for e in plan.lines), as_ids[plan.options]),
                              first_new)
        changes = _cancellations(db, file, key, plan, ids, result.warnings, clock, origin)
        missing = sorted(known.sourced - in_file)
        if missing:  # a guest cancelled (by now) is not missing
            cancelled = {r[0] for r in db.execute("SELECT id FROM guests WHERE cancelled_at IS NOT NULL")}
            missing = [g for g in missing if g not in cancelled]
        pruned = 0
        if missing and prune:
            # A guest another file still holds stays invited; the others are cancelled.
            reason = f"not in {file.name} any more"
            pruned = sum(mark_cancelled(db, g, reason, key, clock, origin) for g in missing
                         if g not in known.elsewhere)
            changes["cancelled"] += pruned
        elif missing:
            result.warnings.append(warning("import.not_in_file", file=file, count=len(missing)))
        db.execute("INSERT INTO guest_sources(source, guest_id, imported_at) SELECT ?, id, ?"
                   " FROM guests WHERE id >= ?", [key, now, first_new])  # every new guest is in the file
        db.conn.executemany(
            "INSERT INTO guest_sources(source, guest_id, imported_at, present) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(source, guest_id) DO UPDATE SET present = excluded.present",
            [(key, g, now, 1) for g in in_file - known.sourced if g < first_new]  # back in the file
            + [(key, g, now, 0) for g in (missing if prune else ())])
        result.extra = {"source": key, **changes, "missing": len(missing), "pruned": pruned,
                        "lists_removed": removed}
        record(db, "guests.imported", {"file": file.name, "rows": len(plan.guests),
                                       "created": result.created, **result.extra},
               clock=clock, origin=origin)
    return result


@dataclass
class _Known:
    """What the event holds of this file's guests, read before the write lock is taken."""

    guests: dict[str, tuple]  # external id -> id and the columns an import writes
    last_id: int
    held: dict[str, dict[int, set[int]]]  # source -> guest id -> the list ids it grants
    sourced: set[int]  # guests of earlier imports of this file, still held by it
    absent: set[int]  # guests of earlier imports of this file that a pruning import missed
    elsewhere: set[int]  # guests another file holds

    @classmethod
    def read(cls, db: sqlite_utils.Database, key: str) -> _Known:
        outer = db.conn.in_transaction
        if not outer:
            db.execute("BEGIN")  # one consistent snapshot; a reader never blocks the doors
        try:
            guests = {r[0]: r[1:] for r in db.execute(
                "SELECT external_id, id, first_name, last_name, organisation, category, table_name,"
                " notes, email, party_size, search_key FROM guests")}
            held: dict[str, dict[int, set[int]]] = {}
            for source, guest_id, list_id in db.execute(
                    "SELECT source, guest_id, list_id FROM list_grants WHERE source IN (?, ?)",
                    [key, key + " --list"]):
                held.setdefault(source, {}).setdefault(guest_id, set()).add(list_id)
            sourced, absent, elsewhere = set(), set(), set()
            for source, guest_id, present in db.execute(
                    "SELECT source, guest_id, present FROM guest_sources"):
                if source != key:
                    if present:
                        elsewhere.add(guest_id)
                else:
                    (sourced if present else absent).add(guest_id)
        finally:
            if not outer:
                db.execute("COMMIT")
        return cls(guests, max((g[0] for g in guests.values()), default=0), held, sourced, absent,
                   elsewhere)


def _max_guest_id(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM guests").fetchone()[0]


def _assign_ids(plan: _Plan, known: _Known, now: str) -> tuple[dict[str, int], list[tuple], set[int]]:
    """Each external id of the file (and each known one it cancels) with its guest id, a new
    guest numbered after the event's last (checked again under the lock); the guests table's
    rows to write, the new or changed ones only; and the ids of every guest the file holds."""
    if not known.guests:  # an empty event: every guest is new
        first = known.last_id + 1
        rows = [(n, *g, now) for n, g in enumerate(plan.guests, start=first)]
        ids = {g[0]: n for n, g in enumerate(plan.guests, start=first)}
        return ids, rows, set(ids.values())
    ids = {}
    rows = []
    next_id = known.last_id
    for g in plan.guests:
        had = known.guests.get(g[0])
        if had is None:
            next_id += 1
            ids[g[0]] = next_id
            rows.append((next_id, *g, now))
        else:
            ids[g[0]] = had[0]
            if had[1:] != g[1:]:
                rows.append((had[0], *g, now))
    for ext, _, _ in plan.cancelled:
        if ext in known.guests:
            ids[ext] = known.guests[ext][0]
    return ids, rows, set(ids.values())


def _upsert(db: sqlite_utils.Database, rows: list[tuple]) -> None:
    """Write the guests that are new or changed (ids given)."""
    db.conn.executemany(
        "INSERT INTO guests(id, external_id, first_name, last_name, organisation, category, table_name,"
        " notes, email, party_size, search_key, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(external_id) DO UPDATE SET first_name=excluded.first_name,"
        " last_name=excluded.last_name, organisation=excluded.organisation,"
        " category=excluded.category, table_name=excluded.table_name, notes=excluded.notes,"
        " email=excluded.email, party_size=excluded.party_size, search_key=excluded.search_key",
        rows,
    )


# Eventbrite's statuses that still admit; any other (refunded, cancelled...) cancels the guest.
_ATTENDING = {"", "attending", "checked in", "checked-in", "checkedin"}
MAX_PARTY = 20
MAX_TABLE = 16
_EMAIL = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+")


@dataclass
class _Plan:
    """What a file says, checked whole before the write lock is taken."""

    guests: list[tuple] = field(default_factory=list)  # the guests table's columns, less created_at
    lines: dict[str, int] = field(default_factory=dict)  # external id -> line, attending guests
    lists: dict[str, frozenset[str]] = field(default_factory=dict)  # external id -> lists its row names
    cancelled: list[tuple[str, int, str]] = field(default_factory=list)  # external id, line, status
    options: frozenset[str] = frozenset()  # --list names


def _plan(file: Path, rows: list[Row], eventbrite: bool, options: list[str]) -> _Plan:
    plan = _Plan(options=frozenset(options))
    seen: dict[str, int] = {}
    for row in rows:
        v = row.values
        _check_shapes(file, row, eventbrite)
        names = v.get("lists", "")
        if "@" in names:
            raise KioskError("import.bad_list", file=file, line=row.line, field="lists",
                             value=next(n.strip() for n in names.split("|") if "@" in n))
        ext = _external_id(v)
        if ext in seen:
            raise KioskError("import.duplicate", file=file, line=row.line, field="id" if v.get("id") else "first_name",
                             value=f"{v['first_name']} {v['last_name']}", first_line=seen[ext])
        seen[ext] = row.line
        status = v.get("attendee_status", "")
        if status and fold(status) not in _ATTENDING:
            plan.cancelled.append((ext, row.line, status))
            continue
        party = _party_size(file, row, eventbrite)
        category = _category(v.get("category") or v.get("ticket_type", ""))
        search = f"{_fold(v['first_name'])} {_fold(v['last_name'])} {_fold(v.get('organisation', ''))}"
        plan.guests.append((ext, v["first_name"], v["last_name"], v.get("organisation", ""), category,
                            v.get("table", ""), v.get("notes", ""), v.get("email", ""), party, search))
        plan.lines[ext] = row.line
        plan.lists[ext] = _list_names(names)
    return plan


# fold() works character by character: the search key of "first last organisation" is the
# fold of each, and names and organisations repeat down a guest list.
_fold = functools.lru_cache(maxsize=1 << 16)(fold)


@functools.lru_cache(maxsize=1024)
def _list_names(cell: str) -> frozenset[str]:
    """The lists a row's cell names (a few distinct cells, shared by many rows)."""
    return frozenset(n.strip() for n in cell.split("|") if n.strip())


def _refuse(code: str, file: Path, row: Row, name: str, **params: object) -> KioskError:
    return KioskError(code, file=file, line=row.line, field=name, value=row.values[name], **params)


def _check_shapes(file: Path, row: Row, eventbrite: bool) -> None:
    """Values that cannot be what their column holds: the row is shifted, or the file is wrong.
    (Called for every row: plain string tests first, a compiled pattern only when needed.)"""
    v = row.values
    email = v.get("email")
    if email and not _EMAIL.fullmatch(email):
        raise _refuse("import.bad_email", file, row, "email")
    for name in ("eventbrite_attendee", "eventbrite_barcode"):
        number = v.get(name)
        if number and not (number.isascii() and number.isdigit() and len(number) <= 30):
            raise _refuse("import.bad_attendee", file, row, name)
    table = v.get("table")
    if table and (len(table) > MAX_TABLE or "@" in table):
        raise _refuse("import.bad_table", file, row, "table", maximum=MAX_TABLE)
    text = v.get("party_size")  # not a number: as_int says so
    if text and not eventbrite and text.isdigit() and not 1 <= int(text) <= MAX_PARTY:
        raise _refuse("import.bad_party_size", file, row, "party_size", maximum=MAX_PARTY)


def _grant(db: sqlite_utils.Database, source: str, held: dict[int, set[int]],
           wanted: dict[int, frozenset[int]], first_new: int) -> int:
    """Make ``source`` grant each guest named exactly ``wanted`` (it granted ``held``); keep
    guest_lists their union. Returns how many grants were taken away. Other sources' grants are
    untouched, so a list another file or staff granted stays. Guests from ``first_new`` on were
    created by this import: only this source grants them anything."""
    if held:
        none: frozenset[int] = frozenset()
        gone = [(g, lst) for g, lists in wanted.items() for lst in held.get(g, none) - lists]
        new = [(g, lst, source) for g, lists in wanted.items() for lst in lists - held.get(g, none)]
    else:  # the source's first import
        gone, new = [], [(g, lst, source) for g, lists in wanted.items() for lst in lists]
    db.conn.executemany("DELETE FROM list_grants WHERE guest_id = ? AND list_id = ? AND source = ?",
                        [(g, lst, source) for g, lst in gone])
    db.conn.executemany("INSERT OR IGNORE INTO list_grants(guest_id, list_id, source) VALUES (?, ?, ?)",
                        new)
    db.conn.executemany(
        "DELETE FROM guest_lists WHERE guest_id = ? AND list_id = ? AND NOT EXISTS"
        " (SELECT 1 FROM list_grants WHERE guest_id = ?1 AND list_id = ?2)", gone)
    db.conn.executemany("INSERT OR IGNORE INTO guest_lists(guest_id, list_id) VALUES (?, ?)",
                        [(g, lst) for g, lst, _ in new if g < first_new])
    # New guests' lists copied inside SQLite: no row crosses from Python twice under the lock.
    db.execute("INSERT OR IGNORE INTO guest_lists(guest_id, list_id) SELECT guest_id, list_id"
               " FROM list_grants WHERE guest_id >= ? AND source = ?", [first_new, source])
    return len(gone)


def _cancellations(db: sqlite_utils.Database, file: Path, key: str, plan: _Plan, ids: dict[str, int],
                   warnings: list[str], clock: Clock, origin: Origin | None) -> dict[str, int]:
    """Cancel the attendees the file marks not attending; restore those this file had cancelled."""
    cancelled = restored = 0
    for ext, line, status in plan.cancelled:
        if ext not in ids:
            warnings.append(warning("import.cancelled_unknown", file=file, line=line, status=status))
            continue
        cancelled += mark_cancelled(db, ids[ext], status, key, clock, origin)
    earlier = db.execute("SELECT id FROM guests WHERE cancelled_at IS NOT NULL AND cancelled_by = ?",
                         [key]).fetchall()
    attending = {ids[ext] for ext in plan.lines} if earlier else set()
    for (guest_id,) in earlier:
        if guest_id in attending:
            restored += mark_restored(db, guest_id, key, clock, origin)
    return {"cancelled": cancelled, "restored": restored}


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
