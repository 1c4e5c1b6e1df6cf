"""The three-node hub on loopback (issue 15): the master's hub and two door copies' nodes,
four doors scanning through it, the leader lost.

Rows: writes resume after kill -9 of the leader (the longest time with no door answered by
the hub; the target is 10 s); admissions doubled while connected (0); a planned shutdown of
the leader (SIGTERM); the killed node, restarted by its hub, current again.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _row(name: str, value: float, unit: str, target: str, ok: bool | None, note: str = "") -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok,
            "note": note}


def run() -> list[dict]:
    from door_support import build_event, payloads
    from venue_support import Trio, longest_wait, rush, wait_for

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        master = build_event(tmp / "master.db", extra=400)
        codes = list(payloads(master).values())
        trio = Trio(master, tmp)
        try:
            assert wait_for(trio.healthy, 30, step=0.5), trio.streams()
            marks: dict[str, float | str] = {}

            def lose_the_leader() -> None:
                leader = trio.streams()["KV_admissions"]["leader"]
                hub = trio.hubs[leader]
                first = hub.server_pid()
                os.kill(first, signal.SIGKILL)
                marks["killed"], marks["leader"] = time.monotonic(), leader
                wait_for(lambda: hub.server_pid() != first, 10)
                restarted = time.monotonic()
                wait_for(trio.healthy, 30, step=0.1)
                marks["caught_up"] = time.monotonic() - restarted
                time.sleep(1.0)
                leader = trio.streams()["KV_admissions"]["leader"]
                os.kill(trio.hubs[leader].server_pid(), signal.SIGTERM)  # planned
                marks["stopped"] = time.monotonic()
                wait_for(trio.healthy, 30, step=0.1)

            answers, _ = rush(master, tmp, codes, lose_the_leader, pace=0.05)
        finally:
            trio.stop()
    every = [r for door in answers for _, r in door]
    online = [r["guest"]["id"] for r in every if r["status"] == "admitted" and r["online"]]
    doubles = len(online) - len(set(online))
    killed, stopped = float(marks["killed"]), float(marks["stopped"])
    stall = longest_wait(answers, killed, stopped)
    planned = longest_wait(answers, stopped)
    note = (f"{len(every)} scans by 4 doors, {sum(r['online'] for r in every)} with the hub;"
            f" {marks['leader']} killed; load {os.getloadavg()[0]:.1f}")
    return [_row("venue cluster: writes resume after kill -9 of the leader", stall, "s", "< 10",
                 stall < 10, note),
            _row("venue cluster: admitted twice while connected", doubles, "scans", "0",
                 doubles == 0, f"{len(online)} admissions with the hub"),
            _row("venue cluster: writes resume after a planned shutdown of the leader", planned,
                 "s", "–", None, "SIGTERM; the lab measured 0.06–0.56 s"),
            _row("venue cluster: the killed node, restarted, current again",
                 float(marks["caught_up"]), "s", "–", None, "the lab measured 2–3 s")]


if __name__ == "__main__":
    for row in run():
        print(row)
