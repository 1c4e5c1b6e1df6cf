"""`kiosk checkin`: the door window process."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.cli.base import db_path
from kiosk.core.checkin import Door
from kiosk.core.db import open_db
from kiosk.core.event import event_info
from kiosk.theme import load_theme
from kiosk.ui.app import create_app, place, qml_engine
from kiosk.ui.door.controller import DoorController
from kiosk.ui.door.wedge import WedgeFilter


class DoorWindow(QObject):
    """The loaded window with its controller, scanner capture and (optionally) camera."""

    def __init__(self, db, door: Door, *, camera: bool = False) -> None:  # noqa: ANN001
        super().__init__()
        info = event_info(db)
        self.controller = DoorController(db, door, info.name, self)
        self.engine = qml_engine()
        self.engine.setInitialProperties({
            "theme": load_theme(info.theme), "controller": self.controller,
            "countsModel": self.controller.counts_model, "recentModel": self.controller.recent_model,
            "vipModel": self.controller.vip_model, "searchModel": self.controller.search_model,
        })
        self.engine.loadFromModule("Kiosk.Door", "DoorWindow")
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError("the door window failed to load (see the QML errors above)")
        self.window: QQuickWindow = roots[0]
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
        self.wedge.flush_quietly()
        if self.camera is not None:
            self.camera.stop()
        self.window.close()


def run(args: argparse.Namespace) -> int:
    app = create_app(args, "door")
    from PySide6.QtCore import QLoggingCategory

    # Qt Multimedia (sounds, camera) probes for optional video libraries: not our business.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
    db = open_db(db_path(args))
    from kiosk.cli.base import message_of
    from kiosk.core.errors import KioskError

    try:
        door = Door(db, list_name=getattr(args, "list", None), door=getattr(args, "door", "") or "")
    except KioskError as error:
        sys.stderr.write(f"kiosk: {message_of(error)}\n")
        return 2
    window = DoorWindow(db, door, camera=getattr(args, "camera", False))
    place(window.window, args.screen, args.windowed, size=(1600, 900))
    window.window.requestActivate()
    QTimer.singleShot(0, window.window.requestActivate)
    code = app.exec()
    window.shutdown()
    db.close()
    return int(code)
