"""Signed ticket payloads: what a QR code holds, how it is signed and checked.

A payload is upper-case letters and digits only, so that the QR code uses its
alphanumeric mode (a smaller code) and a keyboard-wedge scanner types it
through any host keyboard layout we can map back (see kiosk.core.scanner):

    GT1 + KKKK + BASE32( varint(guest id) varint(version) signature[64] )

KKKK is the first four hex digits of the event's key id: a ticket of another
event is told apart from a forged one. The Ed25519 signature covers
"kiosk-ticket|<key id>|<guest id>|<version>", so only the holder of the event's
private key (the machine that ran ``init``) can mint tickets; doors verify with
the public key stored in the database.
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core import keys
from kiosk.core.clock import SYSTEM, Clock, iso
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.event import event_info
from kiosk.core.events import Origin, record

PREFIX = "GT1"
KID_CHARS = 4
SIGNATURE_BYTES = 64
MAX_PAYLOAD = 200  # a real payload is ~116 characters; anything longer is not ours


@dataclass(frozen=True)
class Ticket:
    """A verified ticket: the guest it names and which issue of the ticket it is."""

    guest_id: int
    version: int
    payload: str


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while pos < len(data) and shift < 35:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
    raise ValueError("bad varint")


def message(key_id: str, guest_id: int, version: int) -> bytes:
    return f"kiosk-ticket|{key_id}|{guest_id}|{version}".encode("ascii")


def kid_fragment(key_id: str) -> str:
    return key_id[:KID_CHARS].upper()


def encode(private: Ed25519PrivateKey, key_id: str, guest_id: int, version: int) -> str:
    """The payload for one guest's ticket. Deterministic: the same inputs give the same code."""
    signature = private.sign(message(key_id, guest_id, version))
    body = _varint(guest_id) + _varint(version) + signature
    return PREFIX + kid_fragment(key_id) + base64.b32encode(body).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class Parsed:
    kid: str
    guest_id: int
    version: int
    signature: bytes


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_VALID = str.maketrans("", "", _B32)
_B32_AS_DIGITS = str.maketrans(_B32, "0123456789ABCDEFGHIJKLMNOPQRSTUV")  # int(..., 32)'s


def _b32decode(body: str) -> bytes:
    """``base64.b32decode`` of an unpadded body (pure Python there, a loop per 8 characters;
    a scan's largest cost after its signature): read as one base-32 number when the body is
    well formed, through base64 otherwise (which says why it is not)."""
    if body and len(body) % 8 in (0, 2, 4, 5, 7) and not body.translate(_B32_VALID):
        bits = len(body) * 5
        return (int(body.translate(_B32_AS_DIGITS), 32) >> bits % 8).to_bytes(bits // 8, "big")
    return base64.b32decode(body + "=" * (-len(body) % 8))


def parse(text: str) -> Parsed:
    """Split a payload into its fields, or raise KioskError (ticket.*) saying why it is not one."""
    if len(text) > MAX_PAYLOAD:
        raise KioskError("ticket.too_long", length=len(text))
    if not text.startswith(PREFIX) or len(text) < len(PREFIX) + KID_CHARS + 8:
        raise KioskError("ticket.not_ticket")
    kid = text[len(PREFIX):len(PREFIX) + KID_CHARS]
    body = text[len(PREFIX) + KID_CHARS:]
    try:
        raw = _b32decode(body)
        guest_id, pos = _read_varint(raw, 0)
        version, pos = _read_varint(raw, pos)
    except (binascii.Error, ValueError) as exc:
        raise KioskError("ticket.not_ticket") from exc
    signature = raw[pos:]
    if len(signature) != SIGNATURE_BYTES or guest_id < 1 or version < 1:
        raise KioskError("ticket.not_ticket")
    return Parsed(kid, guest_id, version, signature)


class Verifier:
    """Checks payloads against one event's public key (kept decoded: verifying is per scan)."""

    def __init__(self, public_b64: str | None, key_id: str | None) -> None:
        if not public_b64 or not key_id:
            raise KioskError("ticket.no_public_key")
        self.key_id = key_id
        self.kid = kid_fragment(key_id)
        self._public: Ed25519PublicKey = keys.load_public(public_b64)

    @classmethod
    def for_db(cls, db: sqlite_utils.Database) -> Verifier:
        info = event_info(db)
        return cls(info.public_key, info.key_id)

    def verify(self, text: str) -> Ticket:
        parsed = parse(text)
        if parsed.kid != self.kid:
            raise KioskError("ticket.other_event", found=parsed.kid, expected=self.kid)
        try:
            self._public.verify(parsed.signature,
                                message(self.key_id, parsed.guest_id, parsed.version))
        except InvalidSignature as exc:
            raise KioskError("ticket.forged") from exc
        return Ticket(parsed.guest_id, parsed.version, text)


class Signer:
    """Mints payloads with the event's private key (only on the machine that holds the key file)."""

    def __init__(self, db: sqlite_utils.Database, db_path: str | Path) -> None:
        info = event_info(db)
        if not info.public_key or not info.key_id:
            raise KioskError("ticket.no_public_key")
        self.key_id = info.key_id
        self._private = keys.load_private(keys.key_path(db_path), info.public_key)

    def payload(self, guest_id: int, version: int) -> str:
        return encode(self._private, self.key_id, guest_id, version)


def ensure_issued(db: sqlite_utils.Database, guest_ids: list[int] | None = None,
                  clock: Clock = SYSTEM, origin: Origin | None = None) -> dict[int, int]:
    """Give every guest (or the ones named) a first ticket if they have none; return id -> version."""
    with write(db):
        missing = [r[0] for r in db.execute(
            "SELECT g.id FROM guests g WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.guest_id = g.id)"
        )]
        if guest_ids is not None:
            wanted = set(guest_ids)
            missing = [g for g in missing if g in wanted]
        if missing:
            now = iso(clock.now())
            db.conn.executemany(
                "INSERT INTO tickets(guest_id, version, issued_at) VALUES (?, 1, ?)",
                ((g, now) for g in missing))
            record(db, "tickets.issued", {"guests": len(missing), "version": 1}, clock=clock, origin=origin)
        current = dict(db.execute(
            "SELECT guest_id, max(version) FROM tickets WHERE revoked_at IS NULL GROUP BY guest_id"))
    if guest_ids is not None:
        return {g: current[g] for g in guest_ids if g in current}
    return current


def reissue(db: sqlite_utils.Database, guest_id: int, reason: str = "lost",
            clock: Clock = SYSTEM, origin: Origin | None = None) -> int:
    """Revoke the guest's current ticket and issue the next version; return the new version."""
    with write(db):
        if db.execute("SELECT 1 FROM guests WHERE id = ?", [guest_id]).fetchone() is None:
            raise KioskError("guest.unknown", guest_id=guest_id)
        now = iso(clock.now())
        latest = db.execute("SELECT max(version) FROM tickets WHERE guest_id = ?",
                            [guest_id]).fetchone()[0] or 0
        db.execute("UPDATE tickets SET revoked_at = ? WHERE guest_id = ? AND revoked_at IS NULL",
                   [now, guest_id])
        if latest == 0:
            # Never issued: version 1 is what a printed invitation would carry; revoke it too.
            db.execute("INSERT INTO tickets(guest_id, version, issued_at, revoked_at)"
                       " VALUES (?, 1, ?, ?)", [guest_id, now, now])
            latest = 1
        version = latest + 1
        db.execute("INSERT INTO tickets(guest_id, version, issued_at) VALUES (?, ?, ?)",
                   [guest_id, version, now])
        record(db, "ticket.reissued", {"guest_id": guest_id, "version": version,
                                       "revoked": latest, "reason": reason}, clock=clock, origin=origin)
    return version


# -- cancelled invitations ----------------------------------------------------------
# A cancelled guest's every ticket is refused at the entrance (status 'revoked', code
# 'scan.cancelled'): a refund or cancellation in a re-imported export, a guest pruned from
# a re-imported file, or staff's decision (`kiosk guests cancel`). Restoring undoes it.

@dataclass(frozen=True)
class Cancellation:
    at: str
    reason: str
    by: str  # 'hand', or the import source that cancelled the guest


CANCELLATION_COLUMNS = "cancelled_at, cancelled_reason, cancelled_by"  # of guests


def cancellation_of(values: Sequence[Any]) -> Cancellation | None:
    """The cancellation in a guest row's ``CANCELLATION_COLUMNS`` (None: not cancelled)."""
    return Cancellation(*values) if values and values[0] else None


def cancellation(db: sqlite_utils.Database | sqlite3.Connection, guest_id: int) -> Cancellation | None:
    return cancellation_of(db.execute(f"SELECT {CANCELLATION_COLUMNS} FROM guests WHERE id = ?",
                                      [guest_id]).fetchone())


def mark_cancelled(db: sqlite_utils.Database, guest_id: int, reason: str, by: str = "hand",
                   clock: Clock = SYSTEM, origin: Origin | None = None) -> bool:
    """Cancel inside the caller's write transaction; False if the guest already was."""
    if cancellation(db, guest_id) is not None:
        return False
    now = iso(clock.now())
    db.execute("UPDATE guests SET cancelled_at = ?, cancelled_reason = ?, cancelled_by = ? WHERE id = ?",
               [now, reason, by, guest_id])
    record(db, "guest.cancelled", {"guest_id": guest_id, "reason": reason, "by": by}, clock=clock,
           origin=origin)
    return True


def mark_restored(db: sqlite_utils.Database, guest_id: int, by: str = "hand",
                  clock: Clock = SYSTEM, origin: Origin | None = None) -> bool:
    """Restore inside the caller's write transaction; False if the guest was not cancelled."""
    if cancellation(db, guest_id) is None:
        return False
    db.execute("UPDATE guests SET cancelled_at = NULL, cancelled_reason = '', cancelled_by = ''"
               " WHERE id = ?", [guest_id])
    record(db, "guest.restored", {"guest_id": guest_id, "by": by}, clock=clock, origin=origin)
    return True


def _guest_state(db: sqlite_utils.Database, guest_id: int, changed: bool) -> dict:
    row = db.execute("SELECT first_name, last_name FROM guests WHERE id = ?", [guest_id]).fetchone()
    state = cancellation(db, guest_id)
    return {"guest_id": guest_id, "name": f"{row[0]} {row[1]}".strip(), "changed": changed,
            "cancelled": state is not None, "cancelled_at": state.at if state else None,
            "reason": state.reason if state else "", "by": state.by if state else ""}


def cancel_guest(db: sqlite_utils.Database, guest_id: int, reason: str, clock: Clock = SYSTEM,
                 origin: Origin | None = None) -> dict:
    """Staff cancel a guest's invitation: their tickets no longer admit. Recorded as an event."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise KioskError("guest.cancel_reason")
    with write(db):
        if db.execute("SELECT 1 FROM guests WHERE id = ?", [guest_id]).fetchone() is None:
            raise KioskError("guest.unknown", guest_id=guest_id)
        changed = mark_cancelled(db, guest_id, reason, "hand", clock, origin)
        return _guest_state(db, guest_id, changed)


def restore_guest(db: sqlite_utils.Database, guest_id: int, clock: Clock = SYSTEM,
                  origin: Origin | None = None) -> dict:
    """Undo a cancellation (by hand or by an import). Recorded as an event."""
    with write(db):
        if db.execute("SELECT 1 FROM guests WHERE id = ?", [guest_id]).fetchone() is None:
            raise KioskError("guest.unknown", guest_id=guest_id)
        changed = mark_restored(db, guest_id, "hand", clock, origin)
        return _guest_state(db, guest_id, changed)


@dataclass(frozen=True)
class TicketRow:
    """What a printed ticket shows about its guest."""

    guest_id: int
    first_name: str
    last_name: str
    organisation: str
    category: str
    table: str
    lists: tuple[str, ...]
    version: int

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def ticket_rows(db: sqlite_utils.Database, list_name: str | None = None,
                guest_ids: list[int] | None = None, clock: Clock = SYSTEM, origin: Origin | None = None) -> list[TicketRow]:
    """The guests to print (all, one list's, or the ones named), each with their current ticket."""
    list_id = None
    if list_name:
        known = dict(db.execute("SELECT name, id FROM lists"))
        from kiosk.core.csvfile import fold

        matches = [i for n, i in known.items() if fold(n) == fold(list_name)]
        if not matches:
            raise KioskError("list.unknown", name=list_name, known=", ".join(known) or "-")
        list_id = matches[0]
    versions = ensure_issued(db, guest_ids, clock=clock, origin=origin)
    lists: dict[int, list[str]] = {}
    for gid, name in db.execute(
            "SELECT gl.guest_id, l.name FROM guest_lists gl JOIN lists l ON l.id = gl.list_id"
            " ORDER BY l.position, l.id"):
        lists.setdefault(gid, []).append(name)
    sql = ("SELECT id, first_name, last_name, organisation, category, table_name FROM guests"
           " WHERE (cancelled_at IS NULL OR ?)")
    args: list = [guest_ids is not None]
    if list_id is not None:
        sql += " AND id IN (SELECT guest_id FROM guest_lists WHERE list_id = ?)"
        args.append(list_id)
    rows = []
    wanted = set(guest_ids) if guest_ids is not None else None
    for r in db.execute(sql + " ORDER BY id", args):
        if wanted is not None and r[0] not in wanted:
            continue
        rows.append(TicketRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(lists.get(r[0], ())),
                              versions.get(r[0], 1)))
    return rows
