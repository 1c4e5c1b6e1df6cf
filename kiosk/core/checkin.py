"""Deciding a scan at the door: admitted, duplicate, wrong list, revoked or invalid.

:class:`Door` holds what a door needs between scans (the decoded public key,
the lists, the time zone) and decides each scan in one ``BEGIN IMMEDIATE``
transaction that reads the guest's state, records the scan and its event and
updates ``attendance``: two doors scanning the same ticket at the same moment
are serialised by SQLite's write lock, so exactly one admits it. The result is
returned only after the commit, so whatever a door shows is already on disk.

Statuses: admitted, duplicate, wrong_list, revoked, invalid (scans at the
entrance); exited, not_inside (exit mode); companion, party_full (admitting a
guest's companions); undone (an admission cancelled by staff, with a reason).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils

from kiosk.core import scanner
from kiosk.core.clock import SYSTEM, Clock, iso, parse_iso
from kiosk.core.csvfile import fold
from kiosk.core.db import write
from kiosk.core.errors import QT_TRANSLATE_NOOP, KioskError, register, render
from kiosk.core.event import event_info
from kiosk.core.events import new_id, origin
from kiosk.core.tickets import Ticket, Verifier

ADMITTED = "admitted"
DUPLICATE = "duplicate"
WRONG_LIST = "wrong_list"
REVOKED = "revoked"
INVALID = "invalid"
EXITED = "exited"
NOT_INSIDE = "not_inside"
COMPANION = "companion"
PARTY_FULL = "party_full"
UNDONE = "undone"
MAX_SCAN = 200  # characters: a ticket is ~116; longer input is refused unparsed
REFUSED = (DUPLICATE, WRONG_LIST, REVOKED, INVALID, NOT_INSIDE, PARTY_FULL)

ATTENTION_CATEGORIES = {"vip": "VIP", "press": "press", "presse": "press", "security": "security"}
ATTENTION_WORDS = (("security", "security"), ("securite", "security"), ("vip", "VIP"),
                   ("press", "press"), ("presse", "press"))

register({
    "scan.admitted": QT_TRANSLATE_NOOP("kiosk.core", "Welcome, {name}."),
    "scan.admitted_party": QT_TRANSLATE_NOOP("kiosk.core", "Welcome, {name}: party of {party}, admit the companions as they arrive."),
    "scan.readmitted": QT_TRANSLATE_NOOP("kiosk.core", "Welcome back, {name}."),
    "scan.manual": QT_TRANSLATE_NOOP("kiosk.core", "Admitted without a ticket: {name}."),
    "scan.duplicate": QT_TRANSLATE_NOOP("kiosk.core", "Already in at {time}, door {door}: {name} was admitted earlier."),
    "scan.duplicate_nodoor": QT_TRANSLATE_NOOP("kiosk.core", "Already in at {time}: {name} was admitted earlier."),
    "scan.wrong_list": QT_TRANSLATE_NOOP("kiosk.core", "Not on the list '{list}': {name} is invited to {lists}."),
    "scan.no_list": QT_TRANSLATE_NOOP("kiosk.core", "{name} is on no guest list of this event."),
    "scan.revoked": QT_TRANSLATE_NOOP("kiosk.core", "Cancelled ticket: it was re-issued on {date}. Ask {name} for the new one."),
    "scan.unknown_guest": QT_TRANSLATE_NOOP("kiosk.core", "Invalid ticket: guest number {guest_id} is not in this event's guest list."),
    "scan.exited": QT_TRANSLATE_NOOP("kiosk.core", "Goodbye for now, {name}: scanned out at {time}."),
    "scan.not_inside": QT_TRANSLATE_NOOP("kiosk.core", "{name} is not inside: there is no admission to scan out."),
    "scan.companion": QT_TRANSLATE_NOOP("kiosk.core", "Companion {number} of {companions} admitted with {name}."),
    "scan.party_full": QT_TRANSLATE_NOOP("kiosk.core", "All {companions} companions of {name} are already in."),
    "scan.not_arrived": QT_TRANSLATE_NOOP("kiosk.core", "{name} has not been admitted: admit the ticket holder first."),
    "scan.undone": QT_TRANSLATE_NOOP("kiosk.core", "Admission of {name} cancelled: {reason}."),
    "scan.undo_reason": QT_TRANSLATE_NOOP("kiosk.core", "Say why the admission is cancelled: a reason is required."),
    "scan.nothing_to_undo": QT_TRANSLATE_NOOP("kiosk.core", "{name} has no admission to cancel."),
    "scan.failed": QT_TRANSLATE_NOOP("kiosk.core", "The scan was NOT recorded ({detail}). Scan again; if this repeats, call the technician."),
})


@dataclass(frozen=True)
class Guest:
    id: int
    first_name: str
    last_name: str
    organisation: str
    category: str
    table: str
    notes: str
    party_size: int
    lists: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def attention(self) -> str | None:
        return attention_of(self.category, self.notes)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "first_name": self.first_name,
                "last_name": self.last_name, "organisation": self.organisation,
                "category": self.category, "table": self.table, "notes": self.notes,
                "party_size": self.party_size, "lists": list(self.lists),
                "attention": self.attention}


def attention_of(category: str, notes: str) -> str | None:
    """VIP, press or security: guests the door must notice (a distinct alert)."""
    flag = ATTENTION_CATEGORIES.get(fold(category))
    if flag:
        return flag
    folded = fold(notes)
    for word, flag in ATTENTION_WORDS:
        if folded.startswith(word) or f"; {word}" in folded or f"{word}:" in folded:
            return flag
    return None


@dataclass
class ScanResult:
    status: str
    code: str
    params: dict[str, Any]
    guest: Guest | None = None
    list: str | None = None
    door: str = ""
    direction: str = "in"
    scan_id: int | None = None
    scanned_at: str = ""
    local_time: str = ""
    people: int = 1
    companions_in: int = 0
    first_scan: dict[str, Any] | None = None
    revoked_at: str | None = None
    layout: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        from kiosk.core.errors import MESSAGES

        return render(MESSAGES.get(self.code, self.code), self.params)

    @property
    def ok(self) -> bool:
        return self.status not in REFUSED

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "status": self.status, "message": self.message, "code": self.code,
            "guest": self.guest.to_dict() if self.guest else None,
            "list": self.list, "door": self.door, "direction": self.direction,
            "scan_id": self.scan_id, "scanned_at": self.scanned_at, "local_time": self.local_time,
            "people": self.people,
        }
        if self.guest is not None:
            data["party_size"] = self.guest.party_size
            data["companions_in"] = self.companions_in
            data["attention"] = self.guest.attention
        if self.status == DUPLICATE:
            data["first_scan"] = self.first_scan
        if self.status == REVOKED:
            data["revoked_at"] = self.revoked_at
        if self.layout and self.layout != "us":
            data["layout"] = self.layout
        data.update(self.extra)
        return data


@dataclass(frozen=True)
class ListInfo:
    id: int
    name: str
    starts_at: str
    position: int


class Door:
    """One door's scanning session: a list (or all), a door name, a direction."""

    def __init__(self, db: sqlite_utils.Database, list_name: str | None = None, door: str = "",
                 clock: Clock = SYSTEM) -> None:
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.clock = clock
        self.door = door
        info = event_info(db)
        self.verifier = Verifier(info.public_key, info.key_id)
        try:
            self.tz = ZoneInfo(info.timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            self.tz = ZoneInfo("UTC")
        self._load_lists()
        self.list: ListInfo | None = None
        if list_name:
            self.list = self.find_list(list_name)
        # Copying the WAL back into the database (a checkpoint) takes milliseconds: never
        # inside a scan. The door calls checkpoint() between scans instead.
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        self._since_checkpoint = 0
        self._layout: str | None = None

    def checkpoint(self, every: int = 0) -> bool:
        """Fold the write-ahead log into the database, between scans (after ``every`` scans)."""
        if self._since_checkpoint < max(1, every) or self.conn.in_transaction:
            return False
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        self._since_checkpoint = 0
        return True

    # -- lists -----------------------------------------------------------------
    def _load_lists(self) -> None:
        rows = self.conn.execute("SELECT id, name, starts_at, position FROM lists ORDER BY position, id")
        self.lists = {r[0]: ListInfo(*r) for r in rows}

    def find_list(self, name: str) -> ListInfo:
        for info in self.lists.values():
            if info.name == name or fold(info.name) == fold(name):
                return info
        self._load_lists()
        for info in self.lists.values():
            if fold(info.name) == fold(name):
                return info
        raise KioskError("list.unknown", name=name,
                         known=", ".join(i.name for i in self.lists.values()) or "-")

    def _list(self, list_id: int) -> ListInfo:
        if list_id not in self.lists:
            self._load_lists()
        return self.lists[list_id]

    def _current_list(self, list_ids: list[int], now: datetime) -> ListInfo:
        """Without a door list: the guest's list that has started most recently, else the first."""
        infos = sorted((self._list(i) for i in list_ids), key=lambda i: (i.position, i.id))
        local = now.astimezone(self.tz)
        started = [i for i in infos if i.starts_at and self._starts(i.starts_at, local) <= local]
        if started:
            return max(started, key=lambda i: self._starts(i.starts_at, local))
        return infos[0]

    def _starts(self, text: str, local: datetime) -> datetime:
        try:
            if len(text) <= 5 and ":" in text:
                hour, minute = (int(x) for x in text.split(":"))
                return local.replace(hour=hour, minute=minute, second=0, microsecond=0)
            return parse_iso(text).astimezone(self.tz)
        except ValueError:
            return local

    # -- helpers ---------------------------------------------------------------
    def local_time(self, at_iso: str) -> str:
        return parse_iso(at_iso).astimezone(self.tz).strftime("%H:%M")

    def local_date(self, at_iso: str) -> str:
        return parse_iso(at_iso).astimezone(self.tz).strftime("%Y-%m-%d %H:%M")

    def guest(self, guest_id: int) -> Guest | None:
        row = self.conn.execute(
            "SELECT id, first_name, last_name, organisation, category, table_name, notes, party_size"
            " FROM guests WHERE id = ?", (guest_id,)).fetchone()
        if row is None:
            return None
        lists = tuple(self._list(r[0]).name for r in self.conn.execute(
            "SELECT list_id FROM guest_lists WHERE guest_id = ?", (guest_id,)))
        return Guest(*row, lists=lists)

    def _verify(self, text: str, received: int | None = None
                ) -> tuple[Ticket | None, KioskError | None, str | None]:
        """Try each keyboard-layout reading; the one whose signature verifies wins."""
        cleaned = scanner.clean(text[:100_000]) if len(text) > 100_000 else scanner.clean(text)
        if not cleaned:
            return None, KioskError("ticket.empty"), None
        if len(cleaned) > MAX_SCAN or (received or 0) > MAX_SCAN:
            return None, KioskError("ticket.too_long", length=max(len(text), received or 0)), None
        lowered = cleaned.lower()
        if "://" in lowered or lowered.startswith(("www.", "http")):
            return None, KioskError("ticket.url", text=cleaned[:60]), None
        best: KioskError | None = None
        for layout, reading in scanner.readings(cleaned):
            try:
                return self.verifier.verify(reading), None, layout
            except KioskError as error:
                if best is None or (best.code == "ticket.not_ticket"
                                    and error.code != "ticket.not_ticket"):
                    best = error
        return None, best, None

    def _record(self, now_iso: str, status: str, *, guest_id: int | None, list_id: int | None,
                version: int | None, direction: str, reason: str = "", people: int = 1,
                payload: str = "", params: dict[str, Any] | None = None) -> int:
        event_id = new_id()
        here = origin()
        cur = self.conn.execute(
            "INSERT INTO scans(event_id, scanned_at, door, list_id, guest_id, ticket_version,"
            " direction, status, reason, people, payload, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, now_iso, self.door, list_id, guest_id, version, direction, status, reason,
             people, payload[:300], here))
        scan_id = cur.lastrowid
        body = {"scan_id": scan_id, "status": status, "guest_id": guest_id, "list_id": list_id,
                "door": self.door, "direction": direction, "people": people}
        if reason:
            body["reason"] = reason
        if version is not None:
            body["ticket_version"] = version
        if self._layout not in (None, "us"):
            body["layout"] = self._layout  # a scanner typing through another keyboard layout
        self.conn.execute(
            "INSERT INTO events(id, at, origin, kind, payload) VALUES (?, ?, ?, ?, ?)",
            (event_id, now_iso, here, f"door.{status}", json.dumps(body, ensure_ascii=False)))
        return scan_id

    # -- the decision ----------------------------------------------------------
    def scan(self, text: str, direction: str = "in", received: int | None = None) -> ScanResult:
        """Decide one scanned payload and record it; committed before this returns.

        ``received`` is how many characters arrived when the caller kept only the first ones.
        """
        # Undecodable input (bytes that are not UTF-8 reach us as lone surrogates): made safe
        # to store and to print, then refused like any other garbage.
        text = text.encode("utf-8", "replace").decode("utf-8")
        ticket, error, layout = self._verify(text, received)
        payload = ticket.payload if ticket else scanner.clean(text)[:300]
        self._layout = layout
        with write(self.db):
            now = self.clock.now()
            now_iso = iso(now)
            if ticket is None:
                assert error is not None
                return self._finish(ScanResult(INVALID, error.code, error.params, direction=direction),
                                    now_iso, None, None, None, direction, payload=payload)
            try:
                result = self._decide(ticket.guest_id, ticket.version, direction, now, now_iso,
                                      payload=payload)
            finally:
                self._layout = None
            result.layout = layout
            return result

    def admit_guest(self, guest_id: int, reason: str = "manual") -> ScanResult:
        """Manual check-in (forgotten ticket): the same decision, without a ticket."""
        with write(self.db):
            now = self.clock.now()
            return self._decide(guest_id, None, "in", now, iso(now), reason=reason or "manual")

    def exit_guest(self, guest_id: int) -> ScanResult:
        with write(self.db):
            now = self.clock.now()
            return self._decide(guest_id, None, "out", now, iso(now), reason="manual")

    def _finish(self, result: ScanResult, now_iso: str, guest_id: int | None, list_id: int | None,
                version: int | None, direction: str, *, reason: str = "", people: int = 1,
                payload: str = "") -> ScanResult:
        self._since_checkpoint += 1
        result.scan_id = self._record(now_iso, result.status, guest_id=guest_id, list_id=list_id,
                                      version=version, direction=direction, reason=reason,
                                      people=people, payload=payload)
        result.scanned_at = now_iso
        result.local_time = self.local_time(now_iso)
        result.door = self.door
        result.direction = direction
        result.people = people
        if list_id is not None:
            result.list = self._list(list_id).name
        return result

    def _decide(self, guest_id: int, version: int | None, direction: str, now: datetime,
                now_iso: str, *, payload: str = "", reason: str = "") -> ScanResult:
        guest = self.guest(guest_id)
        if guest is None:
            return self._finish(ScanResult(INVALID, "scan.unknown_guest", {"guest_id": guest_id}),
                                now_iso, None, None, version, direction, payload=payload)
        names = {"name": guest.name}
        if version is not None:
            revoked_at = self._revoked_at(guest_id, version)
            if revoked_at:
                result = ScanResult(REVOKED, "scan.revoked",
                                    {**names, "date": self.local_date(revoked_at)}, guest=guest,
                                    revoked_at=revoked_at)
                return self._finish(result, now_iso, guest_id, None, version, direction,
                                    payload=payload)
        list_ids = [r[0] for r in self.conn.execute(
            "SELECT list_id FROM guest_lists WHERE guest_id = ?", (guest_id,))]
        if self.list is not None and self.list.id not in list_ids:
            invited = ", ".join(guest.lists) or "-"
            code = "scan.wrong_list" if list_ids else "scan.no_list"
            result = ScanResult(WRONG_LIST, code, {**names, "list": self.list.name, "lists": invited},
                                guest=guest)
            return self._finish(result, now_iso, guest_id, self.list.id, version, direction,
                                payload=payload)
        if not list_ids:
            result = ScanResult(WRONG_LIST, "scan.no_list", names, guest=guest)
            return self._finish(result, now_iso, guest_id, None, version, direction, payload=payload)
        states = {r[0]: r for r in self.conn.execute(
            "SELECT list_id, arrived_at, inside, companions, admitted_at, door FROM attendance"
            " WHERE guest_id = ?", (guest_id,))}
        if direction == "out":
            return self._exit(guest, version, states, now_iso, payload, reason)
        target = self.list or self._current_list(list_ids, now)
        # Without a door list, being inside on any list makes this a second use of the ticket.
        inside = [states[target.id]] if target.id in states and states[target.id][2] else []
        if self.list is None and not inside:
            inside = sorted((s for s in states.values() if s[2]), key=lambda s: s[4])
        if inside:
            state = inside[-1]
            first = {"at": state[4], "time": self.local_time(state[4]), "door": state[5],
                     "list": self._list(state[0]).name, "arrived_at": state[1]}
            code = "scan.duplicate" if state[5] else "scan.duplicate_nodoor"
            result = ScanResult(DUPLICATE, code, {**names, "time": first["time"], "door": state[5]},
                                guest=guest, first_scan=first, companions_in=state[3])
            return self._finish(result, now_iso, guest_id, state[0], version, direction,
                                payload=payload)
        previous = states.get(target.id)
        if reason == "manual" or (reason and version is None):
            code = "scan.manual"
        elif previous is not None:
            code = "scan.readmitted"
        else:
            code = "scan.admitted_party" if guest.party_size > 1 else "scan.admitted"
        result = ScanResult(ADMITTED, code, {**names, "party": guest.party_size}, guest=guest,
                            companions_in=previous[3] if previous else 0)
        self._finish(result, now_iso, guest_id, target.id, version, direction, payload=payload,
                     reason=reason)
        self.conn.execute(
            "INSERT INTO attendance(guest_id, list_id, arrived_at, inside, companions, admitted_at,"
            " door, scan_id) VALUES (?, ?, ?, 1, 0, ?, ?, ?) ON CONFLICT(guest_id, list_id) DO UPDATE"
            " SET inside = 1, admitted_at = excluded.admitted_at, door = excluded.door,"
            " scan_id = excluded.scan_id",
            (guest_id, target.id, now_iso, now_iso, self.door, result.scan_id))
        return result

    def _exit(self, guest: Guest, version: int | None, states: dict, now_iso: str, payload: str,
              reason: str) -> ScanResult:
        candidates = [s for s in states.values() if s[2]]
        if self.list is not None:
            candidates = [s for s in candidates if s[0] == self.list.id]
        names = {"name": guest.name}
        if not candidates:
            list_id = self.list.id if self.list else None
            return self._finish(ScanResult(NOT_INSIDE, "scan.not_inside", names, guest=guest),
                                now_iso, guest.id, list_id, version, "out", payload=payload)
        state = max(candidates, key=lambda s: s[4])
        result = ScanResult(EXITED, "scan.exited", {**names, "time": self.local_time(now_iso)},
                            guest=guest, companions_in=state[3])
        self._finish(result, now_iso, guest.id, state[0], version, "out", payload=payload,
                     reason=reason)
        self.conn.execute("UPDATE attendance SET inside = 0 WHERE guest_id = ? AND list_id = ?",
                          (guest.id, state[0]))
        return result

    def _revoked_at(self, guest_id: int, version: int) -> str | None:
        rows = self.conn.execute(
            "SELECT version, issued_at, revoked_at FROM tickets WHERE guest_id = ? ORDER BY version",
            (guest_id,)).fetchall()
        for v, _issued, revoked_at in rows:
            if v == version:
                return revoked_at
        newer = [issued_at for v, issued_at, _ in rows if v > version]
        return newer[0] if newer else None

    # -- companions and undo ---------------------------------------------------
    def _state_for(self, guest_id: int) -> tuple | None:
        sql = ("SELECT list_id, arrived_at, inside, companions, admitted_at, door FROM attendance"
               " WHERE guest_id = ?")
        args: tuple = (guest_id,)
        if self.list is not None:
            sql += " AND list_id = ?"
            args = (guest_id, self.list.id)
        rows = self.conn.execute(sql + " ORDER BY admitted_at DESC", args).fetchall()
        return rows[0] if rows else None

    def admit_companion(self, guest_id: int) -> ScanResult:
        """One more of the guest's party walked in: admit them and count them."""
        with write(self.db):
            now_iso = iso(self.clock.now())
            guest = self.guest(guest_id)
            if guest is None:
                raise KioskError("guest.unknown", guest_id=guest_id)
            companions = guest.party_size - 1
            state = self._state_for(guest_id)
            names = {"name": guest.name, "companions": companions}
            if state is None:
                return self._finish(ScanResult(NOT_INSIDE, "scan.not_arrived", names, guest=guest),
                                    now_iso, guest_id, self.list.id if self.list else None, None,
                                    "in", reason="companion")
            if state[3] >= companions:
                return self._finish(ScanResult(PARTY_FULL, "scan.party_full", names, guest=guest,
                                               companions_in=state[3]),
                                    now_iso, guest_id, state[0], None, "in", reason="companion")
            number = state[3] + 1
            result = ScanResult(COMPANION, "scan.companion", {**names, "number": number},
                                guest=guest, companions_in=number)
            self._finish(result, now_iso, guest_id, state[0], None, "in", reason="companion")
            self.conn.execute("UPDATE attendance SET companions = ? WHERE guest_id = ? AND list_id = ?",
                              (number, guest_id, state[0]))
            return result

    def undo(self, guest_id: int, reason: str) -> ScanResult:
        """Cancel the guest's admission (made in error), with the reason staff gave."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise KioskError("scan.undo_reason")
        with write(self.db):
            now_iso = iso(self.clock.now())
            guest = self.guest(guest_id)
            if guest is None:
                raise KioskError("guest.unknown", guest_id=guest_id)
            state = self._state_for(guest_id)
            if state is None:
                raise KioskError("scan.nothing_to_undo", name=guest.name)
            people = 1 + state[3]
            result = ScanResult(UNDONE, "scan.undone", {"name": guest.name, "reason": reason},
                                guest=guest)
            self._finish(result, now_iso, guest_id, state[0], None, "in", reason=reason,
                         people=people)
            self.conn.execute("DELETE FROM attendance WHERE guest_id = ? AND list_id = ?",
                              (guest_id, state[0]))
            return result


# -- reading the door's state ---------------------------------------------------

@dataclass(frozen=True)
class ListCount:
    list_id: int
    name: str
    expected: int
    expected_people: int
    arrived: int
    arrived_people: int
    inside: int

    def to_dict(self) -> dict[str, Any]:
        return {"list": self.name, "expected": self.expected, "expected_people": self.expected_people,
                "arrived": self.arrived, "arrived_people": self.arrived_people, "inside": self.inside}


def expected_counts(db: sqlite_utils.Database) -> dict[int, tuple[str, int, int]]:
    """Per list id: name, guests and people expected (slow-changing: cache it on a door)."""
    out = {r[0]: (r[1], 0, 0) for r in db.execute("SELECT id, name FROM lists ORDER BY position, id")}
    for list_id, guests, people in db.execute(
            "SELECT gl.list_id, count(*), sum(g.party_size) FROM guest_lists gl"
            " JOIN guests g ON g.id = gl.guest_id GROUP BY gl.list_id"):
        if list_id in out:
            out[list_id] = (out[list_id][0], guests, people or 0)
    return out


def arrival_counts(db: sqlite_utils.Database) -> dict[int, tuple[int, int, int]]:
    """Per list id: guests arrived, people arrived, people inside now (cheap: arrivals only)."""
    return {r[0]: (r[1], r[2], r[3]) for r in db.execute(
        "SELECT list_id, count(*), sum(1 + companions), sum(inside + companions) FROM attendance"
        " GROUP BY list_id")}


def counts(db: sqlite_utils.Database,
           expected: dict[int, tuple[str, int, int]] | None = None) -> list[ListCount]:
    """Per list: guests and people expected, arrived, and inside now (exits subtracted)."""
    expected = expected if expected is not None else expected_counts(db)
    arrived = arrival_counts(db)
    return [ListCount(list_id, name, guests, people, *arrived.get(list_id, (0, 0, 0)))
            for list_id, (name, guests, people) in expected.items()]


def recent_scans(db: sqlite_utils.Database, limit: int = 8, tz: str | None = None) -> list[dict[str, Any]]:
    """The last scans, newest first, for the door screen."""
    zone = ZoneInfo(tz or event_info(db).timezone or "UTC")
    rows = db.execute(
        "SELECT s.id, s.scanned_at, s.status, s.door, s.direction, s.reason, s.people,"
        " g.id, g.first_name, g.last_name, g.category, g.notes, l.name FROM scans s"
        " LEFT JOIN guests g ON g.id = s.guest_id LEFT JOIN lists l ON l.id = s.list_id"
        " ORDER BY s.id DESC LIMIT ?", [limit]).fetchall()
    return [{"scan_id": r[0], "at": r[1],
             "time": parse_iso(r[1]).astimezone(zone).strftime("%H:%M"), "status": r[2],
             "door": r[3], "direction": r[4], "reason": r[5], "people": r[6], "guest_id": r[7],
             "name": f"{r[8]} {r[9]}" if r[7] is not None else "",
             "attention": attention_of(r[10], r[11]) if r[7] is not None else None,
             "list": r[12] or ""} for r in rows]


def vip_arrivals(db: sqlite_utils.Database, limit: int = 12, tz: str | None = None) -> list[dict[str, Any]]:
    """Flagged guests (VIP, press, security) who have arrived, latest first."""
    zone = ZoneInfo(tz or event_info(db).timezone or "UTC")
    rows = db.execute(
        "SELECT g.id, g.first_name, g.last_name, g.organisation, g.category, g.notes, a.admitted_at,"
        " a.inside, l.name FROM attendance a JOIN guests g ON g.id = a.guest_id"
        " JOIN lists l ON l.id = a.list_id ORDER BY a.admitted_at DESC").fetchall()
    out = []
    for r in rows:
        flag = attention_of(r[4], r[5])
        if flag:
            out.append({"guest_id": r[0], "name": f"{r[1]} {r[2]}", "organisation": r[3],
                        "attention": flag, "at": r[6],
                        "time": parse_iso(r[6]).astimezone(zone).strftime("%H:%M"),
                        "inside": bool(r[7]), "list": r[8]})
            if len(out) >= limit:
                break
    return out


def search(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Guests whose name or organisation contains every word typed, accents and case ignored."""
    words = [w for w in fold(" ".join(query.split()))[:80].split() if w]
    if not words:
        return []
    sql = ("SELECT g.id, g.first_name, g.last_name, g.organisation, g.category, g.table_name,"
           " g.notes, g.party_size,"
           " (SELECT group_concat(l.name, ', ') FROM guest_lists gl JOIN lists l ON l.id = gl.list_id"
           "   WHERE gl.guest_id = g.id),"
           " (SELECT max(a.inside) FROM attendance a WHERE a.guest_id = g.id)"
           " FROM guests g WHERE " + " AND ".join(["instr(g.search_key, ?) > 0"] * len(words)) +
           " ORDER BY g.last_name, g.first_name LIMIT ?")
    rows = db.execute(sql, [*words, limit]).fetchall()
    return [{"id": r[0], "name": f"{r[1]} {r[2]}", "first_name": r[1], "last_name": r[2],
             "organisation": r[3], "category": r[4], "table": r[5], "notes": r[6],
             "party_size": r[7], "lists": r[8] or "", "inside": bool(r[9]),
             "attention": attention_of(r[4], r[6])} for r in rows]
