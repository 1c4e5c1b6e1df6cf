"""Main and backup stage: the venue's one show cursor, at the hub (KV ``show``, key ``cursor``).

Every machine that runs the show (the master through its hub, a stage copy through its
window's link) runs :func:`task`: it mirrors the hub's cursor into its own file (its windows
follow their file as always) and sends the moves made in its file (a clicker press, a
``kiosk show`` command) by compare-and-set from the revision it last agreed with. What to
keep when two machines moved at once is :mod:`kiosk.core.show.shared`'s to say.

A ``kiosk show`` command on a stage copy moves the one show itself (:func:`command`): it
connects, reads the hub's cursor, applies the double-press guard, moves, sends. If the hub
does not answer it moves this copy alone and says so; the copy's link sends it later.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import nats.errors
import nats.js.errors
from nats.errors import TimeoutError as NatsTimeout
from nats.js import api
from nats.js.errors import KeyNotFoundError, KeyWrongLastSequenceError

from kiosk.core import replica
from kiosk.core.clock import iso
from kiosk.core.db import write
from kiosk.core.events import Origin
from kiosk.core.show import shared
from kiosk.core.show.cursor import move
from kiosk.core.show.settings import get_int
from kiosk.venue import server
from kiosk.venue.security import Client, client_context

CURSOR = "cursor"
MAIN = "main"  # the name of the machine whose stage is the main one
TRIES = 5

InDb = Callable[..., Any]


def guard_ms(db: Any) -> int:
    value = get_int(db, "stage.guard_ms")
    return 400 if value is None else value


class ShowSync:
    """This machine's side of the one cursor: send what moved here, take what moved there."""

    def __init__(self, nc: Any, kv: Any, in_db: InDb, me: str,
                 origin: Origin | None = None) -> None:
        self.nc, self.kv, self.in_db, self.me, self.origin = nc, kv, in_db, me, origin
        self.lock = asyncio.Lock()

    async def hub_age(self) -> float:
        """How long ago (seconds, by the hub's clock) the show's bucket was last written."""
        msg = await self.nc.request(f"$JS.API.STREAM.INFO.KV_{server.SHOW}", b"", timeout=1.0)
        info = json.loads(msg.data)
        now, last = info.get("ts"), info.get("state", {}).get("last_ts")
        if not now or not last:
            return 0.0
        return max(0.0, (_when(now) - _when(last)).total_seconds())

    async def read(self) -> tuple[int, dict[str, Any] | None]:
        try:
            entry = await self.kv.get(CURSOR)
        except KeyNotFoundError as missing:
            entry = getattr(missing, "entry", None)
            return (entry.revision if entry else 0), None
        return entry.revision, json.loads(entry.value) if entry.value else None

    async def take(self, revision: int, value: dict[str, Any] | None, age: float = 0.0) -> bool:
        return await self.in_db(lambda db: shared.mirror(db, revision, value, time.time() - age,
                                                         origin=self.origin))

    async def push(self) -> bool:
        """Send this file's move (if any) to the hub; True if the hub's cursor now holds it."""
        async with self.lock:
            for _ in range(TRIES):
                found = await self.in_db(shared.pending, self.me)
                if found is None:
                    return False
                mine, base = found
                try:
                    new = await self.kv.update(CURSOR, json.dumps(mine).encode(),
                                               last=base.revision)
                    await self.in_db(shared.agree, new, mine, time.time())
                    return True
                except KeyWrongLastSequenceError:
                    pass
                # Another machine moved first: re-read, and keep what the guard keeps.
                revision, theirs = await self.read()
                wanted = mine if theirs is None else shared.merge(base.value, mine, theirs)
                if theirs is not None and shared.same(wanted, theirs):
                    await self.take(revision, theirs)  # one GO, or theirs is the latest
                    return False
                try:
                    new = await self.kv.update(CURSOR, json.dumps(wanted).encode(),
                                               last=revision)
                except KeyWrongLastSequenceError:
                    continue
                await self.take(new, wanted)
                return True
        return False

    async def publish_main(self, name: str) -> None:
        await self.kv.put(MAIN, json.dumps({"name": name, "at": iso(datetime.now().astimezone())})
                          .encode())


def _when(text: str) -> datetime:
    # nats-server writes nanoseconds: Python reads microseconds.
    head, _, tail = text.rstrip("Z").partition(".")
    return datetime.fromisoformat(f"{head}.{(tail + '000000')[:6]}+00:00")


async def _bucket(js: Any, master: bool, log: Callable[[str], None]) -> Any:
    while True:
        try:
            return await js.key_value(server.SHOW)
        except Exception as missing:  # noqa: BLE001 - the master makes it; a copy waits for it
            problem = missing
        if master:
            try:
                return await js.create_key_value(bucket=server.SHOW, history=1,
                                                 storage=api.StorageType.FILE)
            except Exception as error:  # noqa: BLE001
                problem = error
        log(f"waiting for the show's bucket: {problem!r}")
        await asyncio.sleep(0.5)


async def task(link: Any) -> None:
    """A machine's show on the venue: follow the hub's cursor, send this file's moves."""
    kv = await _bucket(link.js, link.master, link.log)
    me = link.cfg.name
    sync = ShowSync(link.nc, kv, link.in_db, me, Origin.of_this_process(
        "hub" if link.master else "stage"))
    await asyncio.gather(_follow(link, sync), _send(link, sync))


async def _follow(link: Any, sync: ShowSync) -> None:
    while True:
        if not link.online:
            await asyncio.sleep(0.1)
            continue
        try:
            watcher = await sync.kv.watch(CURSOR)
        except Exception as e:  # noqa: BLE001
            link.log(f"show watch: {e!r}")
            await asyncio.sleep(0.5)
            continue
        first = True
        try:
            while link.online:
                try:
                    entry = await watcher.updates(timeout=1.0)
                except NatsTimeout:
                    continue
                if entry is None:  # the bucket is empty: this machine's show is the first
                    await sync.push()
                    first = False
                    continue
                await _arrived(sync, entry, first)
                first = False
        except Exception as e:  # noqa: BLE001 - the hub went away mid-watch: watch again
            link.log(f"show watch: {e!r}")
        finally:
            try:
                await watcher.stop()
            except Exception:  # noqa: BLE001
                pass


async def _arrived(sync: ShowSync, entry: Any, first: bool) -> None:
    value = json.loads(entry.value) if entry.value else None
    async with sync.lock:
        age = await sync.hub_age() if first else 0.0  # a live change is now; the first, older
        outcome = await sync.in_db(lambda db: shared.arrive(
            db, entry.revision, value, time.time() - age, sync.me, origin=sync.origin))
    if outcome == "mine":
        await sync.push()  # both moved: push() merges


async def _send(link: Any, sync: ShowSync) -> None:
    changed = link.file_changes()
    main = None
    while True:
        try:  # a move in this file, or a look once a second (the hub may be back)
            await asyncio.wait_for(changed.wait(), 1.0)
        except TimeoutError:
            pass
        changed.clear()
        if not link.online:
            continue
        try:
            await sync.push()
            agreed = await link.in_db(shared.synced)
            if agreed.mode == "main" and agreed.main == sync.me and main != sync.me:
                await sync.publish_main(sync.me)
            main = agreed.main
        except Exception as e:  # noqa: BLE001 - the hub went away: sent when it is back
            link.log(f"show: {e!r}")


# -- a `kiosk show` command on a stage copy ------------------------------------------------

async def _connect(cfg: replica.Link, timeout: float) -> Any:
    nc = Client()
    await asyncio.wait_for(nc.connect(
        servers=[cfg.url], tls=client_context(cfg.cert), nkeys_seed_str=cfg.seed,
        name=f"kiosk {cfg.role} {cfg.name} show", allow_reconnect=False, connect_timeout=timeout,
        max_reconnect_attempts=0, error_cb=_quiet), timeout)
    return nc


async def _quiet(error: Exception) -> None:
    pass


def command(db: Any, cfg: replica.Link, action: str, index: int | None = None, *,
            source: str = "cli", origin: Origin | None = None, timeout: float = 1.0,
            given_at: float | None = None) -> dict[str, Any]:
    """Move (or read: action 'status', or take over: 'takeover') the one show from a stage
    copy. Returns {"online": bool, "absorbed": bool}; offline, this copy alone moves.
    ``given_at``: when the command was given (the guard's time; default now)."""
    moved: list[str] = []

    async def in_db(fn: Callable[..., Any], *args: Any) -> Any:
        return fn(db, *args)

    async def online() -> dict[str, Any]:
        nc = await _connect(cfg, timeout)
        try:
            kv = await asyncio.wait_for(nc.jetstream(timeout=timeout).key_value(server.SHOW),
                                        timeout)
            sync = ShowSync(nc, kv, in_db, cfg.name, origin)
            if await in_db(shared.moved_here, cfg.name) is not None:
                await sync.push()  # what this copy did offline goes first
            revision, value = await sync.read()
            if revision > (await in_db(shared.synced)).revision:
                await sync.take(revision, value, await sync.hub_age())
            if action == "takeover":
                await in_db(shared.set_mode, "main", cfg.name)
                await sync.publish_main(cfg.name)
                return {"online": True, "absorbed": False}
            if action == "status":
                return {"online": True, "absorbed": False}
            with write(db):  # the guard and the move at once
                if shared.absorbs(db, action, cfg.name, guard_ms(db), given_at or time.time()):
                    return {"online": True, "absorbed": True}
                move(db, action, index, source=source, origin=origin)
            moved.append(action)
            await sync.push()
            return {"online": True, "absorbed": False}
        finally:
            await nc.close()

    try:
        return asyncio.run(asyncio.wait_for(online(), 4 * timeout))
    except (OSError, TimeoutError, nats.errors.Error, nats.js.errors.Error):
        pass  # the hub does not answer: this copy alone
    if action == "takeover":
        shared.set_mode(db, "main", cfg.name)
    elif action != "status" and not moved:
        move(db, action, index, source=source, origin=origin)
    return {"online": False, "absorbed": False}
