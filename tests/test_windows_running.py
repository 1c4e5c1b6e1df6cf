"""Window processes announce themselves in the event file; screens are numbered from 1 and an
unattached one is refused; a window command without a display says so (exit 2, not Qt's 134)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.core import windows
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin
from kiosk.core.windows import RunningWindow


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_second_window_of_a_role_on_a_screen_is_refused_naming_the_first(db) -> None:
    first = Origin("venue-pc", "stage", os.getpid())
    windows.announce(db, first, 2)
    with pytest.raises(KioskError) as info:
        windows.announce(db, Origin("venue-pc", "stage", os.getpid() + 100000), 2)
    assert info.value.code == "window.running"
    assert info.value.params["pid"] == os.getpid() and info.value.params["host"] == "venue-pc"
    windows.announce(db, Origin("venue-pc", "stage", 1), 3)  # another screen: fine
    windows.announce(db, Origin("venue-pc", "door", 2), 2)  # another role: fine
    windows.leave(db, first)
    assert [(w.role, w.screen) for w in windows.running(db, here="elsewhere")] == [
        ("stage", 3), ("door", 2)]


def test_a_window_that_died_no_longer_counts(db) -> None:
    here = Origin.of_this_process("stage").host
    gone = Origin(here, "stage", _dead_pid())
    windows.announce(db, gone, None)
    assert windows.running(db) == []
    windows.announce(db, Origin(here, "stage", os.getpid()), None)  # not refused
    assert [w.pid for w in windows.running(db)] == [os.getpid()]


def test_the_control_window_adopts_what_runs_on_this_machine(tmp_path: Path) -> None:
    from kiosk.ui.control.jobs import JobRunner

    runner = JobRunner(tmp_path / "event.db")
    here = Origin.of_this_process("control").host
    started = [RunningWindow(here, os.getpid(), "slideshow", 2, "", ""),
               RunningWindow("other-pc", 4242, "door", None, "", "")]
    assert runner.adopt(started, here)
    assert runner.states["slideshow"].running and runner.states["slideshow"].screen == 1
    assert not runner.states["door"].running  # on another machine: not ours to stop
    assert runner.command("slideshow", runner.states["slideshow"].screen)[-2:] == ["--screen", "2"]


def test_the_control_window_adopts_the_hub_started_from_a_terminal(tmp_path: Path) -> None:
    from kiosk.ui.control.jobs import JobRunner

    runner = JobRunner(tmp_path / "event.db")
    assert not runner.adopt_hub(None)  # no hub.json: none runs
    assert runner.adopt_hub(os.getpid()) and runner.states["hub"].running
    assert not runner.adopt_hub(os.getpid())  # once
    again = JobRunner(tmp_path / "event.db")  # a restarted control window knows it too
    assert again.states["hub"].pid == os.getpid()


def test_an_unattached_screen_is_refused_with_the_attached_ones(kiosk, db_path: Path) -> None:
    result = kiosk("--db", str(db_path), "checkin", "--screen", "3", "--windowed")
    assert result.returncode == 2, result.stderr
    assert "There is no screen 3" in result.stderr and "1: " in result.stderr
    assert "x" in result.stderr.split("1: ", 1)[1]  # its size
    zero = kiosk("--db", str(db_path), "stage", "--screen", "0")
    assert zero.returncode == 2 and "numbered from 1" in zero.stderr


def test_no_display_says_how_to_run_on_one(kiosk, db_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = kiosk("--db", str(db_path), "stage", env=env)
    assert result.returncode == 2, result.stderr
    assert "no display" in result.stderr and "DISPLAY=:0" in result.stderr


def test_a_real_second_door_on_the_same_screen_is_refused(db_path: Path, kiosk) -> None:
    first = subprocess.Popen([sys.executable, "-m", "kiosk", "--db", str(db_path), "checkin",
                              "--windowed"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        from kiosk.core.db import open_db

        db = open_db(db_path)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not windows.running(db):
            time.sleep(0.1)
        assert [(w.role, w.pid) for w in windows.running(db)] == [("door", first.pid)]
        second = kiosk("--db", str(db_path), "checkin", "--windowed")
        assert second.returncode == 2  # the door's refusals before its window: usage
        assert f"process {first.pid}" in second.stderr and "door window" in second.stderr
        assert "main screen" in second.stderr
    finally:
        first.terminate()
        first.wait(20)
    assert windows.running(db) == []  # it left the list as it left
    db.close()
