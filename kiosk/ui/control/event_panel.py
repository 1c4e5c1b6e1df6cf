"""The control window's Event panel: the event's identity, edited with a live preview of the
stage's opening card. Saved through the same domain function as 'kiosk event set'."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from zoneinfo import available_timezones

import sqlite_utils
from PySide6.QtGui import QColor
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import identity
from kiosk.core.errors import KioskError
from kiosk.core.events import Origin
from kiosk.core.identity import Identity, IdentityChange
from kiosk.i18n import message_of, translate
from kiosk.paths import qml_dir
from kiosk.theme import logo_file, look
from kiosk.ui.control.widgets import Card, PlainLabel, label

TEXT_FIELDS = ("name", "venue", "date", "slideshow_title", "prize", "sponsor_title")
COLOUR_FIELDS = ("accent", "background")


class EventPanel(Card):
    """Fields for the event's identity, a preview of the opening card, and Save."""

    def __init__(self, db: sqlite_utils.Database, origin: Origin, parent: QWidget | None = None) -> None:
        super().__init__(translate("kiosk.control", "Event"), parent)
        self.db, self.origin = db, origin
        # Folded until asked for: the night's figures keep the room on the control screen.
        self.toggle = QPushButton(translate("kiosk.control", "Edit…"))
        self.toggle.setObjectName("eventEdit")
        self.toggle.setCheckable(True)
        self.add_to_head(self.toggle)
        self.details = QWidget()
        self.details.setVisible(False)
        self.toggle.toggled.connect(self.details.setVisible)
        outer = QVBoxLayout(self.details)
        outer.setContentsMargins(0, 0, 0, 0)
        self.saved: Identity = identity.read(db)
        self.logo: Path | None = None  # a file chosen, not saved yet
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        words = {"name": translate("kiosk.control", "Name"), "venue": translate("kiosk.control", "Venue"), "date": translate("kiosk.control", "Date (YYYY-MM-DD)"),
                 "slideshow_title": translate("kiosk.control", "Slideshow title"), "prize": translate("kiosk.control", "Prize (empty: none)"),
                 "sponsor_title": translate("kiosk.control", "Sponsor title")}
        for key in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"event_{key}")
            edit.textChanged.connect(self.preview)
            self.fields[key] = edit
            form.addRow(PlainLabel(words[key]), edit)
        self.timezone = QComboBox()
        self.timezone.setObjectName("event_timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        form.addRow(PlainLabel(translate("kiosk.control", "Time zone")), self.timezone)
        self.language = QComboBox()
        self.language.setObjectName("event_language")
        self.language.addItems(list(identity.LANGUAGES))
        self.language.currentTextChanged.connect(self.preview)
        form.addRow(PlainLabel(translate("kiosk.control", "Audience language")), self.language)
        for key in COLOUR_FIELDS:
            row = QHBoxLayout()
            edit = QLineEdit()
            edit.setObjectName(f"event_{key}")
            edit.setPlaceholderText(translate("kiosk.control", "the theme's"))
            edit.textChanged.connect(self.preview)
            pick = QPushButton(translate("kiosk.control", "Choose…"))
            pick.clicked.connect(lambda _=False, e=edit: self._pick_colour(e))
            row.addWidget(edit, 1)
            row.addWidget(pick)
            self.fields[key] = edit
            form.addRow(PlainLabel(translate("kiosk.control", "Accent colour") if key == "accent"
                                   else translate("kiosk.control", "Background colour")), row)
        logo_row = QHBoxLayout()
        self.logo_label = label("", "cardHint")
        choose = QPushButton(translate("kiosk.control", "Choose a logo…"))
        choose.clicked.connect(self._pick_logo)
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(choose)
        form.addRow(PlainLabel(translate("kiosk.control", "Logo (PNG or SVG)")), logo_row)
        outer.addLayout(form)

        self.quick = QQuickWidget()
        self.quick.setObjectName("eventPreview")
        self.quick.engine().addImportPath(str(qml_dir()))
        self.quick.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.quick.setInitialProperties({"theme": self._look()})
        self.quick.loadFromModule("Kiosk.Stage", "OpeningPreview")
        self.quick.setFixedSize(480, 270)
        outer.addWidget(self.quick)

        actions = QVBoxLayout()
        self.message = label("", "cardHint")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(translate("kiosk.control", "Save"))
        self.save_button.setObjectName("eventSave")
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.message)
        actions.addWidget(self.save_button)
        outer.addLayout(actions)
        self.body.addWidget(self.details)
        self.load(self.saved)

    # -- the form

    def load(self, event: Identity) -> None:
        """Show the saved identity (at start, after a save, after another process changed it)."""
        self.saved = event
        self.logo = None
        for key, edit in self.fields.items():
            edit.blockSignals(True)
            edit.setText(getattr(event, key))
            edit.blockSignals(False)
        self.timezone.setCurrentText(event.timezone)
        self.language.blockSignals(True)
        self.language.setCurrentText(event.language)
        self.language.blockSignals(False)
        self.logo_label.setText(Path(event.logo).name if event.logo else translate("kiosk.control", "none"))
        self.preview()

    def edited(self) -> Identity:
        values = {key: edit.text().strip() for key, edit in self.fields.items()}
        return replace(self.saved, timezone=self.timezone.currentText().strip(),
                       language=self.language.currentText(), **values)

    def change(self) -> IdentityChange:
        """What differs from the saved identity."""
        now, before = self.edited(), self.saved
        given = {key: getattr(now, key) for key in (*TEXT_FIELDS, *COLOUR_FIELDS, "timezone", "language")
                 if getattr(now, key) != getattr(before, key)}
        if self.logo is not None:
            given["logo"] = self.logo
        return IdentityChange(**given)

    def _look(self) -> dict:
        event = self.edited() if hasattr(self, "language") else self.saved
        logo = self.logo or logo_file(self.db, "logo")
        mark = self.logo or logo_file(self.db, "logo_mark") or logo
        try:
            return look(replace(event, accent=identity.check_colour("accent", event.accent),
                                background=identity.check_colour("background", event.background)),
                        logo, mark)
        except KioskError:
            return look(replace(event, accent="", background=""), logo, mark)

    def preview(self) -> None:
        root = self.quick.rootObject() if hasattr(self, "quick") else None
        if root is not None:
            root.setProperty("theme", self._look())

    # -- choosing

    def _pick_colour(self, edit: QLineEdit) -> None:
        colour = QColorDialog.getColor(QColor(edit.text() or "#000000"), self)
        if colour.isValid():
            edit.setText(colour.name())

    def _pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("kiosk.control", "The event's logo"), "",
                                              translate("kiosk.control", "Logos (*.png *.svg)"))
        if path:
            self.choose_logo(Path(path))

    def choose_logo(self, path: Path) -> None:
        self.logo = path
        self.logo_label.setText(path.name)
        self.preview()

    # -- saving

    def save(self) -> bool:
        change = self.change()
        if not change.given():
            self.message.setText(translate("kiosk.control", "Nothing to save."))
            return True
        try:
            result = identity.change(self.db, change, origin=self.origin)
        except KioskError as error:
            self.message.setText(message_of(error))
            return False
        except sqlite3.Error as error:
            self.message.setText(str(error))
            return False
        warnings = [message_of(KioskError(w["code"], **{k: v for k, v in w.items() if k != "code"}))
                    for w in result.warnings]
        self.load(identity.read(self.db))
        self.message.setText(" ".join([translate("kiosk.control", "Saved: the screens follow within a second."), *warnings]))
        return True

    def refresh(self) -> None:
        """Another process changed the event: show it, unless the operator is editing."""
        try:
            current = identity.read(self.db)
        except sqlite3.Error:
            return
        if current != self.saved and not self.change().given():
            self.load(current)
