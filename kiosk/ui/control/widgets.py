"""The control window's building blocks: cards, check-in rows, job rows, screen rows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import scan_status
from kiosk.core.door_view import ScanLine
from kiosk.core.stats import ListStats
from kiosk.ui.control.jobs import JobSpec, JobState

translate = QCoreApplication.translate


class PlainLabel(QLabel):
    """A label that shows its text as written: a guest's or an event's name holding
    ``<img src=...>`` is shown, never rendered (QLabel's default guesses rich text)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


def label(text: str, name: str, parent: QWidget | None = None) -> QLabel:
    widget = PlainLabel(text, parent)
    widget.setObjectName(name)
    return widget


def svg_pixmap(path: str, height: int, ratio: float = 1.0) -> QPixmap:
    """An SVG drawn crisp at a given height (device pixels aware); a PNG scaled to it."""
    if not path.lower().endswith(".svg"):
        pixmap = QPixmap(path)
        if pixmap.isNull():
            return pixmap
        pixmap = pixmap.scaledToHeight(round(height * ratio), Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap
    renderer = QSvgRenderer(path)
    if not renderer.isValid():
        return QPixmap()
    size = renderer.defaultSize()
    width = round(size.width() * height / max(1, size.height()))
    pixmap = QPixmap(QSize(round(width * ratio), round(height * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class ElidedLabel(PlainLabel):
    """A one-line label that ends in … rather than being cut when space runs out."""

    def __init__(self, text: str = "", name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt's name
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)


class Card(QFrame):
    """A titled panel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 18)
        outer.setSpacing(12)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.title = label(title.upper(), "cardTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.head = head
        outer.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body)

    def add_to_head(self, widget: QWidget) -> None:
        self.head.addWidget(widget)


def separator() -> QFrame:
    line = QFrame()
    line.setObjectName("sep")
    line.setFrameShape(QFrame.Shape.NoFrame)
    return line


class ListRow(QWidget):
    """One check-in list: arrivals out of invited, as figures and a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QHBoxLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(2)
        self.name = label("", "listName")
        self.time = label("", "listTime")
        left.addWidget(self.name)
        left.addWidget(self.time)
        left.addStretch(1)
        grid.addLayout(left, 3)
        figures = QVBoxLayout()
        figures.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.number = label("0", "bigNumber")
        self.of = label("/ 0", "bigOf")
        self.percent = label("0 %", "percent")
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.of, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.percent, 0, Qt.AlignmentFlag.AlignBottom)
        figures.addLayout(top)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        figures.addWidget(self.bar)
        self.people = label("", "people")
        figures.addWidget(self.people)
        grid.addLayout(figures, 4)

    def show_stats(self, stats: ListStats, locale: QLocale) -> None:
        self.name.setText(stats.name)
        self.time.setText(translate("kiosk.control", "Doors at {time}").format(time=stats.starts_at)
                          if stats.starts_at else "")
        self.number.setText(locale.toString(stats.checked_in))
        self.of.setText("/ " + locale.toString(stats.guests))
        share = stats.checked_in / stats.guests if stats.guests else 0.0
        self.percent.setText(translate("kiosk.control", "{n}%").format(
            n=locale.toString(round(share * 100))))
        self.bar.setRange(0, max(1, stats.guests))
        self.bar.setValue(min(stats.checked_in, max(1, stats.guests)))
        self.people.setText(translate("kiosk.control", "{inside} people in, of {invited} expected")
                            .format(inside=locale.toString(stats.people_in),
                                    invited=locale.toString(stats.people)))


class JobRow(QFrame):
    """One job: what it is, which screen, running or not, start/stop."""

    start_requested = Signal(str)
    stop_requested = Signal(str)

    def __init__(self, spec: JobSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("jobRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 14, 12)
        row.setSpacing(14)
        text = QVBoxLayout()
        text.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(label(translate("kiosk.control", spec.title), "jobTitle"))
        self.pill = label("", "pillStopped")
        head.addWidget(self.pill)
        head.addStretch(1)
        text.addLayout(head)
        self.desc = label(translate("kiosk.control", spec.description), "jobDesc")
        self.desc.setWordWrap(True)
        text.addWidget(self.desc)
        self.error = label("", "jobError")
        self.error.setWordWrap(True)
        self.error.hide()
        text.addWidget(self.error)
        row.addLayout(text, 1)
        self.screen = QComboBox()
        self.screen.setMinimumWidth(210)
        self.screen.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.screen.setToolTip(translate("kiosk.control", "The screen this job opens on"))
        row.addWidget(self.screen)
        self.screen.setVisible(spec.role != "service")
        self.button = QPushButton()
        self.button.setMinimumWidth(92)
        self.button.clicked.connect(self._clicked)
        row.addWidget(self.button)
        self.running = False
        self.show_state(JobState(spec.key))

    def _clicked(self) -> None:
        (self.stop_requested if self.running else self.start_requested).emit(self.spec.key)

    def set_screens(self, screens: list[dict], preferred: int) -> None:
        current = self.screen.currentData()
        self.screen.blockSignals(True)
        self.screen.clear()
        for info in screens:
            self.screen.addItem(
                translate("kiosk.control", "Screen {n} · {name}").format(
                    n=info["index"] + 1, name=info["name"] or info["resolution"])
                + (f"  {info['resolution']}" if info["name"] else ""),
                info["index"])
        keep = current if current is not None and current < len(screens) else preferred
        self.screen.setCurrentIndex(max(0, min(keep, len(screens) - 1)))
        self.screen.blockSignals(False)

    def chosen_screen(self) -> int | None:
        data = self.screen.currentData()
        return int(data) if data is not None else None

    def show_state(self, state: JobState) -> None:
        self.running = state.running
        if state.running:
            where = (translate("kiosk.control", "RUNNING · SCREEN {n}").format(n=state.screen + 1)
                     if state.screen is not None else translate("kiosk.control", "RUNNING"))
            self._pill("pillRunning", where)
            self.button.setText(translate("kiosk.control", "Stop"))
            self.button.setObjectName("danger")
        elif state.last_error or state.exit_code not in (None, 0):
            self._pill("pillFailed", translate("kiosk.control", "STOPPED WITH AN ERROR"))
            self.button.setText(translate("kiosk.control", "Start"))
            self.button.setObjectName("primary")
        else:
            self._pill("pillStopped", translate("kiosk.control", "STOPPED"))
            self.button.setText(translate("kiosk.control", "Start"))
            self.button.setObjectName("primary")
        self.error.setText(state.last_error)
        self.error.setVisible(bool(state.last_error) and not state.running)
        self.screen.setEnabled(not state.running)
        self._restyle(self.button)

    def _pill(self, name: str, text: str) -> None:
        self.pill.setObjectName(name)
        self.pill.setText(text)
        self._restyle(self.pill)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class ScreenRow(QFrame):
    def __init__(self, info: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 8)
        row.setSpacing(14)
        row.addWidget(label(str(info["index"] + 1), "screenIndex"), 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        model = " ".join(p for p in (info["manufacturer"], info["model"]) if p)
        name = info["name"] or translate("kiosk.control", "Screen {n}").format(n=info["index"] + 1)
        text.addWidget(label(name + (f" — {model}" if model else ""), "screenName"))
        meta = translate("kiosk.control", "{resolution} at {rate} Hz · position {x}, {y}").format(
            resolution=info["resolution"], rate=f"{info['refresh_rate']:g}", x=info["x"], y=info["y"])
        text.addWidget(label(meta, "screenMeta"))
        row.addLayout(text, 1)
        self.jobs = label("", "screenJobs")
        row.addWidget(self.jobs, 0, Qt.AlignmentFlag.AlignVCenter)
        if info["primary"]:
            row.addWidget(label(translate("kiosk.control", "PRIMARY"), "tag"), 0,
                          Qt.AlignmentFlag.AlignVCenter)

    def show_jobs(self, titles: list[str]) -> None:
        """The jobs running on this screen now."""
        self.jobs.setText("  ·  ".join(titles))
        self.jobs.setVisible(bool(titles))


def checkbox(text: str) -> QCheckBox:
    return QCheckBox(text)


# What each door decision is called on the console.
STATUS_NAMES = {
    scan_status.ADMITTED: QT_TRANSLATE_NOOP("kiosk.control", "ADMITTED"),
    scan_status.COMPANION: QT_TRANSLATE_NOOP("kiosk.control", "COMPANION"),
    scan_status.EXITED: QT_TRANSLATE_NOOP("kiosk.control", "WENT OUT"),
    scan_status.UNDONE: QT_TRANSLATE_NOOP("kiosk.control", "ENTRY UNDONE"),
    scan_status.DUPLICATE: QT_TRANSLATE_NOOP("kiosk.control", "ALREADY IN"),
    scan_status.WRONG_LIST: QT_TRANSLATE_NOOP("kiosk.control", "WRONG LIST"),
    scan_status.REVOKED: QT_TRANSLATE_NOOP("kiosk.control", "OLD TICKET"),
    scan_status.INVALID: QT_TRANSLATE_NOOP("kiosk.control", "INVALID"),
    scan_status.NOT_INSIDE: QT_TRANSLATE_NOOP("kiosk.control", "NOT INSIDE"),
    scan_status.PARTY_FULL: QT_TRANSLATE_NOOP("kiosk.control", "PARTY FULL"),
}
# A cancelled guest's scan is refused as revoked, like an old ticket's; the door records the
# cancellation's reason with it, an old ticket's scan has none (kiosk.core.checkin).
CANCELLED_GUEST = QT_TRANSLATE_NOOP("kiosk.control", "GUEST CANCELLED")


def status_name(line: ScanLine) -> str | None:
    """The console's (untranslated) name of a scan's decision, None for an unknown status."""
    if line.status == scan_status.REVOKED and line.reason:
        return CANCELLED_GUEST
    return STATUS_NAMES.get(line.status)


# Refusals about where a guest is (not about the ticket) are amber, the others red.
_WARN = (scan_status.DUPLICATE, scan_status.NOT_INSIDE, scan_status.PARTY_FULL)


def status_tone(status: str) -> str:
    """ok (someone came in), neutral (went out, cancelled), warn or bad (refused)."""
    if scan_status.is_refused(status):
        return "warn" if status in _WARN else "bad"
    return "ok" if status in (scan_status.ADMITTED, scan_status.COMPANION) else "neutral"


class ScanRow(QWidget):
    """One line of the door feed: time, decision, who, where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 3, 0, 3)
        row.setSpacing(12)
        self.time = label("", "scanTime")
        self.time.setFixedWidth(64)
        row.addWidget(self.time)
        self.status = label("", "scanOk")
        self.status.setFixedWidth(118)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.status)
        self.who = ElidedLabel("", "scanWho")
        row.addWidget(self.who, 1)
        self.where = label("", "scanWhere")
        self.where.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.where)

    def show_line(self, line: ScanLine, when: str) -> None:
        name = status_name(line)
        tone = status_tone(line.status) if name else "neutral"
        self.time.setText(when)
        self.status.setText(translate("kiosk.control", name) if name else line.status.upper())
        self.status.setObjectName({"ok": "scanOk", "warn": "scanWarn", "bad": "scanBad"}.get(
            tone, "scanNeutral"))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.who.setText(line.guest or translate("kiosk.control", "Unknown ticket"))
        door = translate("kiosk.control", "door {door}").format(door=line.door) if line.door else ""
        self.where.setText("  ·  ".join(p for p in (line.list_name, door) if p))
