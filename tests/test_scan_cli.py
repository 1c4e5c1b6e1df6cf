"""`kiosk scan`: one decision per call or per line, exit codes, crash safety, two doors at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from door_support import payloads
from waiting import holds_open, wait_until

from kiosk.core.db import open_db


@pytest.fixture
def extra_guests() -> int:
    return 120


def test_single_scan_json_and_exit_codes(event: Path, kiosk) -> None:
    codes = payloads(event)
    first = kiosk("--db", str(event), "scan", codes[1], "--door", "B", "--list", "Awards ceremony")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert set(data) >= {"status", "message", "guest"}
    assert data["status"] == "admitted"
    assert {"id", "name", "organisation", "category", "table", "notes"} <= set(data["guest"])
    assert data["guest"]["notes"] == "VIP: escort to row A"
    again = kiosk("--db", str(event), "scan", codes[1], "--door", "C", "--list", "Awards ceremony")
    assert again.returncode == 1
    dup = json.loads(again.stdout)
    assert dup["status"] == "duplicate" and dup["first_scan"]["door"] == "B" and dup["first_scan"]["time"]
    junk = kiosk("--db", str(event), "scan", "not a ticket")
    assert junk.returncode == 1
    assert json.loads(junk.stdout) | {} and json.loads(junk.stdout)["guest"] is None
    assert kiosk("--db", str(event), "scan", codes[2], "--list", "Nope").returncode == 2
    assert kiosk("--db", str(event.with_name("missing.db")), "scan", codes[2]).returncode == 2


def test_exit_mode_from_the_command_line(event: Path, kiosk) -> None:
    code = payloads(event)[3]
    assert kiosk("--db", str(event), "scan", code).returncode == 0
    out = kiosk("--db", str(event), "scan", code, "--exit")
    assert out.returncode == 0 and json.loads(out.stdout)["status"] == "exited"
    assert json.loads(kiosk("--db", str(event), "scan", code).stdout)["status"] == "admitted"


def test_stdin_stream_one_line_per_input_in_order(event: Path, kiosk) -> None:
    codes = list(payloads(event).values())[:20]
    lines = codes + codes[:5] + ["", "garbage", "x" * 100_000, "\x00\x01"]
    result = kiosk("--db", str(event), "scan", "-", "--door", "A", input="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    statuses = [o["status"] for o in out]
    assert statuses[5] == "wrong_list"  # guest 6 is on no list
    assert statuses.count("admitted") == 19
    assert statuses[20:25] == ["duplicate"] * 5
    assert statuses[-4:] == ["invalid"] * 4


def test_binary_garbage_on_stdin_is_refused_line_by_line(event: Path) -> None:
    code = payloads(event)[2].encode()
    data = b"\xff\xfe\x00garbage\n" + bytes(range(256)).replace(b"\n", b"") + b"\n" + code + b"\n"
    result = subprocess.run([sys.executable, "-m", "kiosk", "--db", str(event), "scan", "-"],
                            input=data, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["status"] for o in out] == ["invalid", "invalid", "admitted"]


def test_undecodable_argument_is_refused(event: Path) -> None:
    result = subprocess.run([sys.executable.encode(), b"-m", b"kiosk", b"--db", str(event).encode(),
                             b"scan", b"GT1\xff\xfe"], capture_output=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["status"] == "invalid"


def test_killed_mid_stream_loses_no_printed_admission(event: Path) -> None:
    codes = list(payloads(event).values())
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--db", str(event), "scan", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    assert proc.stdin and proc.stdout
    proc.stdin.write("\n".join(codes * 3) + "\n")
    proc.stdin.flush()
    printed = []
    while len(printed) < 60:
        line = proc.stdout.readline()
        assert line, "the scanner stopped early"
        printed.append(json.loads(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    admitted = {o["scan_id"] for o in printed if o["status"] == "admitted"}
    assert admitted
    db = open_db(event)
    try:
        stored = {r[0] for r in db.execute("SELECT id FROM scans WHERE status = 'admitted'")}
        assert admitted <= stored
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


def test_two_doors_scanning_the_same_tickets_admit_each_once(event: Path) -> None:
    codes = list(payloads(event).values())
    text = "\n".join(codes) + "\n"
    procs = [subprocess.Popen([sys.executable, "-m", "kiosk", "--db", str(event), "scan", "-",
                               "--door", door], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for door in ("A", "B")]
    # Both ready (the event open, stdin next): feed them at the same moment, then read them.
    for proc in procs:
        wait_until(lambda proc=proc: holds_open(proc.pid, event), timeout=30,
                   what=f"kiosk scan (pid {proc.pid}) to open the event")
    for proc in procs:
        proc.stdin.write(text)
        proc.stdin.flush()
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    results = [[json.loads(line) for line in out.splitlines()] for out, _ in outs]
    for a, b in zip(*results, strict=True):
        statuses = sorted([a["status"], b["status"]])
        if "wrong_list" in statuses:
            continue
        assert statuses == ["admitted", "duplicate"], (a, b)
    db = open_db(event)
    try:
        per_guest = db.execute("SELECT guest_id, count(*) FROM scans WHERE status = 'admitted'"
                               " GROUP BY guest_id HAVING count(*) > 1").fetchall()
        assert per_guest == []
    finally:
        db.close()


def test_report_checkins(event: Path, kiosk, tmp_path: Path) -> None:
    codes = payloads(event)
    kiosk("--db", str(event), "scan", codes[1])
    kiosk("--db", str(event), "scan", codes[1])
    summary = json.loads(kiosk("--db", str(event), "report", "checkins").stdout)
    assert summary["arrivals"] == 1 and summary["refused"] == 1
    assert summary["no_shows"] > 100
    path = tmp_path / "checkins.csv"
    result = kiosk("--db", str(event), "report", "checkins", "--csv", str(path))
    assert result.returncode == 0
    text = path.read_text("utf-8-sig")
    assert "Stéphane" in text and "duplicate" in text and "no_show" in text
