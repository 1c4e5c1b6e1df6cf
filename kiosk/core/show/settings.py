"""The stage's settings, kept in the event's settings table (strings), with their defaults."""

from __future__ import annotations

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock
from kiosk.core.db import get_setting, set_setting, write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record

# key: (default, kind, what it does)
SETTINGS: dict[str, tuple[str, str, str]] = {
    "stage.nominees": ("together", "choice:together,one_by_one",
                       "nominees on one card, or one card per nominee (applies on 'show rebuild')"),
    "stage.guard_ms": ("400", "int:0:5000",
                       "a second 'forward' this soon on a reveal cue is ignored (double click)"),
    "stage.interval_after": ("", "int:0:99",
                             "the interval comes after this many categories (default: half)"),
    "stage.presenter_shows_winner": ("0", "bool",
                                     "the presenter view names the upcoming winner before it is shown"),
    "stage.award": ("", "text", "the award every winner receives: the event's prize "
                    "('kiosk event set --prize'); empty for no prize line"),
}
# Settings kept in the event's identity, under their older show-setting name.
IN_EVENT = {"stage.award": "prize"}

REVISION = "show.revision"


def get(db: sqlite_utils.Database, key: str) -> str:
    if key in IN_EVENT:
        row = db.execute(f"SELECT {IN_EVENT[key]} FROM event WHERE id = 1").fetchone()
        return row[0] if row else SETTINGS[key][0]
    return get_setting(db, key, SETTINGS[key][0]) or SETTINGS[key][0]


def get_int(db: sqlite_utils.Database, key: str) -> int | None:
    value = get(db, key)
    try:
        return int(value)
    except ValueError:
        return None


def get_bool(db: sqlite_utils.Database, key: str) -> bool:
    return get(db, key).strip().lower() in ("1", "yes", "true", "on")


def validate(key: str, value: str) -> str:
    """The value normalised, or a refusal naming the setting and what it accepts."""
    if key not in SETTINGS:
        raise KioskError("show.setting_unknown", key=key, known=", ".join(SETTINGS))
    kind = SETTINGS[key][1]
    value = value.strip()
    if kind.startswith("choice:"):
        choices = kind.split(":", 1)[1].split(",")
        if value not in choices:
            raise KioskError("show.setting_bad", key=key, value=value, expected=" | ".join(choices))
    elif kind.startswith("int:"):
        _, low, high = kind.split(":")
        if not (value == "" and key == "stage.interval_after"):
            if not value.lstrip("-").isdigit() or not int(low) <= int(value) <= int(high):
                raise KioskError("show.setting_bad", key=key, value=value,
                                 expected=f"{low}…{high}")
    elif kind == "bool":
        if value.lower() not in ("0", "1", "yes", "no", "true", "false", "on", "off"):
            raise KioskError("show.setting_bad", key=key, value=value, expected="on | off")
        value = "1" if value.lower() in ("1", "yes", "true", "on") else "0"
    return value


def put(db: sqlite_utils.Database, key: str, value: str) -> str:
    """Set one stage setting (inside the caller's write transaction)."""
    value = validate(key, value)
    if key in IN_EVENT:
        db.execute(f"UPDATE event SET {IN_EVENT[key]} = ? WHERE id = 1", [value])
        bump_revision(db)  # the cards that show it load again
    else:
        set_setting(db, key, value)
    return value


def change(db: sqlite_utils.Database, key: str, value: str, *, clock: Clock = SYSTEM,
           origin: Origin | None = None) -> str:
    """Set one stage setting and record it (``show.setting``); committed before it returns."""
    with write(db):
        value = put(db, key, value)
        record(db, "show.setting", {"key": key, "value": value}, origin=origin, clock=clock)
    return value


def describe(db: sqlite_utils.Database, key: str | None = None) -> dict[str, dict[str, str]]:
    """Every setting (or the one named) with its value, default and what it does."""
    if key is not None and key not in SETTINGS:
        validate(key, "")  # the refusal that names the known settings
    return {name: {"value": get(db, name), "default": default, "about": about}
            for name, (default, _kind, about) in SETTINGS.items() if key in (None, name)}


def revision(db: sqlite_utils.Database) -> int:
    return int(get_setting(db, REVISION, "0") or 0)


def bump_revision(db: sqlite_utils.Database) -> int:
    """Mark the cue list as changed, so running windows reload it."""
    value = revision(db) + 1
    set_setting(db, REVISION, str(value))
    return value
