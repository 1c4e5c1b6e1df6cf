"""What the door's decision needs from the venue hub, without knowing how it is reached.

The hub decides what must happen once across machines: an admission. A door asks it to
*claim* a ticket's key (first one wins) and gets back a :class:`HubAnswer`, or ``None``
when the hub did not answer in time (the door then decides alone, and says so). The
network side lives in :mod:`kiosk.venue`; the domain only sees this protocol.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class HubAnswer:
    """The hub's word on a claim: ``won`` (this scan is the one), else who holds the ticket."""

    won: bool
    door: str = ""
    at: str = ""
    token: str = ""


class Hub(Protocol):
    """A door's view of the hub (see :class:`kiosk.venue.link.Link`)."""

    @property
    def online(self) -> bool: ...

    @property
    def shut_out(self) -> bool:
        """The hub refuses this copy (its credential revoked at the control)."""

    def claim(self, key: str, token: str, door: str, at: str) -> HubAnswer | None:
        """First one wins for ``key``; ``None`` if no answer within the request timeout."""

    def release(self, key: str) -> None:
        """The guest went out (or the admission was undone): the key may be claimed again."""

    def notify(self) -> None:
        """A decision was recorded: send the outbox now (and the door is busy: see
        :class:`kiosk.venue.link.Link`)."""


def admission_key(guest_id: int, list_id: int) -> str:
    """One key per guest and list: a ticket admits once to each list."""
    return f"g{guest_id}.l{list_id}"
