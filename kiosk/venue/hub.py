"""The venue hub on the control laptop: ``kiosk --db MASTER hub``.

Its files live in a folder beside the event file (``MASTER.venue/``): the hub's TLS
certificate and key, its own credential, the server's configuration, JetStream's
storage and ``hub.json`` (the address and process ids while it runs). The hub starts
and supervises nats-server, then links the master to it like any copy: door scans
arriving are applied into MASTER, and the master's own changes (guests, tickets) go out.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from kiosk.core import machines, replica
from kiosk.core.db import open_db
from kiosk.core.errors import KioskError
from kiosk.venue import clock, cluster, screens, security, server, stage
from kiosk.venue.files import Files, running
from kiosk.venue.link import Link

DEFAULT_PORT = 4222


def parse_listen(text: str | None) -> tuple[str, int]:
    if not text:
        return "0.0.0.0", DEFAULT_PORT
    host, _, port = text.rpartition(":")
    try:
        number = int(port)
    except ValueError as error:
        raise KioskError("venue.listen", value=text) from error
    if not 1 <= number <= 65535:
        raise KioskError("venue.listen_port", value=text)
    return host.strip("[]") or "0.0.0.0", number


def _control_seed(files: Files) -> str:
    if not files.seed.exists():
        seed, _ = security.new_user()
        files.seed.write_text(seed)
        os.chmod(files.seed, 0o600)
    return files.seed.read_text().strip()


def prepare(files: Files, host: str) -> str:
    """The folder, the certificate (made once, pinned by every copy), the hub's credential."""
    files.folder.mkdir(parents=True, exist_ok=True)
    os.chmod(files.folder, 0o700)
    if not files.cert.exists():
        names = security.local_addresses()
        if host not in server.ANY_ADDRESS and host not in names:
            names.append(host)
        security.make_certificate(files.cert, files.key, names)
    return _control_seed(files)


def write_config(files: Files, db: Any, host: str, port: int, clustered: bool = True) -> bool:
    """Write the server's configuration; with nodes (and ``clustered``: a running single hub
    reloads as it is, nodes join it after its restart), as a node of the three. True if so."""
    users = cluster.users(db, security.public_of(_control_seed(files)))
    nodes = cluster.master_settings(files.folder, db, host, port, _advertised(host)) \
        if clustered else None
    server.write_config(files.config, host=host, port=port, store=files.store, cert=files.cert,
                        key=files.key, users=users, cluster=nodes)
    return nodes is not None


def _advertised(host: str) -> str:
    return security.primary_address() if host in server.ANY_ADDRESS else host


def _single_store_aside(files: Files) -> None:
    """A hub that ran alone and now has nodes starts a fresh store (nats-server does not carry
    a single server's streams into a cluster): the old one is kept aside, the master's file
    holds every event, and each copy starts the new stream from its beginning."""
    mark = files.folder / "clustered"
    if files.store.exists() and not mark.exists():
        aside = files.folder / "jetstream-single"
        n = 2
        while aside.exists():
            aside, n = files.folder / f"jetstream-single-{n}", n + 1
        files.store.rename(aside)
        _log(f"the hub now has nodes: its single store is kept in {aside.name}")
    mark.touch()


def join(db: Any, db_path: str | Path, role: str, name: str, url: str | None) -> replica.Link:
    """A credential for a new copy, registered on the master; what the copy needs to join."""
    files = Files.of(db_path)
    if url is None:
        state = running(files)
        if state is None:
            raise KioskError("venue.no_hub")
        url = state["url"]
    prepare(files, "")
    name = machines.name_for(db, name)
    seed, public = security.new_user()
    machines.register(db, name, role, public)
    url = cluster.addresses(db, url)
    state = running(files)
    if state is not None:  # the running hub learns the new copy at once
        _reload(files, db, state)
    return replica.Link(name, role, url, files.cert.read_text(), seed)


def _reload(files: Files, db: Any, state: dict[str, Any]) -> None:
    host, port = state["listen"]
    write_config(files, db, host, port, bool(state.get("clustered")))
    try:
        os.kill(int(state["server_pid"]), signal.SIGHUP)
    except (OSError, KeyError, ValueError):
        pass


def revoke(db_path: str | Path, name: str) -> dict[str, Any]:
    files = Files.of(db_path)
    db = open_db(db_path)
    try:
        machine = machines.revoke(db, name)
        state = running(files)
        if state is not None:
            _reload(files, db, state)
        return {"revoked": machine.name, "role": machine.role, "at": machine.revoked_at,
                "hub_running": state is not None}
    finally:
        db.close()


def _log(text: str) -> None:
    sys.stderr.write(f"kiosk hub: {text}\n")
    sys.stderr.flush()


def _refuse_a_copy(db: Any, db_path: str | Path) -> None:
    """The hub runs on the master: a door, screens or stage copy running one would start a
    second venue of its own, which no other machine joins (a node of the venue's hub is
    ``hub --peer``)."""
    link = replica.link_of(db)
    if link is not None and link.role != "control":
        raise KioskError("venue.hub_on_copy", path=str(db_path), role=link.role, url=link.url)


def run(db_path: str | Path, listen: str | None, ready: Any, peers: list[str] | None = None) -> int:
    """Run the hub in the foreground until SIGTERM or Ctrl+C; ``ready(dict)`` once it serves.
    With ``peers``: this copy's node of a three-node hub (:mod:`kiosk.venue.cluster`)."""
    files = Files.of(db_path)
    state = running(files)
    if state is not None and state.get("pid") != os.getpid():
        raise KioskError("venue.hub_running", pid=state["pid"])
    if peers:
        return cluster.run_node(files, db_path, peers, listen, ready, _log)
    host, port = parse_listen(listen)
    db = open_db(db_path)
    try:
        _refuse_a_copy(db, db_path)  # before anything is made for a hub here
        seed = prepare(files, host)
        clustered = write_config(files, db, host, port)
        nodes = [u for _, u, _ in cluster.nodes(db)]  # the master's link may use any node
    finally:
        db.close()
    if clustered:
        _single_store_aside(files)
    url = f"tls://{_advertised(host)}:{port}"
    stop = server.stop_on_signals()
    supervisor = server.Supervisor(files.config, host, port, _log,
                                   tls=security.client_context(files.cert.read_text()))
    supervisor.start()
    local = server.local_url(host, port)
    link = Link(db_path, replica.Link("control", "control", ",".join([local, *nodes]),
                                      files.cert.read_text(), seed),
                master=True, log=_log,
                tasks=[screens.publish, stage.task, clock.serve,
                       cluster.master_task(security.public_of(seed))]).start()
    link.joined.wait(15)
    info = {"url": url, "listen": [host, port], "store": str(files.store),
            "cert": str(files.cert), "clustered": clustered, "urls": [url, *nodes]}
    supervisor.serve(files.state, info, ready, stop, closing=link.close)
    return 0
