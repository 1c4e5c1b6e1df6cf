"""The hub's time on a venue machine: this machine's clock plus an offset measured against the hub.

Screens in ``slideshow --sync`` on different machines count slides from one shared start
time: they agree only if they agree on *now*. A machine's own clock may be off by seconds
(no NTP on the venue's network), so each estimates the offset between its clock and the
hub's, NTP-style (:func:`best_offset`): several request/reply round trips, the one with the
shortest round trip wins (its error is at most half of it: well under a millisecond on a
LAN). Until a first estimate arrives the machine's own clock is used.

KIOSK_CLOCK_SKEW_S (tests and benchmarks only) makes this machine's clock read that many
seconds off, as a machine with a wrong clock would.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

SKEW_ENV = "KIOSK_CLOCK_SKEW_S"


def _skew() -> float:
    try:
        return float(os.environ.get(SKEW_ENV) or 0.0)
    except ValueError:
        return 0.0


def local_time() -> float:
    """This machine's clock, in seconds since the epoch (as the machine believes it)."""
    return time.time() + _SKEW


_SKEW = _skew()


@dataclass(frozen=True)
class Sample:
    """One round trip: sent and received on this machine's clock, the hub's time in between."""

    sent: float
    hub: float
    received: float

    @property
    def delay(self) -> float:
        return self.received - self.sent

    @property
    def offset(self) -> float:
        """The hub's clock minus ours, assuming the way there took as long as the way back."""
        return self.hub - (self.sent + self.received) / 2


def best_offset(samples: Iterable[Sample]) -> Sample | None:
    """The sample with the shortest round trip (the least room for an uneven path)."""
    return min(samples, key=lambda s: s.delay, default=None)


class HubClock:
    """A :class:`kiosk.core.clock.Clock` that reads the hub's time (once it knows it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.offset = 0.0
        self.delay: float | None = None  # the round trip of the estimate in force
        self.version = 0  # moves when the offset changed (a window reschedules its slides)
        self.estimated_at: float | None = None

    @property
    def known(self) -> bool:
        return self.delay is not None

    def time(self) -> float:
        return local_time() + self.offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)

    def update(self, best: Sample) -> None:
        """Take a new estimate (from any thread)."""
        with self._lock:
            moved = abs(best.offset - self.offset) > 0.0005 or not self.known
            self.offset, self.delay = best.offset, best.delay
            self.estimated_at = best.received
            if moved:
                self.version += 1
