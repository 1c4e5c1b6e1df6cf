"""Translations: every catalogue is compiled and current, French shows, the core is complete."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "tools"))


def test_every_ts_has_an_up_to_date_qm() -> None:
    import i18n as tool

    catalogues = sorted(I18N.glob("*.ts"))
    assert {p.name for p in catalogues} >= {"core_fr.ts", "control_fr.ts"}
    assert tool.stale() == []


@pytest.mark.parametrize("name", sorted(p.name for p in I18N.glob("*_fr.ts")))
def test_french_catalogue_is_finished(name: str) -> None:
    root = ET.parse(I18N / name).getroot()
    messages = list(root.iter("message"))
    assert messages
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


@pytest.mark.parametrize("feature", ["control", "door", "stage", "slideshow"])
def test_every_string_of_the_windows_is_in_its_catalogue(feature: str, tmp_path: Path) -> None:
    """The catalogue holds every string its sources mark for translation (qsTr, translate):
    the door's ONLINE and OFFLINE were shown in English to Paris's door staff because they
    were added to the QML without updating the catalogue, which the test above cannot see."""
    import subprocess

    import i18n as tool

    fresh = tmp_path / f"{feature}.ts"
    subprocess.run([tool.tool("pyside6-lupdate"), *map(str, tool.sources(feature)), "-no-obsolete",
                    "-source-language", "en", "-target-language", "fr", "-ts", str(fresh)],
                   check=True, capture_output=True)

    def strings(path: Path) -> set[tuple[str, str]]:
        return {(context.findtext("name"), message.findtext("source"))
                for context in ET.parse(path).getroot().iter("context")
                for message in context.iter("message")}

    missing = strings(fresh) - strings(I18N / f"{feature}_fr.ts")
    assert missing == set(), f"run tools/i18n.py update {feature}, then translate: {missing}"


def test_every_core_error_message_has_a_french_translation() -> None:
    from kiosk.core.errors import MESSAGES

    root = ET.parse(I18N / "core_fr.ts").getroot()
    translated = {m.findtext("source"): m.findtext("translation")
                  for ctx in root.iter("context") if ctx.findtext("name") == "kiosk.core"
                  for m in ctx.iter("message")}
    foundation = [code for code in MESSAGES if code.split(".")[0] in ("db", "key", "import")]
    assert foundation
    for code in foundation:
        assert translated.get(MESSAGES[code]), code
        # The named fields survive translation.
        for field in __import__("re").findall(r"\{(\w+)", MESSAGES[code]):
            assert "{" + field in translated[MESSAGES[code]], (code, field)


def test_cli_speaks_french(kiosk, tmp_path: Path) -> None:
    result = kiosk("--lang", "fr", "--db", str(tmp_path / "none.db"), "import", "guests", "x.csv")
    assert result.returncode == 2
    assert "Aucune base d’événement" in result.stderr
    english = kiosk("--lang", "en", "--db", str(tmp_path / "none.db"), "import", "guests", "x.csv")
    assert "No event database" in english.stderr


def test_control_window_in_french(qtbot, demo_db_path) -> None:
    from PySide6.QtWidgets import QPushButton

    from kiosk import i18n
    from kiosk.core.db import open_db
    from kiosk.core.event import event_info
    from kiosk.ui.app import create_app
    from kiosk.ui.control.window import ControlWindow

    create_app("fr", "control")
    db = open_db(demo_db_path)
    try:
        window = ControlWindow(db, demo_db_path, event_info(db))
        qtbot.addWidget(window)
        assert "Régie du kiosque" in window.windowTitle()
        buttons = {b.text() for b in window.findChildren(QPushButton)}
        assert {"Lancer", "Envoyer aux écrans", "Effacer"} <= buttons
        assert window.announce_countdown.text() == "Compte à rebours"
        assert "ACCUEIL DES INVITÉS" in window.findChildren(type(window.event_name), "cardTitle")[0].text()
        window.close()
    finally:
        db.close()
        i18n.install("en")

