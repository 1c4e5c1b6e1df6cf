"""What every window process does around its windows, in one place.

The application and its language, the event file, leaving cleanly on SIGTERM or SIGINT (the
control window stops its jobs with SIGTERM; the screensaver settings must come back), keeping the
screen awake, the first-frame report of the cold-start benchmarks, and a frozen collector.
"""

from __future__ import annotations

import gc
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from types import FrameType

import sqlite_utils
from PySide6.QtCore import QEvent, QLoggingCategory, QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWidgets import QWidget

from kiosk.core.db import open_db
from kiosk.core.events import Origin
from kiosk.ui.app import create_app, require_screen

# "1": print "first-frame N ms" (since the process started) once the first frame is shown;
# "exit": then quit as well (the stage's cold-start benchmark).
FIRST_FRAME_ENV = "KIOSK_FIRST_FRAME"
# "1": print "first-frame <unix time>" once the first frame is shown, then quit (the control
# window's cold-start benchmark).
FIRST_FRAME_EXIT_ENV = "KIOSK_FIRST_FRAME_EXIT"
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class WindowProcess:
    """One window process's life: a context manager around building and running its windows.

    On leaving, what was taken is given back, last first: ``on_exit`` callbacks run, the screen
    may sleep again, the event files close, the signals get their old handlers.
    """

    def __init__(self, role: str, language: str | None) -> None:
        self.started = time.perf_counter()
        # Qt Multimedia (sounds, video, camera) probes for optional hardware-decoding libraries:
        # their absence is normal, not news.
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
        self.app = create_app(language, role)
        # What this process's windows do (a scan, a show step...) is recorded as coming from here.
        self.origin = Origin.of_this_process(role)
        self.stopping = False
        self._exit = ExitStack()
        self._exit.enter_context(_StopSignals(self.stop))
        self._watchers: list[FirstFrame] = []

    def __enter__(self) -> WindowProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self._exit.close()

    def open_event(self, path: Path) -> sqlite_utils.Database:
        """The event file, closed when the process leaves."""
        db = open_db(path)
        self._exit.callback(db.close)
        return db

    def announce(self, db: sqlite_utils.Database, screen: int | None) -> None:
        """Say in the event file that this window runs (role, screen, pid, host), and beat a
        heartbeat until it leaves. Refused, before any window shows, when the screen is not
        attached or a window of the same role already runs on it."""
        from kiosk.core import windows
        require_screen(screen)
        windows.announce(db, self.origin, None if screen is None else screen + 1)
        self._exit.callback(lambda: _quietly(windows.leave, db, self.origin))
        timer = QTimer(self.app)
        timer.setInterval(windows.HEARTBEAT_S * 1000)
        timer.timeout.connect(lambda: _quietly(windows.heartbeat, db, self.origin))
        timer.start()
        self._exit.callback(timer.stop)

    def speak_to_audience(self, db: sqlite_utils.Database) -> None:
        """An audience's window (the stage, the venue screens) speaks the event's language
        ('kiosk event set --language'), whatever the operator's --lang."""
        from kiosk import i18n
        from kiosk.core import identity

        i18n.install(identity.read(db).language)

    def on_exit(self, callback: Callable[[], object]) -> None:
        self._exit.callback(callback)

    def keep_awake(self, reason: str, after_ms: int = 0) -> None:
        """Hold off the screensaver and blanking until the process leaves.

        ``after_ms`` lets the first frame come first: the xset and D-Bus calls take time.
        """
        from kiosk.ui.display import Awake, hold_awake

        held: list[Awake] = []

        def release() -> None:
            for awake in held:
                awake.release()

        self._exit.callback(release)
        if after_ms:
            QTimer.singleShot(after_ms, lambda: held.append(hold_awake(reason)))
        else:
            held.append(hold_awake(reason))

    def watch_first_frame(self, window: QQuickWindow | QWidget,
                          then: Callable[[], object] | None = None) -> None:
        """Report the window's first frame when the environment asks, then call ``then``."""
        stamp = os.environ.get(FIRST_FRAME_ENV, "")
        unix_and_exit = os.environ.get(FIRST_FRAME_EXIT_ENV) == "1"
        if not (stamp or unix_and_exit or then):
            return

        def report() -> None:  # at the frame's swap, possibly on the render thread
            if unix_and_exit:
                _say(f"first-frame {time.time():.6f}")
            elif stamp:
                _say(f"first-frame {(time.perf_counter() - self.started) * 1000:.1f} ms")

        def after() -> None:  # on the GUI thread, once the frame is done
            if unix_and_exit or stamp == "exit":
                self.stop()
            elif then is not None:
                then()

        self._watchers.append(FirstFrame(window, report, after))

    def stop(self, *_: object) -> None:
        """Leave the event loop (also before it runs): the windows are not asked to close."""
        self.stopping = True
        self.app.exit(0)

    def exec(self) -> int:
        # Everything built so far lives as long as the process: keep the collector from walking
        # it again in the middle of a key press or a frame.
        gc.collect()
        gc.freeze()
        if self.stopping:  # a signal came while the windows were being built
            return 0
        return int(self.app.exec())


class FirstFrame(QObject):
    """Once a window has shown its first frame: ``report`` at once, ``after`` on the GUI thread."""

    _shown = Signal()

    def __init__(self, window: QQuickWindow | QWidget, report: Callable[[], None],
                 after: Callable[[], None]) -> None:
        super().__init__()
        self.report = report
        self.done = False
        self._shown.connect(after, Qt.ConnectionType.QueuedConnection)
        if isinstance(window, QQuickWindow):
            # Straight from the frame's swap (possibly on the render thread): the time is exact.
            window.frameSwapped.connect(self._first, Qt.ConnectionType.DirectConnection)
        else:
            window.installEventFilter(self)

    def _first(self) -> None:
        if not self.done:
            self.done = True
            self.report()
            self._shown.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.done:
            # When the rest of this frame (the child widgets) is painted too.
            QTimer.singleShot(0, self._first)
        return False


class _StopSignals:
    """SIGTERM and SIGINT call ``stop``, even while Qt's event loop waits with no Python running.

    Python runs a signal handler only between two of its own instructions; the signal's byte on
    a socket wakes Qt's loop, whose (Python) slot lets the handler run at once.
    """

    def __init__(self, stop: Callable[[int, FrameType | None], None]) -> None:
        self.stop = stop

    def __enter__(self) -> _StopSignals:
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self.stop) for sig in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._drain)
        return self

    def _drain(self) -> None:
        try:
            self._read.recv(64)
        except OSError:
            pass

    def __exit__(self, *exc: object) -> None:
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()


def _quietly(action: Callable[..., object], *args: object) -> None:
    """A bookkeeping write that must never stop a show (a busy or read-only file)."""
    import sqlite3

    try:
        action(*args)
    except sqlite3.Error as error:
        sys.stderr.write(f"kiosk: could not update the running windows: {error}\n")


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
