"""Separate machines as network namespaces (root, iproute2): a door unplugged, slowed, rejoined.

The hub runs in one namespace, the door in another, joined by a veth pair; the door's side of
the cable is pulled (`ip link set ... down`), slowed (`tc netem`) and put back. Every loop is
bounded and the namespaces are removed even when the test fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from door_support import build_event, payloads
from venue_support import alive, export_door, free_port, report, stop_process, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.netns,
              pytest.mark.skipif(os.geteuid() != 0 or shutil.which("ip") is None
                                 or shutil.which("tc") is None,
                                 reason="needs root and iproute2 (ip, tc)")]


def sh(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, timeout=20)


@pytest.fixture
def two_machines():
    tag = uuid.uuid4().hex[:6]
    hub_ns, door_ns = f"kh{tag}", f"kd{tag}"
    hub_if, door_if = f"vh{tag}", f"vd{tag}"
    try:
        sh("ip", "netns", "add", hub_ns)
        sh("ip", "netns", "add", door_ns)
        sh("ip", "link", "add", hub_if, "type", "veth", "peer", "name", door_if)
        sh("ip", "link", "set", hub_if, "netns", hub_ns)
        sh("ip", "link", "set", door_if, "netns", door_ns)
        for ns, nic, address in ((hub_ns, hub_if, "10.77.0.1/24"), (door_ns, door_if, "10.77.0.2/24")):
            sh("ip", "-n", ns, "addr", "add", address, "dev", nic)
            sh("ip", "-n", ns, "link", "set", nic, "up")
            sh("ip", "-n", ns, "link", "set", "lo", "up")
        yield hub_ns, door_ns, door_if
    finally:
        for ns in (hub_ns, door_ns):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=20)


class NsDoor:
    """`scan -` in the door's namespace."""

    def __init__(self, ns: str, copy: Path) -> None:
        import venue_support

        self.door = venue_support.Door.__new__(venue_support.Door)
        self.door.copy, self.door.name = copy, "A"
        self.door.err = open(copy.with_name("door.err"), "a")  # noqa: SIM115
        self.door.proc = subprocess.Popen(
            ["ip", "netns", "exec", ns, sys.executable, "-m", "kiosk", "--db", str(copy), "scan",
             "-", "--door", "A"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.door.err, text=True, bufsize=1)


def test_door_unplugged_slowed_and_rejoined(two_machines, tmp_path: Path) -> None:
    hub_ns, door_ns, door_if = two_machines
    master = build_event(tmp_path / "master.db", extra=30)
    port = free_port()
    log = open(tmp_path / "hub.log", "w")  # noqa: SIM115
    hub = subprocess.Popen(["ip", "netns", "exec", hub_ns, sys.executable, "-m", "kiosk", "--db",
                            str(master), "hub", "--listen", f"10.77.0.1:{port}"],
                           stdout=subprocess.PIPE, stderr=log, text=True)
    door = None
    try:
        line = hub.stdout.readline()
        assert '"url"' in line, (tmp_path / "hub.log").read_text()[-2000:]
        export_door(master, tmp_path / "door-a.db", hub=f"tls://10.77.0.1:{port}")
        codes = payloads(master)
        door = NsDoor(door_ns, tmp_path / "door-a.db").door
        assert door.scan(codes[1])[0]["online"] is True
        # Unplugged: answered alone, within a second.
        sh("ip", "-n", door_ns, "link", "set", door_if, "down")
        answer, took = door.scan(codes[2])
        assert answer["online"] is False and answer["status"] == "admitted" and took < 1.0
        assert door.scan(codes[3])[0]["online"] is False
        # Plugged back: it rejoins by itself and sends what it decided alone.
        sh("ip", "-n", door_ns, "link", "set", door_if, "up")
        assert wait_for(lambda: report(master)["scans"] == 3, 15.0)
        fresh = iter(range(4, 20))
        assert wait_for(lambda: door.scan(codes[next(fresh)])[0]["online"], 10.0, step=0.5)
        scans = report(master)["scans"]
        # Slowed past the 300 ms a request may take: the door decides alone, still fast.
        # (netem where the kernel has it; else a token bucket at 1 kbit/s: a claim takes seconds.)
        tc = ["ip", "netns", "exec", door_ns, "tc", "qdisc", "add", "dev", door_if, "root"]
        if subprocess.run([*tc, "netem", "delay", "600ms"], capture_output=True).returncode:
            sh(*tc, "tbf", "rate", "1kbit", "burst", "1600", "latency", "10s")
        answers = []
        for guest in range(20, 26):  # (the bucket's first burst may still pass)
            answers.append(door.scan(codes[guest]))
            if answers[-1][0]["online"] is False:
                break
        assert answers[-1][0]["online"] is False
        assert all(took < 1.0 for _, took in answers), answers
        sh("ip", "netns", "exec", door_ns, "tc", "qdisc", "del", "dev", door_if, "root")
        assert wait_for(lambda: report(master)["scans"] == scans + len(answers), 15.0)
        assert report(master)["doubles"] == 0
    finally:
        if door is not None:
            door.close()
        stop_process(hub)
        log.close()
        state = master.with_name("master.db.venue") / "hub.json"
        assert not state.exists() or wait_for(lambda: not alive(hub.pid), 5)
