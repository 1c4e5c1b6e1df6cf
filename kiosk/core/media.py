"""Media files (photos, videos) referenced by the awards, the show and the legends.

Reading and hashing a file happens in :func:`describe`, before any write transaction:
a big file (a 20 GB "photo") must never hold the event's write lock while the doors
scan. :func:`store` then writes the row under the lock in microseconds.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the screens' photo preparer hashes files without loading the database layer
    import sqlite_utils


@dataclass(frozen=True)
class MediaFile:
    """A media file as read from disk: its absolute path, digest, size and type."""

    path: Path
    sha256: str | None
    bytes: int | None
    mime: str


def file_sha256(path: str | Path) -> str:
    """The file's content hash, as recorded in the media table (and keying the screens' copies)."""
    # Read into one reused buffer: a fresh megabyte a read made the kernel hand out new pages
    # for every chunk (3.8 s a gigabyte here, against 0.7 s).
    with Path(path).open("rb", buffering=0) as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def describe(path: str | Path) -> MediaFile:
    """Read and hash a file (slow for big files): call it before taking the write lock.

    A file that does not exist is still described (the player skips it with a warning),
    so that dropping the file in later needs no re-import.
    """
    path = Path(path).expanduser().resolve()
    sha = size = None
    if path.is_file():
        sha, size = file_sha256(path), path.stat().st_size
    return MediaFile(path, sha, size, mimetypes.guess_type(path.name)[0] or "")


def store(db: sqlite_utils.Database, media: MediaFile) -> int:
    """Record a described file; call inside a write transaction. Returns its id."""
    db.execute(
        "INSERT INTO media(path, sha256, bytes, mime) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes,"
        " mime = excluded.mime",
        [str(media.path), media.sha256, media.bytes, media.mime],
    )
    return db.execute("SELECT id FROM media WHERE path = ?", [str(media.path)]).fetchone()[0]


def register(db: sqlite_utils.Database, path: str | Path) -> int:
    """Describe and store in one go, for small files already under the lock (the demo's)."""
    return store(db, describe(path))


def locate(folder: str | Path, written: str) -> Path | None:
    """The file a photo cell names: an absolute path as the organiser wrote it, or a relative
    one inside ``folder``. None when a relative path (``../``, or a symlink) leads outside."""
    path = Path(written).expanduser()
    if path.is_absolute():
        return path
    base = Path(folder).expanduser().resolve()
    target = (base / path).resolve()
    if target == base or not target.is_relative_to(base):
        return None
    return target


def path_of(db: sqlite_utils.Database, media_id: int | None) -> Path | None:
    if media_id is None:
        return None
    row = db.execute("SELECT path FROM media WHERE id = ?", [media_id]).fetchone()
    return Path(row[0]) if row else None
