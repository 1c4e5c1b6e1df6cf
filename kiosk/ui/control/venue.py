"""The control window's venue card: every machine that joined (role, online or offline, last
seen, scans, outbox waiting) and the doubles, with the guests' names (issue 14)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlite_utils
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.core import machines
from kiosk.core.clock import parse_iso
from kiosk.core.doubles import doubles
from kiosk.i18n import translate
from kiosk.ui.control.widgets import Card, label


class VenueCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("kiosk.control", "Venue"), parent)
        self.summary = label("", "cardHint")
        self.add_to_head(self.summary)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.body.addWidget(holder)
        self.doubles = label("", "jobError")
        self.doubles.setWordWrap(True)
        self.body.addWidget(self.doubles)
        self.rows: list[list[str]] = []
        self.double_names: list[str] = []

    def refresh(self, db: sqlite_utils.Database, zone: ZoneInfo | None) -> None:
        now = datetime.now(UTC)
        found = machines.machines(db)
        rows = []
        for m in found:
            seen = parse_iso(m.last_seen).astimezone(zone).strftime("%H:%M:%S") if m.last_seen else "-"
            state = (translate("kiosk.control", "revoked") if m.revoked_at
                     else translate("kiosk.control", "online") if m.online(now)
                     else translate("kiosk.control", "offline"))
            rows.append([m.name, m.role, state, seen, str(m.scans), str(m.outbox)])
        if rows != self.rows:
            self.rows = rows
            while self.grid.count():
                item = self.grid.takeAt(0)
                if item.widget() is not None:
                    item.widget().setParent(None)  # gone now, not at the next event loop
            heads = [translate("kiosk.control", h) for h in
                     ("MACHINE", "ROLE", "STATE", "LAST SEEN", "SCANS", "OUTBOX")]
            for col, text in enumerate(heads):
                self.grid.addWidget(label(text, "statLabel"), 0, col)
            for r, row in enumerate(rows, start=1):
                for col, text in enumerate(row):
                    name = "jobError" if col == 2 and text != translate("kiosk.control", "online") \
                        else "jobDesc"
                    self.grid.addWidget(label(text, name), r, col)
        self.summary.setText(translate("kiosk.control", "{n} machines joined").format(n=len(found))
                             if found else translate("kiosk.control", "no machine joined yet"))
        found_doubles = doubles(db)
        # Shown once a machine joined (an event without a venue keeps its page as it was).
        self.setVisible(bool(found or found_doubles))
        self.double_names = [d.name for d in found_doubles]
        self.doubles.setVisible(bool(found_doubles))
        self.doubles.setText(translate("kiosk.control", "Doubles (admitted at two doors while apart): {names}")
                             .format(names=", ".join(
                                 f"{d.name} ({d.first_door} + {d.second_door})" for d in found_doubles)))
