"""An import reads and hashes its files before taking the write lock: the doors keep scanning."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import time
from pathlib import Path

from door_support import build_event, payloads
from waiting import holds_open

HASHING_SECONDS = 1.5  # how long the "photo" takes to hash on this machine, roughly


def _sparse_photo(path: Path) -> Path:
    """A big sparse file (no disk used) whose hashing takes a few seconds here: the speed is
    measured as the import reads, on a sparse file of its own."""
    from kiosk.core.media import file_sha256

    probe = path.with_name("probe.bin")
    with probe.open("wb") as handle:
        handle.truncate(256 << 20)
    started = time.perf_counter()
    file_sha256(probe)
    per_mb = (time.perf_counter() - started) / 256
    probe.unlink()
    size_mb = min(16 << 10, max(512, int(HASHING_SECONDS / per_mb)))
    with path.open("wb") as handle:
        handle.truncate(size_mb << 20)
    return path


def _answer(door: subprocess.Popen, line: str, timeout: float = 30) -> tuple[dict, float]:
    started = time.perf_counter()
    door.stdin.write((line + "\n").encode())
    door.stdin.flush()
    ready, _, _ = select.select([door.stdout], [], [], timeout)
    assert ready, f"no answer within {timeout} s"
    return json.loads(door.stdout.readline()), time.perf_counter() - started


def test_a_scan_during_an_import_hashing_a_huge_photo_is_answered_within_a_second(tmp_path: Path) -> None:
    event = build_event(tmp_path / "gala.db")
    codes = list(payloads(event).values())
    photo = _sparse_photo(tmp_path / "huge.png").resolve()
    awards = tmp_path / "awards.csv"
    awards.write_text("category,order,sponsor,nominee,team,car,nationality,photo,winner\n"
                      f"Overall Champion,1,,Léa Fontaine,Équipe Rapide,Audi R8,FR,{photo.name},yes\n")
    command = [sys.executable, "-m", "kiosk", "--db", str(event)]
    door = subprocess.Popen([*command, "scan", "-", "--door", "A"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    importer = None
    try:
        assert _answer(door, codes[0])[0]["status"] == "admitted"  # the door is up and warm
        importer = subprocess.Popen([*command, "import", "awards", str(awards)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while not holds_open(importer.pid, photo):
            assert importer.poll() is None and time.monotonic() < deadline, "the import never read the photo"
            time.sleep(0.01)
        verdict, seconds = _answer(door, codes[1])
        assert importer.poll() is None, "the import ended before the scan: the file is too small here"
        assert verdict["status"] == "admitted"
        assert seconds < 1.0, f"the scan waited {seconds:.1f} s for the import"
        out, err = importer.communicate(timeout=120)
        assert importer.returncode == 0, err
        assert json.loads(out)["created"] == 1
    finally:
        for process in (door, importer):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
            for pipe in (process.stdin, process.stdout, process.stderr) if process else ():
                if pipe is not None:
                    pipe.close()
