"""The control window's look, from the event's theme: a dark operations console."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

ASSETS = Path(__file__).resolve().parent / "assets"
CHEVRON = (ASSETS / "chevron-down.svg").as_posix()
CHECK = (ASSETS / "check.svg").as_posix()


def _mix(a: str, b: str, t: float) -> str:
    ca, cb = QColor(a), QColor(b)
    return QColor(round(ca.red() + (cb.red() - ca.red()) * t),
                  round(ca.green() + (cb.green() - ca.green()) * t),
                  round(ca.blue() + (cb.blue() - ca.blue()) * t)).name()


def _rgba(color: str, alpha: float) -> str:
    c = QColor(color)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {round(alpha * 255)})"


def stylesheet(theme: dict) -> str:
    c = theme["colors"]
    body = theme["fonts"].get("body") or "Sans Serif"
    display = theme["fonts"].get("display") or body
    bg, surface, raised = c["background"], c["surface"], c["surfaceRaised"]
    gold, text, muted = c["primary"], c["text"], c["muted"]
    ok, refused = c["admitted"], c["refused"]
    line = _mix(raised, muted, 0.18)
    return f"""
* {{ font-family: "{body}"; color: {text}; }}
QMainWindow, #root, #content, QScrollArea#page {{ background: {bg}; }}
QToolTip {{ background: {raised}; color: {text}; border: 1px solid {line}; padding: 4px 6px; }}

#header {{ background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 {surface}, stop:0.6 {bg},
           stop:1 {surface}); border-bottom: 2px solid {gold}; }}
#eventName {{ font-family: "{display}"; font-weight: 700; font-size: 36px; letter-spacing: 1px; color: {text}; }}
#eventMeta {{ font-size: 14px; color: {muted}; }}
#clock {{ font-family: "{display}"; font-weight: 700; font-size: 40px; color: {gold}; }}
#clockCaption {{ font-size: 11px; color: {muted}; letter-spacing: 2px; }}

#demoBanner {{ background: {_rgba(gold, 0.12)}; border-bottom: 1px solid {_rgba(gold, 0.45)}; }}
#demoTag {{ background: {gold}; color: {bg}; font-weight: 700; font-size: 11px;
            letter-spacing: 2px; padding: 3px 8px; border-radius: 3px; }}
#demoText {{ color: {_mix(gold, text, 0.45)}; font-size: 13px; }}

#card {{ background: {surface}; border: 1px solid {line}; border-radius: 10px; }}
#cardTitle {{ font-size: 12px; font-weight: 700; letter-spacing: 2px; color: {gold}; }}
#cardHint {{ font-size: 12px; color: {muted}; }}
#sep {{ background: {line}; max-height: 1px; min-height: 1px; border: none; }}

#listName {{ font-size: 16px; font-weight: 600; }}
#listTime {{ font-size: 12px; color: {muted}; }}
#bigNumber {{ font-family: "{display}"; font-weight: 700; font-size: 46px; color: {text}; }}
#bigOf {{ font-family: "{display}"; font-weight: 400; font-size: 24px; color: {muted}; }}
#percent {{ font-size: 13px; font-weight: 600; color: {ok}; }}
#people {{ font-size: 12px; color: {muted}; }}
QProgressBar {{ background: {raised}; border: none; border-radius: 3px; max-height: 6px;
                min-height: 6px; }}
QProgressBar::chunk {{ background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 {_mix(ok, bg, 0.2)},
                       stop:1 {ok}); border-radius: 3px; }}
#statLabel {{ font-size: 11px; color: {muted}; letter-spacing: 1px; }}
#statValue {{ font-size: 18px; font-weight: 600; }}
#statValueBad {{ font-size: 18px; font-weight: 600; color: {refused}; }}

#jobRow {{ background: {raised}; border: 1px solid {line}; border-radius: 8px; }}
#jobTitle {{ font-size: 16px; font-weight: 600; }}
#jobDesc {{ font-size: 12px; color: {muted}; }}
#pillRunning {{ background: {_rgba(ok, 0.18)}; color: {_mix(ok, text, 0.35)}; border: 1px solid {_rgba(ok, 0.6)};
                border-radius: 10px; padding: 2px 10px; font-size: 11px; font-weight: 700; letter-spacing: 1px; }}
#pillStopped {{ background: transparent; color: {muted}; border: 1px solid {line};
                border-radius: 10px; padding: 2px 10px; font-size: 11px; font-weight: 700; letter-spacing: 1px; }}
#pillFailed {{ background: {_rgba(refused, 0.15)}; color: {_mix(refused, text, 0.3)}; border: 1px solid {_rgba(refused, 0.6)};
               border-radius: 10px; padding: 2px 10px; font-size: 11px; font-weight: 700; letter-spacing: 1px; }}
#jobError {{ font-size: 11px; color: {_mix(refused, text, 0.3)}; }}

QPushButton {{ background: {raised}; border: 1px solid {line}; border-radius: 6px; padding: 7px 16px;
               font-size: 13px; font-weight: 600; }}
QPushButton:hover {{ border-color: {gold}; }}
QPushButton:pressed {{ background: {bg}; }}
QPushButton:disabled {{ color: {muted}; border-color: {raised}; }}
QPushButton#primary {{ background: {gold}; color: {bg}; border: 1px solid {gold}; }}
QPushButton#primary:hover {{ background: {_mix(gold, text, 0.2)}; }}
QPushButton#primary:disabled {{ background: {_mix(gold, bg, 0.6)}; color: {_mix(bg, muted, 0.5)}; }}
QPushButton#danger {{ background: transparent; color: {_mix(refused, text, 0.25)};
                      border: 1px solid {_rgba(refused, 0.7)}; }}
QPushButton#danger:hover {{ background: {_rgba(refused, 0.15)}; }}
QPushButton#danger:disabled {{ color: {muted}; border-color: {line}; }}

QComboBox, QLineEdit, QSpinBox, QPlainTextEdit {{ background: {bg}; border: 1px solid {line};
    border-radius: 6px; padding: 6px 8px; font-size: 13px; selection-background-color: {gold};
    selection-color: {bg}; }}
QComboBox:focus, QLineEdit:focus, QSpinBox:focus, QPlainTextEdit:focus {{ border-color: {gold}; }}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url("{CHEVRON}"); width: 12px; height: 8px; }}
QComboBox QAbstractItemView {{ background: {raised}; border: 1px solid {line};
    selection-background-color: {_rgba(gold, 0.3)}; outline: none; }}
QCheckBox {{ font-size: 12px; color: {muted}; spacing: 8px; }}
QCheckBox::indicator {{ width: 14px; height: 14px; border: 1px solid {line}; border-radius: 3px;
                        background: {bg}; }}
QCheckBox::indicator:checked {{ background: {gold}; border-color: {gold}; image: url("{CHECK}"); }}
QComboBox:disabled {{ color: {muted}; background: {surface}; }}

#screenRow {{ border-bottom: 1px solid {line}; }}
#screenIndex {{ font-family: "{display}"; font-weight: 700; font-size: 26px; color: {gold}; min-width: 26px; }}
#screenName {{ font-size: 14px; font-weight: 600; }}
#screenMeta {{ font-size: 12px; color: {muted}; }}
#tag {{ color: {muted}; border: 1px solid {line}; border-radius: 4px; padding: 1px 6px; font-size: 10px;
        font-weight: 700; letter-spacing: 1px; }}

#scanTime {{ font-size: 12px; color: {muted}; font-family: "{body}"; }}
#scanWho {{ font-size: 13px; font-weight: 600; }}
#scanWhere {{ font-size: 12px; color: {muted}; }}
#scanOk, #scanWarn, #scanBad, #scanNeutral {{ font-size: 10px; font-weight: 700; letter-spacing: 1px;
    border-radius: 4px; padding: 2px 6px; }}
#scanOk {{ color: {_mix(ok, text, 0.35)}; background: {_rgba(ok, 0.16)}; }}
#scanWarn {{ color: {_mix(c["duplicate"], text, 0.3)}; background: {_rgba(c["duplicate"], 0.16)}; }}
#scanBad {{ color: {_mix(refused, text, 0.3)}; background: {_rgba(refused, 0.16)}; }}
#scanNeutral {{ color: {muted}; background: {raised}; }}
#emptyFeed {{ font-size: 13px; color: {muted}; padding: 10px 0; }}
#screenJobs {{ font-size: 12px; font-weight: 600; color: {_mix(ok, text, 0.35)}; padding-right: 6px; }}
#announceStatus {{ font-size: 12px; color: {muted}; }}
#announceLive {{ font-size: 12px; color: {_mix(gold, text, 0.3)}; }}

QStatusBar {{ background: {surface}; border-top: 1px solid {line}; color: {muted}; font-size: 11px; }}
QStatusBar QLabel {{ color: {muted}; font-size: 11px; padding: 0 6px; }}
#live {{ color: {ok}; font-weight: 700; }}
QScrollBar:vertical {{ background: transparent; width: 8px; }}
QScrollBar::handle:vertical {{ background: {line}; border-radius: 4px; min-height: 20px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
"""
