"""The screen's side of the preparer: a low-priority process that makes screen-sized copies of
the photos ahead of the show (screen_copy.py), one photo at a time.

A process, not a thread: it shares no GIL with the screen, the kernel gives it only the cores
nobody else wants (nice 19, SCHED_IDLE), and it contains the damage a bad file can do. A photo
that crashes the process, or keeps it busy over ``hang_seconds``, is skipped by name (one
``failed`` signal, one warning) and a new process goes on with the next photos. The process
runs only while there are photos to prepare: once they are all in the cache it exits.

The copies are then read and decoded in the screen's own process, on Qt Quick's image-loading
thread (``Image { asynchronous: true }``). That thread gets the same lowest priority, once it
exists: a decode (a 1080p JPEG is 10-20 ms of a core) never takes a core from the GUI thread
or the X server, which on two cores would show as a stalled frame. A slide waits for its photo
(SlideView's ``ready``), so a decode that waits costs no frame.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QSize, QTimer, Signal

log = logging.getLogger("kiosk.slideshow")

NICE = 19
HANG_SECONDS = 30.0  # one photo taking longer than this means the process is stuck
IMAGE_THREAD = "QQuickPixmapRea"  # Qt Quick's image-loading thread, as Linux names it (15 chars)
IMAGE_THREAD_TRIES = 50  # looked for every 100 ms after a copy is ready, until found


def lower_priority(pid: int) -> None:
    """Leave every core to the screen and the X server whenever they want one."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, NICE)
        if hasattr(os, "SCHED_IDLE"):
            os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):  # pragma: no cover - not Unix, or a sandbox refuses
        pass


def lower_image_thread() -> bool:
    """Give Qt Quick's image-loading thread in this process the lowest priority (see the
    module); False while it does not exist yet (it starts with the first image loaded)."""
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:  # pragma: no cover - not Linux: nothing to lower
        return True
    for tid in tasks:
        try:
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as handle:
                name = handle.read().strip()
        except OSError:  # that thread just ended
            continue
        if name == IMAGE_THREAD:
            lower_priority(int(tid))  # Linux: a thread id sets that thread alone
            return True
    return False


class Preparer(QObject):
    """Asks for copies; one ``prepared`` or ``failed`` signal per photo asked for."""

    prepared = Signal(str, str, int, int)  # token, copy's path, width, height
    failed = Signal(str, str, str)  # token, photo's path, reason

    def __init__(self, cache: Path, screen: QSize, hang_seconds: float | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        hang_seconds = hang_seconds or HANG_SECONDS
        self.cache = Path(cache)
        self.screen = QSize(screen)
        self._queue: OrderedDict[str, str] = OrderedDict()  # token: path, not yet sent
        self._busy: tuple[str, str] | None = None  # (token, path) the process is on
        self._buffer = b""
        self._proc: QProcess | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(round(hang_seconds * 1000))
        self._watchdog.timeout.connect(self._hung)
        self._hang_seconds = hang_seconds
        self._hang_reason = ""
        self._ready = False
        self._image_thread = QTimer(self)  # looks for Qt's image-loading thread: see the module
        self._image_thread.setInterval(100)
        self._image_thread.timeout.connect(self._lower_image_thread)
        self._image_thread_tries = 0
        self._image_thread_low = False

    @property
    def pid(self) -> int | None:
        return self._proc.processId() or None if self._proc is not None else None

    def want(self, token: str, path: str, *, first: bool = False) -> None:
        """Prepare ``path`` (known as ``token``) unless it is already on its way."""
        if (self._busy and self._busy[0] == token) or (token in self._queue and not first):
            return
        self._queue[token] = path
        if first:
            self._queue.move_to_end(token, last=False)
        self._next()

    @property
    def idle(self) -> bool:
        """Every photo asked for is prepared or skipped."""
        return not self._queue and self._busy is None

    def close(self) -> None:
        self._image_thread.stop()
        self._queue.clear()
        self._busy = None
        self._stop()

    # ------------------------------------------------------------------ process

    def _start(self) -> None:
        proc = QProcess(self)
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        env = QProcessEnvironment.systemEnvironment()
        package_root = str(Path(__file__).resolve().parents[3])
        env.insert("PYTHONPATH", os.pathsep.join(p for p in (package_root, env.value("PYTHONPATH")) if p))
        proc.setProcessEnvironment(env)
        proc.readyReadStandardOutput.connect(self._readable)
        proc.finished.connect(self._finished)
        proc.errorOccurred.connect(self._error)
        self._proc, self._buffer = proc, b""
        self._ready = False
        proc.start(sys.executable, ["-m", "kiosk.ui.slideshow.screen_copy", str(os.getpid()),
                                    str(self.cache),
                                    str(self.screen.width()), str(self.screen.height())])
        if proc.waitForStarted(5000):  # fork and exec: milliseconds
            lower_priority(proc.processId())

    def _detach(self) -> QProcess | None:
        """The process, no longer ours: it finishes on its own."""
        self._watchdog.stop()
        proc, self._proc = self._proc, None
        if proc is not None:
            for signal, slot in ((proc.readyReadStandardOutput, self._readable),
                                 (proc.finished, self._finished), (proc.errorOccurred, self._error)):
                signal.disconnect(slot)
            proc.finished.connect(proc.deleteLater)
        return proc

    def _stop(self) -> None:
        proc = self._detach()
        if proc is not None:
            proc.kill()
            proc.waitForFinished(2000)

    def _next(self) -> None:
        if self._busy is not None:
            return
        if not self._queue:
            proc = self._detach()
            if proc is not None:
                proc.closeWriteChannel()  # nothing left: the process ends
            return
        if self._proc is None:
            self._start()
            if self._proc is None:
                return
        self._busy = self._queue.popitem(last=False)
        self._proc.write(json.dumps(self._busy[1]).encode() + b"\n")
        if self._ready:
            self._watchdog.start()

    def _readable(self) -> None:
        if self._proc is not None:
            self._read(self._proc)
            self._next()

    def _read(self, proc: QProcess) -> None:
        self._buffer += bytes(proc.readAllStandardOutput())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self._answer(json.loads(line))

    def _answer(self, answer: dict) -> None:
        if answer.get("ready"):  # started: the photo's time begins
            self._ready = True
            if self._busy is not None:
                self._watchdog.start()
            return
        busy, self._busy = self._busy, None
        self._watchdog.stop()
        if busy is None or busy[1] != answer.get("path"):
            return  # an answer for a request given up
        token, path = busy
        if "file" in answer:
            if not self._image_thread_low and not self._image_thread.isActive():
                self._image_thread_tries = 0
                self._image_thread.start()
            self.prepared.emit(token, answer["file"], int(answer["width"]), int(answer["height"]))
        else:
            self._fail(token, path, answer.get("error") or "could not be prepared")

    def _lower_image_thread(self) -> None:
        self._image_thread_tries += 1
        if lower_image_thread():
            self._image_thread_low = True
        if self._image_thread_low or self._image_thread_tries >= IMAGE_THREAD_TRIES:
            self._image_thread.stop()

    def _fail(self, token: str, path: str, reason: str) -> None:
        log.warning("skipping photo %s: %s", path, reason)
        self.failed.emit(token, path, reason)

    def _hung(self) -> None:
        if self._proc is not None:
            self._hang_reason = (f"the photo preparer took over {self._hang_seconds:g} s on it "
                                 "and was stopped")
            self._proc.kill()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        proc, busy = self._detach(), self._busy
        if proc is not None:
            self._read(proc)  # what it answered before it went
            proc.deleteLater()
        if busy is not None and self._busy is busy:  # it died on that photo: skip it, go on
            self._busy = None
            how = (f"exit status {code}" if status == QProcess.ExitStatus.NormalExit
                   else "crashed or was killed")
            self._fail(*busy, self._hang_reason or f"the photo preparer stopped while reading it ({how})")
        self._hang_reason = ""
        self._next()

    def _error(self, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart:
            return  # a crash: finished() follows
        self._proc = None
        waiting = list(self._queue.items()) + ([self._busy] if self._busy else [])
        self._queue.clear()
        self._busy = None
        for token, path in waiting:
            self._fail(token, path, "the photo preparer could not start")
