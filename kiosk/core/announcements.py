"""Announcements on the venue screens: one full-screen message at a time, kept in the database.

The message lives in the ``announcements`` table, so every running slideshow (any process,
any machine sharing the file) picks it up by polling ``data_version``, and a screen that
restarts shows it again. One announcement is current at a time: a new one replaces the
previous. It ends when it expires (``--minutes``, ``--until``) or is cleared. It counts down
only when asked: to its own end (``--countdown``), or to another moment ("Ceremony starts in").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils

from kiosk.core.clock import SYSTEM, Clock, iso, parse_iso
from kiosk.core.db import write
from kiosk.core.errors import KioskError
from kiosk.core.event import event_info
from kiosk.core.events import Origin, new_id, record

MAX_TEXT = 280
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class AnnounceRequest:
    """What to put on every screen. ``minutes`` or ``until`` end it; ``countdown`` shows the
    time left to that end ("DINNER IS SERVED" alone reads better without one).
    ``countdown_to`` counts down to another moment ("Ceremony starts in 09:59"). Moments are
    datetimes, ISO-8601 text, or HH:MM on the event's clock (today's, or after midnight when it
    is more than 12 hours past)."""

    text: str
    minutes: float | None = None
    countdown_to: datetime | str | None = None
    until: datetime | str | None = None
    countdown: bool = False


@dataclass(frozen=True)
class Announcement:
    id: int
    event_id: str
    text: str
    created_at: str
    expires_at: str | None
    countdown_to: str | None
    cleared_at: str | None = None

    def remaining_seconds(self, clock: Clock = SYSTEM) -> float | None:
        """Seconds left on the countdown (never negative), or None without a countdown."""
        if not self.countdown_to:
            return None
        return max(0.0, (parse_iso(self.countdown_to) - clock.now()).total_seconds())

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "event_id": self.event_id, "text": self.text,
                "created_at": self.created_at, "expires_at": self.expires_at,
                "countdown_to": self.countdown_to, "cleared_at": self.cleared_at}


_COLUMNS = "id, event_id, text, created_at, expires_at, countdown_to, cleared_at"


def _row(row: tuple | None) -> Announcement | None:
    return Announcement(*row) if row else None


def _as_time(db: sqlite_utils.Database, value: datetime | str, now: datetime) -> datetime:
    """A moment: a datetime, ISO-8601 text, or HH:MM in the event's time zone (the next one)."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.astimezone()
    parts = value.strip().split(":")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return _next_time_of_day(value, int(parts[0]), int(parts[1]), event_info(db).timezone, now)
    try:
        at = parse_iso(value.strip())
    except ValueError as exc:
        raise KioskError("announce.bad_time", value=value, detail=str(exc)) from exc
    return at if at.tzinfo else at.astimezone()


def _future(db: sqlite_utils.Database, value: datetime | str, now: datetime) -> datetime:
    at = _as_time(db, value, now)
    if at <= now:
        raise KioskError("announce.past_time", value=iso(at))
    return at


def _next_time_of_day(value: str, hour: int, minute: int, timezone: str, now: datetime) -> datetime:
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise KioskError("announce.bad_time", value=value, detail="hours 0-23, minutes 0-59")
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    local_now = now.astimezone(zone) if zone else now.astimezone()
    at = datetime.combine(local_now.date(), time(hour, minute), local_now.tzinfo)
    if at <= local_now - timedelta(hours=12):
        at += timedelta(days=1)  # "00:30" said at 23:50 means tonight
    return at


def announce(db: sqlite_utils.Database, req: AnnounceRequest, clock: Clock = SYSTEM, *,
             origin: Origin | None = None) -> Announcement:
    """Put a message on every screen, replacing any current one; committed before returning."""
    text = "\n".join(" ".join(line.split()) for line in req.text.strip().splitlines())
    if not text:
        raise KioskError("announce.empty")
    if len(text) > MAX_TEXT:
        raise KioskError("announce.too_long", length=len(text), limit=MAX_TEXT)
    now = clock.now()
    expires = countdown = None
    if req.minutes is not None:
        if not 0.1 <= float(req.minutes) <= MAX_MINUTES:
            raise KioskError("announce.bad_minutes", value=req.minutes, limit=MAX_MINUTES)
        expires = now + timedelta(minutes=float(req.minutes))
    if req.until is not None:
        expires = _future(db, req.until, now)
    if req.countdown_to is not None:
        countdown = _future(db, req.countdown_to, now)
    elif req.countdown:
        countdown = expires
    if countdown is not None and expires is None:
        # Counting down to a moment: the message ends a little after it.
        expires = countdown + timedelta(minutes=1)
    event_id = new_id()
    with write(db):
        db.execute("UPDATE announcements SET cleared_at = ? WHERE cleared_at IS NULL", [iso(now)])
        row_id = db.execute(
            "INSERT INTO announcements(event_id, text, created_at, expires_at, countdown_to)"
            " VALUES (?, ?, ?, ?, ?)",
            [event_id, text, iso(now), iso(expires) if expires else None,
             iso(countdown) if countdown else None],
        ).lastrowid
        record(db, "announcement.shown",
               {"announcement": row_id, "text": text,
                "expires_at": iso(expires) if expires else None,
                "countdown_to": iso(countdown) if countdown else None},
               origin=origin, clock=clock, event_id=event_id)
        made = _row(db.execute(f"SELECT {_COLUMNS} FROM announcements WHERE id = ?",
                               [row_id]).fetchone())
    assert made is not None
    return made


def clear(db: sqlite_utils.Database, clock: Clock = SYSTEM, *,
          origin: Origin | None = None) -> Announcement | None:
    """Take the current announcement off every screen; returns it, or None if there was none."""
    with write(db):
        showing = current(db, clock)
        if showing is None:
            # Nothing visible; still close any expired-but-open rows so the table is tidy.
            db.execute("UPDATE announcements SET cleared_at = ? WHERE cleared_at IS NULL",
                       [iso(clock.now())])
            return None
        db.execute("UPDATE announcements SET cleared_at = ? WHERE cleared_at IS NULL",
                   [iso(clock.now())])
        record(db, "announcement.cleared", {"announcement": showing.id, "text": showing.text},
               origin=origin, clock=clock)
        return _row(db.execute(f"SELECT {_COLUMNS} FROM announcements WHERE id = ?",
                               [showing.id]).fetchone())


def current(db: sqlite_utils.Database, clock: Clock = SYSTEM) -> Announcement | None:
    """The announcement screens should show now, or None."""
    now = iso(clock.now())
    return _row(db.execute(
        f"SELECT {_COLUMNS} FROM announcements WHERE cleared_at IS NULL"
        " AND (expires_at IS NULL OR expires_at > ?) ORDER BY id DESC LIMIT 1", [now]
    ).fetchone())
