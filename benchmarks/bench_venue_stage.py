"""Main and backup stage on loopback (issue 15): a real hub, the master, a following stage copy.

Rows: the follower's lag, from a move committed on the master (as `kiosk show next` commits
it) to the stage copy's file (which its windows follow by data_version, every 30 ms), p99;
and the other way, from a press on the stage copy's file (as its window commits it) to the
master's file.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

# The backup stage machine without its window: the stage copy's link, following the show.
FOLLOWER = r"""
import sys, time
from kiosk.core.db import open_db
from kiosk.venue import stage
from kiosk.venue.link import open_link
copy = sys.argv[1]
db = open_db(copy)
link = open_link(db, copy, wait=15, tasks=[stage.task])
print("ready" if link and link.online else "offline", flush=True)
sys.stdin.readline()
link.close()
"""


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _row(name: str, value: float, unit: str, target: str, ok: bool | None,
         note: str = "") -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok,
            "note": note}


def _lag(mover, watcher, moves: int) -> list[float]:  # noqa: ANN001
    """Move ``mover``'s show ``moves`` times; each time, seconds until ``watcher`` has it."""
    from kiosk.core import show

    lags = []
    for step in range(moves):
        time.sleep(random.uniform(0.05, 0.15))
        action = "next" if step % 2 == 0 else "prev"
        start = time.perf_counter()
        wanted = show.move(mover, action, source="bench").cursor
        while show.state(watcher).cursor != wanted:
            if time.perf_counter() - start > 5:
                raise AssertionError(f"the other file did not follow within 5 s ({action})")
            time.sleep(0.001)
        lags.append(time.perf_counter() - start)
    return lags


def run() -> list[dict]:
    from venue_support import Hub, export_door

    from kiosk.core import show
    from kiosk.core.db import open_db
    from kiosk.demo.build import build_demo

    moves = 60 if os.environ.get("KIOSK_BENCH_QUICK") else 200
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        master_path = tmp / "master.db"
        build_demo(master_path)
        hub = Hub(master_path)
        follower = None
        try:
            copy_path = tmp / "backup-stage.db"
            export_door(master_path, copy_path, role="stage")
            follower = subprocess.Popen([sys.executable, "-c", FOLLOWER, str(copy_path)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert follower.stdout is not None and follower.stdout.readline().strip() == "ready"
            master, copy = open_db(master_path), open_db(copy_path)
            try:
                show.move(master, "goto", 3, source="bench")
                deadline = time.monotonic() + 5
                while show.state(copy).cursor != 3 and time.monotonic() < deadline:
                    time.sleep(0.01)
                down = _lag(master, copy, moves)
                up = _lag(copy, master, moves)
            finally:
                master.close()
                copy.close()
        finally:
            if follower is not None:
                follower.communicate("\n", timeout=15)
            hub.stop()
    rows = []
    for name, lags in (("venue stage: master move → follower's file, p99", down),
                       ("venue stage: backup press → master's file, p99", up)):
        p99 = _p(lags, 0.99) * 1000
        rows.append(_row(name, p99, "ms", "< 100 ms", p99 < 100,
                         f"median {_p(lags, 0.5) * 1000:.1f} ms, max {max(lags) * 1000:.1f} ms,"
                         f" {len(lags)} moves; a window adds ≤ 30 ms (its poll)"))
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
