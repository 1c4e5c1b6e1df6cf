"""`kiosk slideshow`: one window per screen, awake, cursor hidden, until the machine stops it."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.cli.base import db_path
from kiosk.core import playlist
from kiosk.core.db import open_db
from kiosk.ui.app import create_app, exec_app

FRAME_IDLE_MS = 10


def _logging() -> None:
    logger = logging.getLogger("kiosk.slideshow")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("kiosk slideshow: %(levelname)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def run(args: argparse.Namespace) -> int:
    from kiosk import i18n

    i18n.install(getattr(args, "lang", None))  # refusals below are shown in the user's language
    path = db_path(args)
    # Refuse bad input (missing file, bad interval) before any window opens.
    db = open_db(path)
    try:
        playlist.interval(db, args.interval)
    finally:
        db.close()
    _logging()
    # Qt asks for the next frame 5 ms after the last one ends: without a GPU that is 150
    # frames a second of a slow pan, two thirds of them wasted on a 60 Hz screen and taken
    # from the cores the X server and the photo decoder need. 10 ms paces it near 60.
    os.environ.setdefault("QT_QPA_UPDATE_IDLE_TIME", str(FRAME_IDLE_MS))
    app = create_app(args, "slideshow")
    from kiosk.ui.slideshow.window import SlideshowWindow

    screens = (list(range(len(QGuiApplication.screens()))) if args.all_screens
               else [args.screen])
    windows = [SlideshowWindow(path, screen=screen, windowed=args.windowed,
                               interval=args.interval, shuffle=args.shuffle, sync=args.sync)
               for screen in screens]
    try:
        from kiosk.ui.display import hold_awake

        awake = hold_awake("The kiosk is showing the venue slideshow")
    except ImportError:  # pragma: no cover
        awake = None
    for window in windows:
        window.start()
    # Quit cleanly on SIGTERM/SIGINT (a Python handler needs the interpreter to run now and then).
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.quit())
    tick = QTimer()
    tick.start(250)
    tick.timeout.connect(lambda: None)
    try:
        return exec_app(app)
    finally:
        if awake is not None:
            awake.release()
        for window in windows:
            window.controller.stop()
