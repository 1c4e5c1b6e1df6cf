"""Deciding a scan at the door: admitted, duplicate, wrong list, revoked or invalid.

:class:`Door` holds what a door needs between scans (the decoded public key,
the lists, the time zone, where its records come from) and decides each scan in one
``BEGIN IMMEDIATE`` transaction that reads the guest's state, records the scan and its
event and updates ``attendance``: two doors scanning the same ticket at the same moment
are serialised by SQLite's write lock, so exactly one admits it. The result is
returned only after the commit, so whatever a door shows is already on disk.

With a venue hub, the hub decides an admission for every door (first claim wins). Its
round trip is made *before* the write transaction, never inside it (it would hold this
file's write lock, which the hub link's own writes wait for): the door reads what the
decision would be, claims, then decides again inside the transaction with the answer in
hand, and gives back a claim it won but did not use. The order stays: decide, commit
locally, then send.

Each decision is made from a :class:`ScanRequest` (who, when, which way, how it was
read); the statuses it can give are in :mod:`kiosk.core.scan_status`. What the door
screen reads between scans is in :mod:`kiosk.core.attendance` and
:mod:`kiosk.core.door_view`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils

from kiosk.core import attendance, scanner
from kiosk.core.attendance import Presence
from kiosk.core.clock import SYSTEM, Clock, iso, parse_iso
from kiosk.core.csvfile import fold
from kiosk.core.db import data_version, write
from kiosk.core.errors import KioskError, render, template_of
from kiosk.core.event import event_info
from kiosk.core.events import Origin, new_id, origin_or_cli
from kiosk.core.guest import Guest
from kiosk.core.scan_status import (
    ADMITTED,
    COMPANION,
    DUPLICATE,
    EXITED,
    INVALID,
    NOT_INSIDE,
    PARTY_FULL,
    REFUSED,
    REVOKED,
    UNDONE,
    WRONG_LIST,
)
from kiosk.core.tickets import CANCELLATION_COLUMNS, Cancellation, Ticket, Verifier, cancellation_of
from kiosk.core.venue import Hub, HubAnswer, admission_key

MAX_SCAN = 200  # characters: a ticket is ~116; longer input is refused unparsed


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
    online: bool = False  # decided with the venue hub (False: alone, from this copy)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """In English; :func:`kiosk.i18n.message_of` gives it in the interface language."""
        return render(template_of(self.code), self.params)

    @property
    def ok(self) -> bool:
        return self.status not in REFUSED

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "status": self.status, "message": self.message, "code": self.code,
            "guest": self.guest.to_dict() if self.guest else None,
            "list": self.list, "door": self.door, "direction": self.direction,
            "scan_id": self.scan_id, "scanned_at": self.scanned_at, "local_time": self.local_time,
            "people": self.people, "online": self.online,
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
class ScanRequest:
    """One decision to make: what was presented, when, which way, and where it is recorded from.

    ``version`` is the ticket's version (None without a ticket: a manual admission, an exit
    by name); ``layout`` is the keyboard layout whose reading of the scan verified.
    """

    at: datetime
    origin: Origin
    direction: str = "in"
    guest_id: int | None = None
    version: int | None = None
    reason: str = ""
    payload: str = ""
    layout: str | None = None
    event_id: str = field(default_factory=new_id)  # also the token of the hub's claim

    @cached_property
    def at_iso(self) -> str:  # asked up to six times a scan
        return iso(self.at)


@dataclass
class _Claim:
    """The hub's answer to a claim made before the write transaction (None: no answer in time)."""

    key: str
    answer: HubAnswer | None
    used: bool = False

    @property
    def won(self) -> bool:
        return self.answer is not None and self.answer.won


@dataclass(frozen=True)
class _Seen:
    """What the file says of a request's guest, read once before the claim and used again
    inside the transaction when no other connection wrote in between (``version``: the
    file's ``PRAGMA data_version`` before the reads)."""

    version: int
    found: tuple[Guest, Cancellation | None, list[int]] | None
    revoked_at: str | None = None
    states: dict[int, Presence] = field(default_factory=dict)


@dataclass(frozen=True)
class ListInfo:
    id: int
    name: str
    starts_at: str
    position: int


class Door:
    """One door's scanning session: a list (or all), a door name, where its records come from."""

    def __init__(self, db: sqlite_utils.Database, list_name: str | None = None, door: str = "",
                 clock: Clock = SYSTEM, *, origin: Origin | None = None,
                 hub: Hub | None = None) -> None:
        self.db = db
        self.hub = hub
        self.conn: sqlite3.Connection = db.conn
        self.clock = clock
        self.door = door
        self.origin = origin_or_cli(origin)
        info = event_info(db)
        self.verifier = Verifier(info.public_key, info.key_id)
        try:
            self.tz = ZoneInfo(info.timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            self.tz = ZoneInfo("UTC")
        self._load_lists()
        self._start_of: dict[tuple[str, Any, int], datetime | None] = {}
        self.list: ListInfo | None = None
        if list_name:
            self.list = self.find_list(list_name)
        # Copying the WAL back into the database (a checkpoint) takes milliseconds: never
        # inside a scan. The door calls checkpoint() between scans instead.
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        self._since_checkpoint = 0

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One decision's transaction; once committed, the hub link sends it."""
        # The hub link's own writes to this file take turns with the decisions, which go
        # first (its ``write_lock``), instead of meeting in SQLite's busy handler.
        with self._turn(), write(self.db):
            yield
        if self.hub is not None:
            self.hub.notify()

    def _turn(self) -> AbstractContextManager[Any]:
        """This process's turn to write the file (re-entrant), taken before the link's own."""
        return getattr(self.hub, "write_lock", None) or nullcontext()

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
        # Asked four times a scan: kept per list start and local day.
        key = (text, local.date(), local.fold)
        if key not in self._start_of:
            if len(self._start_of) > 64:
                self._start_of.clear()
            self._start_of[key] = self._parse_start(text, local)
        start = self._start_of[key]
        return local if start is None else start

    def _parse_start(self, text: str, local: datetime) -> datetime | None:
        """A list's start on ``local``'s day ("HH:MM"), or its ISO time; None if unreadable."""
        try:
            if len(text) <= 5 and ":" in text:
                hour, minute = (int(x) for x in text.split(":"))
                return local.replace(hour=hour, minute=minute, second=0, microsecond=0)
            return parse_iso(text).astimezone(self.tz)
        except ValueError:
            return None

    # -- helpers ---------------------------------------------------------------
    def local_time(self, at_iso: str) -> str:
        return parse_iso(at_iso).astimezone(self.tz).strftime("%H:%M")

    def local_date(self, at_iso: str) -> str:
        return parse_iso(at_iso).astimezone(self.tz).strftime("%Y-%m-%d %H:%M")

    def guest(self, guest_id: int) -> Guest | None:
        found = self._guest(guest_id)
        return found[0] if found else None

    def _guest(self, guest_id: int) -> tuple[Guest, Cancellation | None, list[int]] | None:
        """The guest, their invitation's cancellation and their lists: two statements (a scan
        asks this twice, before its claim and inside its transaction)."""
        row = self.conn.execute(
            "SELECT id, first_name, last_name, organisation, category, table_name, notes, party_size,"
            f" {CANCELLATION_COLUMNS} FROM guests WHERE id = ?", (guest_id,)).fetchone()
        if row is None:
            return None
        list_ids = [r[0] for r in self.conn.execute(
            "SELECT list_id FROM guest_lists WHERE guest_id = ?", (guest_id,))]
        guest = Guest(*row[:8], lists=tuple(self._list(i).name for i in list_ids))
        return guest, cancellation_of(row[8:]), list_ids

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

    def _request(self, direction: str = "in", **fields: Any) -> ScanRequest:
        """A request made now: inside the write lock, so that the time orders the decisions
        (an arrival asked of the hub: just before its claim, the time the hub keeps)."""
        return ScanRequest(at=self.clock.now(), origin=self.origin, direction=direction, **fields)

    def _record(self, req: ScanRequest, status: str, *, guest_id: int | None,
                list_id: int | None, reason: str = "", people: int = 1,
                online: bool = False) -> int:
        event_id = req.event_id
        here = str(req.origin)
        cur = self.conn.execute(
            "INSERT INTO scans(event_id, scanned_at, door, list_id, guest_id, ticket_version,"
            " direction, status, reason, people, payload, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, req.at_iso, self.door, list_id, guest_id, req.version, req.direction, status,
             reason, people, req.payload[:300], here))
        scan_id = cur.lastrowid
        body = {"scan_id": scan_id, "status": status, "guest_id": guest_id, "list_id": list_id,
                "door": self.door, "direction": req.direction, "people": people}
        if self.hub is not None:
            body["online"] = online
        if reason:
            body["reason"] = reason
        if req.version is not None:
            body["ticket_version"] = req.version
        if req.layout not in (None, "us"):
            body["layout"] = req.layout  # a scanner typing through another keyboard layout
        self.conn.execute(
            "INSERT INTO events(id, at, origin, kind, payload) VALUES (?, ?, ?, ?, ?)",
            (event_id, req.at_iso, here, f"door.{status}", json.dumps(body, ensure_ascii=False)))
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
        if ticket is None:
            assert error is not None
            with self._write():
                req = self._request(direction, payload=payload)
                return self._finish(ScanResult(INVALID, error.code, error.params, direction=direction),
                                    req, None, None)
        result = self._decided(direction, guest_id=ticket.guest_id, version=ticket.version,
                               payload=payload, layout=layout)
        result.layout = layout
        return result

    def admit_guest(self, guest_id: int, reason: str = "manual") -> ScanResult:
        """Manual check-in (forgotten ticket): the same decision, without a ticket."""
        return self._decided("in", guest_id=guest_id, reason=reason or "manual")

    def exit_guest(self, guest_id: int) -> ScanResult:
        return self._decided("out", guest_id=guest_id, reason="manual")

    def _decided(self, direction: str, **fields: Any) -> ScanResult:
        """Decide one request about a guest and record it; committed before this returns."""
        if self.hub is None or direction != "in":
            with self._write():
                return self._decide(self._request(direction, **fields))
        # With a hub: its time is the claim's (taken before the transaction, see the module).
        req = self._request(direction, **fields)
        # In this process's turn (SQLite's lock stays free): the link does not apply the
        # venue's events while the door waits for the hub, so that both do not compete for
        # the interpreter while the hub's answer comes in.
        with self._turn():
            early, seen = self._claim_early(req)
            with self._write():
                if seen is not None and data_version(self.db) != seen.version:
                    seen = None  # another connection wrote since: read again
                result = self._decide(req, early, seen)
        if early is not None and early.won and not early.used and result.status != DUPLICATE:
            # Won for an admission the transaction did not make (the roster changed in
            # between): the ticket's key is free again. After a duplicate it stays held.
            self.hub.release(early.key)
        return result

    def _finish(self, result: ScanResult, req: ScanRequest, guest_id: int | None,
                list_id: int | None, *, reason: str = "", people: int = 1) -> ScanResult:
        self._since_checkpoint += 1
        if result.extra.pop("_alone", False):
            result.online = False
        elif self.hub is not None:
            result.online = result.online or self.hub.online
        result.scan_id = self._record(req, result.status, guest_id=guest_id, list_id=list_id,
                                      reason=reason, people=people, online=result.online)
        result.scanned_at = req.at_iso
        result.local_time = self.local_time(req.at_iso)
        result.door = self.door
        result.direction = req.direction
        result.people = people
        if list_id is not None:
            result.list = self._list(list_id).name
        return result

    def _look(self, req: ScanRequest, versioned: bool = True) -> _Seen:
        """Read what deciding ``req`` needs to know of its guest (``versioned``: with the
        file's version, to use the reads again later)."""
        assert req.guest_id is not None
        version = data_version(self.db) if versioned else 0
        found = self._guest(req.guest_id)
        if found is None:
            return _Seen(version, None)
        revoked_at = self._revoked_at(req.guest_id, req.version) if req.version is not None else None
        states = {p.list_id: p for p in attendance.presences(self.conn, req.guest_id)}
        return _Seen(version, found, revoked_at, states)

    def _decide(self, req: ScanRequest, early: _Claim | None = None,
                seen: _Seen | None = None) -> ScanResult:
        assert req.guest_id is not None
        guest_id = req.guest_id
        seen = seen or self._look(req, versioned=False)
        found = seen.found
        if found is None:
            return self._finish(ScanResult(INVALID, "scan.unknown_guest", {"guest_id": guest_id}),
                                req, None, None)
        guest, cancelled, list_ids = found
        names = {"name": guest.name}
        if req.direction == "in":  # a cancelled invitation admits no one (guestlist, issue 12)
            if cancelled is not None:
                result = ScanResult(REVOKED, "scan.cancelled", {
                    **names, "date": self.local_date(cancelled.at), "reason": cancelled.reason},
                    guest=guest, revoked_at=cancelled.at,
                    extra={"cancelled": True, "cancel_reason": cancelled.reason})
                return self._finish(result, req, guest_id, None, reason=cancelled.reason)
        if req.version is not None:
            revoked_at = seen.revoked_at
            if revoked_at:
                result = ScanResult(REVOKED, "scan.revoked",
                                    {**names, "date": self.local_date(revoked_at)}, guest=guest,
                                    revoked_at=revoked_at)
                return self._finish(result, req, guest_id, None)
        if self.list is not None and self.list.id not in list_ids:
            invited = ", ".join(guest.lists) or "-"
            code = "scan.wrong_list" if list_ids else "scan.no_list"
            result = ScanResult(WRONG_LIST, code, {**names, "list": self.list.name, "lists": invited},
                                guest=guest)
            return self._finish(result, req, guest_id, self.list.id)
        if not list_ids:
            return self._finish(ScanResult(WRONG_LIST, "scan.no_list", names, guest=guest),
                                req, guest_id, None)
        states = seen.states
        if req.direction == "out":
            return self._exit(req, guest, states)
        target, here, inside = self._target(req, list_ids, states)
        if inside:
            first = inside[-1]
            first_scan = {"at": first.admitted_at, "time": self.local_time(first.admitted_at),
                          "door": first.door, "list": self._list(first.list_id).name,
                          "arrived_at": first.arrived_at}
            code = "scan.duplicate" if first.door else "scan.duplicate_nodoor"
            result = ScanResult(DUPLICATE, code,
                                {**names, "time": first_scan["time"], "door": first.door},
                                guest=guest, first_scan=first_scan, companions_in=first.companions)
            return self._finish(result, req, guest_id, first.list_id)
        answer, alone = self._claim(req, guest_id, target.id, early)
        if answer is not None and not answer.won:
            return self._finish(self._taken(answer, guest, target, names), req, guest_id, target.id)
        if req.reason == "manual" or (req.reason and req.version is None):
            code = "scan.manual"
        elif here is not None:
            code = "scan.readmitted"
        else:
            code = "scan.admitted_party" if guest.party_size > 1 else "scan.admitted"
        result = ScanResult(ADMITTED, code, {**names, "party": guest.party_size}, guest=guest,
                            companions_in=here.companions if here else 0, online=answer is not None)
        if alone:
            result.extra["_alone"] = True
        self._finish(result, req, guest_id, target.id, reason=req.reason)
        attendance.admit(self.conn, guest_id, target.id, req.at_iso, self.door, result.scan_id)
        return result

    def _target(self, req: ScanRequest, list_ids: list[int], states: dict[int, Presence]
                ) -> tuple[ListInfo, Presence | None, list[Presence]]:
        """The list an arrival is for, the guest's presence on it, and where they are inside."""
        target = self.list or self._current_list(list_ids, req.at)
        # Without a door list, being inside on any list makes this a second use of the ticket.
        here = states.get(target.id)
        inside = [here] if here is not None and here.inside else []
        if self.list is None and not inside:
            inside = sorted((p for p in states.values() if p.inside), key=lambda p: p.admitted_at)
        return target, here, inside

    def _claim_early(self, req: ScanRequest) -> tuple[_Claim | None, _Seen | None]:
        """Outside any transaction: claim the admission this request would be (else None),
        with what was read to know it.

        Only reads, each check as :meth:`_decide` makes it; the decision itself is made
        again inside the write transaction (from the same reads when the file did not change).
        """
        assert self.hub is not None and req.guest_id is not None
        if self.conn.in_transaction:
            return None, None
        seen = self._look(req)
        found = seen.found
        if found is None or found[1] is not None:  # unknown, or the invitation cancelled
            return None, seen
        if seen.revoked_at:
            return None, seen
        list_ids = found[2]
        if not list_ids or (self.list is not None and self.list.id not in list_ids):
            return None, seen
        target, _here, inside = self._target(req, list_ids, seen.states)
        if inside:
            return None, seen
        key = admission_key(req.guest_id, target.id)
        return _Claim(key, self.hub.claim(key, req.event_id, self.door, req.at_iso)), seen

    def _claim(self, req: ScanRequest, guest_id: int, list_id: int,
               early: _Claim | None = None) -> tuple[HubAnswer | None, bool]:
        """Ask the hub whether this scan is the ticket's first admission on the list.

        Returns (answer, alone): no hub, or no answer in time (alone), decides from this copy.
        The answer to a claim made before the transaction (``early``) is used when it was
        for this admission; otherwise (rare: what changed in between) the hub is asked now.
        """
        if self.hub is None:
            return None, False
        key = admission_key(guest_id, list_id)
        if early is not None and early.key == key:
            early.used = True
            return early.answer, early.answer is None
        answer = self.hub.claim(key, req.event_id, self.door, req.at_iso)
        return answer, answer is None

    def _taken(self, answer: HubAnswer, guest: Guest, target: ListInfo,
               names: dict[str, Any]) -> ScanResult:
        """Another door admitted this ticket first (the hub says so)."""
        time = self.local_time(answer.at) if answer.at else ""
        first_scan = {"at": answer.at, "time": time, "door": answer.door, "list": target.name,
                      "arrived_at": answer.at}
        code = "scan.duplicate" if answer.door else "scan.duplicate_nodoor"
        return ScanResult(DUPLICATE, code, {**names, "time": time, "door": answer.door},
                          guest=guest, first_scan=first_scan, online=True)

    def _release(self, guest_id: int, list_id: int) -> None:
        if self.hub is not None:
            self.hub.release(admission_key(guest_id, list_id))

    def _exit(self, req: ScanRequest, guest: Guest, states: dict[int, Presence]) -> ScanResult:
        candidates = [p for p in states.values() if p.inside]
        if self.list is not None:
            candidates = [p for p in candidates if p.list_id == self.list.id]
        names = {"name": guest.name}
        if not candidates:
            list_id = self.list.id if self.list else None
            return self._finish(ScanResult(NOT_INSIDE, "scan.not_inside", names, guest=guest),
                                req, guest.id, list_id)
        state = max(candidates, key=lambda p: p.admitted_at)
        result = ScanResult(EXITED, "scan.exited", {**names, "time": self.local_time(req.at_iso)},
                            guest=guest, companions_in=state.companions)
        self._finish(result, req, guest.id, state.list_id, reason=req.reason)
        attendance.leave(self.conn, guest.id, state.list_id)
        self._release(guest.id, state.list_id)
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
    def _latest(self, guest_id: int) -> Presence | None:
        """The guest's latest arrival (on this door's list, if it has one)."""
        found = attendance.presences(self.conn, guest_id, self.list.id if self.list else None)
        return found[0] if found else None

    def admit_companion(self, guest_id: int) -> ScanResult:
        """One more of the guest's party walked in: admit them and count them."""
        with self._write():
            req = self._request("in", guest_id=guest_id, reason="companion")
            guest = self.guest(guest_id)
            if guest is None:
                raise KioskError("guest.unknown", guest_id=guest_id)
            companions = guest.party_size - 1
            state = self._latest(guest_id)
            names = {"name": guest.name, "companions": companions}
            if state is None:
                return self._finish(ScanResult(NOT_INSIDE, "scan.not_arrived", names, guest=guest),
                                    req, guest_id, self.list.id if self.list else None,
                                    reason=req.reason)
            if state.companions >= companions:
                return self._finish(ScanResult(PARTY_FULL, "scan.party_full", names, guest=guest,
                                               companions_in=state.companions),
                                    req, guest_id, state.list_id, reason=req.reason)
            number = state.companions + 1
            result = ScanResult(COMPANION, "scan.companion", {**names, "number": number},
                                guest=guest, companions_in=number)
            self._finish(result, req, guest_id, state.list_id, reason=req.reason)
            attendance.count_companions(self.conn, guest_id, state.list_id, number)
            return result

    def undo(self, guest_id: int, reason: str) -> ScanResult:
        """Cancel the guest's admission (made in error), with the reason staff gave."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise KioskError("scan.undo_reason")
        with self._write():
            req = self._request("in", guest_id=guest_id, reason=reason)
            guest = self.guest(guest_id)
            if guest is None:
                raise KioskError("guest.unknown", guest_id=guest_id)
            state = self._latest(guest_id)
            if state is None:
                raise KioskError("scan.nothing_to_undo", name=guest.name)
            result = ScanResult(UNDONE, "scan.undone", {"name": guest.name, "reason": reason},
                                guest=guest)
            self._finish(result, req, guest_id, state.list_id, reason=reason,
                         people=1 + state.companions)
            attendance.cancel(self.conn, guest_id, state.list_id)
            self._release(guest_id, state.list_id)
            return result
