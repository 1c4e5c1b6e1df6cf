"""`kiosk checkin`: the door window process."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.core.checkin import Door
from kiosk.core.event import event_info
from kiosk.ui.app import place, qml_engine
from kiosk.ui.door.controller import DoorController
from kiosk.ui.door.wedge import WedgeFilter
from kiosk.ui.look import EventLook
from kiosk.ui.startup import WindowProcess
from kiosk.venue.link import open_link


class DoorWindow(QObject):
    """The loaded window with its controller, scanner capture and (optionally) camera."""

    def __init__(self, db, door: Door, *, camera: bool = False) -> None:  # noqa: ANN001
        super().__init__()
        info = event_info(db)
        self.controller = DoorController(db, door, info.name, self)
        self.engine = qml_engine()
        self.look = EventLook(db, self)
        self.engine.setInitialProperties({
            "theme": self.look.theme, "controller": self.controller,
            "countsModel": self.controller.counts_model, "recentModel": self.controller.recent_model,
            "vipModel": self.controller.vip_model, "searchModel": self.controller.search_model,
        })
        self.engine.loadFromModule("Kiosk.Door", "DoorWindow")
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError("the door window failed to load (see the QML errors above)")
        self.window: QQuickWindow = roots[0]
        self.look.follow(self.window)
        self.wedge = WedgeFilter(self.window, self.controller.scan_burst,
                                 typing_target=self._search_field)
        self.camera = None
        if camera:
            from kiosk.ui.door.camera import CameraReader

            self.camera = CameraReader(self)
            self.camera.decoded.connect(self._camera_scan)
            self.camera.statusChanged.connect(self.controller.set_camera_status)
            self.camera.start()

    def _search_field(self) -> QQuickItem | None:
        return self.window.findChild(QQuickItem, "searchField")

    def _camera_scan(self, text: str) -> None:
        self.controller.scan(text)

    def shutdown(self) -> None:
        """Stop reading the database and the camera; the window can then close."""
        self.controller.stop()
        self.look.stop()
        self.wedge.flush_quietly()
        if self.camera is not None:
            self.camera.stop()
        self.window.close()
        # The QML goes now, before the controller it reads from (or its bindings see null).
        shiboken6.delete(self.engine)


def run(db_path: Path, *, list_name: str | None = None, door: str = "", camera: bool = False,
        screen: int | None = None, windowed: bool = False, language: str | None = None) -> int:
    """Raises KioskError (before any window shows) when the list does not exist."""
    with WindowProcess("door", language) as process:
        db = process.open_event(db_path)
        process.announce(db, screen)
        # A copy that joins a venue: its link connects in the background, never holding the
        # window (each admission asks the hub for 300 ms at most, then decides alone).
        link = open_link(db, db_path)
        door_session = Door(db, list_name=list_name, door=door, origin=process.origin, hub=link)
        if link is not None:
            process.on_exit(link.close)
        window = DoorWindow(db, door_session, camera=camera)
        process.on_exit(window.shutdown)
        place(window.window, screen, windowed, size=(1600, 900))
        window.window.requestActivate()
        QTimer.singleShot(0, window.window.requestActivate)
        process.watch_first_frame(window.window)
        return process.exec()
