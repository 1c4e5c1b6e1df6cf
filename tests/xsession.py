"""End-to-end support: a real X server (Xvfb), real kiosk processes, xdotool keys, screenshots."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCREENSHOTS = Path(os.environ.get("KIOSK_SCREENSHOTS", Path(__file__).resolve().parent.parent / "out" / "screenshots"))


def have_x_tools() -> bool:
    return all(shutil.which(tool) for tool in ("Xvfb", "xdotool"))


class XServer:
    def __init__(self, size: str = "1920x1080x24", screens: int = 1) -> None:
        read, write = os.pipe()
        args = ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-noreset"]
        for index in range(screens):
            args += ["-screen", str(index), size]
        self.proc = subprocess.Popen(args, pass_fds=(write,), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(write)
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read, 16)
            if not chunk:
                break
            number += chunk
        os.close(read)
        self.display = ":" + number.decode().strip()

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env["DISPLAY"] = self.display
        env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def xdotool(self, *args: str) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20)
        return out.stdout

    def key(self, *keys: str, delay_ms: int = 30) -> None:
        self.xdotool("key", "--delay", str(delay_ms), *keys)

    def type(self, text: str, delay_ms: int = 5) -> None:
        self.xdotool("type", "--delay", str(delay_ms), text)

    def wait_window(self, name: str, timeout: float = 20) -> str:
        """The id of a visible window whose title contains ``name``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", name).split()
            if found:
                return found[-1]
            time.sleep(0.1)
        raise TimeoutError(f"no window named {name!r} on {self.display}")

    def focus(self, window: str) -> None:
        self.xdotool("windowactivate", "--sync", window)
        self.xdotool("windowfocus", "--sync", window)

    def screenshot(self, name: str) -> Path:
        """The whole X screen as a PNG, via Qt (no ImageMagick needed)."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        code = (
            "import sys;from PySide6.QtGui import QGuiApplication;"
            "app=QGuiApplication([]);s=app.primaryScreen();"
            "ok=s.grabWindow(0).save(sys.argv[1]);sys.exit(0 if ok else 1)"
        )
        subprocess.run([sys.executable, "-c", code, str(path)], env=self.env, check=True, timeout=30)
        return path

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def wait_first_frame(proc: subprocess.Popen, timeout: float = 30) -> None:
    """Until a window process started with KIOSK_FIRST_FRAME=1 reports its first frame shown."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else ""
    assert line.startswith("first-frame"), (
        f"no first frame within {timeout:g} s: {line!r} (exit {proc.poll()})")


@contextmanager
def kiosk_process(xserver: XServer, *args: str, env: dict | None = None) -> Iterator[subprocess.Popen]:
    """A real kiosk process on the X server; killed at the end whatever happens."""
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", *args], env={**xserver.env, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
