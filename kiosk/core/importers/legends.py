"""Legends for the venue screens: the people an event celebrates between its ceremonies."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from kiosk.core import media
from kiosk.core.clock import SYSTEM, Clock, iso
from kiosk.core.csvfile import read_csv
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record
from kiosk.core.importers.base import ImportResult, read_photos

COLUMNS = ["name", "nationality", "years", "titles", "quote", "photo"]
ALIASES = {"Nom": "name", "Nationalité": "nationality", "Années": "years", "Titres": "titles",
           "Citation": "quote", "Photos": "photo"}


def import_legends(
    db: sqlite_utils.Database, file: str | Path, photos: str | Path | None = None,
    clock: Clock = SYSTEM, origin: Origin | None = None,
) -> ImportResult:
    file = Path(file)
    folder = Path(photos) if photos else file.resolve().parent
    table = read_csv(file, required=COLUMNS, aliases=ALIASES, required_values=["name"])
    result = ImportResult("legends", str(file), rows=len(table.rows))
    seen: dict[str, int] = {}
    found: dict[int, list[media.MediaFile]] = {}
    for row in table.rows:
        name = row.values["name"]
        if name in seen:
            raise KioskError("import.duplicate", file=file, line=row.line, field="name",
                             value=name, first_line=seen[name])
        seen[name] = row.line
        found[row.line] = read_photos(file, row, folder, _photos(row.values["photo"]), result.warnings)
    now = iso(clock.now())
    with write(db):
        position = db.execute("SELECT coalesce(max(position), 0) FROM legends").fetchone()[0]
        for row in table.rows:
            v = row.values
            existing = db.execute("SELECT id FROM legends WHERE name = ?", [v["name"]]).fetchone()
            if existing:
                legend_id = existing[0]
                db.execute("UPDATE legends SET nationality=?, years=?, titles=?, quote=?, updated_at=?"
                           " WHERE id = ?", [v["nationality"].upper(), v["years"], v["titles"],
                                             v["quote"], now, legend_id])
                result.updated += 1
            else:
                position += 1
                legend_id = db.execute(
                    "INSERT INTO legends(name, nationality, years, titles, quote, position, updated_at)"
                    " VALUES (?,?,?,?,?,?,?)",
                    [v["name"], v["nationality"].upper(), v["years"], v["titles"], v["quote"], position, now],
                ).lastrowid
                result.created += 1
            db.execute("DELETE FROM legend_photos WHERE legend_id = ?", [legend_id])
            for index, photo in enumerate(found[row.line], start=1):
                db.execute("INSERT INTO legend_photos(legend_id, position, media_id) VALUES (?,?,?)",
                           [legend_id, index, media.store(db, photo)])
        record(db, "legends.imported", {"file": file.name, "rows": len(table.rows)}, clock=clock, origin=origin)
    return result


def _photos(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]
