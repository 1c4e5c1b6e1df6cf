"""The venue-screen playlist: legends with sponsor and title slides interleaved, deterministic.

The playlist is a pure function of the database content (and a shuffle seed), and the slide
on screen is a pure function of a slide *number*: with ``--sync`` that number is
``floor((now - epoch) / interval)``, so screens in separate processes or on separate machines
with synchronised clocks show the same slide at the same moment without talking to each other.
Each pass through the playlist (a *loop*) may be shuffled with its own seed and shows each
legend's next photo, so a long evening does not repeat the same picture.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime

import sqlite_utils

from kiosk.core.clock import Clock, parse_iso
from kiosk.core.db import get_setting
from kiosk.core.errors import KioskError
from kiosk.core.flags import event_flags_dir, flag_file

# Settings (settings table) and their defaults.
INTERVAL_KEY = "screens.interval"        # seconds a slide stays on screen
SPONSOR_EVERY_KEY = "screens.sponsor_every"  # a sponsor card after every N legends (0: none)
EPOCH_KEY = "screens.epoch"              # ISO time --sync counts slides from
SEED_KEY = "screens.seed"                # shuffle seed shared by synchronised screens

DEFAULT_INTERVAL = 8.0
DEFAULT_SPONSOR_EVERY = 4
MIN_INTERVAL, MAX_INTERVAL = 0.02, 3600.0


@dataclass(frozen=True)
class Slide:
    """One entry of the playlist. ``photos`` are absolute paths (a legend may have several)."""

    key: str
    kind: str  # legend | sponsor | title
    title: str
    nationality: str = ""
    years: str = ""
    titles: tuple[str, ...] = ()
    quote: str = ""
    body: str = ""
    photos: tuple[str, ...] = ()
    flag: str = ""

    def photo(self, loop: int) -> str:
        """The photo this slide shows on its ``loop``-th pass ('' without a photo)."""
        return self.photos[loop % len(self.photos)] if self.photos else ""


@dataclass(frozen=True)
class Shown:
    """A slide as it appears at one slide number: which entry, which photo, which pass."""

    number: int
    index: int
    loop: int
    slide: Slide
    photo: str

    @property
    def id(self) -> str:
        return f"{self.slide.key}@{self.photo}"


@dataclass
class Playlist:
    slides: list[Slide] = field(default_factory=list)
    shuffle: bool = False
    seed: str = "kiosk"

    def __len__(self) -> int:
        return len(self.slides)

    def order(self, loop: int) -> list[int]:
        """The playlist order on one pass: as stored, or a seeded shuffle of the legends.

        Only legends move; sponsor and title cards keep their places so that the sponsor
        rhythm holds. Seeded by (seed, loop): every machine computes the same order.
        """
        indexes = list(range(len(self.slides)))
        if not self.shuffle:
            return indexes
        legend_at = [i for i, s in enumerate(self.slides) if s.kind == "legend"]
        moved = legend_at[:]
        random.Random(f"{self.seed}:{loop}").shuffle(moved)
        for place, source in zip(legend_at, moved, strict=True):
            indexes[place] = source
        return indexes

    def at(self, number: int) -> Shown | None:
        """The slide shown at slide ``number`` (any integer, counting from the epoch)."""
        if not self.slides:
            return None
        loop, position = divmod(number, len(self.slides))
        index = self.order(loop)[position]
        slide = self.slides[index]
        # Each legend's photos advance once per pass through the playlist.
        return Shown(number, index, loop, slide, slide.photo(loop))


# --------------------------------------------------------------------------- building


def _titles(text: str) -> tuple[str, ...]:
    parts = [p.strip() for p in text.replace("\n", "·").replace(";", "·").split("·")]
    return tuple(p for p in parts if p)


def legend_slides(db: sqlite_utils.Database) -> list[Slide]:
    flags = event_flags_dir(db)
    photos: dict[int, list[str]] = {}
    for legend_id, path in db.execute(
        "SELECT lp.legend_id, m.path FROM legend_photos lp JOIN media m ON m.id = lp.media_id"
        " ORDER BY lp.legend_id, lp.position"
    ):
        photos.setdefault(legend_id, []).append(path)
    slides = []
    for legend_id, name, nat, years, titles, quote in db.execute(
        "SELECT id, name, nationality, years, titles, quote FROM legends ORDER BY position, id"
    ):
        slides.append(Slide(
            key=f"legend:{legend_id}", kind="legend", title=name, nationality=nat.upper(),
            years=years, titles=_titles(titles), quote=quote,
            photos=tuple(photos.get(legend_id, ())), flag=flag_file(flags, nat),
        ))
    return slides


def card_slides(db: sqlite_utils.Database) -> tuple[list[Slide], list[Slide]]:
    """(title cards, sponsor cards) from the ``slides`` table, in position order."""
    titles, sponsors = [], []
    for slide_id, kind, title, body, path in db.execute(
        "SELECT s.id, s.kind, s.title, s.body, m.path FROM slides s"
        " LEFT JOIN media m ON m.id = s.media_id ORDER BY s.position, s.id"
    ):
        card = Slide(key=f"slide:{slide_id}", kind="sponsor" if kind == "sponsor" else "title",
                     title=title, body=body, photos=(path,) if path else ())
        (sponsors if card.kind == "sponsor" else titles).append(card)
    return titles, sponsors


def interleave(legends: list[Slide], titles: list[Slide], sponsors: list[Slide],
               sponsor_every: int) -> list[Slide]:
    """Title cards open the loop; a sponsor card (in turn) follows every ``sponsor_every`` legends."""
    out = list(titles)
    if sponsor_every <= 0 or not sponsors:
        return out + legends
    turn = 0
    for count, legend in enumerate(legends, start=1):
        out.append(legend)
        if count % sponsor_every == 0:
            out.append(sponsors[turn % len(sponsors)])
            turn += 1
    if not legends:
        out.extend(sponsors)
    elif turn < len(sponsors) and len(legends) % sponsor_every:
        # A short tail still earns its sponsor, so every sponsor shows once per loop when it can.
        out.append(sponsors[turn % len(sponsors)])
    return out


def build(db: sqlite_utils.Database, *, shuffle: bool = False, seed: str | None = None,
          sponsor_every: int | None = None) -> Playlist:
    """The playlist from the current database content."""
    every = sponsor_every if sponsor_every is not None else setting_int(
        db, SPONSOR_EVERY_KEY, DEFAULT_SPONSOR_EVERY)
    titles, sponsors = card_slides(db)
    slides = interleave(legend_slides(db), titles, sponsors, every)
    return Playlist(slides, shuffle=shuffle, seed=seed or get_setting(db, SEED_KEY, "kiosk") or "kiosk")


# --------------------------------------------------------------------------- timing


def setting_int(db: sqlite_utils.Database, key: str, default: int) -> int:
    value = get_setting(db, key)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise KioskError("slideshow.bad_setting", key=key, value=value,
                         expected="a whole number") from exc


def check_interval(seconds: float) -> float:
    if not (isinstance(seconds, (int, float)) and math.isfinite(seconds)
            and MIN_INTERVAL <= seconds <= MAX_INTERVAL):
        raise KioskError("slideshow.bad_interval", value=seconds, low=MIN_INTERVAL, high=MAX_INTERVAL)
    return float(seconds)


def interval(db: sqlite_utils.Database, override: float | None = None) -> float:
    """Seconds per slide: the command-line value, else the setting, else the default."""
    if override is not None:
        return check_interval(override)
    value = get_setting(db, INTERVAL_KEY)
    if not value:
        return DEFAULT_INTERVAL
    try:
        return check_interval(float(value))
    except ValueError as exc:
        raise KioskError("slideshow.bad_setting", key=INTERVAL_KEY, value=value,
                         expected="a number of seconds") from exc


def epoch(db: sqlite_utils.Database) -> datetime:
    """Where --sync counts slides from: the setting, else midnight UTC on the event date."""
    value = get_setting(db, EPOCH_KEY)
    if value:
        try:
            at = parse_iso(value)
        except ValueError as exc:
            raise KioskError("slideshow.bad_setting", key=EPOCH_KEY, value=value,
                             expected="an ISO-8601 time such as 2017-11-24T00:00:00Z") from exc
        return at if at.tzinfo else at.replace(tzinfo=UTC)
    row = db.execute("SELECT date FROM event WHERE id = 1").fetchone()
    try:
        day = datetime.fromisoformat(row[0]) if row and row[0] else None
    except ValueError:
        day = None
    day = day or datetime(2017, 1, 1)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


@dataclass(frozen=True)
class SyncClock:
    """Slide numbers from the wall clock: the same on every machine with the same time."""

    epoch: datetime
    interval: float

    def number(self, clock: Clock) -> int:
        return math.floor((clock.now() - self.epoch).total_seconds() / self.interval)

    def seconds_to_next(self, clock: Clock) -> float:
        """How long until the next slide is due (0 < result <= interval)."""
        elapsed = (clock.now() - self.epoch).total_seconds()
        return self.interval - (elapsed - math.floor(elapsed / self.interval) * self.interval)


def synced(db: sqlite_utils.Database, playlist: Playlist, seconds: float, clock: Clock) -> Shown | None:
    """The slide every synchronised screen shows now."""
    return playlist.at(SyncClock(epoch(db), seconds).number(clock))
