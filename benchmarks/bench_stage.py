"""Stage speed: clicker key press to the next cue's first frame, and cold start to first frame.

Run through benchmarks/run.py, or alone: `.venv/bin/python benchmarks/bench_stage.py`.
Without a display it renders offscreen with Qt's software renderer (a projector machine
renders with its GPU, which is faster); the renderer used is named in each row's note.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KEY_PRESSES = 120
COLD_STARTS = 5
KEY_TARGET_MS = 16.0
COLD_TARGET_S = 1.5


def _env() -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _demo(folder: Path) -> Path:
    from kiosk.demo.build import build_demo

    path = folder / "bench-demo.db"
    build_demo(path)
    return path


def _key_to_frame(db_path: Path) -> tuple[list[float], list[float], str]:
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtQuick import QSGRendererInterface

    from kiosk.core import show
    from kiosk.core.db import open_db, write
    from kiosk.core.show import settings
    from kiosk.ui.app import create_app
    from kiosk.ui.stage.window import StageWindow

    app = create_app(None, "stage")
    db = open_db(db_path)
    with write(db):
        settings.put(db, "stage.guard_ms", "0")  # walk every cue, reveals included
    show.move(db, "reset")
    stage = StageWindow(db)
    window = stage.window
    window.resize(1920, 1080)
    window.show()
    gc.collect()
    gc.freeze()  # as `kiosk stage` does once its window is built
    frames: list[float] = []
    window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait(500)
    total: list[float] = []
    handled: list[float] = []
    count = stage.controller.count
    for press in range(KEY_PRESSES):
        forward = (press // (count - 1)) % 2 == 0
        key = Qt.Key.Key_PageDown if forward else Qt.Key.Key_PageUp
        frames.clear()
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        started = time.perf_counter()
        QCoreApplication.sendEvent(window, event)
        handled.append((time.perf_counter() - started) * 1000)
        deadline = time.perf_counter() + 2
        while not frames and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if frames:
            total.append((frames[0] - started) * 1000)
        wait(30)
    api = window.rendererInterface().graphicsApi()
    renderer = "software" if api == QSGRendererInterface.GraphicsApi.Software else api.name
    platform = app.platformName()
    stage.close()
    db.close()
    return total, handled, f"{platform}/{renderer}"


def _cold_start(db_path: Path) -> tuple[list[float], str]:
    env = {**os.environ, "KIOSK_FIRST_FRAME": "exit"}
    args = [sys.executable, "-m", "kiosk", "--db", str(db_path), "stage"]
    if env.get("QT_QPA_PLATFORM") == "offscreen":
        args.append("--windowed")
    times = []
    for _ in range(COLD_STARTS):
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - started
        proc.wait(30)
        if line.startswith("first-frame"):
            times.append(elapsed)
    return times, env.get("QT_QPA_PLATFORM", "default")


def run() -> list[dict]:
    _env()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-stage-") as folder:
        db_path = _demo(Path(folder))
        cold, platform = _cold_start(db_path)
        total, handled, renderer = _key_to_frame(db_path)
    rows = []
    if total:
        p99 = _percentile(total, 0.99)
        rows.append({"name": "stage: clicker key → next cue's first frame (p99)",
                     "value": round(p99, 2), "unit": "ms", "target": f"< {KEY_TARGET_MS:g} ms",
                     "ok": p99 < KEY_TARGET_MS,
                     "note": f"{len(total)} presses over every cue kind, {renderer}; "
                             f"p50 {statistics.median(total):.2f} ms, "
                             f"p90 {_percentile(total, 0.9):.2f} ms; load average "
                             f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"})
    rows.append({"name": "stage: key handled (commit + card built), p99",
                 "value": round(_percentile(handled, 0.99), 2), "unit": "ms",
                 "target": "(part of the above)", "ok": None,
                 "note": f"p50 {statistics.median(handled):.2f} ms: db commit + event + card shown "
                         "(+ the frame itself where the software renderer draws it in the call)"})
    if cold:
        worst = max(cold)
        rows.append({"name": "stage: cold start → first frame of the audience view",
                     "value": round(worst, 3), "unit": "s", "target": f"< {COLD_TARGET_S:g} s",
                     "ok": worst < COLD_TARGET_S,
                     "note": f"worst of {len(cold)} process starts ({platform}); "
                             f"median {statistics.median(cold):.3f} s"})
    else:
        rows.append({"name": "stage: cold start → first frame of the audience view",
                     "value": float("nan"), "unit": "s", "target": f"< {COLD_TARGET_S:g} s",
                     "ok": False, "note": "the stage process did not report a first frame"})
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for row in run():
        print(f"{row['name']:<58} {row['value']:>9} {row['unit']:<3} {row['target']:<20} "
              f"{row['ok']!s:<5} {row['note']}")
