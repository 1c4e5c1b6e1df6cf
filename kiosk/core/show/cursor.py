"""Where the show is: the cursor and the black screen, committed on every step.

The live show and a rehearsal have separate cursors (``show_state`` and
``rehearsal_state``), so a rehearsal never moves the night's show. A winner counts
as shown once the live cursor has reached or passed its card; only then does it
appear in :func:`status`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin, record
from kiosk.core.show import cues as cuelist


@dataclass(frozen=True)
class ShowState:
    cursor: int
    blackout: bool
    count: int
    started_at: str | None
    updated_at: str | None
    last_event_id: str | None
    rehearsal: bool = False


def _table(rehearsal: bool) -> str:
    return "rehearsal_state" if rehearsal else "show_state"


def state(db: sqlite_utils.Database, rehearsal: bool = False) -> ShowState:
    row = db.execute(f"SELECT cursor, blackout, started_at, updated_at, last_event_id FROM "
                     f"{_table(rehearsal)} WHERE id = 1").fetchone() or (0, 0, None, None, None)
    total = cuelist.count(db)
    cursor = min(max(row[0], 0), max(total - 1, 0))
    return ShowState(cursor, bool(row[1]), total, row[2], row[3], row[4], rehearsal)


def revealed(db: sqlite_utils.Database) -> set[int]:
    """The categories whose winner card the live show has reached or passed."""
    return {r[0] for r in db.execute("SELECT category_id FROM show_reveals")}


def _mark_reveals(db: sqlite_utils.Database, upto: int, at: str, clock: Clock,
                  origin: Origin | None) -> None:
    rows = db.execute(
        "SELECT id, category_id FROM cues WHERE kind = 'winner' AND category_id IS NOT NULL "
        "AND position <= ? AND category_id NOT IN (SELECT category_id FROM show_reveals)",
        [upto]).fetchall()
    for cue_id, category_id in rows:
        # The event names the category only: the log never spells out a winner.
        event = record(db, "show.revealed", {"category_id": category_id, "cue_id": cue_id},
                       origin=origin, clock=clock)
        db.execute("INSERT INTO show_reveals(category_id, revealed_at, event_id) VALUES (?,?,?)",
                   [category_id, at, event.id])


def _apply(db: sqlite_utils.Database, rehearsal: bool, clock: Clock, kind: str,
           payload: dict[str, Any], cursor: int | None = None,
           blackout: bool | None = None, origin: Origin | None = None) -> None:
    table = _table(rehearsal)
    now = iso(clock.now())
    event = record(db, kind, {**payload, "rehearsal": rehearsal}, origin=origin, clock=clock)
    sets = ["updated_at = ?", "last_event_id = ?"]
    args: list[Any] = [now, event.id]
    if cursor is not None:
        sets.append("cursor = ?")
        args.append(cursor)
        sets.append("started_at = coalesce(started_at, ?)")
        args.append(now)
        if not rehearsal:
            _mark_reveals(db, cursor, now, clock, origin)
    if blackout is not None:
        sets.append("blackout = ?")
        args.append(int(blackout))
    db.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE id = 1", args)


def move(db: sqlite_utils.Database, action: str, index: int | None = None, *,
         rehearsal: bool = False, clock: Clock = SYSTEM, source: str = "",
         origin: Origin | None = None) -> ShowState:
    """Step the show: next, prev, goto (index, 0-based), blackout (on/off/toggle), reset.

    Committed before it returns, so a window shows only what is already recorded.
    Moving at either end of the list changes nothing and records nothing.
    """
    with write(db):
        cuelist.clamp_cursors(db)
        current = state(db, rehearsal)
        if current.count == 0 and action in ("next", "prev", "goto"):
            raise KioskError("show.empty")
        target = current.cursor
        if action == "next":
            target = min(current.cursor + 1, current.count - 1)
        elif action == "prev":
            target = max(current.cursor - 1, 0)
        elif action == "goto":
            if index is None or not 0 <= index < current.count:
                raise KioskError("show.out_of_range", index=index, last=current.count - 1,
                                 count=current.count)
            target = index
        elif action in ("blackout", "blackout_on", "blackout_off"):
            wanted = {"blackout": not current.blackout, "blackout_on": True,
                      "blackout_off": False}[action]
            if wanted != current.blackout:
                _apply(db, rehearsal, clock, "show.blackout", {"on": wanted, "source": source},
                       blackout=wanted, origin=origin)
            return state(db, rehearsal)
        elif action == "reset":
            table = _table(rehearsal)
            event = record(db, "show.reset", {"rehearsal": rehearsal, "source": source},
                           origin=origin, clock=clock)
            db.execute(f"UPDATE {table} SET cursor = 0, blackout = 0, started_at = NULL, "
                       "updated_at = ?, last_event_id = ? WHERE id = 1",
                       [iso(clock.now()), event.id])
            if not rehearsal:
                db.execute("DELETE FROM show_reveals")
            return state(db, rehearsal)
        else:
            raise KioskError("show.bad_action", action=action)
        if target != current.cursor:
            cue = db.execute("SELECT id, kind FROM cues ORDER BY position, id LIMIT 1 OFFSET ?",
                             [target]).fetchone()
            _apply(db, rehearsal, clock, "show.moved",
                   {"from": current.cursor, "to": target, "cue_id": cue[0], "kind": cue[1],
                    "action": action, "source": source}, cursor=target, origin=origin)
        return state(db, rehearsal)


def place(db: sqlite_utils.Database, cursor: int, blackout: bool, started_at: str | None, *,
          clock: Clock = SYSTEM, source: str = "venue", origin: Origin | None = None) -> bool:
    """Put the live show where another machine put it (inside the caller's write transaction).

    Recorded as the same events a press records (``show.moved``, ``show.blackout``,
    ``show.reset``); winners reached are marked shown. False if it was there already.
    """
    cuelist.clamp_cursors(db)
    current = state(db)
    cursor = min(max(cursor, 0), max(current.count - 1, 0))
    changed = False
    if started_at is None and current.started_at is not None:
        move(db, "reset", clock=clock, source=source, origin=origin)
        current, changed = state(db), True
    if cursor != current.cursor:
        cue = db.execute("SELECT id, kind FROM cues ORDER BY position, id LIMIT 1 OFFSET ?",
                         [cursor]).fetchone()
        _apply(db, False, clock, "show.moved",
               {"from": current.cursor, "to": cursor, "cue_id": cue[0], "kind": cue[1],
                "action": "venue", "source": source}, cursor=cursor, origin=origin)
        changed = True
    if blackout != current.blackout:
        _apply(db, False, clock, "show.blackout", {"on": blackout, "source": source},
               blackout=blackout, origin=origin)
        changed = True
    if started_at is not None and started_at != current.started_at:
        db.execute("UPDATE show_state SET started_at = ? WHERE id = 1", [started_at])
        changed = True
    return changed


def _names(people: list[dict]) -> list[str]:
    return [p["name"] for p in people]


def describe(cue: dict | None, show: ShowState, shown: set[int] | None,
             winner_cue_index: dict[int, int] | None = None) -> dict[str, Any]:
    """A cue as the show command prints it; the winner only once it has been shown."""
    # index: 0-based (scripts use it, with 'show goto'); number: as every view shows it, from 1.
    out: dict[str, Any] = {"index": show.cursor, "number": show.cursor + 1, "count": show.count,
                           "kind": cue["kind"] if cue else None,
                           "category": None, "nominees": [], "winner": None,
                           "blackout": show.blackout, "rehearsal": show.rehearsal,
                           "cue_id": cue["id"] if cue else None,
                           "title": cue["title"] if cue else "", "body": cue["body"] if cue else "",
                           "nominee": None, "sponsor": None, "reveal": bool(cue and cue["reveal"]),
                           "started_at": show.started_at, "updated_at": show.updated_at}
    if cue is None:
        return out
    cat = cue["category"]
    if cat:
        out["category"] = cat["title"]
        out["category_number"] = cat["number"]
        out["sponsor"] = cat["sponsor"]
        out["nominees"] = _names(cue["nominees"])
        if cue["nominee"]:
            out["nominee"] = cue["nominee"]["name"]
        if show.rehearsal:
            reached = (winner_cue_index or {}).get(cat["id"], 1 << 30) <= show.cursor
            out["winner"] = "(rehearsal)" if reached else None
        elif shown is not None and cat["id"] in shown:
            out["winner"] = cue.get("winner_name")
    if cue["kind"] == "winner" and cat:
        out["prize"] = cat["award"]
    if cue["kind"] == "video":
        out["media"] = cue["media"]
        out["media_ok"] = cue.get("media_ok", False)
    return out


def status(db: sqlite_utils.Database, rehearsal: bool = False) -> dict[str, Any]:
    """The current cue as one JSON-able object (what `kiosk show status` prints)."""
    show = state(db, rehearsal)
    all_cues = cuelist.load_cues(db, rehearsal=True)  # no winners read here
    cue = all_cues[show.cursor] if all_cues else None
    shown = None if rehearsal else revealed(db)
    if cue and cue["category"] and shown and cue["category"]["id"] in shown:
        row = db.execute("SELECT n.name FROM winners w JOIN nominees n ON n.id = w.nominee_id "
                         "WHERE w.category_id = ?", [cue["category"]["id"]]).fetchone()
        cue["winner_name"] = row[0] if row else None
    winner_index = {c["category"]["id"]: c["index"] for c in all_cues
                    if c["kind"] == "winner" and c["category"]}
    out = describe(cue, show, shown, winner_index)
    nxt = all_cues[show.cursor + 1] if cue and show.cursor + 1 < len(all_cues) else None
    out["next"] = ({"index": nxt["index"], "kind": nxt["kind"], "title": nxt["title"]}
                   if nxt else None)
    return out


def running_order(db: sqlite_utils.Database, rehearsal: bool = False) -> dict[str, Any]:
    """Every cue in order (with the rehearsal's placeholders) and where the cursor is."""
    cues = cuelist.load_cues(db, rehearsal=True)
    return {"count": len(cues), "index": state(db, rehearsal).cursor, "cues": [
        {"index": c["index"], "kind": c["kind"], "title": c["title"],
         "category": c["category"]["title"] if c["category"] else None,
         "custom": c["custom"], "anchor": c["anchor"]} for c in cues]}
