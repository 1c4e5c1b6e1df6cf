"""The event's identity: its name, place, date, zone, audience language, logo, colours and words.

Everything the audience's screens show of an event comes from here (the demo sets its own
in its data). ``kiosk event set``, ``kiosk init`` and the control window's Event panel
change it through :func:`change`, which validates every value, records one
``event.changed`` event and commits; running windows follow the commit.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date as Date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record
from kiosk.core.locations import found_text

LANGUAGES = ("en", "fr")
LOGO_TYPES = {".png": "image/png", ".svg": "image/svg+xml"}
LOGO_LIMIT = 8 << 20
_COLOUR = re.compile(r"^#?([0-9a-fA-F]{6})$")
# Text on the screens is white unless the background is light (then near-black).
LIGHT_TEXT, DARK_TEXT = "#ffffff", "#111418"
# WCAG 2.x: 4.5:1 for body text; 3:1 for large text (headings, names). Below 3:1 is refused.
CONTRAST_GOOD, CONTRAST_LEAST = 4.5, 3.0
# The theme's own colours, for the contrast check of a colour set alone.
THEME_BACKGROUND, THEME_ACCENT = "#05070e", "#d4af5a"


@dataclass(frozen=True)
class Identity:
    name: str
    venue: str
    date: str
    timezone: str
    language: str
    logo: str  # the media path ("event/logo.svg"), empty when none
    logo_mark: str
    accent: str
    background: str
    slideshow_title: str
    prize: str
    sponsor_title: str
    theme: str = "default"
    demo: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class IdentityChange:
    """The settings to change; None leaves one as it is. Files are read when applied."""

    name: str | None = None
    venue: str | None = None
    date: str | None = None
    timezone: str | None = None
    language: str | None = None
    logo: Path | None = None
    logo_mark: Path | None = None
    accent: str | None = None
    background: str | None = None
    slideshow_title: str | None = None
    prize: str | None = None
    sponsor_title: str | None = None
    theme: str | None = None

    def given(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


@dataclass
class ChangeResult:
    changed: dict[str, Any] = field(default_factory=dict)
    warnings: list[dict[str, Any]] = field(default_factory=list)


_TEXT_COLUMNS = ("name", "venue", "date", "timezone", "language", "accent", "background",
                 "slideshow_title", "prize", "sponsor_title", "theme")


def read(db: sqlite_utils.Database) -> Identity:
    row = db.execute(
        "SELECT e.name, venue, date, timezone, language, COALESCE(l.path, ''),"
        " COALESCE(m.path, ''), accent, background, slideshow_title, prize, sponsor_title, theme,"
        " demo FROM event e LEFT JOIN media l ON l.id = e.logo_media_id"
        " LEFT JOIN media m ON m.id = e.logo_mark_media_id WHERE e.id = 1").fetchone()
    if row is None:
        path = db.conn.execute("PRAGMA database_list").fetchone()[2]
        raise KioskError("db.no_event", path=path, found=found_text(Path(path)))
    return Identity(*row[:13], demo=bool(row[13]))


def logo_bytes(db: sqlite_utils.Database, which: str = "logo") -> tuple[str, bytes] | None:
    """The logo's media path and its bytes (``which``: logo or logo_mark)."""
    column = {"logo": "logo_media_id", "logo_mark": "logo_mark_media_id"}[which]
    row = db.execute(f"SELECT m.path, m.data FROM event e JOIN media m ON m.id = e.{column}"
                     " WHERE e.id = 1").fetchone()
    return (row[0], bytes(row[1])) if row and row[1] is not None else None


# --------------------------------------------------------------------------- checks


def check_timezone(name: str) -> str:
    name = name.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise KioskError("event.bad_timezone", value=name) from exc
    if name not in available_timezones() and name != "UTC":
        raise KioskError("event.bad_timezone", value=name)
    return name


def local_timezone() -> str:
    """This machine's time zone as an IANA name ($TZ, else /etc/localtime), else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text("utf-8").strip())
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                return check_timezone(name)
            except KioskError:
                continue
    return "UTC"


def check_date(value: str) -> str:
    value = value.strip()
    if value:
        try:
            Date.fromisoformat(value)
        except ValueError as exc:
            raise KioskError("event.bad_date", value=value) from exc
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise KioskError("event.bad_date", value=value)
    return value


def check_colour(name: str, value: str) -> str:
    value = value.strip()
    if value == "":
        return ""
    match = _COLOUR.match(value)
    if not match:
        raise KioskError("event.bad_colour", setting=name, value=value)
    return "#" + match.group(1).lower()


def _luminance(colour: str) -> float:
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    h = colour.lstrip("#")
    return 0.2126 * channel(h[0:2]) + 0.7152 * channel(h[2:4]) + 0.0722 * channel(h[4:6])


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours, 1 to 21."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """White text, or near-black on a light background: whichever reads better."""
    return LIGHT_TEXT if contrast(LIGHT_TEXT, background) >= contrast(DARK_TEXT, background) else DARK_TEXT


def check_contrast(accent: str, background: str) -> list[dict[str, Any]]:
    """Refuses an accent unreadable on the background (below 3:1); warns below 4.5:1."""
    background = background or THEME_BACKGROUND
    accent = accent or THEME_ACCENT
    ratio = contrast(accent, background)
    values = {"accent": accent, "background": background, "ratio": f"{ratio:.1f}"}
    if ratio < CONTRAST_LEAST:
        raise KioskError("event.contrast_refused", **values)
    if ratio < CONTRAST_GOOD:
        return [{"code": "event.contrast_low", **values}]
    return []


def _logo(db: sqlite_utils.Database, which: str, path: Path | None) -> int | None:
    """Copies a PNG or SVG into the media table; an empty path removes the logo."""
    if path is None or str(path) in ("", "."):  # Path("") is "."
        return None
    path = Path(path).expanduser()
    kind = LOGO_TYPES.get(path.suffix.lower())
    if kind is None:
        raise KioskError("event.bad_logo", file=path, detail="give a PNG or SVG file")
    if not path.is_file():
        raise KioskError("event.bad_logo", file=path, detail="no such file")
    data = path.read_bytes()
    if len(data) > LOGO_LIMIT:
        raise KioskError("event.bad_logo", file=path, detail=f"larger than {LOGO_LIMIT >> 20} MB")
    if kind == "image/png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise KioskError("event.bad_logo", file=path, detail="not a PNG image")
    if kind == "image/svg+xml" and b"<svg" not in data[:4096]:
        raise KioskError("event.bad_logo", file=path, detail="not an SVG image")
    sha = hashlib.sha256(data).hexdigest()
    key = f"event/{which}-{sha[:12]}{path.suffix.lower()}"
    db.execute("INSERT INTO media(path, sha256, bytes, mime, data) VALUES (?, ?, ?, ?, ?)"
               " ON CONFLICT(path) DO UPDATE SET data = excluded.data", [key, sha, len(data), kind, data])
    return db.execute("SELECT id FROM media WHERE path = ?", [key]).fetchone()[0]


def validated(change: IdentityChange, current: Identity | None) -> tuple[dict[str, Any], list]:
    """The columns to write (logo files still as paths) and the warnings, or a refusal."""
    values: dict[str, Any] = {}
    for key, value in change.given().items():
        if key in ("logo", "logo_mark"):
            values[key] = value
            continue
        value = str(value).strip()
        if key == "name" and not value:
            raise KioskError("event.bad_name")
        if key == "timezone":
            value = check_timezone(value)
        elif key == "date":
            value = check_date(value)
        elif key == "language" and value not in LANGUAGES:
            raise KioskError("event.bad_language", value=value, expected=" | ".join(LANGUAGES))
        elif key in ("accent", "background"):
            value = check_colour(key, value)
        values[key] = value
    warnings: list = []
    if "accent" in values or "background" in values:
        accent = values.get("accent", current.accent if current else "")
        background = values.get("background", current.background if current else "")
        warnings = check_contrast(accent, background)
    return values, warnings


def apply(db: sqlite_utils.Database, change: IdentityChange, *, clock: Clock = SYSTEM,
          origin: Origin | None = None) -> ChangeResult:
    """Writes the change inside the caller's write transaction and records it."""
    values, warnings = validated(change, read(db))
    result = ChangeResult(warnings=warnings)
    for key, value in values.items():
        if key in ("logo", "logo_mark"):
            media_id = _logo(db, key, value)
            db.execute(f"UPDATE event SET {key}_media_id = ? WHERE id = 1", [media_id])
            result.changed[key] = read(db).to_dict()[key]
        else:
            assert key in _TEXT_COLUMNS
            db.execute(f"UPDATE event SET {key} = ? WHERE id = 1", [value])
            result.changed[key] = value
    if {"name", "venue", "prize"} & set(result.changed):
        # The opening card says the event's name and venue, winner cards its prize: the running
        # windows load the cues again.
        event = read(db)
        db.execute("UPDATE cues SET title = ?, body = ? WHERE kind = 'opening' AND custom = 0",
                   [event.name, event.venue])
        from kiosk.core.show.settings import bump_revision

        bump_revision(db)
    if result.changed:
        record(db, "event.changed", result.changed, clock=clock, origin=origin)
    return result


def change(db: sqlite_utils.Database, change: IdentityChange, *, clock: Clock = SYSTEM,
           origin: Origin | None = None) -> ChangeResult:
    """Validate, write and record a change of the event's identity; committed on return."""
    with write(db):
        return apply(db, change, clock=clock, origin=origin)
