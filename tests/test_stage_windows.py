"""The audience and presenter windows, offscreen: every kind of card, keys, restart, letterbox."""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import pytest
from pictures import rgb, white_pixels
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest

from kiosk.core import show
from kiosk.core.db import open_db, write
from kiosk.core.show import settings

SHOTS = Path(os.environ.get("KIOSK_SCREENSHOTS",
                            Path(__file__).resolve().parent.parent / "out" / "screenshots"))
K = Qt.Key


@pytest.fixture
def other(demo_db_path):
    """Another connection: the shell, the control window, the other stage window."""
    db = open_db(demo_db_path)
    yield db
    db.close()


@pytest.fixture
def make_stage(qapp, demo_db_path):
    from kiosk.fonts import load_fonts
    from kiosk.ui.stage.window import StageWindow

    load_fonts()
    made = []

    def make(presenter=False, rehearsal=False, size=(1920, 1080), scale=0.02):
        db = open_db(demo_db_path)
        stage = StageWindow(db, presenter=presenter, rehearsal=rehearsal, animation_scale=scale)
        stage.window.resize(*size)
        stage.window.show()
        made.append(stage)
        return stage

    yield make
    for stage in made:
        stage.close()
        stage.window.deleteLater()
        stage.db.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def current_card(stage):
    view = stage.window.findChild(type(stage.window.contentItem()), "cueView")
    return view.property("current")


def settle(qtbot, stage, ms=250):
    """Until the card's entrance (at 2% of its real length) has played and its pictures loaded.

    A fixed time: no one property says a card is still (its animations, timers and deferred
    layout are spread over its QML)."""
    qtbot.waitExposed(stage.window)
    qtbot.wait(ms)


def grab(stage, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = stage.window.grabWindow()
    path = SHOTS / f"{name}.png"
    assert image.save(str(path))
    # Not a blank frame: the card drew something bright on the dark set.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 41)}
    assert len(colours) > 20, name
    return image


def go(qtbot, stage, other, index):
    show.move(other, "goto", index)
    qtbot.waitUntil(lambda: stage.controller.index == index, timeout=2000)


def test_every_kind_of_card(qtbot, make_stage, other, tmp_path) -> None:
    show.add_cue(other, show.CustomCard("Highlights: the Am Cup season", kind="video",
                                        body="Three minutes of the best of 2017",
                                        position="envelope:1",
                                        media=str(tmp_path / "missing-reel.mp4")))
    with write(other):
        settings.put(other, "stage.nominees", "one_by_one")
    show.rebuild_cues(other)
    stage = make_stage()
    settle(qtbot, stage)
    seen = set()
    for cue in show.load_cues(other):
        kind = cue["kind"]
        if kind in seen and not (kind == "custom" and cue["index"] < 3):
            continue
        seen.add(kind)
        go(qtbot, stage, other, cue["index"])
        settle(qtbot, stage, 300)
        card = current_card(stage)
        assert card.property("cue")["kind"] == kind
        image = grab(stage, f"stage-{kind}")
        if kind in ("category", "nominee", "envelope"):  # a title in big white letters
            assert white_pixels(rgb(image)) > 20_000, f"the {kind} card's big text is missing"
    assert seen == set(show.KINDS) - {"nominees"}
    # The long name of the Overall champion's rival, and a CJK name, shrink to fit.
    with write(other):
        settings.put(other, "stage.nominees", "together")
    show.rebuild_cues(other)
    cues = show.load_cues(other)
    silver = next(c for c in cues if c["kind"] == "nominees" and "Silver" in c["title"])
    go(qtbot, stage, other, silver["index"])
    settle(qtbot, stage, 300)
    assert current_card(stage).property("cue")["kind"] == "nominees"
    grab(stage, "stage-nominees")
    overall = [c for c in cues if c["kind"] == "winner"][-1]
    go(qtbot, stage, other, overall["index"])
    settle(qtbot, stage, 400)
    grab(stage, "stage-winner-long-name")
    show.move(other, "blackout_on")
    qtbot.waitUntil(lambda: stage.controller.blackout, timeout=2000)
    settle(qtbot, stage, 200)
    image = stage.window.grabWindow()
    image.save(str(SHOTS / "stage-blackout.png"))
    assert {image.pixel(x, y) for x in range(0, 1920, 97) for y in range(0, 1080, 89)} == \
        {image.pixel(0, 0)}


def test_restart_lands_on_the_final_state_without_replaying(qtbot, make_stage, other) -> None:
    winner = next(c for c in show.load_cues(other) if c["kind"] == "winner")
    show.move(other, "goto", winner["index"])
    stage = make_stage(scale=1.0)  # real animation lengths
    qtbot.waitExposed(stage.window)
    card = current_card(stage)
    assert card.property("cue")["kind"] == "winner"
    assert card.property("animate") is False
    assert stage.controller.animate is False
    qtbot.wait(50)  # far less than the reveal's length: it is already complete
    grab(stage, "stage-restart-winner")


def test_clicker_keys_drive_the_show(qtbot, make_stage, other) -> None:
    stage = make_stage()
    settle(qtbot, stage)
    window = stage.window
    QTest.keyClick(window, K.Key_PageDown)
    assert show.state(other).cursor == 1
    QTest.keyClick(window, K.Key_Right)
    QTest.keyClick(window, K.Key_Space)
    assert show.state(other).cursor == 3
    QTest.keyClick(window, K.Key_PageUp)
    QTest.keyClick(window, K.Key_Backspace)
    assert show.state(other).cursor == 1
    # The R400 start button, Esc, Tab: nothing moves, nothing blanks, the window stays.
    for key, mods in ((K.Key_F5, Qt.KeyboardModifier.NoModifier),
                      (K.Key_F5, Qt.KeyboardModifier.ShiftModifier),
                      (K.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (K.Key_Tab, Qt.KeyboardModifier.NoModifier)):
        QTest.keyClick(window, key, mods)
    state = show.state(other)
    assert (state.cursor, state.blackout) == (1, False) and window.isVisible()
    QTest.keyClick(window, K.Key_B)
    assert show.state(other).blackout is True
    QTest.keyClick(window, K.Key_Period)
    assert show.state(other).blackout is False
    # A window manager's close request is refused.
    event = QCloseEvent()
    QCoreApplication.sendEvent(window, event)
    assert window.isVisible()


def test_double_click_cannot_skip_a_winner(qtbot, make_stage, other) -> None:
    cues = show.load_cues(other)
    category = next(c for c in cues if c["kind"] == "category")
    show.move(other, "goto", category["index"])
    stage = make_stage()
    settle(qtbot, stage)
    # A brisk MC: nominees, envelope, winner in quick presses, then a double click.
    for _ in range(5):
        QTest.keyClick(stage.window, K.Key_PageDown)
    assert show.status(other)["kind"] == "winner"
    assert show.state(other).cursor == category["index"] + 3
    now = stage.clicker.clock()
    stage.clicker.clock = lambda: now + (stage.controller.guard_ms + 1) / 1000  # the guard passed
    QTest.keyClick(stage.window, K.Key_PageDown)
    assert show.state(other).cursor == category["index"] + 4


def test_window_follows_another_process(qtbot, make_stage, other) -> None:
    stage = make_stage()
    settle(qtbot, stage)
    show.move(other, "goto", 4)
    qtbot.waitUntil(lambda: stage.controller.index == 4, timeout=1000)
    assert current_card(stage).property("cue")["kind"] == show.status(other)["kind"]
    card = current_card(stage)
    show.add_cue(other, show.CustomCard("Late card", position="opening"))
    qtbot.waitUntil(lambda: stage.controller.count == show.state(other).count, timeout=1000)
    assert stage.controller.index == 5
    # The card on screen was not touched: a cue added elsewhere changes nothing the room sees.
    assert current_card(stage) is card


@pytest.mark.parametrize("size", [(1024, 768), (2560, 1080)])
def test_other_aspect_ratios_are_letterboxed(qtbot, make_stage, other, size) -> None:
    winner = next(c for c in show.load_cues(other) if c["kind"] == "winner")
    show.move(other, "goto", winner["index"])
    stage = make_stage(size=size)
    settle(qtbot, stage)
    image = grab(stage, f"stage-letterbox-{size[0]}x{size[1]}")
    scale = min(size[0] / 1920, size[1] / 1080)
    bar_w = int((size[0] - 1920 * scale) / 2)
    bar_h = int((size[1] - 1080 * scale) / 2)
    assert image.width() == size[0]
    black = image.pixel(0, 0)
    assert image.pixelColor(0, 0).name() == "#000000"
    if bar_h > 2:  # bars above and below, the whole width of the canvas visible
        assert image.pixel(size[0] // 2, bar_h - 2) == black
        assert image.pixel(size[0] // 2, bar_h + 4) != black
    if bar_w > 2:
        assert image.pixel(bar_w - 2, size[1] // 2) == black


def test_presenter_hides_the_upcoming_winner(qtbot, make_stage, other) -> None:
    cues = show.load_cues(other)
    envelope = next(c for c in cues if c["kind"] == "envelope")
    show.move(other, "goto", envelope["index"])
    stage = make_stage(presenter=True)
    settle(qtbot, stage, 300)
    nxt = stage.controller.nextCue
    assert nxt["kind"] == "winner" and nxt["winner"] is None and nxt["winnerHidden"] is True
    grab(stage, "stage-presenter-envelope")
    with write(other):
        settings.put(other, "stage.presenter_shows_winner", "on")
        settings.bump_revision(other)
    qtbot.waitUntil(lambda: stage.controller.showUpcomingWinner, timeout=1000)
    assert stage.controller.nextCue["winner"]["name"] == cues[envelope["index"] + 1][
        "winner"]["name"]
    show.move(other, "next")
    qtbot.waitUntil(lambda: stage.controller.cue["kind"] == "winner", timeout=1000)
    settle(qtbot, stage, 200)
    grab(stage, "stage-presenter-winner")
    QTest.keyClick(stage.window, K.Key_PageUp)
    assert show.state(other).cursor == envelope["index"]


def test_rehearsal_shows_placeholder_winners(qtbot, make_stage, other) -> None:
    cues = show.load_cues(other)
    winner = next(c for c in cues if c["kind"] == "winner")
    show.move(other, "goto", winner["index"], rehearsal=True)
    stage = make_stage(rehearsal=True)
    settle(qtbot, stage, 300)
    cue = stage.controller.cue
    assert cue["kind"] == "winner" and cue["winner"]["placeholder"] is True
    assert cue["winner"]["name"] == "" and not cue["winner"]["photo"]
    grab(stage, "stage-rehearsal-winner")
    QTest.keyClick(stage.window, K.Key_PageDown)
    assert show.state(other, rehearsal=True).cursor == winner["index"] + 1
    assert show.state(other).cursor == 0  # the real show has not moved
    presenter = make_stage(presenter=True, rehearsal=True)
    settle(qtbot, presenter, 300)
    grab(presenter, "stage-presenter-rehearsal")


def test_unplayable_video_shows_its_still_card(qtbot, make_stage, other, tmp_path) -> None:
    bad = tmp_path / "reel.mp4"
    bad.write_bytes(b"\x00\x00\x00\x20ftypisom" + b"\x00" * 400)  # an MP4's first bytes...
    at = show.add_cue(other, show.CustomCard("Season highlights", kind="video",
                                             position="opening", media=str(bad)))
    bad.write_bytes(b"this is not a video" * 100)  # ...replaced since: never given to the player
    show.move(other, "goto", at)
    stage = make_stage()
    settle(qtbot, stage)
    card = current_card(stage)
    assert card.property("cue")["kind"] == "video"
    qtbot.waitUntil(lambda: card.property("failed") is True, timeout=5000)
    settle(qtbot, stage, 200)
    grab(stage, "stage-video-unplayable")
    QTest.keyClick(stage.window, K.Key_PageDown)  # the clicker skips it
    assert show.state(other).cursor == at + 1


def _chunk(fourcc: bytes, data: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")


def _list(kind: bytes, body: bytes) -> bytes:
    return b"LIST" + struct.pack("<I", len(body) + 4) + kind + body


def write_mjpeg_avi(path: Path, frames: int = 48, fps: int = 12, size=(320, 180)) -> Path:
    """A real, playable Motion-JPEG AVI (no ffmpeg needed to make one): a highlight reel."""
    from PIL import Image, ImageDraw

    w, h = size
    jpegs = []
    for i in range(frames):
        image = Image.new("RGB", size, (20 + i * 4, 30, 90))
        ImageDraw.Draw(image).rectangle([i * 6 % w, 60, i * 6 % w + 40, 120], fill=(212, 175, 90))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=80)
        jpegs.append(buffer.getvalue())
    biggest = max(len(j) for j in jpegs)
    avih = struct.pack("<IIIIIIIIII4I", 1_000_000 // fps, biggest * fps, 0, 0x10, frames, 0, 1,
                       biggest, w, h, 0, 0, 0, 0)
    strh = struct.pack("<4s4sIHHIIIIIIIIhhhh", b"vids", b"MJPG", 0, 0, 0, 0, 1, fps, 0, frames,
                       biggest, 0xFFFFFFFF, 0, 0, 0, w, h)
    strf = struct.pack("<IiiHH4sIiiII", 40, w, h, 1, 24, b"MJPG", w * h * 3, 0, 0, 0, 0)
    header = _list(b"hdrl", _chunk(b"avih", avih)
                   + _list(b"strl", _chunk(b"strh", strh) + _chunk(b"strf", strf)))
    movie, index, offset = b"", b"", 4
    for jpeg in jpegs:
        piece = _chunk(b"00dc", jpeg)
        index += b"00dc" + struct.pack("<III", 0x10, offset, len(jpeg))
        offset += len(piece)
        movie += piece
    body = b"AVI " + header + _list(b"movi", movie) + _chunk(b"idx1", index)
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


def test_video_cue_plays_and_the_clicker_skips_it(qtbot, make_stage, other, tmp_path) -> None:
    reel = write_mjpeg_avi(tmp_path / "am-cup-highlights.avi")
    at = show.add_cue(other, show.CustomCard("Am Cup: the season", kind="video",
                                             position="envelope:1", media=str(reel)))
    assert show.load_cues(other)[at + 1]["kind"] == "envelope"
    stage = make_stage()
    settle(qtbot, stage)
    show.move(other, "goto", at)
    qtbot.waitUntil(lambda: stage.controller.index == at, timeout=2000)
    card = current_card(stage)
    assert card.property("cue")["kind"] == "video" and card.property("cue")["mediaOk"]
    qtbot.waitUntil(lambda: card.property("playing") is True, timeout=5000)
    assert card.property("failed") is False
    # The reel's frames are on screen (painted without a GPU too), not a black screen.
    qtbot.waitUntil(lambda: stage.window.grabWindow().pixelColor(960, 540).name() != "#000000",
                    timeout=5000)
    stage.window.grabWindow().save(str(SHOTS / "stage-video-playing.png"))
    QTest.keyClick(stage.window, K.Key_PageDown)  # the clicker skips the rest of the reel
    assert show.status(other)["kind"] == "envelope"


def running_animations(window) -> list[str]:
    """The animations running in a window, each named with the items it sits in."""
    from PySide6.QtCore import QObject

    found = []
    for thing in window.findChildren(QObject):
        if "Animat" in thing.metaObject().className() and thing.property("running"):
            names, parent = [], thing
            while parent is not None and len(names) < 4:
                names.append(parent.metaObject().className().split("_QML")[0])
                parent = parent.parent()
            found.append(" in ".join(names))
    return found


def test_a_card_at_rest_runs_no_animation_and_draws_nothing(qtbot, make_stage, other) -> None:
    """Once a card's entrance is over nothing moves, seen or unseen: no animation runs (on the
    card, on the cards built ahead for the next and previous cues, on the set, under the
    blackout), so the window draws no frame and costs no CPU."""
    stage = make_stage()  # entrances at 2 % of their length
    settle(qtbot, stage)
    window = stage.window
    frames = []
    window.frameSwapped.connect(lambda: frames.append(1))
    winner = next(c["index"] for c in show.load_cues(other) if c["kind"] == "winner")
    for step in range(winner + 2):
        if step:
            QTest.keyClick(window, K.Key_B if step > winner else K.Key_PageDown)
        what = "the blackout" if step > winner else stage.controller.current_cue()["kind"]
        qtbot.wait(500)  # the longest entrance (the confetti's fall) lasts 170 ms here
        assert running_animations(window) == [], f"animations running on {what}"
        # A late frame may come (a photo of a card built ahead loads): then the window rests.
        for _ in range(10):
            frames.clear()
            qtbot.wait(300)
            if not frames:
                break
        assert frames == [], f"frames drawn on {what} at rest, 300 ms after 300 ms"
