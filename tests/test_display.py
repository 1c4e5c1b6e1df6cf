"""Screens: listing, identity keys, keeping a show window full screen through unplug/replug."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.ui.display import FullscreenKeeper, find_screen, hold_awake, list_screens, screen_key


@pytest.fixture
def window(qapp):
    win = QQuickWindow()
    yield win
    win.close()
    win.deleteLater()
    # Delete it now: PySide invalidates QScreen wrappers obtained through a window when that
    # window dies, which would otherwise happen in the middle of the next test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_list_screens_describes_at_least_one(qapp) -> None:
    screens = list_screens()
    assert screens
    first = screens[0]
    for field in ("index", "name", "manufacturer", "model", "serial", "x", "y", "width",
                  "height", "resolution", "refresh_rate", "primary", "key"):
        assert field in first
    assert first["index"] == 0
    assert first["width"] > 0 and first["height"] > 0
    assert sum(1 for s in screens if s["primary"]) == 1


def test_screen_key_names_identity_and_finds_it(qapp) -> None:
    screen = QGuiApplication.screens()[0]
    key = screen_key(screen)
    assert key == screen_key(list_screens()[0])
    assert key.split("|")[0] == screen.name()
    assert find_screen(key) is screen
    assert find_screen(0) is screen
    assert find_screen("0") is screen
    assert find_screen(99) is None
    assert find_screen("NOPE|nothing|0000") is None


def test_keeper_places_window_full_screen(qtbot, window) -> None:
    keeper = FullscreenKeeper(window, 0, windowed=False)
    qtbot.waitExposed(window)
    screen = QGuiApplication.screens()[0]
    assert window.isVisible()
    assert window.screen().name() == screen.name()
    assert window.geometry() == screen.geometry()
    assert not keeper.parked
    assert keeper.key == screen_key(screen)


def test_keeper_windowed_is_centred(qtbot, window) -> None:
    FullscreenKeeper(window, None, windowed=True, size=(640, 360))
    qtbot.waitExposed(window)
    geometry = QGuiApplication.primaryScreen().geometry()
    assert (window.width(), window.height()) == (640, 360)
    assert window.x() == geometry.x() + (geometry.width() - 640) // 2
    assert window.y() == geometry.y() + (geometry.height() - 360) // 2


def test_keeper_parks_off_screen_and_returns(qtbot, window) -> None:
    keeper = FullscreenKeeper(window, 0, windowed=False)
    qtbot.waitExposed(window)
    screen = QGuiApplication.screens()[0]
    # Another screen going away changes nothing.
    keeper._on_screen_removed({"name": "HDMI-9", "model": "Other", "serial": "1"})
    assert not keeper.parked
    # The projector is unplugged: the window stays alive, off every screen.
    keeper._on_screen_removed(screen)
    QCoreApplication.processEvents()  # and the park again it queued for after Qt moved the window
    assert keeper.parked
    assert window.isVisible()
    assert not any(s.geometry().intersects(window.geometry()) for s in QGuiApplication.screens())
    # It comes back: full screen on the same screen again.
    keeper._on_screen_added(screen)
    qtbot.waitUntil(lambda: window.geometry() == screen.geometry())
    assert not keeper.parked
    assert window.screen().name() == screen.name()


def test_unknown_screen_falls_back_to_primary(qtbot, window) -> None:
    keeper = FullscreenKeeper(window, 7, windowed=True)
    qtbot.waitExposed(window)
    assert keeper.key == screen_key(QGuiApplication.primaryScreen())


def test_hold_awake_leaves_an_x_display_alone_when_not_shown_on_it(qapp, xserver, monkeypatch,
                                                                   capfd) -> None:
    """Here Qt draws offscreen: even with a live X display named, holding the screen awake must
    not switch that display's saver off with xset nor keep poking it (it is not our screen)."""
    assert QGuiApplication.platformName() == "offscreen"
    monkeypatch.setenv("DISPLAY", xserver.display)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    awake = hold_awake()
    assert awake.methods == []
    awake.poke()
    awake.release()
    awake.release()  # twice is harmless
    assert "screensaver" not in capfd.readouterr().err  # no best-effort failure was reported


def test_keeper_lives_with_its_window_without_a_reference(qtbot, window) -> None:
    import gc

    FullscreenKeeper(window, 0)
    gc.collect()
    keeper = window.findChild(FullscreenKeeper)
    assert keeper is not None
    QGuiApplication.instance().screenRemoved.emit(QGuiApplication.screens()[0])
    assert keeper.parked


@pytest.mark.e2e
def test_hold_awake_on_a_real_x_server(xserver) -> None:
    import subprocess
    import sys

    code = ("from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]);"
            "from kiosk.ui.display import hold_awake; a = hold_awake(); print(','.join(a.methods));"
            "a.poke(); a.release()")
    out = subprocess.run([sys.executable, "-c", code], env=xserver.env, capture_output=True,
                         text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert "reset" in out.stdout.split(",") or "reset" in out.stdout
