"""The show's jobs as separate processes: started, watched and stopped from the control window.

Each job runs in its own process and session, so that closing (or losing) the control
window never blanks a projector mid-show. The processes started for an event are noted
in a small file beside its database, so that a restarted control window finds them again.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.core.windows import RunningWindow


@dataclass(frozen=True)
class JobSpec:
    key: str
    title: str
    description: str
    args: tuple[str, ...]
    role: str  # who watches it: "audience" screens get full screen, "staff" may be windowed,
    # a "service" has no window


JOBS: tuple[JobSpec, ...] = (
    JobSpec("stage", QT_TRANSLATE_NOOP("kiosk.control", "Stage"),
            QT_TRANSLATE_NOOP("kiosk.control", "Reveal graphics on the audience projector"),
            ("stage",), "audience"),
    JobSpec("presenter", QT_TRANSLATE_NOOP("kiosk.control", "Presenter view"),
            QT_TRANSLATE_NOOP("kiosk.control", "The MC's monitor: next cue, notes, timer"),
            ("stage", "--presenter"), "staff"),
    JobSpec("door", QT_TRANSLATE_NOOP("kiosk.control", "Door"),
            QT_TRANSLATE_NOOP("kiosk.control", "Check-in station for the door staff"),
            ("checkin",), "staff"),
    JobSpec("slideshow", QT_TRANSLATE_NOOP("kiosk.control", "Slideshow"),
            QT_TRANSLATE_NOOP("kiosk.control", "The slideshow on the venue screens"),
            ("slideshow",), "audience"),
    # A service, no window: the venue hub that joins the door laptops (issue 14).
    JobSpec("hub", QT_TRANSLATE_NOOP("kiosk.control", "Venue hub"),
            QT_TRANSLATE_NOOP("kiosk.control", "Joins the door laptops: one guest list, each ticket admitted once"),
            ("hub",), "service"),
)


@dataclass
class JobState:
    key: str
    pid: int | None = None
    screen: int | None = None
    windowed: bool = False
    started_at: float | None = None
    exit_code: int | None = None
    last_error: str = ""
    proc: subprocess.Popen | None = field(default=None, repr=False)
    log: Path | None = None
    ticks: int | None = None

    @property
    def running(self) -> bool:
        return self.pid is not None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    status = Path(f"/proc/{pid}/stat")
    if status.exists():
        try:
            return status.read_text().rsplit(") ", 1)[1][:1] != "Z"
        except (OSError, IndexError):
            return True
    return True


def _start_ticks(pid: int) -> int | None:
    """When the process started (clock ticks since boot): with the pid, names it for good."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
        return int(fields[19])
    except (OSError, IndexError, ValueError):
        return None


def _is_same_process(pid: int, started: int | None) -> bool:
    """Is this pid still the process we started (not a recycled pid)?"""
    if not _alive(pid):
        return False
    now = _start_ticks(pid)
    return started is None or now is None or now == started


class JobRunner:
    """Starts and stops the jobs for one event database; poll() notices exits."""

    def __init__(self, db_path: Path, lang: str | None = None, python: str | None = None) -> None:
        self.db_path = Path(db_path).resolve()
        self.lang = lang
        self.python = python or sys.executable
        self.specs = {spec.key: spec for spec in JOBS}
        self.states = {spec.key: JobState(spec.key) for spec in JOBS}
        self.runtime_file = self.db_path.with_name(self.db_path.name + ".jobs.json")
        self._adopt()

    def command(self, key: str, screen: int | None, windowed: bool = False) -> list[str]:
        spec = self.specs[key]
        cmd = [self.python, "-m", "kiosk", "--db", str(self.db_path)]
        if self.lang:
            cmd += ["--lang", self.lang]
        cmd += list(spec.args)
        if spec.role == "service":  # no window: no screen to choose
            return cmd
        if screen is not None:
            cmd += ["--screen", str(screen + 1)]  # the command line numbers screens from 1
        if windowed:
            cmd.append("--windowed")
        return cmd

    def start(self, key: str, screen: int | None, windowed: bool = False,
              env: dict[str, str] | None = None) -> JobState:
        state = self.states[key]
        if state.running:
            return state
        log = Path(tempfile.gettempdir()) / f"kiosk-{key}-{os.getpid()}.log"
        with log.open("wb") as handle:
            proc = subprocess.Popen(self.command(key, screen, windowed), stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=handle,
                                    env={**os.environ, **(env or {})}, start_new_session=True)
        state.pid, state.proc, state.log = proc.pid, proc, log
        state.ticks = _start_ticks(proc.pid)
        state.screen, state.windowed = screen, windowed
        state.started_at, state.exit_code, state.last_error = time.time(), None, ""
        self._save()
        return state

    def stop(self, key: str, grace: float = 3.0) -> None:
        state = self.states[key]
        if not state.running:
            return
        pid = state.pid
        self._signal(pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and self._still_running(state):
            time.sleep(0.02)
        if self._still_running(state):
            self._signal(pid, signal.SIGKILL)
            if state.proc is not None:
                state.proc.wait(5)
        self._finish(state, None if state.proc is None else state.proc.returncode, stopped=True)

    def stop_all(self) -> None:
        for key in self.states:
            self.stop(key)

    def poll(self) -> bool:
        """Notice jobs that ended by themselves; True when something changed."""
        changed = False
        for state in self.states.values():
            if state.running and not self._still_running(state):
                code = state.proc.returncode if state.proc is not None else None
                self._finish(state, code, stopped=False)
                changed = True
        return changed

    def adopt(self, running: list[RunningWindow], host: str) -> bool:
        """Take in the windows of this machine that run without this control window having
        started them (from a shell, another control window): shown as running, and Start
        opens no second one. The job keys are the windows' roles. True when one was adopted."""
        changed = False
        for window in running:
            state = self.states.get(window.role)
            if window.host != host or state is None or state.running:
                continue
            state.pid, state.ticks = window.pid, _start_ticks(window.pid)
            state.screen = None if window.screen is None else window.screen - 1
            state.started_at, state.exit_code, state.last_error = time.time(), None, ""
            changed = True
        if changed:
            self._save()
        return changed

    def adopt_hub(self, pid: int | None) -> bool:
        """Take in the venue hub that runs for this event without this window having started it
        (``kiosk hub`` in a terminal; its ``hub.json`` names it): shown as running, Stop stops
        it, Start starts no second one. True when it was adopted."""
        state = self.states["hub"]
        if pid is None or state.running or not _alive(pid):
            return False
        state.pid, state.ticks = pid, _start_ticks(pid)
        state.started_at, state.exit_code, state.last_error = time.time(), None, ""
        self._save()
        return True

    # -- internals

    @staticmethod
    def _signal(pid: int, sig: int) -> None:
        try:
            os.killpg(pid, sig)
        except (ProcessLookupError, PermissionError):
            try:
                os.kill(pid, sig)
            except (ProcessLookupError, PermissionError):
                pass

    @staticmethod
    def _still_running(state: JobState) -> bool:
        if state.proc is not None:
            return state.proc.poll() is None
        return state.pid is not None and _alive(state.pid)

    def _finish(self, state: JobState, code: int | None, stopped: bool) -> None:
        state.exit_code = code
        state.last_error = ""
        if not stopped and code not in (0, None) and state.log is not None:
            try:
                lines = state.log.read_text("utf-8", "replace").strip().splitlines()
            except OSError:
                lines = []
            state.last_error = next((ln for ln in reversed(lines) if ln.strip()), "")
        if state.log is not None:
            state.log.unlink(missing_ok=True)
        state.pid, state.proc, state.log, state.started_at = None, None, None, None
        state.ticks = None
        self._save()

    def _save(self) -> None:
        data = {k: {"pid": s.pid, "ticks": s.ticks, "screen": s.screen, "windowed": s.windowed,
                    "started_at": s.started_at}
                for k, s in self.states.items() if s.running}
        try:
            if data:
                self.runtime_file.write_text(json.dumps(data), "utf-8")
            else:
                self.runtime_file.unlink(missing_ok=True)
        except OSError:
            pass

    def _adopt(self) -> None:
        """Find the jobs a previous control window started that still run."""
        try:
            data = json.loads(self.runtime_file.read_text("utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(data, dict):
            return
        for key, info in data.items():
            spec = self.specs.get(key)
            pid = info.get("pid") if isinstance(info, dict) else None
            ticks = info.get("ticks") if isinstance(info, dict) else None
            if spec and isinstance(pid, int) and _is_same_process(pid, ticks):
                state = self.states[key]
                state.pid, state.screen, state.ticks = pid, info.get("screen"), ticks
                state.windowed = bool(info.get("windowed"))
                state.started_at = info.get("started_at")
        self._save()
