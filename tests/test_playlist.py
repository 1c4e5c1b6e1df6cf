"""The venue-screen playlist: content from the database, interleaving, shuffle, --sync."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core import playlist
from kiosk.core.clock import FixedClock
from kiosk.core.db import open_db, set_setting, write
from kiosk.core.errors import KioskError
from kiosk.core.importers import import_legends


def _legends(db, tmp_path: Path, count: int = 6, photos: int = 1) -> None:
    lines = ["name,nationality,years,titles,quote,photo"]
    for i in range(1, count + 1):
        pics = "|".join(f"p{i}-{k}.jpg" for k in range(1, photos + 1))
        lines.append(f"Legend {i},fr,199{i}–2005,GT champion · Spa winner,Quote {i},{pics}")
    (tmp_path / "legends.csv").write_text("\n".join(lines) + "\n", "utf-8")
    import_legends(db, tmp_path / "legends.csv")


def _sponsors(db, count: int = 2) -> None:
    with write(db):
        for i in range(1, count + 1):
            db.execute("INSERT INTO slides(kind, title, body, position) VALUES ('sponsor', ?, '', ?)",
                       [f"Sponsor {i}", i])


def test_legends_come_with_their_caption_and_photos(db, tmp_path):
    _legends(db, tmp_path, count=2, photos=2)
    slides = playlist.build(db).slides
    assert [s.title for s in slides] == ["Legend 1", "Legend 2"]
    first = slides[0]
    assert first.nationality == "FR" and first.years == "1991–2005"
    assert first.titles == ("GT champion", "Spa winner") and first.quote == "Quote 1"
    assert [Path(p).name for p in first.photos] == ["p1-1.jpg", "p1-2.jpg"]


def test_a_sponsor_card_follows_every_n_legends(db, tmp_path):
    _legends(db, tmp_path, count=7)
    _sponsors(db, 2)
    kinds = [s.title for s in playlist.build(db, sponsor_every=3).slides]
    assert kinds == ["Legend 1", "Legend 2", "Legend 3", "Sponsor 1", "Legend 4", "Legend 5",
                     "Legend 6", "Sponsor 2", "Legend 7"]
    with write(db):
        set_setting(db, playlist.SPONSOR_EVERY_KEY, "0")
    assert [s.kind for s in playlist.build(db).slides] == ["legend"] * 7


def test_title_cards_open_the_loop(db, tmp_path):
    _legends(db, tmp_path, count=2)
    with write(db):
        db.execute("INSERT INTO slides(kind, title, position) VALUES ('title', 'Welcome', 1)")
    assert [s.title for s in playlist.build(db).slides] == ["Welcome", "Legend 1", "Legend 2"]


def test_each_pass_shows_a_legends_next_photo(db, tmp_path):
    _legends(db, tmp_path, count=2, photos=2)
    plist = playlist.build(db)
    names = [Path(plist.at(n).photo).name for n in range(6)]
    assert names == ["p1-1.jpg", "p2-1.jpg", "p1-2.jpg", "p2-2.jpg", "p1-1.jpg", "p2-1.jpg"]


def test_shuffle_is_seeded_per_pass_and_keeps_sponsor_places(db, tmp_path):
    _legends(db, tmp_path, count=12)
    _sponsors(db, 3)
    a = playlist.build(db, shuffle=True, seed="paris")
    b = playlist.build(db, shuffle=True, seed="paris")
    n = len(a)
    first = [a.at(i).slide.key for i in range(n)]
    assert first == [b.at(i).slide.key for i in range(n)]
    assert sorted(first) == sorted(s.key for s in a.slides)  # a permutation: nothing lost
    second = [a.at(n + i).slide.key for i in range(n)]
    assert second != first  # each pass has its own order
    plain = playlist.build(db)
    for i in range(n):
        assert (a.at(i).slide.kind == "sponsor") == (plain.at(i).slide.kind == "sponsor")


def test_sync_is_a_function_of_the_wall_clock(db, tmp_path):
    _legends(db, tmp_path, count=5)
    with write(db):
        set_setting(db, playlist.EPOCH_KEY, "2017-11-24T00:00:00Z")
    plist = playlist.build(db)
    start = datetime(2017, 11, 24, 21, 0, tzinfo=UTC)
    clock = FixedClock(start)
    sync = playlist.SyncClock(playlist.epoch(db), 8.0)
    assert sync.number(clock) == 21 * 3600 // 8
    shown = [playlist.synced(db, plist, 8.0, clock).slide.key]
    for _ in range(6):
        clock.advance(seconds=8)
        shown.append(playlist.synced(db, plist, 8.0, clock).slide.key)
    assert len(set(shown[:5])) == 5 and shown[5] == shown[0]
    clock.advance(seconds=3)
    assert playlist.SyncClock(playlist.epoch(db), 8.0).seconds_to_next(clock) == pytest.approx(5)


SYNC_PROBE = """
import sys
from datetime import datetime
from kiosk.core import playlist
from kiosk.core.clock import FixedClock
from kiosk.core.db import open_db
db = open_db(sys.argv[1])
plist = playlist.build(db, shuffle=True)
for at in sys.argv[2:]:
    print(playlist.synced(db, plist, 7.5, FixedClock(datetime.fromisoformat(at))).id)
"""


def test_two_processes_show_the_same_slide_at_the_same_moment(db_path, tmp_path):
    db = open_db(db_path)
    _legends(db, tmp_path, count=9, photos=2)
    _sponsors(db, 2)
    db.close()
    base = datetime(2017, 11, 24, 22, 13, 5, tzinfo=UTC)
    moments = [(base + timedelta(seconds=s * 3.3)).isoformat() for s in range(40)]
    outputs = [
        subprocess.run([sys.executable, "-c", SYNC_PROBE, str(db_path), *moments],
                       capture_output=True, text=True, check=True, timeout=60).stdout
        for _ in range(2)
    ]
    assert outputs[0] == outputs[1]
    assert len(set(outputs[0].split())) > 5


def test_content_changes_show_in_the_next_build(db, tmp_path):
    _legends(db, tmp_path, count=2)
    with write(db):
        db.execute("UPDATE legends SET name = 'Legend Two' WHERE name = 'Legend 2'")
    assert [s.title for s in playlist.build(db).slides] == ["Legend 1", "Legend Two"]


def test_bad_interval_and_settings_are_refused_by_name(db):
    with pytest.raises(KioskError) as err:
        playlist.interval(db, 0)
    assert "--interval 0" in err.value.message
    with write(db):
        set_setting(db, playlist.INTERVAL_KEY, "soon")
    with pytest.raises(KioskError) as err:
        playlist.interval(db)
    assert "screens.interval" in err.value.message
    assert playlist.interval(db, 2.5) == 2.5


def test_empty_content_gives_an_empty_playlist(db):
    plist = playlist.build(db)
    assert len(plist) == 0 and plist.at(5) is None
    assert playlist.epoch(db) == datetime(2017, 11, 24, tzinfo=UTC)
