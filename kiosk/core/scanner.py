"""Keyboard-wedge scanners: telling a scan from a person typing, and undoing keyboard layouts.

A wedge scanner "types" what it reads as key presses a few milliseconds apart
(2 to 20 ms), then Enter. A person types ten times slower: eight keys or more
averaging under 50 ms apart are beyond any typist (that is 240 words a minute). :class:`WedgeBuffer` holds keys
briefly and decides which is which, without Qt, so the door window and the
tests share it.

Most scanners ship set to a US keyboard: they send the key positions of a US
layout, and the host turns those positions into characters with its own layout.
On a French AZERTY host "GT1A" arrives as "GT&Q"; on a German QWERTZ host Y and
Z trade places. Ticket payloads use only A-Z and 0-9, so :func:`readings`
maps what arrived back through each layout; the signature decides which
reading is the ticket.
"""

from __future__ import annotations

from dataclasses import dataclass

# What a US-layout scanner's keys produce on other hosts, as received -> intended,
# for the characters a payload can hold (upper-case letters and digits).
_AZERTY = {
    "Q": "A", "A": "Q", "Z": "W", "W": "Z", "?": "M", ",": "M",
    "&": "1", "é": "2", "É": "2", '"': "3", "'": "4", "(": "5", "-": "6", "§": "6",
    "è": "7", "È": "7", "_": "8", "!": "8", "ç": "9", "Ç": "9", "à": "0", "À": "0",
}
_QWERTZ = {"Y": "Z", "Z": "Y"}
LAYOUTS: dict[str, dict[str, str]] = {"us": {}, "azerty": _AZERTY, "qwertz": _QWERTZ}

MAX_SCAN_CHARS = 4096  # a wedge burst longer than this is kept as a count only


def clean(text: str) -> str:
    """Trim line ends and surrounding blanks a scanner or a terminal adds."""
    return text.strip(" \t\r\n\x00")


def _table(layout: dict[str, str]) -> dict[int, str]:
    """``layout`` as a :meth:`str.translate` table. ASCII letters are matched upper-cased
    (Caps Lock turns a scanner's capitals into lower case); other characters as they are."""
    table = {ord(ch): meant for ch, meant in layout.items()}
    for code in range(128):
        meant = layout.get(chr(code).upper())
        if meant is not None:
            table[code] = meant
    return table


_TABLES = {name: _table(layout) for name, layout in LAYOUTS.items()}


def translate(text: str, layout: str) -> str:
    """Map received characters back to what a US-layout scanner meant, then upper-case."""
    table = _TABLES[layout]
    return (text.translate(table) if table else text).upper()


def readings(text: str) -> list[tuple[str, str]]:
    """Every distinct (layout, reading) of a scanned text, the unmapped one first."""
    text = clean(text)
    seen: dict[str, str] = {}
    for layout in LAYOUTS:
        reading = translate(text, layout)
        seen.setdefault(reading, layout)
    return [(layout, reading) for reading, layout in seen.items()]


@dataclass(frozen=True)
class Outcome:
    """What a run of keys turned out to be: a scan, or text a person typed (to pass on)."""

    kind: str  # "scan" or "typed"
    text: str
    length: int  # characters received, even beyond what was kept
    enter: bool = False  # the run ended with Enter (pass it on after typed text)


class WedgeBuffer:
    """Holds keys for a moment to tell a scanner's burst from a person typing.

    Keys form a run while they keep coming. A run that ends (with Enter or Tab,
    or with silence) is a scan when it has at least ``min_length`` characters
    arriving on average less than ``gap_ms`` apart; otherwise it is a person's
    typing, handed back to be delivered where the focus is. A person's run ends
    after ``hold_ms`` of silence (their keys show up that much later); a fast
    run is given ``end_ms`` before it is decided without Enter, so that a busy
    moment on the door laptop never cuts a scan in two.
    """

    def __init__(self, gap_ms: float = 50, hold_ms: float = 80, min_length: int = 8,
                 max_chars: int = MAX_SCAN_CHARS, end_ms: float = 300) -> None:
        self.gap_ms = gap_ms
        self.hold_ms = hold_ms
        self.end_ms = end_ms
        self.min_length = min_length
        self.max_chars = max_chars
        self._chars: list[str] = []
        self._count = 0
        self._first = 0.0
        self._last = 0.0

    @property
    def pending(self) -> bool:
        return self._count > 0

    def _mean_gap(self) -> float:
        return (self._last - self._first) / max(1, self._count - 1)

    def _fast(self) -> bool:
        return self._count >= 2 and self._mean_gap() < self.gap_ms

    def _is_burst(self) -> bool:
        return self._count >= self.min_length and self._mean_gap() < self.gap_ms

    def _silence(self) -> float:
        return self.end_ms if self._fast() else self.hold_ms

    def _take(self, enter: bool = False) -> Outcome:
        text = "".join(self._chars)
        kind = "scan" if self._is_burst() else "typed"
        outcome = Outcome(kind, text, self._count, enter)
        self._chars.clear()
        self._count = 0
        return outcome

    def key(self, text: str, at_ms: float) -> Outcome | None:
        """A character arrived; returns the previous run if this key starts a new one."""
        flushed = None
        if self._count and at_ms - self._last > self._silence():
            flushed = self._take()
        if not self._count:
            self._first = at_ms
        self._last = at_ms
        self._count += len(text)
        if len(self._chars) < self.max_chars:
            self._chars.append(text)
        return flushed

    def enter(self, at_ms: float) -> Outcome:
        """Enter (or Tab) arrived: the run so far is decided now."""
        return self._take(enter=True)

    def idle(self, at_ms: float) -> Outcome | None:
        """Silence: a run quiet long enough is decided (scanners set to send no Enter)."""
        if self._count and at_ms - self._last >= self._silence():
            return self._take()
        return None

    def due_in(self, at_ms: float) -> float:
        """Milliseconds until :meth:`idle` should be called, or -1 with nothing held."""
        return max(0.0, self._silence() - (at_ms - self._last)) if self._count else -1.0
