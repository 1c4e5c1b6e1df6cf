"""Foundation figures: opening and migrating a database, a 100,000-guest import, building the
demo, and the control window's cold start to its first frame."""

from __future__ import annotations

import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from started import settle  # noqa: E402 - benchmarks/started.py

FIRST = ["Stéphane", "Léa", "Jürgen", "Zoë", "Mathieu", "Chloé", "Ángel", "Søren", "Giulia",
         "Raphaël", "Anaïs", "Björn", "Marco", "Inès", "Hélène", "João", "Kenji", "Олег", "健",
         "Nicolás", "Émilie", "François", "Maëlle", "Łukasz", "Aurélien", "Sophie", "Thomas"]
LAST = ["Ratel", "Müller", "Lefèvre", "Dupont-Moreau", "García", "Nørgaard", "Rossi", "Weiß",
        "Gonçalves", "佐藤", "Kowalski", "Lambert", "Östberg", "De Smet", "O'Neill", "Nakamura",
        "Chevalier", "Brunner", "Fässler", "Vanthoor", "Mies", "Buhk", "Engel", "Čech"]
ORGS = ["SRO Motorsports Group", "Audi Sport", "Mercedes-AMG", "Lamborghini Squadra Corse",
        "Bentley Boys", "Le Journal de l'Auto", "Pirelli", "Blancpain", "Nürburgring Racing"]
CATEGORIES = ["driver", "team", "press", "VIP", "sponsor", "staff", "guest"]
LISTS = ["Awards ceremony", "Anniversary party", "Awards ceremony|Anniversary party"]


def median_of(runs: int, fn: Callable[[], float]) -> tuple[float, list[float]]:
    times = [fn() for _ in range(runs)]
    return statistics.median(times), times


def row(name: str, value: float, unit: str, target: float | None, note: str = "",
        lower_is_better: bool = True) -> dict:
    ok = None if target is None else (value < target if lower_is_better else value > target)
    return {"name": name, "value": round(value, 4), "unit": unit,
            "target": "" if target is None else f"< {target:g} {unit}", "ok": ok, "note": note}


def write_guests_csv(path: Path, count: int, seed: int = 2017) -> Path:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "first_name", "last_name", "organisation", "category", "table",
                         "notes", "email", "lists", "party_size"])
        for n in range(count):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            writer.writerow([
                f"G{n:06d}", first, last, rng.choice(ORGS), rng.choice(CATEGORIES),
                f"T{rng.randint(1, 90)}", "Accès backstage" if n % 37 == 0 else "",
                f"guest{n}@example.org", rng.choice(LISTS), 2 if n % 11 == 0 else 1])
    return path


def bench_open(tmp: Path) -> list[dict]:
    from kiosk.core.db import open_db

    counter = iter(range(1000))

    def fresh() -> float:
        path = tmp / f"fresh-{next(counter)}.db"
        started = time.perf_counter()
        open_db(path, create=True).close()
        return time.perf_counter() - started

    fresh_s, _ = median_of(7, fresh)
    existing = tmp / "fresh-0.db"

    def again() -> float:
        started = time.perf_counter()
        open_db(existing).close()
        return time.perf_counter() - started

    again_s, _ = median_of(15, again)
    return [row("open db: new file, apply migrations", fresh_s * 1000, "ms", 200, "median of 7"),
            row("open db: already migrated", again_s * 1000, "ms", 20, "median of 15")]


def bench_import(tmp: Path, count: int = 100_000, runs: int = 3) -> list[dict]:
    from kiosk.core.event import InitRequest, init_event
    from kiosk.core.importers import import_guests

    source = write_guests_csv(tmp / "guests-100k.csv", count)
    counter = iter(range(1000))
    rows_seen = []

    def once() -> float:
        db = init_event(InitRequest(path=tmp / f"import-{next(counter)}.db", name="Bench"))
        settle()  # the previous run's file (and the benchmark before) back on disk first
        try:
            started = time.perf_counter()
            result = import_guests(db, source)
            elapsed = time.perf_counter() - started
            rows_seen.append(result.rows)
            return elapsed
        finally:
            db.close()

    seconds, times = median_of(runs, once)
    note = (f"median of {runs} ({', '.join(f'{t:.2f}' for t in times)} s); "
            f"{source.stat().st_size / 1e6:.1f} MB CSV, {rows_seen[0]:,} rows")
    return [row(f"import {count:,} guests from CSV", seconds, "s", 3, note),
            row("import rate", count / seconds, "rows/s", None, "")]


def _kiosk(*args: str, env: dict | None = None, cwd: Path | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=cwd, timeout=timeout)


def bench_demo(tmp: Path) -> tuple[list[dict], Path]:
    def build(path: Path) -> float:
        started = time.perf_counter()
        result = _kiosk("demo", "--build-only", "--db", str(path))
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip()[-300:])
        return elapsed

    cold = [build(tmp / f"demo-cold-{n}" / "demo.db") for n in range(2)]
    warm_path = tmp / "demo-cold-0" / "demo.db"
    warm = [build(warm_path) for _ in range(2)]
    return [
        row("kiosk demo --build-only (cold: draws media)", statistics.median(cold), "s", 5,
            f"subprocess wall time, median of 2 ({', '.join(f'{t:.2f}' for t in cold)} s)"),
        row("kiosk demo --build-only (warm: media drawn)", statistics.median(warm), "s", 5,
            f"subprocess wall time, median of 2 ({', '.join(f'{t:.2f}' for t in warm)} s)"),
    ], warm_path


def bench_control_start(db_path: Path, runs: int = 5) -> list[dict]:
    env = {"QT_QPA_PLATFORM": "offscreen", "KIOSK_FIRST_FRAME_EXIT": "1"}

    def once() -> float:
        started = time.time()
        result = _kiosk("--db", str(db_path), "control", env=env, timeout=60)
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith("first-frame ")), "")
        if not line:
            raise RuntimeError(f"no first frame: {result.stderr.strip()[-300:]}")
        return float(line.split()[1]) - started

    _kiosk("--db", str(db_path), "control", env=env, timeout=60)  # warm the OS file cache
    seconds, times = median_of(runs, once)
    return [row("control window: cold start to first frame", seconds, "s", 1.5,
                f"spawn → first paint, offscreen, median of {runs} "
                f"({', '.join(f'{t:.2f}' for t in times)} s)")]


def run() -> list[dict]:
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    try:
        rows = bench_open(tmp)
        rows += bench_import(tmp)
        demo_rows, demo_db = bench_demo(tmp)
        rows += demo_rows
        rows += bench_control_start(demo_db)
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    for r in run():
        print(r)
