"""Media files (photos, videos) referenced by the awards, the show and the legends."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

import sqlite_utils


def register(db: sqlite_utils.Database, path: str | Path) -> int:
    """Record a media file by its absolute path; call inside a write transaction.

    A file that does not exist is still recorded (the player skips it with a
    warning), so that dropping the file in later needs no re-import.
    """
    path = Path(path).expanduser().resolve()
    sha = size = None
    if path.is_file():
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        sha, size = digest.hexdigest(), path.stat().st_size
    mime = mimetypes.guess_type(path.name)[0] or ""
    db.execute(
        "INSERT INTO media(path, sha256, bytes, mime) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes,"
        " mime = excluded.mime",
        [str(path), sha, size, mime],
    )
    return db.execute("SELECT id FROM media WHERE path = ?", [str(path)]).fetchone()[0]


def path_of(db: sqlite_utils.Database, media_id: int | None) -> Path | None:
    if media_id is None:
        return None
    row = db.execute("SELECT path FROM media WHERE id = ?", [media_id]).fetchone()
    return Path(row[0]) if row else None
