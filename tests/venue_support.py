"""Real venue hubs and door processes for the tests: free loopback ports, bounded waits, cleanup."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import run_kiosk


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:  # a zombie is not alive
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def wait_for(check: Callable[[], Any], timeout: float, step: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(step)


def free_node_port() -> int:
    """A free port whose route port (+2000, a node of a three-node hub) is free too, both below
    the kernel's ephemeral range (32768 and up): an outgoing connection of another test cannot
    take the route port between this choice and the node's start."""
    chooser = random.Random()
    for _ in range(200):
        port = chooser.randrange(10_000, 30_000)
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + 2000))
        except OSError:
            continue
        return port
    raise AssertionError("no free pair of ports")


class Hub:
    """``kiosk --db MASTER hub --listen 127.0.0.1:PORT`` in a child process (with ``peers``:
    ``kiosk --db COPY hub --peer URL``, a node of a three-node hub)."""

    def __init__(self, master: Path, port: int | None = None, peers: list[str] = ()) -> None:
        self.master = master
        self.port = port or free_port()
        self.log = open(master.with_name(f"hub-{self.port}.log"), "a")  # noqa: SIM115
        extra = [a for peer in peers for a in ("--peer", peer)]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--db", str(master), "hub", "--listen",
             f"127.0.0.1:{self.port}", *extra], stdout=subprocess.PIPE, stderr=self.log,
            text=True)
        ready, _, _ = select.select([self.proc.stdout], [], [], 30)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            self.stop()
            raise AssertionError("the hub printed no ready line: "
                                 + master.with_name(f"hub-{self.port}.log").read_text()[-2000:])
        self.info = json.loads(line)

    @property
    def url(self) -> str:
        return self.info["url"]

    def server_pid(self) -> int:
        state = json.loads((self.master.with_name(self.master.name + ".venue") / "hub.json")
                           .read_text())
        return int(state["server_pid"])

    def freeze(self) -> None:
        """SIGSTOP the server, and wait until every one of its threads has stopped (kill()
        returns before a busy multi-threaded process has: a request may still be answered)."""
        pid = self.server_pid()
        os.kill(pid, signal.SIGSTOP)

        def stopped() -> bool:
            try:
                return all((task / "stat").read_text().rsplit(")", 1)[1].split()[0] in "tT"
                           for task in Path(f"/proc/{pid}/task").iterdir())
            except OSError:
                return True

        wait_for(stopped, 2.0, step=0.005)

    def thaw(self) -> None:
        os.kill(self.server_pid(), signal.SIGCONT)

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            try:
                self.thaw()
            except (OSError, ValueError):
                pass
            stop_process(self.proc)
        self.log.close()
        return self.proc.returncode


def stop_process(proc: subprocess.Popen) -> int:
    """SIGTERM, then (after 15 s) SIGKILL: a kiosk process started by a test, ended."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    return proc.returncode


def rush_doors(master: Path, folder: Path, codes: list[str], doors: int = 4) -> list[tuple[Path, Path]]:
    """Door copies ``door-N.db`` of ``master`` for a rush, each with every code in an order of its
    own (``codes-N.txt``, one a line): ``[(copy, codes file), ...]``."""
    out = []
    for n in range(doors):
        copy, order = folder / f"door-{n}.db", codes[:]
        export_door(master, copy)
        random.Random(n).shuffle(order)
        (folder / f"codes-{n}.txt").write_text("\n".join(order) + "\n")
        out.append((copy, folder / f"codes-{n}.txt"))
    return out


def export_door(master: Path, out: Path, *, role: str = "door", hub: str | None = None,
                node: str | None = None) -> dict:
    args = ["--db", str(master), "export", "--role", role, "--out", str(out)]
    if hub:
        args += ["--hub", hub]
    if node:  # the copy may run a node of a three-node hub there
        args += ["--hub-node", node]
    result = run_kiosk(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


class Door:
    """``kiosk --db COPY scan - --door NAME``: one JSON line per payload written."""

    def __init__(self, copy: Path, name: str) -> None:
        self.copy, self.name = copy, name
        self.err = open(copy.with_name(f"{copy.stem}.err"), "a")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--db", str(copy), "scan", "-", "--door", name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.err, text=True, bufsize=1)

    def scan(self, payload: str, timeout: float = 5.0) -> tuple[dict, float]:
        start = time.monotonic()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(payload + "\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        assert ready, f"door {self.name} gave no answer within {timeout} s"
        line = self.proc.stdout.readline()
        return json.loads(line), time.monotonic() - start

    def log(self) -> str:
        return self.copy.with_name(f"{self.copy.stem}.err").read_text()

    def joined(self, timeout: float = 15.0) -> bool:
        """Its link joined the venue (a door started on a busy machine may first decide
        alone: right, and not what a test of the network wants to see)."""
        return wait_for(lambda: "kiosk venue: joined " in self.log(), timeout, step=0.05)

    def close(self, timeout: float = 15.0) -> int:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.err.close()
        return self.proc.returncode

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(5)
        self.err.close()


def doors(master: Path, folder: Path, *names: str) -> list[Door]:
    """A door copy per name (door-a.db for "A"...), exported from ``master``, each scanning."""
    found = []
    for name in names:
        copy = folder / f"door-{name.lower()}.db"
        export_door(master, copy)
        found.append(Door(copy, name))
    return found


def report(master: Path) -> dict:
    result = run_kiosk("--db", str(master), "report", "checkins")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


class Trio:
    """A three-node hub on loopback: the master's hub and two door copies' nodes
    (``export --hub-node``, ``hub --peer``), started nodes first (two of three make a quorum)."""

    def __init__(self, master: Path, folder: Path) -> None:
        self.master = master
        ports = [free_node_port() for _ in range(3)]
        self.url = f"tls://127.0.0.1:{ports[0]}"
        self.hubs: dict[str, Hub] = {}
        try:
            for port, name in zip(ports[1:], ("b", "c"), strict=True):
                copy = folder / f"node-{name}.db"
                export_door(master, copy, hub=self.url, node=f"127.0.0.1:{port}")
                self.hubs[f"kiosk_hub_node-{name}"] = Hub(copy, port, peers=[self.url])
            self.hubs["kiosk_hub"] = Hub(master, ports[0])
        except BaseException:
            self.stop()
            raise

    def streams(self, timeout: float = 3.0) -> dict[str, dict]:
        """Each stream: replicas, leader, its followers (name, current), last sequence."""
        import asyncio

        from kiosk.venue.security import Client, client_context

        folder = self.master.with_name(self.master.name + ".venue")

        async def ask() -> dict[str, dict]:
            async def quiet(e: Exception) -> None:
                pass

            for url in [h.url for h in self.hubs.values()]:  # the first that answers
                nc = Client()
                try:
                    await nc.connect(url, allow_reconnect=False, connect_timeout=1.0,
                                     tls=client_context((folder / "hub-cert.pem").read_text()),
                                     nkeys_seed_str=(folder / "control.seed").read_text().strip(),
                                     error_cb=quiet)
                    break
                except Exception:  # noqa: BLE001 - that node is down
                    continue
            try:
                found = {}
                for info in await nc.jetstream(timeout=timeout).streams_info():
                    found[info.config.name] = {
                        "replicas": info.config.num_replicas, "leader": info.cluster.leader,
                        "followers": [(r.name, r.current) for r in info.cluster.replicas or []],
                        "last": info.state.last_seq}
                return found
            finally:
                await nc.close()

        try:
            return asyncio.run(asyncio.wait_for(ask(), timeout + 2))
        except Exception:  # noqa: BLE001 - no leader now: nothing known
            return {}

    def healthy(self, streams: tuple[str, ...] = ("EVENTS", "KV_admissions")) -> bool:
        found = self.streams()
        return all(name in found and found[name]["replicas"] == 3 and found[name]["leader"]
                   and len(found[name]["followers"]) == 2
                   and all(current for _, current in found[name]["followers"])
                   for name in streams)

    def stop(self) -> None:
        pids = []
        for hub in self.hubs.values():
            if hub.proc.poll() is None:
                try:
                    pids.append(hub.server_pid())
                except (OSError, ValueError, KeyError):
                    pass
            hub.stop()
        assert wait_for(lambda: not any(alive(p) for p in pids), 5), "nats-server left behind"


def rush(master: Path, folder: Path, codes: list[str], during: Callable[[], Any],
         doors: int = 4, pace: float = 0.06, start: float = 2.0) -> tuple[list, Any]:
    """``doors`` door copies (``scan -``) each scanning every code in its own order, one every
    ``pace`` s; ``during()`` is called ``start`` s into the rush. Returns each door's answers
    as (monotonic time, JSON), and what ``during`` returned."""
    import random
    import threading

    answers: list[list[tuple[float, dict]]] = [[] for _ in range(doors)]
    procs = []
    for n in range(doors):
        export_door(master, folder / f"door-{n}.db")
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--db", str(folder / f"door-{n}.db"), "scan", "-",
             "--door", f"D{n}"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=open(folder / f"door-{n}.err", "w"), text=True, bufsize=1))  # noqa: SIM115

    def read(n: int) -> None:
        for line in procs[n].stdout:
            answers[n].append((time.monotonic(), json.loads(line)))

    def feed(n: int) -> None:
        order = codes[:]
        random.Random(n).shuffle(order)
        for code in order:
            procs[n].stdin.write(code + "\n")
            procs[n].stdin.flush()
            time.sleep(pace)
        procs[n].stdin.close()

    threads = [threading.Thread(target=f, args=(n,), daemon=True)
               for n in range(doors) for f in (read, feed)]
    try:
        for thread in threads:
            thread.start()
        time.sleep(start)
        result = during()
        for proc in procs:
            assert proc.wait(120) == 0
        for thread in threads:
            thread.join(5)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(5)
    return answers, result


def longest_wait(answers: list, since: float, until: float | None = None) -> float:
    """The longest time without any door's answer made with the hub, after ``since``."""
    times = sorted(t for door in answers for t, r in door
                   if r["online"] and t > since and (until is None or t <= until))
    if not times:
        return float("inf")
    return max(b - a for a, b in zip([since, *times], times, strict=False))
