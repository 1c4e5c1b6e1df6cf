"""An event's look: its theme (resources/themes/NAME/theme.json, see resources/themes/README.md)
with the event's own identity over it: colours, logos and the words of the audience's screens."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils

from kiosk.core import identity
from kiosk.paths import resources_dir

DEFAULT_THEME = "default"
DEFAULT = {
    "name": "Default",
    "colors": {
        "background": "#0a0e16", "surface": "#131925", "surfaceRaised": "#1d2535",
        "primary": "#6cb4ff", "accent": "#ff6b57", "text": "#ffffff", "muted": "#8d96a8",
        "admitted": "#1f9e5a", "duplicate": "#f5a623", "refused": "#ff3b30", "attention": "#b237e6",
    },
    "fonts": {"display": "Bebas Neue", "body": "Inter", "cjk": "Noto Sans CJK JP"},
}


def theme_dir(name: str) -> Path:
    return resources_dir() / "themes" / name


def load_theme(name: str = DEFAULT_THEME) -> dict:
    """The theme as a plain dict, with file references turned into absolute file URLs."""
    folder = theme_dir(name)
    path = folder / "theme.json"
    data = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    theme = {**DEFAULT, **data}
    theme["colors"] = {**DEFAULT["colors"], **data.get("colors", {})}
    theme["fonts"] = {**DEFAULT["fonts"], **data.get("fonts", {})}
    for key in ("logo", "logoMark"):
        if data.get(key):
            theme[key + "Url"] = (folder / data[key]).resolve().as_uri()
        else:
            theme[key + "Url"] = ""
    theme["resourcesUrl"] = resources_dir().resolve().as_uri()
    return theme


MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}


def long_date(iso_date: str, language: str) -> str:
    """'2026-06-12' as the audience reads it: '12 June 2026', '12 juin 2026'."""
    try:
        year, month, day = (int(x) for x in iso_date.split("-"))
        return f"{day} {MONTHS.get(language, MONTHS['en'])[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso_date


def _zone(name: str) -> dict:
    """The zone's current offset and short name, for clocks drawn in QML (which knows only the
    machine's zone): read again whenever the look is."""
    try:
        now = datetime.now(ZoneInfo(name))
    except (ZoneInfoNotFoundError, ValueError):
        return {}
    offset = now.utcoffset()
    return {"utcOffsetMinutes": int(offset.total_seconds() // 60) if offset else 0,
            "zoneName": now.tzname() or name}


def _mix(a: str, b: str, amount: float) -> str:
    """``a`` moved towards ``b`` by ``amount`` (0..1), as #rrggbb."""
    pa = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    pb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(pa, pb, strict=True))


def logo_file(db: sqlite_utils.Database, which: str = "logo") -> Path | None:
    """The event's logo as a file (written once per content into a cache folder), or None."""
    found = identity.logo_bytes(db, which)
    if found is None:
        return None
    name, data = found
    target = Path(tempfile.gettempdir()) / "kiosk-logos" / Path(name).name
    if not target.is_file() or target.stat().st_size != len(data):
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(target.name + ".part")
        temp.write_bytes(data)
        temp.replace(target)
    return target


def event_theme(db: sqlite_utils.Database) -> dict:
    """The event's look for the windows' Theme: its theme, its colours, logos and words."""
    logo = logo_file(db, "logo")
    return look(identity.read(db), logo, logo_file(db, "logo_mark") or logo)


def look(event: identity.Identity, logo: Path | None, mark: Path | None) -> dict:
    """The look of an identity (saved or not: the control window's preview) with its logo files."""
    theme = load_theme(event.theme or DEFAULT_THEME)
    colors = dict(theme["colors"])
    if event.background:
        text = identity.text_on(event.background)
        colors.update(background=event.background, text=text,
                      surface=_mix(event.background, text, 0.06),
                      surfaceRaised=_mix(event.background, text, 0.12),
                      muted=_mix(text, event.background, 0.4))
    if event.accent:
        colors["primary"] = event.accent
    theme["colors"] = colors
    theme["logoUrl"] = logo.as_uri() if logo else ""
    theme["logoMarkUrl"] = mark.as_uri() if mark else ""
    theme["event"] = {"name": event.name, "venue": event.venue, "date": event.date,
                      "dateText": long_date(event.date, event.language),
                      "timezone": event.timezone, "language": event.language,
                      "slideshowTitle": event.slideshow_title, "prize": event.prize,
                      "sponsorTitle": event.sponsor_title, **_zone(event.timezone)}
    return theme
