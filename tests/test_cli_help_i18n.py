"""The `kiosk` command's help and argparse's own words in French (--lang fr or a French locale);
English unchanged; the French catalogue covers every text of the live parser."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLI_TS = ROOT / "resources" / "i18n" / "cli_fr.ts"
sys.path.insert(0, str(ROOT / "tools"))

NBSP = "\u00a0"
ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
FRENCH_LOCALE = {"LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


@pytest.fixture
def english_afterwards():
    """In-process runs install translators: put English back."""
    yield
    from kiosk import i18n

    i18n.install("en")


def test_top_level_help_in_french(kiosk) -> None:
    result = kiosk("--lang", "fr", "--help", env=ENGLISH)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"utilisation{NBSP}: kiosk [-h] [--version] [--db CHEMIN]")
    for french in (f"arguments positionnels{NBSP}:", f"options{NBSP}:",
                   "afficher cette aide et quitter", "afficher la version du programme et quitter",
                   "Pilote une soirée de remise de prix", "la fenêtre de régie s’ouvre",
                   "langue de l’interface", "COMMANDE"):
        assert french in out, french
    for english in ("usage:", "show this help", "positional arguments", "Runs a gala"):
        assert english not in out, english


@pytest.mark.parametrize(("command", "expected"), [
    (("scan",), ["CONTENU", "le texte scanné", "--list NOM",
                 "mode sortie"]),
    (("import", "guests"), ["utilisation", "fichier", "inscrire chaque invité importé",
                            "--list NOM"]),
    (("show", "move"), ["DE VERS", "agir sur le curseur de la répétition"]),
])
def test_command_help_in_french(kiosk, command: tuple[str, ...], expected: list[str]) -> None:
    result = kiosk("--lang", "fr", *command, "--help", env=ENGLISH)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"utilisation{NBSP}: kiosk {' '.join(command)} ")
    for french in [f"options{NBSP}:", "afficher cette aide et quitter",
                   "fichier de la base d’événement", *expected]:
        assert french in result.stdout, (command, french)


def test_a_french_locale_gives_french_help_without_lang(kiosk) -> None:
    result = kiosk("import", "guests", "--help", env=FRENCH_LOCALE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"utilisation{NBSP}: kiosk import guests")
    assert "inscrire chaque invité importé" in result.stdout
    # --lang en wins over the locale.
    english = kiosk("--lang", "en", "import", "guests", "--help", env=FRENCH_LOCALE)
    assert english.stdout.startswith("usage: kiosk import guests")


@pytest.mark.parametrize("command", [(), ("scan",), ("import", "guests"), ("show", "add")])
def test_english_help_is_unchanged(kiosk, command: tuple[str, ...]) -> None:
    plain = kiosk(*command, "--help", env=ENGLISH)
    chosen = kiosk("--lang", "en", *command, "--help", env=FRENCH_LOCALE)
    assert plain.returncode == chosen.returncode == 0
    assert plain.stdout == chosen.stdout
    assert plain.stdout.startswith(" ".join(["usage: kiosk", *command]))
    assert "options:" in plain.stdout and "show this help message and exit" in plain.stdout
    assert "utilisation" not in plain.stdout


def test_argparse_errors_in_french(kiosk) -> None:
    missing = kiosk("--lang", "fr", "init", env=ENGLISH)
    assert missing.returncode == 2
    assert missing.stderr.startswith(f"utilisation{NBSP}: kiosk init")
    assert (f"kiosk init{NBSP}: erreur{NBSP}: les arguments suivants sont obligatoires{NBSP}: "
            "--name") in missing.stderr
    choice = kiosk("show", "blackout", "maybe", env=FRENCH_LOCALE)
    assert choice.returncode == 2
    assert f"choix invalide{NBSP}: 'maybe' (choisir parmi 'on', 'off', 'toggle')" in choice.stderr
    unknown = kiosk("--lang", "fr", "scan", "--nope", "x", env=ENGLISH)
    assert unknown.returncode == 2
    assert f"arguments non reconnus{NBSP}: --nope" in unknown.stderr
    english = kiosk("init", env=ENGLISH)
    assert english.returncode == 2
    assert "kiosk init: error: the following arguments are required: --name" in english.stderr


def test_in_process_french_then_english(capsys: pytest.CaptureFixture, english_afterwards) -> None:
    from kiosk.cli import main

    with pytest.raises(SystemExit) as info:
        main(["--lang", "fr", "scan", "--help"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith(f"utilisation{NBSP}: kiosk scan")
    with pytest.raises(SystemExit):
        main(["--lang", "en", "scan", "--help"])
    assert capsys.readouterr().out.startswith("usage: kiosk scan [-h] [--db PATH]")


def test_french_leaves_the_argparse_module_alone(capsys: pytest.CaptureFixture,
                                                  english_afterwards) -> None:
    """The translation goes through a parser subclass: argparse's own functions are untouched,
    so another parser in the same process still speaks English."""
    import argparse
    import gettext

    from kiosk.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "fr", "show", "blackout", "maybe"])
    assert f"choix invalide{NBSP}: 'maybe'" in capsys.readouterr().err
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("--n", type=int)
    with pytest.raises(SystemExit):
        other.parse_args(["--n", "x"])
    assert "other: error: argument --n: invalid int value: 'x'" in capsys.readouterr().err


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(CLI_TS).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def test_the_french_catalogue_covers_the_live_parser() -> None:
    import i18n as tool

    missing = tool.cli_untranslated("fr")
    assert missing == [], (
        "kiosk's command line has texts without a French translation: run 'make translations' "
        "(or 'tools/i18n.py update cli'), translate the unfinished entries of "
        "resources/i18n/cli_fr.ts, then 'tools/i18n.py release':\n  " + "\n  ".join(missing))
    unfinished = [(context, source) for context, source, translation in _messages()
                  if translation.get("type") or not (translation.text or "").strip()]
    assert unfinished == []


_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-z%]")


def test_translations_keep_format_placeholders() -> None:
    """argparse fills help and messages with %-formatting: a lost %(prog)s breaks the output."""
    for context, source, translation in _messages():
        text = translation.text or ""
        assert sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(text)), (
            context, source, text)
        assert source.endswith("\n") == text.endswith("\n"), (context, source)
    # The colon argparse puts after a heading gets its French non-breaking space.
    headings = {source: translation.text for context, source, translation in _messages()
                if context == "argparse" and source in ("positional arguments", "options")}
    assert all(text.endswith(NBSP) for text in headings.values()), headings
