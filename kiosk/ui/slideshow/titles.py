"""Big one-line titles (a legend's name, a card's title) drawn once and shown as pictures.

Without a GPU, Qt draws glyphs bigger than 64 px by filling their outlines, every time: a
150 px name costs 3 to 6 ms, and a slide change redraws it. A venue screen loops the same few
dozen names for hours, so each is drawn once, at start (or when the content changes, one per
turn of the event loop), into a picture that QML shows through ``image://titles/...``. A
title the cache does not hold yet is drawn when QML asks for it: the same result, later.

    image://titles/<family>/<pixel size>/<colour>/<text>     (each part URL-encoded)
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from urllib.parse import quote, unquote

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui.slideshow.images import served

PROVIDER = "titles"
LIMIT = 512  # pictures kept: a loop's names at both widths, with room to spare
PAD = 0.15  # of the pixel size, around the text: glyphs may reach past their advance


def padding(pixel_size: int) -> int:
    return math.ceil(pixel_size * PAD)


def title_id(family: str, pixel_size: int, colour: str, text: str) -> str:
    return "/".join(quote(part, safe="") for part in (family, str(pixel_size), colour, text))


def title_font(family: str, pixel_size: int) -> QFont:
    font = QFont(family)
    font.setStyleName("Regular")
    font.setPixelSize(pixel_size)
    return font


def _advance(family: str, pixel_size: float, text: str) -> float:
    return QFontMetricsF(title_font(family, round(pixel_size))).horizontalAdvance(text)


def title_pictures(theme: dict, slides: list, screen: QSize) -> list[str]:
    """The title pictures the slides will ask for on a ``screen``-sized window (the sizes
    LegendCaption.qml and CardSlide.qml choose): names at both caption widths, card titles."""
    family = theme.get("fonts", {}).get("display", "")
    colour = QColor(theme.get("colors", {}).get("text") or "#ffffff")
    colour = colour.name(QColor.NameFormat.HexArgb) if colour.alpha() < 255 else colour.name()
    u = screen.height() / 1080
    ids = []
    for slide in slides:
        text = slide.title
        if not text or not family:
            continue
        if slide.kind == "legend":
            advance = _advance(family, 150 * u, text)
            for share in (0.62, 0.52):  # a landscape photo's caption, a portrait's
                width = share * screen.width()
                size = math.floor(max(60 * u, min(150 * u, 6 * math.floor(25 * u * width / max(1, advance)))))
                if advance * size / round(150 * u) <= width:
                    ids.append(title_id(family, size, colour, text))
        elif slide.kind in ("sponsor", "title"):
            advance = _advance(family, 140 * u, text)
            width = 0.74 * screen.width()
            size = math.floor(max(70 * u, min(140 * u, 140 * u * width / max(1, advance))))
            if advance * size / round(140 * u) <= width - 1:
                ids.append(title_id(family, size, colour, text))
    return ids


def draw_title(family: str, pixel_size: int, colour: str, text: str) -> QImage:
    """``text`` on one line, baseline at padding + ascent from the top, padding on the left."""
    font = title_font(family, pixel_size)
    metrics = QFontMetricsF(font)
    pad = padding(pixel_size)
    size = QSize(math.ceil(metrics.horizontalAdvance(text)) + 2 * pad,
                 math.ceil(metrics.ascent() + metrics.descent()) + 2 * pad)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        return image
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(QPointF(pad, pad + metrics.ascent()), text)
    painter.end()
    return image


class TitleImages(QQuickImageProvider):
    """The pictures of titles, by id; QML asks on the GUI thread, the warm-up fills it."""

    def __init__(self, limit: int = LIMIT) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.limit = limit
        self._lock = threading.Lock()
        self._images: OrderedDict[tuple, QImage] = OrderedDict()
        self.drawn = 0  # pictures drawn so far (the warm-up and QML's misses)

    @staticmethod
    def _key(image_id: str) -> tuple[str, int, str, str] | None:
        """(family, pixel size, colour, text), however much of the id QML has decoded."""
        parts = image_id.split("/", 3)
        if len(parts) != 4:
            return None
        family, size, colour, text = (unquote(part) for part in parts)
        try:
            pixel_size = int(size)
        except ValueError:
            return None
        if not text or not 1 <= pixel_size <= 1000:
            return None
        return family, pixel_size, colour, text

    def holds(self, image_id: str) -> bool:
        with self._lock:
            return self._key(image_id) in self._images

    def picture(self, image_id: str) -> QImage:
        key = self._key(image_id)
        if key is None:
            return QImage()
        with self._lock:
            image = self._images.get(key)
            if image is not None:
                self._images.move_to_end(key)
                return image
        image = draw_title(*key)
        with self._lock:
            self.drawn += 1
            self._images[key] = image
            while len(self._images) > self.limit:
                self._images.popitem(last=False)
        return image

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        return served(self.picture(image_id), size)
