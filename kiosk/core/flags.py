"""Nationality flags: the event's own (a media folder's flags/, as the demo draws them), else the
shipped set for every ISO 3166 country (resources/flags, from the flag-icons package, MIT)."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from kiosk.paths import resources_dir


def event_flags_dir(db: sqlite_utils.Database) -> Path | None:
    """``NAME-media/flags`` beside the event file: flags an event brings along (the demo's)."""
    row = db.execute("PRAGMA database_list").fetchone()
    if not row or not row[2]:
        return None
    path = Path(row[2])
    return path.with_name(path.stem + "-media") / "flags"


def shipped(code: str) -> Path | None:
    code = code.strip().lower()
    if len(code) != 2 or not code.isalpha():
        return None
    candidate = resources_dir() / "flags" / f"{code}.svg"
    return candidate if candidate.is_file() else None


def flag_file(folder: Path | None, code: str) -> str:
    """The flag of a two-letter country code as a file path, or "" (then the code is shown)."""
    code = code.strip().lower()
    if not code:
        return ""
    if folder is not None:
        for ext in ("svg", "png"):
            candidate = folder / f"{code}.{ext}"
            if candidate.is_file():
                return str(candidate)
    found = shipped(code)
    return str(found) if found else ""
