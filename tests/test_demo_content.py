"""The demo event's content (pure data) and its painted portraits and flags."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections import Counter

import pytest

from kiosk.demo import content

CEREMONY, PARTY = (name for name, _start in content.LISTS)


def _lists(guest: dict) -> set[str]:
    return set(guest["lists"].split("|"))


# --------------------------------------------------------------------------- guests


def test_about_800_distinct_guests_with_the_csv_columns():
    guests = content.guests()
    assert 780 <= len(guests) <= 870
    assert all(tuple(g) == content.GUEST_KEYS for g in guests)
    assert len({(g["first_name"], g["last_name"]) for g in guests}) == len(guests)
    assert len({g["email"] for g in guests}) == len(guests)
    assert {g["category"] for g in guests} == set(content.GUEST_CATEGORIES)


def test_list_sizes_match_the_night():
    guests = content.guests()
    ceremony = [g for g in guests if CEREMONY in _lists(g)]
    party = [g for g in guests if PARTY in _lists(g)]
    assert len(ceremony) == 500
    assert len(party) >= 800
    assert sum(PARTY in _lists(g) for g in ceremony) >= 0.9 * len(ceremony)
    known = {name for name, _start in content.LISTS}
    assert all(_lists(g) <= known for g in guests)
    assert content.LISTS == [("Awards ceremony", "15:00"), ("Anniversary party", "20:00")]


def test_tables_party_sizes_notes_and_emails_are_door_ready():
    guests = content.guests()
    for g in guests:
        assert g["table"] == "" or g["table"].isdigit()
        if g["table"]:
            assert CEREMONY in _lists(g)
        assert isinstance(g["party_size"], int) and 1 <= g["party_size"] <= 4
        assert g["email"].isascii()
        assert re.fullmatch(r"[a-z0-9.]+@example\.(com|org)", g["email"]), g["email"]
    sizes = Counter(g["party_size"] for g in guests)
    assert sizes[1] > 0.85 * len(guests) and sizes[2] and (sizes[3] or sizes[4])
    notes = " ".join(g["notes"] for g in guests)
    for needle in (
        "VIP: escort to row A",
        "Press: photo pit access",
        "Wheelchair user: use the lift",
    ):
        assert needle in notes
    assert sum(bool(g["notes"]) for g in guests) < 0.4 * len(guests)


def test_stephane_ratel_is_a_guest_and_nothing_more():
    ratel = [g for g in content.guests() if g["last_name"] == "Ratel"]
    assert len(ratel) == 1
    assert ratel[0]["first_name"] == "Stéphane"
    assert ratel[0]["category"] == "VIP"
    assert ratel[0]["organisation"] == "SRO Motorsports Group"
    assert "row A" in ratel[0]["notes"]
    assert _lists(ratel[0]) == {CEREMONY, PARTY}
    # No invented result or quote for the real person.
    assert not any("Ratel" in str(v) for row in content.awards() for v in row.values())
    assert not any("Ratel" in str(v) for row in content.legends() for v in row.values())
    card = next(c for c in content.CUSTOM_CARDS if "Ratel" in c["title"] + c["body"])
    assert not re.search('["“”«»]', card["body"])


def test_names_from_many_countries_and_scripts():
    guests = content.guests()
    names = {g["first_name"] for g in guests} | {g["last_name"] for g in guests}
    for name in ("Stéphane", "Hélène", "Zoé", "Jürgen", "Müller", "Bjørn", "Åsa", "Łukasz"):
        assert name in names, name
    scripts = {
        "kanji": r"[\u4e00-\u9fff]",
        "hangul": r"[\uac00-\ud7af]",
        "arabic": r"[\u0600-\u06ff]",
        "greek": r"[\u0370-\u03ff]",
    }
    for script, pattern in scripts.items():
        assert any(re.search(pattern, n) for n in names), script
    # Japanese family and given names go to their own columns, not both in one.
    sato = [g for g in guests if g["last_name"] == "佐藤"]
    assert sato and all(" " not in g["first_name"] for g in sato)


def test_accents_and_japanese_survive_a_csv_round_trip(tmp_path):
    from kiosk.core.csvfile import read_csv

    path = tmp_path / "guests.csv"
    rows = content.guests()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(content.GUEST_KEYS))
        writer.writeheader()
        writer.writerows(rows)
    table = read_csv(path, required=content.GUEST_KEYS)
    back = {(r.values["first_name"], r.values["last_name"]) for r in table.rows}
    assert back == {(g["first_name"], g["last_name"]) for g in rows}
    assert ("Stéphane", "Ratel") in back
    assert any(first == "蒼真" and last == "高坂" for first, last in back)


# --------------------------------------------------------------------------- awards


def test_eight_categories_each_with_one_winner():
    rows = content.awards()
    assert all(tuple(r) == content.AWARD_KEYS for r in rows)
    by_category: dict[str, list[dict]] = {}
    for r in rows:
        by_category.setdefault(r["category"], []).append(r)
    assert len(by_category) == 8
    assert sorted({r["order"] for r in rows}) == list(range(1, 9))
    for category, nominees in by_category.items():
        assert 3 <= len(nominees) <= 5, category
        assert [r["winner"] for r in nominees].count("yes") == 1, category
        assert {r["winner"] for r in nominees} <= {"yes", "no"}
        assert len({r["order"] for r in nominees}) == 1
        assert len({r["sponsor"] for r in nominees}) == 1
        assert nominees[0]["sponsor"].startswith("Sponsored by ")
        assert len({r["nominee"] for r in nominees}) == len(nominees)


def test_nominees_have_codes_photos_and_hard_names():
    rows = content.awards()
    for r in rows:
        assert re.fullmatch("[A-Z]{2}", r["nationality"])
        assert re.fullmatch(r"nominee-[a-z0-9-]+\.png", r["photo"])
        assert r["team"] and r["car"]
    names = [r["nominee"] for r in rows]
    assert max(len(n) for n in names) >= 40
    assert any(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", n) for n in names)
    assert any("WOO-kash" in r["pronunciation"] for r in rows)


# --------------------------------------------------------------------------- legends


def test_about_25_legends_of_1993_to_2017():
    rows = content.legends()
    assert 22 <= len(rows) <= 28
    assert all(tuple(r) == content.LEGEND_KEYS for r in rows)
    assert len({r["name"] for r in rows}) == len(rows)
    for r in rows:
        start, end = (int(y) for y in r["years"].split("–"))
        assert 1993 <= start < end <= 2017
        assert r["titles"] and r["quote"] and re.fullmatch("[A-Z]{2}", r["nationality"])
        for photo in r["photo"].split("|"):
            assert re.fullmatch(r"legend-[a-z0-9-]+\.png", photo)
    assert any("|" in r["photo"] for r in rows)


# --------------------------------------------------------------------------- cards, photos


def test_cards_slides_and_notice():
    assert "demonstration" in content.DEMO_NOTICE and "fictional" in content.DEMO_NOTICE
    positions = {"opening", "interval", "closing"} | {f"before:{n}" for n in range(1, 9)}
    for card in content.CUSTOM_CARDS:
        assert set(card) == {"kind", "title", "body", "position"}
        assert card["kind"] == "custom" and card["title"]
        assert card["position"] in positions
    assert any("25" in c["title"] for c in content.CUSTOM_CARDS)
    assert content.SPONSOR_SLIDES and all(
        set(s) == {"title", "body"} for s in content.SPONSOR_SLIDES
    )
    assert content.EVENT["date"] == "2017-11-24" and "Brongniart" in content.EVENT["venue"]


def test_every_referenced_photo_has_a_spec():
    specs = content.photo_specs()
    files = [s["file"] for s in specs]
    assert len(files) == len(set(files))
    referenced = {r["photo"] for r in content.awards()}
    referenced |= {p for r in content.legends() for p in r["photo"].split("|")}
    assert referenced == set(files)
    for s in specs:
        assert set(s) == {"file", "name", "nationality", "kind", "seed"}
        assert s["kind"] in ("nominee", "legend") and isinstance(s["seed"], int)


def test_output_is_deterministic():
    assert content.guests() == content.guests()
    assert content.awards() == content.awards()
    assert content.legends() == content.legends()
    assert content.photo_specs() == content.photo_specs()
    first = content.guests()
    first[0]["first_name"] = "changed"
    assert content.guests()[0]["first_name"] != "changed"


def test_content_does_not_import_qt():
    code = (
        "import sys, kiosk.demo.content; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --------------------------------------------------------------------------- painting


def _not_flat(image, samples: int = 24) -> bool:
    colours = {
        image.pixel(x * (image.width() - 1) // samples, y * (image.height() - 1) // samples)
        for x in range(samples + 1)
        for y in range(samples + 1)
    }
    return len(colours) > 8


@pytest.mark.parametrize("kind", ["nominee", "legend"])
def test_portrait_and_flag_are_real_pngs(qapp, tmp_path, kind):
    from PySide6.QtGui import QImage

    from kiosk.demo import portraits

    portrait = tmp_path / "p.png"
    portraits.draw_portrait(portrait, "高坂 蒼真", "JP", 1234, kind, size=(400, 500))
    image = QImage(str(portrait))
    assert not image.isNull() and (image.width(), image.height()) == (400, 500)
    assert _not_flat(image)

    flag = tmp_path / "f.png"
    portraits.draw_flag(flag, "FR")
    image = QImage(str(flag))
    assert (image.width(), image.height()) == (300, 200)
    left, right = image.pixelColor(30, 100), image.pixelColor(270, 100)
    assert left.blue() > left.red() and right.red() > right.blue()


def test_unknown_flag_is_grey_with_its_code(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from kiosk.demo import portraits

    portraits.draw_flag(tmp_path / "x.png", "QQ", size=(150, 100))
    image = QImage(str(tmp_path / "x.png"))
    assert (image.width(), image.height()) == (150, 100)
    corner = image.pixelColor(10, 10)
    assert abs(corner.red() - corner.blue()) < 20  # grey
    assert _not_flat(image, samples=40)  # the code is written on it


def test_same_seed_same_picture_other_seed_other_picture(qapp, tmp_path):
    from kiosk.demo import portraits

    paths = [tmp_path / f"{i}.png" for i in range(3)]
    for path, seed in zip(paths, (7, 7, 8), strict=True):
        portraits.draw_portrait(path, "Zoé Marchal-Lenoir", "FR", seed, "nominee", size=(160, 200))
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert paths[0].read_bytes() != paths[2].read_bytes()


def test_draw_all_matches_one_by_one(qapp, tmp_path):
    from kiosk.demo import painter, portraits

    specs = content.photo_specs()[:2]
    written = painter.draw_all(tmp_path / "all", specs, ["SE", "se", "GB"], workers=2)
    assert [p.name for p in written] == [s["file"] for s in specs] + ["flag-SE.png", "flag-GB.png"]
    one = tmp_path / "one.png"
    s = specs[0]
    portraits.draw_portrait(one, s["name"], s["nationality"], s["seed"], s["kind"])
    assert one.read_bytes() == written[0].read_bytes()
    assert not list((tmp_path / "all").glob("*.part"))  # each picture written whole, then named


@pytest.mark.parametrize("worker", ["/bin/false", "/no/such/python"])
def test_pictures_a_painter_did_not_paint_are_painted_here(qapp, tmp_path, monkeypatch, worker,
                                                          caplog):
    """The painters are processes (PySide6 6.12 crashed painting on threads): one that dies
    or cannot start costs time, never a picture."""
    from kiosk.demo import painter

    specs = content.photo_specs()[:2]
    monkeypatch.setattr(painter.sys, "executable", worker)
    written = painter.draw_all(tmp_path / "all", specs, ["FR"], workers=2)
    assert all(p.stat().st_size > 1000 for p in written), written
    assert any("painted here" in r.getMessage() or "here instead" in r.getMessage()
               for r in caplog.records)
