"""No single point of failure (issue 15): a three-node hub of real nats-server processes on
loopback (the master's hub and two door copies' nodes), R3 storage, the leader killed -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from door_support import build_event, payloads
from venue_support import Door, Trio, export_door, longest_wait, report, rush, wait_for

from kiosk.core.db import open_db, write


def _own_scans(copy: Path, door: str) -> int:
    db = open_db(copy)
    try:
        return db.execute("SELECT count(*) FROM scans WHERE door = ?", [door]).fetchone()[0]
    finally:
        db.close()


@pytest.fixture
def trio(tmp_path: Path):
    master = build_event(tmp_path / "master.db", extra=160)
    nodes = Trio(master, tmp_path)
    try:
        assert wait_for(nodes.healthy, 30, step=0.5), nodes.streams()
        yield nodes
    finally:
        nodes.stop()


def test_three_nodes_r3_copies_know_every_address_a_restarted_node_catches_up(trio, tmp_path):
    master = trio.master
    streams = trio.streams()
    for name in ("EVENTS", "KV_admissions", "KV_roster", "KV_hub"):
        assert streams[name]["replicas"] == 3, streams
        assert len(streams[name]["followers"]) == 2, streams
    # A copy exported now knows every node; one that knows only the master's (as before) works.
    out = export_door(master, tmp_path / "door-a.db")
    assert set(out["venue"]["hub"].split(",")) == {h.url for h in trio.hubs.values()}
    export_door(master, tmp_path / "door-old.db")
    old = open_db(tmp_path / "door-old.db")
    with write(old):
        old.execute("UPDATE venue_link SET url = ?", [trio.url])
    old.close()
    codes = payloads(master)
    a, b = Door(tmp_path / "door-a.db", "A"), Door(tmp_path / "door-old.db", "B")
    try:
        assert a.joined() and b.joined(), (a.log(), b.log())
        assert a.scan(codes[1])[0]["online"] is True
        second = b.scan(codes[1])[0]
        assert second["status"] == "duplicate" and second["online"] is True
        # kill -9 of the master's own server: its link reconnects (to a node, or to the server
        # its hub restarts) and the master still hears every door.
        hub = trio.hubs["kiosk_hub"]
        killed = hub.server_pid()
        os.kill(killed, signal.SIGKILL)
        start = time.monotonic()
        fresh = iter(range(20, 60))  # a new ticket each time (one admitted alone stays so)
        assert wait_for(lambda: a.scan(codes[next(fresh)])[0]["online"], 20, step=0.3)
        assert wait_for(lambda: report(master)["scans"] >= 3, 20, step=0.3), report(master)
        print(f"master's server killed: its scans at the master after {time.monotonic() - start:.1f} s")
        assert wait_for(lambda: hub.server_pid() != killed, 10)
        assert wait_for(trio.healthy, 15, step=0.2), trio.streams()
        # Frozen (as a machine unplugged: no connection is closed), the same within seconds.
        before = report(master)["scans"]
        hub.freeze()
        try:
            start = time.monotonic()
            assert wait_for(lambda: a.scan(codes[next(fresh)])[0]["online"], 20, step=0.3)
            assert wait_for(lambda: report(master)["scans"] > before, 20, step=0.3)
            print(f"master's server frozen: its scans at the master after"
                  f" {time.monotonic() - start:.1f} s")
        finally:
            hub.thaw()
        assert wait_for(trio.healthy, 15, step=0.2), trio.streams()
        # kill -9 of a node's server: the other two go on; its hub restarts it; it catches up.
        node = trio.hubs["kiosk_hub_node-c"]
        first = node.server_pid()
        os.kill(first, signal.SIGKILL)
        start = time.monotonic()
        assert wait_for(lambda: a.scan(codes[2])[0]["online"], 15, step=0.3)
        for guest in range(3, 13):
            a.scan(codes[guest])
        assert wait_for(lambda: node.server_pid() != first, 10)
        assert wait_for(trio.healthy, 15, step=0.2), trio.streams()
        caught_up = time.monotonic() - start
        print(f"restarted node current after {caught_up:.1f} s")
        # Every scan reached the master through the cluster.
        own = _own_scans(tmp_path / "door-a.db", "A") + _own_scans(tmp_path / "door-old.db", "B")
        assert wait_for(lambda: report(master)["scans"] == own, 10), (report(master), own)
    finally:
        a.close(), b.close()


@pytest.mark.slow
def test_leader_killed_during_four_doors_rush(trio, tmp_path: Path) -> None:
    master = trio.master
    codes = list(payloads(master).values())
    invited = report(master)["guests_invited"]

    def kill_leader() -> tuple[str, float]:
        leader = trio.streams()["KV_admissions"]["leader"]
        os.kill(trio.hubs[leader].server_pid(), signal.SIGKILL)  # mid-rush
        return leader, time.monotonic()

    answers, (leader, killed) = rush(master, tmp_path, codes, kill_leader)
    every = [r for door in answers for _, r in door]
    assert [len(door) for door in answers] == [len(codes)] * 4  # every scan answered
    admitted = [r["guest"]["id"] for r in every if r["status"] == "admitted"]
    online = [r["guest"]["id"] for r in every if r["status"] == "admitted" and r["online"]]
    assert len(online) == len(set(online))  # nothing admitted twice while connected
    assert len(set(admitted)) == invited  # everyone in
    # Writes resumed after the leader's loss (the doors decided alone meanwhile).
    waited = longest_wait(answers, killed)
    print(f"leader {leader} killed: longest wait for the hub {waited:.1f} s")
    assert waited < 15
    # Nothing lost: every scan at the master, every double reported there.
    assert wait_for(lambda: report(master)["scans"] == 4 * len(codes), 20), report(master)
    summary = report(master)
    assert summary["guests_arrived"] == invited
    assert summary["doubles"] == len(admitted) - len(set(admitted))


@pytest.mark.slow
def test_a_following_stage_survives_the_loss_of_the_hubs_leader(demo_db_path, tmp_path) -> None:
    from test_venue_stage import index, status

    nodes = Trio(demo_db_path, tmp_path)
    proc = None
    try:
        assert wait_for(nodes.healthy, 30, step=0.5), nodes.streams()
        copy = tmp_path / "backup-stage.db"
        export_door(demo_db_path, copy, role="stage")
        status(demo_db_path, "goto", "1")
        with open(tmp_path / "stage.err", "w") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "kiosk", "--db", str(copy), "stage", "--follow",
                 "--windowed"], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, stderr=err)
        assert wait_for(lambda: index(copy) == 1, 15), index(copy)
        assert wait_for(lambda: nodes.streams().get("KV_show", {}).get("replicas") == 3, 10)
        leader = nodes.streams()["KV_show"]["leader"]
        os.kill(nodes.hubs[leader].server_pid(), signal.SIGKILL)
        start = time.monotonic()
        status(demo_db_path, "next")
        status(demo_db_path, "next")
        assert wait_for(lambda: index(copy) == 3, 20), index(copy)
        print(f"{leader} killed: the following stage at the master's cue after"
              f" {time.monotonic() - start:.1f} s")
        assert proc.poll() is None
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            proc.wait(10)
        nodes.stop()
