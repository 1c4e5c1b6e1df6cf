"""Machines the control sees (issue 15): each screen or stage machine tells what it shows in its
heartbeat; the control blanks one, identifies one, or shows an announcement on it alone, through
the hub (real nats-server, real links, real windows offscreen)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import run_kiosk
from venue_support import Hub, export_door, wait_for
from xsession import SCREENSHOTS

from kiosk.core import machine_screen, machines, replica
from kiosk.core.db import open_db
from kiosk.venue import commands
from kiosk.venue.link import Link, open_link
from kiosk.venue.security import Client, client_context

os.environ["KIOSK_MUTE"] = "1"


@dataclass
class Venue:
    master: Path
    hub: Hub
    screen: Path  # a screens copy, named screen-a
    stage: Path  # the master's file with a stage link (no stage export on main yet)


def _stage_copy(master: Path, out: Path, url: str) -> Path:
    from kiosk.venue import hub

    source = sqlite3.connect(master)
    target = sqlite3.connect(out)
    source.backup(target)
    source.close()
    target.close()
    mdb, db = open_db(master), open_db(out)
    try:
        link = hub.join(mdb, master, "stage", "stage-main", url)
        replica.set_link(db, link)
    finally:
        mdb.close()
        db.close()
    return out


@pytest.fixture(scope="module")
def venue(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Venue]:
    from kiosk.core.keys import key_path

    folder = tmp_path_factory.mktemp("machines")
    master = folder / "master.db"
    shutil.copy2(demo_template, master)
    shutil.copy2(key_path(demo_template), key_path(master))
    os.symlink(demo_template.with_name(demo_template.stem + "-media"),
               master.with_name(master.stem + "-media"))
    hub = Hub(master)
    try:
        screen = folder / "screen-a.db"
        export_door(master, screen, role="screens")
        stage = _stage_copy(master, folder / "stage-main.db", hub.url)
        yield Venue(master, hub, screen, stage)
    finally:
        hub.stop()


@pytest.fixture(autouse=True)
def _fresh_orders(request: pytest.FixtureRequest) -> None:
    """Each test starts with machines that show what they show (no blank, message, name)."""
    if "venue" not in request.fixturenames:
        return
    venue = request.getfixturevalue("venue")
    for copy in (venue.screen, venue.stage):
        db = open_db(copy)
        db.execute("DELETE FROM machine_orders")
        db.close()


def _link(copy: Path) -> Link:
    db = open_db(copy)
    try:
        link = open_link(db, copy, wait=10.0, tasks=commands.machine_tasks())
    finally:
        db.close()
    assert link is not None and link.online
    return link


def _venue(master: Path, *args: str) -> tuple[int, dict, str]:
    result = run_kiosk("--db", str(master), "venue", *args)
    return result.returncode, json.loads(result.stdout or "{}"), result.stderr


def _show(copy: Path, window: str, what: dict) -> None:
    """As a window does: never waiting for the link's writes, trying again in a moment."""
    db = open_db(copy)
    try:
        assert wait_for(lambda: machine_screen.show(db, window, what), 5.0)
    finally:
        db.close()


def _orders(copy: Path) -> machine_screen.Orders:
    db = open_db(copy)
    try:
        return machine_screen.orders(db)
    finally:
        db.close()


def test_commands_reach_one_machine_and_its_heartbeat_says_what_it_shows(venue: Venue) -> None:
    link = _link(venue.screen)
    try:
        code, out, _ = _venue(venue.master, "blank", "screen-a")
        assert code == 0 and out["delivered"] is True and out["orders"]["blank"] is True
        assert _orders(venue.screen).blank
        assert not _orders(venue.stage).blank  # the other machine is left alone
        code, out, _ = _venue(venue.master, "announce", "screen-a", "Table 12: your car is here")
        assert code == 0 and _orders(venue.screen).announcement == "Table 12: your car is here"
        assert commands.send(venue.master, "screen-a", "identify")["orders"]["identify_until"]
        # What it shows travels in its heartbeat to the master.
        _show(venue.screen, "slideshow", {"kind": "slide", "number": 3, "total": 12,
                                          "title": "Ana Souza"})

        def seen() -> bool:
            db = open_db(venue.master)
            try:
                found = {m.name: m for m in machines.machines(db)}["screen-a"]
            finally:
                db.close()
            return (found.shows.get("showing") or {}).get("title") == "Ana Souza"

        assert wait_for(seen, 10, step=0.2)
        _, listed, _ = _venue(venue.master, "machines")
        machine = next(m for m in listed["machines"] if m["name"] == "screen-a")
        assert machine["online"] and machine["blank"] is True
        assert machine["announcement"] == "Table 12: your car is here"
        commands.send(venue.master, "screen-a", "unblank")
        code, out, _ = _venue(venue.master, "announce", "screen-a", "--clear")
        assert code == 0 and out["text"] is None
        assert _orders(venue.screen) == machine_screen.Orders(
            False, None, _orders(venue.screen).identify_until)
    finally:
        link.close()
    # No window (no link) on that machine any more: the control is told, nothing waits long.
    code, out, err = _venue(venue.master, "blank", "screen-a")
    assert code == 1 and out["delivered"] is False and "screen-a did not answer" in err
    code, _, err = _venue(venue.master, "identify", "nobody")
    assert code == 1 and "nobody" in err and "screen-a" in err


def test_a_copy_hears_only_the_commands_to_itself(venue: Venue) -> None:
    """A screens credential may not listen to another machine's commands, nor send any."""
    link = _link(venue.stage)
    db = open_db(venue.screen)
    screen = replica.link_of(db)
    db.close()
    assert screen is not None
    errors: list[str] = []

    async def intrude() -> None:
        async def error(e: Exception) -> None:
            errors.append(str(e))

        nc = Client()
        await nc.connect(servers=[venue.hub.url], tls=client_context(screen.cert),
                         nkeys_seed_str=screen.seed, error_cb=error, allow_reconnect=False)
        try:
            await nc.subscribe("venue.cmd.stage-main")
            await nc.publish("venue.cmd.stage-main", json.dumps({"command": "blank"}).encode())
            await nc.flush()
            for _ in range(40):
                if len(errors) >= 2:
                    break
                await asyncio.sleep(0.05)
        finally:
            await nc.close()

    try:
        asyncio.run(intrude())
        assert any("subscription" in e.lower() and "venue.cmd.stage-main" in e for e in errors), \
            errors
        assert any("publish" in e.lower() and "venue.cmd.stage-main" in e for e in errors), errors
        assert not _orders(venue.stage).blank
    finally:
        link.close()


def test_slideshow_blanks_identifies_and_announces_alone(qtbot, venue: Venue) -> None:
    from PySide6.QtCore import QSize

    from kiosk.ui.slideshow.window import SlideshowWindow

    link = _link(venue.screen)
    window = SlideshowWindow(venue.screen, place=False, size=QSize(1280, 720), interval=3600)
    try:
        window.window.show()
        window.start()
        qtbot.waitExposed(window.window)
        # The first slide waits for its photo's copy, made at the lowest CPU priority: on a
        # machine whose cores are all busy (a loaded CI runner), only once one is free.
        qtbot.waitUntil(lambda: window.controller.shown_count >= 1, timeout=60_000)
        machine = window.machine
        assert machine is not None and machine.name == "screen-a"
        assert commands.send(venue.master, "screen-a", "blank")["delivered"]
        qtbot.waitUntil(lambda: machine.blank, timeout=3000)
        qtbot.wait(100)
        assert window.window.grabWindow().pixelColor(640, 360).value() == 0  # black, all of it
        # Identify shows the name over the blank screen too: the technician finds it anyway.
        assert commands.send(venue.master, "screen-a", "identify")["delivered"]
        qtbot.waitUntil(lambda: machine.identifying, timeout=3000)
        commands.send(venue.master, "screen-a", "unblank")
        qtbot.waitUntil(lambda: not machine.blank, timeout=3000)
        qtbot.wait(300)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        window.window.grabWindow().save(str(SCREENSHOTS / "machine-identify.png"))
        assert commands.send(venue.master, "screen-a", "announce", "Cars for table 12")["delivered"]
        qtbot.waitUntil(lambda: window.controller.announcementText == "Cars for table 12",
                        timeout=3000)
        commands.send(venue.master, "screen-a", "announce", None)
        qtbot.waitUntil(lambda: not window.controller.announcing, timeout=3000)
        # The slide it shows is noted in its file, for its heartbeat.
        db = open_db(venue.screen)
        try:
            qtbot.waitUntil(lambda: (machine_screen.showing(db) or {}).get("kind") == "slide",
                            timeout=3000)
        finally:
            db.close()
        qtbot.waitUntil(lambda: not machine.identifying, timeout=6000)  # five seconds, then gone
    finally:
        window.close()
        link.close()


def test_stage_blanks_and_identifies_and_tells_its_cue(qtbot, venue: Venue) -> None:
    from kiosk.fonts import load_fonts
    from kiosk.ui.stage.window import StageWindow

    load_fonts()  # as `kiosk stage` does
    link = _link(venue.stage)
    db = open_db(venue.stage)
    stage = StageWindow(db, animation_scale=0)
    try:
        stage.window.resize(1280, 720)
        stage.window.show()
        qtbot.waitExposed(stage.window)
        assert stage.machine is not None and stage.machine.name == "stage-main"
        qtbot.waitUntil(lambda: (machine_screen.showing(db) or {}).get("kind") == "cue",
                        timeout=3000)
        assert commands.send(venue.master, "stage-main", "blank")["delivered"]
        qtbot.waitUntil(lambda: stage.machine.blank, timeout=3000)
        assert stage.window.grabWindow().pixelColor(640, 360).value() == 0
        commands.send(venue.master, "stage-main", "unblank")
        assert commands.send(venue.master, "stage-main", "announce", "Five minutes")["delivered"]
        qtbot.waitUntil(lambda: stage.machine.announcement == "Five minutes"
                        and not stage.machine.blank, timeout=3000)
        qtbot.wait(200)
        stage.window.grabWindow().save(str(SCREENSHOTS / "machine-message-stage.png"))
        commands.send(venue.master, "stage-main", "announce", None)
        qtbot.waitUntil(lambda: stage.machine.announcement == "", timeout=3000)
        assert commands.send(venue.master, "stage-main", "identify")["delivered"]
        qtbot.waitUntil(lambda: stage.machine.identifying, timeout=3000)
        qtbot.wait(200)
        stage.window.grabWindow().save(str(SCREENSHOTS / "machine-identify-stage.png"))
    finally:
        stage.close()
        db.close()
        link.close()


def test_control_window_lists_what_each_machine_shows_and_commands_it(qtbot, venue: Venue) -> None:
    from PySide6.QtCore import Qt

    from kiosk.core.event import event_info
    from kiosk.ui.app import create_app
    from kiosk.ui.control.window import ControlWindow

    links = [_link(venue.screen), _link(venue.stage)]
    for copy, what in ((venue.screen, {"kind": "slide", "number": 4, "total": 31,
                                       "title": "Zoë Marchetti (test)"}),
                       (venue.stage, {"kind": "cue", "number": 2, "total": 12,
                                      "title": "Best Newcomer (test)"})):
        _show(copy, "slideshow" if copy == venue.screen else "stage", what)
    create_app(None, "control")
    db = open_db(venue.master)
    window = ControlWindow(db, venue.master, event_info(db))
    qtbot.addWidget(window)
    try:
        window.resize(1440, 1000)
        window.show()
        qtbot.waitExposed(window)
        card = window.venue

        def listed() -> bool:
            window.refresh()
            actions = card.actions
            return ("screen-a" in actions and "stage-main" in actions
                    and "Zoë Marchetti (test)" in actions["screen-a"].shows.text()
                    and "Best Newcomer (test)" in actions["stage-main"].shows.text())

        qtbot.waitUntil(listed, timeout=10_000)
        assert actions_text(card, "screen-a").startswith("Slide 4/31")
        qtbot.mouseClick(card.actions["screen-a"].blank, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: card.pending == 0, timeout=5000)
        assert _orders(venue.screen).blank and not _orders(venue.stage).blank
        qtbot.mouseClick(card.actions["stage-main"].identify, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: card.pending == 0, timeout=5000)
        assert _orders(venue.stage).identify_until
        card.send("stage-main", "announce", "Five minutes to the interval")
        qtbot.waitUntil(lambda: card.pending == 0, timeout=5000)
        assert _orders(venue.stage).announcement == "Five minutes to the interval"

        def blank_shown() -> bool:
            window.refresh()
            return card.actions["screen-a"].blank.text() == "Unblank"

        qtbot.waitUntil(blank_shown, timeout=5000)  # its next heartbeat says so
        window.grab().save(str(SCREENSHOTS / "control-venue-machines.png"))
        card.grab().save(str(SCREENSHOTS / "control-venue-card.png"))
        card.send("screen-a", "unblank")
        card.send("stage-main", "announce", None)
        qtbot.waitUntil(lambda: card.pending == 0, timeout=5000)
        assert not _orders(venue.screen).blank and _orders(venue.stage).announcement is None
    finally:
        window.close()
        db.close()
        for link in links:
            link.close()


def actions_text(card, name: str) -> str:  # noqa: ANN001
    return card.actions[name].shows.text()


def test_without_a_hub_the_control_is_told_so(tmp_path: Path) -> None:
    from door_support import build_event

    from kiosk.core.errors import KioskError

    master = build_event(tmp_path / "master.db")
    db = open_db(master)
    machines.register(db, "screens-7", "screens", "UPUBLIC")
    db.close()
    with pytest.raises(KioskError) as refused:
        commands.send(master, "screens-7", "identify")
    assert refused.value.code == "venue.hub_stopped"
    with pytest.raises(KioskError) as unknown:
        commands.send(master, "screens-7", "dance")
    assert unknown.value.code == "venue.bad_command"
    result = run_kiosk("--db", str(master), "venue", "blank", "screens-7")
    assert result.returncode == 1 and "hub is not running" in result.stderr
