"""The show's running order and cursor: built from the awards, committed, recorded."""

from __future__ import annotations

import json

import pytest

from kiosk.core import show
from kiosk.core.db import open_db, write
from kiosk.core.errors import KioskError
from kiosk.core.events import recent
from kiosk.core.show import settings
from kiosk.i18n import message_of


@pytest.fixture
def demo(demo_db_path):
    db = open_db(demo_db_path)
    yield db
    db.close()


def kinds(db) -> list[str]:
    return [c["kind"] for c in show.load_cues(db, rehearsal=True)]


def test_demo_running_order(demo) -> None:
    cues = show.load_cues(demo)
    order = [c["kind"] for c in cues]
    assert order[0] == "opening" and "closing" in order and order.count("interval") == 1
    assert order.count("category") == 8 and order.count("winner") == 8
    # Every category: its card, the nominees, the envelope, then the winner.
    for i, kind in enumerate(order):
        if kind == "category":
            assert order[i + 1:i + 4] == ["nominees", "envelope", "winner"]
    # The interval sits half way, after the fourth winner and its cards.
    interval = order.index("interval")
    assert order[:interval].count("winner") == 4
    # Custom cards at their anchors: the welcome after the opening, two before category 1.
    assert cues[1]["title"] == "Welcome to the Palais Brongniart"
    first_category = order.index("category")
    assert cues[first_category - 1]["title"] == "Eight champions, eight chronographs"
    assert cues[-1]["kind"] == "custom" and cues[-1]["anchor"] == "closing"
    winner = next(c for c in cues if c["kind"] == "winner")
    assert winner["winner"]["name"] and winner["winner"]["team"] and winner["winner"]["car"]
    assert winner["winner"]["flag"].endswith(".png") and winner["winner"]["photo"]
    assert winner["category"]["award"] == "Commemorative chronograph"


def test_winner_cue_stores_no_winner(demo) -> None:
    rows = demo.execute("SELECT nominee_id FROM cues WHERE kind = 'winner'").fetchall()
    assert rows and all(r[0] is None for r in rows)


def test_rehearsal_never_reads_winners(demo) -> None:
    cues = show.load_cues(demo, rehearsal=True)
    winners = [c["winner"] for c in cues if c["kind"] == "winner"]
    assert winners and all(w["placeholder"] and w["name"] == "" for w in winners)


def test_rebuild_keeps_custom_cards_and_the_cursor(demo) -> None:
    before = kinds(demo)
    show.move(demo, "goto", 10)
    assert show.rebuild_cues(demo) == len(before)
    assert kinds(demo) == before
    assert show.state(demo).cursor == 10
    # The same custom cards given again are not duplicated.
    from kiosk.demo import content

    show.rebuild_cues(demo, custom_cards=content.CUSTOM_CARDS)
    assert kinds(demo) == before


def test_nominees_one_by_one_setting(demo) -> None:
    with write(demo):
        settings.put(demo, "stage.nominees", "one_by_one")
    show.rebuild_cues(demo)
    order = kinds(demo)
    assert "nominees" not in order
    assert order.count("nominee") == demo.execute("SELECT count(*) FROM nominees").fetchone()[0]
    cue = next(c for c in show.load_cues(demo) if c["kind"] == "nominee")
    assert cue["nominee"]["name"] == cue["nominees"][0]["name"]
    with pytest.raises(KioskError) as error:
        settings.validate("stage.nominees", "sideways")
    assert error.value.code == "show.setting_bad"


def test_cursor_moves_are_committed_and_recorded(demo, demo_db_path) -> None:
    state = show.move(demo, "next")
    assert state.cursor == 1 and state.started_at
    other = open_db(demo_db_path)  # another process's view
    assert show.state(other).cursor == 1
    event = recent(other, "show.moved", 1)[0]
    assert event.payload["from"] == 0 and event.payload["to"] == 1
    assert other.execute("SELECT last_event_id FROM show_state").fetchone()[0] == event.id
    other.close()
    assert show.move(demo, "prev").cursor == 0
    assert show.move(demo, "prev").cursor == 0  # at the start: nothing happens
    assert len(recent(demo, "show.moved")) == 2
    last = show.state(demo).count - 1
    assert show.move(demo, "goto", last).cursor == last
    assert show.move(demo, "next").cursor == last


def test_goto_out_of_range_is_refused(demo) -> None:
    with pytest.raises(KioskError) as error:
        show.move(demo, "goto", 999)
    assert error.value.code == "show.out_of_range"
    assert "999" in error.value.message and "0 to" in error.value.message
    assert show.state(demo).cursor == 0


def test_winner_only_once_reached_or_passed(demo) -> None:
    cues = show.load_cues(demo)
    winner = next(c for c in cues if c["kind"] == "winner")
    envelope = winner["index"] - 1
    show.move(demo, "goto", envelope)
    status = show.status(demo)
    assert status["kind"] == "envelope" and status["winner"] is None
    assert status["category"] == winner["category"]["title"]
    assert winner["winner"]["name"] in status["nominees"]
    show.move(demo, "next")
    status = show.status(demo)
    assert status["kind"] == "winner" and status["winner"] == winner["winner"]["name"]
    # Back to the envelope: the winner has been shown, it stays known.
    show.move(demo, "prev")
    assert show.status(demo)["winner"] == winner["winner"]["name"]
    # The next category's winner is still unknown.
    nxt = [c for c in cues if c["kind"] == "winner"][1]
    show.move(demo, "goto", nxt["index"] - 1)
    assert show.status(demo)["winner"] is None
    # The log names categories, never winners.
    log = json.dumps([e.payload for e in recent(demo, limit=500)], ensure_ascii=False)
    assert winner["winner"]["name"] not in log
    show.move(demo, "reset")
    show.move(demo, "goto", envelope)
    assert show.status(demo)["winner"] is None


def test_blackout_toggles_and_is_recorded(demo) -> None:
    assert show.move(demo, "blackout").blackout is True
    assert show.status(demo)["blackout"] is True
    assert show.move(demo, "blackout_on").blackout is True
    assert show.move(demo, "blackout").blackout is False
    assert [e.payload["on"] for e in recent(demo, "show.blackout")] == [False, True]


def test_rehearsal_has_its_own_cursor(demo) -> None:
    show.move(demo, "goto", 6, rehearsal=True)
    assert show.state(demo).cursor == 0
    status = show.status(demo, rehearsal=True)
    assert status["rehearsal"] and status["kind"] == "winner" and status["winner"] == "(rehearsal)"
    assert demo.execute("SELECT count(*) FROM show_reveals").fetchone()[0] == 0


def test_add_move_remove_keep_the_cursor_on_its_cue(demo) -> None:
    show.move(demo, "goto", 5)
    on = show.status(demo)["cue_id"]
    at = show.add_cue(demo, show.CustomCard("Tribute", "25 years", position="opening"))
    assert at == 2
    assert show.status(demo)["cue_id"] == on and show.state(demo).cursor == 6
    show.move_cue(demo, 6, 0)
    assert show.status(demo)["cue_id"] == on and show.state(demo).cursor == 0
    show.move_cue(demo, 0, 6)
    show.remove_cue(demo, 2)
    assert show.status(demo)["cue_id"] == on and show.state(demo).cursor == 5
    # A rebuild restores the default order.
    show.add_cue(demo, show.CustomCard("Sponsor", "", position="before:3"))
    order = show.load_cues(demo, rehearsal=True)
    third = next(c for c in order if c["kind"] == "category" and c["category"]["order"] == 3)
    assert order[third["index"] - 1]["title"] == "Sponsor"


def test_bad_cards_are_refused(demo) -> None:
    for card, code in [(show.CustomCard("X", position="somewhere"), "show.bad_anchor"),
                       (show.CustomCard("", position="closing"), "show.card_needs_title"),
                       (show.CustomCard("V", kind="video"), "show.video_needs_file"),
                       (show.CustomCard("W", kind="winner"), "show.bad_kind")]:
        with pytest.raises(KioskError) as error:
            show.add_cue(demo, card)
        assert error.value.code == code


def test_a_file_that_is_no_video_is_refused_when_added(demo, tmp_path) -> None:
    slides = tmp_path / "highlights.mp4"
    slides.write_bytes(b"%PDF-1.7\n" + b"x" * 500)  # a document renamed
    before = show.load_cues(demo)
    with pytest.raises(KioskError) as error:
        show.add_cue(demo, show.CustomCard("Highlights", kind="video", media=str(slides)))
    assert error.value.code == "show.not_a_video" and str(slides) in message_of(error.value)
    assert show.load_cues(demo) == before  # nothing added


def test_video_cue_with_missing_file(demo, tmp_path) -> None:
    show.add_cue(demo, show.CustomCard("Highlights", kind="video", position="envelope:1",
                                       media=str(tmp_path / "missing.mp4")))
    cues = show.load_cues(demo)
    video = next(c for c in cues if c["kind"] == "video")
    assert cues[video["index"] + 1]["kind"] == "envelope"
    assert video["media_ok"] is False


def test_empty_event(db) -> None:
    assert show.rebuild_cues(db) == 3  # opening, interval, closing
    with pytest.raises(KioskError):
        show.move(db, "goto", 3)
    assert show.status(db)["kind"] == "opening"


def test_running_order_is_built_after_a_first_import(db, tmp_path) -> None:
    from kiosk.core.importers import import_awards

    csv = tmp_path / "awards.csv"
    csv.write_text("category,order,sponsor,nominee,team,car,nationality,photo,winner\n"
                   "Best Lap,1,,A. Driver,Team A,Car A,FR,,yes\n"
                   "Best Lap,1,,B. Driver,Team B,Car B,DE,,no\n", encoding="utf-8")
    import_awards(db, csv)
    assert show.ensure_built(db) is True
    assert kinds(db) == ["opening", "category", "nominees", "envelope", "winner", "interval",
                         "closing"]
    assert show.ensure_built(db) is False
    cue = show.load_cues(db)[4]
    assert cue["winner"]["name"] == "A. Driver" and cue["winner"]["flag"].endswith("flags/fr.svg")


def test_script_notes_survive_a_rebuild(demo) -> None:
    cues = show.load_cues(demo)
    envelope = next(c for c in cues if c["kind"] == "envelope")
    show.set_notes(demo, envelope["index"], "Pause for the drum roll.")
    show.rebuild_cues(demo)
    assert show.load_cues(demo)[envelope["index"]]["notes"] == "Pause for the drum roll."
