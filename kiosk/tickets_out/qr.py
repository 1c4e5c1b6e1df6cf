"""QR code matrices for ticket payloads (zxing-cpp's encoder: alphanumeric mode, ~0.1 ms each)."""

from __future__ import annotations

import numpy as np
import zxingcpp

EC_LEVEL = "M"  # 15 % of the code can be lost (a fold, a smudge, a phone's glare)
QUIET = 4  # modules of white margin the QR standard asks for


def matrix(payload: str) -> np.ndarray:
    """The code's modules, True for dark, without the quiet zone."""
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=EC_LEVEL)
    return np.asarray(code.to_image(scale=1, add_quiet_zones=False)) < 128


def runs(modules: np.ndarray) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length): few rectangles to paint."""
    out = []
    for y, row in enumerate(modules):
        padded = np.concatenate(([False], row, [False]))
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        out.extend((y, int(a), int(b - a)) for a, b in zip(edges[::2], edges[1::2], strict=True))
    return out
