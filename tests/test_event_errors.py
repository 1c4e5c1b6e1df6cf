"""An event file that cannot be used is a message naming it, exit status 2, never a traceback.

Read-only and full disks are real: a read-only bind mount and a tiny tmpfs (as root, which
`make test` is; elsewhere a read-only file, and the full disk is skipped).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from door_support import build_event, payloads

ROOT_USER = os.geteuid() == 0


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("kiosk: ")
    for word in words:
        assert word in result.stderr, result.stderr


@contextmanager
def mounted(target: Path, *options: str, source: str = "tmpfs") -> Iterator[Path]:
    target.mkdir(exist_ok=True)
    kind = ["-t", "tmpfs"] if source == "tmpfs" else ["--bind"]
    done = subprocess.run(["mount", *kind, *options, source, str(target)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.decode().strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=True)


@contextmanager
def read_only_copy(event: Path, place: Path) -> Iterator[Path]:
    """The event as seen through a read-only mount (root), or a read-only file."""
    if ROOT_USER:
        with mounted(place, source=str(event.parent)):
            subprocess.run(["mount", "-o", "remount,bind,ro", str(place)], check=True)
            yield place / event.name
    else:
        event.chmod(0o444)
        yield event


def test_a_folder_given_as_db(tmp_path: Path, kiosk) -> None:
    for command in (["scan", "x"], ["report", "checkins"], ["tickets", "--payloads"],
                    ["init", "--name", "X"]):
        assert_refused(kiosk("--db", str(tmp_path), *command), str(tmp_path), "is a folder")


def test_a_garbage_key_file(tmp_path: Path, kiosk) -> None:
    event = build_event(tmp_path / "gala.db")
    key = tmp_path / "gala.db.key"
    key.write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    assert_refused(kiosk("--db", str(event), "tickets", "--payloads"), str(key), "cannot be read as a key")


def test_a_database_locked_longer_than_the_busy_timeout(tmp_path: Path, kiosk) -> None:
    event = build_event(tmp_path / "gala.db")
    code = payloads(event)[1]
    other = sqlite3.connect(event, isolation_level=None)  # another program, holding the lock
    other.execute("BEGIN EXCLUSIVE")
    try:
        env = {"KIOSK_BUSY_TIMEOUT_MS": "300"}
        assert_refused(kiosk("--db", str(event), "scan", code, env=env), str(event), "locked by another program")
        stream = kiosk("--db", str(event), "scan", "-", input=f"{code}\n{code}\n", env=env)
        lines = [json.loads(line) for line in stream.stdout.splitlines()]
        assert [line["status"] for line in lines] == ["error", "error"], stream.stderr
        assert lines[0]["code"] == "db.locked" and str(event) in lines[0]["message"]
        assert "Traceback" not in stream.stderr
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_scan_stream_answers_each_line_and_carries_on(tmp_path: Path, kiosk) -> None:
    """The lock is held while the first lines are read, then let go: later lines are admitted."""
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)
    other = sqlite3.connect(event, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    process = subprocess.Popen(
        [os.sys.executable, "-m", "kiosk", "--db", str(event), "scan", "-"], text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "KIOSK_BUSY_TIMEOUT_MS": "200"})
    try:
        process.stdin.write(codes[1] + "\n")
        process.stdin.flush()
        first = json.loads(process.stdout.readline())
        other.execute("ROLLBACK")
        process.stdin.write(codes[1] + "\n")
        process.stdin.close()
        second = json.loads(process.stdout.readline())
        assert process.wait(timeout=30) == 0, process.stderr.read()
    finally:
        other.close()
        if process.poll() is None:
            process.kill()
    assert first["status"] == "error" and first["code"] == "db.locked"
    assert second["status"] == "admitted"


def test_a_read_only_event(tmp_path: Path, kiosk) -> None:
    event = build_event(tmp_path / "data" / "gala.db")
    code = payloads(event)[1]
    with read_only_copy(event, tmp_path / "ro") as seen:
        assert_refused(kiosk("--db", str(seen), "scan", code), str(seen), "read-only")
        stream = kiosk("--db", str(seen), "scan", "-", input=f"{code}\nnot a ticket\n")
        assert stream.returncode == 0, stream.stderr
        lines = [json.loads(line) for line in stream.stdout.splitlines()]
        assert [line.get("code") for line in lines] == ["db.read_only", "db.read_only"]
        report = kiosk("--db", str(seen), "report", "checkins")  # reading still works
        assert report.returncode == 0, report.stderr
        csv = tmp_path / "guests.csv"
        csv.write_text("first_name,last_name,organisation,category,table,notes,email,lists\n"
                       "Ann,Lee,,,,,ann@example.com,\n", encoding="utf-8")
        assert_refused(kiosk("--db", str(seen), "import", "guests", str(csv)), "read-only")


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:  # to the last block
        while os.write(fd, b"\0" * 512):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def test_a_full_disk(tmp_path: Path, kiosk) -> None:
    if not ROOT_USER:
        pytest.skip("a full disk is a tiny tmpfs, which needs root")
    with mounted(tmp_path / "small", "-o", "size=1m") as disk:
        event = build_event(disk / "gala.db", extra=60)
        codes = list(payloads(event).values())
        door = subprocess.Popen(  # a door scanning when the disk fills up
            [os.sys.executable, "-m", "kiosk", "--db", str(event), "scan", "-"], text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        door.stdin.write(codes[0] + "\n")
        door.stdin.flush()
        assert json.loads(door.stdout.readline())["status"] == "admitted"
        filler = fill(disk)
        out, err = door.communicate("\n".join(codes[1:]) + "\n", timeout=60)
        lines = [json.loads(line) for line in out.splitlines()]
        assert len(lines) == len(codes) - 1, err
        assert "Traceback" not in err
        failed = [line for line in lines if line["status"] == "error"]
        assert failed and failed[0]["code"] == "db.full", lines
        assert str(event) in failed[0]["message"] and "full" in failed[0]["message"]
        fill(disk)  # the door gave its WAL back on closing
        assert_refused(kiosk("--db", str(event), "scan", codes[-1]), str(event), "full")
        filler.unlink()


def test_out_of_range_party_size_is_a_message(tmp_path: Path, kiosk) -> None:
    event = build_event(tmp_path / "gala.db")
    csv = tmp_path / "guests.csv"
    csv.write_text("first_name,last_name,organisation,category,table,notes,email,lists,party_size\n"
                   "Ann,Big,,,,,ann@example.com,,99999999999999999999\n", encoding="utf-8")
    result = kiosk("--db", str(event), "import", "guests", str(csv))
    assert result.returncode == 2, result.stderr  # out of range: an input error (README)
    assert "Traceback" not in result.stderr
    assert str(csv) in result.stderr and "line 2" in result.stderr and "party_size" in result.stderr
