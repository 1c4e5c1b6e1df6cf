"""One show across machines: this file's side of the venue's show cursor (no network here).

The venue's one cursor lives at the hub (a JetStream KV value, :mod:`kiosk.venue.stage`);
every stage machine and the master mirror it into their own ``show_state``, so their
windows follow their own file as they always have. ``show_sync`` remembers the last value
this file agreed with the hub (its KV revision), which makes three things possible:

- a press made here is sent by compare-and-set from that revision: a machine that pressed
  on a show that had already moved loses the race, re-reads and :func:`merge` decides;
- two presses of GO from the same cue on two machines give the same cue: one GO; and a
  press of GO here within the guard time after another machine's GO is that same GO
  (:func:`absorbs`; the time of the other's move is on this machine's clock, measured
  from the hub's, so machine clocks that disagree do not matter);
- offline, a machine keeps moving its own file; back online, a change made on one side
  only is kept, and where both moved, the most recent move wins (by the machines' clocks).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock
from kiosk.core.db import write
from kiosk.core.events import Origin
from kiosk.core.show import cursor as show_cursor

MODES = ("main", "follow")


@dataclass(frozen=True)
class Synced:
    revision: int
    value: dict[str, Any] | None
    moved_by: str
    action: str
    moved_at: float
    mode: str
    main: str


def _row(db: sqlite_utils.Database) -> None:
    db.execute("INSERT OR IGNORE INTO show_sync(id) VALUES (1)")


def synced(db: sqlite_utils.Database) -> Synced:
    row = db.execute("SELECT revision, value, moved_by, action, moved_at, mode, main"
                     " FROM show_sync WHERE id = 1").fetchone()
    if row is None:
        return Synced(0, None, "", "", 0.0, "main", "")
    return Synced(row[0], json.loads(row[1]) if row[1] else None, *row[2:])


def local(db: sqlite_utils.Database, by: str) -> dict[str, Any]:
    """This file's live show as the value the hub holds."""
    show = show_cursor.state(db)
    cue = db.execute("SELECT id FROM cues ORDER BY position, id LIMIT 1 OFFSET ?",
                     [show.cursor]).fetchone()
    action = ""
    if show.last_event_id:
        row = db.execute("SELECT kind, payload FROM events WHERE id = ?",
                         [show.last_event_id]).fetchone()
        if row:
            action = {"show.blackout": "blackout", "show.reset": "reset"}.get(
                row[0], json.loads(row[1]).get("action", ""))
    return {"cursor": show.cursor, "cue_id": cue[0] if cue else None, "blackout": show.blackout,
            "started_at": show.started_at, "updated_at": show.updated_at, "by": by,
            "action": action}


def _where(value: dict[str, Any] | None) -> tuple:
    return (value["cue_id"], value["cursor"], value["started_at"]) if value else (None, 0, None)


def _dark(value: dict[str, Any] | None) -> bool:
    return bool(value and value["blackout"])


def same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """The same place in the show (cue, black screen, started or not)."""
    return _where(a) == _where(b) and _dark(a) == _dark(b)


def moved_here(db: sqlite_utils.Database, by: str) -> dict[str, Any] | None:
    """This file's show when it moved since it last agreed with the hub (else None)."""
    mine = local(db, by)
    base = synced(db).value
    if base is None:
        return mine if mine["updated_at"] else None
    return None if same(mine, base) else mine


def pending(db: sqlite_utils.Database, by: str) -> tuple[dict[str, Any], Synced] | None:
    """This file's move not yet at the hub, with what it last agreed with (None: nothing)."""
    mine = moved_here(db, by)
    return None if mine is None else (mine, synced(db))


def merge(base: dict[str, Any] | None, mine: dict[str, Any],
          theirs: dict[str, Any]) -> dict[str, Any]:
    """Both moved since ``base``: what one side changed alone is kept; where both changed
    the same thing differently, the most recent move wins (equal moves are one move)."""
    mine_newer = (mine.get("updated_at") or "") > (theirs.get("updated_at") or "")

    def keep_mine(part: Any) -> bool:  # mine changed it, and theirs did not or is older
        return part(mine) != part(base) and (part(theirs) == part(base) or mine_newer)

    out = dict(theirs)
    if keep_mine(_where):
        out.update({k: mine[k] for k in ("cursor", "cue_id", "started_at")})
    if keep_mine(_dark):
        out["blackout"] = mine["blackout"]
    if not same(out, theirs):
        out.update({k: mine[k] for k in ("updated_at", "by", "action")})
    return out


def _index_of(db: sqlite_utils.Database, value: dict[str, Any]) -> int:
    """The value's cue in this file's running order (by id: the copy's cues are the master's)."""
    if value.get("cue_id") is not None:
        row = db.execute("SELECT count(*) FROM cues WHERE position < (SELECT position FROM cues"
                         " WHERE id = ?) OR (position = (SELECT position FROM cues WHERE id = ?)"
                         " AND id < ?)", [value["cue_id"]] * 3).fetchone()
        exists = db.execute("SELECT 1 FROM cues WHERE id = ?", [value["cue_id"]]).fetchone()
        if exists:
            return row[0]
    return int(value.get("cursor") or 0)


def mirror(db: sqlite_utils.Database, revision: int, value: dict[str, Any] | None,
           moved_at: float, *, clock: Clock = SYSTEM, origin: Origin | None = None) -> bool:
    """Take the hub's value (at ``revision``) as this file's show; True if the show moved here."""
    with write(db):
        _row(db)
        changed = False
        if value is not None:
            changed = show_cursor.place(db, _index_of(db, value), bool(value["blackout"]),
                                        value["started_at"], clock=clock,
                                        source=f"venue:{value.get('by', '')}", origin=origin)
        agreed = synced(db)
        if agreed.revision != revision or changed:
            db.execute("UPDATE show_sync SET revision = ?, value = ?, moved_by = ?, action = ?,"
                       " moved_at = ? WHERE id = 1",
                       [revision, json.dumps(value) if value else "",
                        (value or {}).get("by", ""), (value or {}).get("action", ""),
                        moved_at if not same(agreed.value, value) else agreed.moved_at])
        return changed


def arrive(db: sqlite_utils.Database, revision: int, value: dict[str, Any] | None,
           moved_at: float, me: str, *, clock: Clock = SYSTEM,
           origin: Origin | None = None) -> str:
    """The hub's cursor changed (to ``revision``): 'old' if this file agreed with it already,
    'mine' if this file moved too (then the caller merges), else 'taken' (mirrored here)."""
    with write(db):
        if revision <= synced(db).revision:
            return "old"
        if moved_here(db, me) is not None:
            return "mine"
        mirror(db, revision, value, moved_at, clock=clock, origin=origin)
        return "taken"


def agree(db: sqlite_utils.Database, revision: int, value: dict[str, Any], at: float) -> None:
    """The hub took this file's move (at ``revision``)."""
    with write(db):
        _row(db)
        db.execute("UPDATE show_sync SET revision = ?, value = ?, moved_by = ?, action = ?,"
                   " moved_at = ? WHERE id = 1",
                   [revision, json.dumps(value), value.get("by", ""), value.get("action", ""), at])


def absorbs(db: sqlite_utils.Database, action: str, me: str, guard_ms: int,
            given_at: float) -> bool:
    """A GO given here (at ``given_at``) within the guard time after another machine's GO,
    or before it reached the hub, is that GO."""
    agreed = synced(db)
    return (action == "next" and guard_ms > 0 and agreed.moved_by not in ("", me)
            and agreed.action == "next" and given_at - agreed.moved_at < guard_ms / 1000
            and same(local(db, me), agreed.value))


def set_mode(db: sqlite_utils.Database, mode: str, main: str | None = None) -> None:
    """'follow': this machine's stage mirrors the main one; 'main': its presses move the show."""
    if mode not in MODES:
        raise ValueError(mode)
    with write(db):
        _row(db)
        db.execute("UPDATE show_sync SET mode = ?, main = coalesce(?, main) WHERE id = 1",
                   [mode, main])


REPLAY_S = 1.0  # a mirrored move older than this is a catch-up: its entrance is not replayed


@dataclass(frozen=True)
class Arrival:
    mirrored: bool  # the show's last move here was made on another machine
    late: bool  # ... more than REPLAY_S ago (this machine catching up)


def arrival(db: sqlite_utils.Database, now: float) -> Arrival:
    """How the show's last move came to this file. A move mirrored late is shown as it
    stands, without an entrance nobody else saw; a GO pressed here just after another
    machine's GO is that same GO."""
    row = db.execute("SELECT e.payload FROM show_state s JOIN events e ON e.id = s.last_event_id"
                     " WHERE s.id = 1").fetchone()
    if row is None or not json.loads(row[0]).get("source", "").startswith("venue:"):
        return Arrival(False, False)
    return Arrival(True, now - synced(db).moved_at > REPLAY_S)
