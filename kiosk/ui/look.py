"""The event's look, followed live: a window's QML gets the event's theme (colours, logos, the
audience's words) as its ``theme`` property, and a new one within a second of any change
committed by another process (``kiosk event set``, the control window's Event panel)."""

from __future__ import annotations

import sqlite3
import sys

import sqlite_utils
from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.db import data_version
from kiosk.theme import event_theme

POLL_MS = 400


class EventLook(QObject):
    """Hands the event's theme to the windows that follow it; polls PRAGMA data_version."""

    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QObject | None = None,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.theme = event_theme(db)
        self._version = data_version(db)
        self._roots: list[QObject] = []
        self._timer = QTimer(self, interval=poll_ms, timeout=self.poll)
        self._timer.start()

    def follow(self, root: QObject) -> None:
        """``root`` (a window's QML root object, with a ``theme`` property) follows the event."""
        self._roots.append(root)

    def stop(self) -> None:
        self._timer.stop()
        self._roots.clear()

    def poll(self) -> None:
        try:
            version = data_version(self.db)
            if version == self._version:
                return
            self._version = version
            theme = event_theme(self.db)
        except sqlite3.ProgrammingError:  # the window's event file closed: it is leaving
            self.stop()
            return
        except (sqlite3.Error, OSError) as error:
            sys.stderr.write(f"kiosk: the event's look cannot be read: {error}\n")
            return
        if theme != self.theme:
            self.theme = theme
            for root in self._roots:
                root.setProperty("theme", theme)
            self.changed.emit()
