"""The slideshow controller: which slide is due, its photo prepared ahead, announcements.

Every photo of the playlist is prepared when the screen starts (and when the content
changes): a screen-sized copy in the cache (preparer.py), which QML loads on Qt's own thread.
The controller never shows a slide whose copy is not ready: the slide on screen stays until
it is (no black frame). Content and announcements come from the database, re-read whenever
another connection commits (PRAGMA data_version), so edits show from the next slide without
a restart.
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

from kiosk.core import announcements, machine_screen, playlist, replica
from kiosk.core.clock import SYSTEM, Clock, parse_iso
from kiosk.core.db import data_version, open_db
from kiosk.ui.slideshow.preparer import Preparer
from kiosk.ui.slideshow.screen_copy import FULL_BLEED_ASPECT, PANEL_FRACTION
from kiosk.ui.slideshow.scrims import BOTTOM_FRACTION, LEFT_FRACTION, PANEL_BLEND_FRACTION

log = logging.getLogger("kiosk.slideshow")

POLL_MS = 200
# A venue copy notes the slide it shows (for the control) this long after the change, when the
# crossfade has begun: never in the frame that starts it.
TELL_MS = 300


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


def cache_dir(db_path: str | Path) -> Path:
    """The screens' photo copies of an event: beside its file, with its other media."""
    path = Path(db_path)
    return path.with_name(path.stem + "-media") / "screens"


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
                 cache: Path | None = None, clock: Clock = SYSTEM,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = open_db(db_path)
        self.clock = clock
        self.shuffle = shuffle
        self.sync = sync
        self.seconds = playlist.interval(self.db, interval)
        self.preparer = Preparer(cache or cache_dir(db_path), screen or QSize(1920, 1080), parent=self)
        self.preparer.prepared.connect(self._on_prepared)
        self.preparer.failed.connect(self._on_failed)
        self._copies: dict[str, tuple[str, int, int]] = {}  # token: (copy, width, height)
        self._version = data_version(self.db)
        self.playlist = playlist.build(self.db, shuffle=shuffle)
        self._sync_clock = playlist.SyncClock(playlist.epoch(self.db), self.seconds)
        self.number = 0
        self.shown_count = 0
        self._serial = 0
        self._slide: dict[str, Any] = {"serial": 0, "kind": "none"}
        self._waiting: playlist.Shown | None = None
        self._failed: set[str] = set()
        self._announcement: announcements.Announcement | None = None
        self._countdown = ""
        self._db_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._due)
        # A venue copy tells the control what it shows (kiosk.core.machine_screen).
        self._tells = replica.link_of(self.db) is not None
        self._tell = QTimer(self)
        self._tell.setSingleShot(True)
        self._tell.setInterval(TELL_MS)
        self._tell.timeout.connect(self._tell_showing)
        self._clock_version = getattr(clock, "version", 0)
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

    # The shades' extents, as scrims.py draws their pictures (laid out 1:1 in QML).
    @Property(float, constant=True)
    def scrimBottom(self) -> float:  # noqa: N802
        return BOTTOM_FRACTION

    @Property(float, constant=True)
    def scrimLeft(self) -> float:  # noqa: N802
        return LEFT_FRACTION

    @Property(float, constant=True)
    def scrimPanel(self) -> float:  # noqa: N802
        return PANEL_BLEND_FRACTION

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
        self._prepare_all()
        self._show(self.number)
        self._schedule()
        self._poll.start()

    def stop(self) -> None:
        self._timer.stop()
        self._poll.stop()
        self._tell.stop()
        self.preparer.close()  # copies still to make are made at the next start

    def close(self) -> None:
        self.stop()
        self.db.close()

    def _schedule(self) -> None:
        if self.sync:  # never early: a slide changes on its millisecond, not the one before
            ms = math.ceil(self._sync_clock.seconds_to_next(self.clock) * 1000)
        else:
            ms = round(self.seconds * 1000)
        self._timer.start(max(1, ms))

    @Slot()
    def _due(self) -> None:
        if self.sync:
            number = self._sync_clock.number(self.clock)
            if number == self.number and self._slide.get("kind") != "empty":
                self._schedule()  # a timer a fraction of a millisecond early: not yet
                return
            self.number = number
        else:
            self.number += 1
        self._show(self.number)
        self._schedule()

    @Slot(result=int)
    def remainingMs(self) -> int:  # noqa: N802
        """Milliseconds until the next slide is due (QML times the photo's motion by it)."""
        return self._timer.remainingTime() if self._timer.isActive() else self.intervalMs

    @Slot()
    def advance(self) -> None:
        """Show the next slide now (tests, benchmarks)."""
        self._timer.stop()
        self._due()

    def _prepare_all(self) -> None:
        """Ask for every photo of a loop, the next ones first (copies in the cache are quick)."""
        for ahead in range(len(self.playlist)):
            upcoming = self.playlist.at(self.number + ahead)
            for path in upcoming.slide.photos if upcoming is not None else ():
                token = photo_token(path)
                if token not in self._copies and token not in self._failed:
                    self.preparer.want(token, path)

    def _show(self, number: int) -> None:
        shown = self.playlist.at(number)
        if shown is None:
            self._waiting = None
            self._present_empty()
            return
        token = photo_token(shown.photo) if shown.photo else ""
        if not token or token in self._failed:
            self._present(shown, None)
        elif token in self._copies:
            self._present(shown, token)
        else:
            # Keep the slide on screen until this photo's copy is ready.
            self._waiting = shown
            self.preparer.want(token, shown.photo, first=True)

    def _on_prepared(self, token: str, copy: str, width: int, height: int) -> None:
        self._copies[token] = (copy, width, height)
        waiting = self._waiting
        if waiting is not None and waiting.photo and photo_token(waiting.photo) == token:
            self._present(waiting, token)

    def _on_failed(self, token: str, path: str, _reason: str) -> None:
        self._failed.add(token)
        waiting = self._waiting
        if waiting is not None and waiting.photo == path:
            self._present(waiting, None)

    def _present(self, shown: playlist.Shown, token: str | None) -> None:
        self._waiting = None
        slide = shown.slide
        copy, width, height = self._copies.get(token, ("", 0, 0)) if token else ("", 0, 0)
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
            "image": _file_url(copy),
            "imageWidth": width,
            "imageHeight": height,
            "motion": shown.number % 4,
        }
        self.shown_count += 1
        self.slideChanged.emit()
        self.transitioned.emit(shown.number)
        if self._tells:
            self._tell.start()

    @Slot()
    def _tell_showing(self) -> None:
        slide = self._slide
        if not machine_screen.show(self.db, "slideshow", {
                "kind": "slide", "number": slide.get("index", 0) + 1,
                "total": slide.get("total", 0), "slide": slide.get("kind", ""),
                "title": slide.get("title", "")}, self.clock):
            self._tell.start()  # the link was writing: in a moment

    def _present_empty(self) -> None:
        self._serial += 1
        self._slide = {"serial": self._serial, "kind": "empty", "title": "", "image": "",
                       "titles": [], "number": self.number, "total": 0, "motion": 0}
        self.slideChanged.emit()

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
            self._follow_clock()
            self._db_error = ""
        except Exception as error:  # noqa: BLE001 - a busy or damaged file must not stop the show
            if str(error) != self._db_error:  # once per distinct problem, not five times a second
                self._db_error = str(error)
                log.warning("could not read the event database (the show goes on): %s", error)

    def reload(self) -> None:
        self.playlist = playlist.build(self.db, shuffle=self.shuffle)
        self._sync_clock = playlist.SyncClock(playlist.epoch(self.db), self.seconds)
        self.playlistChanged.emit()
        self._prepare_all()
        if self._slide.get("kind") == "empty" and len(self.playlist) and self._poll.isActive():
            self.advance()  # the first legends just arrived: no need to wait out the interval

    def _follow_clock(self) -> None:
        """--sync on a venue machine: the hub's clock was measured again (or for the first
        time): the slide due now, and the next change, from the new estimate."""
        version = getattr(self.clock, "version", 0)
        if version == self._clock_version:
            return
        self._clock_version = version
        if self.sync and self._timer.isActive():
            number = self._sync_clock.number(self.clock)
            if number != self.number:
                self.number = number
                self._show(number)
            self._schedule()

    def _refresh_announcement(self) -> None:
        current = announcements.current(self.db, self.clock)
        alone = machine_screen.orders(self.db).announcement if self._tells else None
        if alone:  # the control's message to this machine alone comes first
            current = announcements.Announcement(0, "machine", alone, "", None, None)
        countdown = ""
        if current is not None and current.countdown_to:
            remaining = (parse_iso(current.countdown_to) - self.clock.now()).total_seconds()
            countdown = format_countdown(remaining)
        if current != self._announcement or countdown != self._countdown:
            self._announcement = current
            self._countdown = countdown
            self.announcementChanged.emit()
