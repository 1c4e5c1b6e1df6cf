"""Every window process leaves cleanly on SIGTERM (how the control window stops its jobs) and SIGINT.

Real kiosk processes on Xvfb: the signal goes to the window process alone, and it must exit with
status 0 and leave nothing of its own behind (the slideshow's photo preparer, for one).
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from waiting import wait_until
from xsession import kiosk_process

pytestmark = pytest.mark.e2e

# (the window's command, a part of its title).
WINDOWS = {
    "control": (["control", "--windowed"], "Blancpain GT Series 2017"),
    "stage": (["stage", "--windowed"], "Kiosk Stage audience"),
    "presenter": (["stage", "--presenter", "--windowed"], "Kiosk Stage presenter"),
    "door": (["checkin", "--windowed"], "Kiosk Door"),
    "slideshow": (["slideshow", "--windowed", "--interval", "1"], "Kiosk Slideshow"),
}


def alive_in_group(group: int) -> list[int]:
    """The processes of a process group that still run (a zombie has finished)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (command) "
        if int(fields[2]) == group and fields[0] != "Z":
            alive.append(int(entry.name))
    return alive


@pytest.mark.parametrize("window", sorted(WINDOWS))
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_window_leaves_cleanly_on_a_signal(xserver, demo_db_path: Path, window: str,
                                            sig: signal.Signals) -> None:
    command, title = WINDOWS[window]
    with kiosk_process(xserver, "--db", str(demo_db_path), *command,
                       env={"KIOSK_MUTE": "1"}) as proc:
        xserver.wait_window(title, timeout=30)
        # The slideshow's photo preparer, if it is still making copies, must go too (below).
        os.kill(proc.pid, sig)  # the window process only, not its process group
        try:
            code = proc.wait(10)
        except Exception:
            pytest.fail(f"{window} still runs 10 s after {sig.name}")
        assert code == 0, proc.stderr.read()
        wait_until(lambda: not alive_in_group(proc.pid), 5, 0.05, f"{window}'s processes to end")
