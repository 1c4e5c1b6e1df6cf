"""Deciding scans in the domain: every status, exits, companions, manual check-in, undo, counts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from door_support import CEREMONY, PARTY, build_event, guest_id, payloads

from kiosk.core import attendance, checkin, checkin_report, door_view, tickets
from kiosk.core.clock import FixedClock
from kiosk.core.db import open_db
from kiosk.core.errors import KioskError
from kiosk.core.guest import attention_of

# 24 Nov 2017, 18:42 UTC = 19:42 in Paris, after the ceremony started and before the party.
EVENING = datetime(2017, 11, 24, 18, 42, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(EVENING)


@pytest.fixture
def db(event: Path):
    database = open_db(event)
    yield database
    database.close()


def test_admitted_then_duplicate_with_time_and_door(event, db, clock) -> None:
    codes = payloads(event)
    door = checkin.Door(db, list_name=CEREMONY, door="B", clock=clock)
    first = door.scan(codes[2])
    assert first.status == "admitted" and first.guest.name == "Jean Dupont"
    assert first.to_dict()["guest"]["table"] == "12"
    clock.advance(minutes=5)
    other_door = checkin.Door(db, list_name=CEREMONY, door="C", clock=clock)
    again = other_door.scan(codes[2])
    data = again.to_dict()
    assert data["status"] == "duplicate"
    assert data["first_scan"]["time"] == "19:42" and data["first_scan"]["door"] == "B"
    assert "19:42" in data["message"] and "door B" in data["message"]
    statuses = [r[0] for r in db.execute("SELECT status FROM scans ORDER BY id")]
    assert statuses == ["admitted", "duplicate"]
    kinds = [r[0] for r in db.execute("SELECT kind FROM events WHERE kind LIKE 'door.%' ORDER BY seq")]
    assert kinds == ["door.admitted", "door.duplicate"]


def test_wrong_list_and_no_list(event, db, clock) -> None:
    codes = payloads(event)
    party_door = checkin.Door(db, list_name=PARTY, clock=clock)
    result = party_door.scan(codes[2])  # Jean Dupont: ceremony only
    assert result.status == "wrong_list"
    assert CEREMONY in result.message
    any_door = checkin.Door(db, clock=clock)
    nobody = any_door.scan(codes[guest_id(event, "Benali")])
    assert nobody.status == "wrong_list" and "no guest list" in nobody.message


def test_without_a_list_any_list_admits_but_only_once(event, db, clock) -> None:
    codes = payloads(event)
    door = checkin.Door(db, clock=clock)
    assert door.scan(codes[2]).status == "admitted"  # ceremony only
    assert door.scan(codes[3]).status == "admitted"  # party only
    assert door.scan(codes[1]).status == "admitted"  # both lists
    assert door.scan(codes[1]).status == "duplicate"


def test_invalid_inputs_are_refused_and_recorded(event, db, clock, tmp_path) -> None:
    other = payloads(build_event(tmp_path / "other.db", name="Other"))[1]
    good = payloads(event)[1]
    tampered = good[:20] + ("A" if good[20] != "A" else "B") + good[21:]
    door = checkin.Door(db, clock=clock)
    cases = {
        "": "ticket.empty", "hello": "ticket.not_ticket", "\x00\x1b[2J\x07": "ticket.not_ticket",
        "https://example.com/ticket?id=1": "ticket.url", "X" * 100_000: "ticket.too_long",
        other: "ticket.other_event", tampered: "ticket.forged",
    }
    for text, code in cases.items():
        result = door.scan(text)
        assert (result.status, result.code) == ("invalid", code), text[:30]
        assert result.guest is None and result.message
    assert db.execute("SELECT count(*) FROM scans WHERE status = 'invalid'").fetchone()[0] == len(cases)
    assert max(len(r[0]) for r in db.execute("SELECT payload FROM scans")) <= 300


def test_signed_ticket_of_a_deleted_guest_is_invalid(event, db, clock) -> None:
    code = payloads(event)[2]
    db.execute("DELETE FROM guests WHERE id = 2")
    result = checkin.Door(db, clock=clock).scan(code)
    assert result.status == "invalid" and result.code == "scan.unknown_guest"


def test_revoked_after_reissue(event, db, clock) -> None:
    old = payloads(event)[4]
    version = tickets.reissue(db, 4, clock=clock)
    assert version == 2
    door = checkin.Door(db, clock=clock)
    refused = door.scan(old).to_dict()
    assert refused["status"] == "revoked" and refused["revoked_at"].startswith("2017-11-24")
    assert "2017-11-24 19:42" in refused["message"]
    assert door.scan(payloads(event)[4]).status == "admitted"


def test_keyboard_layouts_admit(event, db, clock) -> None:
    codes = payloads(event)
    azerty = {"A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", "1": "&", "2": "é", "3": '"',
              "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç", "0": "à"}
    door = checkin.Door(db, clock=clock)
    typed = "".join(azerty.get(c, c) for c in codes[1])
    result = door.scan(typed)
    assert result.status == "admitted" and result.layout == "azerty"
    qwertz = "".join({"Y": "Z", "Z": "Y"}.get(c, c) for c in codes[2])
    if qwertz != codes[2]:
        assert door.scan(qwertz).status == "admitted"
    assert door.scan(codes[3].lower()).status == "admitted"  # Caps Lock on
    # The layout travels with its own scan's record, and only with it.
    from kiosk.core.events import recent

    admitted = [e.payload for e in recent(db, "door.admitted")]  # newest first
    assert admitted[-1]["layout"] == "azerty"
    assert "layout" not in admitted[0]


def test_exit_mode_and_return(event, db, clock) -> None:
    code = payloads(event)[1]
    door = checkin.Door(db, list_name=PARTY, door="A", clock=clock)
    assert door.scan(code, "out").status == "not_inside"
    assert door.scan(code).status == "admitted"
    assert _inside(db) == 1
    clock.advance(minutes=20)
    out = door.scan(code, "out")
    assert out.status == "exited" and out.direction == "out"
    assert _inside(db) == 0
    clock.advance(minutes=10)
    back = door.scan(code)
    assert back.status == "admitted" and back.code == "scan.readmitted"
    assert _inside(db) == 1
    party = [c for c in attendance.counts(db) if c.name == PARTY][0]
    assert (party.arrived, party.inside) == (1, 1)


def _inside(db) -> int:
    return sum(c.inside for c in attendance.counts(db))


def test_party_companions_one_by_one(event, db, clock) -> None:
    gid = guest_id(event, "Lefèvre")
    door = checkin.Door(db, list_name=PARTY, clock=clock)
    assert door.admit_companion(gid).status == "not_inside"
    first = door.scan(payloads(event)[gid]).to_dict()
    assert first["status"] == "admitted" and first["party_size"] == 3
    assert "party of 3" in first["message"]
    one = door.admit_companion(gid)
    two = door.admit_companion(gid)
    assert (one.status, two.status) == ("companion", "companion")
    assert door.admit_companion(gid).status == "party_full"
    party = [c for c in attendance.counts(db) if c.name == PARTY][0]
    assert (party.arrived, party.arrived_people, party.inside) == (1, 3, 3)
    assert door.scan(payloads(event)[gid]).to_dict()["companions_in"] == 2


def test_manual_search_and_checkin(event, db, clock) -> None:
    found = door_view.search(db, "stephane")
    assert [g["name"] for g in found] == ["Stéphane Ratel"]
    assert door_view.search(db, "LEFEVRE audi")[0]["last_name"] == "Lefèvre"
    assert door_view.search(db, "   ") == []
    assert door_view.search(db, "%' OR 1=1 --") == []
    door = checkin.Door(db, list_name=CEREMONY, clock=clock)
    result = door.admit_guest(found[0]["id"])
    assert result.status == "admitted" and result.code == "scan.manual"
    assert db.execute("SELECT reason, payload FROM scans").fetchone() == ("manual", "")
    assert door_view.search(db, "ratel")[0]["inside"] is True


def test_undo_needs_a_reason_and_is_recorded(event, db, clock) -> None:
    door = checkin.Door(db, list_name=CEREMONY, clock=clock)
    code = payloads(event)[2]
    door.scan(code)
    with pytest.raises(KioskError) as caught:
        door.undo(2, "   ")
    assert caught.value.code == "scan.undo_reason"
    undone = door.undo(2, "scanned the wrong ticket")
    assert undone.status == "undone"
    assert db.execute("SELECT status, reason FROM scans ORDER BY id DESC").fetchone() == (
        "undone", "scanned the wrong ticket")
    assert db.execute("SELECT count(*) FROM events WHERE kind = 'door.undone'").fetchone()[0] == 1
    assert door.scan(code).status == "admitted"  # not a duplicate any more
    with pytest.raises(KioskError):
        door.undo(3, "nothing to undo")


def test_attention_flags() -> None:
    assert attention_of("VIP", "") == "VIP"
    assert attention_of("press", "") == "press"
    assert attention_of("guest", "Security: check ID at desk 1") == "security"
    assert attention_of("guest", "Wheelchair user: use the lift") is None


def test_recent_scans_vip_arrivals_and_report(event, db, clock, tmp_path) -> None:
    codes = payloads(event)
    door = checkin.Door(db, door="A", clock=clock)
    door.scan(codes[1])
    door.scan(codes[1])
    door.scan("rubbish")
    recent = door_view.recent_scans(db, 5)
    assert [r.status for r in recent] == ["invalid", "duplicate", "admitted"]
    assert recent[2].time == "19:42" and recent[2].guest == "Stéphane Ratel"
    vips = door_view.vip_arrivals(db)
    assert [v["name"] for v in vips] == ["Stéphane Ratel"] and vips[0]["attention"] == "VIP"
    summary = checkin_report.summary(db)
    assert summary["arrivals"] == 1 and summary["refused"] == 2
    assert summary["timezone"] == "Europe/Paris"  # the zone of the report's times, named
    assert summary["no_shows"] == sum(c["expected"] for c in summary["lists"]) - 1
    path = tmp_path / "report.csv"
    count = checkin_report.write_csv(db, path)
    text = path.read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("record,time,guest_id")
    assert text.splitlines()[0].endswith(",attention,timezone")
    assert all(line.endswith(",Europe/Paris") for line in text.splitlines()[1:])
    assert "arrival,2017-11-24 19:42:00,1,Stéphane,Ratel" in text
    assert text.count("\nrefused,") == 2 and text.count("\nno_show,") == count - 3
