"""The venue slideshow's running cost: CPU (with its photo decoder) and resident memory of a real
`kiosk slideshow` looping the demo legends at its own pace, averaged over a minute (15 s with
`run.py --quick`), as a user starts it (Xvfb, no renderer chosen: the kiosk chooses) and with
Qt's software renderer forced. Each row names the renderer that really ran.

    python benchmarks/bench_slideshow_idle.py      (or benchmarks/run.py --only slideshow)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import started  # noqa: E402 - benchmarks/started.py

BUDGET = 35.0  # % of one core, averaged over a minute
SECONDS = 15.0 if started.QUICK else 60.0


def run() -> list[dict]:
    server = started.x_server()
    if server is None:
        return [{"name": "slideshow: running CPU", "value": "", "unit": "", "target": "",
                 "ok": None, "note": "skipped: needs Xvfb and xdotool"}]
    from kiosk.demo.build import build_demo

    try:
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-slideshow-idle-") as folder:
            db_path = Path(folder) / "demo.db"
            build_demo(db_path)
            measured = {mode: started.idle(started.window_env(server, mode),
                                           ["--db", str(db_path), "slideshow"], "Kiosk Slideshow",
                                           settle_s=5, seconds=SECONDS)
                        for mode in started.MODES}
    finally:
        server.close()
    rows = started.idle_rows("slideshow (looping)", measured, BUDGET)
    for row in rows:
        row["note"] += "; the demo legends at the slideshow's own pace"
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<46} {row['value']:>7} {row['unit']:<6} {row['target']:<10} "
              f"{row['ok']!s:<5} {row['note']}")
