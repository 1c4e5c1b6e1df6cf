"""What the venue screens show, as one state that travels from the master to screen machines.

Two parts, each whole and digest-checked (like the door roster):

- the *content*: legends and their photos, title and sponsor slides, the ``screens.*``
  settings (interval, sponsor rhythm, sync epoch and seed) and the event's identity (names,
  colours, logos). Every picture is named by its sha256; its bytes travel apart (the venue's
  media store) and are kept in the copy's media folder (``COPY-media/venue/<sha256>.jpg``);
- the *announcement*: the message open on the master (or none), which a screen expires by
  itself at its own end.

A screens copy applies each in one transaction (:func:`apply_content` once every picture it
names is in the folder, so a legend never shows without its photo). Nothing is recorded in the
copy's event log: a screens copy only reads. No network here: see :mod:`kiosk.venue.screens`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso
from kiosk.core.db import get_setting, set_setting, write

DIGEST_KEY = "venue.screens"  # on a screens copy: the digest of the content applied
_EVENT = ("name", "venue", "date", "timezone", "language", "accent", "background",
          "slideshow_title", "prize", "sponsor_title", "theme", "demo")
_LEGENDS = ("id", "name", "nationality", "years", "titles", "quote", "position", "updated_at")
_ANNOUNCEMENT = ("event_id", "text", "created_at", "expires_at", "countdown_to")


def _digest(data: dict[str, Any]) -> str:
    body = {k: v for k, v in data.items() if k != "digest"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32]


def _sealed(data: dict[str, Any]) -> dict[str, Any]:
    data["digest"] = _digest(data)
    return data


def media_folder(db_path: str | Path) -> Path:
    """Where a screens copy keeps the pictures it received (beside the slideshow's own cache)."""
    path = Path(db_path)
    return path.with_name(path.stem + "-media") / "venue"


def file_name(sha: str, ref: dict[str, Any]) -> str:
    suffix = Path(ref.get("name") or "").suffix.lower()
    return sha + (suffix if suffix[1:].isalnum() and len(suffix) <= 6 else "")


# --------------------------------------------------------------------------- the master's side


def content(db: sqlite_utils.Database, without: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The screens' content on this (master) file; pictures in ``without`` are left out (the
    master could not read them: a legend shows without that photo, as on the master)."""
    media: dict[str, dict[str, Any]] = {}

    def ref(sha: str | None, path: str, mime: str, size: int | None, blob: bool) -> str | None:
        if not sha or sha in without:
            return None
        media.setdefault(sha, {"name": Path(path).name, "mime": mime, "bytes": size,
                               "logo": path if blob else None})
        return sha

    legends = [list(r) for r in db.execute(
        f"SELECT {', '.join(_LEGENDS)} FROM legends ORDER BY id")]
    photos = []
    for legend_id, position, sha, path, mime, size in db.execute(
            "SELECT lp.legend_id, lp.position, m.sha256, m.path, m.mime, m.bytes"
            " FROM legend_photos lp JOIN media m ON m.id = lp.media_id"
            " ORDER BY lp.legend_id, lp.position"):
        if ref(sha, path, mime, size, False):
            photos.append([legend_id, position, sha])
    slides = []
    for slide_id, kind, title, body, position, sha, path, mime, size in db.execute(
            "SELECT s.id, s.kind, s.title, s.body, s.position, m.sha256, m.path, m.mime, m.bytes"
            " FROM slides s LEFT JOIN media m ON m.id = s.media_id ORDER BY s.id"):
        slides.append([slide_id, kind, title, body, position,
                       ref(sha, path, mime, size, False) if path else None])
    event = dict(zip(_EVENT, db.execute(
        f"SELECT {', '.join(_EVENT)} FROM event WHERE id = 1").fetchone() or (), strict=False))
    logos = {}
    for which in ("logo", "logo_mark"):
        row = db.execute(f"SELECT m.sha256, m.path, m.mime, m.bytes, m.data IS NOT NULL FROM event e"
                         f" JOIN media m ON m.id = e.{which}_media_id WHERE e.id = 1").fetchone()
        logos[which] = ref(row[0], row[1], row[2], row[3], True) if row and row[4] else None
    settings = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'screens.%'"
                               " ORDER BY key").fetchall())
    return _sealed({"legends": legends, "photos": photos, "slides": slides, "event": event,
                    "logos": logos, "settings": settings, "media": media})


def announcement(db: sqlite_utils.Database) -> dict[str, Any]:
    """The message open on the master (a screen expires it by itself), or none."""
    row = db.execute(f"SELECT {', '.join(_ANNOUNCEMENT)} FROM announcements"
                     " WHERE cleared_at IS NULL ORDER BY id DESC LIMIT 1").fetchone()
    return _sealed({"announcement": dict(zip(_ANNOUNCEMENT, row, strict=True)) if row else None})


def media_bytes(db: sqlite_utils.Database, sha: str) -> bytes | None:
    """A picture's bytes on the master, checked against its hash (None: missing or changed)."""
    for path, data in db.execute("SELECT path, data FROM media WHERE sha256 = ?", [sha]):
        if data is None:
            try:
                data = Path(path).read_bytes()
            except OSError:
                continue
        if hashlib.sha256(data).hexdigest() == sha:
            return bytes(data)
    return None


# --------------------------------------------------------------------------- the screen's side


def missing(data: dict[str, Any], folder: Path) -> list[tuple[str, Path]]:
    """The pictures the content names that the folder does not hold yet: (sha256, file)."""
    out = []
    for sha, ref in sorted(data.get("media", {}).items()):
        target = folder / file_name(sha, ref)
        if not target.is_file():
            out.append((sha, target))
    return out


def applied_digest(db: sqlite_utils.Database) -> str:
    return get_setting(db, DIGEST_KEY, "") or ""


def apply_content(db: sqlite_utils.Database, data: dict[str, Any], folder: Path) -> bool:
    """Bring this copy's screens content to the master's, in one transaction; False when it is
    already there. Every picture must be in ``folder`` (see :func:`missing`)."""
    if data.get("digest") != _digest(data):
        raise ValueError("screens content: digest mismatch")
    with write(db):
        if applied_digest(db) == data["digest"]:
            return False
        conn = db.conn
        ids: dict[str, int] = {}
        for sha, ref in data["media"].items():
            file = folder / file_name(sha, ref)
            logo = ref.get("logo")
            path = logo or str(file)
            blob = file.read_bytes() if logo else None
            conn.execute(
                "INSERT INTO media(path, sha256, bytes, mime, data) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256,"
                " bytes = excluded.bytes, mime = excluded.mime, data = excluded.data",
                [path, sha, ref.get("bytes"), ref.get("mime") or "", blob])
            ids[sha] = conn.execute("SELECT id FROM media WHERE path = ?", [path]).fetchone()[0]
        conn.execute("DELETE FROM legend_photos")
        conn.execute("DELETE FROM legends")
        conn.executemany(f"INSERT INTO legends({', '.join(_LEGENDS)})"
                         f" VALUES ({', '.join('?' * len(_LEGENDS))})", data["legends"])
        conn.executemany("INSERT INTO legend_photos(legend_id, position, media_id) VALUES (?, ?, ?)",
                         [(legend, position, ids[sha]) for legend, position, sha in data["photos"]])
        conn.execute("DELETE FROM slides")
        conn.executemany("INSERT INTO slides(id, kind, title, body, position, media_id)"
                         " VALUES (?, ?, ?, ?, ?, ?)",
                         [(*row[:5], ids.get(row[5]) if row[5] else None) for row in data["slides"]])
        event = {k: v for k, v in data["event"].items() if k in _EVENT}
        logos = {f"{which}_media_id": ids.get(sha) if sha else None
                 for which, sha in data["logos"].items()}
        values = {**event, **logos}
        if values:
            conn.execute(f"UPDATE event SET {', '.join(f'{k} = ?' for k in values)} WHERE id = 1",
                         list(values.values()))
        conn.execute("DELETE FROM settings WHERE key LIKE 'screens.%'")
        for key, value in data["settings"].items():
            set_setting(db, key, value)
        # Pictures nothing shows any more (and the master's paths the export carried).
        conn.execute("DELETE FROM media WHERE id NOT IN (SELECT media_id FROM legend_photos"
                     " UNION SELECT media_id FROM slides WHERE media_id IS NOT NULL"
                     " UNION SELECT logo_media_id FROM event WHERE logo_media_id IS NOT NULL"
                     " UNION SELECT logo_mark_media_id FROM event"
                     " WHERE logo_mark_media_id IS NOT NULL)")
        set_setting(db, DIGEST_KEY, data["digest"])
    return True


def apply_announcement(db: sqlite_utils.Database, data: dict[str, Any],
                       clock: Clock = SYSTEM) -> bool:
    """Show the master's open message on this copy (or clear it); False when nothing changed."""
    if data.get("digest") != _digest(data):
        raise ValueError("screens announcement: digest mismatch")
    message = data.get("announcement")
    with write(db):
        conn = db.conn
        if message is None:
            return conn.execute("UPDATE announcements SET cleared_at = ? WHERE cleared_at IS NULL",
                                [iso(clock.now())]).rowcount > 0
        row = conn.execute("SELECT cleared_at FROM announcements WHERE event_id = ?",
                           [message["event_id"]]).fetchone()
        if row is not None and row[0] is None:
            return False
        conn.execute("UPDATE announcements SET cleared_at = ? WHERE cleared_at IS NULL",
                     [iso(clock.now())])
        values = [message.get(k) for k in _ANNOUNCEMENT]
        conn.execute(f"INSERT INTO announcements({', '.join(_ANNOUNCEMENT)})"
                     f" VALUES ({', '.join('?' * len(_ANNOUNCEMENT))}) ON CONFLICT(event_id) DO"
                     " UPDATE SET cleared_at = NULL, text = excluded.text,"
                     " expires_at = excluded.expires_at, countdown_to = excluded.countdown_to",
                     values)
    return True
