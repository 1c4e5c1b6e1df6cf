"""A venue machine's window obeying the control (issue 15): blank, its name shown big to
identify it, and (on the stage) a message to it alone. Laid over the slideshow or the audience stage of a copy that joins a venue,
from the orders its link wrote into the file (:mod:`kiosk.core.machine_screen`)."""

from __future__ import annotations

import sqlite3

import sqlite_utils
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.core import machine_screen, replica
from kiosk.core.clock import SYSTEM, Clock

POLL_MS = 200


class MachineScreen(QObject):
    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, link: replica.Link, window: str,
                 clock: Clock = SYSTEM, parent: QObject | None = None,
                 announces: bool = False) -> None:
        super().__init__(parent)
        self.db, self.link, self.clock = db, link, clock
        self.window = window
        self.announces = announces  # the overlay shows the message to this machine alone
        self.orders = machine_screen.Orders()
        self._identifying = False
        self.item: QQuickItem | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self.poll()
        self._timer.start()

    @Slot()
    def poll(self) -> None:
        try:
            orders = machine_screen.orders(self.db)
        except sqlite3.Error:  # busy or closing: the screen stays as it is
            return
        identifying = orders.identifying(self.clock.now())
        if orders != self.orders or identifying != self._identifying:
            self.orders, self._identifying = orders, identifying
            self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()

    blank = Property(bool, lambda self: self.orders.blank, notify=changed)
    identifying = Property(bool, lambda self: self._identifying, notify=changed)
    announcement = Property(str, lambda self: (self.orders.announcement or "")
                            if self.announces else "", notify=changed)
    name = Property(str, lambda self: self.link.name, constant=True)
    roleText = Property(str, lambda self: self.link.role, constant=True)  # noqa: N815
    detail = Property(str, lambda self: self.window, constant=True)


def attach(engine: QQmlEngine, window: QQuickWindow, db: sqlite_utils.Database,
           kind: str, announces: bool = False) -> MachineScreen | None:
    """Lay the overlay over ``window`` when its file is a venue copy (else None);
    ``announces``: the overlay shows the message to this machine alone (the slideshow
    shows it in its own announcement, with its look)."""
    link = replica.link_of(db)
    if link is None or link.role == "control":
        return None
    machine = MachineScreen(db, link, kind, parent=window, announces=announces)
    component = QQmlComponent(engine)
    component.loadFromModule("Kiosk", "MachineOverlay")
    item = component.createWithInitialProperties({"machine": machine}, engine.rootContext())
    if item is None:
        raise RuntimeError(f"the machine overlay failed to load: {component.errorString()}")
    item.setParentItem(window.contentItem())
    item.setParent(window.contentItem())
    machine.item = item
    return machine
