"""Screen machines on the venue: the master publishes what the screens show, screens follow.

On the master (a task of the hub's link, :func:`publish`): whenever the event file changes
(``PRAGMA data_version``, :mod:`kiosk.venue.watch`), the screens' announcement and content are
built (:mod:`kiosk.core.screens_state`); each one that differs from what was published goes
whole into KV ``screens`` (keys ``announcement`` and ``content``). The content's pictures
go first into the Object Store ``media``, named by their sha256, so that no content names a
picture the store does not hold. The announcement never waits for pictures.

On a screens copy (a task of its link, :func:`follow`): the two keys are watched; an
announcement is applied at once; a content once every picture it names is in the copy's
media folder: missing ones are read through a pull consumer (nats-py 2.16's
``ObjectStore.get()`` stalls 250 ms per ~2 MB), checked against their hash and kept there, so
a screen restarted without the hub still shows every photo it has seen. The slideshow window
follows its own file as always. Without the hub, nothing changes on screen: the link retries
in the background and the watch starts again when the hub answers.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time
import uuid
import zlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from nats.errors import TimeoutError as NatsTimeout
from nats.js import api
from nats.js.errors import NotFoundError

from kiosk.core import screens_state
from kiosk.core.db import data_version
from kiosk.venue import server
from kiosk.venue.link import Link

PACE_S = 0.1  # the least time between two looks at the master's file
CHUNK = 512 * 1024  # Object Store chunk: fewer round trips than nats-py's 128 KB
ANNOUNCEMENT, CONTENT = "announcement", "content"


def _pack(data: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode())


def _unpack(value: bytes) -> dict[str, Any]:
    return json.loads(zlib.decompress(value))


# --------------------------------------------------------------------------- the master


async def _buckets(link: Link, create: bool) -> tuple[Any, Any]:
    """The screens' KV and Object Store (the master makes them; a screen waits for them)."""
    while True:
        try:
            try:
                kv = await link.js.key_value(server.SCREENS)
            except NotFoundError:
                if not create:
                    raise
                kv = await link.js.create_key_value(bucket=server.SCREENS, history=1,
                                                    storage=api.StorageType.FILE)
            try:
                store = await link.js.object_store(server.MEDIA)
            except NotFoundError:
                if not create:
                    raise
                store = await link.js.create_object_store(
                    server.MEDIA, config=api.ObjectStoreConfig(storage=api.StorageType.FILE))
            return kv, store
        except Exception as e:  # noqa: BLE001 - not there yet, or the hub is away
            link.log(f"screens: waiting for the venue's buckets: {e!r}")
            await asyncio.sleep(1.0)


async def publish(link: Link) -> None:
    """The master's task: the screens' announcement and content, published on change."""
    kv, store = await _buckets(link, create=True)
    announcement = _Published(link, kv, ANNOUNCEMENT, screens_state.announcement)
    content = _Content(link, kv, store)
    await asyncio.gather(_on_change(link, announcement.once), _on_change(link, content.once))


async def _on_change(link: Link, once: Callable[[], Awaitable[bool]]) -> None:
    """``once()`` whenever the master's file changed, and again while it fails.

    Changed for the screens: as the link's own connection counts it (``data_version``), so
    the doors' scans that the link writes in a rush are not looked at; and at most once every
    ``PACE_S`` while the file keeps changing."""
    changed = link.file_changes()
    version = None
    while True:
        await changed.wait()
        changed.clear()  # a commit while once() runs sets it again: looked at next
        now = await link.in_db(data_version)
        if now != version:
            try:
                done = await once()
            except Exception as e:  # noqa: BLE001 - the hub is away: again in a moment
                link.log(f"screens: {e!r}")
                done = False
            if not done:
                changed.set()
                await asyncio.sleep(0.5)
                continue
            version = now
        await asyncio.sleep(PACE_S)


class _Published:
    """One key of the screens' KV, put when what ``build`` makes of the file changed."""

    def __init__(self, link: Link, kv: Any, key: str,
                 build: Callable[..., dict[str, Any]]) -> None:
        self.link, self.kv, self.key, self.build = link, kv, key, build
        self.digest = ""

    async def put(self, data: dict[str, Any]) -> bool:
        if data["digest"] != self.digest:
            await self.kv.put(self.key, _pack(data))
            self.digest = data["digest"]
        return True

    async def once(self) -> bool:
        return await self.put(await self.link.in_db(self.build))


class _Content(_Published):
    """The content: its pictures go into the Object Store first. A picture the master cannot
    read (missing, changed since the import) is left out, as the master's own screen skips it,
    and read again at a change ``RETRY`` seconds later (not at every scan of a rush)."""

    RETRY = 10.0

    def __init__(self, link: Link, kv: Any, store: Any) -> None:
        super().__init__(link, kv, CONTENT, screens_state.content)
        self.store = store
        self.stored: set[str] = set()
        self.unreadable: dict[str, float] = {}  # sha256: when it was last tried

    async def once(self) -> bool:
        now = time.monotonic()
        self.unreadable = {k: t for k, t in self.unreadable.items() if now - t < self.RETRY}
        while True:
            data = await self.link.in_db(screens_state.content, frozenset(self.unreadable))
            if data["digest"] == self.digest:
                return True
            for sha in data["media"]:
                if sha in self.stored:
                    continue
                if await _store(self.link, self.store, sha):
                    self.stored.add(sha)
                else:
                    self.unreadable[sha] = now
            if not set(self.unreadable).intersection(data["media"]):
                return await self.put(data)


async def _store(link: Link, store: Any, sha: str) -> bool:
    """Put one picture in the Object Store (once); False when the master cannot read it."""
    try:
        await store.get_info(sha)
        return True
    except NotFoundError:
        pass
    data = await link.in_db(screens_state.media_bytes, sha)
    if data is None:
        link.log(f"screens: picture {sha[:12]} is missing or changed on this machine")
        return False
    meta = api.ObjectMeta(name=sha, options=api.ObjectMetaOptions(max_chunk_size=CHUNK))
    await store.put(sha, data, meta=meta)
    return True


# --------------------------------------------------------------------------- a screen


async def follow(link: Link) -> None:
    """A screens copy's task: apply the announcement at once, the content with its pictures."""
    kv, store = await _buckets(link, create=False)
    folder = screens_state.media_folder(link.path)
    folder.mkdir(parents=True, exist_ok=True)
    latest: dict[str, Any] = {}
    arrived = asyncio.Event()
    worker = asyncio.create_task(_apply_contents(link, store, folder, latest, arrived))
    try:
        while True:
            try:
                await _watch(link, kv, latest, arrived)
            except Exception as e:  # noqa: BLE001 - a busy file, a bad message: watch again
                link.log(f"screens: {e!r}")
                await asyncio.sleep(1.0)
            await asyncio.sleep(0.2)
    finally:
        worker.cancel()


async def _watch(link: Link, kv: Any, latest: dict[str, Any], arrived: asyncio.Event) -> None:
    """Watch the screens' keys until the link loses the hub (then the caller starts again)."""
    while not link.online:
        await asyncio.sleep(0.2)
    try:
        watcher = await kv.watchall()
    except Exception as e:  # noqa: BLE001
        link.log(f"screens watch: {e!r}")
        await asyncio.sleep(0.5)
        return
    try:
        while link.online:
            try:
                entry = await watcher.updates(timeout=1.0)
            except NatsTimeout:
                continue
            if entry is None or not entry.value:
                continue
            try:
                data = _unpack(entry.value)
            except (ValueError, zlib.error) as e:
                link.log(f"screens {entry.key}: unreadable ({e!r})")
                continue
            if entry.key == ANNOUNCEMENT:
                await link.in_db(screens_state.apply_announcement, data)
            elif entry.key == CONTENT:
                latest[CONTENT] = data
                arrived.set()
    finally:
        try:
            await watcher.stop()
        except Exception:  # noqa: BLE001
            pass


async def _apply_contents(link: Link, store: Any, folder: Path, latest: dict[str, Any],
                          arrived: asyncio.Event) -> None:
    """The newest content, applied once its pictures are here (fetched first, by hash)."""
    while True:
        await arrived.wait()
        arrived.clear()
        while not link.online:
            await asyncio.sleep(0.2)
        data = latest[CONTENT]
        try:
            for sha, target in screens_state.missing(data, folder):
                await fetch(link, store, sha, target)
                if latest[CONTENT] is not data:
                    break  # newer content arrived: fetch what that one needs
            else:
                await link.in_db(screens_state.apply_content, data, folder)
                continue
        except Exception as e:  # noqa: BLE001 - the hub went away, or a bad picture: again
            link.log(f"screens content: {e!r}")
            await asyncio.sleep(1.0)
        arrived.set()


async def fetch(link: Link, store: Any, sha: str, target: Path) -> None:
    """Read one picture's chunks through a pull consumer into ``target``, checked by hash."""
    info = await store.get_info(sha)
    stream = f"OBJ_{server.MEDIA}"
    config = api.ConsumerConfig(name=uuid.uuid4().hex, ack_policy=api.AckPolicy.NONE,
                                deliver_policy=api.DeliverPolicy.ALL, inactive_threshold=10.0,
                                mem_storage=True)
    sub = await link.js.pull_subscribe(f"$O.{server.MEDIA}.C.{info.nuid}", stream=stream,
                                       config=config)
    digest, parts, got = hashlib.sha256(), [], 0
    try:
        while got < (info.chunks or 0):
            for msg in await sub.fetch(batch=min(info.chunks - got, 64), timeout=5.0):
                digest.update(msg.data)
                parts.append(msg.data)
                got += 1
    finally:
        try:
            await sub.unsubscribe()
            await link.js.delete_consumer(stream, config.name)
        except Exception:  # noqa: BLE001 - it goes by itself after inactive_threshold
            pass
    if digest.hexdigest() != sha:
        raise ValueError(f"picture {sha[:12]}: its bytes do not match its hash")

    def write() -> None:
        part = target.with_name(f"{target.name}.{os.getpid()}.part")
        with part.open("wb") as out:
            for chunk in parts:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, target)

    await link.loop.run_in_executor(None, write)
