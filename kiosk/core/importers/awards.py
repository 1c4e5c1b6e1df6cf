"""Award categories, their nominees and winners: one CSV row per nominee."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from kiosk.core import media
from kiosk.core.clock import SYSTEM, Clock
from kiosk.core.csvfile import read_csv
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record
from kiosk.core.importers.base import ImportResult, as_bool, as_int, read_photos

COLUMNS = ["category", "order", "sponsor", "nominee", "team", "car", "nationality", "photo", "winner"]
ALIASES = {"Catégorie": "category", "Ordre": "order", "Nominé": "nominee", "Nominee Name": "nominee",
           "Équipe": "team", "Voiture": "car", "Nationalité": "nationality", "Vainqueur": "winner",
           "Pronunciation": "pronunciation", "Prononciation": "pronunciation",
           "Prize": "prize", "Prix": "prize"}


def import_awards(
    db: sqlite_utils.Database, file: str | Path, photos: str | Path | None = None,
    clock: Clock = SYSTEM, origin: Origin | None = None,
) -> ImportResult:
    file = Path(file)
    folder = Path(photos) if photos else file.resolve().parent
    table = read_csv(file, required=COLUMNS, aliases=ALIASES,
                     required_values=["category", "order", "nominee"])
    result = ImportResult("awards", str(file), rows=len(table.rows))
    categories: dict[str, dict] = {}
    names: dict[tuple[str, str], int] = {}
    for row in table.rows:
        v = row.values
        order = as_int(file, row, "order", minimum=1)
        winner = as_bool(file, row, "winner")
        cat = categories.setdefault(v["category"], {"order": order, "sponsor": v["sponsor"],
                                                    "line": row.line, "nominees": [], "winner": None,
                                                    "prize": ""})
        # The optional prize column, per category: the first non-empty value (empty: the event's).
        cat["prize"] = cat["prize"] or (v.get("prize") or "").strip()
        if cat["order"] != order:
            raise KioskError("import.bad_value", file=file, line=row.line, field="order",
                             detail=f"category '{v['category']}' has order {cat['order']} on line {cat['line']}")
        key = (v["category"], v["nominee"])
        if key in names:
            raise KioskError("import.duplicate", file=file, line=row.line, field="nominee",
                             value=v["nominee"], first_line=names[key])
        names[key] = row.line
        if winner:
            if cat["winner"] is not None:
                raise KioskError("import.bad_value", file=file, line=row.line, field="winner",
                                 detail=f"'{v['category']}' already has a winner on line {cat['winner'][1]}")
            cat["winner"] = (v["nominee"], row.line)
        found = read_photos(file, row, folder, [v["photo"]] if v["photo"] else [], result.warnings)
        cat["nominees"].append((v, found[0] if found else None))
    with write(db):
        for title, cat in categories.items():
            existing = db.execute("SELECT id FROM award_categories WHERE title = ?", [title]).fetchone()
            if existing:
                cat_id = existing[0]
                db.execute("UPDATE award_categories SET position = ?, sponsor = ?, award = ?"
                           " WHERE id = ?", [cat["order"], cat["sponsor"], cat["prize"], cat_id])
                result.updated += 1
            else:
                cat_id = db.execute("INSERT INTO award_categories(position, title, sponsor, award)"
                                    " VALUES (?,?,?,?)",
                                    [cat["order"], title, cat["sponsor"], cat["prize"]]).lastrowid
                result.created += 1
            for position, (v, photo) in enumerate(cat["nominees"], start=1):
                photo_id = media.store(db, photo) if photo else None
                db.execute(
                    "INSERT INTO nominees(category_id, position, name, team, car, nationality, photo_id,"
                    " pronunciation) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(category_id, name) DO UPDATE SET"
                    " position=excluded.position, team=excluded.team, car=excluded.car,"
                    " nationality=excluded.nationality, photo_id=excluded.photo_id,"
                    " pronunciation=excluded.pronunciation",
                    [cat_id, position, v["nominee"], v["team"], v["car"], v["nationality"].upper(),
                     photo_id, v.get("pronunciation", "")],
                )
            if cat["winner"]:
                nominee_id = db.execute("SELECT id FROM nominees WHERE category_id = ? AND name = ?",
                                        [cat_id, cat["winner"][0]]).fetchone()[0]
                db.execute("INSERT INTO winners(category_id, nominee_id) VALUES (?, ?) ON CONFLICT"
                           "(category_id) DO UPDATE SET nominee_id = excluded.nominee_id",
                           [cat_id, nominee_id])
        record(db, "awards.imported", {"file": file.name, "categories": len(categories),
                                       "nominees": len(table.rows)}, clock=clock, origin=origin)
    return result
