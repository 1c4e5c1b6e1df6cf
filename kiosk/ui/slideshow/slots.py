"""Reusable shared memory for decoded photos: mapped once, filled again and again.

A photo handed over in a fresh memory file costs the GUI process a mapping, a page fault
per few pages when the screen first draws it, and an unmapping (a millisecond and a half
for 1080p) when Qt lets go of it; and a thread that unmaps, once woken, takes the GUI
thread's core for that long. A slot is a memory file the GUI side created and mapped once,
shared with the decoder: the decoder writes a photo's pixels into it, the screen draws them
from it, and once Qt drops the last copy of that picture the slot is free for the next
photo. Nothing is mapped, faulted in or unmapped per photo.

A photo larger than a slot, or one decoded while every slot is in use, comes the old way,
in a memory file of its own (pixels.py).
"""

from __future__ import annotations

import ctypes
import mmap
import os
import threading

from PySide6.QtCore import QSize

# A slot holds a photo that covers the screen with its aspect up to this much larger than the
# screen's (a 3:2 or 4:3 landscape, a tall portrait in its panel).
HEADROOM = 1.4
LIMIT = 8  # slots per decoder: two screens' photos on show, fading and prepared ahead


class Slot:
    """One memory file, mapped for the life of the process."""

    def __init__(self, index: int, capacity: int) -> None:
        self.index = index
        self.capacity = capacity
        self.fd = os.memfd_create(f"kiosk-slot-{index}", os.MFD_CLOEXEC)
        try:
            os.ftruncate(self.fd, capacity)
            self.memory = mmap.mmap(self.fd, capacity, flags=mmap.MAP_SHARED,
                                    prot=mmap.PROT_READ | mmap.PROT_WRITE)
        except OSError:
            os.close(self.fd)
            raise
        self.free = True
        self._view_type = type(f"SlotView{index}", (ctypes.c_ubyte * capacity,),
                               {"__del__": _release, "slot": None})

    def view(self):  # noqa: ANN201 - a ctypes array over the slot's memory
        """The slot's memory for a QImage. The slot is free again when the view is gone, that
        is when Qt has dropped the last copy of the picture made on it."""
        view = self._view_type.from_buffer(self.memory)
        view.slot = self
        return view


def _release(view) -> None:  # noqa: ANN001 - the finaliser of a slot's view
    slot = view.slot
    if slot is not None:
        slot.free = True  # may run on the render thread: a single attribute store


class SlotPool:
    """Up to :data:`LIMIT` slots, made as photos need them."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._slots: list[Slot] = []
        self._lock = threading.Lock()

    @staticmethod
    def capacity_for(screen: QSize) -> int:
        size = int(screen.width() * screen.height() * 4 * HEADROOM)
        page = mmap.PAGESIZE
        return (size + page - 1) // page * page

    def take(self, screen: QSize) -> Slot | None:
        """A free slot big enough for ``screen``'s photos, marked in use; None if none is
        free and the pool is full (or the system refuses memory files)."""
        capacity = self.capacity_for(screen)
        with self._lock:
            for slot in self._slots:
                if slot.free and slot.capacity >= capacity:
                    slot.free = False
                    return slot
            if len(self._slots) >= self.limit:
                return None
            try:
                slot = Slot(len(self._slots), capacity)
            except (OSError, AttributeError):  # no memfd (not Linux), or out of memory
                return None
            slot.free = False
            self._slots.append(slot)
            return slot

    def give_back(self, slot: Slot) -> None:
        """A slot that was taken for a photo that never came (an error, a cancellation)."""
        slot.free = True

    def __len__(self) -> int:
        return len(self._slots)

    def in_use(self) -> int:
        return sum(not slot.free for slot in self._slots)
