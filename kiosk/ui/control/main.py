"""Starting the control window: `kiosk`, `kiosk control`, and `kiosk demo` after building."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import i18n
from kiosk.cli.base import db_path
from kiosk.core.db import open_db
from kiosk.core.event import event_info
from kiosk.ui.app import create_app
from kiosk.ui.control.window import ControlWindow
from kiosk.ui.display import find_screen

# Set to 1 by the cold-start benchmark: print "first-frame <unix time>" after the first frame, exit.
FIRST_FRAME_ENV = "KIOSK_FIRST_FRAME_EXIT"


class FirstFrame(QObject):
    """Runs a callback once, just after the window has painted for the first time."""

    def __init__(self, window: QWidget, callback) -> None:  # noqa: ANN001
        super().__init__(window)
        self.callback = callback
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            # Let the rest of this frame (the child widgets) paint first.
            QTimer.singleShot(0, self.callback)
        return False


def set_locale(lang: str) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                               QLocale.Country.France if lang == "fr"
                               else QLocale.Country.UnitedKingdom))


def place(window: QWidget, screen: int | None, windowed: bool, fixed: bool = False) -> None:
    """On the chosen screen, centred; maximised when the screen is small (unless fixed)."""
    target = find_screen(screen) if screen is not None else None
    if target is None:
        target = window.screen()
    area = target.availableGeometry()
    if not windowed and not fixed and (area.width() < window.width() + 40 or area.height() < window.height() + 80):
        window.setGeometry(area)
        window.showMaximized()
        return
    window.move(area.x() + (area.width() - window.width()) // 2,
                area.y() + (area.height() - window.height()) // 2)
    window.show()


def save_screenshot(window: QWidget, path: str) -> bool:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(target), "PNG")
    sys.stderr.write(f"kiosk: screenshot {'saved to' if ok else 'could not be saved to'} "
                     f"{target}\n")
    return ok


def run(args: argparse.Namespace) -> int:
    app: QApplication = create_app(args, "control")
    set_locale(i18n.language())
    path = db_path(args)
    db = open_db(path)
    try:
        window = ControlWindow(db, path, event_info(db), lang=getattr(args, "lang", None))
        screenshot = getattr(args, "screenshot", None)
        status = {"code": 0}

        def first_frame() -> None:
            if os.environ.get(FIRST_FRAME_ENV) == "1":
                sys.stdout.write(f"first-frame {time.time():.6f}\n")
                sys.stdout.flush()
                app.quit()
                return
            if screenshot:
                status["code"] = 0 if save_screenshot(window, screenshot) else 1
                window.close()
                app.quit()

        if screenshot or os.environ.get(FIRST_FRAME_ENV) == "1":
            window._first_frame = FirstFrame(window, first_frame)
        place(window, getattr(args, "screen", None), getattr(args, "windowed", False),
              fixed=bool(screenshot))
        code = app.exec()
        return status["code"] or int(code)
    finally:
        db.close()
