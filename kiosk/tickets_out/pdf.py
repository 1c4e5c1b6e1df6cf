"""The print-ready PDF: one A4 page per guest, the QR code drawn as vectors (sharp at any size)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from kiosk import i18n
from kiosk.core.errors import QT_TRANSLATE_NOOP
from kiosk.tickets_out import qr
from kiosk.tickets_out.card import TicketCard, fitted

DPI = 300
QR_MM = 90  # scans from paper at arm's length and from a phone held up to a scanner
CONTEXT = "kiosk.tickets"
# The small print at the foot of a page, in the language of the person printing (--lang).
FOOTER = QT_TRANSLATE_NOOP("kiosk.tickets", "#{guest} · {category} · ticket {version}")
TABLE = QT_TRANSLATE_NOOP("kiosk.tickets", "Table {table}")


def _mm(value: float) -> float:
    return value / 25.4 * DPI


def write_pdf(path: Path, cards: Iterable[TicketCard], title: str,
              progress: Callable[[int], None] | None = None,
              codes: Iterable[np.ndarray] | None = None) -> int:
    """Write the PDF; ``codes`` (the cards' QR matrices, in order) saves encoding them again."""
    from PySide6.QtGui import QPdfWriter

    from kiosk.tickets_out.atomic import written

    with written(path) as handle:
        return _write(QPdfWriter(handle), path, cards, title, progress, codes)


def _write(writer, path: Path, cards: Iterable[TicketCard], title: str,  # noqa: ANN001 - QPdfWriter
           progress: Callable[[int], None] | None, codes: Iterable[np.ndarray] | None) -> int:
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPainterPath

    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("kiosk")
    width, height = _mm(210), _mm(297)
    footer, table = i18n.translate(CONTEXT, FOOTER), i18n.translate(CONTEXT, TABLE)
    painter = QPainter()
    pages = 0
    if not painter.begin(writer):
        raise OSError(f"could not write {path}")
    try:
        display = QFont("Bebas Neue")
        display.setPixelSize(int(_mm(14)))
        name_font = QFont("Inter")
        name_font.setWeight(QFont.Weight.Bold)
        name_font.setPixelSize(int(_mm(11)))
        body = QFont("Inter")
        body.setPixelSize(int(_mm(6)))
        small = QFont("Inter")
        small.setPixelSize(int(_mm(3.5)))
        cards = list(cards)
        matrices = codes if codes is not None else (qr.matrix(c.payload) for c in cards)
        for card, modules in zip(cards, matrices, strict=False):
            if pages:
                writer.newPage()
            pages += 1
            painter.fillRect(QRectF(0, 0, width, _mm(40)), QColor("#05070d"))
            painter.fillRect(QRectF(0, _mm(40), width, _mm(1.5)), QColor("#c9a55a"))
            painter.setPen(QColor("#ffffff"))
            painter.setFont(fitted(display, card.event, width - _mm(30)))
            painter.drawText(QRectF(_mm(15), _mm(4), width - _mm(30), _mm(20)),
                             Qt.AlignmentFlag.AlignVCenter, card.event)
            painter.setFont(small)
            painter.setPen(QColor("#c9a55a"))
            painter.drawText(QRectF(_mm(15), _mm(24), width - _mm(30), _mm(10)),
                             Qt.AlignmentFlag.AlignVCenter, card.when)
            painter.setPen(QColor("#05070d"))
            painter.setFont(fitted(name_font, card.name, width - _mm(30)))
            painter.drawText(QRectF(_mm(15), _mm(52), width - _mm(30), _mm(18)),
                             Qt.AlignmentFlag.AlignCenter, card.name)
            painter.setFont(body)
            painter.setPen(QColor("#3a4150"))
            y = _mm(72)
            for line in (card.organisation, card.lists):
                if line:
                    painter.drawText(QRectF(_mm(15), y, width - _mm(30), _mm(10)),
                                     Qt.AlignmentFlag.AlignCenter, line)
                    y += _mm(10)
            n = modules.shape[0]
            unit = _mm(QR_MM) / n
            x0 = (width - _mm(QR_MM)) / 2
            y0 = _mm(100)
            path_ = QPainterPath()
            path_.setFillRule(Qt.FillRule.WindingFill)
            for row, col, length in qr.runs(modules):
                path_.addRect(QRectF(x0 + col * unit, y0 + row * unit, length * unit + 0.5, unit + 0.5))
            painter.fillPath(path_, QColor("#000000"))
            y = y0 + _mm(QR_MM) + _mm(10)
            if card.table:
                painter.setFont(name_font)
                painter.setPen(QColor("#05070d"))
                painter.drawText(QRectF(_mm(15), y, width - _mm(30), _mm(16)),
                                 Qt.AlignmentFlag.AlignCenter, table.format(table=card.table))
                y += _mm(18)
            painter.setFont(small)
            painter.setPen(QColor("#8d96a8"))
            painter.drawText(QRectF(_mm(15), height - _mm(20), width - _mm(30), _mm(8)),
                             Qt.AlignmentFlag.AlignCenter,
                             footer.format(guest=card.guest_id, category=card.category,
                                           version=card.version))
            if progress:
                progress(pages)
    finally:
        painter.end()
    return pages
