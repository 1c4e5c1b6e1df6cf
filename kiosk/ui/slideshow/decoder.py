"""Photos decoded in a separate, lowest-priority process, handed back without a copy on the wire.

Why a process and not a thread: a decoder thread shares Python's GIL with the GUI thread, and
at low priority it gets descheduled while holding it, so the GUI thread (and the frame it was
about to draw) waits on the least important work of the machine. A process shares nothing:
the GUI thread never waits for it, and the kernel gives it only the cores nobody else wants
(nice 19). It also contains the damage a hostile file can do: a photo that crashes or hangs
the decoder costs that photo (skipped, named in the log), never the screen.

The wire: a SOCK_SEQPACKET socket pair. A request is a JSON message (id, path, screen size),
usually with a slot: a memory file the GUI side keeps mapped, passed as a file descriptor
(slots.py). The decoder writes the photo's pixels into the slot and replies with a JSON header
alone. A photo too big for its slot, or one requested while every slot is in use, comes back
in an anonymous memory file (memfd) of its own, passed with the reply, which the GUI side maps
(:func:`image_from_fd`). Either way the pixels reach the screen without a copy.

    python -m kiosk.ui.slideshow.decoder FD     (started by :class:`Decoder`, never by hand)
"""

from __future__ import annotations

import array
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QImage

from kiosk.ui.slideshow.photo import OPAQUE, TRANSPARENT, give_way
from kiosk.ui.slideshow.pixels import map_pixels
from kiosk.ui.slideshow.slots import Slot, SlotPool

log = logging.getLogger("kiosk.slideshow")

NICE = 19
HANG_SECONDS = 30.0  # one photo taking longer than this means the decoder is stuck
RESTART_DELAYS_MS = (0, 500, 2000, 5000, 15000)  # after consecutive deaths with no photo done
MAX_HEADER = 4096
MAX_SIDE = 32768


# --------------------------------------------------------------------------- the worker process


def _lower_priority(pid: int) -> None:
    """Leave every core to the GUI thread, the renderer and the X server whenever they want it.

    Linux's SCHED_IDLE is the strongest form of that: any other thread that wakes up takes
    the core at once, where a nice-19 thread may first finish its time slice (milliseconds
    that a frame cannot spare). Threads Qt starts later for scaling inherit it. Nice 19 too,
    for systems without SCHED_IDLE and for the tools that show priorities.
    """
    try:
        os.setpriority(os.PRIO_PROCESS, pid, NICE)
    except (AttributeError, OSError):  # pragma: no cover - not Unix, or a sandbox refuses
        pass
    if hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
        except OSError:  # pragma: no cover - a sandbox may refuse
            pass


WRITE_CHUNK = 1 << 20  # a megabyte: a quarter of a millisecond of copying, then give way


def _write_all(fd: int, data: memoryview) -> None:
    view = memoryview(data).cast("B")
    offset = 0
    while offset < len(view):
        give_way()
        offset += os.pwrite(fd, view[offset:offset + WRITE_CHUNK], offset)


def serve(sock: socket.socket) -> int:
    """Answer requests one at a time, in order, until the GUI side closes the socket."""
    from kiosk.ui.slideshow.photo import read_image

    while True:
        try:
            message, fds, _flags, _addr = socket.recv_fds(sock, MAX_HEADER, 1)
            if not message:
                return 0
            try:
                _answer(sock, json.loads(message), read_image, fds[0] if fds else None)
            finally:
                for fd in fds:
                    os.close(fd)
        except (BrokenPipeError, ConnectionResetError):
            return 0  # the screen closed: nothing left to do


def _answer(sock: socket.socket, request: dict, read_image, slot: int | None) -> None:  # noqa: ANN001
    try:
        image, reason = read_image(request["path"], QSize(request["width"], request["height"]))
    except Exception as error:  # noqa: BLE001 - a bad file must never stop the decoder
        image, reason = None, f"{type(error).__name__}: {error}"
    if image is None:
        sock.send(json.dumps({"id": request["id"], "error": reason}).encode())
        return
    header = {"id": request["id"], "width": image.width(), "height": image.height(),
              "bytes_per_line": image.bytesPerLine(), "format": image.format().value}
    if slot is not None and image.sizeInBytes() <= os.fstat(slot).st_size:
        _write_all(slot, image.constBits())
        del image
        header["slot"] = True
        sock.send(json.dumps(header).encode())
        return
    pixels = os.memfd_create("kiosk-photo", os.MFD_CLOEXEC)
    try:
        _write_all(pixels, image.constBits())
        del image
        socket.send_fds(sock, [json.dumps(header).encode()], [pixels])
    finally:
        os.close(pixels)


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C on the terminal is for the GUI side
    with socket.socket(fileno=int(argv[1])) as sock:
        return serve(sock)


# --------------------------------------------------------------------------- the GUI side


def _receive(sock: socket.socket) -> tuple[bytes, list[int]]:
    """One message and the descriptors passed with it, without waiting (socket.recv_fds
    ignores its flags argument in Python 3.11, and would block the GUI thread)."""
    size = array.array("i").itemsize
    message, ancillary, _flags, _addr = sock.recvmsg(MAX_HEADER, socket.CMSG_LEN(size),
                                                     socket.MSG_DONTWAIT)
    fds = array.array("i")
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(data[:len(data) - len(data) % size])
    return message, list(fds)


def _picture_layout(header: dict) -> tuple[int, int, int, QImage.Format] | str:
    """The decoder's header checked: (width, height, bytes per line, format), or why not."""
    width, height = int(header["width"]), int(header["height"])
    bytes_per_line = int(header["bytes_per_line"])
    try:
        fmt = QImage.Format(int(header["format"]))
    except ValueError:
        fmt = None
    if fmt not in (OPAQUE, TRANSPARENT) or not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE) \
            or bytes_per_line < width * 4:
        return (f"the decoder sent an unusable picture ({width}×{height}, format "
                f"{header['format']})")
    return width, height, bytes_per_line, fmt


def image_from_slot(slot: Slot, header: dict) -> tuple[QImage | None, str]:
    """The photo the decoder wrote into ``slot``, as a QImage on the slot's memory (no copy).
    The slot stays in use until Qt drops the last copy of the picture."""
    layout = _picture_layout(header)
    if isinstance(layout, str):
        return None, layout
    width, height, bytes_per_line, fmt = layout
    if bytes_per_line * height > slot.capacity:
        return None, "the decoder sent a picture bigger than its slot"
    image = QImage(slot.view(), width, height, bytes_per_line, fmt)
    if image.isNull():
        return None, f"not enough memory for a {width}×{height} picture"
    return image, ""


def image_from_fd(fd: int, header: dict) -> tuple[QImage | None, str]:
    """The decoder's pixels (a memory file) as a QImage, mapped rather than copied.

    The mapping is private (copy-on-write: nothing Qt does can write back into the decoder's
    file) and lives as long as the image: PySide keeps the mapping referenced until Qt drops
    the last copy of the QImage, then a reaper thread unmaps it (pixels.py). The GUI thread
    neither copies 8 MB nor faults in fresh zeroed pages nor frees them; the renderer reads
    the decoder's pages.
    """
    layout = _picture_layout(header)
    if isinstance(layout, str):
        return None, layout
    width, height, bytes_per_line, fmt = layout
    size = bytes_per_line * height
    try:
        if os.fstat(fd).st_size < size:
            return None, "the decoder sent a picture cut short"
        pixels = map_pixels(fd, size)
    except (OSError, ValueError) as error:
        return None, f"could not map the decoded picture: {error}"
    image = QImage(pixels, width, height, bytes_per_line, fmt)
    if image.isNull():
        return None, f"not enough memory for a {width}×{height} picture"
    return image, ""


@dataclass
class _Request:
    path: str
    width: int
    height: int
    slot: Slot | None = None  # in use until the reply comes: the decoder may be writing into it


class Decoder(QObject):
    """The GUI side of the decoder process: requests go out, ``decoded`` signals come back.

    One reply per request, always: the photo, or ``None`` and a reason. If the process dies
    (a crash, the OOM killer) or hangs, the photo it was reading fails with a reason that says
    so, a new process starts, and the other requests are sent to it.
    """

    decoded = Signal(int, object, str)  # request id, QImage | None, reason

    def __init__(self, hang_seconds: float = HANG_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hang_seconds = hang_seconds
        self._next_id = 0
        self._waiting: OrderedDict[int, _Request] = OrderedDict()  # in the order sent
        self.slots = SlotPool()
        self._head_since = 0.0
        self._deaths = 0
        self._proc: subprocess.Popen | None = None
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.timeout.connect(self._start)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(1000)
        self._watchdog.timeout.connect(self._check_hang)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> None:
        """Start the process now (it takes a fraction of a second) rather than on first use."""
        if self._proc is None and not self._restart.isActive():
            self._start()

    def request(self, path: str, screen: QSize) -> int:
        self._next_id += 1
        rid = self._next_id
        if not self._waiting:
            self._head_since = time.monotonic()
        self._waiting[rid] = _Request(path, screen.width(), screen.height(), self.slots.take(screen))
        if self._sock is not None:
            self._send(rid)
        else:
            self.start()
        return rid

    def cancel(self, rid: int) -> None:
        """Forget a request: its reply, if it comes, is dropped."""
        request = self._waiting.get(rid)
        if request is not None:
            request.path = ""  # still in the process's queue: keep its place, drop its reply

    def close(self) -> None:
        self._restart.stop()
        self._watchdog.stop()
        self._stop_process(grace=0)  # nothing it holds is worth waiting for
        for request in self._waiting.values():
            self._let_go(request)
        self._waiting.clear()

    # ------------------------------------------------------------------ process

    def _start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        package_root = str(Path(__file__).resolve().parents[3])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "kiosk.ui.slideshow.decoder", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        except OSError as error:
            ours.close()
            theirs.close()
            self._proc = None
            self._fail_all(f"the photo decoder could not start: {error}")
            return
        finally:
            theirs.close()
        _lower_priority(self._proc.pid)  # at once: its start-up too yields to the screen
        self._sock = ours
        self._notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self._watchdog.start()
        self._head_since = time.monotonic()
        for rid in list(self._waiting):
            self._send(rid)

    def _stop_process(self, grace: float = 2) -> int | None:
        """Close the socket and end the process: its exit status, or None if none ran."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._sock is not None:
            self._sock.close()  # the process sees the end of its input and leaves
            self._sock = None
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        try:
            return proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait()

    def _send(self, rid: int) -> None:
        request = self._waiting[rid]
        message = {"id": rid, "path": request.path, "width": request.width,
                   "height": request.height}
        try:
            if request.slot is not None:
                socket.send_fds(self._sock, [json.dumps(message).encode()], [request.slot.fd])
            else:
                self._sock.send(json.dumps(message).encode())
        except OSError:
            self._died("")

    def _readable(self) -> None:
        while self._sock is not None:
            try:
                message, fds = _receive(self._sock)
            except BlockingIOError:
                return
            except OSError:
                message, fds = b"", []
            if not message:
                self._died("")
                return
            self._reply(json.loads(message), fds)

    def _reply(self, header: dict, fds: list[int]) -> None:
        try:
            request = self._waiting.pop(header["id"], None)
            self._head_since = time.monotonic()
            self._deaths = 0
            if request is None:
                return
            slot, request.slot = request.slot, None
            if slot is not None and (not header.get("slot") or not request.path):
                self.slots.give_back(slot)  # an error, a photo too big for it, a cancellation
            if not request.path:
                return  # cancelled
            if "error" in header:
                self.decoded.emit(header["id"], None, header["error"])
                return
            if header.get("slot"):
                image, reason = image_from_slot(slot, header) if slot is not None else \
                    (None, "the decoder answered in a slot it was not given")
            else:
                image, reason = image_from_fd(fds[0], header) if fds else (None, "no pixels came back")
            self.decoded.emit(header["id"], image, reason)
        finally:
            for fd in fds:
                os.close(fd)

    def _check_hang(self) -> None:
        if self._waiting and self._proc is not None and \
                time.monotonic() - self._head_since > self.hang_seconds:
            self._proc.kill()
            self._died(f"the photo decoder took over {self.hang_seconds:g} s on it and was stopped")

    def _died(self, reason: str) -> None:
        code = self._stop_process()
        if not reason:
            how = (f"killed by signal {-code}" if code is not None and code < 0
                   else f"exit status {code}")
            reason = f"the photo decoder stopped while reading it ({how})"
        # The process answers in order: the oldest request is the one it was reading.
        if self._waiting:
            rid, request = self._waiting.popitem(last=False)
            self._let_go(request)  # nothing writes into its slot any more
            if request.path:
                self.decoded.emit(rid, None, reason)
        self._deaths += 1
        delay = RESTART_DELAYS_MS[min(self._deaths, len(RESTART_DELAYS_MS)) - 1]
        log.warning("the photo decoder stopped (%s); starting a new one in %.1f s",
                    reason, delay / 1000)
        self._restart.start(delay)

    def _let_go(self, request: _Request) -> None:
        """Free the slot of a request whose reply will never come (or no longer matters)."""
        if request.slot is not None:
            self.slots.give_back(request.slot)
            request.slot = None

    def _fail_all(self, reason: str) -> None:
        waiting, self._waiting = self._waiting, OrderedDict()
        for rid, request in waiting.items():
            self._let_go(request)
            if request.path:
                self.decoded.emit(rid, None, reason)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
