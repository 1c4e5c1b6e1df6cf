"""The operator's control window: the event at a glance, the show's jobs, announcements."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk import __version__
from kiosk.core import announcements, windows
from kiosk.core.announcements import AnnounceRequest
from kiosk.core.clock import parse_iso
from kiosk.core.db import data_version, get_setting
from kiosk.core.door_view import recent_scans
from kiosk.core.errors import KioskError
from kiosk.core.event import EventInfo
from kiosk.core.events import Origin
from kiosk.core.stats import list_stats, totals
from kiosk.i18n import message_of
from kiosk.theme import event_theme
from kiosk.ui.control.event_panel import EventPanel
from kiosk.ui.control.jobs import JOBS, JobRunner
from kiosk.ui.control.style import stylesheet
from kiosk.ui.control.venue import VenueCard
from kiosk.ui.control.widgets import (
    Card,
    JobRow,
    ListRow,
    PlainLabel,
    ScanRow,
    ScreenRow,
    label,
    separator,
    svg_pixmap,
)
from kiosk.ui.display import list_screens
from kiosk.venue import files as venue_files

translate = QCoreApplication.translate

POLL_MS = 50
FEED_LINES = 9
JOB_POLL_MS = 400


class ControlWindow(QMainWindow):
    """One event's control room; reads its figures from the database as other processes commit."""

    def __init__(self, db: sqlite_utils.Database, db_path: Path, info: EventInfo,
                 runner: JobRunner | None = None, lang: str | None = None,
                 origin: Origin | None = None) -> None:
        super().__init__()
        self.db, self.db_path, self.info = db, Path(db_path), info
        # What the operator does here (announcements) is recorded as coming from this window.
        self.origin = origin or Origin.of_this_process("control")
        self.runner = runner or JobRunner(self.db_path, lang=lang)
        self.theme = event_theme(db)
        self.locale = QLocale()
        try:
            self.zone = ZoneInfo(info.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            self.zone = None  # the machine's own
        self.refreshes = 0
        self._version: int | None = None
        self.setObjectName("controlWindow")
        self.setWindowTitle(translate("kiosk.control", "{event} — Kiosk control").format(
            event=info.name))
        self.setStyleSheet(stylesheet(self.theme))
        self.setMinimumSize(1000, 600)
        self.resize(1400, 900)

        root = QWidget()
        root.setObjectName("root")
        self.setCentralWidget(root)
        page = QVBoxLayout(root)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self._header())
        self.demo_banner = self._demo_banner()
        page.addWidget(self.demo_banner)

        content = QWidget()
        content.setObjectName("content")
        body = QHBoxLayout(content)
        body.setContentsMargins(24, 20, 24, 20)
        body.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(20)
        left.addWidget(self._checkin_card())
        left.addWidget(self._feed_card(), 1)
        self.event_panel = EventPanel(db, self.origin)
        left.addWidget(self.event_panel)
        right = QVBoxLayout()
        right.setSpacing(20)
        right.addWidget(self._jobs_card())
        right.addWidget(self._announce_card())
        right.addWidget(self._screens_card())
        self.venue = VenueCard()
        right.addWidget(self.venue)
        right.addStretch(1)
        for layout, stretch in ((left, 5), (right, 6)):
            column = QWidget()
            column.setLayout(layout)
            layout.setContentsMargins(0, 0, 0, 0)
            # Ignored: the columns share the width by their stretch, whatever the language.
            column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            body.addWidget(column, stretch)
        # On a small laptop screen the page scrolls rather than squeezing the cards.
        scroll = QScrollArea()
        scroll.setObjectName("page")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        page.addWidget(scroll, 1)
        self._status_bar()

        self.refresh()
        self.refresh_screens()
        self.refresh_jobs()
        self._tick()
        self.poll_timer = QTimer(self, interval=POLL_MS, timeout=self.poll)
        self.poll_timer.start()
        self.job_timer = QTimer(self, interval=JOB_POLL_MS, timeout=self._poll_jobs)
        self.job_timer.start()
        self.clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self.clock_timer.start()
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.refresh_screens)
        app.screenRemoved.connect(self._screen_removed)

    # ------------------------------------------------------------------ layout

    def _header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 14, 28, 14)
        row.setSpacing(20)
        logo = PlainLabel()
        logo.setObjectName("logo")
        logo_path = self.theme.get("logoUrl", "")
        if logo_path:
            from PySide6.QtCore import QUrl

            pixmap = svg_pixmap(QUrl(logo_path).toLocalFile(), 64, self.devicePixelRatioF() or 1.0)
            logo.setPixmap(pixmap)
        row.addWidget(logo, 0, Qt.AlignmentFlag.AlignVCenter)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.event_name = label(self.info.name, "eventName")
        self.event_name.setWordWrap(True)
        titles.addStretch(1)
        titles.addWidget(self.event_name)
        titles.addWidget(label(self._event_meta(), "eventMeta"))
        titles.addStretch(1)
        row.addLayout(titles, 1)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        self.clock = label("--:--:--", "clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        # The event's time, wherever this laptop's clock is set: its zone is named beside it.
        caption = label(translate("kiosk.control", "EVENT TIME"), "clockCaption")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        clock.addStretch(1)
        clock.addWidget(self.clock)
        clock.addWidget(caption)
        clock.addStretch(1)
        row.addLayout(clock)
        return header

    def _event_meta(self) -> str:
        parts = [self.info.venue] if self.info.venue else []
        date = QDate.fromString(self.info.date, "yyyy-MM-dd")
        if date.isValid():
            parts.append(self.locale.toString(date, QLocale.FormatType.LongFormat))
        elif self.info.date:
            parts.append(self.info.date)
        return "  ·  ".join(parts)

    def _demo_banner(self) -> QWidget:
        banner = QFrame()
        banner.setObjectName("demoBanner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(24, 8, 24, 8)
        row.setSpacing(12)
        row.addWidget(label(translate("kiosk.control", "DEMO"), "demoTag"))
        self.demo_text = label("", "demoText")
        self.demo_text.setWordWrap(True)
        row.addWidget(self.demo_text, 1)
        notice = get_setting(self.db, "demo.notice") if self.info.demo else None
        if self.info.demo:
            self.demo_text.setText(notice or translate(
                "kiosk.control", "This is a demonstration event: people and figures are fictional."))
        banner.setVisible(self.info.demo)
        return banner

    def _checkin_card(self) -> QWidget:
        card = Card(translate("kiosk.control", "Check-in"))
        self.live_hint = label(translate("kiosk.control", "live from the doors"), "cardHint")
        card.add_to_head(self.live_hint)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(8)
        card.body.addLayout(self.list_box)
        self.list_rows: list[ListRow] = []
        card.body.addWidget(separator())
        stats = QHBoxLayout()
        stats.setSpacing(28)
        self.stat_values: dict[str, QLabel] = {}
        for key, caption in (("guests", translate("kiosk.control", "GUESTS")),
                             ("people", translate("kiosk.control", "PEOPLE EXPECTED")),
                             ("scans", translate("kiosk.control", "SCANS")),
                             ("refused", translate("kiosk.control", "REFUSED"))):
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(label(caption, "statLabel"))
            value = label("0", "statValueBad" if key == "refused" else "statValue")
            box.addWidget(value)
            self.stat_values[key] = value
            stats.addLayout(box)
        stats.addStretch(1)
        card.body.addLayout(stats)
        return card

    def _feed_card(self) -> QWidget:
        card = Card(translate("kiosk.control", "Latest at the doors"))
        self.feed_rows = [ScanRow() for _ in range(FEED_LINES)]
        self.feed_empty = label(translate("kiosk.control", "No scans yet: the doors have not opened."),
                                "emptyFeed")
        self.feed_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feed_empty.setWordWrap(True)
        card.body.addWidget(self.feed_empty, 1)
        for row in self.feed_rows:
            card.body.addWidget(row)
        card.body.addStretch(1)
        return card

    def _announce_card(self) -> QWidget:
        card = Card(translate("kiosk.control", "Announcement on the venue screens"))
        self.announce_text = QLineEdit()
        self.announce_text.setPlaceholderText(translate(
            "kiosk.control", "The ceremony starts in 10 minutes: please take your seats"))
        self.announce_text.returnPressed.connect(self.send_announcement)
        card.body.addWidget(self.announce_text)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(label(translate("kiosk.control", "For"), "cardHint"))
        self.announce_minutes = QSpinBox()
        self.announce_minutes.setRange(0, 240)
        self.announce_minutes.setValue(10)
        self.announce_minutes.setSuffix(translate("kiosk.control", " min"))
        self.announce_minutes.setSpecialValueText(translate("kiosk.control", "until cleared"))
        self.announce_minutes.setMinimumWidth(130)
        row.addWidget(self.announce_minutes)
        # As ``kiosk announce --countdown``: the screens count down to the message's end.
        self.announce_countdown = QCheckBox(translate("kiosk.control", "Countdown"))
        self.announce_minutes.valueChanged.connect(self._countdown_possible)
        row.addWidget(self.announce_countdown)
        row.addStretch(1)
        self.announce_clear = QPushButton(translate("kiosk.control", "Clear"))
        self.announce_clear.setObjectName("danger")
        self.announce_clear.clicked.connect(self.clear_announcement)
        row.addWidget(self.announce_clear)
        self.announce_send = QPushButton(translate("kiosk.control", "Send to screens"))
        self.announce_send.setObjectName("primary")
        self.announce_send.clicked.connect(self.send_announcement)
        row.addWidget(self.announce_send)
        card.body.addLayout(row)
        self.announce_status = label("", "announceStatus")
        self.announce_status.setWordWrap(True)
        card.body.addWidget(self.announce_status)
        return card

    def _jobs_card(self) -> QWidget:
        card = Card(translate("kiosk.control", "Show"))
        self.windowed = QCheckBox(translate("kiosk.control", "Rehearsal: open in windows"))
        self.windowed.setToolTip(translate(
            "kiosk.control", "Open the jobs in normal windows instead of full screen"))
        card.add_to_head(self.windowed)
        self.job_rows: dict[str, JobRow] = {}
        for spec in JOBS:
            row = JobRow(spec)
            row.start_requested.connect(self.start_job)
            row.stop_requested.connect(self.stop_job)
            card.body.addWidget(row)
            self.job_rows[spec.key] = row
        return card

    def _screens_card(self) -> QWidget:
        card = Card(translate("kiosk.control", "Screens attached"))
        self.screen_count = label("", "cardHint")
        card.add_to_head(self.screen_count)
        self.screen_box = QVBoxLayout()
        self.screen_box.setSpacing(0)
        card.body.addLayout(self.screen_box)
        return card

    def _status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.live = label("●  " + translate("kiosk.control", "LIVE"), "live")
        bar.addWidget(self.live)
        self.db_label = PlainLabel(translate("kiosk.control", "Database: {path}").format(
            path=self.db_path))
        bar.addWidget(self.db_label, 1)
        self.updated = PlainLabel("")
        bar.addPermanentWidget(self.updated)
        bar.addPermanentWidget(PlainLabel(f"kiosk {__version__}"))

    # ------------------------------------------------------------------ data

    def poll(self) -> None:
        """React to commits by other processes (door scans, announcements, imports)."""
        try:
            version = data_version(self.db)
        except Exception:  # noqa: BLE001 - a busy or vanished file must not kill the console
            return
        if version != self._version:
            self.refresh()

    def refresh(self) -> None:
        self._version = data_version(self.db)
        if hasattr(self, "event_panel"):
            self.event_panel.refresh()
            self.event_name.setText(self.event_panel.saved.name)
        per_list = list_stats(self.db)
        while len(self.list_rows) < len(per_list):
            row = ListRow()
            self.list_box.addWidget(row)
            self.list_rows.append(row)
        for row, stats in zip(self.list_rows, per_list, strict=False):
            row.show_stats(stats, self.locale)
            row.show()
        for row in self.list_rows[len(per_list):]:
            row.hide()
        total = totals(self.db)
        for key in ("guests", "people", "scans", "refused"):
            self.stat_values[key].setText(self.locale.toString(getattr(total, key)))
        self._show_feed()
        self._show_announcement()
        self.venue.refresh(self.db, self.zone)
        self.refreshes += 1
        self.updated.setText(translate("kiosk.control", "Updated {time}").format(
            time=self._event_now().strftime("%H:%M:%S")))

    def _show_feed(self) -> None:
        lines = recent_scans(self.db, FEED_LINES, self.zone.key if self.zone else None)
        self.feed_empty.setVisible(not lines)
        for row, line in zip(self.feed_rows, lines, strict=False):
            at = parse_iso(line.scanned_at).astimezone(self.zone)
            row.show_line(line, at.strftime("%H:%M:%S"))
            row.show()
        for row in self.feed_rows[len(lines):]:
            row.hide()

    def refresh_screens(self) -> None:
        screens = list_screens()
        while self.screen_box.count():
            item = self.screen_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.screen_rows = [ScreenRow(info) for info in screens]
        for row in self.screen_rows:
            self.screen_box.addWidget(row)
        self.screen_count.setText(
            translate("kiosk.control", "{n} attached").format(n=len(screens)))
        others = [s["index"] for s in screens if not s["primary"]]
        primary = next((s["index"] for s in screens if s["primary"]), 0)
        preferred = {"stage": others[0] if others else primary,
                     "slideshow": others[-1] if others else primary,
                     "presenter": primary, "door": primary}
        for key, row in self.job_rows.items():
            row.set_screens(screens, preferred.get(key, primary))
        self._show_jobs_on_screens()

    def _screen_removed(self, _screen: object) -> None:
        # The screen is still listed while this signal runs: look again just after.
        QTimer.singleShot(0, self, self.refresh_screens)

    def refresh_jobs(self) -> None:
        for key, row in self.job_rows.items():
            row.show_state(self.runner.states[key])
        self._show_jobs_on_screens()

    def _show_jobs_on_screens(self) -> None:
        for index, screen_row in enumerate(getattr(self, "screen_rows", [])):
            screen_row.show_jobs([
                translate("kiosk.control", spec.title) for spec in JOBS
                if self.runner.states[spec.key].running
                and self.runner.states[spec.key].screen == index])

    def _poll_jobs(self) -> None:
        changed = self.runner.poll()
        try:
            found = windows.running(self.db)
        except sqlite3.Error:
            found = []
        hub_pid = (venue_files.running(venue_files.Files.of(self.db_path)) or {}).get("pid")
        adopted = self.runner.adopt(found, self.origin.host)  # both, whatever the first says
        adopted |= self.runner.adopt_hub(hub_pid if isinstance(hub_pid, int) else None)
        if adopted or changed:
            self.refresh_jobs()

    def _event_now(self) -> datetime:
        return datetime.now(self.zone) if self.zone else datetime.now().astimezone()

    def _tick(self) -> None:
        try:  # a machine goes offline without a commit: looked at every second
            self.venue.refresh(self.db, self.zone)
        except Exception:  # noqa: BLE001 - a busy or closed file must not kill the console
            pass
        # The event's time, in its zone, named: the door and the report use the same.
        now = self._event_now()
        self.clock.setText(f"{now:%H:%M:%S} {now.tzname() or ''}".strip())
        self.clock.setToolTip(self.info.timezone)

    # ------------------------------------------------------------------ actions

    def start_job(self, key: str) -> None:
        row = self.job_rows[key]
        self.runner.start(key, row.chosen_screen(), self.windowed.isChecked())
        self.refresh_jobs()

    def stop_job(self, key: str) -> None:
        self.runner.stop(key)
        self.refresh_jobs()

    def _countdown_possible(self, minutes: int) -> None:
        self.announce_countdown.setEnabled(minutes > 0)  # "until cleared": nothing to count to

    def send_announcement(self) -> None:
        text = self.announce_text.text().strip()
        if not text:
            self._announce_message(translate("kiosk.control", "Type the message first."), False)
            self.announce_text.setFocus()
            return
        minutes = self.announce_minutes.value() or None
        countdown = minutes is not None and self.announce_countdown.isChecked()
        try:
            announcements.announce(
                self.db, AnnounceRequest(text=text, minutes=minutes, countdown=countdown),
                origin=self.origin)
        except KioskError as error:
            self._announce_message(message_of(error), False)
            return
        self.announce_text.clear()
        self.refresh()

    def clear_announcement(self) -> None:
        try:
            announcements.clear(self.db, origin=self.origin)
        except KioskError as error:
            self._announce_message(message_of(error), False)
            return
        self.refresh()

    def _announce_message(self, text: str, live: bool) -> None:
        self.announce_status.setObjectName("announceLive" if live else "announceStatus")
        self.announce_status.style().unpolish(self.announce_status)
        self.announce_status.style().polish(self.announce_status)
        self.announce_status.setText(text)

    def _show_announcement(self) -> None:
        current = announcements.current(self.db)
        self.announce_clear.setEnabled(current is not None)
        if current is None:
            self._announce_message(translate("kiosk.control", "No announcement on the screens."),
                                   False)
            return
        if current.expires_at:
            until = parse_iso(current.expires_at).astimezone(self.zone)
            when = QTime(until.hour, until.minute).toString("HH:mm")
            text = translate("kiosk.control", "On the screens until {time}: “{text}”").format(
                time=when, text=current.text)
        else:
            text = translate("kiosk.control", "On the screens until cleared: “{text}”").format(
                text=current.text)
        self._announce_message(text, True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # The jobs keep running: closing the console must never blank a projector.
        self.poll_timer.stop()
        self.job_timer.stop()
        super().closeEvent(event)
