"""One guest's ticket as a PNG card: event, big QR code, name, organisation, lists, table."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kiosk.tickets_out import qr

WIDTH, HEIGHT = 720, 1040


@dataclass(frozen=True)
class TicketCard:
    guest_id: int
    version: int
    payload: str
    name: str
    organisation: str
    lists: str
    table: str
    category: str
    event: str
    when: str
    # The event's look: its logo (a file, PNG or SVG, "" for none), band and rule colours.
    logo: str = ""
    band: str = "#0a0e16"
    rule: str = "#6cb4ff"
    band_text: str = "#ffffff"


def slug(text: str) -> str:
    """'Stéphane Ratel' -> 'stephane-ratel': a file name a person can find and type."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "guest"


def file_name(guest_id: int, first_name: str, last_name: str, version: int = 1) -> str:
    base = f"{guest_id:04d}-{slug(last_name)}-{slug(first_name)}"
    return f"{base}-v{version}.png" if version > 1 else f"{base}.png"


def ensure_gui() -> object:
    """QPainter on text needs a GUI application; headless machines get the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["kiosk-tickets"])
        from kiosk.fonts import load_fonts

        load_fonts()
    return app


def fitted(font, text: str, width: float, minimum: float = 0.55):  # noqa: ANN001, ANN201 - QFont
    """The font, made smaller (down to ``minimum`` of its size) until ``text`` fits ``width``."""
    from PySide6.QtGui import QFont, QFontMetricsF

    size = font.pixelSize()
    out = QFont(font)
    floor = max(6, int(size * minimum))
    while size > floor and QFontMetricsF(out).horizontalAdvance(text) > width:
        size = max(floor, int(size * 0.92))
        out.setPixelSize(size)
    return out


def qr_image(modules):  # noqa: ANN001, ANN201 - numpy matrix in, QImage out
    """The code as a one-pixel-per-module image, to be scaled without smoothing."""
    from PySide6.QtGui import QImage

    pixels = ((~modules).astype("uint8") * 255).copy(order="C")
    n = pixels.shape[0]
    image = QImage(pixels.data, n, n, n, QImage.Format.Format_Grayscale8)
    return image.copy()


def draw_logo(painter, path: str, box) -> float:  # noqa: ANN001 - QPainter, QRectF
    """The logo fitted into ``box`` (right-aligned, centred vertically); its drawn width, 0
    when there is none or it cannot be read."""
    if not path:
        return 0.0
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    if path.lower().endswith(".svg"):
        renderer = QSvgRenderer(path)
        if not renderer.isValid():
            return 0.0
        size = QSizeF(renderer.defaultSize())
        draw = renderer.render
    else:
        image = QImage(path)
        if image.isNull():
            return 0.0
        size = QSizeF(image.size())

        def draw(p, target) -> None:  # noqa: ANN001
            p.drawImage(target, image)
    if size.isEmpty():
        return 0.0
    size.scale(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(box.right() - size.width(), box.top() + (box.height() - size.height()) / 2,
                    size.width(), size.height())
    painter.save()
    painter.setRenderHint(painter.RenderHint.SmoothPixmapTransform, True)
    draw(painter, target)
    painter.restore()
    return size.width()


def render(card: TicketCard, path: Path, modules=None) -> None:  # noqa: ANN001 - numpy matrix
    from PySide6.QtCore import QRect, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.fillRect(QRect(0, 0, WIDTH, 110), QColor(card.band))
        painter.fillRect(QRect(0, 110, WIDTH, 6), QColor(card.rule))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        logo_width = draw_logo(painter, card.logo, QRectF(WIDTH - 40 - 150, 15, 150, 80))
        font = QFont("Bebas Neue")
        font.setPixelSize(46)
        room = WIDTH - 80 - (logo_width + 20 if logo_width else 0)
        painter.setFont(fitted(font, card.event, room))
        painter.setPen(QColor(card.band_text))
        painter.drawText(QRectF(40, 0, room, 110), Qt.AlignmentFlag.AlignVCenter, card.event)
        code = qr_image(qr.matrix(card.payload) if modules is None else modules)
        n = code.width() + 2 * qr.QUIET
        scale = max(1, 600 // n)
        side = n * scale
        x0 = (WIDTH - side) // 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        inner = code.width() * scale
        painter.drawImage(QRect(x0 + qr.QUIET * scale, 140 + qr.QUIET * scale, inner, inner), code)
        y = 140 + side + 10
        font = QFont("Inter")
        font.setPixelSize(40)
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(fitted(font, card.name, WIDTH - 60))
        painter.setPen(QColor("#05070d"))
        painter.drawText(QRectF(30, y, WIDTH - 60, 56), Qt.AlignmentFlag.AlignCenter, card.name)
        font.setPixelSize(26)
        font.setWeight(QFont.Weight.Normal)
        painter.setFont(font)
        painter.setPen(QColor("#3a4150"))
        lines = [card.organisation, card.lists,
                 f"Table {card.table}" if card.table else "", f"#{card.guest_id}"]
        for line in [ln for ln in lines if ln]:
            y += 56 if y == 140 + side + 10 else 38
            painter.drawText(QRectF(30, y, WIDTH - 60, 40), Qt.AlignmentFlag.AlignCenter, line)
    finally:
        painter.end()
    # A ticket has a handful of colours: an 8-bit palette PNG is three times quicker to
    # write than true colour, and smaller to e-mail.
    indexed = image.convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
    from kiosk.tickets_out.atomic import written

    with written(path) as handle:
        if not indexed.save(handle, "PNG", 80):  # zlib level 2: 3 ms, ~28 kB a ticket
            raise OSError(f"could not write {path}")


def render_batch(batch: list[tuple[TicketCard, str]]) -> list[qr.Packed]:
    """Worker entry point: encode and render a batch of cards (each worker has its own Qt).

    Returns the encoded codes, so that the PDF reuses them instead of encoding again.
    """
    ensure_gui()
    codes = []
    for card, path in batch:
        modules = qr.matrix(card.payload)
        render(card, Path(path), modules)
        codes.append(qr.pack(modules))
    return codes
