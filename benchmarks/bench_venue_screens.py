"""Screen machines on the venue, on loopback (issue 15): a real hub, a screens copy following it.

Rows: an announcement made at the control until the screen's window has it (the copy's link
and a slideshow controller in this process, as in `kiosk slideshow`; the window re-reads its
file every 200 ms); a new legend with a 5 MB photo, from the start of the import on the master
until the photo is in the screen's cache and the legend in its file.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

ANNOUNCEMENTS = 10


def _row(name: str, value: float, unit: str, target: str, ok: bool, note: str = "") -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok,
            "note": note}


def _wait(app, check, timeout: float) -> float | None:  # noqa: ANN001
    """Seconds until ``check()`` holds (Qt events processed meanwhile), None after ``timeout``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        app.processEvents()
        if check():
            return time.perf_counter() - start
        time.sleep(0.002)
    return None


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from door_support import build_event
    from PySide6.QtGui import QGuiApplication
    from screens_support import cached, legend_photos, legends_csv, photo, sha
    from venue_support import Hub, export_door

    from kiosk.core import announcements
    from kiosk.core.db import open_db
    from kiosk.core.importers import import_legends
    from kiosk.ui.slideshow.models import SlideshowController
    from kiosk.venue.link import open_link
    from kiosk.venue.screens import follow

    app = QGuiApplication.instance() or QGuiApplication([])
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        master = build_event(tmp / "master.db")
        photos = tmp / "photos"
        photos.mkdir()
        photo(photos / "ana.jpg", (120, 40, 40))
        legends_csv(photos, [("Ana Souza", "BR", "ana.jpg")])
        db = open_db(master)
        import_legends(db, photos / "legends.csv")
        hub = Hub(master)
        copy = tmp / "screens.db"
        link = controller = None
        try:
            export_door(master, copy, role="screens")
            event = open_db(copy)
            link = open_link(event, copy, wait=10, tasks=[follow])
            event.close()
            controller = SlideshowController(copy, interval=3600, cache=tmp / "cache")
            controller.start()
            assert _wait(app, lambda: cached(copy, sha(photos / "ana.jpg")), 20), "no first state"
            took = []
            for n in range(ANNOUNCEMENTS):
                text = f"Announcement {n}"
                start = time.perf_counter()
                announcements.announce(db, announcements.AnnounceRequest(text))
                _wait(app, lambda t=text: controller.announcementText == t, 5)
                took.append(time.perf_counter() - start)
                time.sleep(0.15)
            worst = max(took)
            rows.append(_row("screens: announcement → the screen's window, worst of "
                             f"{ANNOUNCEMENTS}", worst, "s", "< 1", worst < 1,
                             f"median {statistics.median(took):.3f} s; from the commit at the "
                             "control (the window re-reads its file every 200 ms)"))
            big = photo(photos / "bo.jpg", (40, 40, 120), size=(3300, 2300), noisy=True)
            megabytes = big.stat().st_size / 1e6
            legends_csv(photos, [("Ana Souza", "BR", "ana.jpg"), ("Bo Lindqvist", "SE", "bo.jpg")])
            start = time.perf_counter()
            import_legends(db, photos / "legends.csv")
            digest = sha(big)
            _wait(app, lambda: cached(copy, digest) and "Bo Lindqvist" in legend_photos(copy), 30)
            took_legend = time.perf_counter() - start
            rows.append(_row(f"screens: new legend with a {megabytes:.1f} MB photo → the screen's "
                             "cache", took_legend, "s", "< 5", took_legend < 5,
                             "from the start of the import on the master; hash checked"))
        finally:
            if controller is not None:
                controller.close()
            if link is not None:
                link.close()
            db.close()
            hub.stop()
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
