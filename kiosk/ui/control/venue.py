"""The control window's venue card: every machine that joined (role, online or offline, last
seen, scans, outbox waiting) and the doubles, with the guests' names (issue 14); for each screen
and stage machine, what it shows now, and buttons to blank it, to show a message on it alone,
or to identify it (issue 15)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QInputDialog, QPushButton, QWidget

from kiosk.core import machines
from kiosk.core.clock import parse_iso
from kiosk.core.doubles import doubles
from kiosk.core.errors import KioskError
from kiosk.i18n import message_of, translate
from kiosk.ui.control.widgets import Card, ElidedLabel, label

# The roles whose machines show something to the room, and obey blank / announce / identify.
SHOWING_ROLES = ("screens", "stage")


def describe(shows: dict[str, Any]) -> str:
    """What a machine's heartbeat said it shows, in a few words."""
    what = shows.get("showing") or {}
    number, total, title = what.get("number"), what.get("total"), what.get("title") or ""
    if what.get("kind") == "slide":
        text = translate("kiosk.control", "Slide {n}/{total}").format(n=number, total=total)
    elif what.get("kind") == "cue":
        text = translate("kiosk.control", "Cue {n}/{total}").format(n=number, total=total)
    else:
        text = translate("kiosk.control", "nothing on screen yet")
    if title:
        text += f" · {title}"
    if shows.get("announcement"):
        text = translate("kiosk.control", "Its own message: {text}").format(
            text=shows["announcement"]) + " · " + text
    if shows.get("blank"):
        text = translate("kiosk.control", "BLANK") + " · " + text
    return text


class MachineActions(QWidget):
    """Below a screen or stage machine's line: what it shows, and its three buttons."""

    def __init__(self, card: VenueCard, name: str) -> None:
        super().__init__()
        self.name = name
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 6)
        row.setSpacing(8)
        self.shows = ElidedLabel("", "cardHint")
        row.addWidget(self.shows, 1)
        self.blank = QPushButton(translate("kiosk.control", "Blank"))
        self.blank.setObjectName("danger")
        self.blank.clicked.connect(lambda: card.send(
            name, "unblank" if self.blanked else "blank"))
        self.announce = QPushButton(translate("kiosk.control", "Message…"))
        self.announce.setToolTip(translate("kiosk.control", "A message on this screen alone"))
        self.announce.clicked.connect(lambda: card.ask_announcement(name))
        self.identify = QPushButton(translate("kiosk.control", "Identify"))
        self.identify.setToolTip(translate(
            "kiosk.control", "Shows this machine's name on its screen for five seconds"))
        self.identify.clicked.connect(lambda: card.send(name, "identify"))
        for button in (self.blank, self.announce, self.identify):
            row.addWidget(button)
        # Blank and Unblank take the same room: the buttons stay in columns from row to row.
        self.blank.setMinimumWidth(max(self.blank.fontMetrics().horizontalAdvance(text)
                                       for text in (translate("kiosk.control", "Blank"),
                                                    translate("kiosk.control", "Unblank"))) + 40)
        self.blanked = False
        self.announcing = False

    def show_state(self, shows: dict[str, Any]) -> None:
        self.shows.setText(describe(shows))
        self.shows.setToolTip(self.shows.text())
        self.blanked = bool(shows.get("blank"))
        tone = "jobError" if self.blanked else "cardHint"  # a dark screen stands out
        if self.shows.objectName() != tone:
            self.shows.setObjectName(tone)
            self.shows.style().unpolish(self.shows)
            self.shows.style().polish(self.shows)
        self.announcing = bool(shows.get("announcement"))
        self.blank.setText(translate("kiosk.control", "Unblank") if self.blanked
                           else translate("kiosk.control", "Blank"))


class VenueCard(Card):
    # (machine, what was asked, delivered, message): from the thread that sent the command.
    answered = Signal(str, str, bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("kiosk.control", "Venue"), parent)
        self.summary = label("", "cardHint")
        self.add_to_head(self.summary)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.body.addWidget(holder)
        self.status = label("", "cardHint")
        self.status.setWordWrap(True)
        self.status.hide()
        self.body.addWidget(self.status)
        self.doubles = label("", "jobError")
        self.doubles.setWordWrap(True)
        self.body.addWidget(self.doubles)
        self.rows: list[list[str]] = []
        self.double_names: list[str] = []
        self.cells: dict[str, list[Any]] = {}  # machine: its line's labels
        self.actions: dict[str, MachineActions] = {}
        self._layout: list[tuple[str, str]] = []
        self.db_path: Path | None = None
        self.pending = 0  # commands on their way
        self.answered.connect(self._answered)

    def refresh(self, db: sqlite_utils.Database, zone: ZoneInfo | None) -> None:
        self.db_path = getattr(db, "path", None)
        now = datetime.now(UTC)
        found = machines.machines(db)
        rows = []
        for m in found:
            seen = parse_iso(m.last_seen).astimezone(zone).strftime("%H:%M:%S") if m.last_seen else "-"
            state = (translate("kiosk.control", "revoked") if m.revoked_at
                     else translate("kiosk.control", "online") if m.online(now)
                     else translate("kiosk.control", "stopped") if m.stopped_at
                     else translate("kiosk.control", "offline"))
            rows.append([m.name, m.role, state, seen, str(m.scans), str(m.outbox)])
        layout = [(m.name, m.role) for m in found]
        if layout != self._layout:
            self._lay_out(found)
            self._layout = layout
        self.rows = rows
        online = translate("kiosk.control", "online")
        for m, row in zip(found, rows, strict=True):
            for col, (cell, text) in enumerate(zip(self.cells[m.name], row, strict=True)):
                cell.setText(text)
                if col == 2:
                    # Stopped properly with nothing left to send is no alarm.
                    calm = text == online or (m.stopped_at and not m.outbox and not m.revoked_at)
                    name = "jobDesc" if calm else "jobError"
                    if cell.objectName() != name:  # the style follows the name
                        cell.setObjectName(name)
                        cell.style().unpolish(cell)
                        cell.style().polish(cell)
            actions = self.actions.get(m.name)
            if actions is not None:
                actions.show_state(m.shows)
                actions.setEnabled(not m.revoked_at)
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

    def _lay_out(self, found: list[machines.Machine]) -> None:
        """The grid, made again when machines join or leave (not at every heartbeat: a
        button must stay under the pointer)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)  # gone now, not at the next event loop
        self.cells, self.actions = {}, {}
        heads = [translate("kiosk.control", h) for h in
                 ("MACHINE", "ROLE", "STATE", "LAST SEEN", "SCANS", "OUTBOX")]
        for col, text in enumerate(heads):
            self.grid.addWidget(label(text, "statLabel"), 0, col)
        r = 1
        for m in found:
            self.cells[m.name] = [label("", "jobDesc") for _ in heads]
            for col, cell in enumerate(self.cells[m.name]):
                self.grid.addWidget(cell, r, col)
            r += 1
            if m.role in SHOWING_ROLES:
                self.actions[m.name] = MachineActions(self, m.name)
                self.grid.addWidget(self.actions[m.name], r, 0, 1, len(heads))
                r += 1

    # -- commands to one machine ------------------------------------------------------------

    def ask_announcement(self, name: str) -> None:
        text, ok = QInputDialog.getText(
            self, translate("kiosk.control", "Message on {name}").format(name=name),
            translate("kiosk.control", "Shown on {name} alone, until you clear it (empty: clear)")
            .format(name=name))
        if ok:
            self.send(name, "announce", text.strip() or None)

    def send(self, name: str, command: str, text: str | None = None) -> None:
        """Send through the hub, in a thread (an offline machine takes two seconds to say so)."""
        from kiosk.venue import commands

        if self.db_path is None:
            return
        path = self.db_path
        self.pending += 1

        def run() -> None:
            try:
                result = commands.send(path, name, command, text)
                delivered, message = result["delivered"], ""
                if not delivered:
                    message = message_of(KioskError("venue.not_delivered", name=name))
            except KioskError as error:
                delivered, message = False, message_of(error)
            except Exception as error:  # noqa: BLE001 - said on the card, never a crash
                delivered, message = False, str(error)
            try:
                self.answered.emit(name, command, delivered, message)
            except RuntimeError:  # the window closed meanwhile: no one to tell
                pass

        threading.Thread(target=run, name=f"venue-{command}", daemon=True).start()

    @Slot(str, str, bool, str)
    def _answered(self, name: str, command: str, delivered: bool, message: str) -> None:
        self.pending -= 1
        done = {"blank": translate("kiosk.control", "{name} is blank."),
                "unblank": translate("kiosk.control", "{name} shows again."),
                "identify": translate("kiosk.control", "{name} shows its name for five seconds."),
                "announce": translate("kiosk.control", "{name} got its message.")}
        self.status.setText(done[command].format(name=name) if delivered else message)
        self.status.setObjectName("cardHint" if delivered else "jobError")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()
