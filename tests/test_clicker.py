"""Clicker keys: what each does, auto-repeat, the double-click guard on reveals, the quit chord."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.ui.stage.clicker import ALT, CONTROL, SHIFT, Action, Clicker

K = Qt.Key


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clicker() -> Clicker:
    return Clicker(guard_ms=400, clock=Clock())


@pytest.mark.parametrize("key", [K.Key_PageDown, K.Key_Right, K.Key_Space, K.Key_Return,
                                 K.Key_Enter])
def test_forward_keys(clicker, key) -> None:
    assert clicker.press(key) is Action.FORWARD


@pytest.mark.parametrize("key", [K.Key_PageUp, K.Key_Left, K.Key_Backspace])
def test_back_keys(clicker, key) -> None:
    assert clicker.press(key) is Action.BACK


@pytest.mark.parametrize("key", [K.Key_B, K.Key_Period, K.Key_Slash])
def test_black_screen_keys(clicker, key) -> None:
    assert clicker.press(key) is Action.BLACKOUT


@pytest.mark.parametrize("key,mods", [(K.Key_F5, 0), (K.Key_F5, SHIFT), (K.Key_Escape, 0),
                                      (K.Key_Tab, 0), (K.Key_Backtab, SHIFT), (K.Key_F11, 0),
                                      (K.Key_Q, 0), (K.Key_Q, CONTROL), (K.Key_F4, ALT),
                                      (K.Key_W, CONTROL), (K.Key_A, 0)])
def test_start_button_and_stray_keys_do_nothing(clicker, key, mods) -> None:
    # A Logitech R400's start button alternates F5 and Esc: neither leaves nor blanks the show.
    assert clicker.press(key, mods) is Action.IGNORED


def test_quit_needs_the_deliberate_chord(clicker) -> None:
    assert clicker.press(K.Key_Q, CONTROL | SHIFT) is Action.QUIT


def test_auto_repeat_is_ignored(clicker) -> None:
    for key in (K.Key_PageDown, K.Key_PageUp, K.Key_B):
        assert clicker.press(key, 0, auto_repeat=True) is Action.REPEAT


def test_second_forward_on_a_reveal_is_guarded() -> None:
    clock = Clock()
    clicker = Clicker(guard_ms=400, clock=clock)
    clicker.entered(reveal=True)  # the winner card just came up
    clock.t += 0.05
    assert clicker.press(K.Key_PageDown) is Action.GUARDED
    clock.t += 0.30
    assert clicker.press(K.Key_Right) is Action.GUARDED
    assert clicker.press(K.Key_PageUp) is Action.BACK  # back is never guarded
    clock.t += 0.06
    assert clicker.press(K.Key_PageDown) is Action.FORWARD


def test_no_guard_on_ordinary_cues_or_when_disabled() -> None:
    clock = Clock()
    clicker = Clicker(guard_ms=400, clock=clock)
    clicker.entered(reveal=False)
    assert clicker.press(K.Key_PageDown) is Action.FORWARD
    clicker.guard_ms = 0
    clicker.entered(reveal=True)
    assert clicker.press(K.Key_PageDown) is Action.FORWARD
