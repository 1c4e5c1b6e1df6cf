"""Run a slideshow window in a process of its own at the stress pace and print its resident memory
every hundred slides as one JSON line: what the memory test reads. A fresh process measures the
slideshow alone, not the allocator history of a test worker that ran other tests before it."""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(db: str, slides: int) -> None:
    app = QGuiApplication([])
    from kiosk.ui.slideshow.window import SlideshowWindow

    show = SlideshowWindow(db, place=False, size=QSize(1920, 1080), interval=0.02, animation_scale=0)
    show.window.show()
    samples: list[float] = []

    def sample(_number: int) -> None:
        count = show.controller.shown_count
        if count % 100 == 0 and len(samples) < count // 100:
            samples.append(rss_mb())
        if count >= slides:
            app.quit()

    show.controller.transitioned.connect(sample)
    QTimer.singleShot(120_000, app.quit)  # bounded: the test reports too few samples
    show.start()
    app.exec()
    show.close()
    print(json.dumps({"samples": samples}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
