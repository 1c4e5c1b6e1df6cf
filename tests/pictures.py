"""Reading screenshots in tests: a QImage's pixels as an array, and the white ink in it."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def rgb(image: QImage) -> np.ndarray:
    """The image as a height × width × 3 array (a copy: it outlives the converted image)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    rows = raw.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
    return rows.reshape(image.height(), image.width(), 3).copy()


def white_pixels(data: np.ndarray) -> int:
    """Near-white pixels: big display text (a name, a title) drawn on the dark sets.

    Qt can silently draw no glyph at all above its glyph cache's size
    (QT_MAX_CACHED_GLYPH_SIZE): counting the ink catches it."""
    return int((data.min(axis=2) > 225).sum())
