"""A real organiser's night on stage: the event's own logo, colours, prizes and flags, none of the
demo's; cues numbered from 1; an event with no awards says what to import; no grey light box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from kiosk.core import identity, show
from kiosk.core.db import open_db
from kiosk.core.identity import IdentityChange
from kiosk.core.importers import import_awards

MARK = ('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        '<rect width="100" height="100" fill="#00ff00"/></svg>')
AWARDS = ("category,order,sponsor,nominee,team,car,nationality,photo,winner,prize\n"
          "Meilleur pilote,1,Maison Dupré,Ana Souza,Équipe Azur,Alpine A110,BR,,yes,Un casque d'or\n"
          "Meilleur pilote,1,Maison Dupré,Kenji Ito,Équipe Rouge,Alpine A110,JP,,,\n"
          "Meilleure équipe,2,,Équipe Azur,Équipe Azur,,FR,,yes,\n")


@pytest.fixture
def gala(db_path: Path, tmp_path: Path) -> Path:
    """'My Gala': not the demo, with its own logo, colour, prize wording and French awards."""
    (tmp_path / "awards.csv").write_text(AWARDS, encoding="utf-8")
    (tmp_path / "mark.svg").write_text(MARK)
    db = open_db(db_path)
    identity.change(db, IdentityChange(name="My Gala", venue="Salle Pleyel", date="2026-06-12",
                                       logo=tmp_path / "mark.svg", accent="#00a3e0", prize=""))
    import_awards(db, tmp_path / "awards.csv")
    show.rebuild_cues(db)
    db.close()
    return db_path


@pytest.fixture
def make_stage(qapp):
    from kiosk.fonts import load_fonts
    from kiosk.ui.stage.window import StageWindow

    load_fonts()
    made = []

    def make(path: Path, presenter: bool = False):
        db = open_db(path)
        stage = StageWindow(db, presenter=presenter, animation_scale=0.0)
        stage.window.resize(1920, 1080)
        stage.window.show()
        made.append(stage)
        return stage

    yield make
    for stage in made:
        stage.close()
        stage.window.deleteLater()
        stage.db.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _find(stage, name: str):
    stack = [stage.window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(item.childItems())
    return stage.window.findChild(QObject, name)


def _goto(qtbot, stage, path: Path, index: int) -> None:
    db = open_db(path)
    show.move(db, "goto", index)
    db.close()
    qtbot.waitUntil(lambda: stage.controller.index == index, timeout=2000)
    qtbot.wait(200)


def _winners(path: Path) -> list[int]:
    db = open_db(path)
    try:
        return [c["index"] for c in show.load_cues(db) if c["kind"] == "winner"]
    finally:
        db.close()


def test_the_opening_shows_the_event_s_logo_and_colour(qtbot, make_stage, gala: Path) -> None:
    stage = make_stage(gala)
    qtbot.waitExposed(stage.window)
    qtbot.wait(300)
    image = stage.window.grabWindow()
    image.save(str(Path(gala).with_name("opening.png")))
    greens = sum(1 for x in range(600, 1320, 20) for y in range(160, 500, 20)
                 if image.pixelColor(x, y).green() > 200 and image.pixelColor(x, y).red() < 60)
    assert greens > 50, "the event's logo is on the opening card"
    theme = stage.window.property("theme")
    assert theme["colors"]["primary"] == "#00a3e0" and theme["event"]["name"] == "My Gala"


def test_winner_cards_show_the_category_prize_or_none(qtbot, make_stage, gala: Path) -> None:
    stage = make_stage(gala)
    first, second = _winners(gala)
    _goto(qtbot, stage, gala, first)
    line = _find(stage, "prizeLine")
    assert line is not None and line.isVisible()
    _goto(qtbot, stage, gala, second)
    assert not _find(stage, "prizeLine").isVisible()  # no category prize, no event prize: no line
    db = open_db(gala)
    identity.change(db, IdentityChange(prize="Un trophée"))
    db.close()
    qtbot.waitUntil(lambda: _find(stage, "prizeLine") is not None
                    and _find(stage, "prizeLine").isVisible(), timeout=3000)


def test_a_change_shows_on_a_running_window_within_a_second(qtbot, make_stage, gala: Path) -> None:
    stage = make_stage(gala)
    qtbot.waitExposed(stage.window)
    db = open_db(gala)
    identity.change(db, IdentityChange(accent="#ffcc00", name="My Gala 2026"))
    db.close()
    qtbot.waitUntil(lambda: stage.window.property("theme")["colors"]["primary"] == "#ffcc00",
                    timeout=1000)
    qtbot.waitUntil(lambda: stage.controller.cue["title"] == "My Gala 2026", timeout=1000)
    view = _find(stage, "cueView")
    qtbot.waitUntil(lambda: view.property("eventName") == "My Gala 2026", timeout=1000)


def test_the_opening_card_s_date_follows_a_change_within_a_second(qtbot, make_stage,
                                                                  gala: Path) -> None:
    stage = make_stage(gala)
    qtbot.waitExposed(stage.window)
    assert stage.controller.cue["kind"] == "opening"

    def line() -> str:
        stack = [_find(stage, "cueView").property("current")]
        while stack:
            item = stack.pop()
            if item.objectName() == "titleLine":
                return item.property("text")
            stack.extend(item.childItems())
        return ""

    qtbot.waitUntil(lambda: "12 June 2026" in line(), timeout=1000)
    db = open_db(gala)
    identity.change(db, IdentityChange(date="2026-07-03"))
    db.close()
    qtbot.waitUntil(lambda: "3 July 2026" in line(), timeout=1000)
    assert "12 June" not in line() and line().startswith("Salle Pleyel")


def test_no_grey_light_box_over_the_winner_s_name(qtbot, make_stage, gala: Path) -> None:
    stage = make_stage(gala)
    _goto(qtbot, stage, gala, _winners(gala)[0])
    card = _find(stage, "cueView").property("current")
    stack, found = [card], []
    while stack:
        item = stack.pop()
        over_photo = "Photo" in (item.parentItem().metaObject().className() if item.parentItem() else "")
        if "LightSweep" in item.metaObject().className() and not over_photo:
            found.append(item)  # a photo's own sheen is fine: it passes over an opaque picture
        stack.extend(item.childItems())
    assert found == []


def test_cues_are_numbered_from_one_in_the_presenter_view(qtbot, make_stage, gala: Path) -> None:
    stage = make_stage(gala, presenter=True)
    qtbot.waitExposed(stage.window)
    count = stage.controller.count
    assert _find(stage, "cuePosition").property("text").startswith(f"Cue 1 of {count}")


def test_an_event_with_no_awards_says_what_to_import(qtbot, make_stage, db_path: Path) -> None:
    stage = make_stage(db_path)
    qtbot.waitExposed(stage.window)
    card = _find(stage, "noAwardsCard")
    assert card is not None and card.isVisible()
    presenter = make_stage(db_path, presenter=True)
    assert _find(presenter, "cuePosition").property("text").startswith("No cues yet")


def test_the_presenter_clock_is_the_event_s(qtbot, make_stage, gala: Path) -> None:
    db = open_db(gala)
    identity.change(db, IdentityChange(timezone="Pacific/Kiritimati"))  # UTC+14: never ours
    db.close()
    stage = make_stage(gala, presenter=True)
    qtbot.waitExposed(stage.window)
    from datetime import datetime
    from zoneinfo import ZoneInfo

    before = datetime.now(ZoneInfo("Pacific/Kiritimati")).strftime("%H:%M")
    qtbot.wait(300)
    after = datetime.now(ZoneInfo("Pacific/Kiritimati")).strftime("%H:%M")  # a minute may turn
    assert _find(stage, "wallClock").property("text")[:5] in {before, after}
    assert _find(stage, "clockZone").property("text") == "+14"
