"""A ticket run killed with `kill -9` leaves nothing behind: no workers, no half-written files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from door_support import build_event
from waiting import wait_until


def workers_of(pid: int) -> list[int]:
    """The pool's worker processes (spawned interpreters) whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_ticket_run_leaves_nothing_behind(tmp_path: Path) -> None:
    event = build_event(tmp_path / "gala.db", extra=1500)
    out, pdf = tmp_path / "tickets", tmp_path / "tickets.pdf"
    run = subprocess.Popen([sys.executable, "-m", "kiosk", "--db", str(event), "tickets",
                            "--out", str(out), "--pdf", str(pdf)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: len(workers_of(run.pid)) >= 2 and len(list(out.glob("*.png"))) >= 20,
                   60, 0.05, "the run to get going")
        workers = workers_of(run.pid)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=10)
    finally:
        if run.poll() is None:
            run.kill()
    wait_until(lambda: not any(alive(pid) for pid in workers), 3, 0.05, "the workers to end with the run")
    written = len(list(out.glob("*.png")))
    time.sleep(1)  # what must not happen (a ticket written now) has no event to await
    assert len(list(out.glob("*.png"))) == written  # nobody writes tickets any more
    assert written < 1506
    assert not pdf.exists()  # never a half-written PDF under its final name
    leftovers = [p.name for p in [*tmp_path.iterdir(), *out.iterdir()]
                 if p.suffix not in (".png", ".db", ".key", ".lock", ".csv") and p.is_file()
                 and not p.name.startswith("gala.db")]
    assert leftovers == []
    for png in out.glob("*.png"):
        assert png.read_bytes().endswith(b"IEND\xaeB`\x82")  # every PNG under its name is whole
