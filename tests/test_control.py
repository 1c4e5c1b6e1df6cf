"""The operator's control window: the event, live counts, screens, jobs, screenshots."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from waiting import wait_until

from kiosk.core.checkin import Door
from kiosk.core.db import open_db
from kiosk.core.event import event_info

SCREENSHOTS = Path(os.environ.get("KIOSK_SCREENSHOTS",
                                  Path(__file__).resolve().parent.parent / "out" / "screenshots"))


@pytest.fixture
def control(qtbot, demo_db_path):
    from kiosk.ui.app import create_app
    from kiosk.ui.control.window import ControlWindow

    create_app(None, "control")
    db = open_db(demo_db_path)
    window = ControlWindow(db, demo_db_path, event_info(db))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    db.close()


def _admit(path: Path, list_name: str, count: int, door_list: str | None = None) -> list[int]:
    """Guests of one list (and of no other) scanned in by another connection, as the door
    process would, at a door for ``door_list`` (default: their own list)."""
    db = open_db(path)
    try:
        list_id = db.execute("SELECT id FROM lists WHERE name = ?", [list_name]).fetchone()[0]
        guests = [r[0] for r in db.execute(
            "SELECT guest_id FROM guest_lists gl WHERE list_id = ? AND NOT EXISTS (SELECT 1"
            " FROM guest_lists o WHERE o.guest_id = gl.guest_id AND o.list_id != gl.list_id)"
            " ORDER BY guest_id LIMIT ?", [list_id, count])]
        door = Door(db, list_name=door_list or list_name, door="A")
        for guest in guests:
            door.admit_guest(guest)
        return guests
    finally:
        db.close()


def test_shows_event_name_lists_and_counts(control, demo_db_path) -> None:
    assert "Blancpain GT Series 2017" in control.windowTitle()
    assert control.event_name.text().startswith("Blancpain GT Series 2017")
    assert control.demo_banner.isVisible()
    names = [row.name.text() for row in control.list_rows if row.isVisible()]
    assert names == ["Awards ceremony", "Anniversary party"]
    invited = [row.of.text() for row in control.list_rows]
    assert all(text.startswith("/ ") and int(text[2:].replace(",", "")) > 300 for text in invited)
    assert [row.number.text() for row in control.list_rows] == ["0", "0"]
    assert control.stat_values["guests"].text().replace(",", "").isdigit()


def test_counts_follow_other_processes_live(qtbot, control, demo_db_path) -> None:
    _admit(demo_db_path, "Awards ceremony", 12)
    _admit(demo_db_path, "Anniversary party", 3, door_list="Awards ceremony")
    qtbot.waitUntil(lambda: control.list_rows[0].number.text() == "12", timeout=3000)
    assert control.list_rows[1].number.text() == "0"
    assert control.stat_values["scans"].text() == "15"
    assert control.stat_values["refused"].text() == "3"


def test_screens_and_jobs_are_listed(control) -> None:
    from kiosk.ui.display import list_screens

    assert control.screen_box.count() == len(list_screens())
    assert set(control.job_rows) == {"stage", "presenter", "door", "slideshow", "hub"}
    for row in control.job_rows.values():
        assert row.screen.count() == len(list_screens())
        assert row.button.text() == "Start"


def test_screenshot(qtbot, control) -> None:
    QCoreApplication.processEvents()  # what the window queued after showing (its screens' list)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "control.png"
    assert control.grab().save(str(path))
    from PIL import Image

    image = Image.open(path).convert("RGB")
    assert image.size[0] >= 1100
    # A dark console: the corners are the theme's background, not a default grey.
    # (20 px in: the page may scroll, its scroll bar at the very edge.)
    assert sum(image.getpixel((image.size[0] - 20, image.size[1] // 2))) < 120


@pytest.fixture
def fake_python(tmp_path: Path) -> str:
    """A stand-in interpreter that keeps running like a show job (for start/stop/adopt)."""
    script = tmp_path / "python-standin"
    script.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import time
        time.sleep(120)
        """))
    script.chmod(0o755)
    return str(script)


def _ended(runner, key: str) -> bool:  # noqa: ANN001
    runner.poll()
    return not runner.states[key].running


def test_jobs_start_stop_and_are_found_again(tmp_path, db_path, fake_python) -> None:
    from kiosk.ui.control.jobs import JobRunner

    runner = JobRunner(db_path, python=fake_python)
    assert runner.command("stage", 1, True)[-4:] == ["stage", "--screen", "2", "--windowed"]
    state = runner.start("stage", 1)
    assert state.running and state.pid
    assert not runner.poll()
    # A new control window (after a crash, say) finds the job still running.
    again = JobRunner(db_path, python=fake_python)
    assert again.states["stage"].running and again.states["stage"].pid == state.pid
    assert again.states["stage"].screen == 1
    again.stop("stage")
    assert not again.states["stage"].running
    # The first runner sees it end too.
    wait_until(lambda: _ended(runner, "stage"), timeout=5, what="the first runner to see it end")
    assert not runner.runtime_file.exists()


def test_a_job_that_fails_shows_its_error(tmp_path, db_path) -> None:
    from kiosk.ui.control.jobs import JobRunner

    runner = JobRunner(tmp_path / "missing.db")
    runner.start("door", 0, True, env={"QT_QPA_PLATFORM": "offscreen"})
    wait_until(lambda: _ended(runner, "door"), timeout=30, what="the door job to fail")
    state = runner.states["door"]
    assert not state.running
    assert state.exit_code != 0
    assert state.last_error


def test_screenshot_option_writes_png_and_exits(kiosk, demo_db_path, tmp_path) -> None:
    target = tmp_path / "shot.png"
    result = kiosk("--db", str(demo_db_path), "control", "--screenshot", str(target),
                   env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_missing_database_is_refused_clearly(kiosk, tmp_path) -> None:
    result = kiosk("--db", str(tmp_path / "nope.db"), "control",
                   env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "nope.db" in result.stderr and "kiosk init" in result.stderr


@pytest.mark.e2e
def test_control_window_on_x(xserver, demo_db_path) -> None:
    from xsession import kiosk_process, wait_first_frame

    with kiosk_process(xserver, "--db", str(demo_db_path), "control",
                       env={"KIOSK_FIRST_FRAME": "1"}) as proc:
        window = xserver.wait_window("Blancpain GT Series 2017", timeout=30)
        wait_first_frame(proc)  # mapped is not yet painted
        path = xserver.screenshot("control-e2e")
        title = xserver.xdotool("getwindowname", window)
        assert "Blancpain GT Series 2017" in title
        assert path.stat().st_size > 10_000  # an empty screen compresses to a few hundred bytes


def test_announcement_send_and_clear(qtbot, control, demo_db_path) -> None:
    from kiosk.core import announcements

    control.announce_text.setText("The ceremony starts in 10 minutes: please take your seats")
    control.announce_minutes.setValue(10)
    control.announce_send.click()
    current = announcements.current(control.db)
    assert current is not None and current.text.startswith("The ceremony starts")
    assert current.countdown_to is None  # shown for ten minutes, no countdown unless asked
    assert "The ceremony starts" in control.announce_status.text()
    assert control.announce_clear.isEnabled()
    control.announce_clear.click()
    assert announcements.current(control.db) is None
    assert not control.announce_clear.isEnabled()


def test_announcement_countdown_checkbox(control) -> None:
    """The form's "Countdown" matches ``kiosk announce --minutes N --countdown``."""
    from kiosk.core import announcements

    control.announce_text.setText("Dinner is served")
    control.announce_minutes.setValue(5)
    control.announce_countdown.setChecked(True)
    control.announce_send.click()
    current = announcements.current(control.db)
    assert current is not None and current.countdown_to is not None
    assert current.countdown_to == current.expires_at  # counts down to the message's end
    control.announce_minutes.setValue(0)  # "until cleared": nothing to count down to
    assert not control.announce_countdown.isEnabled()
    control.announce_minutes.setValue(3)
    assert control.announce_countdown.isEnabled()


def test_announcement_refusal_is_shown_inline(control) -> None:
    """A refused announcement says why under the field, sends nothing, and keeps what was typed."""
    from kiosk.core import announcements

    idle = "No announcement on the screens."
    assert control.announce_status.text() == idle
    too_long = "x" * 400
    control.announce_text.setText(too_long)
    control.announce_send.click()
    assert control.announce_status.text() == (
        "The announcement is 400 characters long; screens show at most 280.")
    assert control.announce_text.text() == too_long  # to be shortened, not typed again
    assert announcements.current(control.db) is None
    control.announce_text.setText("   ")
    control.announce_send.click()
    assert control.announce_status.text() == "Type the message first."
    assert announcements.current(control.db) is None
    # Neither refusal is styled as a message live on the screens.
    assert control.announce_status.objectName() == "announceStatus"


def test_start_and_stop_the_door_from_the_console(qtbot, control) -> None:
    """The console starts a real job process on the chosen screen and stops it."""
    row = control.job_rows["door"]
    control.windowed.setChecked(True)
    row.button.click()
    state = control.runner.states["door"]
    assert state.running and state.windowed and state.screen == row.chosen_screen()
    assert row.button.text() == "Stop" and not row.screen.isEnabled()
    assert "Door" in control.screen_rows[row.chosen_screen()].jobs.text()
    qtbot.wait(1500)  # a job's output goes to its log, not to us: give a crash on start time
    control._poll_jobs()
    assert state.running, state.last_error  # it did not crash on start
    row.button.click()
    assert not control.runner.states["door"].running
    assert row.button.text() == "Start"
    assert "STOPPED" in row.pill.text()
    assert control.screen_rows[row.chosen_screen()].jobs.text() == ""


def test_no_command_opens_the_control_window(kiosk, demo_db_path) -> None:
    """`kiosk` alone is the control window (here told to report its first frame and leave)."""
    result = kiosk("--db", str(demo_db_path),
                   env={"QT_QPA_PLATFORM": "offscreen", "KIOSK_FIRST_FRAME_EXIT": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame ")


@pytest.mark.e2e
def test_console_starts_the_stage_full_screen_on_x(xserver, demo_db_path, monkeypatch) -> None:
    """What the Start button does, on a real X server: the stage covers screen 1."""
    from kiosk.ui.control.jobs import JobRunner

    runner = JobRunner(demo_db_path)
    for key, value in xserver.env.items():
        monkeypatch.setenv(key, value)
    runner.start("stage", 0, windowed=False)
    try:
        window = xserver.wait_window("Stage", timeout=30)
        wait_until(lambda: "1920x1080" in xserver.xdotool("getwindowgeometry", window),
                   timeout=10, interval=0.1, what="the stage to cover the 1920x1080 screen")
        runner.poll()
        assert runner.states["stage"].running, runner.states["stage"].last_error
        xserver.screenshot("control-started-stage")
    finally:
        runner.stop_all()
    assert not runner.states["stage"].running


def test_a_recycled_pid_is_not_taken_for_a_job(db_path) -> None:
    import json

    from kiosk.ui.control.jobs import JobRunner

    runtime = db_path.with_name(db_path.name + ".jobs.json")
    # This test's own process: alive, but not the job that was started back then.
    runtime.write_text(json.dumps({"stage": {"pid": os.getpid(), "ticks": 1, "screen": 0}}))
    runner = JobRunner(db_path)
    assert not runner.states["stage"].running
    assert not runtime.exists()
