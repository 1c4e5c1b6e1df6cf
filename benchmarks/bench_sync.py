"""`slideshow --sync` across machines on loopback (issue 15): two screens copies, each in its own
process with its own link to a real hub, one of them with a clock 3.3 s wrong
(KIOSK_CLOCK_SKEW_S). Each counts slides on the hub's clock as it measured it; both note
the true time (this machine's one clock) at every slide change and at the frame after it.

Rows: the largest gap between the two screens at a slide change (target < 17 ms: one frame
at 60 Hz), the same at the first frame drawn after it (offscreen), and how far the wrong
clock's estimate of the hub's time is from the truth.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

SKEW_S = 3.3
INTERVAL_S = 1.0

# One screen machine: its link (commands, the hub's clock) and a --sync slideshow window.
DRIVER = r"""
import json, os, sys, time
from PySide6.QtCore import QSize, Qt, QTimer
from kiosk.core.db import open_db
from kiosk.core.hub_time import HubClock
from kiosk.ui.app import create_app
from kiosk.venue.commands import machine_tasks
from kiosk.venue.link import open_link
copy, interval, changes = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
app = create_app(None, "slideshow")
clock = HubClock()
db = open_db(copy)
link = open_link(db, copy, tasks=machine_tasks(clock))
db.close()
deadline = time.monotonic() + 15
while not clock.known and time.monotonic() < deadline:
    time.sleep(0.02)
from kiosk.ui.slideshow.window import SlideshowWindow
window = SlideshowWindow(copy, place=False, size=QSize(960, 540), interval=interval, sync=True,
                         clock=clock)
window.window.show()
seen, frames, pending = [], {}, []
def changed(number):
    seen.append((number, time.time()))
    pending.append(number)
def swapped():
    t = time.time()
    while pending:
        frames[pending.pop()] = t
window.controller.transitioned.connect(changed)
window.window.frameSwapped.connect(swapped, Qt.ConnectionType.DirectConnection)
window.start()
def check():
    if len(seen) > changes:
        print(json.dumps({"changes": seen, "frames": frames, "offset": clock.offset,
                          "delay": clock.delay}), flush=True)
        window.close()
        link.close()
        app.quit()
timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
app.exec()
"""


def _row(name: str, value: float, unit: str, target: str, ok: bool, note: str = "") -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok,
            "note": note}


def measure(tmp: Path, changes: int) -> tuple[dict, dict]:
    from door_support import build_event
    from venue_support import Hub, export_door

    from kiosk.core.db import open_db, write

    master = build_event(tmp / "master.db")
    db = open_db(master)
    with write(db):
        for n in range(6):  # cards without photos: nothing to prepare, only the clock matters
            db.execute("INSERT INTO slides(kind, title, body, position) VALUES"
                       " ('sponsor', ?, 'Every tenth counts.', ?)", [f"Sponsor {n + 1}", n])
    db.close()
    hub = Hub(master)
    try:
        procs = []
        for name, skew in (("wall-left", 0.0), ("wall-right", SKEW_S)):
            copy = tmp / f"{name}.db"
            export_door(master, copy, role="screens")
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_MUTE": "1",
                   "KIOSK_CLOCK_SKEW_S": str(skew)}
            procs.append(subprocess.Popen(
                [sys.executable, "-c", DRIVER, str(copy), str(INTERVAL_S), str(changes)],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env))
        found = []
        for proc in procs:
            out, _ = proc.communicate(timeout=60 + changes * INTERVAL_S * 2)
            found.append(json.loads(out.strip().splitlines()[-1]))
        return found[0], found[1]
    finally:
        hub.stop()


def gaps(left: dict, right: dict, key: str) -> list[float]:
    if key == "changes":
        a = dict(left[key][1:])  # the first slide of each is its start, not a change
        b = dict(right[key][1:])
    else:
        a = {int(k): v for k, v in left[key].items()}
        b = {int(k): v for k, v in right[key].items()}
        first = min(n for n, _ in left["changes"]), min(n for n, _ in right["changes"])
        a.pop(first[0], None), b.pop(first[1], None)
    return [abs(a[n] - b[n]) * 1000 for n in sorted(set(a) & set(b))]


def run() -> list[dict]:
    quick = os.environ.get("KIOSK_BENCH_QUICK") == "1"
    changes = 8 if quick else 20
    with tempfile.TemporaryDirectory() as tmp_name:
        left, right = measure(Path(tmp_name), changes)
    at_change, at_frame = gaps(left, right, "changes"), gaps(left, right, "frames")
    ordered = sorted(at_change)
    note = (f"{len(at_change)} changes at {INTERVAL_S:g} s, one clock {SKEW_S:g} s wrong;"
            f" p90 {ordered[int(0.9 * (len(ordered) - 1))]:.2f}")
    error = abs(right["offset"] + SKEW_S) * 1000
    return [
        _row("sync: 2 screens apart at a slide change, max", max(at_change), "ms", "< 17",
             max(at_change) < 17, note + f", median {ordered[len(ordered) // 2]:.2f}"),
        _row("sync: 2 screens apart at the frame after it, max", max(at_frame), "ms", "< 17",
             max(at_frame) < 17, "offscreen frames"),
        _row("sync: hub clock estimate error, 3.3 s wrong clock", error, "ms", "< 2", error < 2,
             f"best round trip {right['delay'] * 1000:.2f} ms"),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
