"""One watch on a copy's event file for every task of its link that follows the file.

A plain thread looks at ``PRAGMA data_version`` every ``POLL_S`` on a connection of its own
(it changes when any other connection commits: a window, a command, the link's own writes)
and sets each task's :class:`asyncio.Event` on the link's loop. One thread for the stage's
sync and the screens' publisher alike: at rest the hub's loop sleeps until the file changes
(the screens' publisher used to look at it twenty times a second through the link's
database thread), and an announcement leaves within 20 ms of its commit, not 100.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

POLL_S = 0.02  # how often the file is looked at: a stage's move waits for it


class FileWatch(threading.Thread):
    def __init__(self, path: Path, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(name="file-watch", daemon=True)
        self.path, self.loop = path, loop
        self.stopped = threading.Event()
        self._events: list[asyncio.Event] = []

    def changes(self) -> asyncio.Event:
        """A new follower's event (on the loop's thread), set at once: the follower's first
        look is now, whatever changed before it came."""
        event = asyncio.Event()
        event.set()
        self._events.append(event)
        if self.ident is None:  # the first follower starts the one thread
            self.start()
        return event

    def stop(self) -> None:
        self.stopped.set()

    def _changed(self) -> None:
        for event in self._events:
            event.set()

    def run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=0.2)
        last = None
        try:
            while not self.stopped.wait(POLL_S):
                try:
                    version = conn.execute("PRAGMA data_version").fetchone()[0]
                except sqlite3.Error:
                    continue
                if version != last:
                    last = version
                    try:
                        self.loop.call_soon_threadsafe(self._changed)
                    except RuntimeError:  # the loop closed: the link is gone
                        return
        finally:
            conn.close()
