"""`kiosk tickets` as one function: choose the guests, sign their tickets, write the cards.

Lives beside the card and PDF writers (it draws with Qt), above the domain: the command
line calls :func:`write_tickets` and prints what it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.core import tickets
from kiosk.core.event import event_info
from kiosk.core.events import Origin

PROGRESS_FROM = 200  # cards: fewer are written before anyone would watch a counter

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class TicketRun:
    """What to write: PNG cards into ``out`` and/or a PDF (neither: only sign the payloads);
    for every guest, the guests of one list, or a new ticket for one guest (``reissue``)."""

    out: Path | None = None
    pdf: Path | None = None
    list_name: str | None = None
    reissue: int | None = None
    reason: str = "lost"


@dataclass
class TicketRunResult:
    lines: list[tuple[int, str]]  # (guest id, signed payload), in the guests' order
    out: Path | None = None
    pdf: str | None = None
    pages: int = 0
    pngs: list[str] = field(default_factory=list)
    reissued: int | None = None  # the guest whose ticket was re-issued
    version: int | None = None  # and the new ticket's version

    def to_dict(self) -> dict[str, Any]:
        """The command's JSON summary."""
        data: dict[str, Any] = {"tickets": len(self.lines), "out": str(self.out) if self.out else None,
                                "pdf": self.pdf, "pages": self.pages}
        if self.reissued is not None:
            data.update({"guest_id": self.reissued, "version": self.version,
                         "payload": self.lines[0][1] if self.lines else None,
                         "png": self.pngs[0] if self.pngs else None})
        return data


def write_tickets(db: sqlite_utils.Database, db_path: Path, run: TicketRun, *,
                  progress: Progress | None = None, origin: Origin | None = None) -> TicketRunResult:
    """Sign the chosen guests' tickets (issuing or re-issuing them) and write what ``run`` asks.

    ``progress(stage, done, total)`` ("png" or "pdf") is called for long runs only.
    """
    signer = tickets.Signer(db, db_path)
    version = None
    if run.reissue is not None:
        version = tickets.reissue(db, run.reissue, reason=run.reason, origin=origin)
        rows = tickets.ticket_rows(db, guest_ids=[run.reissue], origin=origin)
    else:
        rows = tickets.ticket_rows(db, run.list_name, origin=origin)
    payloads = [signer.payload(r.guest_id, r.version) for r in rows]
    result = TicketRunResult(lines=[(r.guest_id, p) for r, p in zip(rows, payloads, strict=True)],
                             out=run.out, reissued=run.reissue, version=version)
    if not (run.out or run.pdf):
        return result
    # Drawing needs numpy, qrcode and Qt: loaded only when there is something to draw.
    from kiosk.theme import event_theme, logo_file
    from kiosk.tickets_out.card import TicketCard, file_name
    from kiosk.tickets_out.writer import write_cards

    info = event_info(db)
    when = " · ".join(x for x in (info.venue, info.date) if x)
    look = event_theme(db)
    logo = logo_file(db, "logo_mark") or logo_file(db, "logo")
    colours = {"logo": str(logo) if logo else "",
               "band": look["colors"]["background"], "rule": look["colors"]["primary"],
               "band_text": look["colors"]["text"]}
    cards = [TicketCard(r.guest_id, r.version, p, r.name, r.organisation, " · ".join(r.lists),
                        r.table, r.category, info.name, when, **colours)
             for r, p in zip(rows, payloads, strict=True)]
    paths: list[Path] = []
    if run.out:
        run.out.mkdir(parents=True, exist_ok=True)
        paths = [run.out / file_name(r.guest_id, r.first_name, r.last_name, r.version) for r in rows]
    if run.pdf:
        run.pdf.parent.mkdir(parents=True, exist_ok=True)
    written = write_cards(cards, paths, run.pdf, info.name,
                          progress if len(cards) >= PROGRESS_FROM else None)
    result.pdf, result.pages, result.pngs = written.pdf, written.pages, written.pngs
    return result
