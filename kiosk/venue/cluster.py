"""A hub with no single point of failure: three nodes of nats-server, R3 storage.

The control laptop's hub (``kiosk --db MASTER hub``) is one node. ``kiosk --db MASTER export
--role door --out FILE --hub-node HOST`` gives a copy what it needs to run another on the
machine reached at HOST: ``kiosk --db FILE hub --peer tls://CONTROL:4222``. With three
nodes every stream and bucket is kept on all three (R3, raised from R1 by the master once
the nodes are there): losing any one machine stops nothing; while a new leader is elected
(a few seconds) the doors decide alone, as when the hub is unplugged.

What a node is given, and by whom (the master is the authority; its keys never leave it):
- a certificate of its own, for its address, signed by the hub's certificate (which is a CA:
  every copy pins it, so every copy trusts every node, old single-address copies included);
  the node's key is made at export and travels only in that copy;
- the cluster's route secret (nodes also check each other's certificate: routes are TLS,
  verified against the hub's certificate both ways);
- the hub's users (public keys and permissions) at export; the running master then keeps
  them in the KV bucket ``hub`` (key ``users``), which every node reads each second: a copy
  exported or revoked later is known or shut out on every node.
Routes listen on the client port + 2000 (4222: 6222, as nats-server's defaults).
A copy exported after the nodes knows every address (``venue_link.url``, comma-separated).
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils
from nats.js import api

from kiosk.core import machines, replica
from kiosk.core.clock import SYSTEM, iso
from kiosk.core.db import open_db, write
from kiosk.core.errors import KioskError
from kiosk.venue import security, server

NAME = "kiosk_venue"  # the cluster's name
ROUTE_OFFSET = 2000
REPLICAS = 3


def _split(address: str, default_port: int) -> tuple[str, int]:
    parts = urlsplit(address if "://" in address else f"tls://{address}")
    try:
        port = parts.port  # raises for a port out of 0-65535
    except ValueError as error:
        raise KioskError("venue.listen_port", value=address) from error
    if port == 0:
        raise KioskError("venue.listen_port", value=address)
    if not parts.hostname:
        raise KioskError("venue.listen", value=address)
    return parts.hostname, port or default_port


def hub_urls(text: str, option: str = "--hub") -> str:
    """``--hub``'s addresses, checked and written as a copy keeps them: each one
    ``tls://HOST:PORT`` (HOST alone: port 4222; ``nats://`` is taken for ``tls://``: the hub
    speaks TLS only), comma-separated for a three-node hub."""
    urls = []
    for address in (part.strip() for part in text.split(",")):
        scheme = address.split("://", 1)[0].lower() if "://" in address else "tls"
        if not address or scheme not in ("tls", "nats"):
            raise KioskError("venue.hub_url", option=option, value=text)
        try:
            host, port = _split(address, 4222)
        except KioskError as error:
            if error.code == "venue.listen_port":
                raise KioskError("venue.listen_port", value=f"{option} {address}") from error
            raise KioskError("venue.hub_url", option=option, value=text) from error
        urls.append(f"tls://{f'[{host}]' if ':' in host else host}:{port}")
    return ",".join(urls)


def route_of(url: str) -> str:
    """The route address (HOST:PORT) of the node whose clients connect at ``url``."""
    host, port = _split(url, 4222)
    return f"{host}:{port + ROUTE_OFFSET}"


@dataclass(frozen=True)
class Kit:
    """What a copy needs to run a node (table ``venue_node``)."""

    name: str
    host: str
    port: int
    cert: str
    key: str
    secret: str
    routes: list[str]
    users: list[list[Any]]


def kit_of(db: sqlite_utils.Database) -> Kit | None:
    row = db.execute("SELECT name, host, port, cert, key, secret, routes, users FROM venue_node"
                     " WHERE id = 1").fetchone()
    if row is None:
        return None
    return Kit(*row[:6], json.loads(row[6]), json.loads(row[7]))


# -- on the master --------------------------------------------------------------------

def route_secret(folder: Path) -> str:
    path = folder / "route.secret"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(24))
        os.chmod(path, 0o600)
    return path.read_text().strip()


def nodes(db: sqlite_utils.Database) -> list[tuple[str, str, str]]:
    """The other nodes of the hub: (name, url, route)."""
    return [tuple(r) for r in db.execute("SELECT name, url, route FROM venue_nodes ORDER BY name")]


def addresses(db: sqlite_utils.Database, url: str) -> str:
    """The hub's address with every node's after it (what a copy keeps)."""
    urls = [u for u in url.split(",") if u]
    return ",".join(urls + [u for _, u, _ in nodes(db) if u not in urls])


def users(db: sqlite_utils.Database, control_public: str) -> list[server.User]:
    names = {n for n, _, _ in nodes(db)}
    found = [server.User(control_public, "control", "control")]
    return found + [server.User(m.public_key, m.role, m.name, m.name in names)
                    for m in machines.machines(db) if not m.revoked_at]


def issue(db: sqlite_utils.Database, folder: Path, name: str, address: str, hub_url: str,
          control_public: str) -> Kit:
    """Make the node kit of copy ``name`` (run at HOST[:PORT] ``address``) and remember the node."""
    host, port = _split(address, 4222)
    cert, key = security.sign_certificate(
        (folder / "hub-cert.pem").read_bytes(), (folder / "hub-key.pem").read_bytes(),
        [host, "localhost", "127.0.0.1"], f"kiosk venue hub node {name}")
    url = f"tls://{host}:{port}"
    routes = [route_of(u) for u in hub_url.split(",") if u] + [r for _, _, r in nodes(db)]
    with write(db):
        db.execute("INSERT OR REPLACE INTO venue_nodes(name, url, route, cert, created_at)"
                   " VALUES (?, ?, ?, ?, ?)", [name, url, route_of(url), cert, iso(SYSTEM.now())])
    return Kit(name, host, port, cert, key, route_secret(folder), list(dict.fromkeys(routes)),
               _users_json(users(db, control_public)))


def give(copy: sqlite_utils.Database, kit: Kit | None) -> None:
    """Write the kit into the copy."""
    with write(copy):
        copy.execute("DELETE FROM venue_node")
        if kit is not None:
            copy.execute("INSERT INTO venue_node(id, name, host, port, cert, key, secret, routes,"
                         " users) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [kit.name, kit.host, kit.port, kit.cert, kit.key, kit.secret,
                          json.dumps(kit.routes), json.dumps(kit.users)])


def _users_json(found: list[server.User]) -> list[list[Any]]:
    return [[u.public_key, u.role, u.name, u.node] for u in found]


def settings(*, host: str, port: int, advertise: str, secret: str, cert: Path, key: Path,
             ca: Path, routes: list[str]) -> dict[str, Any]:
    """The cluster part of a node's configuration (nats-server's ``cluster`` block)."""
    own = f"{advertise}:{port + ROUTE_OFFSET}"
    return {
        "client_advertise": f"{advertise}:{port}",
        "cluster": {
            "name": NAME, "host": host, "port": port + ROUTE_OFFSET, "advertise": own,
            # A node that stops reading (frozen, unplugged) must not hold the others' routes.
            "write_deadline": "1s",
            "authorization": {"user": "route", "password": secret, "timeout": 2},
            "tls": {"cert_file": str(cert), "key_file": str(key), "ca_file": str(ca),
                    "verify": True, "timeout": 2},
            "routes": [f"nats-route://route:{secret}@{r}" for r in dict.fromkeys(routes)
                       if r != own],
        },
    }


def master_settings(folder: Path, db: sqlite_utils.Database, host: str, port: int,
                    advertise: str) -> dict[str, Any] | None:
    """The master's cluster block (None for a single hub: no node exported)."""
    found = nodes(db)
    if not found:
        return None
    cert = folder / "hub-cert.pem"
    return settings(host=host, port=port, advertise=advertise, secret=route_secret(folder),
                    cert=cert, key=folder / "hub-key.pem", ca=cert,
                    routes=[r for _, _, r in found])


def master_task(control_public: str) -> Callable[[Any], Any]:
    """The master's job on a three-node hub: the hub's users to the nodes, R3 storage."""

    async def job(link: Any) -> None:
        published, kv, told = None, None, ""
        while True:
            await asyncio.sleep(1.0)
            if not link.online:
                continue
            want = await link.in_db(lambda db: min(REPLICAS, 1 + len(nodes(db))))
            if want == 1:
                continue
            try:
                if kv is None:
                    kv = await _bucket(link.js, server.HUB)
                found = await link.in_db(lambda db: _users_json(users(db, control_public)))
                if found != published:
                    await kv.put("users", json.dumps(found).encode())
                    published = found
                await replicate(link.js, want)
                told = ""
            except Exception as e:  # noqa: BLE001 - a node missing: the next second
                if repr(e) != told:
                    link.log(f"cluster: {e!r}")
                    told = repr(e)

    return job


async def _bucket(js: Any, name: str) -> Any:
    try:
        return await js.key_value(name)
    except Exception:  # noqa: BLE001 - not there yet
        return await js.create_key_value(bucket=name, history=1, storage=api.StorageType.FILE)


async def replicate(js: Any, want: int) -> list[str]:
    """Raise every stream (events, buckets, object stores) to ``want`` replicas."""
    raised = []
    for info in await js.streams_info():
        config = info.config
        if (config.num_replicas or 1) < want:
            config.num_replicas = want
            await js.update_stream(config)
            raised.append(config.name)
    return raised


# -- on a node ------------------------------------------------------------------------

def node_config(files: Any, db: sqlite_utils.Database, peers: list[str], listen: str | None,
                users_now: list[list[Any]] | None = None) -> tuple[Kit, replica.Link, str, int]:
    """Write the node's files and configuration; (kit, link, host, port)."""
    kit, link = kit_of(db), replica.link_of(db)
    if kit is None or link is None:
        raise KioskError("venue.no_node")
    files.folder.mkdir(parents=True, exist_ok=True)
    os.chmod(files.folder, 0o700)
    files.cert.write_text(kit.cert)
    files.key.write_text(kit.key)
    os.chmod(files.key, 0o600)
    ca = files.folder / "venue-ca.pem"
    ca.write_text(link.cert)
    host, port = ("0.0.0.0", kit.port) if not listen else _split(listen, kit.port)
    cached = files.folder / "users.json"
    if users_now is None:
        users_now = json.loads(cached.read_text()) if cached.exists() else kit.users
    cached.write_text(json.dumps(users_now))
    routes = kit.routes + [route_of(p) for p in peers]
    server.write_config(files.config, host=host, port=port, store=files.store, cert=files.cert,
                        key=files.key, users=[server.User(*u) for u in users_now],
                        name=f"kiosk_hub_{kit.name}",
                        cluster=settings(host=host, port=port, advertise=kit.host,
                                         secret=kit.secret, cert=files.cert, key=files.key,
                                         ca=ca, routes=routes))
    return kit, link, host, port


class UsersWatch:
    """On a node: the hub's users from the master (KV ``hub``), into this node's server."""

    def __init__(self, link: replica.Link, local: str, changed: Callable[[list], None],
                 log: Callable[[str], None]) -> None:
        self.link, self.local, self.changed, self.log = link, local, changed, log
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()),
                                        name="venue-users", daemon=True)

    def start(self) -> UsersWatch:
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)

    async def _main(self) -> None:
        async def quiet(e: Exception) -> None:
            pass

        nc = security.Client()
        connecting = asyncio.create_task(nc.connect(
            servers=[self.local, *self.link.urls], tls=security.client_context(self.link.cert),
            nkeys_seed_str=self.link.seed, name=f"kiosk hub node {self.link.name}",
            max_reconnect_attempts=-1, reconnect_time_wait=0.5, connect_timeout=1.0,
            error_cb=quiet))
        last = None
        try:
            while not self._stop.is_set():
                await asyncio.sleep(1.0)
                if not connecting.done() or not nc.is_connected:
                    continue
                try:
                    entry = await (await nc.jetstream(timeout=1.0).key_value(server.HUB)).get("users")
                    found = json.loads(entry.value)
                except Exception:  # noqa: BLE001 - not published yet, or no leader now
                    continue
                if found != last:
                    last = found
                    self.changed(found)
        finally:
            connecting.cancel()
            try:
                await asyncio.wait_for(nc.close(), 1.0)
            except Exception:  # noqa: BLE001
                pass


def run_node(files: Any, db_path: str | Path, peers: list[str], listen: str | None,
             ready: Callable[[dict], None], log: Callable[[str], None]) -> int:
    """``kiosk --db COPY hub --peer URL``: run this copy's node until SIGTERM or Ctrl+C."""
    db = open_db(db_path)
    try:
        kit, link, host, port = node_config(files, db, peers, listen)
    finally:
        db.close()
    stop = server.stop_on_signals()
    supervisor = server.Supervisor(files.config, host, port, log,
                                   tls=security.client_context(link.cert))
    supervisor.start()

    def changed(found: list) -> None:
        db = open_db(db_path)
        try:
            node_config(files, db, peers, listen, found)
        finally:
            db.close()
        supervisor.reload()
        log(f"{len(found)} users from the master")

    watch = UsersWatch(link, server.local_url(host, port), changed, log).start()
    info = {"url": f"tls://{kit.host}:{port}", "node": kit.name, "listen": [host, port],
            "routes": port + ROUTE_OFFSET, "store": str(files.store), "cert": str(files.cert)}
    supervisor.serve(files.state, info, ready, stop, closing=watch.close)
    return 0
