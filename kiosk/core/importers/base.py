"""What every import shares: its result, and reading typed values with precise errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from kiosk.core import media
from kiosk.core.csvfile import Row
from kiosk.core.errors import KioskError, render, template_of

_YES = {"yes", "y", "oui", "o", "true", "1", "x", "winner", "ja", "si", "sí"}
_NO = {"", "no", "n", "non", "false", "0", "nein"}


@dataclass
class ImportResult:
    kind: str
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    warnings: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # what one kind of import adds (guests: cancelled...)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "file": self.file, "rows": self.rows,
            "created": self.created, "updated": self.updated, **self.extra, "warnings": self.warnings,
        }


def as_int(file: Path, row: Row, name: str, default: int | None = None, minimum: int = 0,
           maximum: int = 1_000_000) -> int:
    text = row.values.get(name, "")
    if not text:
        if default is None:
            raise KioskError("import.missing_value", file=file, line=row.line, field=name)
        return default
    try:
        value = int(text)
    except ValueError:
        raise KioskError(
            "import.bad_value", file=file, line=row.line, field=name,
            detail=f"'{text}' is not a whole number",
        ) from None
    if value < minimum:
        raise KioskError(
            "import.bad_value", file=file, line=row.line, field=name,
            detail=f"{value} is below the minimum of {minimum}",
        )
    if value > maximum:  # SQLite stores 64 bits; no count in a guest list comes near this
        raise KioskError(
            "import.bad_value", file=file, line=row.line, field=name,
            detail=f"{value} is above the maximum of {maximum}",
        )
    return value


def as_bool(file: Path, row: Row, name: str) -> bool:
    text = row.values.get(name, "").casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise KioskError(
        "import.bad_value", file=file, line=row.line, field=name,
        detail=f"'{row.values.get(name)}' should be yes or no",
    )


def warning(code: str, **params: object) -> str:
    """A warning worded like a refusal of that code (file, line, field named)."""
    return render(template_of(code), params)


def read_photos(file: Path, row: Row, folder: Path, cells: list[str],
           warnings: list[str]) -> list[media.MediaFile]:
    """Read and hash a row's photos, before the write lock is taken.

    A relative path leading outside ``folder`` (``../``, a symlink) is skipped with a
    warning, unread; a missing file is kept (dropped in later, it needs no re-import).
    """
    found = []
    for cell in cells:
        path = media.locate(folder, cell)
        if path is None:
            warnings.append(warning("import.photo_outside", file=file, line=row.line, field="photo",
                                    path=cell, folder=folder))
            continue
        if not path.is_file():
            warnings.append(warning("import.photo_missing", file=file, line=row.line, field="photo",
                                    path=folder / cell))
        found.append(media.describe(path))
    return found


@contextmanager
def roomy_cache(db: sqlite_utils.Database, mebibytes: int = 64) -> Iterator[None]:
    """A page cache big enough for a big import's transaction (100,000 guests: some 30 MB).

    With SQLite's default 2 MB, pages of the name index (filled in random order) are spilled
    to the WAL half-written and written again, under the write lock the doors wait for."""
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{mebibytes * 1024}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {before}")
