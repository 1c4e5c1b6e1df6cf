"""The shades that keep a legend's caption readable over its photo, drawn once per screen and
colour, as pictures the renderer copies 1:1.

Three of them: the scrim under the lower third (the theme's background, rising from clear to
nearly opaque), the darkening of a full-bleed photo's left half behind the caption, and the
blend of a portrait's panel into the room on its left. As QML gradient rectangles, a
software-rendered screen computed every pixel of their gradients on every frame of a
crossfade and of the photo's slow pan and zoom: more than half of such a frame (3.7 ms of
its median 3.7, against 1.4 ms without them). As pictures, they are blended, not computed.

    image://scrim/KIND/COLOUR      KIND: bottom, left or panel; COLOUR: #rrggbb (the theme's)

The colour is part of the address: when the organiser changes the event's colours, QML asks
for the new picture and the old one is let go.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui.slideshow.room import told
from kiosk.ui.slideshow.screen_copy import PANEL_FRACTION

PROVIDER = "scrim"
KINDS = ("bottom", "left", "panel")
BOTTOM_FRACTION = 0.62  # of the screen's height, under the caption
LEFT_FRACTION = 0.5  # of the screen's width, behind a full-bleed photo's caption
PANEL_BLEND_FRACTION = 0.45  # of the portrait panel's width

# (position, opacity) along each gradient, from its clear or dark end as drawn
STOPS = {
    "bottom": ((0.0, 0.0), (0.55, 0.72), (1.0, 0.96)),  # top to bottom
    "left": ((0.0, 0.55), (1.0, 0.0)),  # left to right
    "panel": ((0.0, 1.0), (0.35, 0.7), (1.0, 0.0)),  # left to right
}


def scrim_size(kind: str, screen: QSize) -> QSize:
    """The picture's size in pixels, as QML lays the shade out (whole pixels)."""
    width, height = screen.width(), screen.height()
    if kind == "bottom":
        return QSize(width, max(1, round(height * BOTTOM_FRACTION)))
    if kind == "left":
        return QSize(max(1, round(width * LEFT_FRACTION)), height)
    panel = width - round(width * (1 - PANEL_FRACTION))
    return QSize(max(1, round(panel * PANEL_BLEND_FRACTION)), height)


def scrim_image(kind: str, color: QColor, screen: QSize) -> QImage:
    size = scrim_size(kind, screen)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    end = QPointF(0, size.height()) if kind == "bottom" else QPointF(size.width(), 0)
    gradient = QLinearGradient(QPointF(0, 0), end)
    for position, opacity in STOPS[kind]:
        stop = QColor(color)
        stop.setAlphaF(opacity)
        gradient.setColorAt(position, stop)
    painter = QPainter(image)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), gradient)
    painter.end()
    return image


class ScrimImages(QQuickImageProvider):
    """``image://scrim/KIND/#rrggbb``: each shade in each colour asked for, drawn once."""

    def __init__(self, screen: QSize) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.screen = QSize(screen)
        self.drawn: dict[str, QImage] = {}

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        kind, _, colour = image_id.partition("/")
        color = QColor(colour)
        if kind not in KINDS or not color.isValid():
            image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            return image
        key = f"{kind}/{color.name()}"
        if key not in self.drawn:
            # Only the colours now on screen are kept: a changed theme lets the old ones go.
            self.drawn = {k: v for k, v in self.drawn.items() if not k.startswith(f"{kind}/")}
            self.drawn[key] = scrim_image(kind, color, self.screen)
        return told(size, self.drawn[key])
