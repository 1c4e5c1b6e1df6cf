"""Screen machines on the venue (issue 15): a screens copy's slideshow follows the control.

Real hub (nats-server), real slideshow processes (offscreen Qt) on screens copies; what they
show is read from the copy's file, as their windows do, and once through a window.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from door_support import build_event
from pictures import rgb
from PySide6.QtGui import QImage
from screens_support import Screen, announced, cached, legend_photos, legends_csv, photo, sha
from test_venue_netns import sh, two_machines  # noqa: F401 - the namespaces fixture, by name
from venue_support import Hub, alive, export_door, free_port, stop_process, wait_for
from xsession import kiosk_process

from kiosk.core.db import open_db

pytestmark = pytest.mark.slow


@pytest.fixture
def venue(tmp_path: Path):
    """A master with one legend and its photo, its hub, and a screens copy that joins it."""
    master = build_event(tmp_path / "master.db")
    photos = tmp_path / "photos"
    photos.mkdir()
    photo(photos / "ana.jpg", (120, 40, 40))
    legends_csv(photos, [("Ana Souza", "BR", "ana.jpg")])
    result = _kiosk("--db", str(master), "import", "legends", str(photos / "legends.csv"))
    assert result.returncode == 0, result.stderr
    hub = Hub(master)
    try:
        export_door(master, tmp_path / "screens.db", role="screens")
        yield master, hub, tmp_path / "screens.db", photos
    finally:
        pid = hub.server_pid() if hub.proc.poll() is None else None
        hub.stop()
        if pid:
            assert wait_for(lambda: not alive(pid), 5), "nats-server left behind"


def _kiosk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=60)


def _slides(copy: Path) -> tuple[list, str | None]:
    db = open_db(copy)
    try:
        interval = db.execute("SELECT value FROM settings WHERE key = 'screens.interval'").fetchone()
        return (db.execute("SELECT kind, title FROM slides").fetchall(),
                interval[0] if interval else None)
    finally:
        db.close()


def _event(copy: Path) -> dict:
    db = open_db(copy)
    try:
        row = db.execute("SELECT accent, slideshow_title, l.sha256 FROM event e LEFT JOIN media l"
                         " ON l.id = e.logo_media_id WHERE e.id = 1").fetchone()
        return {"accent": row[0], "title": row[1], "logo": row[2]}
    finally:
        db.close()


def test_a_screen_follows_announcements_legends_and_identity(venue, tmp_path) -> None:
    master, hub, copy, photos = venue
    screen = Screen(copy)
    try:
        # The first state arrives: the legend's photo now lives in the copy's own folder.
        first = sha(photos / "ana.jpg")
        assert wait_for(lambda: cached(copy, first), 20.0), screen.log()
        assert wait_for(lambda: legend_photos(copy)["Ana Souza"] == [str(cached(copy, first))],
                        5.0), legend_photos(copy)
        # An announcement at the control: on the screen within a second, and its clearing.
        assert _kiosk("--db", str(master), "announce", "Dinner is served").returncode == 0
        start = time.monotonic()  # committed on the master
        assert wait_for(lambda: announced(copy) == "Dinner is served", 5.0), screen.log()
        took = time.monotonic() - start
        assert _kiosk("--db", str(master), "announce", "--clear").returncode == 0
        assert wait_for(lambda: announced(copy) == "", 5.0)
        assert took < 2.0, took  # < 1 s to the window on a quiet machine (make bench)
        # A legend added and one changed, with their photos; then one removed.
        photo(photos / "bo.jpg", (40, 40, 120), size=(400, 300), noisy=True)
        photo(photos / "ana2.jpg", (40, 120, 40))
        legends_csv(photos, [("Ana Souza", "BR", "ana2.jpg"), ("Bo Lindqvist", "SE", "bo.jpg")])
        result = _kiosk("--db", str(master), "import", "legends", str(photos / "legends.csv"))
        assert result.returncode == 0, result.stderr
        new = sha(photos / "bo.jpg")
        assert wait_for(lambda: "Bo Lindqvist" in legend_photos(copy), 10.0), screen.log()
        assert cached(copy, new) and cached(copy, sha(photos / "ana2.jpg"))
        assert legend_photos(copy) == {"Ana Souza": [str(cached(copy, sha(photos / "ana2.jpg")))],
                                       "Bo Lindqvist": [str(cached(copy, new))]}
        db = open_db(master)
        try:
            with db.conn:
                db.execute("DELETE FROM legends WHERE name = 'Ana Souza'")
                db.execute("INSERT INTO slides(kind, title) VALUES ('sponsor', 'Alpenlicht')")
                db.execute("INSERT INTO settings(key, value) VALUES ('screens.interval', '6')")
        finally:
            db.close()
        assert wait_for(lambda: list(legend_photos(copy)) == ["Bo Lindqvist"], 5.0)
        assert _slides(copy) == ([("sponsor", "Alpenlicht")], "6")
        # The event's identity as set at the control: colours, titles, logo.
        logo = tmp_path / "logo.png"
        photo(logo, (200, 160, 60), size=(200, 100))
        from PIL import Image

        Image.open(logo).save(logo, "PNG")
        result = _kiosk("--db", str(master), "event", "set", "--accent", "#e0b050",
                        "--slideshow-title", "Night of legends", "--logo", str(logo))
        assert result.returncode == 0, result.stderr
        assert wait_for(lambda: _event(copy) == {"accent": "#e0b050", "title": "Night of legends",
                                                 "logo": sha(logo)}, 5.0), _event(copy)
        assert screen.proc.poll() is None, screen.log()
    finally:
        screen.stop()
    # Restarted with the hub gone, and the master's photos gone: it still has every photo.
    hub.stop()
    for file in photos.glob("*.jpg"):
        file.unlink()
    _shows_cached_photos(copy, new)


def _shows_cached_photos(copy: Path, digest: str) -> None:
    """A slideshow window opened on the copy (no hub): its slide shows the cached photo."""
    program = r"""
import json, sys, time
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from kiosk.ui.slideshow.window import SlideshowWindow
app = QGuiApplication([])
show = SlideshowWindow(sys.argv[1], place=False, size=QSize(640, 360), interval=3600)
show.window.show()
show.start()
deadline = time.monotonic() + 40
while show.controller.shown_count < 1 and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print(json.dumps({"slide": show.controller.slide, "photos": [
    p for s in show.controller.playlist.slides for p in s.photos]}))
show.close()
"""
    result = subprocess.run([sys.executable, "-c", program, str(copy)], capture_output=True,
                            text=True, timeout=60, env={**os.environ,
                                                        "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["slide"]["title"] == "Bo Lindqvist", shown
    assert shown["slide"]["image"], shown  # the screen-sized copy of the cached photo
    assert [Path(p).name.split(".")[0] for p in shown["photos"]] == [digest]


def test_a_screens_credential_may_only_read(venue) -> None:
    master, hub, copy, photos = venue
    program = r"""
import asyncio, json, sys
from kiosk.core import replica
from kiosk.core.db import open_db
from kiosk.venue.security import Client, client_context
link = replica.link_of(open_db(sys.argv[1]))
async def main():
    out, errors = {}, []
    async def error_cb(e):
        errors.append(str(e))
    nc = Client()
    await nc.connect(link.url, tls=client_context(link.cert), nkeys_seed_str=link.seed,
                     allow_reconnect=False, error_cb=error_cb)
    js = nc.jetstream(timeout=0.5)
    async def attempt(name, job):
        try:
            await job
            out[name] = "done"
        except Exception as e:
            out[name] = type(e).__name__
    kv = await js.key_value("admissions")
    await attempt("admit", kv.create("g1.l1", b"{}"))
    await attempt("event", js.publish("venue.ev.screens." + link.name, b"{}"))
    await attempt("control", js.publish("venue.ev.control", b"{}"))
    await attempt("events", js.subscribe("venue.ev.>", stream="EVENTS"))
    await attempt("roster", (await js.key_value("roster")).get("current"))
    screens = await js.key_value("screens")
    await attempt("read", screens.get("content"))
    await attempt("write", screens.put("content", b"{}"))
    out["errors"] = errors
    await nc.close()
    print(json.dumps(out))
asyncio.run(main())
"""
    result = subprocess.run([sys.executable, "-c", program, str(copy)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["read"] == "done", out
    for refused in ("admit", "event", "control", "events", "roster", "write"):
        assert out[refused] != "done", (refused, out)
    assert any("permissions violation" in e.lower() for e in out["errors"]), out


@pytest.mark.netns
@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("ip") is None, reason="needs root and ip")
def test_a_screen_machine_cut_off_keeps_looping_and_catches_up(
        two_machines, tmp_path) -> None:  # noqa: F811
    hub_ns, screen_ns, screen_if = two_machines
    master = build_event(tmp_path / "master.db")
    photos = tmp_path / "photos"
    photos.mkdir()
    photo(photos / "ana.jpg", (120, 40, 40))
    legends_csv(photos, [("Ana Souza", "BR", "ana.jpg")])
    assert _kiosk("--db", str(master), "import", "legends",
                  str(photos / "legends.csv")).returncode == 0
    port = free_port()
    log = open(tmp_path / "hub.log", "w")  # noqa: SIM115
    hub = subprocess.Popen(["ip", "netns", "exec", hub_ns, sys.executable, "-m", "kiosk", "--db",
                            str(master), "hub", "--listen", f"10.77.0.1:{port}"],
                           stdout=subprocess.PIPE, stderr=log, text=True)
    copy, screen = tmp_path / "screens.db", None
    try:
        assert '"url"' in hub.stdout.readline(), (tmp_path / "hub.log").read_text()[-2000:]
        export_door(master, copy, role="screens", hub=f"tls://10.77.0.1:{port}")
        screen = Screen(copy, prefix=("ip", "netns", "exec", screen_ns))
        assert wait_for(lambda: cached(copy, sha(photos / "ana.jpg")), 20.0), screen.log()
        # Unplugged: the control announces and adds a legend; the screen loops what it has.
        sh("ip", "-n", screen_ns, "link", "set", screen_if, "down")
        assert _kiosk("--db", str(master), "announce", "Please take your seats").returncode == 0
        photo(photos / "bo.jpg", (40, 40, 120), size=(600, 400), noisy=True)
        legends_csv(photos, [("Ana Souza", "BR", "ana.jpg"), ("Bo Lindqvist", "SE", "bo.jpg")])
        assert _kiosk("--db", str(master), "import", "legends",
                      str(photos / "legends.csv")).returncode == 0
        time.sleep(1.5)
        assert announced(copy) == "" and list(legend_photos(copy)) == ["Ana Souza"]
        assert screen.proc.poll() is None, screen.log()
        # Plugged back: it catches up by itself, the new photo with it.
        sh("ip", "-n", screen_ns, "link", "set", screen_if, "up")
        assert wait_for(lambda: announced(copy) == "Please take your seats", 20.0), screen.log()
        assert wait_for(lambda: "Bo Lindqvist" in legend_photos(copy), 10.0), screen.log()
        assert cached(copy, sha(photos / "bo.jpg"))
        assert screen.proc.poll() is None
    finally:
        if screen is not None:
            screen.stop()
        stop_process(hub)
        log.close()


@pytest.mark.e2e
def test_a_screen_machine_window_shows_the_controls_announcement(xserver, venue) -> None:
    master, hub, copy, photos = venue
    with kiosk_process(xserver, "--db", str(copy), "slideshow", "--windowed",
                       "--interval", "3600") as proc:
        xserver.wait_window("Kiosk Slideshow", timeout=20)
        assert wait_for(lambda: cached(copy, sha(photos / "ana.jpg")), 20.0)
        time.sleep(1.0)
        before = xserver.screenshot("screens-venue-legend")
        assert _kiosk("--db", str(master), "announce", "Please take your seats").returncode == 0
        time.sleep(1.5)
        after = xserver.screenshot("screens-venue-announcement")
        assert proc.poll() is None
    frames = [rgb(QImage(str(path)).copy(320, 180, 1280, 720)).astype(np.int16)
              for path in (before, after)]
    assert np.abs(frames[1] - frames[0]).mean() > 3  # the announcement covers the screen


def test_the_screens_state_applies_whole_once_and_refuses_a_bad_digest(tmp_path) -> None:
    """The pure part: a master's content and announcement, applied to a screens copy's file."""
    from kiosk.core import announcements, screens_state
    from kiosk.core.export import export_role
    from kiosk.core.importers import import_legends

    master = build_event(tmp_path / "master.db")
    photos = tmp_path / "photos"
    photos.mkdir()
    photo(photos / "ana.jpg", (120, 40, 40))
    db = open_db(master)
    import_legends(db, legends_csv(photos, [("Ana Souza", "BR", "ana.jpg")]))
    announcements.announce(db, announcements.AnnounceRequest("Dinner is served"))
    export_role(db, "screens", tmp_path / "screens.db")
    content, message = screens_state.content(db), screens_state.announcement(db)
    announcements.clear(db)
    cleared = screens_state.announcement(db)
    folder = screens_state.media_folder(tmp_path / "screens.db")
    assert [sha for sha, _ in screens_state.missing(content, folder)] == [sha(photos / "ana.jpg")]
    folder.mkdir(parents=True)
    for digest, target in screens_state.missing(content, folder):
        target.write_bytes(screens_state.media_bytes(db, digest))
    db.close()
    copy = open_db(tmp_path / "screens.db")
    try:
        assert screens_state.apply_content(copy, content, folder) is True
        assert screens_state.apply_content(copy, content, folder) is False  # already there
        with pytest.raises(ValueError):
            screens_state.apply_content(copy, {**content, "legends": []}, folder)
        assert legend_photos(tmp_path / "screens.db") == {
            "Ana Souza": [str(folder / f"{sha(photos / 'ana.jpg')}.jpg")]}
        assert screens_state.apply_announcement(copy, message) is False  # the export had it
        assert screens_state.apply_announcement(copy, cleared) is True
        assert announced(tmp_path / "screens.db") == ""
        assert screens_state.apply_announcement(copy, message) is True  # shown again
        assert announced(tmp_path / "screens.db") == "Dinner is served"
    finally:
        copy.close()
