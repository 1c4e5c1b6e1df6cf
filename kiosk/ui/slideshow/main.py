"""`kiosk slideshow`: one window per screen, awake, cursor hidden, until the machine stops it."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk.core import playlist, replica
from kiosk.core.clock import SYSTEM
from kiosk.core.db import open_db
from kiosk.core.hub_time import HubClock
from kiosk.ui.startup import WindowProcess

FRAME_IDLE_MS = 10
SYNC_WAIT_S = 2.0  # at most, at start, for the hub's clock (the screen follows it later anyway)


def _logging() -> None:
    logger = logging.getLogger("kiosk.slideshow")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("kiosk slideshow: %(levelname)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def run(db_path: Path, *, screen: int | None = None, all_screens: bool = False,
        windowed: bool = False, interval: float | None = None, shuffle: bool = False,
        sync: bool = False, language: str | None = None) -> int:
    """Raises KioskError (before any window opens) for a missing file or a bad interval."""
    from kiosk import i18n

    i18n.install(language)  # refusals below are shown in the user's language
    db = open_db(db_path)
    try:
        playlist.interval(db, interval)
    finally:
        db.close()
    _logging()
    # Qt asks for the next frame 5 ms after the last one ends: without a GPU that is 150
    # frames a second of a slow pan, two thirds of them wasted on a 60 Hz screen and taken
    # from the cores the X server and the photo preparer need. 10 ms paces it near 60.
    os.environ.setdefault("QT_QPA_UPDATE_IDLE_TIME", str(FRAME_IDLE_MS))
    with WindowProcess("slideshow", language) as process:
        from kiosk.ui.slideshow.window import SlideshowWindow

        event = process.open_event(db_path)
        process.announce(event, None if all_screens else screen)
        # A screens copy that joins a venue follows the control through its link, in the
        # background: the windows read their own file as always (and loop it without the hub).
        # The link also hears the control's commands to this machine, and keeps the hub's
        # clock, by which --sync screens on every machine count their slides.
        hub_clock = HubClock()
        link = None
        if replica.link_of(event) is not None:
            from kiosk.venue.commands import machine_tasks
            from kiosk.venue.link import open_link
            from kiosk.venue.screens import follow

            link = open_link(event, db_path,
                             tasks=[follow, *machine_tasks(hub_clock if sync else None)])
            if link is not None:
                process.on_exit(link.close)
                if sync:  # a moment for the hub's time, rather than a wrong first slide
                    deadline = time.monotonic() + SYNC_WAIT_S
                    while not hub_clock.known and time.monotonic() < deadline:
                        time.sleep(0.02)
        process.speak_to_audience(event)
        clock = hub_clock if link is not None else SYSTEM
        screens = (list(range(len(QGuiApplication.screens()))) if all_screens else [screen])
        windows = [SlideshowWindow(db_path, screen=index, windowed=windowed, interval=interval,
                                   shuffle=shuffle, sync=sync, clock=clock)
                   for index in screens]
        for window in windows:
            process.on_exit(window.controller.stop)
        process.keep_awake("The kiosk is showing the venue slideshow")
        for window in windows:
            window.start()
        process.watch_first_frame(windows[0].window)
        return process.exec()
