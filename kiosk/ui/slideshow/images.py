"""Photos for the slideshow: decoded in the decoder process, kept by token, served to QML.

The :class:`ImageLoader` asks the decoder process (decoder.py) for each photo at the size the
screen needs; the finished QImage goes into an :class:`ImageStore`, which a
:class:`StoreImageProvider` serves to QML (``image://slides/<token>``): QML never decodes
anything itself, and the GUI thread never decodes, scales, converts or even copies a photo.

A missing, corrupt or unsupported file (or one that crashes or hangs the decoder) gives a
``failed`` signal and one logged warning that names it; the caller skips the photo and the
show goes on.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui.slideshow.decoder import Decoder

log = logging.getLogger("kiosk.slideshow")

PROVIDER = "slides"


@dataclass(frozen=True)
class Loaded:
    token: str
    path: str
    width: int
    height: int


class ImageStore:
    """Decoded photos by token, shared with the QML image provider (which runs on other threads).

    Pinned pictures (drawn once for the screen's life, like the portrait room) are never
    evicted.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._pinned: set[str] = set()

    def put(self, token: str, image: QImage, *, pinned: bool = False) -> None:
        with self._lock:
            self._images[token] = image
            if pinned:
                self._pinned.add(token)

    def get(self, token: str) -> QImage | None:
        with self._lock:
            return self._images.get(token)

    def keep_only(self, tokens: set[str]) -> None:
        """Drop every photo not in ``tokens`` (those on screen or prepared ahead)."""
        with self._lock:
            for token in [t for t in self._images if t not in tokens and t not in self._pinned]:
                del self._images[token]

    def __len__(self) -> int:
        with self._lock:
            return len(self._images) - len(self._pinned)


def served(image: QImage, size: QSize | None) -> QImage:
    """``image`` for a QQuickImageProvider, its size told back through ``size`` (the
    out-parameter Qt passes, when PySide lets it be written)."""
    if size is not None:
        try:
            size.setWidth(image.width())
            size.setHeight(image.height())
        except (AttributeError, TypeError):
            pass
    return image


class StoreImageProvider(QQuickImageProvider):
    def __init__(self, store: ImageStore) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.store = store

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        image = self.store.get(image_id.split("?", 1)[0])
        return served(image, size) if image is not None else QImage()


class ImageLoader(QObject):
    """Loads photos through the decoder process into a store; one signal per photo."""

    loaded = Signal(object)   # Loaded
    failed = Signal(str, str)  # path, reason

    _shared: Decoder | None = None

    def __init__(self, store: ImageStore, screen: QSize, parent: QObject | None = None,
                 decoder: Decoder | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.screen = QSize(screen)
        self.decoder = decoder if decoder is not None else self.shared_decoder()
        self.decoder.decoded.connect(self._done)
        self._requests: dict[int, tuple[str, str]] = {}  # request id: (token, path), on its way
        self._warned: set[str] = set()

    @classmethod
    def shared_decoder(cls) -> Decoder:
        """One decoder process for every screen of this process, started at once."""
        if cls._shared is None:
            cls._shared = Decoder()
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(cls._shared.close)
        cls._shared.start()
        return cls._shared

    def request(self, token: str, path: str) -> None:
        """Start decoding ``path`` under ``token`` unless it is already in hand or on its way."""
        if self.pending(token) or self.store.get(token) is not None:
            return
        self._requests[self.decoder.request(path, self.screen)] = (token, path)

    def pending(self, token: str) -> bool:
        return any(token == on_its_way for on_its_way, _ in self._requests.values())

    def close(self) -> None:
        """Stop caring about photos still on their way (the window is closing)."""
        for rid in self._requests:
            self.decoder.cancel(rid)
        self._requests.clear()
        try:
            self.decoder.decoded.disconnect(self._done)
        except (RuntimeError, TypeError):
            pass

    def _done(self, rid: int, image: object, reason: str) -> None:
        entry = self._requests.pop(rid, None)
        if entry is None:
            return  # another screen's photo
        token, path = entry
        if isinstance(image, QImage) and not image.isNull():
            self.store.put(token, image)
            self.loaded.emit(Loaded(token, path, image.width(), image.height()))
            return
        if token not in self._warned:
            self._warned.add(token)
            log.warning("skipping photo %s: %s", path, reason)
        self.failed.emit(path, reason)
