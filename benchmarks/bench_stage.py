"""Stage speed and cost: clicker key press to the next cue's first frame, cold start to first
frame, and CPU and memory at rest on a still card.

Each is measured on the window as a user starts it (on a real X server, Xvfb, with no renderer
chosen: the kiosk chooses) and with Qt's software renderer forced (offscreen for the key and the
cold start, as these rows always were). Each row names the renderer that really ran.
Run through benchmarks/run.py, or alone: `.venv/bin/python benchmarks/bench_stage.py`.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import started  # noqa: E402 - benchmarks/started.py

KEY_PRESSES = 120
COLD_STARTS = 5
KEY_TARGET_MS = 16.0
COLD_TARGET_S = 1.5
IDLE_BUDGET = 5.0  # % of one core on a still card
IDLE_SECONDS = 10.0


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
        pressed = time.perf_counter()
        QCoreApplication.sendEvent(window, event)
        handled.append((time.perf_counter() - pressed) * 1000)
        deadline = time.perf_counter() + 2
        while not frames and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if frames:
            total.append((frames[0] - pressed) * 1000)
        wait(30)
    renderer = started.api_name(window)
    platform = app.platformName()
    stage.close()
    db.close()
    return total, handled, f"{platform}/{renderer}"


def _cold_start(db_path: Path, env: dict[str, str]) -> tuple[list[float], str]:
    env = {**env, "KIOSK_FIRST_FRAME": "exit"}
    args = [sys.executable, "-m", "kiosk", "--db", str(db_path), "stage"]
    if env.get("QT_QPA_PLATFORM") == "offscreen":
        args.append("--windowed")
    times = []
    for _ in range(COLD_STARTS):
        began = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - began
        proc.wait(30)
        if line.startswith("first-frame"):
            times.append(elapsed)
    return times, env.get("QT_QPA_PLATFORM", "default")


def _still_card(db_path: Path) -> int:
    """The first nominees card: at rest, with the envelope's card built ahead, unseen."""
    from kiosk.core import show
    from kiosk.core.db import open_db

    db = open_db(db_path)
    try:
        index = next(c["index"] for c in show.load_cues(db) if c["kind"] == "nominees")
        show.move(db, "goto", index)
    finally:
        db.close()
    return index


def _key_rows(mode: str, total: list[float], handled: list[float], renderer: str) -> list[dict]:
    p99 = _percentile(total, 0.99)
    rows = [{"name": f"stage: clicker key → next cue's first frame (p99), {mode}",
             "value": round(p99, 2), "unit": "ms", "target": f"< {KEY_TARGET_MS:g} ms",
             "ok": p99 < KEY_TARGET_MS,
             "note": f"{len(total)} presses over every cue kind, {renderer}; "
                     f"p50 {statistics.median(total):.2f} ms, "
                     f"p90 {_percentile(total, 0.9):.2f} ms; load average "
                     f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"}]
    if mode == started.SOFTWARE:
        rows.append({"name": "stage: key handled (commit + card built), p99",
                     "value": round(_percentile(handled, 0.99), 2), "unit": "ms",
                     "target": "(part of the above)", "ok": None,
                     "note": f"p50 {statistics.median(handled):.2f} ms: db commit + event + card "
                             "shown (+ the frame itself where the software renderer draws it "
                             "in the call)"})
    return rows


def _cold_row(mode: str, cold: list[float], platform: str) -> dict:
    name = f"stage: cold start → first frame of the audience view, {mode}"
    if not cold:
        return {"name": name, "value": float("nan"), "unit": "s", "target": f"< {COLD_TARGET_S:g} s",
                "ok": False, "note": "the stage process did not report a first frame"}
    worst = max(cold)
    return {"name": name, "value": round(worst, 3), "unit": "s", "target": f"< {COLD_TARGET_S:g} s",
            "ok": worst < COLD_TARGET_S,
            "note": f"worst of {len(cold)} process starts ({platform}); "
                    f"median {statistics.median(cold):.3f} s"}


def run() -> list[dict]:
    server = started.x_server()
    rows: list[dict] = []
    try:
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-stage-") as folder:
            db_path = _demo(Path(folder))
            modes = started.latency_modes(server)
            for mode, env in modes.items():
                found = started.in_child(__file__, "--key-to-frame", db_path, env)
                rows += _key_rows(mode, found["total"], found["handled"], found["renderer"])
            for mode, env in modes.items():
                rows.append(_cold_row(mode, *_cold_start(db_path, env)))
            if server is not None:
                index = _still_card(db_path)
                rows += started.idle_rows("stage (still card)", {
                    mode: started.idle(started.window_env(server, mode),
                                       ["--db", str(db_path), "stage"], "Kiosk Stage audience",
                                       settle_s=4, seconds=IDLE_SECONDS)
                    for mode in started.MODES}, IDLE_BUDGET)
                for row in rows[-4:]:
                    row["note"] += f"; cue {index} (nominees, the envelope built ahead)"
    finally:
        if server is not None:
            server.close()
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if sys.argv[1:2] == ["--key-to-frame"]:
        total, handled, renderer = _key_to_frame(Path(sys.argv[2]))
        print(json.dumps({"total": total, "handled": handled, "renderer": renderer}))
        sys.exit(0)
    for row in run():
        print(f"{row['name']:<58} {row['value']:>9} {row['unit']:<3} {row['target']:<20} "
              f"{row['ok']!s:<5} {row['note']}")
