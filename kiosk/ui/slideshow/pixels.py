"""Decoded pictures mapped from the decoder's memory files, unmapped off the GUI thread.

Most photos come in a slot, mapped once (slots.py). One too big for a slot, or decoded while
every slot is in use, reaches the screen as a private mapping of a memory file the decoder
filled for it alone (decoder.py). Unmapping it gives its pages back to the kernel: about 1.5 ms for a
1080p photo, spent wherever Qt drops the last copy of the picture, which is often the GUI
thread in the middle of a frame. Here the mapping outlives Qt's last reference by a moment
instead: its finaliser hands it to a reaper thread, which unmaps it with the GIL released.
"""

from __future__ import annotations

import logging
import mmap
import queue
import threading

log = logging.getLogger("kiosk.slideshow")

_reaped: queue.SimpleQueue[mmap.mmap] = queue.SimpleQueue()
_reaper: threading.Thread | None = None
_lock = threading.Lock()


class Pixels(mmap.mmap):
    """A picture's private (copy-on-write) mapping; Qt's QImage keeps it referenced."""

    def __del__(self) -> None:
        # Resurrected into the queue: the reaper closes it, then the object really goes
        # (Python finalises an object once, so this runs a single time).
        try:
            _reaped.put(self)
        except Exception:  # noqa: BLE001 - interpreter shutdown: the process is ending anyway
            pass


def _reap() -> None:
    while True:
        pixels = _reaped.get()
        try:
            pixels.close()  # munmap, GIL released
        except (BufferError, ValueError, OSError) as error:  # pragma: no cover - defensive
            log.warning("could not unmap a decoded picture: %s", error)
        del pixels


def map_pixels(fd: int, size: int) -> Pixels:
    """Map ``size`` bytes of the memory file ``fd`` privately; unmapped by the reaper."""
    global _reaper
    with _lock:
        if _reaper is None or not _reaper.is_alive():
            _reaper = threading.Thread(target=_reap, name="kiosk-unmap", daemon=True)
            _reaper.start()
    return Pixels(fd, size, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ | mmap.PROT_WRITE)
