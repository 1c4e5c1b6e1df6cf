"""A hub that cannot start says why, in a sentence, never with a traceback."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from door_support import build_event


def test_a_hub_whose_port_is_taken_says_so_and_exits_2(tmp_path: Path) -> None:
    master = build_event(tmp_path / "master.db")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "--lang", "en", "--db", str(master), "hub", "--listen",
             f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=60,
            stdin=subprocess.DEVNULL)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert f"Port {port} on 127.0.0.1 is taken by another program" in result.stderr
    assert "[FTL]" not in result.stderr  # found before nats-server is started
    assert result.stdout == ""  # no ready line


def _hub(master: Path, listen: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--lang", "en", "--db", str(master), "hub", "--listen",
         listen], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_a_listen_address_the_hub_cannot_have_is_named_with_why(tmp_path: Path) -> None:
    master = build_event(tmp_path / "master.db")
    for listen, words in [("127.0.0.1:70000", "127.0.0.1:70000: the port must be a number from 1"),
                          ("127.0.0.1:0", "the port must be a number from 1 to 65535"),
                          ("192.0.2.77:4222", "192.0.2.77 is not an address of this machine"),
                          ("no-such-host.invalid:4222", "no-such-host.invalid is not an address")]:
        result = _hub(master, listen)
        assert result.returncode == 2, (listen, result.stderr[-2000:])
        assert words in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert "127.0.0.1" in result.stderr.rsplit("addresses:", 1)[-1]  # what it may use
        assert result.stdout == ""


def test_export_refuses_a_hub_address_that_cannot_be_one_and_writes_nothing(tmp_path: Path) -> None:
    """A typo in --hub made a copy that would never join (and a credential for it): now it is
    refused before anything is written, and a good address is kept as the copy will use it."""
    from kiosk.core import machines
    from kiosk.core.db import open_db

    master = build_event(tmp_path / "master.db")
    out = tmp_path / "door.db"

    def export(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "kiosk", "--lang", "en", "--db", str(master), "export",
             "--role", "door", "--out", str(out), *args], capture_output=True, text=True,
            timeout=60, stdin=subprocess.DEVNULL)

    for args, words in [(("--hub", "http://10.0.0.5:4222"), "--hub http://10.0.0.5:4222: expected"),
                        (("--hub", ""), "--hub : expected"),
                        (("--hub", "tls://10.0.0.5:99999"), "the port must be a number from 1"),
                        (("--hub-node", "10.0.0.6:0"), "--hub-node 10.0.0.6:0: the port must")]:
        result = export(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert words in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert not out.exists()
    # A node without a hub to join: refused before the copy is written, too.
    result = export("--hub-node", "10.0.0.6")
    assert result.returncode == 1 and "No hub address" in result.stderr and not out.exists()
    db = open_db(master)
    try:
        assert machines.machines(db) == []  # no credential made for any of them
    finally:
        db.close()
    result = export("--hub", "nats://10.0.0.5, 10.0.0.6:4300")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["venue"]["hub"] == "tls://10.0.0.5:4222,tls://10.0.0.6:4300"


def test_a_door_copy_does_not_start_a_venue_of_its_own(tmp_path: Path) -> None:
    """`kiosk hub` on a door copy would start a second venue that no machine joins."""
    master = build_event(tmp_path / "master.db")
    copy = tmp_path / "door-a.db"
    made = subprocess.run([sys.executable, "-m", "kiosk", "--db", str(master), "export", "--role",
                           "door", "--out", str(copy), "--hub", "tls://127.0.0.1:4999"],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    result = _hub(copy, "127.0.0.1:4998")
    assert result.returncode == 2 and result.stdout == "", result.stderr
    assert "is a door copy of the venue whose hub is tls://127.0.0.1:4999" in result.stderr
    assert "--peer" in result.stderr and "Traceback" not in result.stderr
    assert not copy.with_name("door-a.db.venue").exists()  # nothing made for a hub there
