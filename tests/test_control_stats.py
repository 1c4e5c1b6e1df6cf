"""The control window's figures (kiosk.core.stats): who is checked in, read from the scans."""

from __future__ import annotations

from kiosk.core.db import write
from kiosk.core.events import new_id
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


def _scan(db, list_id: int, guest_id: int, status: str, direction: str = "in", people: int = 1):
    with write(db):
        db.execute("INSERT INTO scans(event_id, scanned_at, list_id, guest_id, direction, status,"
                   " people) VALUES (?, '2017-11-24T14:00:00.000Z', ?, ?, ?, ?, ?)",
                   [new_id(), list_id, guest_id, direction, status, people])


def test_checked_in_follows_admissions_undos_and_ignores_refusals(db) -> None:
    awards, a = _guests(db, "Awards", 5, party=2)
    party, p = _guests(db, "Party", 3)
    _scan(db, awards, a[0], "admitted")
    _scan(db, awards, a[0], "duplicate")          # a second scan refuses, changes nothing
    _scan(db, awards, a[0], "companion")          # their +1 walks in
    _scan(db, awards, a[1], "admitted")
    _scan(db, awards, a[1], "undone", people=1)   # admitted in error, cancelled
    _scan(db, awards, a[2], "wrong_list")
    _scan(db, awards, a[3], "admitted")
    _scan(db, awards, a[3], "exited", direction="out")  # came, went out: still arrived
    _scan(db, party, p[0], "admitted")
    stats = {s.name: s for s in list_stats(db)}
    assert (stats["Awards"].guests, stats["Awards"].people) == (5, 10)
    assert stats["Awards"].checked_in == 2
    assert stats["Awards"].people_in == 3
    assert (stats["Party"].checked_in, stats["Party"].guests) == (1, 3)
    total = totals(db)
    assert (total.guests, total.scans, total.refused) == (8, 9, 2)


def test_readmitted_after_undo_counts_again(db) -> None:
    awards, a = _guests(db, "Awards", 1)
    _scan(db, awards, a[0], "admitted")
    _scan(db, awards, a[0], "undone")
    _scan(db, awards, a[0], "admitted")
    assert list_stats(db)[0].checked_in == 1


def test_empty_lists_show_zero(db) -> None:
    _guests(db, "Empty", 0)
    [stats] = list_stats(db)
    assert (stats.guests, stats.people, stats.checked_in, stats.people_in) == (0, 0, 0, 0)


def test_recent_scans_newest_first_with_names(db) -> None:
    from kiosk.core.stats import recent_scans

    awards, a = _guests(db, "Awards", 3)
    _scan(db, awards, a[0], "admitted")
    _scan(db, awards, a[1], "wrong_list")
    lines = recent_scans(db, limit=5)
    assert [line.status for line in lines] == ["wrong_list", "admitted"]
    assert lines[0].guest == "G N1" and lines[0].list_name == "Awards"
