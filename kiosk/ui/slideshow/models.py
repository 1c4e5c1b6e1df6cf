"""The slideshow controller: which slide is due, its photo prepared ahead, announcements.

The controller never shows a slide whose photo is still decoding: the slide on screen stays
until the next one is in hand (no black frame). The next two slides' photos are always being
prepared. Content and announcements come from the database, re-read whenever another
connection commits (PRAGMA data_version), so edits show from the next slide without a restart.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)

from kiosk.core import announcements, playlist
from kiosk.core.clock import SYSTEM, Clock, parse_iso
from kiosk.core.db import data_version, open_db
from kiosk.ui.slideshow.images import PROVIDER, ImageLoader, ImageStore, Loaded
from kiosk.ui.slideshow.photo import FULL_BLEED_ASPECT, PANEL_FRACTION

log = logging.getLogger("kiosk.slideshow")

POLL_MS = 200
PREPARE_AHEAD = 2


def photo_token(path: str) -> str:
    """An id that changes when the file does (replaced photo → reloaded), safe in a URL."""
    try:
        st = os.stat(path)
        stamp = f"{st.st_mtime_ns}:{st.st_size}"
    except OSError:
        stamp = "missing"
    return hashlib.sha1(f"{path}|{stamp}".encode()).hexdigest()[:20]


def _file_url(path: str) -> str:
    return QUrl.fromLocalFile(path).toString() if path else ""



def format_countdown(seconds: float) -> str:
    seconds = max(0, math.ceil(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class SlideshowController(QObject):
    slideChanged = Signal()
    announcementChanged = Signal()
    timingChanged = Signal()
    transitioned = Signal(int)  # slide number, once its slide is handed to the screen
    playlistChanged = Signal()  # the content was read again

    def __init__(self, db_path: str | Path, *, interval: float | None = None,
                 shuffle: bool = False, sync: bool = False, screen: QSize | None = None,
                 store: ImageStore | None = None, clock: Clock = SYSTEM,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = open_db(db_path)
        self.clock = clock
        self.shuffle = shuffle
        self.sync = sync
        self.seconds = playlist.interval(self.db, interval)
        self.store = store if store is not None else ImageStore()
        self.loader = ImageLoader(self.store, screen or QSize(1920, 1080), self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self._version = data_version(self.db)
        self.playlist = playlist.build(self.db, shuffle=shuffle)
        self._sync_clock = playlist.SyncClock(playlist.epoch(self.db), self.seconds)
        self.number = 0
        self.shown_count = 0
        self._serial = 0
        self._slide: dict[str, Any] = {"serial": 0, "kind": "none"}
        self._waiting: playlist.Shown | None = None
        self._on_screen: set[str] = set()
        self._failed: set[str] = set()
        self._announcement: announcements.Announcement | None = None
        self._countdown = ""
        self._db_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._due)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)

    # ------------------------------------------------------------------ properties for QML

    @Property("QVariantMap", notify=slideChanged)
    def slide(self) -> dict[str, Any]:
        return self._slide

    @Property(int, notify=timingChanged)
    def intervalMs(self) -> int:  # noqa: N802
        return round(self.seconds * 1000)

    @Property(int, notify=timingChanged)
    def fadeMs(self) -> int:  # noqa: N802
        return round(min(1.2, self.seconds * 0.3) * 1000)

    @Property(float, constant=True)
    def fullBleedAspect(self) -> float:  # noqa: N802
        return FULL_BLEED_ASPECT

    @Property(float, constant=True)
    def panelFraction(self) -> float:  # noqa: N802
        return PANEL_FRACTION

    @Property(bool, notify=announcementChanged)
    def announcing(self) -> bool:
        return self._announcement is not None

    @Property(str, notify=announcementChanged)
    def announcementText(self) -> str:  # noqa: N802
        return self._announcement.text if self._announcement else ""

    @Property(str, notify=announcementChanged)
    def countdown(self) -> str:
        return self._countdown

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        self._refresh_announcement()
        self.number = self._sync_clock.number(self.clock) if self.sync else 0
        self._show(self.number)
        self._schedule()
        self._poll.start()

    def stop(self) -> None:
        self._timer.stop()
        self._poll.stop()

    def close(self) -> None:
        self.stop()
        self.loader.close()
        self.db.close()

    def _schedule(self) -> None:
        if self.sync:
            ms = self._sync_clock.seconds_to_next(self.clock) * 1000
        else:
            ms = self.seconds * 1000
        self._timer.start(max(1, round(ms)))

    @Slot()
    def _due(self) -> None:
        if self.sync:
            self.number = self._sync_clock.number(self.clock)
        else:
            self.number += 1
        self._show(self.number)
        self._schedule()

    @Slot()
    def advance(self) -> None:
        """Show the next slide now (tests, benchmarks)."""
        self._timer.stop()
        self._due()

    def _show(self, number: int) -> None:
        shown = self.playlist.at(number)
        if shown is None:
            self._waiting = None
            self._present_empty()
            return
        for ahead in range(1, PREPARE_AHEAD + 1):
            upcoming = self.playlist.at(number + ahead)
            if upcoming is not None and upcoming.photo:
                token = photo_token(upcoming.photo)
                if token not in self._failed:
                    self.loader.request(token, upcoming.photo)
        if not shown.photo:
            self._present(shown, None)
            return
        token = photo_token(shown.photo)
        if token in self._failed:
            self._present(shown, None)
        elif self.store.get(token) is not None:
            self._present(shown, token)
        else:
            # Keep the slide on screen until this photo is decoded.
            self._waiting = shown
            self.loader.request(token, shown.photo)

    def _on_loaded(self, loaded: Loaded) -> None:
        waiting = self._waiting
        if waiting is not None and waiting.photo and photo_token(waiting.photo) == loaded.token:
            self._present(waiting, loaded.token)

    def _on_failed(self, path: str, _reason: str) -> None:
        self._failed.add(photo_token(path))
        waiting = self._waiting
        if waiting is not None and waiting.photo == path:
            self._present(waiting, None)

    def _present(self, shown: playlist.Shown, token: str | None) -> None:
        self._waiting = None
        slide = shown.slide
        image = self.store.get(token) if token else None
        self._serial += 1
        self._slide = {
            "serial": self._serial,
            "number": shown.number,
            "index": shown.index,
            "total": len(self.playlist),
            "kind": slide.kind,
            "title": slide.title,
            "nationality": slide.nationality,
            "flag": _file_url(slide.flag),
            "years": slide.years,
            "titles": list(slide.titles),
            "quote": slide.quote,
            "body": slide.body,
            "image": f"image://{PROVIDER}/{token}?{self._serial}" if image is not None else "",
            "imageWidth": image.width() if image is not None else 0,
            "imageHeight": image.height() if image is not None else 0,
            "motion": shown.number % 4,
        }
        self._evict(token)
        self.shown_count += 1
        self.slideChanged.emit()
        self.transitioned.emit(shown.number)

    def _present_empty(self) -> None:
        self._serial += 1
        self._slide = {"serial": self._serial, "kind": "empty", "title": "", "image": "",
                       "titles": [], "number": self.number, "total": 0, "motion": 0}
        self.slideChanged.emit()

    def _evict(self, token: str | None) -> None:
        """Keep only the photos on screen (incoming and outgoing) and those prepared ahead."""
        keep = set(self._on_screen)
        self._on_screen = {token} if token else set()
        keep |= self._on_screen
        for ahead in range(1, PREPARE_AHEAD + 1):
            upcoming = self.playlist.at(self.number + ahead)
            if upcoming is not None and upcoming.photo:
                keep.add(photo_token(upcoming.photo))
        self.store.keep_only(keep)

    # ------------------------------------------------------------------ database

    @Slot()
    def poll(self) -> None:
        """Pick up committed changes (content, announcements) and tick the countdown."""
        try:
            version = data_version(self.db)
            if version != self._version:
                self._version = version
                self.reload()
            self._refresh_announcement()
            self._db_error = ""
        except Exception as error:  # noqa: BLE001 - a busy or damaged file must not stop the show
            if str(error) != self._db_error:  # once per distinct problem, not five times a second
                self._db_error = str(error)
                log.warning("could not read the event database (the show goes on): %s", error)

    def reload(self) -> None:
        self.playlist = playlist.build(self.db, shuffle=self.shuffle)
        self._sync_clock = playlist.SyncClock(playlist.epoch(self.db), self.seconds)
        self.playlistChanged.emit()
        if self._slide.get("kind") == "empty" and len(self.playlist) and self._poll.isActive():
            self.advance()  # the first legends just arrived: no need to wait out the interval

    def _refresh_announcement(self) -> None:
        current = announcements.current(self.db, self.clock)
        countdown = ""
        if current is not None and current.countdown_to:
            remaining = (parse_iso(current.countdown_to) - self.clock.now()).total_seconds()
            countdown = format_countdown(remaining)
        if current != self._announcement or countdown != self._countdown:
            self._announcement = current
            self._countdown = countdown
            self.announcementChanged.emit()
