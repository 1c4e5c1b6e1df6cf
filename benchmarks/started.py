"""Windows as a user starts them, for the benchmarks: on a real X server (Xvfb), with no renderer
chosen for them (the kiosk chooses: kiosk/ui/renderer.py), next to Qt's software renderer forced.

`idle()` starts a real kiosk window process and measures what it costs at rest: CPU (its
process group: the slideshow's photo decoder counts) and resident memory. The renderer that
really ran is read from Qt's own report (QSG_INFO), never assumed.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from xsession import XServer, have_x_tools  # noqa: E402 - the end-to-end tests' X server

from kiosk.ui.renderer import OPERATOR_VARIABLES  # noqa: E402

AS_STARTED = "as started"
SOFTWARE = "software forced"
MODES = (AS_STARTED, SOFTWARE)
QUICK = os.environ.get("KIOSK_BENCH_QUICK") == "1"  # benchmarks/run.py --quick
PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


def x_server() -> XServer | None:
    return XServer() if have_x_tools() else None


def window_env(server: XServer | None, mode: str) -> dict[str, str]:
    """A window's environment: `as started` is a user's (Xvfb, nothing chosen); `software
    forced` sets Qt's software renderer (offscreen where there is no X server)."""
    env = dict(server.env) if server is not None else {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in OPERATOR_VARIABLES:
        env.pop(name, None)
    if mode == SOFTWARE:
        env["QT_QUICK_BACKEND"] = "software"
    env["PYTHONPATH"] = str(ROOT)
    return env


def latency_modes(server: XServer | None) -> dict[str, dict[str, str]]:
    """Where latencies are measured: as started (on SERVER, when there is one), and software
    forced offscreen (the conditions these rows always had)."""
    modes = {SOFTWARE: window_env(None, SOFTWARE)}
    if server is not None:
        modes = {AS_STARTED: window_env(server, AS_STARTED), **modes}
    return modes


def in_child(script: str, option: str, db_path: Path, env: dict[str, str]) -> dict:
    """Run `SCRIPT OPTION DB_PATH` in a process of its own; the JSON line it prints."""
    done = subprocess.run([sys.executable, script, option, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{Path(script).name} {option} failed: {done.stderr[-1500:]}")
    return json.loads(lines[-1])


def api_name(window) -> str:  # noqa: ANN001 - a QQuickWindow
    """The scene graph a window really draws with, as Qt says."""
    from PySide6.QtQuick import QSGRendererInterface

    api = window.rendererInterface().graphicsApi()
    return "software" if api == QSGRendererInterface.GraphicsApi.Software else api.name


def renderer_in_log(log: str) -> str:
    """The renderer named in Qt Quick's QSG_INFO report."""
    if "Loading backend software" in log:
        return "software"
    found = re.search(r"Creating QRhi with backend (\w+)", log)
    if not found:
        return "unknown"
    gl = re.search(r"RENDERER: ([^(\n]+)", log)
    return f"{found.group(1)} on {gl.group(1).strip()}" if gl else found.group(1)


def _group(leader: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == leader:
                    pids.append(int(entry.name))
            except OSError:
                pass
    return pids


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def _rss_mb(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 2**20
    except OSError:
        return 0.0


@dataclass
class Idle:
    cpu_percent: float  # of one core, the whole process group
    rss_mb: float  # the window process
    group_rss_mb: float  # with its helpers (the slideshow's decoder)
    renderer: str
    platform: str
    seconds: float
    load: float

    def where(self) -> str:
        return f"{self.platform}/{self.renderer}"


def idle(env: dict[str, str], args: list[str], title: str, settle_s: float,
         seconds: float) -> Idle:
    """Start `kiosk ARGS` as a process, wait for its window named TITLE and SETTLE_S more,
    then measure it at rest for SECONDS."""
    env = {**env, "QSG_INFO": "1"}  # Qt names the renderer it loads (stderr)
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        try:
            _wait_window(env, title, proc)
            time.sleep(settle_s)
            pids = _group(proc.pid)
            before = sum(_cpu_s(p) for p in pids)
            started = time.perf_counter()
            time.sleep(seconds)
            pids = [p for p in pids if Path(f"/proc/{p}").exists()]
            used = sum(_cpu_s(p) for p in pids) - before
            elapsed = time.perf_counter() - started
            rss = _rss_mb(proc.pid)
            group = sum(_rss_mb(p) for p in _group(proc.pid))
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
        log.seek(0)
        text = log.read()
    if proc.returncode not in (0, -signal.SIGTERM):
        raise RuntimeError(f"kiosk {' '.join(args)} exited with {proc.returncode}: {text[-800:]}")
    return Idle(cpu_percent=100 * used / elapsed, rss_mb=rss, group_rss_mb=group,
                renderer=renderer_in_log(text), platform=env.get("QT_QPA_PLATFORM", "default"),
                seconds=elapsed, load=os.getloadavg()[0])


def _wait_window(env: dict[str, str], title: str, proc: subprocess.Popen,
                 timeout: float = 60) -> None:
    if env.get("QT_QPA_PLATFORM") != "xcb":
        time.sleep(5)  # offscreen: no window to see; give it the time a start takes
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the window process exited with {proc.returncode}")
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], env=env,
                               capture_output=True, text=True, timeout=20).stdout.split()
        if found:
            return
        time.sleep(0.1)
    raise TimeoutError(f"no window named {title!r}")


def idle_rows(name: str, measured: dict[str, Idle], budget: float | None) -> list[dict]:
    """One CPU row and one memory row per mode."""
    rows = []
    for mode, found in measured.items():
        rows.append({"name": f"{name}: idle CPU, {mode}", "value": round(found.cpu_percent, 1),
                     "unit": "% core",
                     "target": f"≤ {budget:g} %" if budget is not None else "(report)",
                     "ok": found.cpu_percent <= budget if budget is not None else None,
                     "note": f"{found.where()}; averaged over {found.seconds:.0f} s; "
                             f"load {found.load:.1f} on {os.cpu_count()} CPUs"})
        rows.append({"name": f"{name}: resident memory, {mode}", "value": round(found.rss_mb),
                     "unit": "MB", "target": "(report)", "ok": None,
                     "note": f"{found.where()}; with its helper processes "
                             f"{found.group_rss_mb:.0f} MB"})
    return rows


def cpu_times() -> list[int] | None:
    """The machine's CPU time so far per state, in clock ticks (/proc/stat: user, nice,
    system, idle, iowait, irq, softirq, steal...); None where the system does not say."""
    try:
        with open("/proc/stat") as handle:
            return [int(v) for v in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None


def steal_ms(before: list[int] | None) -> float | None:
    """Milliseconds of CPU time the host took from this virtual machine since ``before``
    (:func:`cpu_times`), all cores together."""
    now = cpu_times()
    if before is None or now is None or min(len(before), len(now)) < 8:
        return None
    return (now[7] - before[7]) * 1000 / TICK


def _monitor_threads() -> list[int]:
    """The kernel's memory-monitor threads (DAMON's ``kdamond``), which a virtual machine's
    host may switch on (this machine kind does). It takes a core for 1-8 ms every half second,
    25 ms seen once in 20 s, and a kernel built without preemption (PREEMPT_NONE, as here) lets
    a task woken on that core wait until it is done: a stall no program can avoid."""
    pids = []
    for pid in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/comm") as handle:
                    if handle.read().startswith("kdamond"):
                        pids.append(int(pid))
            except OSError:
                continue
    return pids


def monitor_times() -> dict[int, tuple[int, int]]:
    """Nanoseconds on a core and stretches on a core so far, per memory-monitor thread."""
    times = {}
    for pid in _monitor_threads():
        try:
            with open(f"/proc/{pid}/schedstat") as handle:
                ran, _waited, slices = handle.read().split()[:3]
        except (OSError, ValueError):
            continue
        times[pid] = (int(ran), int(slices))
    return times


def monitor_since(before: dict[int, tuple[int, int]]) -> str:
    """What the kernel's memory monitor took from the cores since ``before``
    (:func:`monitor_times`), as a note's clause; "" on a machine without one."""
    now = monitor_times()
    ran = sum(now[pid][0] - before[pid][0] for pid in now if pid in before)
    slices = sum(now[pid][1] - before[pid][1] for pid in now if pid in before)
    if not slices:
        return ""
    return (f"; the kernel's memory monitor (kdamond) held a core {ran / 1e6:.0f} ms in "
            f"{slices} stretches meanwhile ({ran / 1e6 / slices:.1f} ms each on average; this "
            "kernel does not preempt kernel work: a thread woken on that core waits)")


def _idle_share(seconds: float = 1.0) -> float:
    """The share of CPU time the machine spent idle over the next ``seconds``."""
    before = cpu_times() or [0] * 5
    time.sleep(seconds)
    after = cpu_times() or [0] * 5
    idle = after[3] + after[4] - before[3] - before[4]
    return idle / max(1, sum(after) - sum(before))


def idle_note(share: float | None, sep: str = ", ") -> str:
    """A note's clause for :func:`settle`'s answer ("" where the system did not say)."""
    return "" if share is None else f"{sep}CPU {share:.0%} idle when it started"


def settle(limit_s: float = 30.0) -> float | None:
    """Let the machine finish what the previous benchmark left (the 10,000 tickets' files being
    written back to disk by the kernel, their workers exiting) before timing a latency: the
    share of CPU idle when it did (None where the system does not say)."""
    if not os.path.exists("/proc/stat"):
        return None
    os.sync()
    deadline = time.monotonic() + limit_s
    share = _idle_share()
    while share < 0.9 and time.monotonic() < deadline:
        share = _idle_share()
    return share
