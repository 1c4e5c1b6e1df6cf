"""Building a stage window (audience or presenter) around a controller; used by run() and tests."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.core import machine_screen
from kiosk.core.event import event_info
from kiosk.core.events import Origin
from kiosk.ui.app import qml_engine
from kiosk.ui.look import EventLook
from kiosk.ui.machine_overlay import attach as attach_machine
from kiosk.ui.stage.clicker import Action, Clicker
from kiosk.ui.stage.controller import StageController, long_date
from kiosk.ui.stage.video import register as register_video

TELL_MS = 300  # the cue on screen is told to the control this long after it changed

register_video()  # the software renderer's video item, before any stage QML loads


class KeyFilter(QObject):
    """Every key to the window goes through the clicker; nothing else acts on a key."""

    def __init__(self, controller: StageController, clicker: Clicker,
                 quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clicker = clicker
        self.quit = quit
        self.allow_close = False
        self.last: Action | None = None
        self.draw_now = False  # set for the software renderer (StageWindow)
        controller.entered.connect(clicker.entered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            action = self.handle(event)  # type: ignore[arg-type]
            if action in (Action.FORWARD, Action.BACK, Action.BLACKOUT) and self.draw_now:
                # Draw the new cue now rather than at the window's next scheduled update
                # (which, between animation ticks, can be 5-15 ms away).
                QCoreApplication.sendEvent(watched, QEvent(QEvent.Type.UpdateRequest))
            return True
        if kind in (QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return True
        if kind == QEvent.Type.Close and not self.allow_close:
            # A window manager's close (Alt+F4...) never takes the show off the screen.
            event.ignore()
            return True
        return False

    def handle(self, event: QKeyEvent) -> Action:
        self.clicker.guard_ms = self.controller.guard_ms
        action = self.clicker.press(event.key(), event.modifiers(), event.isAutoRepeat())
        self.last = action
        if action is Action.FORWARD:
            self.controller.forward()
        elif action is Action.BACK:
            self.controller.back()
        elif action is Action.BLACKOUT:
            self.controller.toggleBlackout()
        elif action is Action.TAKEOVER:
            self.controller.takeover()
        elif action is Action.QUIT:
            self.allow_close = True
            self.quit()
        return action


class StageWindow:
    """The engine, root window, controller and key filter of one stage window."""

    def __init__(self, db: sqlite_utils.Database, presenter: bool = False,
                 rehearsal: bool = False, animation_scale: float = 1.0,
                 quit: Callable[[], None] | None = None, origin: Origin | None = None,
                 machine: str = "", online: Callable[[], bool] | None = None) -> None:
        self.db = db
        info = event_info(db)
        date_text = long_date(info.date)
        self.controller = StageController(db, rehearsal=rehearsal, presenter=presenter,
                                          date_text=date_text, origin=origin, machine=machine,
                                          online=online)
        # The event's look, followed live (kiosk event set, the control window's Event panel).
        self.look = EventLook(db)
        self.engine: QQmlApplicationEngine = qml_engine()
        self.engine.setInitialProperties({
            "controller": self.controller, "theme": self.look.theme,
            "animationScale": animation_scale,
            "eventName": info.name, "eventVenue": info.venue, "eventDate": date_text,
            "runningOrder": self.controller.order,
        })
        name = "PresenterWindow" if presenter else "AudienceWindow"
        self.engine.loadFromModule("Kiosk.Stage", name)
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError(f"the {name} QML failed to load")
        self.window: QQuickWindow = roots[0]
        self.look.follow(self.window)
        self.clicker = Clicker(self.controller.guard_ms)
        self.clicker.entered(False)
        self.keys = KeyFilter(self.controller, self.clicker, quit or self.close)
        self.window.installEventFilter(self.keys)
        self.keys.draw_now = (self.window.rendererInterface().graphicsApi()
                              == QSGRendererInterface.GraphicsApi.Software)
        if not presenter:
            # Queued: frameSwapped may come from the render thread; the cards are built here.
            self.window.frameSwapped.connect(self.controller.frameShown,
                                             Qt.ConnectionType.QueuedConnection)
        self.controller.cueChanged.connect(self._title)
        self.controller.indexChanged.connect(self._title)
        self._title()
        # A venue copy's audience window: blank and identify as the control asks, and the cue
        # on screen told to the control (after the cue's first frames, never before them).
        self.machine = None if presenter else attach_machine(self.engine, self.window, db, "stage",
                                                         announces=True)
        if self.machine is not None:
            self._tell = QTimer(self.window)
            self._tell.setSingleShot(True)
            self._tell.setInterval(TELL_MS)
            self._tell.timeout.connect(self._tell_showing)
            self.controller.indexChanged.connect(self._tell.start)
            self._tell.start()

    def _tell_showing(self) -> None:
        state, cue = self.controller.state, self.controller.current_cue()
        if not machine_screen.show(self.db, "stage", {
                "kind": "cue", "number": state.cursor + 1 if state.count else 0,
                "total": state.count, "cue": cue.get("kind", ""), "title": cue.get("title", "")}):
            self._tell.start()  # the link was writing: in a moment

    def _title(self) -> None:
        role = "presenter" if self.controller.presenter else "audience"
        state = self.controller.state
        # The title carries the shown cue: harmless on a full-screen window, handy for operators
        # (and end-to-end tests) listing windows.
        self.window.setTitle(f"Kiosk Stage {role} · cue {state.cursor}/{state.count}"
                             f" · {self.controller.current_cue()['kind']}")

    def close(self) -> None:
        if self.machine is not None:
            self.machine.stop()
            self._tell.stop()
        self.controller.stop()
        self.look.stop()
        self.keys.allow_close = True
        self.window.close()
