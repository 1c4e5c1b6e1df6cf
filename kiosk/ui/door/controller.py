"""The door screen's state: the verdict on show, the exit mode, counts, last scans, search.

Every action calls the same core functions as the ``scan`` command
(:class:`kiosk.core.checkin.Door`); a verdict is shown only after its scan is
committed. Counts and lists refresh after the verdict is painted, and whenever
another process (another door) commits, seen through PRAGMA data_version.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import sqlite_utils
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.core import attendance, door_view, scan_status
from kiosk.core.checkin import Door, ScanResult
from kiosk.core.db import data_version, ensure_same_file, failure
from kiosk.core.errors import KioskError
from kiosk.i18n import message_of
from kiosk.ui.door.models import RowsModel
from kiosk.ui.door.sounds import Sounds

COUNT_KEYS = ["listId", "name", "expected", "expectedPeople", "arrived", "arrivedPeople", "inside",
              "fraction"]
RECENT_KEYS = ["scanId", "time", "status", "kind", "name", "door", "direction", "attention", "list",
               "reason", "people"]
VIP_KEYS = ["guestId", "name", "organisation", "attention", "time", "inside", "list"]
SEARCH_KEYS = ["guestId", "name", "organisation", "category", "table", "notes", "partySize", "lists",
               "inside", "attention"]

# How long each verdict stays before the screen returns to "ready" (ms).
HOLD_MS = {"admitted": 2500, "attention": 6000, "duplicate": 5000, "refused": 5000,
           "exited": 2000, "companion": 2000, "undone": 3000}
# How each status looks: a refusal is red, except the two that are "already in" (amber);
# the others show as themselves.
KIND = {status: "refused" if scan_status.is_refused(status) else status
        for status in scan_status.STATUSES} | {
    scan_status.DUPLICATE: "duplicate", scan_status.PARTY_FULL: "duplicate"}
SOUND = {"admitted": "admitted", "attention": "attention", "duplicate": "duplicate",
         "refused": "refused", "exited": "admitted", "companion": "admitted"}


def _kind(status: str, attention: str | None) -> str:
    """The verdict's look: a flagged guest's admission gets the attention alert."""
    if status == scan_status.ADMITTED and attention:
        return "attention"
    return KIND.get(status, "refused")


class DoorController(QObject):
    stateChanged = Signal()
    verdictChanged = Signal()
    exitModeChanged = Signal()
    insideNowChanged = Signal()
    searchQueryChanged = Signal()
    clockChanged = Signal()
    cameraStatusChanged = Signal()
    warningChanged = Signal()
    venueChanged = Signal()

    def __init__(self, db: sqlite_utils.Database, door: Door, event_name: str,
                 parent: QObject | None = None, sounds: Sounds | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.door = door
        self._event_name = event_name
        self._state = "ready"
        self._verdict: dict[str, Any] = {"kind": "ready", "serial": 0}
        self._serial = 0
        self._exit_mode = False
        self._inside_now = 0
        self._query = ""
        self.hold_scale = 1.0
        self.sounds = sounds if sounds is not None else Sounds(self)
        self.counts_model = RowsModel(COUNT_KEYS, self)
        self.recent_model = RowsModel(RECENT_KEYS, self)
        self.vip_model = RowsModel(VIP_KEYS, self)
        self.search_model = RowsModel(SEARCH_KEYS, self)
        self.last_result: ScanResult | None = None
        self.scans_seen = 0
        self._expected = attendance.expected_counts(db)
        self._expected_at = time.monotonic()
        self._version = data_version(db)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._back_to_ready)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(60)
        self._refresh_soon.timeout.connect(self.refresh)
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._check_version)
        self._poll.start()
        self._clock = ""
        self._clock_zone = ""
        self._camera_status = ""
        # Shown before the first guest: an event that cannot record scans, or was replaced.
        self._warning = message_of("db.read_only", {"path": db.path}) \
            if getattr(db, "read_only", False) else ""
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()
        self._clock_timer.timeout.connect(self._maintain)
        self._clock_timer.timeout.connect(self._check_file)
        self._venue = ""
        self._clock_timer.timeout.connect(self._check_venue)
        self._check_venue()
        self._tick()
        self.refresh()

    # -- properties ------------------------------------------------------------
    def _get_state(self) -> str:
        return self._state

    def _get_verdict(self) -> dict[str, Any]:
        return self._verdict

    def _get_exit_mode(self) -> bool:
        return self._exit_mode

    def _get_inside_now(self) -> int:
        return self._inside_now

    def _get_event_name(self) -> str:
        return self._event_name

    def _get_list_name(self) -> str:
        return self.door.list.name if self.door.list else ""

    def _get_door_name(self) -> str:
        return self.door.door

    def _get_clock(self) -> str:
        return self._clock

    def _get_clock_zone(self) -> str:
        return self._clock_zone

    def _tick(self) -> None:
        """The venue's time (the event's time zone), whatever the laptop's clock zone, and the
        zone's name ("CET", as the control window's clock says it)."""
        now = self.door.clock.now().astimezone(self.door.tz)
        text, zone = now.strftime("%H:%M"), now.tzname() or ""
        if (text, zone) != (self._clock, self._clock_zone):
            self._clock, self._clock_zone = text, zone
            self.clockChanged.emit()

    def _get_camera_status(self) -> str:
        return self._camera_status

    def set_camera_status(self, status: str) -> None:
        """'on', 'no camera', or the camera's error, for the top bar ('' when not used)."""
        if status != self._camera_status:
            self._camera_status = status
            self.cameraStatusChanged.emit()

    def _get_venue(self) -> str:
        return self._venue

    def _check_venue(self) -> None:
        """'online', 'offline' or 'revoked' (the hub refuses this copy) for a door that joins a
        venue hub ('' for one on its own)."""
        hub = self.door.hub
        text = ("" if hub is None else "online" if hub.online
                else "revoked" if hub.shut_out else "offline")
        if text != self._venue:
            self._venue = text
            self.venueChanged.emit()

    def _get_warning(self) -> str:
        return self._warning

    def _set_warning(self, text: str) -> None:
        if text != self._warning:
            self._warning = text
            self.warningChanged.emit()

    def _check_file(self) -> bool:
        """False (and a warning on screen) once the event file was replaced or removed."""
        try:
            ensure_same_file(self.db)
        except KioskError as error:
            self._set_warning(message_of(error))
            return False
        return True

    warning = Property(str, _get_warning, notify=warningChanged)
    cameraStatus = Property(str, _get_camera_status, notify=cameraStatusChanged)
    venue = Property(str, _get_venue, notify=venueChanged)
    state = Property(str, _get_state, notify=stateChanged)
    clock = Property(str, _get_clock, notify=clockChanged)
    clockZone = Property(str, _get_clock_zone, notify=clockChanged)
    verdict = Property("QVariantMap", _get_verdict, notify=verdictChanged)
    exitMode = Property(bool, _get_exit_mode, notify=exitModeChanged)
    insideNow = Property(int, _get_inside_now, notify=insideNowChanged)
    eventName = Property(str, _get_event_name, constant=True)
    listName = Property(str, _get_list_name, constant=True)
    doorName = Property(str, _get_door_name, constant=True)

    # -- actions ---------------------------------------------------------------
    @Slot(str)
    def scan(self, text: str) -> None:
        """A scanned (or pasted) payload: decide it, commit, then show it."""
        self.scan_burst(text, len(text))

    def scan_burst(self, text: str, length: int) -> None:
        self._act(lambda: self.door.scan(text, "out" if self._exit_mode else "in", received=length))

    @Slot(int)
    def admitGuest(self, guest_id: int) -> None:  # noqa: N802 - QML API
        self._act(lambda: self.door.admit_guest(guest_id, "manual"))

    @Slot(int)
    def exitGuest(self, guest_id: int) -> None:  # noqa: N802 - QML API
        self._act(lambda: self.door.exit_guest(guest_id))

    @Slot(int)
    def admitCompanion(self, guest_id: int) -> None:  # noqa: N802 - QML API
        self._act(lambda: self.door.admit_companion(guest_id))

    @Slot(int, str, result=str)
    def undo(self, guest_id: int, reason: str) -> str:
        """Cancel an admission; returns an error message for the dialog, or "" when done."""
        try:
            self._show(self.door.undo(guest_id, reason))
        except KioskError as error:
            return message_of(error)
        return ""

    def _act(self, action) -> None:  # noqa: ANN001
        try:
            ensure_same_file(self.db)  # never admit into a file replaced under this door
            result = action()
        except KioskError as error:
            if error.code == "db.replaced":
                self._check_file()
            self._show_error(error)
            return
        except sqlite3.Error as error:  # locked, read-only, full: said with the file's name
            cause = failure(error, self.db.path)
            self._show_error(KioskError("scan.failed", detail=message_of(cause)))
            return
        except Exception as error:  # noqa: BLE001 - a locked or full disk must show, not vanish
            self._show_error(KioskError("scan.failed", detail=f"{type(error).__name__}: {error}"))
            return
        self._show(result)

    @Slot(bool)
    def setExitMode(self, on: bool) -> None:  # noqa: N802 - QML API
        if on != self._exit_mode:
            self._exit_mode = on
            self.exitModeChanged.emit()

    @Slot()
    def toggleExitMode(self) -> None:  # noqa: N802 - QML API
        self.setExitMode(not self._exit_mode)

    @Slot()
    def dismiss(self) -> None:
        self._back_to_ready()

    @Slot(str)
    def search(self, query: str) -> None:
        self._query = query
        rows = door_view.search(self.db, query, limit=12) if query.strip() else []
        self.search_model.set_rows([{
            "guestId": r["id"], "name": r["name"], "organisation": r["organisation"],
            "category": r["category"], "table": r["table"], "notes": r["notes"],
            "partySize": r["party_size"], "lists": r["lists"], "inside": r["inside"],
            "attention": r["attention"] or ""} for r in rows])

    # -- showing ---------------------------------------------------------------
    def _title(self, status: str, kind: str, result: ScanResult) -> str:
        attention = result.guest.attention if result.guest else None
        if kind == "attention":
            return {"VIP": self.tr("ADMITTED · VIP"), "press": self.tr("ADMITTED · PRESS"),
                    "security": self.tr("ADMITTED · SECURITY")}.get(attention or "",
                                                                 self.tr("ADMITTED"))
        if status == "admitted" and result.code == "scan.readmitted":
            return self.tr("WELCOME BACK")
        return {
            "admitted": self.tr("ADMITTED"), "duplicate": self.tr("ALREADY IN"),
            "wrong_list": self.tr("WRONG LIST"), "revoked": self.tr("CANCELLED TICKET"),
            "invalid": self.tr("INVALID TICKET"), "exited": self.tr("SCANNED OUT"),
            "not_inside": self.tr("NOT INSIDE"), "companion": self.tr("COMPANION ADMITTED"),
            "party_full": self.tr("PARTY COMPLETE"), "undone": self.tr("ADMISSION CANCELLED"),
        }.get(status, status.upper())

    def _show(self, result: ScanResult) -> None:
        self.last_result = result
        self.scans_seen += 1
        status = result.status
        guest = result.guest
        kind = _kind(status, guest.attention if guest is not None else None)
        self._serial += 1
        party = guest.party_size if guest else 1
        first = result.first_scan or {}
        verdict: dict[str, Any] = {
            "serial": self._serial, "kind": kind, "status": status,
            "title": self._title(status, kind, result),
            "message": message_of(result),
            "guestId": guest.id if guest else -1,
            "name": guest.name if guest else "",
            "organisation": guest.organisation if guest else "",
            "category": guest.category if guest else "",
            "table": guest.table if guest else "",
            "notes": guest.notes if guest else "",
            "attention": (guest.attention or "") if guest else "",
            "party": party, "companionsIn": result.companions_in,
            "companionsLeft": max(0, party - 1 - result.companions_in)
            if status in ("admitted", "companion", "party_full") else 0,
            "time": result.local_time, "door": result.door, "list": result.list or "",
            "firstTime": first.get("time", ""), "firstDoor": first.get("door", ""),
            "direction": result.direction, "canUndo": status in ("admitted", "companion"),
        }
        self._verdict = verdict
        self._state = kind
        self.verdictChanged.emit()
        self.stateChanged.emit()
        sound = SOUND.get(kind)
        if sound:
            self.sounds.play(sound)
        hold = HOLD_MS.get(kind, 4000)
        if verdict["companionsLeft"]:
            hold = max(hold, 8000)
        self._hold.start(max(1, int(hold * self.hold_scale)))
        self._refresh_soon.start()

    def _show_error(self, error: KioskError) -> None:
        self.scans_seen += 1
        self._serial += 1
        self._verdict = {"serial": self._serial, "kind": "refused", "status": "error",
                         "title": self.tr("NOT RECORDED")
                         if error.code == "scan.failed" or error.code.startswith("db.")
                         else self.tr("NOT DONE"), "message": message_of(error),
                         "guestId": -1, "name": "", "organisation": "", "category": "", "table": "",
                         "notes": "", "attention": "", "party": 1, "companionsIn": 0,
                         "companionsLeft": 0, "time": "", "door": "", "list": "", "firstTime": "",
                         "firstDoor": "", "direction": "in", "canUndo": False}
        self._state = "refused"
        self.verdictChanged.emit()
        self.stateChanged.emit()
        self.sounds.play("refused")
        self._hold.start(max(1, int(4000 * self.hold_scale)))

    def _back_to_ready(self) -> None:
        self._hold.stop()
        if self._state != "ready":
            self._state = "ready"
            self._serial += 1
            self._verdict = {"serial": self._serial, "kind": "ready"}
            self.verdictChanged.emit()
            self.stateChanged.emit()

    def _maintain(self) -> None:
        """Between scans (the screen is back to ready): fold the WAL into the database."""
        if self._state == "ready":
            self.door.checkpoint(every=50)

    def stop(self) -> None:
        """Stop every timer (before the database closes)."""
        for timer in (self._poll, self._hold, self._refresh_soon, self._clock_timer):
            timer.stop()

    # -- refreshing ------------------------------------------------------------
    def _check_version(self) -> None:
        version = data_version(self.db)
        if version != self._version:
            self._version = version
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if time.monotonic() - self._expected_at > 60:
            self._expected = attendance.expected_counts(self.db)
            self._expected_at = time.monotonic()
        counts = attendance.counts(self.db, self._expected)
        self.counts_model.set_rows([{
            "listId": c.list_id, "name": c.name, "expected": c.expected,
            "expectedPeople": c.expected_people, "arrived": c.arrived,
            "arrivedPeople": c.arrived_people, "inside": c.inside,
            "fraction": (c.arrived / c.expected) if c.expected else 0.0} for c in counts])
        inside = sum(c.inside for c in counts)
        if inside != self._inside_now:
            self._inside_now = inside
            self.insideNowChanged.emit()
        tz = self.door.tz.key
        self.recent_model.set_rows([{
            "scanId": line.scan_id, "time": line.time, "status": line.status,
            "kind": _kind(line.status, line.attention), "name": line.guest, "door": line.door,
            "direction": line.direction, "attention": line.attention or "",
            "list": line.list_name, "reason": line.reason, "people": line.people}
            for line in door_view.recent_scans(self.db, 7, tz)])
        self.vip_model.set_rows([{
            "guestId": r["guest_id"], "name": r["name"], "organisation": r["organisation"],
            "attention": r["attention"], "time": r["time"], "inside": r["inside"], "list": r["list"]}
            for r in door_view.vip_arrivals(self.db, 6, tz)])
        if self._query:
            self.search(self._query)
        self._version = data_version(self.db)
