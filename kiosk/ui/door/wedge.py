"""Capturing a keyboard-wedge scanner's burst wherever the focus is, in a Qt window.

Installed as an event filter on the door window: printable keys are held for a
moment in a :class:`kiosk.core.scanner.WedgeBuffer`. A fast run ending with
Enter (or silence) is a scan and never reaches the focused field; anything
slower is a person typing, and is delivered to the focused item as it was.

The gaps between keys are taken from the window system's own timestamps where it
gives them (X11 does): a door laptop busy for a moment (a commit, a screenshot,
a keymap reload) delivers a scan's keys late and bunched, and must not read a
pause that the scanner never made, which would cut the scan in two.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickWindow

from kiosk.core.scanner import Outcome, WedgeBuffer

_ENDS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_BLOCKING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
                     event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
                     event.isAutoRepeat(), event.count())


class WedgeFilter(QObject):
    """Turns scanner bursts into ``on_scan(text, length)`` calls; passes a person's typing on."""

    def __init__(self, window: QQuickWindow, on_scan: Callable[[str, int], None],
                 buffer: WedgeBuffer | None = None,
                 typing_target: Callable[[], QObject | None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.on_scan = on_scan
        self.typing_target = typing_target
        self.buffer = buffer or WedgeBuffer()
        self._held: list[QKeyEvent] = []
        self._replaying = False
        self._stamp: tuple[int, float] | None = None  # the last key's (window system time, ours)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._idle)
        window.installEventFilter(self)

    @staticmethod
    def now_ms() -> float:
        return time.monotonic() * 1000.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _ENDS and not (event.modifiers() & _BLOCKING):
            if not self.buffer.pending:
                return False
            self._timer.stop()
            self._handle(self.buffer.enter(self.now_ms()), _copy(event))
            return True
        text = event.text()
        if not text or event.modifiers() & _BLOCKING:
            if self.buffer.pending and text and not text.isprintable():
                # A control character inside a burst belongs to the scan (and will refuse it).
                self._hold(event, text)
                return True
            return False
        if not text.isprintable() and not self.buffer.pending:
            return False
        self._hold(event, text)
        return True

    def _pressed_ms(self, event: QKeyEvent) -> float:
        """When ``event``'s key was pressed, on :meth:`now_ms`'s clock: the previous key's time
        plus the gap the window system stamped between them, never later than now. Without
        stamps (0), or with a gap that cannot be one key after another, the time it arrived."""
        at = now = self.now_ms()
        stamp = event.timestamp()
        if stamp and self._stamp is not None and self.buffer.pending:
            gap = stamp - self._stamp[0]
            if 0 <= gap <= 60_000:
                at = min(now, self._stamp[1] + gap)
        self._stamp = (stamp, at) if stamp else None
        return at

    def _hold(self, event: QKeyEvent, text: str) -> None:
        flushed = self.buffer.key(text, self._pressed_ms(event))
        if flushed is not None:
            self._handle(flushed, None)
        if len(self._held) < 256:
            self._held.append(_copy(event))
        self._timer.start(int(self.buffer.due_in(self.now_ms())) + 1)

    def _idle(self) -> None:
        # Keys may be queued behind this timer (a busy moment): deliver them first, so
        # that a scan is never cut in two by the event loop's order.
        QCoreApplication.processEvents()
        if not self.buffer.pending:
            return
        outcome = self.buffer.idle(self.now_ms())
        if outcome is None:
            if self.buffer.pending:
                self._timer.start(max(1, int(self.buffer.due_in(self.now_ms())) + 1))
            return
        self._handle(outcome, None)

    def flush(self) -> None:
        """Decide whatever is held now (tests, and before the window closes)."""
        self._timer.stop()
        if self.buffer.pending:
            self._handle(self.buffer.enter(self.now_ms() + self.buffer.hold_ms + 1), None)

    def flush_quietly(self) -> None:
        """Forget held keys (closing)."""
        self._timer.stop()
        self._held.clear()
        if self.buffer.pending:
            self.buffer.enter(self.now_ms())

    def _handle(self, outcome: Outcome, end_event: QKeyEvent | None) -> None:
        held, self._held = self._held, []
        if outcome.kind == "scan":
            self.on_scan(outcome.text, outcome.length)
            return
        self._deliver(held + ([end_event] if end_event is not None else []))

    def _deliver(self, events: list[QKeyEvent]) -> None:
        target = self.window.activeFocusItem()
        if target is None or target is self.window.contentItem():
            # Nothing focused: a person typing a name means to search for it.
            target = self.typing_target() if self.typing_target else None
            if target is None:
                return
            target.forceActiveFocus()
        self._replaying = True
        try:
            for event in events:
                QCoreApplication.sendEvent(target, event)
                release = QKeyEvent(QEvent.Type.KeyRelease, event.key(), event.modifiers(),
                                    event.text())
                QCoreApplication.sendEvent(target, release)
        finally:
            self._replaying = False
