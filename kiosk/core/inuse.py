"""Who has an event open: every kiosk process holds a shared lock on ``EVENT.db.lock``.

``kiosk init --force`` takes the lock exclusively, without waiting, before it moves an
event aside: while a door, a screen or any command has the event open it is refused,
naming the programs that hold it (read from ``/proc/locks``). The locks are ``flock``
locks: the kernel drops them when a process ends, however it ends.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class Holding:
    """A shared hold on an event file, for as long as a connection to it is open."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def take(cls, db_path: str | Path) -> Holding | None:
        """Hold the event open (None where no lock file can be made: a read-only folder)."""
        try:
            fd = os.open(lock_path(db_path), os.O_RDONLY | os.O_CREAT, 0o644)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while an `init --force` moves files
        except OSError:
            os.close(fd)
            return None
        return cls(fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self.release()


class Exclusive:
    """The event file to oneself (``init --force``): None when others hold it."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def release(self) -> None:
        os.close(self._fd)

    @staticmethod
    def take(db_path: str | Path) -> tuple[Exclusive | None, list[str]]:
        """(the lock, []) or (None, the programs that hold the event open).

        Raises OSError when no lock file can be made there (a read-only folder)."""
        fd = os.open(lock_path(db_path), os.O_RDONLY | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holders = _holders(fd)
            os.close(fd)
            return None, holders
        return Exclusive(fd), []


def _holders(fd: int) -> list[str]:
    """'kiosk checkin (pid 1234)' for each process holding a lock on fd's file (Linux)."""
    info = os.fstat(fd)
    device = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    pids: list[int] = []
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    for line in lines:
        fields = line.split()
        if "->" in fields:
            continue  # a waiter, not a holder
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5] == device:
            pid = int(fields[4])
            if pid not in pids and pid != os.getpid():
                pids.append(pid)
    return [f"{_command(pid)} (pid {pid})" for pid in pids]


def _command(pid: int) -> str:
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "a program"
    words = [w.decode("utf-8", "replace") for w in words if w]
    start = next((i for i, w in enumerate(words[:3]) if w == "kiosk" or w.endswith("/kiosk")), None)
    if start is None:
        return Path(words[0]).name if words else "a program"
    rest = iter(words[start + 1:])
    for word in rest:
        if word in ("--db", "--lang"):
            next(rest, None)
        elif not word.startswith("-"):
            return f"kiosk {word}"
    return "kiosk"
