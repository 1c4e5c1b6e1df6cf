"""The demo's portraits and flags painted on every core, each share in a process of its own.

Not threads: PySide6 6.12's map of Python wrappers is not safe while threads create and
drop Qt objects at once (a demo build on Python 3.12 died in libshiboken6, once in some
hundreds). A worker is ``python -m kiosk.demo.painter JOBS`` (JSON): a process that knows
nothing of its caller's ``__main__``, unlike multiprocessing's spawn. A share that a worker
did not finish (it could not start, or died) is painted here, one by one: slower, never
missing, and a real fault (a folder that cannot be written) is raised from here.

A job is ``["portrait", PATH, NAME, NATIONALITY, SEED, KIND]`` or ``["flag", PATH, CODE]``.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("kiosk.demo")
WORKER_TIMEOUT_S = 120


def paint(jobs: list[list], *, workers: int | None = None) -> None:
    workers = min(workers or min(4, os.cpu_count() or 1), len(jobs))
    if workers > 1:
        _in_workers([jobs[i::workers] for i in range(workers)])
    left = [job for job in jobs if not Path(job[1]).exists()]
    if left:
        _here(left)


def portrait_job(target: str | Path, spec: dict) -> list:
    """The job painting one of content.photo_specs() at ``target``."""
    return ["portrait", str(target), spec["name"], spec["nationality"], spec["seed"], spec["kind"]]


def draw_all(
    directory: str | Path,
    specs: Iterable[dict],
    nationalities: Iterable[str] = (),
    *,
    workers: int | None = None,
) -> list[Path]:
    """Paint every portrait of specs (as content.photo_specs() gives them) and a flag
    "flag-<CODE>.png" for each nationality into directory, on a few cores
    (:func:`paint`).

    The output is the same, byte for byte, as drawing one by one. Returns the paths
    written, portraits first.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    jobs = [portrait_job(directory / spec["file"], spec) for spec in specs]
    jobs += [["flag", str(directory / f"flag-{code}.png"), code]
             for code in dict.fromkeys(c.upper() for c in nationalities)]
    paint(jobs, workers=workers)
    return [Path(job[1]) for job in jobs]


def _in_workers(shares: list[list[list]]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # pictures, never a window
    started = []
    for share in shares:
        try:
            started.append(subprocess.Popen(
                [sys.executable, "-m", "kiosk.demo.painter", json.dumps(share)], env=env,
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                text=True, errors="replace"))
        except OSError as error:
            log.warning("painting a share here instead: %s", error)
    for proc in started:
        try:
            _, err = proc.communicate(timeout=WORKER_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        if proc.returncode != 0:
            log.warning("a painter stopped (%s); its pictures are painted here: %s",
                        proc.returncode, err.strip()[-500:])


def _here(jobs: list[list]) -> None:
    from kiosk.demo import portraits

    for kind, path, *args in jobs:
        if kind == "portrait":
            portraits.draw_portrait(path, *args)
        else:
            portraits.draw_flag(path, *args)


def main(argv: list[str]) -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(["kiosk-painter"])  # noqa: F841 - text needs fonts
    _here(json.loads(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
