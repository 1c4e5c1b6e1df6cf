"""Finding a QR code in one camera frame, however the frame was taken.

Webcam frames at a door are rarely clean: a ticket held at an angle, a phone
screen with glare, dim light, motion blur. zxing-cpp reads most of them as
they are; what it misses we retry with a contrast stretch and a smaller copy
(blur and noise average out). No Qt here: frames are numpy arrays.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import zxingcpp

_FORMATS = zxingcpp.BarcodeFormat.QRCode


def to_gray(frame: np.ndarray) -> np.ndarray:
    """An 8-bit grey image from a grey, RGB or RGBA array."""
    if frame.ndim == 2:
        return np.ascontiguousarray(frame, dtype=np.uint8)
    rgb = frame[..., :3].astype(np.float32)
    gray = rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114
    return np.ascontiguousarray(gray.clip(0, 255).astype(np.uint8))


def _stretch(gray: np.ndarray) -> np.ndarray:
    lo, hi = np.percentile(gray, (2, 98))
    if hi - lo < 4:
        return gray
    out = (gray.astype(np.float32) - lo) * (255.0 / (hi - lo))
    return np.ascontiguousarray(out.clip(0, 255).astype(np.uint8))


def _half(gray: np.ndarray) -> np.ndarray:
    h, w = gray.shape[0] // 2 * 2, gray.shape[1] // 2 * 2
    g = gray[:h, :w].astype(np.uint16)
    return np.ascontiguousarray(((g[0::2, 0::2] + g[1::2, 0::2] + g[0::2, 1::2] + g[1::2, 1::2]) // 4)
                                .astype(np.uint8))


def _read(gray: np.ndarray, binarizer=None) -> list[str]:  # noqa: ANN001
    kwargs = {"formats": _FORMATS, "try_rotate": True, "try_downscale": True, "try_invert": True}
    if binarizer is not None:
        kwargs["binarizer"] = binarizer
    try:
        results = zxingcpp.read_barcodes(gray, **kwargs)
    except (TypeError, ValueError):
        kwargs.pop("try_invert", None)
        results = zxingcpp.read_barcodes(gray, **kwargs)
    return [r.text for r in results if r.valid and r.text]


def decode_frame(frame: np.ndarray) -> list[str]:
    """The texts of the QR codes found in a frame, or [] (never raises on a bad frame)."""
    if frame is None or frame.size == 0 or frame.ndim not in (2, 3):
        return []
    gray = to_gray(frame)
    attempts = (
        lambda: _read(gray),
        lambda: _read(_stretch(gray)),
        lambda: _read(_half(gray)),
        lambda: _read(_stretch(gray), zxingcpp.Binarizer.GlobalHistogram),
        lambda: _read(_half(_half(gray))),
    )
    for attempt in attempts:
        found = attempt()
        if found:
            return found
    return []


@dataclass
class Deduper:
    """A code held in front of the camera is read many times a second: pass it on once."""

    hold_s: float = 3.0
    _seen: dict[str, float] = field(default_factory=dict)

    def fresh(self, text: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        last = self._seen.get(text)
        self._seen = {t: at for t, at in self._seen.items() if now - at < self.hold_s}
        if last is not None and now - last < self.hold_s:
            self._seen[text] = now
            return False
        self._seen[text] = now
        return True
