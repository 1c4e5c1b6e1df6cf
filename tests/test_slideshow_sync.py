"""`slideshow --sync` across machines (issue 15): slides counted on the hub's clock, which each
machine measures (best of N round trips), so that a machine whose clock is off by seconds
still changes slides with the others."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from door_support import build_event
from venue_support import Hub, export_door

from kiosk.core.db import open_db, write
from kiosk.core.hub_time import HubClock, Sample, best_offset

# In its own process (its clock made wrong by KIOSK_CLOCK_SKEW_S): the hub's clock as measured.
MEASURE = r"""
import json, sys, time
from kiosk.core.db import open_db
from kiosk.core.hub_time import HubClock, local_time
from kiosk.venue.commands import machine_tasks
from kiosk.venue.link import open_link
copy = sys.argv[1]
clock = HubClock()
db = open_db(copy)
link = open_link(db, copy, tasks=machine_tasks(clock))
deadline = time.monotonic() + 15
while not clock.known and time.monotonic() < deadline:
    time.sleep(0.02)
print(json.dumps({"offset": clock.offset, "delay": clock.delay,
                  "error": clock.time() - time.time(), "local": local_time() - time.time()}))
link.close()
"""


def test_the_shortest_round_trip_wins() -> None:
    samples = [Sample(10.0, 15.02, 10.03), Sample(11.0, 16.0005, 11.001), Sample(12.0, 17.2, 12.4)]
    best = best_offset(samples)
    assert best is samples[1] and abs(best.offset - 5.0) < 1e-9 and abs(best.delay - 0.001) < 1e-9
    assert best_offset([]) is None
    clock = HubClock()
    assert not clock.known and clock.version == 0
    clock.update(best)
    assert clock.known and clock.version == 1 and abs(clock.time() - 5.0 - time.time()) < 0.01
    clock.update(Sample(11.0, 16.0007, 11.001))  # a fraction of a millisecond: no reschedule
    assert clock.version == 1


def test_a_machine_with_a_wrong_clock_measures_the_hubs(tmp_path: Path) -> None:
    master = build_event(tmp_path / "master.db")
    hub = Hub(master)
    try:
        copy = tmp_path / "screen.db"
        export_door(master, copy, role="screens")
        result = subprocess.run([sys.executable, "-c", MEASURE, str(copy)], capture_output=True,
                                text=True, timeout=60, env={**os.environ,
                                                            "KIOSK_CLOCK_SKEW_S": "-4.25"})
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout)
        assert abs(found["local"] + 4.25) < 0.001  # its own clock is 4.25 s behind
        assert abs(found["offset"] - 4.25) < 0.005, found  # ...and it knows by how much
        assert abs(found["error"]) < 0.005, found
        assert found["delay"] < 0.05
    finally:
        hub.stop()


def test_a_new_estimate_moves_the_slide_and_the_next_change(qtbot, tmp_path: Path) -> None:
    from kiosk.core import playlist
    from kiosk.ui.slideshow.models import SlideshowController

    path = build_event(tmp_path / "event.db")
    db = open_db(path)
    with write(db):
        for n in range(7):
            db.execute("INSERT INTO slides(kind, title, body, position) VALUES"
                       " ('sponsor', ?, '', ?)", [f"Sponsor {n}", n])
    db.close()
    clock = HubClock()
    screen = SlideshowController(path, interval=2, sync=True, clock=clock)
    try:
        screen.start()
        before = screen.number
        sync = playlist.SyncClock(screen._sync_clock.epoch, 2)
        assert before == sync.number(clock)
        now = datetime.now(UTC).timestamp()
        clock.update(Sample(now, now + 9.0, now))  # the hub is 9 s ahead of this machine
        qtbot.waitUntil(lambda: screen.number == sync.number(clock), timeout=2000)
        assert screen.number in (before + 4, before + 5)
        # The next change is due on the hub's time, not on this machine's.
        remaining = screen._timer.remainingTime() / 1000
        assert abs(remaining - sync.seconds_to_next(clock)) < 0.05
    finally:
        screen.close()
