"""Screens: which are attached, keeping a show window full screen on its own screen, staying awake.

A venue screen is recognised by what it is (name, model, serial), not by its index:
indexes shift when a projector is unplugged and plugged back. A show window must
survive that without a dialog and return to the same screen by itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
from typing import Any

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindow

# How often the X screensaver timer is reset while a show runs.
AWAKE_INTERVAL_MS = 30_000
# Where a window waits while its screen is gone: beyond every screen, still alive.
PARK_OFFSET = 20_000


# --------------------------------------------------------------------------- screens


def screen_key(screen: QScreen | dict[str, Any]) -> str:
    """A screen's identity: name, model and serial (stable across unplug/replug, unlike index)."""
    if isinstance(screen, dict):
        parts = (screen.get("name", ""), screen.get("model", ""), screen.get("serial", ""))
    else:
        try:
            parts = (screen.name(), screen.model(), screen.serialNumber())
        except RuntimeError:  # a wrapper PySide has already let go of
            return ""
    return "|".join(p.strip().replace("|", "/") for p in parts)


def _describe(index: int, screen: QScreen, primary: QScreen | None) -> dict[str, Any]:
    geometry = screen.geometry()
    size = screen.size()
    ratio = screen.devicePixelRatio()
    info = {
        "index": index,
        "name": screen.name(),
        "manufacturer": screen.manufacturer(),
        "model": screen.model(),
        "serial": screen.serialNumber(),
        "x": geometry.x(),
        "y": geometry.y(),
        "width": geometry.width(),
        "height": geometry.height(),
        "resolution": f"{round(size.width() * ratio)}×{round(size.height() * ratio)}",
        "refresh_rate": round(screen.refreshRate(), 2),
        "primary": screen is primary or screen == primary,
    }
    info["key"] = screen_key(info)
    return info


def list_screens() -> list[dict[str, Any]]:
    """The attached screens, in Qt's order (the index `--screen N` uses)."""
    primary = QGuiApplication.primaryScreen()
    return [_describe(i, s, primary) for i, s in enumerate(QGuiApplication.screens())]


def find_screen(index_or_key: int | str | None) -> QScreen | None:
    """A screen by index (int or digits) or by key; None when it is not attached."""
    screens = QGuiApplication.screens()
    if index_or_key is None:
        return QGuiApplication.primaryScreen()
    if isinstance(index_or_key, str) and index_or_key.strip().lstrip("-").isdigit():
        index_or_key = int(index_or_key)
    if isinstance(index_or_key, int):
        return screens[index_or_key] if 0 <= index_or_key < len(screens) else None
    for screen in screens:
        if screen_key(screen) == index_or_key:
            return screen
    # A key whose name alone matches (e.g. the model/serial could not be read this time).
    name = index_or_key.split("|", 1)[0]
    matches = [s for s in screens if s.name() == name]
    return matches[0] if len(matches) == 1 else None


def _virtual_bounds() -> QRect:
    bounds = QRect()
    for screen in QGuiApplication.screens():
        bounds = bounds.united(screen.geometry())
    return bounds


def _as_window(window: Any) -> QWindow:
    if isinstance(window, QWindow):
        return window
    # A QWidget: its native window exists once created.
    window.winId()
    return window.windowHandle()


class FullscreenKeeper(QObject):
    """Keeps one show window full screen on one screen (by identity), through unplug and replug.

    When its screen disappears the window is parked off every screen (still alive, still
    rendering its state from the database); when a screen with the same key returns it goes
    back full screen there. No dialog is ever shown.
    """

    def __init__(self, window: QWindow, screen: int | str | None = None, windowed: bool = False,
                 size: tuple[int, int] = (1280, 720), hide_cursor: bool | None = None,
                 parent: QObject | None = None) -> None:
        window = _as_window(window)
        # Owned by its window: it goes when the window goes, and so do its timers and slots.
        super().__init__(parent or window)
        self.window = window
        self.windowed = windowed
        self.size = size
        self.parked = False
        self._watched: QScreen | None = None
        target = find_screen(screen)
        if target is None:
            if screen is not None:
                sys.stderr.write(f"kiosk: screen {screen!r} is not attached; using the primary "
                                 "screen\n")
            target = QGuiApplication.primaryScreen()
        self.key = screen_key(target) if target is not None else ""
        self.requested = screen
        if hide_cursor if hide_cursor is not None else not windowed:
            self.window.setCursor(Qt.CursorShape.BlankCursor)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._on_screen_removed)
        app.screenAdded.connect(self._on_screen_added)
        self._place(target)

    # -- placement

    @property
    def screen(self) -> QScreen | None:
        """The screen the window belongs on, if attached."""
        return find_screen(self.key) if self.key else QGuiApplication.primaryScreen()

    def _watch(self, screen: QScreen | None) -> None:
        if self._watched is not None:
            try:
                self._watched.geometryChanged.disconnect(self._on_geometry_changed)
            except (RuntimeError, TypeError):
                pass
        self._watched = screen
        if screen is not None:
            screen.geometryChanged.connect(self._on_geometry_changed)

    def _place(self, target: QScreen | None) -> None:
        try:
            self._place_now(target)
        except RuntimeError:  # the window has gone (closed and deleted): nothing to keep
            pass

    def _place_now(self, target: QScreen | None) -> None:
        window = self.window
        self.parked = False
        if target is None:
            self._park_now()
            return
        window.setScreen(target)
        geometry = target.geometry()
        if self.windowed:
            w = min(self.size[0], geometry.width())
            h = min(self.size[1], geometry.height())
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.resize(w, h)
            window.setPosition(geometry.x() + (geometry.width() - w) // 2,
                               geometry.y() + (geometry.height() - h) // 2)
            window.show()
        else:
            window.setGeometry(geometry)
            window.showFullScreen()
        self._watch(target)

    def _park(self) -> None:
        """Off every screen, but alive: a window that keeps its state until its screen returns."""
        try:
            self._park_now()
        except RuntimeError:  # the window has gone
            pass

    def _park_now(self) -> None:
        self.parked = True
        self._watch(None)
        window = self.window
        bounds = _virtual_bounds()
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.showNormal()
        window.setGeometry(bounds.right() + PARK_OFFSET, bounds.top(),
                           max(window.width(), 320), max(window.height(), 180))

    # -- screen changes (public so that tests and tools can drive them)

    def _on_screen_removed(self, screen: QScreen) -> None:
        if screen_key(screen) != self.key:
            return
        self._park()
        # Qt moves the windows of a removed screen to the primary one after this signal:
        # park again once it has.
        QTimer.singleShot(0, self, self._repark)

    def _repark(self) -> None:
        if self.parked:
            self._park()

    def _on_screen_added(self, screen: QScreen) -> None:
        if screen_key(screen) == self.key:
            # Let the new screen settle (geometry arrives after the signal on some platforms).
            self._place(screen)
            QTimer.singleShot(200, self, self._replace)

    def _replace(self) -> None:
        screen = self.screen
        if screen is not None and not self.parked:
            self._place(screen)

    def _on_geometry_changed(self, _geometry: QRect) -> None:
        if not self.parked and not self.windowed:
            self._place(self.screen)


# --------------------------------------------------------------------------- staying awake


class _X11:
    """Just enough Xlib for XResetScreenSaver, through ctypes (no extra package)."""

    def __init__(self) -> None:
        self.lib = None
        self.display = None
        name = ctypes.util.find_library("X11")
        if not name or not os.environ.get("DISPLAY"):
            return
        try:
            lib = ctypes.CDLL(name)
            lib.XOpenDisplay.restype = ctypes.c_void_p
            lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
            lib.XResetScreenSaver.argtypes = [ctypes.c_void_p]
            lib.XFlush.argtypes = [ctypes.c_void_p]
            lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
            display = lib.XOpenDisplay(None)
        except (OSError, AttributeError):
            return
        if display:
            self.lib, self.display = lib, display

    def reset(self) -> bool:
        if not self.display:
            return False
        self.lib.XResetScreenSaver(self.display)
        self.lib.XFlush(self.display)
        return True

    def close(self) -> None:
        if self.display:
            self.lib.XCloseDisplay(self.display)
            self.display = None


def _run(*args: str) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=3, check=False)
    except (OSError, subprocess.SubprocessError):
        return None


class Awake:
    """Holds off the screensaver and display blanking while a show runs; release() undoes it."""

    def __init__(self, reason: str = "The kiosk is running a show") -> None:
        self.reason = reason
        self.methods: list[str] = []
        self._xset_restore: list[list[str]] = []
        self._cookie: int | None = None
        self._timer: QTimer | None = None
        self._x11: _X11 | None = None
        self._released = False
        try:
            self._start()
        except Exception as error:  # noqa: BLE001 - staying awake is best-effort, never fatal
            sys.stderr.write(f"kiosk: could not hold off the screensaver: {error}\n")

    def _start(self) -> None:
        on_x11 = bool(os.environ.get("DISPLAY")) and QGuiApplication.platformName() in ("xcb", "")
        if on_x11 and shutil.which("xset"):
            self._xset_off()
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self._inhibit()
        if on_x11:
            self._x11 = _X11()
            if self._x11.display or shutil.which("xdg-screensaver"):
                self.methods.append("reset")
                self.poke()
                if QGuiApplication.instance() is not None:
                    self._timer = QTimer()
                    self._timer.setInterval(AWAKE_INTERVAL_MS)
                    self._timer.timeout.connect(self.poke)
                    self._timer.start()

    def _xset_off(self) -> None:
        query = _run("xset", "q")
        if query is None or query.returncode != 0:
            return
        text = query.stdout
        restore: list[list[str]] = []
        for line in text.splitlines():
            parts = line.split()
            if line.strip().startswith("timeout:") and len(parts) >= 4:
                restore.append(["xset", "s", parts[1], parts[3]])
        restore.append(["xset", "s", "blank" if "prefer blanking:  yes" in text else "noblank"])
        restore.append(["xset", "+dpms" if "DPMS is Enabled" in text else "-dpms"])
        done = _run("xset", "s", "off", "-dpms", "s", "noblank")
        if done is not None and done.returncode == 0:
            self._xset_restore = restore
            self.methods.append("xset")

    def _inhibit(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for path in ("/org/freedesktop/ScreenSaver", "/ScreenSaver"):
            iface = QDBusInterface("org.freedesktop.ScreenSaver", path,
                                   "org.freedesktop.ScreenSaver", bus)
            if not iface.isValid():
                continue
            reply = iface.call("Inhibit", "kiosk", self.reason)
            args = reply.arguments()
            if args and isinstance(args[0], int):
                self._cookie = args[0]
                self._dbus_path = path
                self.methods.append("dbus")
                return

    def poke(self) -> None:
        """Reset the X screensaver timer now (called periodically)."""
        try:
            if self._x11 is not None and self._x11.reset():
                return
            if shutil.which("xdg-screensaver"):
                from PySide6.QtCore import QProcess

                QProcess.startDetached("xdg-screensaver", ["reset"])
        except Exception:  # noqa: BLE001 - best-effort
            pass

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        try:
            if self._timer is not None:
                self._timer.stop()
                self._timer = None
            if self._x11 is not None:
                self._x11.close()
            for command in self._xset_restore:
                _run(*command)
            if self._cookie is not None:
                from PySide6.QtDBus import QDBusConnection, QDBusInterface

                iface = QDBusInterface("org.freedesktop.ScreenSaver", self._dbus_path,
                                       "org.freedesktop.ScreenSaver", QDBusConnection.sessionBus())
                iface.call("UnInhibit", self._cookie)
                self._cookie = None
        except Exception:  # noqa: BLE001 - best-effort
            pass


def hold_awake(reason: str = "The kiosk is running a show") -> Awake:
    """Hold off the screensaver and blanking while the show runs (best-effort on every desktop)."""
    return Awake(reason)
