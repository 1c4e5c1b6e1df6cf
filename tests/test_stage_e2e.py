"""End to end on a real X server: a real `kiosk stage` process driven by clicker keys (xdotool),
killed mid-show and restarted, kept in step with `kiosk show` from a shell."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest
from waiting import wait_until
from xsession import kiosk_process

pytestmark = pytest.mark.e2e


def status(kiosk, db, *args) -> dict:
    result = kiosk("--db", str(db), "show", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def shown_cue(xserver, window: str) -> int:
    """The cue the window shows, from its title (set when the card is presented)."""
    title = xserver.xdotool("getwindowname", window)
    return int(title.split("cue ", 1)[1].split("/", 1)[0])


def wait_shown(xserver, window: str, index: int, timeout: float = 5.0) -> None:
    wait_until(lambda: shown_cue(xserver, window) == index, timeout=timeout,
               what=f"cue {index} on the stage window (it shows {shown_cue(xserver, window)})")


def wait_blackout(kiosk, db, on: bool) -> None:
    wait_until(lambda: status(kiosk, db, "status")["blackout"] is on, timeout=3, interval=0.05,
               what=f"blackout {'on' if on else 'off'}")


def test_clicker_drives_a_category_survives_a_kill_and_follows_the_shell(
        xserver, kiosk, demo_db_path) -> None:
    listing = status(kiosk, demo_db_path, "list")
    category = next(c["index"] for c in listing["cues"] if c["kind"] == "category")
    start = category - 1
    status(kiosk, demo_db_path, "goto", str(start))
    env: dict[str, str] = {}  # started as a user starts it: the kiosk chooses its renderer
    with kiosk_process(xserver, "--db", str(demo_db_path), "stage", env=env) as proc:
        window = xserver.wait_window("Kiosk Stage audience")
        wait_shown(xserver, window, start)
        xserver.xdotool("windowfocus", "--sync", window)
        # A whole category with the clicker: its card, the nominees, the envelope...
        for step, key in enumerate(("Next", "Right", "space"), start=1):
            xserver.key(key)
            wait_shown(xserver, window, start + step)
            assert status(kiosk, demo_db_path, "status")["index"] == start + step
        now = status(kiosk, demo_db_path, "status")
        assert now["kind"] == "envelope" and now["winner"] is None
        # ...and a double click on the envelope: the winner comes up, and stays up.
        xserver.key("Next", "Next", delay_ms=40)
        wait_shown(xserver, window, start + 4)
        time.sleep(0.3)  # what must not happen (the second press moving on) has no event to await
        now = status(kiosk, demo_db_path, "status")
        assert now["index"] == start + 4 and now["kind"] == "winner"
        assert now["winner"] in now["nominees"]
        assert shown_cue(xserver, window) == start + 4
        xserver.screenshot("stage-e2e-winner")
        # Keys that must not leave or blank the show.
        xserver.key("F5", "Escape", "shift+F5", "Escape", "Tab")
        time.sleep(0.3)  # as above: nothing should happen, so nothing to wait for
        assert proc.poll() is None
        now = status(kiosk, demo_db_path, "status")
        assert (now["index"], now["blackout"]) == (start + 4, False)
        # Back, and black screen.
        xserver.key("Prior")
        wait_shown(xserver, window, start + 3)
        xserver.key("b")
        wait_blackout(kiosk, demo_db_path, True)
        xserver.key("period")
        wait_blackout(kiosk, demo_db_path, False)
        xserver.key("Next")
        wait_shown(xserver, window, start + 4)
        # The shell moves the show: the running window follows.
        assert status(kiosk, demo_db_path, "next")["index"] == start + 5
        wait_shown(xserver, window, start + 5, timeout=2)
        # Killed mid-show without warning.
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert status(kiosk, demo_db_path, "status")["index"] == start + 5
    with kiosk_process(xserver, "--db", str(demo_db_path), "stage", env=env) as proc:
        began = time.monotonic()
        window = xserver.wait_window("Kiosk Stage audience")
        wait_shown(xserver, window, start + 5)
        assert time.monotonic() - began < 10  # generous for a loaded CI machine; see benchmarks
        xserver.screenshot("stage-e2e-restarted")
        # Quitting needs the deliberate chord.
        xserver.xdotool("windowfocus", "--sync", window)
        xserver.key("ctrl+shift+q")
        assert proc.wait(10) == 0


def test_presenter_and_audience_processes_stay_in_step(xserver, kiosk, demo_db_path) -> None:
    env: dict[str, str] = {}  # started as a user starts it: the kiosk chooses its renderer
    with kiosk_process(xserver, "--db", str(demo_db_path), "stage", env=env) as audience, \
            kiosk_process(xserver, "--db", str(demo_db_path), "stage", "--presenter",
                          "--windowed", env=env) as presenter:
        seen = xserver.wait_window("Kiosk Stage audience")
        desk = xserver.wait_window("Kiosk Stage presenter")
        xserver.xdotool("windowfocus", "--sync", desk)
        xserver.key("Next", "Next")
        wait_shown(xserver, desk, 2)
        wait_shown(xserver, seen, 2, timeout=2)  # the other process follows the database
        assert status(kiosk, demo_db_path, "status")["index"] == 2
        xserver.screenshot("stage-e2e-two-windows")
        assert audience.poll() is None and presenter.poll() is None
