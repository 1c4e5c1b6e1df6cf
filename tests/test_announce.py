"""Announcements on the venue screens: the core operations and the `kiosk announce` command."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core import announcements as ann
from kiosk.core.clock import FixedClock
from kiosk.core.db import open_db
from kiosk.core.errors import KioskError
from kiosk.core.events import recent

T0 = datetime(2017, 11, 24, 19, 50, tzinfo=UTC)


def test_an_announcement_for_some_minutes_shows_no_countdown_unless_asked(db):
    clock = FixedClock(T0)
    made = ann.announce(db, ann.AnnounceRequest("Dinner is served", minutes=5), clock=clock)
    assert made.expires_at == "2017-11-24T19:55:00.000Z" and made.countdown_to is None
    assert made.remaining_seconds(clock) is None
    until = ann.announce(db, ann.AnnounceRequest("Bar open", until="21:00"), clock=clock)
    assert until.expires_at == "2017-11-24T20:00:00.000Z" and until.countdown_to is None


def test_a_countdown_counts_to_an_event(db):
    clock = FixedClock(T0)
    made = ann.announce(db, ann.AnnounceRequest("Ceremony starts in", countdown_to="21:00"),
                        clock=clock)
    assert made.countdown_to == "2017-11-24T20:00:00.000Z"
    assert made.remaining_seconds(clock) == pytest.approx(600)


def test_an_announcement_with_minutes_counts_down_and_expires(db):
    clock = FixedClock(T0)
    made = ann.announce(db, ann.AnnounceRequest("The ceremony starts in 10 minutes", minutes=10,
                                                countdown=True), clock=clock)
    assert made.expires_at == "2017-11-24T20:00:00.000Z" == made.countdown_to
    assert ann.current(db, clock) == made
    clock.advance(minutes=4)
    assert ann.current(db, clock).remaining_seconds(clock) == pytest.approx(360)
    clock.advance(minutes=6)
    assert ann.current(db, clock) is None
    kinds = [e.kind for e in recent(db)]
    assert kinds[0] == "announcement.shown"


def test_without_minutes_it_stays_until_cleared(db):
    clock = FixedClock(T0)
    made = ann.announce(db, ann.AnnounceRequest("Welcome!"), clock=clock)
    assert made.expires_at is None and made.countdown_to is None
    clock.advance(hours=5)
    assert ann.current(db, clock) == made
    cleared = ann.clear(db, clock=clock)
    assert cleared.id == made.id and cleared.cleared_at is not None
    assert ann.current(db, clock) is None
    assert ann.clear(db, clock=clock) is None  # clearing twice is harmless
    assert [e.kind for e in recent(db)][:2] == ["announcement.cleared", "announcement.shown"]


def test_a_new_announcement_replaces_the_previous(db):
    clock = FixedClock(T0)
    ann.announce(db, ann.AnnounceRequest("First"), clock=clock)
    clock.advance(seconds=5)
    second = ann.announce(db, ann.AnnounceRequest("Second", minutes=2), clock=clock)
    assert ann.current(db, clock) == second
    open_rows = db.execute("SELECT count(*) FROM announcements WHERE cleared_at IS NULL").fetchone()
    assert open_rows[0] == 1


def test_countdown_to_a_time(db):
    clock = FixedClock(T0)
    made = ann.announce(db, ann.AnnounceRequest(
        "Fireworks on the terrace", countdown_to=T0 + timedelta(minutes=30)), clock=clock)
    assert made.countdown_to == "2017-11-24T20:20:00.000Z"
    assert made.expires_at == "2017-11-24T20:21:00.000Z"
    with pytest.raises(KioskError) as err:
        ann.announce(db, ann.AnnounceRequest("Too late", countdown_to="2017-11-24T19:00:00Z"),
                     clock=clock)
    assert err.value.code == "announce.past_time"
    assert ann.current(db, clock) == made  # a refusal changes nothing


def test_countdown_to_a_time_of_day_in_the_event_time_zone(db):
    """HH:MM is the venue's clock (Paris): 21:30 there is 20:30 UTC; 00:30 is after midnight."""
    clock = FixedClock(T0)  # 20:50 in Paris
    made = ann.announce(db, ann.AnnounceRequest("Fireworks", countdown_to="21:30"), clock=clock)
    assert made.countdown_to == "2017-11-24T20:30:00.000Z"
    late = ann.announce(db, ann.AnnounceRequest("Last bus", countdown_to="00:30"), clock=clock)
    assert late.countdown_to == "2017-11-24T23:30:00.000Z"
    with pytest.raises(KioskError) as err:
        ann.announce(db, ann.AnnounceRequest("Soon", countdown_to="25:00"), clock=clock)
    assert err.value.code == "announce.bad_time"


@pytest.mark.parametrize(("request_", "code"), [
    (ann.AnnounceRequest("   "), "announce.empty"),
    (ann.AnnounceRequest("x" * 400), "announce.too_long"),
    (ann.AnnounceRequest("Soon", minutes=0), "announce.bad_minutes"),
    (ann.AnnounceRequest("Soon", minutes=-3), "announce.bad_minutes"),
    (ann.AnnounceRequest("Soon", countdown_to="half past eight"), "announce.bad_time"),
])
def test_bad_announcements_are_refused_with_a_message(db, request_, code):
    with pytest.raises(KioskError) as err:
        ann.announce(db, request_, clock=FixedClock(T0))
    assert err.value.code == code and err.value.message != code
    assert ann.current(db, FixedClock(T0)) is None


def test_the_announce_command(kiosk, db_path):
    shown = kiosk("--db", str(db_path), "announce",
                  "The ceremony starts in 10 minutes: please take your seats", "--minutes", "10",
                  "--countdown")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["text"].startswith("The ceremony") and data["countdown_to"] == data["expires_at"]
    plain = json.loads(kiosk("--db", str(db_path), "announce", "Dinner is served",
                             "--minutes", "5").stdout)
    assert plain["countdown_to"] is None and plain["expires_at"]
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    event = json.loads(kiosk("--db", str(db_path), "announce", "Ceremony starts in",
                             "--countdown", later).stdout)
    assert event["countdown_to"] and event["countdown_to"] < event["expires_at"]
    data = json.loads(kiosk("--db", str(db_path), "announce", "Take your seats", "--minutes", "10",
                            "--countdown").stdout)
    db = open_db(db_path)
    try:
        assert ann.current(db).id == data["id"]
    finally:
        db.close()
    cleared = kiosk("--db", str(db_path), "announce", "--clear")
    assert cleared.returncode == 0 and json.loads(cleared.stdout)["cleared"]["id"] == data["id"]
    db = open_db(db_path)
    try:
        assert ann.current(db) is None
    finally:
        db.close()


def test_the_announce_command_refuses_bad_input(kiosk, db_path):
    assert kiosk("--db", str(db_path), "announce").returncode == 2
    assert kiosk("--db", str(db_path), "announce", "--clear", "Hello").returncode == 2
    bad = kiosk("--db", str(db_path), "announce", "Hello", "--minutes", "0")
    assert bad.returncode == 1 and "--minutes" in bad.stderr
    bad = kiosk("--db", str(db_path), "announce", "Hello", "--until", "25:99")
    assert bad.returncode == 1 and "25:99" in bad.stderr
    until = kiosk("--db", str(db_path), "announce", "Fireworks", "--until",
                  (datetime.now(UTC) + timedelta(hours=1)).isoformat())
    assert until.returncode == 0, until.stderr
