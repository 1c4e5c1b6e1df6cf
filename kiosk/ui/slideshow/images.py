"""Photos decoded off the GUI thread, at the size the screen needs, handed to QML by id.

A 24-megapixel JPEG takes far longer to decode than one frame lasts, so every photo is read
in a QThreadPool worker with QImageReader: ``setScaledSize`` lets the JPEG decoder skip the
detail a screen cannot show, ``setAutoTransform`` turns EXIF-rotated portraits upright, and
CMYK or indexed images are converted to a format every renderer draws. The finished QImage
goes into an :class:`ImageStore`, which a :class:`StoreImageProvider` serves to QML
(``image://slides/<token>``): QML never decodes anything itself.

A missing, corrupt or unsupported file gives a ``failed`` signal and one logged warning that
names it; the caller skips the photo and the show goes on.
"""

from __future__ import annotations

import logging
import math
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, QThread, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPainter
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger("kiosk.slideshow")

PROVIDER = "slides"
# The layout the screen uses (SlideView.qml reads these through the controller): a landscape
# photo fills the screen, a portrait fills a panel on the right. Photos are decoded to exactly
# cover that box, so the scene graph draws them 1:1 and never resamples them on the GUI thread.
FULL_BLEED_ASPECT = 1.3
PANEL_FRACTION = 0.56


@dataclass(frozen=True)
class Loaded:
    token: str
    path: str
    width: int
    height: int


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
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(1024)  # MB: a 24-MP photo is ~100 MB before scaling
    if not reader.canRead():
        return None, f"not an image Qt can read ({reader.errorString()})"
    if bytes(reader.format()).lower() in (b"jpeg", b"jpg") and not _jpeg_complete(path):
        return None, "corrupt JPEG (the file is cut short: no end-of-image marker)"
    size = reader.size()
    if size.isValid() and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
        scaled = target_size(size, reader.transformation(), screen)
        if scaled.isValid() and scaled.width() < size.width():
            reader.setScaledSize(scaled)  # the decoder skips detail the screen cannot show
    image = reader.read()
    if image.isNull():
        return None, reader.errorString() or "could not be decoded"
    cover = cover_size(image.width(), image.height(), screen)
    if cover.isValid() and cover != image.size():
        image = image.scaled(cover, mode=_smooth())
    # CMYK, indexed, grayscale, 16-bit: convert to what every scene graph backend draws fast.
    wanted = (QImage.Format.Format_ARGB32_Premultiplied if image.hasAlphaChannel()
              else QImage.Format.Format_RGB32)
    if image.format() != wanted:
        image = _convert(image, wanted)
    return image, ""


STRIP_ROWS = 32


def _convert(image: QImage, wanted: QImage.Format) -> QImage:
    """``convertToFormat`` in strips of rows.

    Some conversions (CMYK to RGB among them) hold Python's GIL for their whole run in
    PySide; a 24-MP CMYK photo would then freeze the GUI thread for ~100 ms. Strips keep
    each hold to a few milliseconds, so the GUI thread's Python code keeps its pace.
    """
    out = QImage(image.size(), wanted)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)  # copy, incl. alpha
    try:
        for top in range(0, image.height(), STRIP_ROWS):
            rows = min(STRIP_ROWS, image.height() - top)
            strip = image.copy(0, top, image.width(), rows).convertToFormat(wanted)
            painter.drawImage(0, top, strip)
    finally:
        painter.end()
    return out


def _jpeg_complete(path: str) -> bool:
    """A truncated JPEG decodes as a grey-filled picture: catch it by its missing end marker."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        length = handle.tell()
        handle.seek(max(0, length - 65536))
        return b"\xff\xd9" in handle.read()


def _smooth():  # noqa: ANN202
    from PySide6.QtCore import Qt

    return Qt.TransformationMode.SmoothTransformation


class ImageStore:
    """Decoded photos by token, shared with the QML image provider (which runs on other threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._images: OrderedDict[str, QImage] = OrderedDict()

    def put(self, token: str, image: QImage) -> None:
        with self._lock:
            self._images[token] = image

    def get(self, token: str) -> QImage | None:
        with self._lock:
            return self._images.get(token)

    def keep_only(self, tokens: set[str]) -> None:
        """Drop every photo not in ``tokens`` (those on screen or prepared ahead)."""
        with self._lock:
            for token in [t for t in self._images if t not in tokens]:
                del self._images[token]

    def __len__(self) -> int:
        with self._lock:
            return len(self._images)


class StoreImageProvider(QQuickImageProvider):
    def __init__(self, store: ImageStore) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.store = store

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        image = self.store.get(image_id.split("?", 1)[0])
        if image is None:
            return QImage()
        if size is not None:
            try:
                size.setWidth(image.width())
                size.setHeight(image.height())
            except (AttributeError, TypeError):
                pass
        return image


class _Signals(QObject):
    done = Signal(str, str, object, str)  # token, path, QImage | None, reason


class _Job(QRunnable):
    def __init__(self, token: str, path: str, screen: QSize, signals: _Signals) -> None:
        super().__init__()
        self.token, self.path, self.screen, self.signals = token, path, QSize(screen), signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            image, reason = read_image(self.path, self.screen)
        except Exception as error:  # noqa: BLE001 - a bad file must never stop the show
            image, reason = None, f"{type(error).__name__}: {error}"
        try:
            self.signals.done.emit(self.token, self.path, image, reason)
        except RuntimeError:  # the loader went away while this photo decoded
            pass


class ImageLoader(QObject):
    """Loads photos in the background into a store; one signal per photo, ready or failed."""

    loaded = Signal(object)   # Loaded
    failed = Signal(str, str)  # path, reason

    _pool: QThreadPool | None = None

    def __init__(self, store: ImageStore, screen: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.screen = QSize(screen)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._pending: set[str] = set()
        self._warned: set[str] = set()

    @classmethod
    def pool(cls) -> QThreadPool:
        if cls._pool is None:
            # Decoding threads re-enter Python between Qt calls; a short switch interval hands
            # the GIL back to the GUI thread within ~1 ms instead of the default 5 ms.
            sys.setswitchinterval(0.001)
            cls._pool = QThreadPool()
            cls._pool.setMaxThreadCount(2)
            # Decoding yields to the GUI and render threads.
            cls._pool.setThreadPriority(QThread.Priority.LowPriority)
        return cls._pool

    def request(self, token: str, path: str) -> None:
        """Start decoding ``path`` under ``token`` unless it is already in hand or on its way."""
        if token in self._pending or self.store.get(token) is not None:
            return
        self._pending.add(token)
        self.pool().start(_Job(token, path, self.screen, self._signals))

    def pending(self, token: str) -> bool:
        return token in self._pending

    def _done(self, token: str, path: str, image: object, reason: str) -> None:
        self._pending.discard(token)
        if isinstance(image, QImage) and not image.isNull():
            self.store.put(token, image)
            self.loaded.emit(Loaded(token, path, image.width(), image.height()))
            return
        if token not in self._warned:
            self._warned.add(token)
            log.warning("skipping photo %s: %s", path, reason)
        self.failed.emit(path, reason)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool().waitForDone(msecs)
