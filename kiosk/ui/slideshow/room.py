"""The portrait layout's left-hand "room": the flat surface colour and a faint watermark (the
theme's ``watermark``, the demo's anniversary "25"; none by default), drawn once.

A portrait photo fills a panel on the right; the room beside it may carry a watermark. Drawn
by QML, the watermark was a glyph texture scaled up fourfold, and a
software-rendered screen redrew it at every portrait slide (its layer is dropped while the
slide is hidden): a third of a frame's budget. Drawn here once per screen, it is one opaque
picture that the renderer copies 1:1.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui.slideshow.screen_copy import PANEL_FRACTION

PROVIDER = "room"
WATERMARK_OPACITY = 0.035
SCALE = 4  # drawn at a quarter of its size and scaled up: soft edges suit a watermark


def room_width(screen: QSize) -> int:
    """The room's width: the screen left of the photo panel, at a whole pixel (as in QML)."""
    return round(screen.width() * (1 - PANEL_FRACTION))


def room_image(theme: dict, screen: QSize) -> QImage:
    colors, fonts = theme.get("colors", {}), theme.get("fonts", {})
    u = screen.height() / 1080
    room = QImage(max(1, room_width(screen)), max(1, screen.height()), QImage.Format.Format_RGB32)
    room.fill(QColor(colors.get("surface", "#0e1320")))
    watermark = str(theme.get("watermark") or "")
    if not watermark:
        return room

    font = QFont(fonts.get("display", "Sans Serif"))
    font.setStyleName("Regular")
    font.setPixelSize(max(1, round(275 * u)))
    metrics = QFontMetricsF(font)
    glyphs = QImage(math.ceil(metrics.horizontalAdvance(watermark)) + 2,
                    math.ceil(metrics.height()) + 2, QImage.Format.Format_ARGB32_Premultiplied)
    glyphs.fill(Qt.GlobalColor.transparent)
    painter = QPainter(glyphs)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(QColor(colors.get("primary", "#c9a55a")))
    painter.drawText(QPointF(0, metrics.ascent()), watermark)
    painter.end()

    painter = QPainter(room)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setOpacity(WATERMARK_OPACITY)
    painter.drawImage(QRectF(-20 * u, -170 * u, glyphs.width() * SCALE, glyphs.height() * SCALE),
                      glyphs)
    painter.end()
    return room



class RoomImage(QQuickImageProvider):
    """The room, drawn once for the screen's life: ``image://room/room``."""

    def __init__(self, theme: dict, screen: QSize) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.image = room_image(theme, screen)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        return told(size, self.image)


def told(size: QSize, image: QImage) -> QImage:
    """``image``, its size told back through the out-parameter Qt passes to an image provider
    (when PySide lets it)."""
    try:
        size.setWidth(image.width())
        size.setHeight(image.height())
    except (AttributeError, TypeError):
        pass
    return image
