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
import os
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
    if size.isValid():
        scaled = target_size(size, reader.transformation(), screen)
        if scaled.isValid() and scaled != size:
            # Decode straight to the size on screen, inside read(): the JPEG decoder skips the
            # detail a screen cannot show, and any remaining resampling (or a PNG's) happens in
            # C++ with the GIL released, so the GUI thread's Python never waits for it.
            reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        return None, reader.errorString() or "could not be decoded"
    cover = cover_size(image.width(), image.height(), screen)
    if cover.isValid() and cover != image.size():  # a reader that ignored the scaled size
        image = image.scaled(cover, mode=_smooth())
    # CMYK, indexed, grayscale, 16-bit: convert to what every scene graph backend draws fast.
    wanted = (QImage.Format.Format_ARGB32_Premultiplied if image.hasAlphaChannel()
              else QImage.Format.Format_RGB32)
    if image.format() != wanted:
        image = _convert(image, wanted)
    return image, ""


STRIP_ROWS = 32
NUMPY_STRIP_ROWS = 96


def _convert(image: QImage, wanted: QImage.Format) -> QImage:
    """Convert to ``wanted`` without holding Python's GIL for long.

    PySide holds the GIL through ``convertToFormat`` (and ``copy``, ``scaled``, QPainter
    drawing): a CMYK photo at screen size takes ~50 ms, and the GUI thread's Python would wait
    for all of it. CMYK goes through numpy when it is installed (its loops release the GIL);
    everything else is converted in strips of rows, each hold a millisecond or two.
    """
    converted = None
    if image.format() == QImage.Format.Format_CMYK8888 and wanted == QImage.Format.Format_RGB32:
        converted = _cmyk_to_rgb32(image)
    elif (image.format() == QImage.Format.Format_ARGB32
          and wanted == QImage.Format.Format_ARGB32_Premultiplied):
        converted = _premultiply(image)
    if converted is not None:
        return converted
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


def _numpy():  # noqa: ANN202
    """numpy if installed (it is not a runtime dependency) on a little-endian machine."""
    if sys.byteorder != "little":
        return None
    try:
        import numpy
    except ImportError:
        return None
    return numpy


def _cmyk_to_rgb32(image: QImage) -> QImage | None:
    """Qt's own CMYK formula (r = (255-c)(255-k)/255 …) in numpy, strip by strip."""
    np = _numpy()
    if np is None:
        return None
    width, height = image.width(), image.height()
    source = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    out = QImage(width, height, QImage.Format.Format_RGB32)
    target = np.frombuffer(out.bits(), np.uint8).reshape(height, out.bytesPerLine())
    for top in range(0, height, NUMPY_STRIP_ROWS):
        cmyk = source[top:top + NUMPY_STRIP_ROWS, :width * 4].reshape(-1, width, 4)
        inv = np.subtract(255, cmyk, dtype=np.uint16)
        bgra = target[top:top + NUMPY_STRIP_ROWS, :width * 4].reshape(-1, width, 4)
        key = inv[..., 3]
        for channel, ink in ((2, 0), (1, 1), (0, 2)):  # RGB32 is B, G, R, 255 in memory
            bgra[..., channel] = (inv[..., ink] * key + 127) // 255
        bgra[..., 3] = 255
    return out


def _premultiply(image: QImage) -> QImage | None:
    """ARGB32 to ARGB32_Premultiplied with Qt's rounding (qPremultiply), strip by strip."""
    np = _numpy()
    if np is None:
        return None
    width, height = image.width(), image.height()
    source = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    out = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    target = np.frombuffer(out.bits(), np.uint8).reshape(height, out.bytesPerLine())
    for top in range(0, height, NUMPY_STRIP_ROWS):
        bgra = source[top:top + NUMPY_STRIP_ROWS, :width * 4].reshape(-1, width, 4)
        alpha = bgra[..., 3:4].astype(np.uint32)
        product = bgra[..., :3] * alpha
        done = target[top:top + NUMPY_STRIP_ROWS, :width * 4].reshape(-1, width, 4)
        done[..., :3] = (product + (product >> 8) + 0x80) >> 8
        done[..., 3] = bgra[..., 3]
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


DECODE_NICE = 19
_thread_state = threading.local()


def _yield_to_gui() -> None:
    """Make photo decoding the lowest-priority work on the machine.

    Qt's thread priorities do nothing under Linux's default scheduler, so the nice value is
    raised through native thread ids: the decoder then only gets a core that the GUI thread,
    the X server and the renderer are not using, and the GUI thread takes it back the moment
    it wakes. Qt spreads a big image's scaling and conversion over its own pool threads
    ("Thread (pooled)"), which inherit the nice value of whichever thread started them (often
    the GUI thread): those are lowered too, before every photo. Raising nice needs no privilege.
    """
    if not hasattr(os, "setpriority"):
        return
    if not getattr(_thread_state, "niced", False):
        _thread_state.niced = True
        _renice(threading.get_native_id())
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return
    for tid in tasks:
        try:
            with open(f"/proc/self/task/{tid}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue  # the thread ended
        name, _, rest = stat.partition(b"(")[2].rpartition(b")")
        if name == b"Thread (pooled)" and int(rest.split()[16]) < DECODE_NICE:
            _renice(int(tid))


def _renice(tid: int) -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, tid, DECODE_NICE)
    except OSError as error:  # pragma: no cover - a sandbox may forbid it; the thread may end
        log.debug("could not lower the priority of thread %s: %s", tid, error)


class _Signals(QObject):
    done = Signal(str, str, object, str)  # token, path, QImage | None, reason


class _Job(QRunnable):
    def __init__(self, token: str, path: str, screen: QSize, signals: _Signals) -> None:
        super().__init__()
        self.token, self.path, self.screen, self.signals = token, path, QSize(screen), signals
        self.setAutoDelete(True)

    def run(self) -> None:
        _yield_to_gui()
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
            # Python's switch interval stays at its default 5 ms: with a low-priority decoder,
            # a shorter one makes the GUI thread hand the GIL over more often, and a thread
            # that hands it over waits until the decoder has actually got a core and taken it.
            cls._pool = QThreadPool()
            # One decoder: a second one on a two-core machine leaves the GUI thread, the
            # renderer and the X server waiting for a core. Two slides ahead are prepared
            # anyway, and a slide stays on screen until its photo is in hand.
            cls._pool.setMaxThreadCount(1)
            # Lowest for Qt (other systems); on Linux _yield_to_gui raises the nice value.
            cls._pool.setThreadPriority(QThread.Priority.LowestPriority)
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
