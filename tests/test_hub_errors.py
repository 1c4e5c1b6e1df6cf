"""A hub that cannot start says why, in a sentence, never with a traceback."""

from __future__ import annotations

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
    assert "nats-server stopped at start (exit code" in result.stderr
    assert result.stdout == ""  # no ready line
