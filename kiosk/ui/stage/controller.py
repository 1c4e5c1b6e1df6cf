"""The show as the stage windows see it: the database's cursor, followed by polling.

The database is the truth. A clicker press is committed first and shown after; a
change committed by another process (the shell, the other window, the control
window) is picked up by polling PRAGMA data_version every 30 ms.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)

from kiosk.core import show
from kiosk.core.clock import parse_iso
from kiosk.core.db import data_version
from kiosk.core.events import Origin
from kiosk.core.show import settings, shared

POLL_MS = 30
# A show window waits at most this long for another process's write lock, then keeps the
# last committed cue on screen and says so, rather than freezing in front of the audience.
BUSY_MS = 2000


def _url(path: str) -> str:
    return QUrl.fromLocalFile(path).toString() if path and Path(path).is_file() else ""


def _person(person: dict | None) -> dict | None:
    if person is None:
        return None
    return {**person, "photo": _url(person.get("photo", "")), "flag": _url(person.get("flag", ""))}


def long_date(iso_date: str) -> str:
    """An ISO date the way the audience reads it, in the interface language."""
    from PySide6.QtCore import QDate, QLocale

    from kiosk import i18n

    date = QDate.fromString(iso_date, Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso_date
    return QLocale(i18n.language()).toString(date, "d MMMM yyyy")


def ui_cue(cue: dict | None, hide_winner: bool = False, date_text: str = "") -> dict[str, Any]:
    """A cue for QML: file paths as URLs; the winner withheld when asked."""
    if cue is None:
        return {"kind": "none", "index": -1, "title": "", "body": "", "notes": "", "dateText": "",
                "category": None, "nominees": [], "nominee": None, "winner": None, "media": "",
                "mediaOk": False, "reveal": False, "winnerHidden": False}
    winner = cue.get("winner")
    hidden = bool(hide_winner and winner and not winner.get("placeholder"))
    return {
        "id": cue["id"], "index": cue["index"], "kind": cue["kind"], "title": cue["title"],
        "body": cue["body"], "notes": cue["notes"], "custom": cue["custom"],
        "category": cue["category"], "nominees": [_person(p) for p in cue["nominees"]],
        "nominee": _person(cue["nominee"]),
        "winner": None if hidden else _person(winner), "winnerHidden": hidden,
        "media": _url(cue.get("media", "")), "mediaOk": bool(cue.get("media_ok")),
        "reveal": cue["reveal"], "dateText": date_text,
    }


def _content(cue: dict) -> dict:
    """What a card shows: everything but its place in the running order."""
    return {k: v for k, v in cue.items() if k != "index"}


class RunningOrder(QAbstractListModel):
    """The running order for the presenter view (titles only: no winner in it)."""

    ROLES = {Qt.ItemDataRole.UserRole + 1: b"cueIndex", Qt.ItemDataRole.UserRole + 2: b"kind",
             Qt.ItemDataRole.UserRole + 3: b"title", Qt.ItemDataRole.UserRole + 4: b"number"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_cues(self, cues: list[dict]) -> None:
        rows = [{"cueIndex": c["index"], "kind": c["kind"], "title": c["title"],
                 "number": c["category"]["number"] if c["category"] else 0} for c in cues]
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self.ROLES.get(role)
        return self._rows[index.row()][name.decode()] if name else None

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return {k: QByteArray(v) for k, v in self.ROLES.items()}


class StageController(QObject):
    """One window's view of the show: current and next cue, black screen, timing."""

    cueChanged = Signal()
    nextChanged = Signal()  # the next cue changed (the presenter's preview)
    indexChanged = Signal()  # the cursor's number changed (perhaps on the same cue)
    blackoutChanged = Signal()
    countChanged = Signal()
    startedChanged = Signal()
    settingsChanged = Signal()
    neighboursChanged = Signal()  # after a cue's first frame: build the cards either side
    entered = Signal(bool)  # a new cue is on (guarded?): the clicker's guard starts from here
    venueChanged = Signal()  # following the main stage or not; the hub answering or not

    def __init__(self, db: sqlite_utils.Database, rehearsal: bool = False,
                 presenter: bool = False, poll_ms: int = POLL_MS, date_text: str = "",
                 parent: QObject | None = None, origin: Origin | None = None,
                 machine: str = "", online: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # On a venue: this machine's name, and whether its link to the hub answers.
        self._machine = machine
        self._online_of = online
        self._online = True
        self._following = False
        self._pressing = False
        self._mirrored = False
        # Each step of the show is recorded as coming from this window (stage or presenter).
        self.origin = origin or Origin.of_this_process("presenter" if presenter else "stage")
        db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        self._rehearsal = rehearsal
        self._presenter = presenter
        self._date_text = date_text
        self._cues: list[dict] = []
        self._revision = -1
        self._state = show.state(db, rehearsal)
        self._cue: dict = ui_cue(None)
        self._next: dict = ui_cue(None)
        self._animate = False
        self._direction = 1
        self._show_winner = False
        self._published = False
        self._guard_ms = 400
        self._neighbours_due = False
        self.order = RunningOrder(self)
        self._version = data_version(db)
        self._reload(force=True)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def stop(self) -> None:
        """Stop following the event file (the window is closing)."""
        self._timer.stop()

    # -- reading the database

    def _reload(self, force: bool = False, animate: bool = True) -> None:
        revision = settings.revision(self.db)
        if force or revision != self._revision:
            self._revision = revision
            self._cues = show.load_cues(self.db, rehearsal=self._rehearsal)
            self.order.set_cues(self._cues)
            show_winner = settings.get_bool(self.db, "stage.presenter_shows_winner")
            guard = settings.get_int(self.db, "stage.guard_ms")
            self._guard_ms = 400 if guard is None else guard
            if show_winner != self._show_winner or force:
                self._show_winner = show_winner
                self.settingsChanged.emit()
            self._publish(self._state, force=True, animate=animate)
        else:
            self._publish(show.state(self.db, self._rehearsal), animate=animate)
        following = not self._rehearsal and shared.synced(self.db).mode == "follow"
        if following != self._following:
            self._following = following
            self.venueChanged.emit()

    def _publish(self, state: show.ShowState, force: bool = False, animate: bool = True) -> None:
        old = self._state
        if force:
            state = show.state(self.db, self._rehearsal)
        self._state = state
        cue = self._cues[state.cursor] if self._cues else None
        nxt = self._cues[state.cursor + 1] if state.cursor + 1 < len(self._cues) else None
        current = ui_cue(cue, date_text=self._date_text)
        upcoming = ui_cue(nxt, hide_winner=not self._show_winner, date_text=self._date_text)
        first = not self._published
        moved = current.get("id") != self._cue.get("id")
        # A reload that leaves the card as it was (another cue added elsewhere, a setting)
        # changes nothing on screen; a changed card is shown at once, without its entrance.
        if first or moved or _content(current) != _content(self._cue):
            self._direction = 1 if state.cursor >= old.cursor else -1
            self._animate = animate and moved and not first
            self._cue = current
            self._next = upcoming
            self._published = True
            self._neighbours_due = True
            self.cueChanged.emit()
            self.nextChanged.emit()
            if first or moved:
                # Arrived by another machine's press: a GO pressed here within the guard time
                # is that same GO (two clickers on two machines are one GO).
                self.entered.emit(bool(cue and cue["guard"])
                                  or (self._mirrored and not (first or self._pressing)))
        else:
            self._cue = current
            if _content(upcoming) != _content(self._next):
                self._next = upcoming
                self.nextChanged.emit()
        if first or state.cursor != old.cursor:
            self.indexChanged.emit()
        if force or state.blackout != old.blackout:
            self.blackoutChanged.emit()
        if force or state.count != old.count:
            self.countChanged.emit()
        if force or state.started_at != old.started_at:
            self.startedChanged.emit()

    def _cue_id(self, state: show.ShowState) -> int | None:
        return self._cues[state.cursor]["id"] if self._cues else None

    @Slot()
    def poll(self) -> None:
        if self._online_of is not None and self._online_of() != self._online:
            self._online = not self._online
            self.venueChanged.emit()
        try:
            version = data_version(self.db)
            if version != self._version:
                self._version = version
                # A move mirrored late (catching up) shows its cue without the entrance the
                # main stage played long ago.
                came = shared.arrival(self.db, time.time())
                self._mirrored = came.mirrored and not self._rehearsal
                self._reload(animate=self._rehearsal or not came.late)
        except sqlite3.Error as error:
            # Keep showing the last committed cue; say why once per kind of trouble.
            self._complain(error)

    def _complain(self, error: Exception) -> None:
        text = str(error)
        if text != getattr(self, "_last_error", None):
            self._last_error = text
            sys.stderr.write(f"kiosk stage: the event database cannot be read: {text}\n")

    # -- acting (committed first, then shown)

    def _move(self, action: str, index: int | None = None) -> None:
        if self._following:
            return  # the backup stage only mirrors the main one, until it takes over
        try:
            state = show.move(self.db, action, index, rehearsal=self._rehearsal,
                              source="presenter" if self._presenter else "stage",
                              origin=self.origin)
        except sqlite3.Error as error:
            self._complain(error)  # not committed, so not shown: the database is the truth
            return
        self._pressing = True
        try:
            self._publish(state)
        finally:
            self._pressing = False

    @Slot()
    def takeover(self) -> None:
        """The backup becomes the main stage, from the cue it shows (nothing is replayed)."""
        if not self._following:
            return
        try:
            shared.set_mode(self.db, "main", self._machine or None)
        except sqlite3.Error as error:
            self._complain(error)
            return
        self._following = False
        self.venueChanged.emit()

    @Slot()
    def forward(self) -> None:
        if self._state.count:
            self._move("next")

    @Slot()
    def back(self) -> None:
        if self._state.count:
            self._move("prev")

    @Slot()
    def toggleBlackout(self) -> None:  # noqa: N802
        self._move("blackout")

    @Slot(int)
    def goto(self, index: int) -> None:
        if 0 <= index < self._state.count:
            self._move("goto", index)

    @Slot()
    def frameShown(self) -> None:  # noqa: N802
        """A frame is on screen: now (not during the key press) announce the neighbours."""
        if self._neighbours_due:
            self._neighbours_due = False
            self.neighboursChanged.emit()

    def _neighbours(self) -> list[dict]:
        """The cues before and after the shown one, in full: the audience view builds their
        cards ahead, unseen. The presenter's views never build ahead (nor see a hidden winner)."""
        if self._presenter or not self._cues:
            return []
        cursor = self._state.cursor
        around = [self._cues[i] for i in (cursor + 1, cursor - 1) if 0 <= i < len(self._cues)]
        return [ui_cue(cue, date_text=self._date_text) for cue in around]

    # -- for QML

    def current_cue(self) -> dict:
        return self._cue

    @property
    def guard_ms(self) -> int:
        return self._guard_ms

    @property
    def state(self) -> show.ShowState:
        return self._state

    cue = Property("QVariantMap", lambda self: self._cue, notify=cueChanged)
    nextCue = Property("QVariantMap", lambda self: self._next, notify=nextChanged)
    neighbours = Property("QVariantList", _neighbours, notify=neighboursChanged)
    index = Property(int, lambda self: self._state.cursor, notify=indexChanged)
    animate = Property(bool, lambda self: self._animate, notify=cueChanged)
    direction = Property(int, lambda self: self._direction, notify=cueChanged)
    count = Property(int, lambda self: self._state.count, notify=countChanged)
    blackout = Property(bool, lambda self: self._state.blackout, notify=blackoutChanged)
    rehearsal = Property(bool, lambda self: self._rehearsal, constant=True)
    presenter = Property(bool, lambda self: self._presenter, constant=True)
    showUpcomingWinner = Property(bool, lambda self: self._show_winner, notify=settingsChanged)
    runningOrder = Property(QObject, lambda self: self.order, constant=True)
    following = Property(bool, lambda self: self._following, notify=venueChanged)
    venueOffline = Property(bool, lambda self: not self._online, notify=venueChanged)
    categoryCount = Property(int, lambda self: len({c["category"]["id"] for c in self._cues
                                                    if c["category"]}), notify=countChanged)

    def _started_ms(self) -> float:
        started = self._state.started_at
        return parse_iso(started).timestamp() * 1000 if started else 0.0

    startedAtMs = Property(float, _started_ms, notify=startedChanged)
