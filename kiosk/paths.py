"""Where the shipped data lives: beside the package in a wheel, at the checkout's top otherwise."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def resources_dir() -> Path:
    return _data_dir("resources")


def migrations_dir() -> Path:
    return _data_dir("db")


def qml_dir() -> Path:
    return resources_dir() / "qml"


def default_db_path() -> Path:
    """The event database used when neither --db nor KIOSK_DB is given."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kiosk" / "event.db"


def default_demo_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kiosk" / "demo-gt2017.db"
