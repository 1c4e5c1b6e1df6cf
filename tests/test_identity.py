"""The event's identity: init and 'event set' flags, validation, contrast, the log, the prize."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core import identity
from kiosk.core.db import open_db
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, recent
from kiosk.core.identity import IdentityChange

LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0a0"/></svg>'
HERE = Origin("test-host", "cli", 1)


def test_a_new_event_has_nothing_of_the_demo(db) -> None:
    found = identity.read(db)
    assert (found.logo, found.prize, found.slideshow_title, found.sponsor_title) == ("", "", "", "")
    assert found.theme == "default" and not found.demo


def test_every_change_is_validated_and_recorded_with_its_origin(db, tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text(LOGO_SVG)
    result = identity.change(db, IdentityChange(name="My Gala", venue="Salle Pleyel", date="2026-06-12",
                                                timezone="Europe/Brussels", language="fr", logo=logo,
                                                accent="#00A3E0", prize="Un trophée",
                                                slideshow_title="Nos lauréats",
                                                sponsor_title="Partenaire"), origin=HERE)
    found = identity.read(db)
    assert found.accent == "#00a3e0" and found.language == "fr" and found.timezone == "Europe/Brussels"
    assert found.logo.startswith("event/logo-") and found.logo.endswith(".svg")
    assert identity.logo_bytes(db)[1] == LOGO_SVG.encode()
    event = recent(db, "event.changed")[0]
    assert event.origin == str(HERE) and event.payload["prize"] == "Un trophée"
    assert result.changed["venue"] == "Salle Pleyel"
    logo.unlink()  # copied into the event: the file may go
    assert identity.logo_bytes(db) is not None


@pytest.mark.parametrize(("change", "code"), [
    (IdentityChange(timezone="Mars/Olympus"), "event.bad_timezone"),
    (IdentityChange(date="24/11/2026"), "event.bad_date"),
    (IdentityChange(language="de"), "event.bad_language"),
    (IdentityChange(accent="gold"), "event.bad_colour"),
    (IdentityChange(accent="#0b0b10"), "event.contrast_refused"),
    (IdentityChange(background="#f0f0f0", accent="#ffffff"), "event.contrast_refused"),
    (IdentityChange(logo=Path("/no/such/logo.png")), "event.bad_logo"),
    (IdentityChange(logo=Path(__file__)), "event.bad_logo"),
    (IdentityChange(name=" "), "event.bad_name"),
])
def test_a_bad_value_is_refused_and_nothing_changes(db, change: IdentityChange, code: str) -> None:
    before = identity.read(db)
    with pytest.raises(KioskError) as info:
        identity.change(db, change)
    assert info.value.code == code
    assert identity.read(db) == before
    assert recent(db, "event.changed") == []


def test_contrast_follows_wcag() -> None:
    assert identity.contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert identity.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert identity.text_on("#f5f5f0") == identity.DARK_TEXT
    assert identity.text_on("#101828") == identity.LIGHT_TEXT
    # Readable for large titles but not for small text: a warning, not a refusal.
    warnings = identity.check_contrast("#3a6ea5", "#05070e")
    assert [w["code"] for w in warnings] == ["event.contrast_low"]
    assert identity.check_contrast("#d4af5a", "#05070e") == []


def test_event_set_and_show_on_the_command_line(kiosk, db_path: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text(LOGO_SVG)
    result = kiosk("--db", str(db_path), "event", "set", "--name", "My Gala", "--logo", str(logo),
                   "--accent", "#3a6ea5", "--prize", "", "--slideshow-title", "Our winners")
    assert result.returncode == 0, result.stderr
    assert "3.8:1" in result.stderr  # the contrast warning
    shown = json.loads(kiosk("--db", str(db_path), "event", "show").stdout)
    assert shown["name"] == "My Gala" and shown["slideshow_title"] == "Our winners"
    assert shown["accent"] == "#3a6ea5" and shown["logo"].endswith(".svg")
    refused = kiosk("--db", str(db_path), "event", "set", "--timezone", "Europe/Parsi")
    assert refused.returncode == 1 and "Europe/Parsi" in refused.stderr


def test_init_takes_the_same_flags_and_says_which_zone_it_inferred(kiosk, tmp_path: Path) -> None:
    path = tmp_path / "gala.db"
    result = kiosk("--db", str(path), "init", "--name", "Gala", "--language", "fr",
                   "--accent", "#00a3e0", "--prize", "Trophée", env={"TZ": "America/Montreal"})
    assert result.returncode == 0, result.stderr
    assert "America/Montreal" in result.stdout
    db = open_db(path)
    found = identity.read(db)
    db.close()
    assert (found.timezone, found.language, found.accent, found.prize) == (
        "America/Montreal", "fr", "#00a3e0", "Trophée")
    bad = kiosk("--db", str(tmp_path / "other.db"), "init", "--name", "X", "--timezone", "Nowhere")
    assert bad.returncode == 1 and not (tmp_path / "other.db").exists()


def test_the_awards_prize_column_and_show_status(kiosk, db_path: Path, tmp_path: Path) -> None:
    csv = tmp_path / "awards.csv"
    csv.write_text("category,order,sponsor,nominee,team,car,nationality,photo,winner,prize\n"
                   "Best Driver,1,,Ann Lee,Team A,Car,BE,,yes,A gold helmet\n"
                   "Best Driver,1,,Bo Kim,Team B,Car,KR,,,\n"
                   "Best Team,2,,Team A,Team A,,FR,,yes,\n")
    assert kiosk("--db", str(db_path), "import", "awards", str(csv)).returncode == 0
    assert kiosk("--db", str(db_path), "event", "set", "--prize", "A watch").returncode == 0
    assert kiosk("--db", str(db_path), "show", "rebuild").returncode == 0
    order = json.loads(kiosk("--db", str(db_path), "show", "list").stdout)["cues"]
    winners = [c["index"] for c in order if c["kind"] == "winner"]
    prizes = []
    for index in winners:
        status = json.loads(kiosk("--db", str(db_path), "show", "goto", str(index)).stdout)
        assert status["index"] == index and status["number"] == index + 1
        prizes.append(status["prize"])
    assert prizes == ["A gold helmet", "A watch"]
    assert kiosk("--db", str(db_path), "event", "set", "--prize", "").returncode == 0
    status = json.loads(kiosk("--db", str(db_path), "show", "status").stdout)
    assert status["prize"] == ""
