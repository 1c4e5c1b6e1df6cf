"""The door window, driven as staff and scanners drive it: key bursts, typing, clicks, screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from door_support import CEREMONY, PARTY, build_event, guest_id, payloads
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from xsession import SCREENSHOTS

from kiosk.core import tickets
from kiosk.core.checkin import Door
from kiosk.core.db import open_db

os.environ["KIOSK_MUTE"] = "1"


class DoorRig:
    """A real door window on a real event file, with helpers to act on it as a person would."""

    def __init__(self, qtbot, path: Path, list_name: str | None = None, door: str = "B") -> None:
        from kiosk.fonts import load_fonts
        from kiosk.ui.door.main import DoorWindow

        load_fonts()
        self.qtbot = qtbot
        self.path = path
        self.db = open_db(path)
        self.door = DoorWindow(self.db, Door(self.db, list_name=list_name, door=door))
        self.window = self.door.window
        self.controller = self.door.controller
        self.controller.hold_scale = 1000  # verdicts stay until the test moves on
        self.window.resize(1920, 1080)
        self.window.show()
        qtbot.waitExposed(self.window)

    def close(self) -> None:
        self.door.shutdown()
        self.door.deleteLater()
        self.db.close()

    def item(self, name: str) -> QQuickItem:
        found = self.window.findChild(QObject, name) or _find_item(self.window.contentItem(), name)
        assert found is not None, f"no QML item named {name!r}"
        return found

    def text(self, name: str) -> str:
        return self.item(name).property("text")

    def key(self, text: str, key: int = 0, stamp: int = 0) -> None:
        """A key pressed and released; ``stamp``: the window system's time of the press, in ms."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(stamp)
            QCoreApplication.sendEvent(self.window, event)

    def burst(self, text: str) -> None:
        """A wedge scanner: every character at once, then Enter."""
        before = self.controller.scans_seen
        for ch in text:
            self.key(ch, ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0)
        self.key("\r", Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: self.controller.scans_seen > before, timeout=3000)
        self.settle()

    def type_slowly(self, text: str) -> None:
        """A person at the keyboard: well over the scanner's gap between keys (the pause between
        keys is what is being simulated), then until the door has passed every key on."""
        for ch in text:
            self.key(ch, ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0)
            self.qtbot.wait(90)
        self.qtbot.waitUntil(lambda: not self.door.wedge.buffer.pending, timeout=3000)

    def click(self, name: str) -> None:
        item = self.item(name)
        assert item.isVisible(), f"{name} is not visible"
        centre = item.mapToScene(item.boundingRect().center())
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(int(centre.x()), int(centre.y())))
        self.settle()

    def settle(self) -> None:
        """The side panel refreshes just after the verdict is painted: wait until it has."""
        self.qtbot.waitUntil(lambda: not self.controller._refresh_soon.isActive(), timeout=3000)

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"door-{name}.png"
        assert self.window.grabWindow().save(str(path))
        return path

    @property
    def kind(self) -> str:
        return self.controller.verdict.get("kind")

    @property
    def status(self) -> str:
        return self.controller.verdict.get("status")


def _find_item(root: QQuickItem, name: str) -> QQuickItem | None:
    """Items made by Repeaters and ListViews are found through the visual tree."""
    stack = [root]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(item.childItems())
    return None


@pytest.fixture
def extra_guests() -> int:
    return 30


@pytest.fixture
def rig(qtbot, event: Path):
    door = DoorRig(qtbot, event)
    yield door
    door.close()


def test_every_verdict_through_the_window(rig: DoorRig, event: Path, tmp_path: Path) -> None:
    codes = payloads(event)
    rig.screenshot("ready")
    assert rig.kind == "ready" and rig.text("readyLabel") == "READY"

    rig.burst(codes[2])  # Jean Dupont, ceremony, table 12
    assert (rig.kind, rig.status) == ("admitted", "admitted")
    assert rig.text("verdictTitle") == "ADMITTED" and rig.text("verdictName") == "Jean Dupont"
    rig.screenshot("admitted")

    rig.burst(codes[1])  # Stéphane Ratel, VIP
    assert (rig.kind, rig.status) == ("attention", "admitted")
    assert "VIP" in rig.text("verdictTitle") and rig.text("verdictNotes") == "VIP: escort to row A"
    rig.screenshot("vip")

    rig.burst(codes[guest_id(event, "Weber")])
    assert rig.kind == "attention" and "SECURITY" in rig.text("verdictTitle")

    rig.burst(codes[2])
    assert (rig.kind, rig.status) == ("duplicate", "duplicate")
    assert "door B" in rig.text("verdictMessage")
    rig.screenshot("duplicate")

    db = open_db(event)
    tickets.reissue(db, 4)
    db.close()
    rig.burst(codes[4])
    assert (rig.kind, rig.status) == ("refused", "revoked")
    assert "re-issued on" in rig.text("verdictMessage")
    rig.screenshot("revoked")

    rig.burst(codes[guest_id(event, "Benali")])
    assert (rig.kind, rig.status) == ("refused", "wrong_list")

    other = payloads(build_event(tmp_path / "other.db", name="Other Gala"))[1]
    rig.burst(other)
    assert rig.status == "invalid" and "another event" in rig.text("verdictMessage")
    rig.screenshot("invalid")

    rig.burst("HTTPS://EXAMPLE.COM/PROMO")
    assert rig.status == "invalid" and "web address" in rig.text("verdictMessage")
    rig.burst("X" * 100_000)
    assert rig.status == "invalid"
    rig.burst("\x01\x02GARBAGE\x1b\x7f")
    assert rig.status == "invalid"

    rig.click("exitToggle")
    assert rig.controller.exitMode and "EXIT" in rig.text("readyLabel") or rig.kind != "ready"
    rig.burst(codes[2])
    assert (rig.kind, rig.status) == ("exited", "exited")
    rig.screenshot("exit")
    rig.burst(codes[3])
    assert rig.status == "not_inside"
    rig.click("exitToggle")
    assert not rig.controller.exitMode
    rig.burst(codes[2])
    assert rig.status == "admitted" and rig.text("verdictTitle") == "WELCOME BACK"

    recorded = open_db(event)
    try:
        statuses = [r[0] for r in recorded.execute("SELECT status FROM scans ORDER BY id")]
    finally:
        recorded.close()
    assert statuses[:4] == ["admitted", "admitted", "admitted", "duplicate"]
    assert statuses.count("invalid") == 4 and "exited" in statuses


def test_wrong_list_door_and_counts(qtbot, event: Path) -> None:
    rig = DoorRig(qtbot, event, list_name=PARTY, door="A")
    try:
        codes = payloads(event)
        rig.burst(codes[2])  # ceremony only
        assert (rig.kind, rig.status) == ("refused", "wrong_list")
        assert CEREMONY in rig.text("verdictMessage")
        rig.screenshot("wrong-list")
        rig.burst(codes[1])
        qtbot.waitUntil(lambda: rig.text("count:" + PARTY).startswith("1 / "), timeout=2000)
        assert rig.item("insideNow").property("text") == "1"
    finally:
        rig.close()


def test_azerty_and_qwertz_bursts_admit(rig: DoorRig, event: Path) -> None:
    codes = payloads(event)
    azerty = {"A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", "1": "&", "2": "é", "3": '"',
              "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç", "0": "à"}
    rig.burst("".join(azerty.get(c, c) for c in codes[2]))
    assert rig.status == "admitted"
    rig.burst("".join({"Y": "Z", "Z": "Y"}.get(c, c) for c in codes[3]).lower())
    assert rig.status == "admitted"


def test_a_scan_that_arrives_late_and_bunched_is_still_one_scan(rig: DoorRig, event: Path) -> None:
    """The laptop was busy between a scan's first two keys (a commit, a screenshot, a keymap
    reload): the keys, pressed 4 ms apart, reach the window 250 ms apart, then all at once."""
    code = payloads(event)[2]
    clock = [10_000.0]
    rig.door.wedge.now_ms = lambda: clock[0]
    before = rig.controller.scans_seen
    for i, ch in enumerate(code):
        clock[0] += 250 if i == 1 else 0.1
        rig.key(ch, ord(ch.upper()) if ch.isalnum() else 0, stamp=900_000 + 4 * i)
    rig.key("\r", Qt.Key.Key_Return, stamp=900_000 + 4 * len(code))
    rig.qtbot.waitUntil(lambda: rig.controller.scans_seen > before, timeout=3000)
    assert rig.status == "admitted"
    assert rig.item("searchField").property("text") == ""  # not a letter of it was typed there


def test_party_companions_one_by_one(rig: DoorRig, event: Path) -> None:
    gid = guest_id(event, "Lefèvre")
    rig.burst(payloads(event)[gid])
    assert rig.status == "admitted" and rig.controller.verdict["companionsLeft"] == 2
    rig.screenshot("party")
    rig.click("companionButton")
    assert rig.status == "companion" and rig.controller.verdict["companionsLeft"] == 1
    rig.click("companionButton")
    assert rig.status == "companion" and rig.controller.verdict["companionsLeft"] == 0
    assert not rig.item("companionButton").isVisible()


def test_person_typing_searches_and_admits_manually(rig: DoorRig) -> None:
    field = rig.item("searchField")
    field.forceActiveFocus()
    rig.type_slowly("stephane")
    assert field.property("text") == "stephane"
    assert rig.controller.verdict["kind"] == "ready"  # typing is not a scan
    rows = rig.controller.search_model.rows()
    assert [r["name"] for r in rows] == ["Stéphane Ratel"]
    rig.settle()
    rig.screenshot("search")
    rig.click("admitButton")
    assert rig.status == "admitted" and rig.controller.last_result.code == "scan.manual"


def test_typing_with_nothing_focused_goes_to_the_search(rig: DoorRig) -> None:
    rig.type_slowly("dupont")
    assert rig.item("searchField").property("text") == "dupont"
    assert [r["name"] for r in rig.controller.search_model.rows()] == ["Jean Dupont"]


def test_scan_while_typing_in_the_search_box_goes_to_the_door(rig: DoorRig, event: Path) -> None:
    field = rig.item("searchField")
    field.forceActiveFocus()
    rig.type_slowly("rat")
    rig.burst(payloads(event)[2])
    assert rig.status == "admitted"
    assert field.property("text") == "rat"  # the burst never reached the field


def test_undo_with_a_reason_through_the_dialog(rig: DoorRig, event: Path) -> None:
    rig.burst(payloads(event)[2])
    rig.click("undoButton")
    dialog = rig.item("undoDialog")
    assert dialog.property("opened") or dialog.property("visible")
    rig.click("undoConfirm")  # no reason yet: refused, dialog stays
    assert dialog.property("visible") and rig.status == "admitted"
    reason = rig.item("undoReason")
    reason.setProperty("text", "scanned the wrong ticket")
    rig.screenshot("undo")
    rig.click("undoConfirm")
    assert rig.status == "undone"
    db = open_db(event)
    try:
        assert db.execute("SELECT status, reason FROM scans ORDER BY id DESC").fetchone() == (
            "undone", "scanned the wrong ticket")
    finally:
        db.close()


def test_verdict_returns_to_ready_by_itself(rig: DoorRig, event: Path) -> None:
    rig.controller.hold_scale = 0.02
    rig.burst(payloads(event)[2])
    rig.qtbot.waitUntil(lambda: rig.kind == "ready", timeout=2000)


def test_french_interface(qtbot, event: Path) -> None:
    from kiosk import i18n

    i18n.install("fr")
    try:
        rig = DoorRig(qtbot, event)
        try:
            assert rig.text("readyLabel") == "PRÊT"
            rig.burst(payloads(event)[2])
            assert rig.text("verdictTitle") == "ADMIS"
            assert "Bienvenue" in rig.text("verdictMessage")
            rig.burst(payloads(event)[2])
            assert rig.text("verdictTitle") == "DÉJÀ ENTRÉ"
            rig.screenshot("duplicate-fr")
        finally:
            rig.close()
    finally:
        i18n.install("en")


def test_a_scan_that_cannot_be_recorded_says_so(rig: DoorRig, event: Path) -> None:
    import sqlite3

    code = payloads(event)[2]
    rig.db.execute("PRAGMA busy_timeout = 200")
    blocker = sqlite3.connect(str(event), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        rig.burst(code)
        assert rig.kind == "refused" and rig.status == "error"
        assert "NOT recorded" in rig.text("verdictMessage")
        rig.screenshot("not-recorded")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    rig.burst(code)
    assert rig.status == "admitted"
