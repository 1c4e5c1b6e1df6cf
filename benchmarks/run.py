#!/usr/bin/env python3
"""The one benchmark runner: every benchmarks/bench_*.py, one table, out/benchmarks.json.

    python benchmarks/run.py                 all of them (make bench)
    python benchmarks/run.py --only import   the rows whose module or name contains "import"
    python benchmarks/run.py --quick         shorter windows of measure where a module has them

Windows are measured as a user starts them (on Xvfb, no renderer chosen: the kiosk chooses)
next to rows with Qt's software renderer forced; each row names the renderer that really ran.

Each module exposes ``run() -> list[dict]`` with rows
``{"name", "value", "unit", "target", "ok": bool | None, "note"}``. Each runs in its own
process (a fresh interpreter, its own Qt application) with a time limit, so that one broken
or hung benchmark shows up as a failed row instead of stopping the table.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "out" / "benchmarks.json"
COLUMNS = ("name", "value", "unit", "target", "ok", "note")


def discover(only: str | None = None) -> list[Path]:
    modules = sorted(HERE.glob("bench_*.py"))
    if only:
        # A filter that names a module runs all of it; otherwise rows are filtered after.
        named = [m for m in modules if only.lower() in m.stem.lower()]
        return named or modules
    return modules


def load(path: Path):  # noqa: ANN201 - a module
    spec = importlib.util.spec_from_file_location(f"benchmarks.{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def run_module(path: Path) -> list[dict]:
    """In this process: import the module and call run()."""
    return load(path).run()


def run_isolated(path: Path, timeout: float) -> list[dict]:
    """In a child process with a time limit; a crash or hang becomes a failed row."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--module",
                                 str(path), "--json", str(out)], start_new_session=True)
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return [_failed(path, f"timed out after {timeout:.0f} s")]
        if code != 0 or not out.exists():
            return [_failed(path, f"exited with status {code}")]
        return json.loads(out.read_text("utf-8"))


def _failed(path: Path, why: str) -> dict:
    return {"name": path.stem, "value": "", "unit": "", "target": "", "ok": False,
            "note": f"failed: {why}"[:160]}


def _value(value: object) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        if value >= 10:
            return f"{value:.1f}"
        return f"{value:.3g}" if value < 1 else f"{value:.2f}"
    return str(value)


def _ok(ok: object) -> str:
    return {True: "✓", False: "✗"}.get(ok, "–")  # type: ignore[arg-type]


def table(rows: list[dict]) -> str:
    cells = [[str(r.get("name", "")), _value(r.get("value", "")), str(r.get("unit", "")),
              str(r.get("target", "")), _ok(r.get("ok")), str(r.get("note", ""))] for r in rows]
    header = ["benchmark", "value", "unit", "target", "ok", "note"]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h)
              for i, h in enumerate(header)]
    right = {1}

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if i in right else v.ljust(w)
                         for i, (v, w) in enumerate(zip(values, widths, strict=True))).rstrip()

    rule = "  ".join("─" * w for w in widths)
    return "\n".join([line(header), rule, *(line(c) for c in cells)])


def machine_speed(runs: int = 5) -> list[float]:
    """Milliseconds of a fixed piece of Python work (three million additions), ``runs`` times:
    how fast this machine is right now. A virtual machine's speed changes with its host's
    load (a run of this table has seen it 40 % slower than an hour before), and every figure
    above moves with it."""
    times = []
    for _ in range(runs):
        began, total = time.perf_counter(), 0
        for number in range(3_000_000):
            total += number
        times.append((time.perf_counter() - began) * 1000)
    return times


def _speed_row(when: str, times: list[float]) -> dict:
    ordered = sorted(times)
    return {"name": f"machine: fixed Python work, {when}", "value": round(ordered[len(ordered) // 2], 1),
            "unit": "ms", "target": "", "ok": None, "module": "machine",
            "note": "three million additions, median of 5 (" + ", ".join(f"{t:.0f}" for t in times)
                    + " ms): the lower, the faster the machine was; compare the runs' figures by it"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", metavar="NAME", help="run only benchmarks whose module or row "
                        "name contains NAME")
    parser.add_argument("--json", type=Path, default=OUT, help=f"where to write the rows ({OUT})")
    parser.add_argument("--timeout", type=float, default=600,
                        help="seconds one benchmark module may take (default 600)")
    parser.add_argument("--quick", action="store_true",
                        help="measure running costs over 15 s instead of a minute")
    parser.add_argument("--module", type=Path, help=argparse.SUPPRESS)  # child mode
    args = parser.parse_args(argv)
    # In-process Qt benchmarks draw offscreen; no renderer is chosen here (see started.py).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.quick:
        os.environ["KIOSK_BENCH_QUICK"] = "1"
    sys.path.insert(0, str(ROOT))
    if args.module:
        try:
            found = run_module(args.module)
        except Exception as error:  # noqa: BLE001 - reported as a failed row
            traceback.print_exc()
            found = [_failed(args.module, f"{type(error).__name__}: {error}")]
        args.json.write_text(json.dumps(found, ensure_ascii=False, default=str), "utf-8")
        return 0
    rows: list[dict] = []
    started = time.perf_counter()
    speed_before = machine_speed()
    for path in discover(args.only):
        print(f"… {path.stem}", file=sys.stderr, flush=True)
        found = run_isolated(path, args.timeout)
        for row in found:
            row.setdefault("module", path.stem)
            rows.append({k: row.get(k, "") for k in (*COLUMNS, "module")})
    if args.only:
        kept = [r for r in rows if args.only.lower() in (r["name"] + r["module"]).lower()]
        rows = kept or rows
    rows += [_speed_row("before", speed_before), _speed_row("after", machine_speed())]
    print(table(rows))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "seconds": round(time.perf_counter() - started, 1),
        "rows": rows,
    }, ensure_ascii=False, indent=1), "utf-8")
    print(f"\n{len(rows)} rows in {time.perf_counter() - started:.0f} s → "
          f"{args.json.relative_to(ROOT) if args.json.is_relative_to(ROOT) else args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
