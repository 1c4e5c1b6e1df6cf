"""Builds the demo event: the Blancpain GT Series 2017 awards night in Paris.

The demo goes through the same doors as a real event: it writes CSV files and
imports them with the importers organisers use, then draws the portraits and
flags (no downloads) into a media folder beside the database.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from kiosk.core import keys
from kiosk.core.db import open_db, set_setting, write
from kiosk.core.errors import KioskError
from kiosk.core.event import InitRequest, event_info, init_event
from kiosk.core.identity import IdentityChange
from kiosk.core.importers import import_awards, import_guests, import_legends
from kiosk.core.importers.guests import ensure_list
from kiosk.core.inuse import Exclusive, lock_path
from kiosk.demo import content
from kiosk.paths import resources_dir


def media_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-media")


def _check_replaceable(path: Path, force: bool) -> None:
    if not path.exists() or force:
        return
    try:
        db = open_db(path)
    except KioskError:
        raise KioskError("db.not_demo", path=path, name="?") from None
    try:
        info = event_info(db)
    except KioskError:
        return
    finally:
        db.close()
    if not info.demo:
        raise KioskError("db.not_demo", path=path, name=info.name)


def _write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _ensure_gui() -> object:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["kiosk-demo"])
    return app


def draw_media(folder: Path) -> int:
    """Draw every portrait and flag the demo needs that is not already there, on every core
    (:func:`kiosk.demo.painter.paint`)."""
    from kiosk.demo.painter import paint, portrait_job

    _app = _ensure_gui()  # noqa: F841 - QPainter on text needs a GUI application
    (folder / "flags").mkdir(parents=True, exist_ok=True)
    jobs = []
    codes = set()
    for spec in content.photo_specs():
        codes.add(spec["nationality"].upper())
        target = folder / spec["file"]
        if not target.exists():
            jobs.append(portrait_job(target, spec))
    for code in sorted(codes):
        target = folder / "flags" / f"{code.lower()}.png"
        if not target.exists():
            jobs.append(["flag", str(target), code])
    paint(jobs)
    return len(jobs)


def build_demo(path: str | Path, force: bool = False) -> dict:
    path = Path(path)
    keys.refuse_key_target(path)  # even with --force
    _check_replaceable(path, force)
    lock = _hold_alone(path)
    try:
        return _build(path)
    finally:
        if lock is not None:
            lock.release()


def _hold_alone(path: Path) -> Exclusive | None:
    """The demo file to ourselves while it is rebuilt: refused while a window has it open."""
    if not path.exists():
        return None
    lock, holders = Exclusive.take(path)
    if lock is None:
        raise KioskError("db.in_use", path=path, holders=", ".join(holders) or "another kiosk program")
    return lock


def _build(path: Path) -> dict:
    folder = media_dir(path)
    drawn = draw_media(folder)
    staging = path.with_name(path.name + ".building")
    look = {k: resources_dir() / v if k.startswith("logo") else v
            for k, v in content.IDENTITY.items()}
    db = init_event(InitRequest(path=staging, force=True, demo=True, keep_backup=False,
                                identity=IdentityChange(**look),
                                **{k: content.EVENT[k] for k in ("name", "venue", "date", "timezone")}))
    try:
        with write(db):
            for position, (name, starts_at) in enumerate(content.LISTS, start=1):
                ensure_list(db, name, starts_at)
                db.execute("UPDATE lists SET position = ? WHERE name = ?", [position, name])
            set_setting(db, "demo.notice", content.DEMO_NOTICE)
            for position, slide in enumerate(content.SPONSOR_SLIDES, start=1):
                db.execute("INSERT INTO slides(kind, title, body, position) VALUES ('sponsor', ?, ?, ?)",
                           [slide["title"], slide["body"], position])
        guests = import_guests(db, _write_csv(folder / "guests.csv", content.guests()))
        awards = import_awards(db, _write_csv(folder / "awards.csv", content.awards()))
        legends = import_legends(db, _write_csv(folder / "legends.csv", content.legends()))
        from kiosk.core import show

        show.rebuild_cues(db, custom_cards=content.CUSTOM_CARDS)
    finally:
        db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(keys.key_path(staging), keys.key_path(path))
    os.replace(staging, path)
    lock_path(staging).unlink(missing_ok=True)
    return {"db": str(path), "media": str(folder), "guests": guests.rows, "awards": awards.rows,
            "legends": legends.rows, "images_drawn": drawn}
