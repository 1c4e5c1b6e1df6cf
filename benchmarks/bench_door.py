"""Door speed: scan decisions with 100,000 guests, `scan -` throughput, scan-to-verdict-painted
latency in the door window, its CPU and memory at rest, and writing 800 and 10,000 tickets with
their PDF. The window is measured as a user starts it (Xvfb, no renderer chosen: the kiosk
chooses) and with Qt's software renderer forced; each row names the renderer that really ran."""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import started  # noqa: E402 - benchmarks/started.py

ROOT = Path(__file__).resolve().parent.parent
GUESTS = 100_000
IDLE_SECONDS = 10.0
IDLE_BUDGET = 5.0  # % of one core, waiting for a scan


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def build(path: Path, guests: int) -> Path:
    """An event with ``guests`` guests on two lists (written directly: the import is not measured)."""
    from kiosk.core.clock import SYSTEM, iso
    from kiosk.core.csvfile import fold
    from kiosk.core.db import write
    from kiosk.core.event import InitRequest, init_event
    from kiosk.core.importers.guests import ensure_list

    db = init_event(InitRequest(path=path, name="Bench Gala", force=True))
    now = iso(SYSTEM.now())
    rng = random.Random(1)
    with write(db):
        ceremony = ensure_list(db, "Awards ceremony")
        party = ensure_list(db, "Anniversary party")
        rows = []
        for i in range(1, guests + 1):
            first, last = f"Guest{i}", f"Name{rng.randrange(10**6)}"
            rows.append((i, f"g{i}", first, last, "Club", "VIP" if i % 50 == 0 else "guest",
                         str(i % 90), "", "", 1 + (i % 13 == 0), fold(f"{first} {last} Club"), now))
        db.conn.executemany(
            "INSERT INTO guests(id, external_id, first_name, last_name, organisation, category,"
            " table_name, notes, email, party_size, search_key, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        db.conn.executemany("INSERT INTO guest_lists(guest_id, list_id) VALUES (?, ?)",
                            [(i, party) for i in range(1, guests + 1)] +
                            [(i, ceremony) for i in range(1, guests + 1, 2)])
    db.close()
    return path


def _payloads(path: Path, ids: list[int]) -> list[str]:
    from kiosk.core.db import open_db
    from kiosk.core.tickets import Signer, ensure_issued

    db = open_db(path)
    try:
        ensure_issued(db)
        signer = Signer(db, path)
        return [signer.payload(i, 1) for i in ids]
    finally:
        db.close()


def bench_decisions(path: Path) -> list[dict]:
    from kiosk.core.checkin import Door
    from kiosk.core.db import open_db

    rng = random.Random(2)
    ids = rng.sample(range(1, GUESTS + 1), 3000)
    codes = _payloads(path, ids)
    codes += codes[:500]  # duplicates too
    rng.shuffle(codes)
    db = open_db(path)
    try:
        door = Door(db, list_name="Anniversary party", door="bench")
        for code in codes[:50]:
            door.scan(code)
        times, cpu = [], []
        for code in codes[50:]:
            t0, c0 = time.perf_counter(), time.thread_time()
            door.scan(code)
            cpu.append((time.thread_time() - c0) * 1000)
            times.append((time.perf_counter() - t0) * 1000)
            door.checkpoint(every=500)  # between scans, as `scan -` and the window do
    finally:
        db.close()
    p99 = _p(times, 0.99)
    load = os.getloadavg()[0]
    return [
        {"name": "door: scan decision p99 (100k guests)", "value": p99, "unit": "ms",
         "target": "< 2 ms", "ok": p99 < 2,
         "note": f"median {statistics.median(times):.2f} ms, CPU p99 {_p(cpu, 0.99):.2f} ms, "
                 f"{len(times)} scans (parse, verify, look up, commit); load {load:.1f}"},
    ]


def bench_stream(path: Path) -> list[dict]:
    rng = random.Random(3)
    ids = rng.sample(range(1, GUESTS + 1), 5000)
    codes = _payloads(path, ids)
    text = "\n".join(codes) + "\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--db", str(path), "scan", "-",
                             "--door", "stream"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env, bufsize=1)
    assert proc.stdin and proc.stdout
    import threading

    def feed() -> None:  # a writer thread: the pipes would fill both ways otherwise
        proc.stdin.write(text)
        proc.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    first = proc.stdout.readline()
    t0 = time.perf_counter()
    count = 1 if first else 0
    for _line in proc.stdout:
        count += 1
    elapsed = time.perf_counter() - t0
    proc.wait(60)
    rate = (count - 1) / elapsed if elapsed > 0 else 0.0
    return [{"name": "door: `scan -` throughput (100k guests)", "value": rate, "unit": "scans/s",
             "target": "> 1,000/s", "ok": rate > 1000,
             "note": f"{count} lines, each committed then flushed (process start excluded)"}]


def verdict_latency(path: Path) -> tuple[list[float], str]:
    """Enter of a synthesised scanner burst -> the door window's next frame swapped (in this
    process: run it in one of its own, see bench_verdict_latency)."""
    os.environ["KIOSK_MUTE"] = "1"
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent

    from kiosk.core.checkin import Door
    from kiosk.core.db import open_db
    from kiosk.ui.app import create_app
    from kiosk.ui.door.main import DoorWindow

    rng = random.Random(4)
    codes = _payloads(path, rng.sample(range(1, GUESTS + 1), 260))
    app = create_app(None, "door")
    db = open_db(path)
    door = DoorWindow(db, Door(db, door="latency"))
    window = door.window
    window.resize(1920, 1080)
    window.show()
    swapped = []
    window.frameSwapped.connect(lambda: swapped.append(time.perf_counter()))
    for _ in range(30):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    times = []

    def key(text: str, code: int) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))

    for index, code in enumerate(codes):
        # let the side panel's refresh and the previous verdict's frames settle first
        deadline = time.perf_counter() + 0.12
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        for ch in code:
            key(ch, ord(ch))
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        swapped.clear()
        t0 = time.perf_counter()
        key("\r", Qt.Key.Key_Return)
        deadline = t0 + 1.0
        while not swapped and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
        if swapped and index >= 10:
            times.append((swapped[0] - t0) * 1000)
    where = f"{app.platformName()}/{started.api_name(window)}"
    door.shutdown()
    db.close()
    return times, where


def bench_verdict_latency(path: Path, server=None) -> list[dict]:  # noqa: ANN001 - an XServer
    """Enter -> verdict painted, as a user starts the window (on SERVER) and software forced."""
    rows = []
    for mode, env in started.latency_modes(server).items():
        idle = started.settle()  # the 100,000 guests just written, back on disk first
        found = started.in_child(__file__, "--verdict-latency", path, env)
        times = found["times"]
        p99 = _p(times, 0.99) if times else float("nan")
        rows.append({"name": f"door: Enter -> verdict painted p99, {mode}", "value": p99,
                     "unit": "ms", "target": "< 16 ms", "ok": bool(times) and p99 < 16,
                     "note": f"median {statistics.median(times):.1f} ms, {len(times)} scans, "
                             f"1920x1080, {found['where']}; load {os.getloadavg()[0]:.1f}"
                             + started.idle_note(idle)})
    return rows


def bench_idle(path: Path, server) -> list[dict]:  # noqa: ANN001 - an XServer
    """The door window waiting for a scan: CPU and memory."""
    return started.idle_rows("door (waiting)", {
        mode: started.idle(started.window_env(server, mode), ["--db", str(path), "checkin"],
                           "Kiosk Door", settle_s=3, seconds=IDLE_SECONDS)
        for mode in started.MODES}, IDLE_BUDGET)


def bench_tickets(count: int, target_s: float) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp) / "tickets.db", count)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        t0 = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "kiosk", "--db", str(path), "tickets",
                                 "--out", str(Path(tmp) / "png"), "--pdf", str(Path(tmp) / "t.pdf")],
                                capture_output=True, text=True, env=env, timeout=600)
        elapsed = time.perf_counter() - t0
        ok = result.returncode == 0 and len(list((Path(tmp) / "png").glob("*.png"))) == count
    return [{"name": f"door: {count:,} tickets (PNG each + PDF)", "value": elapsed, "unit": "s",
             "target": f"< {target_s:g} s", "ok": ok and elapsed < target_s,
             "note": "whole command: signing, QR, PNG cards on 2 worker processes, A4 PDF; "
                     f"load {os.getloadavg()[0]:.1f}" if ok else f"failed: {result.stderr[-300:]}"}]


def run() -> list[dict]:
    rows: list[dict] = []
    server = started.x_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = build(Path(tmp) / "bench.db", GUESTS)
            rows += bench_decisions(path)
            rows += bench_stream(path)
            rows += bench_verdict_latency(path, server)
            if server is not None:
                rows += bench_idle(path, server)
    finally:
        if server is not None:
            server.close()
    rows += bench_tickets(800, 10)
    rows += bench_tickets(10_000, 120)
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--verdict-latency"]:  # the child of bench_verdict_latency
        times, where = verdict_latency(Path(sys.argv[2]))
        print(json.dumps({"times": times, "where": where}))
        sys.exit(0)
    only = sys.argv[1:] or ["decisions", "stream", "latency", "idle", "tickets"]
    server = started.x_server() if {"latency", "idle"} & set(only) else None
    with tempfile.TemporaryDirectory() as tmp:
        db_path = build(Path(tmp) / "bench.db", GUESTS) if set(only) - {"tickets"} else None
        for name, fn in (("decisions", bench_decisions), ("stream", bench_stream)):
            if name in only:
                for row in fn(db_path):
                    print(row, flush=True)
        if "latency" in only:
            for row in bench_verdict_latency(db_path, server):
                print(row, flush=True)
        if "idle" in only and server is not None:
            for row in bench_idle(db_path, server):
                print(row, flush=True)
    if server is not None:
        server.close()
    if "tickets" in only:
        for row in bench_tickets(800, 10) + bench_tickets(10_000, 120):
            print(row, flush=True)
