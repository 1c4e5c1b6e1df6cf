"""Starting a kiosk window process: the application, language, fonts, QML engine, placement."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtWidgets import QApplication

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.fonts import load_fonts
from kiosk.paths import qml_dir, resources_dir
from kiosk.ui import renderer


def create_app(language: str | None, role: str) -> QApplication:
    """One QApplication per process (widgets and Qt Quick both work in it).

    ``role`` names the window's job; each window hands its own Origin to what it records."""
    app = QApplication.instance()
    if app is None:
        require_display()
        # Qt's raster engine hands every large fill to a pool of threads and waits for them:
        # on a two-core venue PC with no GPU, the frame then waits for cores that the X server
        # and the photo preparer are using, and the GUI thread stalls. Painted on the GUI
        # thread alone, a 1080p frame is faster as well as steadier (benchmarks/). The
        # variable must be set before anything paints; an operator's own setting wins.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0] if sys.argv else "kiosk"])
        app.setApplicationName("kiosk")
        app.setOrganizationName("kiosk")
        app.setApplicationDisplayName("Kiosk")
    # Before the first window: no GPU here, no OpenGL on the CPU (kiosk/ui/renderer.py).
    renderer.choose()
    i18n.install(language)
    load_fonts()
    return app


def require_display() -> None:
    """Refuse, with a way out, a window command where there is no display (over ssh): Qt's
    xcb plugin would abort the process (exit 134) with a message about missing libraries."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return  # offscreen, vnc, eglfs...: Qt needs no X display
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise KioskError("display.none")


def qml_engine() -> QQmlApplicationEngine:
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_dir()))
    return engine


def describe_attached() -> str:
    """The attached screens as the operator numbers them: "1: DP-1 1920x1080 at 0,0; 2: ..."."""
    return "; ".join(f"{i + 1}: {s.name() or '?'} {s.geometry().width()}x{s.geometry().height()}"
                     f" at {s.geometry().x()},{s.geometry().y()}"
                     for i, s in enumerate(QGuiApplication.screens())) or "none"


def require_screen(index: int | None) -> None:
    """Refuse a screen (an index; the operator's number is index + 1) that is not attached,
    rather than covering another one: the audience view would land on the operator's laptop."""
    if index is not None and not 0 <= index < len(QGuiApplication.screens()):
        raise KioskError("screen.not_attached", number=index + 1, attached=describe_attached())


def screen_for(index: int | None):  # noqa: ANN201 - QScreen
    """The screen at ``index`` (the operator's number minus one); a screen not attached is refused."""
    screens = QGuiApplication.screens()
    if index is None or not screens:
        return QGuiApplication.primaryScreen()
    require_screen(index)
    return screens[index]


def place(window: QWindow, screen: int | None, windowed: bool, size: tuple[int, int] = (1280, 720)) -> None:
    """Put a window on its screen: full screen for the audience, or a plain window."""
    target = screen_for(screen)
    if target is not None:
        window.setScreen(target)
        geometry = target.geometry()
        if windowed:
            window.resize(*size)
            window.setPosition(geometry.x() + (geometry.width() - size[0]) // 2,
                               geometry.y() + (geometry.height() - size[1]) // 2)
        else:
            window.setGeometry(geometry)
    if windowed:
        window.show()
    else:
        window.showFullScreen()


def hide_cursor(window: QWindow) -> None:
    window.setCursor(Qt.CursorShape.BlankCursor)


def asset(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
