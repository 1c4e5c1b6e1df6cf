"""Flags for every ISO 3166 country, shipped (flag-icons, MIT), used where an event draws none."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.core.flags import flag_file, shipped
from kiosk.core.show import cues
from kiosk.paths import resources_dir

# A sample across the alphabet and the continents, with the codes the demo never uses.
CODES = ["ad", "br", "cn", "za", "jp", "nz", "mx", "ng", "sa", "kr", "ua", "zw", "gb", "us"]


def test_every_country_has_a_flag_and_the_licence_ships() -> None:
    folder = resources_dir() / "flags"
    assert len(list(folder.glob("*.svg"))) >= 249
    assert all(shipped(code) for code in CODES)
    assert "MIT License" in (folder / "LICENSE-flag-icons.txt").read_text()
    assert shipped("xx") is None and shipped("../etc") is None


def test_an_event_s_own_flags_come_first(tmp_path: Path) -> None:
    (tmp_path / "flags").mkdir()
    (tmp_path / "flags" / "fr.png").write_bytes(b"\x89PNG")
    assert flag_file(tmp_path / "flags", "FR") == str(tmp_path / "flags" / "fr.png")
    assert flag_file(tmp_path / "flags", "BR").endswith("resources/flags/br.svg")
    assert flag_file(None, "") == ""


def test_a_real_event_s_nominees_get_flags(kiosk, db_path: Path, tmp_path: Path, db) -> None:
    csv = tmp_path / "awards.csv"
    csv.write_text("category,order,sponsor,nominee,team,car,nationality,photo,winner\n"
                   "Best Driver,1,,Ana Souza,T,C,BR,,yes\nBest Driver,1,,Kenji Ito,T,C,JP,,\n")
    assert kiosk("--db", str(db_path), "import", "awards", str(csv)).returncode == 0
    assert kiosk("--db", str(db_path), "show", "rebuild").returncode == 0
    nominees = next(c for c in cues.load_cues(db) if c["kind"] == "nominees")["nominees"]
    assert [Path(n["flag"]).name for n in nominees] == ["br.svg", "jp.svg"]
    json.dumps(nominees)
