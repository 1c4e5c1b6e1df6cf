"""The venue screens of a real organiser's night: its own header, sponsor title and logo, none
of the demo's words; a change shows on a running screen within a second."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize

from kiosk.core import identity
from kiosk.core.db import open_db, write
from kiosk.core.identity import IdentityChange

MARK = ('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        '<rect width="100" height="100" fill="#00ff00"/></svg>')


def _find(window, name: str):
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(item.childItems())
    return window.findChild(QObject, name)


def test_the_header_is_the_event_s_and_follows_a_change(qtbot, db_path: Path, tmp_path: Path) -> None:
    from kiosk.ui.slideshow.window import SlideshowWindow

    (tmp_path / "mark.svg").write_text(MARK)
    db = open_db(db_path)
    identity.change(db, IdentityChange(name="My Gala", slideshow_title="Nos lauréats",
                                       sponsor_title="Partenaire", logo=tmp_path / "mark.svg"))
    with write(db):
        db.execute("INSERT INTO slides(kind, title, body, position) VALUES ('sponsor', 'Maison Dupré',"
                   " 'Joaillier', 1)")
    db.close()
    show = SlideshowWindow(db_path, place=False, size=QSize(1920, 1080), interval=3600,
                           animation_scale=0.0)
    show.window.show()
    try:
        show.start()
        qtbot.waitUntil(lambda: show.controller.shown_count >= 1, timeout=20_000)
        title = _find(show.window, "slideshowTitle")
        assert title.property("text") == "Nos lauréats"

        def mark_shown() -> bool:  # the event's mark, top left
            colour = show.window.grabWindow().pixelColor(64 + 35, 52 + 35)
            return colour.green() > 200 and colour.red() < 60

        qtbot.waitUntil(mark_shown, timeout=3000)
        db = open_db(db_path)
        identity.change(db, IdentityChange(slideshow_title=""))
        db.close()
        qtbot.waitUntil(lambda: title.property("text") == "My Gala", timeout=1000)
    finally:
        show.close()


def test_the_room_beside_a_portrait_has_no_watermark_of_the_demo(qapp) -> None:
    from kiosk.theme import load_theme
    from kiosk.ui.slideshow.room import room_image

    plain = room_image(load_theme("default"), QSize(1920, 1080))
    colours = {plain.pixel(x, y) for x in range(0, plain.width(), 23) for y in range(0, plain.height(), 29)}
    assert len(colours) == 1  # the surface alone
    demo = room_image(load_theme("gt2017"), QSize(1920, 1080))
    colours = {demo.pixel(x, y) for x in range(0, demo.width(), 23) for y in range(0, demo.height(), 29)}
    assert len(colours) > 1  # the demo's "25"
