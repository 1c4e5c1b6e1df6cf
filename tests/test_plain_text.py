"""Text from a scan, a guest list, an awards or legends file or an announcement is shown as
text on every window: markup is never rendered, and `<img src=http://...>` fetches nothing.

A real HTTP server listens on a free loopback port and counts what the kiosk asks of it.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from door_support import build_event, payloads
from PySide6.QtCore import QSize, Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow
from xsession import SCREENSHOTS

from kiosk.core import announcements
from kiosk.core.db import open_db, write

os.environ["KIOSK_MUTE"] = "1"
QML = Path(__file__).resolve().parent.parent / "resources" / "qml"
PLAIN = 0  # Text.PlainText
TEXT_TYPES = ("Text", "TextEdit", "TextArea")
# Text items of Qt's own controls that only ever show a fixed, translated string of ours
# (a TextField's placeholderText), never data.
FIXED = {"QQuickPlaceholderText"}


class Requests:
    """A real web server on 127.0.0.1: every request it receives is remembered."""

    def __init__(self) -> None:
        seen = self.seen = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                seen.append(self.path)
                self.send_response(404)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def web() -> Iterator[Requests]:
    server = Requests()
    yield server
    server.close()


def hostile(port: int) -> list[str]:
    return ["<font color=green size=7>ADMITTED</font>",
            f"<img src=http://127.0.0.1:{port}/scan.png>",
            f'<b>VIP</b><img src="http://127.0.0.1:{port}/scan2.png" width=900>']


# --------------------------------------------------------------------------- every QML file


def _blocks(source: str, kinds: tuple[str, ...]) -> Iterator[tuple[int, str, str]]:
    """(line, type, own text without nested objects) of each object of the given types."""
    code = re.sub(r"//[^\n]*", "", source)
    code = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', code)
    for match in re.finditer(r"\b(" + "|".join(kinds) + r")\s*\{", code):
        depth, own, index = 1, [], match.end()
        while depth and index < len(code):
            char = code[index]
            depth += char == "{"
            depth -= char == "}"
            if depth == 1 and char not in "{}":
                own.append(char)
            index += 1
        yield code.count("\n", 0, match.start()) + 1, match.group(1), "".join(own)


def test_every_qml_text_declares_its_format() -> None:
    missing = []
    for path in sorted(QML.rglob("*.qml")):
        for line, kind, own in _blocks(path.read_text("utf-8"), TEXT_TYPES):
            found = re.search(r"\btextFormat\s*:\s*([\w.]+)", own)
            if found is None:
                missing.append(f"{path.relative_to(QML)}:{line}: {kind} without textFormat")
            elif found.group(1) != "Text.PlainText":
                missing.append(f"{path.relative_to(QML)}:{line}: {kind} is {found.group(1)}")
    assert missing == []


# --------------------------------------------------------------------------- every live window


def text_items(window: QQuickWindow) -> list[QQuickItem]:
    """Every text item of a window, by its item tree and by its object tree (popups too)."""
    found: dict[int, QQuickItem] = {}
    pending = [window.contentItem()]
    pending += window.findChildren(QQuickItem)
    while pending:
        item = pending.pop()
        # Only items: a wrapper PySide keeps for a QMetaObject freed with its item can be
        # handed back for a new item born at the same address (seen once, as 'QMetaObject').
        if not isinstance(item, QQuickItem) or id(item) in found:
            continue
        found[id(item)] = item
        pending.extend(item.childItems())
    return [item for item in found.values() if item.inherits("QQuickText")
            or item.inherits("QQuickTextEdit")]


def text_format(item: QQuickItem, window: QQuickWindow) -> int:
    """The item's textFormat (PySide cannot convert the enum: QML reads it for us)."""
    context = QQmlEngine.contextForObject(item) or QQmlEngine.contextForObject(window)
    value, failed = QQmlExpression(context, item, "textFormat").evaluate()
    assert not failed
    return int(value)


def not_plain(window: QQuickWindow) -> list[str]:
    wrong = []
    for item in text_items(window):
        if any(item.inherits(name) for name in FIXED):  # no metaObject() wrapper left behind
            continue
        if text_format(item, window) != PLAIN:
            wrong.append(f"{item.metaObject().className()} {item.objectName()!r}: "
                         f"{item.property('text')!r}")
    return wrong


def shown_texts(window: QQuickWindow) -> list[str]:
    return [item.property("text") or "" for item in text_items(window) if item.isVisible()]


def settle(qtbot, window: QQuickWindow, ms: int = 400) -> None:  # noqa: ANN001
    window.grabWindow()  # lays out and paints everything on screen
    qtbot.wait(ms)
    window.grabWindow()


@pytest.fixture
def hostile_event(tmp_path: Path, web: Requests) -> Path:
    """An event whose guest list and event name hold markup (as typed on Eventbrite)."""
    path = build_event(tmp_path / "gala.db")
    db = open_db(path)
    try:
        with write(db):
            db.execute("UPDATE guests SET first_name = ?, last_name = ?, organisation = ?,"
                       " notes = ? WHERE id = 1",
                       ["<font color=green size=7>ADMITTED</font>",
                        f"<img src=http://127.0.0.1:{web.port}/name.png>",
                        f"<img src=file:///etc/passwd><img src=http://127.0.0.1:{web.port}/org.png>",
                        f"VIP: <a href=http://127.0.0.1:{web.port}/>click</a>"])
            db.execute("UPDATE event SET name = ?", [f"<img src=http://127.0.0.1:{web.port}/event.png>"])
    finally:
        db.close()
    return path


@contextmanager
def door_window(qtbot, path: Path) -> Iterator:  # noqa: ANN001
    from kiosk.core.checkin import Door
    from kiosk.ui.app import load_fonts
    from kiosk.ui.door.main import DoorWindow

    load_fonts()
    db = open_db(path)
    door = DoorWindow(db, Door(db, door="B"))
    door.controller.hold_scale = 1000
    door.window.resize(1600, 900)
    door.window.show()
    qtbot.waitExposed(door.window)
    try:
        yield door
    finally:
        door.shutdown()
        door.deleteLater()
        db.close()


def test_the_door_shows_scanned_markup_as_text_and_fetches_nothing(qtbot, hostile_event, web) -> None:
    with door_window(qtbot, hostile_event) as door:
        assert not_plain(door.window) == []
        for code in hostile(web.port):
            door.controller.scan(code)
            settle(qtbot, door.window)
            assert door.controller.verdict["kind"] == "refused"
            assert not_plain(door.window) == []
        door.controller.scan(payloads(hostile_event)[1])  # the guest whose name is markup
        settle(qtbot, door.window)
        assert door.controller.verdict["status"] == "admitted"
        texts = "\n".join(shown_texts(door.window))
        assert "<font color=green size=7>ADMITTED</font>" in texts
        assert f"<img src=http://127.0.0.1:{web.port}/name.png>" in texts
        assert f"<img src=http://127.0.0.1:{web.port}/event.png>" in texts
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        door.window.grabWindow().save(str(SCREENSHOTS / "door-markup-as-text.png"))
        door.controller.search("ADMITTED")  # the same name in the search results
        settle(qtbot, door.window)
        assert not_plain(door.window) == []
    assert web.seen == []


def test_the_slideshow_shows_an_announcement_as_text(qtbot, db_path: Path, web) -> None:
    from kiosk.ui.slideshow.window import SlideshowWindow

    db = open_db(db_path)
    try:
        with write(db):
            db.execute("INSERT INTO slides(kind, title, body, position) VALUES ('sponsor', ?, ?, 1)",
                       [f"<img src=http://127.0.0.1:{web.port}/title.png>", "<i>body</i>"])
        message = f"<font size=7 color=red>EVACUATE</font><img src=http://127.0.0.1:{web.port}/a.png>"
        announcements.announce(db, announcements.AnnounceRequest(message))
    finally:
        db.close()
    show = SlideshowWindow(db_path, place=False, size=QSize(1280, 720), interval=3600, animation_scale=0)
    show.window.show()
    try:
        show.start()
        qtbot.waitUntil(lambda: show.controller.announcing, timeout=5000)
        qtbot.waitUntil(lambda: show.controller.shown_count >= 1, timeout=20_000)
        settle(qtbot, show.window, 600)
        assert not_plain(show.window) == []
        assert message in shown_texts(show.window)
    finally:
        show.close()
    assert web.seen == []


@pytest.mark.parametrize("presenter", [False, True])
def test_the_stage_windows_show_text_as_text(qtbot, demo_db_path: Path, web, presenter: bool) -> None:
    from kiosk.ui.app import load_fonts
    from kiosk.ui.stage.window import StageWindow

    img = f"<img src=http://127.0.0.1:{web.port}/stage.png>"
    db = open_db(demo_db_path)
    with write(db):  # an awards file typed with markup
        db.execute("UPDATE nominees SET name = ? || name, team = ?", [img, "<b>Team</b>"])
        db.execute("UPDATE award_categories SET title = ? || title, sponsor = ?", [img, img])
        db.execute("UPDATE cues SET title = ? || title, body = ?, notes = ?", [img, img, img])
    load_fonts()
    stage = StageWindow(db, presenter=presenter, animation_scale=0.02)
    stage.window.resize(1280, 720)
    stage.window.show()
    try:
        qtbot.waitExposed(stage.window)
        for _ in range(8):  # a title card, a category, its nominees, the envelope, the winner
            settle(qtbot, stage.window, 150)
            assert not_plain(stage.window) == []
            stage.controller.forward()
        assert any(img in text for text in shown_texts(stage.window))
    finally:
        stage.close()
        stage.window.deleteLater()
        db.close()
    assert web.seen == []


def test_the_control_window_labels_are_plain_text(qtbot, demo_db_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from kiosk.core.event import event_info
    from kiosk.ui.app import create_app
    from kiosk.ui.control.window import ControlWindow

    create_app(None, "control")
    db = open_db(demo_db_path)
    try:
        window = ControlWindow(db, demo_db_path, event_info(db))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        labels = window.findChildren(QLabel)
        assert labels
        rich = [f"{label.objectName()}: {label.text()!r}" for label in labels
                if label.textFormat() != Qt.TextFormat.PlainText]
        assert rich == []
        window.close()
    finally:
        db.close()
