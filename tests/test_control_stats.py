"""The control window's figures (kiosk.core.stats): who is checked in, as the doors decided it."""

from __future__ import annotations

from kiosk.core.checkin import Door
from kiosk.core.db import write
from kiosk.core.stats import list_stats, totals


def _guests(db, list_name: str, count: int, party: int = 1) -> tuple[int, list[int]]:
    with write(db):
        db.execute("INSERT INTO lists(name, starts_at) VALUES (?, '15:00')", [list_name])
        list_id = db.execute("SELECT id FROM lists WHERE name = ?", [list_name]).fetchone()[0]
        ids = []
        for n in range(count):
            cur = db.execute(
                "INSERT INTO guests(external_id, first_name, last_name, party_size, created_at)"
                " VALUES (?, 'G', ?, ?, '2017-11-24T10:00:00.000Z')",
                [f"{list_name}-{n}", f"N{n}", party])
            ids.append(cur.lastrowid)
            db.execute("INSERT INTO guest_lists VALUES (?, ?)", [cur.lastrowid, list_id])
    return list_id, ids


def test_checked_in_follows_admissions_undos_and_ignores_refusals(db) -> None:
    _, a = _guests(db, "Awards", 5, party=2)
    _, p = _guests(db, "Party", 3)
    door, party_door = Door(db), Door(db, list_name="Party")
    assert door.admit_guest(a[0]).status == "admitted"
    assert door.admit_guest(a[0]).status == "duplicate"  # a second scan refuses, changes nothing
    assert door.admit_companion(a[0]).status == "companion"  # their +1 walks in
    door.admit_guest(a[1])
    assert door.undo(a[1], "admitted in error").status == "undone"
    assert party_door.admit_guest(a[2]).status == "wrong_list"
    door.admit_guest(a[3])
    assert door.exit_guest(a[3]).status == "exited"  # came, went out: still arrived
    door.admit_guest(p[0])
    stats = {s.name: s for s in list_stats(db)}
    assert (stats["Awards"].guests, stats["Awards"].people) == (5, 10)
    assert stats["Awards"].checked_in == 2
    assert stats["Awards"].people_in == 3
    assert (stats["Party"].checked_in, stats["Party"].guests) == (1, 3)
    assert stats["Party"].starts_at == "15:00"
    total = totals(db)
    assert (total.guests, total.scans, total.refused) == (8, 9, 2)


def test_readmitted_after_undo_counts_again(db) -> None:
    _, a = _guests(db, "Awards", 1)
    door = Door(db)
    door.admit_guest(a[0])
    door.undo(a[0], "wrong guest")
    door.admit_guest(a[0])
    assert list_stats(db)[0].checked_in == 1


def test_empty_lists_show_zero(db) -> None:
    _guests(db, "Empty", 0)
    [stats] = list_stats(db)
    assert (stats.guests, stats.people, stats.checked_in, stats.people_in) == (0, 0, 0, 0)


def test_the_door_the_control_window_and_the_report_agree_on_who_came(db) -> None:
    from kiosk.core import attendance, checkin_report

    _, a = _guests(db, "Awards", 4, party=3)
    door = Door(db)
    for guest in a[:3]:
        door.admit_guest(guest)
    door.admit_companion(a[0])
    door.admit_companion(a[0])
    door.exit_guest(a[1])
    door.undo(a[2], "wrong guest")
    door.admit_guest(a[3])
    door.admit_guest(a[3])  # refused: already in
    [count] = attendance.counts(db)
    [stats] = list_stats(db)
    [report] = checkin_report.summary(db)["lists"]
    assert (count.arrived, count.arrived_people, count.inside) == (3, 5, 4)
    assert (stats.checked_in, stats.people_in) == (count.arrived, count.arrived_people)
    assert (report["arrived"], report["arrived_people"], report["inside"]) == (3, 5, 4)
    assert totals(db).refused == checkin_report.summary(db)["refused"] == 1


def test_the_door_the_control_window_and_the_report_agree_on_cancelled_guests(db) -> None:
    """A cancelled guest is expected nowhere: not by the door, the control window or the report;
    one cancelled after coming in still arrived, and is no no-show."""
    from kiosk.core import attendance, checkin_report
    from kiosk.core.tickets import cancel_guest

    _, a = _guests(db, "Awards", 5, party=2)
    door = Door(db)
    door.admit_guest(a[0])
    door.admit_guest(a[1])
    cancel_guest(db, a[1], "refunded after the doors opened")  # came in, then cancelled
    cancel_guest(db, a[2], "refunded")  # cancelled, never came
    assert door.admit_guest(a[2]).status == "revoked"
    [count] = attendance.counts(db)
    [stats] = list_stats(db)
    summary = checkin_report.summary(db)
    [report] = summary["lists"]
    no_show_rows = [r for r in checkin_report.rows(db) if r["record"] == "no_show"]
    assert (count.expected, count.expected_people, count.arrived, count.no_shows) == (3, 6, 2, 2)
    assert (stats.guests, stats.people, stats.checked_in, stats.no_shows) == (3, 6, 2, 2)
    assert (report["expected"], report["expected_people"], report["arrived"]) == (3, 6, 2)
    assert report["no_shows"] == summary["no_shows"] == len(no_show_rows) == 2
    assert {r["guest_id"] for r in no_show_rows} == {a[3], a[4]}
    total = totals(db)
    assert (total.guests, total.people) == (summary["guests_invited"], 6) == (3, 6)
    assert summary["guests_cancelled"] == 2


def test_recent_scans_newest_first_with_names(db) -> None:
    from kiosk.core.door_view import recent_scans

    _, a = _guests(db, "Awards", 3)
    _guests(db, "Party", 1)
    Door(db).admit_guest(a[0])
    Door(db, list_name="Party").admit_guest(a[1])
    lines = recent_scans(db, limit=5)
    assert [line.status for line in lines] == ["wrong_list", "admitted"]
    assert lines[0].guest == "G N1" and lines[0].list_name == "Party"
    assert lines[1].list_name == "Awards" and lines[1].attention is None
