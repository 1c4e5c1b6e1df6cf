"""Main and backup stage (issue 15): one show cursor at the hub, a following stage, takeover.

Real nats-server (``Hub``), real kiosk processes, a real stage window (offscreen for the
animation test, on Xvfb for the follower that keeps step with the master)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_kiosk
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from test_stage_windows import running_animations
from venue_support import Hub, export_door, wait_for

from kiosk.core import show
from kiosk.core.clock import SYSTEM, iso
from kiosk.core.db import open_db
from kiosk.core.export import export_role
from kiosk.core.show import shared

K = Qt.Key


def status(db: Path, *args: str) -> dict:
    result = run_kiosk("--db", str(db), "show", *(args or ("status",)))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def index(db: Path) -> int:
    """The cursor in a machine's own file (the master's: mirrored there by its hub)."""
    conn = open_db(db)
    try:
        return show.state(conn).cursor
    finally:
        conn.close()


@pytest.fixture
def venue(demo_db_path: Path):
    """The demo's master with its hub running, and one stage copy joined to it."""
    hub = Hub(demo_db_path)
    try:
        copy = demo_db_path.with_name("backup-stage.db")
        result = run_kiosk("--db", str(demo_db_path), "export", "--role", "stage", "--out",
                           str(copy))
        assert result.returncode == 0, result.stderr
        assert "holds the winners" in result.stderr
        yield demo_db_path, copy, hub
    finally:
        hub.stop()


def test_stage_copy_holds_the_show_not_the_guests_and_takes_over(venue) -> None:
    master, copy, _ = venue
    db = open_db(copy)
    try:
        assert db.execute("SELECT count(*) FROM winners").fetchone()[0] > 0
        assert db.execute("SELECT count(*) FROM guests").fetchone()[0] == 0
        assert db.execute("SELECT role FROM venue_link").fetchone()[0] == "stage"
        shared.set_mode(db, "follow")
    finally:
        db.close()
    # Moved on the master, read on the copy (through the hub); moved on the copy, read on
    # the master (its hub mirrors the one show into its file).
    assert status(master, "goto", "3")["index"] == 3
    assert wait_for(lambda: status(copy)["index"] == 3, 5)
    assert status(copy)["venue"] == {"online": True, "absorbed": False, "mode": "follow"}
    # The main machine died: the backup takes over from the shell, on the same cue...
    after = status(copy, "takeover")
    assert after["index"] == 3 and after["venue"]["mode"] == "main"
    db = open_db(copy)
    try:
        assert shared.synced(db).main == "backup-stage"
    finally:
        db.close()
    # ...and goes on from there: the master follows.
    assert status(copy, "next")["index"] == 4
    assert wait_for(lambda: index(master) == 4, 5)


def test_two_gos_at_once_on_two_machines_are_one_go(venue) -> None:
    master, copy, _ = venue
    second = copy.with_name("second-stage.db")
    export_door(master, second, role="stage")
    start = status(master, "goto", "1")["index"]
    assert wait_for(lambda: index(master) == start, 5)
    for press in range(1, 4):
        time.sleep(0.6)  # beyond the guard time: each round is a new GO
        procs = [subprocess.Popen([sys.executable, "-m", "kiosk", "--db", str(db), "show", "next"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for db in ((master, copy, second)[press - 1], (copy, second, master)[press - 1])]
        for proc in procs:
            out, err = proc.communicate(timeout=30)
            assert proc.returncode == 0, err
        wanted = start + press
        assert wait_for(lambda w=wanted: index(master) == w, 5), index(master)
        time.sleep(0.3)  # a second GO, had there been one, would have landed by now
        assert index(master) == wanted
    assert status(copy)["index"] == status(second)["index"] == start + 3


@pytest.mark.e2e
def test_following_stage_keeps_step_with_the_master_then_takes_over(venue, xserver) -> None:
    from xsession import kiosk_process

    master, copy, _ = venue
    status(master, "goto", "0")
    with kiosk_process(xserver, "--db", str(copy), "stage", "--follow", "--windowed") as proc:
        window = xserver.wait_window("Kiosk Stage audience")

        def shown() -> int:
            return int(xserver.xdotool("getwindowname", window).split("cue ", 1)[1].split("/")[0])

        for cue in (1, 2, 3):
            status(master, "next")
            assert wait_for(lambda c=cue: shown() == c, 5), shown()
            assert index(copy) == cue  # the window's link mirrored it into the copy
        xserver.xdotool("windowfocus", "--sync", window)
        xserver.key("Next")  # a clicker on the backup moves nothing while it follows
        time.sleep(0.5)
        assert shown() == 3 and index(master) == 3
        xserver.key("t")  # the main machine died: the backup takes over, from the same cue
        time.sleep(0.3)
        assert shown() == 3
        xserver.key("Next")
        assert wait_for(lambda: shown() == 4, 5)
        assert wait_for(lambda: index(master) == 4, 5)
        assert proc.poll() is None


# -- the follower's window: what it animates ----------------------------------------------

@pytest.fixture
def follower(qapp, demo_db_path: Path, tmp_path: Path):
    from kiosk.fonts import load_fonts
    from kiosk.ui.stage.window import StageWindow

    load_fonts()
    master = open_db(demo_db_path)
    copy = tmp_path / "stage-copy.db"
    export_role(master, "stage", copy)
    master.close()
    db = open_db(copy)
    shared.set_mode(db, "follow")
    stage = StageWindow(db, animation_scale=1.0, machine="backup")
    stage.window.resize(960, 540)
    stage.window.show()
    yield stage
    stage.close()
    stage.window.deleteLater()
    db.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _main_moved(db, revision: int, index: int, ago: float) -> None:
    """The hub's cursor as the main stage left it, ``ago`` seconds ago, mirrored into the
    file by the link (its own connection, as in the window's process)."""
    link = open_db(Path(db.execute("PRAGMA database_list").fetchone()[2]))
    try:
        cue = show.load_cues(link, rehearsal=True)[index]
        now = iso(SYSTEM.now())
        value = {"cursor": index, "cue_id": cue["id"], "blackout": False, "started_at": now,
                 "updated_at": now, "by": "main", "action": "next"}
        shared.mirror(link, revision, value, time.time() - ago)
    finally:
        link.close()


def _at_rest(qtbot, stage) -> None:
    """Until the card's entrance has played (it starts with the window's first frames)."""
    qtbot.wait(300)
    qtbot.waitUntil(lambda: running_animations(stage.window) == [], timeout=8000)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: running_animations(stage.window) == [], timeout=8000)


def test_follower_plays_what_the_main_played_and_replays_nothing(qtbot, follower) -> None:
    stage, db = follower, follower.db
    qtbot.waitExposed(stage.window)
    _at_rest(qtbot, stage)
    winner = next(c["index"] for c in show.load_cues(db) if c["kind"] == "winner")
    # Catching up (the follower started late, or the hub came back): the cue is shown as it
    # stands, no entrance: the main stage played it long ago.
    _main_moved(db, 1, winner - 2, ago=30.0)
    qtbot.waitUntil(lambda: stage.controller.index == winner - 2, timeout=2000)
    assert stage.controller.animate is False
    qtbot.wait(60)
    assert running_animations(stage.window) == []
    # A GO on the main stage, live: the follower plays the same entrance.
    _main_moved(db, 2, winner - 1, ago=0.0)
    qtbot.waitUntil(lambda: stage.controller.index == winner - 1, timeout=2000)
    assert stage.controller.animate is True
    qtbot.waitUntil(lambda: running_animations(stage.window) != [], timeout=1000)
    _at_rest(qtbot, stage)
    # The clicker on the backup does nothing while it follows...
    QTest.keyClick(stage.window, K.Key_PageDown)
    assert show.state(db).cursor == winner - 1
    # ...T takes over: the same cue stays up, nothing is replayed...
    changed = []
    stage.controller.cueChanged.connect(lambda: changed.append(1))
    QTest.keyClick(stage.window, K.Key_T)
    assert stage.controller.following is False
    qtbot.wait(100)
    assert changed == [] and running_animations(stage.window) == []
    assert shared.synced(db).mode == "main" and shared.synced(db).main == "backup"
    # ...and the next GO is the backup's own, with its entrance.
    QTest.keyClick(stage.window, K.Key_PageDown)
    assert show.state(db).cursor == winner and stage.controller.animate is True


def test_offline_each_machine_moves_alone_and_the_most_recent_move_wins(venue) -> None:
    master, copy, hub = venue
    status(master, "goto", "2")
    assert status(copy)["index"] == 2
    hub.freeze()
    try:
        result = run_kiosk("--db", str(copy), "show", "next")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["index"] == 3  # this machine alone, and it says so
        assert json.loads(result.stdout)["venue"]["online"] is False
        assert "does not answer" in result.stderr
        time.sleep(0.1)
        status(master, "next")
        assert status(master, "next")["index"] == 4  # later: the most recent move
    finally:
        hub.thaw()
    # The hub hears both sides in either order (the master's hub link and the copy's next
    # command race to it): once it has both, the most recent move is the one show.
    assert wait_for(lambda: status(copy)["index"] == 4, 15, step=0.2)
    assert wait_for(lambda: index(master) == 4, 15)


def test_merge_keeps_one_sided_changes_and_the_latest_of_both() -> None:
    def at(cursor: int, when: str, dark: bool = False) -> dict:
        return {"cursor": cursor, "cue_id": cursor + 1, "blackout": dark, "started_at": "s",
                "updated_at": when, "by": when, "action": "next"}

    base = at(2, "t0")
    assert shared.merge(base, at(3, "t1"), at(3, "t2"))["cursor"] == 3  # one GO
    assert shared.merge(base, at(3, "t1"), at(4, "t2"))["cursor"] == 4  # theirs is later
    assert shared.merge(base, at(5, "t3"), at(4, "t2"))["cursor"] == 5  # mine is later
    both = shared.merge(base, at(2, "t3", dark=True), at(4, "t2"))  # each changed one thing
    assert (both["cursor"], both["blackout"]) == (4, True)


def test_a_go_just_after_another_machines_go_is_that_go(qtbot, follower) -> None:
    stage, db = follower, follower.db
    QTest.keyClick(stage.window, K.Key_T)  # a main stage, not a follower
    qtbot.waitExposed(stage.window)
    _main_moved(db, 1, 2, ago=0.0)  # another machine's GO, live
    qtbot.waitUntil(lambda: stage.controller.index == 2, timeout=2000)
    QTest.keyClick(stage.window, K.Key_PageDown)  # the other clicker, pressed with it
    assert show.state(db).cursor == 2
    now = stage.clicker.clock()
    stage.clicker.clock = lambda: now + (stage.controller.guard_ms + 1) / 1000
    QTest.keyClick(stage.window, K.Key_PageDown)  # later: a GO of its own
    assert show.state(db).cursor == 3
