"""Building slideshow windows (one per screen) around their controllers; used by the CLI, tests
and the endurance benchmark."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.core.clock import SYSTEM, Clock
from kiosk.ui.app import load_fonts, qml_engine, screen_for
from kiosk.ui.look import EventLook
from kiosk.ui.machine_overlay import attach as attach_machine
from kiosk.ui.slideshow.models import SlideshowController
from kiosk.ui.slideshow.room import PROVIDER as ROOM
from kiosk.ui.slideshow.room import RoomImage
from kiosk.ui.slideshow.scrims import PROVIDER as SCRIM
from kiosk.ui.slideshow.scrims import ScrimImages

log = logging.getLogger("kiosk.slideshow")

WINDOWED_SIZE = (1280, 720)


def _window_size(screen: int | None, windowed: bool) -> QSize:
    """The window's size in QML's units (the screen's, fullscreen)."""
    if windowed:
        return QSize(*WINDOWED_SIZE)
    target = screen_for(screen)
    return target.size() if target is not None else QSize(1920, 1080)


def _screen_pixels(screen: int | None, windowed: bool) -> QSize:
    """The physical pixels a slide fills on that screen (photos are prepared to cover this)."""
    size = _window_size(screen, windowed)
    target = None if windowed else screen_for(screen)
    ratio = target.devicePixelRatio() if target is not None else 1.0
    return QSize(round(size.width() * ratio), round(size.height() * ratio))


def _warm_fonts(theme: dict, texts: list[str]) -> None:
    """Draw every text the playlist will show once, off screen, before the show starts.

    A name in a script not seen yet (a Japanese legend) makes Qt find, open and read a
    fallback font the first time it is drawn: 15 ms in the middle of a crossfade. Done here,
    at start and after a content change, it costs nothing on screen.
    """
    fonts = theme.get("fonts", {})
    scratch = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(scratch)
    try:
        for family, size in ((fonts.get("display", ""), 150), (fonts.get("body", ""), 30)):
            if not family:
                continue
            font = QFont(family)
            font.setStyleName("Regular")
            font.setPixelSize(size)
            painter.setFont(font)
            for text in texts:
                if text:
                    painter.drawText(QPointF(0, 0), text)
    finally:
        painter.end()


class SlideshowWindow:
    """The engine, controller and window of one venue screen."""

    def __init__(self, db_path: str | Path, *, screen: int | None = None, windowed: bool = False,
                 interval: float | None = None, shuffle: bool = False, sync: bool = False,
                 animation_scale: float = 1.0, clock: Clock = SYSTEM, place: bool = True,
                 size: QSize | None = None, cache: Path | None = None) -> None:
        load_fonts()
        pixels = size or _screen_pixels(screen, windowed)
        self.controller = SlideshowController(
            db_path, interval=interval, shuffle=shuffle, sync=sync, clock=clock, screen=pixels,
            cache=cache)
        # The event's look, followed live (kiosk event set, the control window's Event panel).
        self.look = EventLook(self.controller.db)
        theme = self.look.theme
        self.theme = theme
        self._warm()
        self.controller.playlistChanged.connect(self._warm)
        self.engine: QQmlApplicationEngine = qml_engine()
        self.engine.addImageProvider(ROOM, RoomImage(theme, pixels))
        self.engine.addImageProvider(SCRIM, ScrimImages(pixels))
        self.engine.setInitialProperties({
            "controller": self.controller, "theme": theme, "animationScale": animation_scale,
            "roomImage": f"image://{ROOM}/room",
        })
        self.engine.loadFromModule("Kiosk.Slideshow", "SlideshowWindow")
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError("the slideshow QML failed to load")
        self.window: QQuickWindow = roots[0]
        self.look.follow(self.window)
        # A venue copy: blank and identify, as the control asks of this machine alone.
        self.machine = attach_machine(self.engine, self.window, self.controller.db, "slideshow")
        if size is not None:
            self.window.resize(size)
        self.keeper = None
        self.screen = screen
        if place:
            self._place(screen, windowed)

    def _place(self, screen: int | None, windowed: bool) -> None:
        try:
            from kiosk.ui.display import FullscreenKeeper
        except ImportError:  # pragma: no cover - the display module predates this one
            from kiosk.ui.app import hide_cursor, place

            place(self.window, screen, windowed, WINDOWED_SIZE)
            if not windowed:
                hide_cursor(self.window)
            return
        self.keeper = FullscreenKeeper(self.window, screen=screen, windowed=windowed,
                                       size=WINDOWED_SIZE)
        if screen is not None:
            self.window.setTitle(f"{self.window.title()} · {screen}")

    def _warm(self) -> None:
        texts = []
        for slide in self.controller.playlist.slides:
            texts += [slide.title, slide.quote, slide.body, slide.years, *slide.titles]
        _warm_fonts(self.theme, texts)

    def start(self) -> None:
        self.controller.start()

    def close(self) -> None:
        if self.machine is not None:
            self.machine.stop()
        self.controller.close()
        self.window.close()
