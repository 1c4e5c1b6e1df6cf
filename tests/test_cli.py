"""The `kiosk` command: init, import, --db / KIOSK_DB, --help on every command, --version."""

from __future__ import annotations

import argparse
import json
import stat
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.cli import build_parser, main


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found.extend(_commands(sub, (*prefix, name)))
    return found


def test_every_command_has_help(capsys: pytest.CaptureFixture) -> None:
    commands = _commands(build_parser())
    assert {("init",), ("import", "guests"), ("import", "awards"), ("import", "legends"),
            ("demo",), ("control",)} <= set(commands)
    for command in commands:
        with pytest.raises(SystemExit) as info:
            main([*command, "--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("usage: kiosk " + " ".join(command)), command


def test_version(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"kiosk {__version__}"


def test_init_creates_the_database_and_an_owner_only_key(kiosk, tmp_path: Path) -> None:
    path = tmp_path / "gala.db"
    result = kiosk("--db", str(path), "init", "--name", "Gala de Paris", "--venue", "Palais Brongniart")
    assert result.returncode == 0, result.stderr
    key = Path(str(path) + ".key")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    from kiosk.core.db import open_db
    from kiosk.core.event import event_info

    db = open_db(path)
    info = event_info(db)
    assert (info.name, info.venue) == ("Gala de Paris", "Palais Brongniart")
    assert info.public_key and info.public_key.encode() not in key.read_bytes()
    db.close()


def test_init_refuses_to_overwrite_without_force(kiosk, tmp_path: Path) -> None:
    path = tmp_path / "gala.db"
    assert kiosk("--db", str(path), "init", "--name", "One").returncode == 0
    again = kiosk("--db", str(path), "init", "--name", "Two")
    assert again.returncode == 2
    assert "--force" in again.stderr and str(path) in again.stderr
    assert kiosk("--db", str(path), "init", "--name", "Two", "--force").returncode == 0


def test_db_option_after_the_command_and_the_environment_variable(kiosk, tmp_path: Path) -> None:
    path = tmp_path / "env.db"
    assert kiosk("init", "--db", str(path), "--name", "After").returncode == 0
    csv = tmp_path / "g.csv"
    csv.write_text("first_name,last_name\nAna,Silva\n", encoding="utf-8")
    result = kiosk("import", "guests", str(csv), env={"KIOSK_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 1


def test_a_bad_import_exits_non_zero_naming_file_line_and_field(kiosk, db_path: Path, tmp_path: Path) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("first_name,last_name,email\nAna,Silva,a@x\n,Li,b@x\n", encoding="utf-8")
    result = kiosk("--db", str(db_path), "import", "guests", str(csv))
    assert result.returncode == 1
    assert f"{csv}, line 3, field 'first_name'" in result.stderr
    assert result.stdout == ""


def test_a_missing_database_is_a_clear_error(kiosk, tmp_path: Path) -> None:
    csv = tmp_path / "g.csv"
    csv.write_text("first_name,last_name\nAna,Silva\n", encoding="utf-8")
    result = kiosk("--db", str(tmp_path / "nope.db"), "import", "guests", str(csv))
    assert result.returncode == 2
    assert "No event database" in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_french_messages_with_lang_fr(kiosk, tmp_path: Path) -> None:
    result = kiosk("--lang", "fr", "--db", str(tmp_path / "nope.db"), "import", "guests", "x.csv")
    assert result.returncode == 2
    assert "Aucune base" in result.stderr and str(tmp_path / "nope.db") in result.stderr
