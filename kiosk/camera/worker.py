"""Decoding frames on a worker thread: the GUI thread only hands over the latest frame."""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from kiosk.camera.decode import Deduper, decode_frame


class FrameWorker:
    """Keeps at most one frame waiting (the newest); decodes it off the caller's thread.

    ``on_text`` is called on the worker thread with each new code; the Qt side
    forwards it to the GUI thread with a queued signal.
    """

    def __init__(self, on_text: Callable[[str], None], dedupe_s: float = 3.0) -> None:
        self.on_text = on_text
        self.deduper = Deduper(dedupe_s)
        self._frame: np.ndarray | None = None
        self._cond = threading.Condition()
        self._stopped = False
        self.frames_decoded = 0
        self.frames_dropped = 0
        self._thread = threading.Thread(target=self._run, name="kiosk-camera-decode", daemon=True)
        self._thread.start()

    def submit(self, frame: np.ndarray) -> None:
        with self._cond:
            if self._frame is not None:
                self.frames_dropped += 1
            self._frame = frame
            self._cond.notify()

    def idle(self) -> bool:
        with self._cond:
            return self._frame is None

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._frame is None and not self._stopped:
                    self._cond.wait()
                if self._stopped:
                    return
                frame, self._frame = self._frame, None
            try:
                texts = decode_frame(frame)
            except Exception:  # noqa: BLE001 - a bad frame must never stop the camera
                texts = []
            self.frames_decoded += 1
            for text in texts:
                if self.deduper.fresh(text):
                    self.on_text(text)

    def stop(self, timeout: float = 2.0) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()
        self._thread.join(timeout)
