"""QR code matrices for ticket payloads, encoded with qrcode in alphanumeric mode.

qrcode is pure Python (about 6-8 ms a code), so the writer encodes on worker
processes, once per ticket, and hands the same matrix to the PNG and the PDF.
"""

from __future__ import annotations

import numpy as np
import qrcode
from qrcode.util import MODE_ALPHA_NUM, QRData

EC_LEVEL = qrcode.constants.ERROR_CORRECT_M  # 15 % may be lost: a fold, a smudge, a phone's glare
QUIET = 4  # modules of white margin the QR standard asks for

Packed = tuple[int, bytes]


def matrix(payload: str) -> np.ndarray:
    """The code's modules, True for dark, without the quiet zone."""
    code = qrcode.QRCode(error_correction=EC_LEVEL, box_size=1, border=0)
    alphanumeric = all(ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for ch in payload)
    code.add_data(QRData(payload, mode=MODE_ALPHA_NUM) if alphanumeric else payload)
    code.make(fit=True)
    return np.array(code.get_matrix(), dtype=bool)


def pack(modules: np.ndarray) -> Packed:
    """A matrix as a few hundred bytes, to send between processes."""
    return modules.shape[0], np.packbits(modules).tobytes()


def unpack(packed: Packed) -> np.ndarray:
    n, data = packed
    return np.unpackbits(np.frombuffer(data, dtype=np.uint8))[: n * n].reshape(n, n).astype(bool)


def runs(modules: np.ndarray) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length): few rectangles to paint."""
    out = []
    for y, row in enumerate(modules):
        padded = np.concatenate(([False], row, [False]))
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        out.extend((y, int(a), int(b - a)) for a, b in zip(edges[::2], edges[1::2], strict=True))
    return out
