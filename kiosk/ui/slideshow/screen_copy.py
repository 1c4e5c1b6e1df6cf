"""Screen-sized copies of photos, made in the preparer process (see preparer.py).

A copy covers its box on the screen exactly (a landscape photo fills the screen, a portrait a
panel on the right), so Qt loads a small file and draws it 1:1. It is saved in the cache under
the photo's content hash (the media table's ``sha256``) and the screen's size: a photo shown
again, or on the next start, is never decoded again, and a replaced photo gets a new copy.

``setScaledSize`` lets the JPEG decoder skip the detail a screen cannot show (a 24-megapixel
photo is never held at full size), ``setAutoTransform`` turns EXIF-rotated portraits upright.
A missing, corrupt or unsupported file gives a reason, not a copy.

    python -m kiosk.ui.slideshow.screen_copy PARENT_PID CACHE WIDTH HEIGHT
        reads one photo path per line (a JSON string) on stdin, answers one JSON line per photo
        on stdout; started by the screen (preparer.py), never by hand
"""

from __future__ import annotations

import json
import math
import os
import signal
import sys
from pathlib import Path


def _die_with_parent(parent: int) -> None:
    """End with the screen that started this process, even one killed without warning (a
    process stuck on a file would not notice the end of its input). First thing, before the
    imports: at the lowest priority on a busy machine they may take a while."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() != parent:  # the screen went before that
        sys.exit(0)


if __name__ == "__main__":
    _die_with_parent(int(sys.argv[1]))

from PySide6.QtCore import QSize, Qt  # noqa: E402 - after the line above
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader  # noqa: E402

from kiosk.core.media import file_sha256  # noqa: E402

# The layout the screen uses (SlideView.qml reads these through the controller).
FULL_BLEED_ASPECT = 1.3
PANEL_FRACTION = 0.56
ALLOCATION_LIMIT_MB = 1024  # a 24-MP photo is ~100 MB before scaling; refuse absurd ones
JPEG_QUALITY = 92


def folder(cache: Path, screen: QSize) -> Path:
    """Where the copies for a screen of that size live."""
    return cache / f"{screen.width()}x{screen.height()}"


def cover_size(width: int, height: int, screen: QSize) -> QSize:
    """The size (upright) at which a width×height photo exactly covers its box on ``screen``."""
    if width <= 0 or height <= 0:
        return QSize()
    box_w = screen.width() if width / height >= FULL_BLEED_ASPECT else screen.width() * PANEL_FRACTION
    scale = max(box_w / width, screen.height() / height)
    return QSize(max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)))


def _decode(reader: QImageReader, path: str, screen: QSize) -> tuple[QImage | None, str]:
    reader.setAutoTransform(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    if not reader.canRead():
        return None, f"not an image Qt can read ({reader.errorString()})"
    if bytes(reader.format()).lower() in (b"jpeg", b"jpg") and not _jpeg_complete(path):
        return None, "corrupt JPEG (the file is cut short: no end-of-image marker)"
    size = reader.size()
    if size.isValid() and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
        rotated = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
        upright = size.transposed() if rotated else size
        cover = cover_size(upright.width(), upright.height(), screen)
        if cover.isValid() and cover.width() < upright.width():
            reader.setScaledSize(cover.transposed() if rotated else cover)
    image = reader.read()
    if image.isNull():
        return None, reader.errorString() or "could not be decoded"
    cover = cover_size(image.width(), image.height(), screen)
    if cover.isValid() and cover != image.size():
        image = image.scaled(cover, mode=Qt.TransformationMode.SmoothTransformation)
    if image.isNull():
        return None, "not enough memory to scale it"
    return image, ""


def _jpeg_complete(path: str) -> bool:
    """A truncated JPEG decodes as a grey-filled picture: catch it by its missing end marker."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        length = handle.tell()
        handle.seek(max(0, length - 65536))
        return b"\xff\xd9" in handle.read()


def screen_copy(path: str, cache: Path, screen: QSize) -> dict:
    """The cached copy of ``path`` for ``screen`` (made if needed): {file, width, height}, or
    {error} with the reason."""
    if not os.path.exists(path):
        return {"error": "file not found"}
    try:
        digest = file_sha256(path)
    except OSError as error:
        return {"error": f"could not be read ({error.strerror or error})"}
    where = folder(cache, screen)
    for suffix in (".jpg", ".png"):
        done = where / f"{digest}{suffix}"
        size = QImageReader(str(done)).size() if done.is_file() else QSize()
        if size.isValid():
            return {"file": str(done), "width": size.width(), "height": size.height()}
    image, reason = _decode(QImageReader(path), path, screen)
    if image is None:
        return {"error": reason}
    opaque = not image.hasAlphaChannel()
    if opaque and image.format() != QImage.Format.Format_RGB32:  # CMYK, grey, 16-bit: as drawn
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    done = where / f"{digest}{'.jpg' if opaque else '.png'}"
    where.mkdir(parents=True, exist_ok=True)
    part = done.with_name(f".{done.name}.{os.getpid()}")  # two screens may make the same copy
    if not image.save(str(part), "JPEG" if opaque else "PNG", JPEG_QUALITY if opaque else -1):
        part.unlink(missing_ok=True)
        return {"error": f"could not save its copy in {where}"}
    os.replace(part, done)
    return {"file": str(done), "width": image.width(), "height": image.height()}


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C on the terminal is for the screen
    cache, screen = Path(argv[2]), QSize(int(argv[3]), int(argv[4]))
    print(json.dumps({"ready": True}), flush=True)  # its start-up is not a photo's time
    for line in sys.stdin:
        path = json.loads(line)
        try:
            answer = screen_copy(path, cache, screen)
        except Exception as error:  # noqa: BLE001 - one bad file must not stop the others
            answer = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps({"path": path, **answer}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
