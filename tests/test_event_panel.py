"""The control window's Event panel: the event's identity, saved as 'kiosk event set' does, with a
live preview of the opening card."""

from __future__ import annotations

from pathlib import Path

from kiosk.core import identity
from kiosk.core.events import Origin, recent

ORIGIN = Origin("control-pc", "control", 7)


def _panel(qtbot, db):
    from kiosk.ui.control.event_panel import EventPanel

    panel = EventPanel(db, ORIGIN)
    qtbot.addWidget(panel)
    return panel


def test_a_change_is_previewed_then_saved_and_recorded(qtbot, db, tmp_path: Path) -> None:
    panel = _panel(qtbot, db)
    root = panel.quick.rootObject()
    assert root is not None and root.property("theme")["event"]["name"] == "Test Gala"
    panel.fields["name"].setText("My Gala")
    panel.fields["accent"].setText("#00a3e0")
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>')
    panel.choose_logo(logo)
    theme = root.property("theme")
    assert theme["event"]["name"] == "My Gala" and theme["colors"]["primary"] == "#00a3e0"
    assert theme["logoUrl"] == logo.as_uri()
    assert identity.read(db).name == "Test Gala"  # only a preview so far
    assert panel.save()
    saved = identity.read(db)
    assert (saved.name, saved.accent) == ("My Gala", "#00a3e0") and saved.logo.endswith(".svg")
    event = recent(db, "event.changed")[0]
    assert event.origin == str(ORIGIN) and set(event.payload) == {"name", "accent", "logo"}


def test_an_unreadable_colour_is_refused_and_said(qtbot, db) -> None:
    panel = _panel(qtbot, db)
    panel.fields["accent"].setText("#07080f")
    assert not panel.save()
    assert "contrast" in panel.message.text()
    assert identity.read(db).accent == ""


def test_a_change_from_elsewhere_shows(qtbot, db) -> None:
    panel = _panel(qtbot, db)
    identity.change(db, identity.IdentityChange(prize="A trophy"))
    panel.refresh()
    assert panel.fields["prize"].text() == "A trophy"
