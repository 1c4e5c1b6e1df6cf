"""Where events are: the file a command opens when none is named, and the events found.

Without --db or $KIOSK_DB, a command opens the last event opened, else the only event in the
kiosk's data folder, else the documented default. A "no event" refusal lists what was found.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.paths import default_db_path

LAST_EVENT_FILE = "last-event"


def data_dir() -> Path:
    return default_db_path().parent


def known_events(near: Path | None = None) -> list[Path]:
    """Event files in the kiosk's data folder (and beside ``near``), the last opened first."""
    folders = [data_dir()] + ([Path(near).parent] if near is not None else [])
    found: dict[Path, None] = {}
    last = last_opened()
    if last is not None:
        found[last] = None
    for folder in folders:
        try:
            for path in sorted(folder.glob("*.db")):
                found[path.resolve()] = None
        except OSError:
            continue
    return list(found)


def found_text(near: Path | None = None) -> str:
    events = known_events(near)
    return ", ".join(str(p) for p in events) if events else "none"


def last_opened() -> Path | None:
    try:
        text = (data_dir() / LAST_EVENT_FILE).read_text("utf-8").strip()
    except OSError:
        return None
    path = Path(text)
    return path if text and path.is_file() else None


def remember(path: Path) -> None:
    """Remember the event just opened, as the default of the next command (best effort)."""
    try:
        data_dir().mkdir(parents=True, exist_ok=True)
        target = data_dir() / LAST_EVENT_FILE
        temp = target.with_name(target.name + f".{os.getpid()}")
        temp.write_text(str(Path(path).resolve()) + "\n", "utf-8")
        os.replace(temp, target)
    except OSError:
        pass


def default_event(fallback: Path | None = None) -> Path:
    """The last event opened, else the only one in the data folder, else ``fallback``."""
    last = last_opened()
    if last is not None:
        return last
    try:
        found = sorted(data_dir().glob("*.db"))
    except OSError:
        found = []
    if len(found) == 1:
        return found[0]
    return fallback or default_db_path()
