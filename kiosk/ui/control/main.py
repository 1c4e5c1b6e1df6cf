"""Starting the control window: `kiosk`, `kiosk control`, and `kiosk demo` after building."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from kiosk import i18n
from kiosk.core.event import event_info
from kiosk.ui.control.window import ControlWindow
from kiosk.ui.display import find_screen
from kiosk.ui.startup import WindowProcess


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


def run(db_path: Path, *, screen: int | None = None, windowed: bool = False,
        screenshot: str | None = None, language: str | None = None) -> int:
    """``screenshot``: save the window there once drawn, then leave (machines nobody watches)."""
    with WindowProcess("control", language) as process:
        set_locale(i18n.language())
        db = process.open_event(db_path)
        process.announce(db, screen)
        window = ControlWindow(db, db_path, event_info(db), lang=language, origin=process.origin)
        process.on_exit(window.close)
        status = {"code": 0}

        def save() -> None:
            status["code"] = 0 if save_screenshot(window, screenshot) else 1
            process.stop()

        process.watch_first_frame(window, then=save if screenshot else None)
        place(window, screen, windowed, fixed=bool(screenshot))
        code = process.exec()
        return status["code"] or code
