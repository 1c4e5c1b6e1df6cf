"""What a presentation clicker's keys do on stage: pure logic, a clock injected, unit-tested.

Common clickers (Logitech R400/R800, Kensington, Targus, generic 2.4 GHz) send Page
Down/Up, sometimes Right/Left, Space, Enter or Backspace; their "black screen" button
sends B or "." (some "/"); their start button alternates F5/Shift+F5 and Esc. None of
those may leave the show, blank it by accident or skip a reveal: a held button's
auto-repeat is ignored, and a second "forward" within the guard time after arriving on
the winner card is ignored, so a double click cannot skip a winner.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable

from PySide6.QtCore import Qt

K = Qt.Key
FORWARD_KEYS = {K.Key_PageDown, K.Key_Right, K.Key_Space, K.Key_Return, K.Key_Enter, K.Key_Down}
BACK_KEYS = {K.Key_PageUp, K.Key_Left, K.Key_Backspace, K.Key_Up}
BLACK_KEYS = {K.Key_B, K.Key_Period, K.Key_Slash}
# Start/stop buttons and stray keys: swallowed, never acted on (no leaving, no blanking).
SWALLOWED_KEYS = {K.Key_F5, K.Key_Escape, K.Key_Tab, K.Key_Backtab, K.Key_F11, K.Key_Home,
                  K.Key_End, K.Key_Menu}
# The backup stage's takeover: T, a key no presentation clicker sends.
TAKEOVER_KEY = K.Key_T
CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
META = Qt.KeyboardModifier.MetaModifier


class Action(enum.Enum):
    FORWARD = "forward"
    BACK = "back"
    BLACKOUT = "blackout"
    QUIT = "quit"           # the deliberate chord only: Ctrl+Shift+Q
    TAKEOVER = "takeover"   # T: a following (backup) stage becomes the main one
    GUARDED = "guarded"     # a forward ignored: too soon after arriving on a reveal
    REPEAT = "repeat"       # auto-repeat from a held button: ignored
    IGNORED = "ignored"     # a key we swallow so that nothing else acts on it


def _key_value(key: object) -> int:
    return int(getattr(key, "value", key))


def _mods(modifiers: object) -> int:
    return int(getattr(modifiers, "value", modifiers) or 0)


class Clicker:
    """Maps one key press to one show action, remembering when the current cue was entered."""

    def __init__(self, guard_ms: int = 400, clock: Callable[[], float] = time.monotonic) -> None:
        self.guard_ms = guard_ms
        self.clock = clock
        self.entered_at = float("-inf")
        self.on_reveal = False

    def entered(self, reveal: bool) -> None:
        """The show arrived on a cue (by this window or another process); reveal: a guarded one."""
        self.entered_at = self.clock()
        self.on_reveal = reveal

    def press(self, key: object, modifiers: object = 0, auto_repeat: bool = False) -> Action:
        k = _key_value(key)
        mods = _mods(modifiers)
        if k == _key_value(K.Key_Q) and mods & _mods(CONTROL) and mods & _mods(SHIFT):
            return Action.QUIT
        if auto_repeat:
            return Action.REPEAT
        if mods & (_mods(CONTROL) | _mods(ALT) | _mods(META)):
            return Action.IGNORED
        if k in {_key_value(x) for x in FORWARD_KEYS}:
            if self.on_reveal and (self.clock() - self.entered_at) * 1000 < self.guard_ms:
                return Action.GUARDED
            return Action.FORWARD
        if k in {_key_value(x) for x in BACK_KEYS}:
            return Action.BACK
        if k in {_key_value(x) for x in BLACK_KEYS}:
            return Action.BLACKOUT
        if k == _key_value(TAKEOVER_KEY):
            return Action.TAKEOVER
        return Action.IGNORED
