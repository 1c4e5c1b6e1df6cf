"""Role exports: a copy of the event for one machine's job, holding only what that job needs.

A door laptop or a venue-screen machine may be lost or looked at by anyone. Its copy
holds no winners, no award results, no show state and no signing key: a door copy
verifies tickets with the event's public key, a screens copy runs the slideshow.
The copy is made from a consistent snapshot (VACUUM INTO), stripped, then vacuumed
again so that nothing deleted survives in free pages.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record
from kiosk.core.keys import refuse_key_target

# Tables every role drops: the awards, their results and the show.
_AWARDS = ["show_reveals", "winners", "cues", "nominees", "award_categories"]
# Per role, further tables it has no use for (the rest is kept).
_DROP = {
    "door": ["legend_photos", "legends", "slides"],
    "screens": ["attendance", "scans", "tickets", "list_grants", "guest_sources", "guest_lists", "guests"],
    # A backup stage runs the show: it keeps the awards and their winners (so it is made only
    # on request, with a warning), and nothing of the guests.
    "stage": ["attendance", "scans", "tickets", "list_grants", "guest_sources", "guest_lists",
              "guests", "legend_photos", "legends", "slides"],
}
_KEEPS_AWARDS = ("stage",)
# Events a role keeps in its log (by kind prefix); the others may speak of the show.
_KEEP_EVENTS = {
    "door": ("event.", "guests.", "guest.", "tickets.", "ticket.", "scan", "checkin", "list",
             "door", "attendance"),
    "screens": ("event.", "legends.", "legend.", "slide", "announce", "screens", "slideshow",
                "playlist"),
    "stage": ("event.", "show.", "awards.", "award.", "stage"),
}
ROLES = tuple(_DROP)


@dataclass
class ExportResult:
    role: str
    path: str
    bytes: int = 0
    kept: dict[str, int] = field(default_factory=dict)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def export_role(db: sqlite_utils.Database, role: str, out: str | Path, force: bool = False,
                clock: Clock = SYSTEM, origin: Origin | None = None) -> ExportResult:
    """Write ``out``: a copy of the event for ``role`` ('door' or 'screens')."""
    if role not in _DROP:
        raise KioskError("export.role", role=role)
    out = Path(out).expanduser()
    source = Path(db.execute("PRAGMA database_list").fetchone()[2] or "")
    if source and out.exists() and out.resolve() == source.resolve():
        raise KioskError("export.same_file", path=out)
    refuse_key_target(out)  # even with --force
    if out.exists() and not force:
        raise KioskError("export.exists", path=out)
    tmp = out.with_name(out.name + ".exporting")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    try:
        db.execute("VACUUM INTO ?", [str(tmp)])
        _strip(tmp, role, clock, origin)
        os.replace(tmp, out)
    except sqlite3.Error as error:
        raise KioskError("export.failed", path=out, detail=str(error)) from error
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    try:
        kept = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in sorted(_tables(conn)) if not t.startswith("sqlite_")}
    finally:
        conn.close()
    return ExportResult(role, str(out), out.stat().st_size, kept)


def _strip(path: Path, role: str, clock: Clock, origin: Origin | None) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA secure_delete = ON")
        tables = _tables(conn)
        conn.execute("BEGIN IMMEDIATE")
        # The master's venue (its machines, what it heard and sent) is not the copy's.
        awards = [] if role in _KEEPS_AWARDS else _AWARDS
        for table in [*awards, *_DROP[role], "venue_machines", "venue_inbox", "venue_link",
                      "show_sync", "machine_showing", "machine_orders", "venue_nodes",
                      "venue_node"]:
            if table in tables:
                conn.execute(f'DELETE FROM "{table}"')
        if "show_state" in tables:
            conn.execute("UPDATE show_state SET cursor = 0, blackout = 0, started_at = NULL, "
                         "updated_at = NULL, last_event_id = NULL")
        if "rehearsal_state" in tables:
            conn.execute("UPDATE rehearsal_state SET cursor = 0, blackout = 0, started_at = NULL,"
                         " updated_at = NULL, last_event_id = NULL")
        if "settings" in tables and role not in _KEEPS_AWARDS:
            conn.execute("DELETE FROM settings WHERE key LIKE 'show.%' OR key LIKE 'stage.%'")
        keep = _KEEP_EVENTS[role]
        where = " OR ".join("kind LIKE ?" for _ in keep)
        conn.execute(f"DELETE FROM events WHERE NOT ({where})", [k + "%" for k in keep])
        # Media nothing kept refers to any more (nominee portraits, show videos).
        refs = []
        for table, column in (("legend_photos", "media_id"), ("slides", "media_id"),
                              ("nominees", "photo_id"), ("cues", "media_id")):
            if table in tables and table not in _DROP[role]:
                refs.append(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
        if role in _KEEPS_AWARDS:  # the stage's cards carry the event's logo
            refs += [f"SELECT {c} FROM event WHERE {c} IS NOT NULL"
                     for c in ("logo_media_id", "logo_mark_media_id")]
        if refs:
            conn.execute(f"DELETE FROM media WHERE id NOT IN ({' UNION '.join(refs)})")
        else:
            conn.execute("DELETE FROM media")
        conn.execute("COMMIT")
        # Record the export in the copy's own log (the original's is left untouched).
        sdb = sqlite_utils.Database(conn)
        conn.execute("BEGIN IMMEDIATE")
        record(sdb, "event.exported", {"role": role}, clock=clock, origin=origin)
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()
