"""Decoding one photo at the size a screen needs (run in the decoder process, see decoder.py).

``setScaledSize`` lets the JPEG decoder skip the detail a screen cannot show (a 24-megapixel
photo is never held at full size), ``setAutoTransform`` turns EXIF-rotated portraits upright,
and CMYK, indexed, grayscale or 16-bit images are converted to the two formats every scene
graph backend draws fast. A missing, corrupt or unsupported file gives a reason, not an image.

The decoder gives way as it goes (:func:`give_way`). It runs at the lowest priority
(SCHED_IDLE), yet Linux's scheduler (EEVDF) still hands it the core for up to a whole tick,
4 ms, when the GUI thread has run for a while: a stretch cut out of the frame being drawn.
Reading the file through :class:`CourteousFile` offers the core back every quarter
millisecond while a photo decodes, so such a stretch ends at the next offer. What comes after
the read (scaling a PNG to the screen, converting CMYK to RGB) is done in bands of rows, with
an offer between two bands.
"""

from __future__ import annotations

import math
import os
import time
from pathlib import Path

from PySide6.QtCore import QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPainter

# The layout the screen uses (SlideView.qml reads these through the controller): a landscape
# photo fills the screen, a portrait fills a panel on the right. Photos are decoded to exactly
# cover that box, so the scene graph draws them 1:1 and never resamples them per frame.
FULL_BLEED_ASPECT = 1.3
PANEL_FRACTION = 0.56
ALLOCATION_LIMIT_MB = 1024  # a 24-MP photo is ~100 MB before scaling; refuse absurd ones
OPAQUE = QImage.Format.Format_RGB32
TRANSPARENT = QImage.Format.Format_ARGB32_Premultiplied


GIVE_WAY_EVERY_S = 0.00025
BAND_PIXELS = 32768  # rows of a band when scaling or converting: a fraction of a millisecond
_last_offer = 0.0


def give_way() -> None:
    """Offer the core to any thread waiting for it, at most every :data:`GIVE_WAY_EVERY_S`.

    ``sched_yield`` costs a microsecond when nobody waits. When the GUI thread waits on this
    core, it runs at once: a SCHED_IDLE thread that yields goes behind every other one.
    """
    global _last_offer
    now = time.perf_counter()
    if now - _last_offer >= GIVE_WAY_EVERY_S:
        _last_offer = now
        if hasattr(os, "sched_yield"):
            os.sched_yield()


class CourteousFile(QIODevice):
    """A photo file that Qt's image readers read a few kilobytes at a time (they decode as
    they read), giving way between reads (see :func:`give_way`)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self._size = os.fstat(self._fd).st_size
        self.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    def isSequential(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def size(self) -> int:
        return self._size

    def readData(self, maxlen: int) -> bytes:  # noqa: N802 - Qt's name
        give_way()
        return os.pread(self._fd, maxlen, self.pos())

    def writeData(self, data: bytes) -> int:  # noqa: N802 - Qt's name
        return -1

    def close(self) -> None:
        super().close()
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def cover_size(width: int, height: int, screen: QSize) -> QSize:
    """The size (upright) at which a width×height photo exactly covers its box on ``screen``."""
    if width <= 0 or height <= 0:
        return QSize()
    box_w = screen.width() if width / height >= FULL_BLEED_ASPECT else screen.width() * PANEL_FRACTION
    scale = max(box_w / width, screen.height() / height)
    return QSize(max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)))


def target_size(source: QSize, transform: QImageIOHandler.Transformation,
                screen: QSize) -> QSize:
    """The decode size, in the file's own orientation, that covers the photo's box on ``screen``."""
    rotated = bool(transform & QImageIOHandler.Transformation.TransformationRotate90)
    w, h = (source.height(), source.width()) if rotated else (source.width(), source.height())
    cover = cover_size(w, h, screen)
    if not cover.isValid():
        return cover
    return cover.transposed() if rotated else cover


def read_image(path: str | Path, screen: QSize) -> tuple[QImage | None, str]:
    """Decode one photo for a screen of ``screen`` pixels: (image, '') or (None, reason)."""
    path = str(path)
    if not Path(path).is_file():
        return None, "file not found"
    try:
        source = CourteousFile(path)
    except OSError as error:
        return None, f"could not be opened ({error.strerror or error})"
    try:
        return _decode(QImageReader(source), path, screen)
    finally:
        source.close()


def _decode(reader: QImageReader, path: str, screen: QSize) -> tuple[QImage | None, str]:
    reader.setAutoTransform(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    if not reader.canRead():
        return None, f"not an image Qt can read ({reader.errorString()})"
    if bytes(reader.format()).lower() in (b"jpeg", b"jpg") and not _jpeg_complete(path):
        return None, "corrupt JPEG (the file is cut short: no end-of-image marker)"
    size = reader.size()
    # A reader that scales as it decodes (JPEG) is asked to; another one (PNG) would scale
    # the whole picture in one go after reading it, so that is done here, in bands.
    if size.isValid() and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
        scaled = target_size(size, reader.transformation(), screen)
        if scaled.isValid() and scaled != size:
            reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        return None, reader.errorString() or "could not be decoded"
    wanted = TRANSPARENT if image.hasAlphaChannel() else OPAQUE
    image = converted(image, wanted)
    cover = cover_size(image.width(), image.height(), screen)
    if cover.isValid() and cover != image.size():
        image = scaled_to(image, cover)
    if image.isNull():
        return None, "not enough memory to scale it"
    return image, ""


def _rows(width: int) -> int:
    return max(1, BAND_PIXELS // max(1, width))


def converted(image: QImage, fmt: QImage.Format) -> QImage:
    """``image`` in ``fmt``, converted a band of rows at a time."""
    if image.format() == fmt:
        return image
    out = QImage(image.size(), fmt)
    if out.isNull():
        return image.convertToFormat(fmt)
    width, height, line = image.width(), image.height(), out.bytesPerLine()
    target = out.bits()
    rows = _rows(width)
    for top in range(0, height, rows):
        give_way()
        band = image.copy(0, top, width, min(rows, height - top)).convertToFormat(fmt)
        target[top * line:(top + band.height()) * line] = band.constBits()[:band.height() * line]
    return out


def scaled_to(image: QImage, size: QSize) -> QImage:
    """``image`` smoothly scaled to ``size``, a band of rows at a time (every band is drawn
    with the same transform, only clipped: no seams). A photo shrunk to less than half its
    size is averaged by QImage.scaled in one go instead (bilinear sampling would alias)."""
    if size.width() * 2 < image.width() or size.height() * 2 < image.height():
        return image.scaled(size, mode=Qt.TransformationMode.SmoothTransformation)
    out = QImage(size, image.format())
    if out.isNull():
        return out
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    whole = QRectF(0, 0, size.width(), size.height())
    rows = _rows(size.width())
    for top in range(0, size.height(), rows):
        give_way()
        painter.setClipRect(QRect(0, top, size.width(), rows))
        painter.drawImage(whole, image)
    painter.end()
    return out


def _jpeg_complete(path: str) -> bool:
    """A truncated JPEG decodes as a grey-filled picture: catch it by its missing end marker."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        length = handle.tell()
        handle.seek(max(0, length - 65536))
        return b"\xff\xd9" in handle.read()
