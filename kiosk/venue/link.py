"""One machine's link to the venue hub: nats-py in one background thread with its own loop.

Nothing here blocks the caller on the network. A door's decision asks :meth:`Link.claim`,
which waits at most ``TIMEOUT`` (300 ms; KIOSK_HUB_TIMEOUT_MS sets another, for a slow venue
network) and answers ``None`` when the hub does not answer (frozen, unplugged): the door then
decides alone. After a timeout the link is *suspect*
(offline) until a ping comes back, so that the scans after it do not each wait.

Background tasks: connect (forever, in the background: a first connect to a closed port
retries without holding anyone), send the outbox in order (marking what the hub
acknowledged; an admission decided alone is claimed on the way, so the hub learns of it),
apply what the venue sends (the stream from where this file stopped, deduplicated on the
event id), the roster (door: applied; master: published), a heartbeat every second.
SQLite is touched only in one worker thread with its own connection.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import json
import logging
import os
import sys
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from nats.errors import TimeoutError as NatsTimeout
from nats.js import api
from nats.js.errors import KeyDeletedError, KeyWrongLastSequenceError

from kiosk.core import machine_screen, replica
from kiosk.core.db import data_version, open_db
from kiosk.core.scan_status import is_refused
from kiosk.core.venue import HubAnswer, admission_key
from kiosk.venue import server
from kiosk.venue.security import Client, client_context
from kiosk.venue.watch import FileWatch


def _timeout() -> float:
    """How long a door waits for the hub before it decides alone, in seconds."""
    text = os.environ.get("KIOSK_HUB_TIMEOUT_MS", "")
    try:
        return max(10, min(int(text), 10_000)) / 1000 if text else 0.3
    except ValueError:
        return 0.3


TIMEOUT = _timeout()  # a request to the hub: then the door decides alone
READERS = ("screens",)  # roles that send nothing and read only what their tasks ask for
APPLY_AFTER = 0.02  # s: the venue's events are taken this long after the first arrives...
APPLY_BATCH = 1000  # ...at most this many at once (a late joiner's backlog)...
APPLY_TURN = 20  # ...and applied at least this many per transaction (a commit costs ~100 us:
# 5 a transaction cost 68 us an event, 20 cost 45 us)...
APPLY_SLICE_S = 0.002  # ...and as many more as fit in about 2 ms: a scan waits for one at most
SEND_AFTER = 0.02  # s: the outbox is sent this long after a wake, a rush's scans together...
SEND_BATCH = 500  # ...at most this many at once
CHECKPOINT_EVERY = 40  # of the link's writes: see Link._write_db
SWITCH_INTERVAL = 0.001  # s: see Link.start
# s: a hub that has not greeted a new connection by then is not answering (a frozen one
# accepts the TCP connection and says nothing). A one-shot `scan PAYLOAD` gives it half.
CONNECT_TIMEOUT_S = 1.0
# A hub reloading its credentials and TLS (at each export or revoke) refuses a copy that
# connects at that instant (an Authorization Violation, its credential valid) or drops it
# mid-handshake (nats-server 2.15.1, measured: 0-2 of a door's starts over 145 reloads in 1.5
# s). A first such try is taken for that: the copy tries again in half a second, neither
# shut out nor deciding alone for it; still refused or dropped then, it is meant (revoked, or
# a hub in trouble).
DROPPED_MEANT_S = 0.4
ERROR_REPEAT_S = 60.0  # s: the same hub error is logged again after this long
PING_WAIT_S = 365 * 86400.0  # s: a liveness PING is never given up on (see Link._answers)...
PING_AGAIN_S = 5.0  # ...but another is sent when it has waited this long
QUIET_S = 0.5  # s without a decision of this door: the other doors' refusals are applied...
HOLD_MAX = 20_000  # ...or once this many wait


class WriteTurns:
    """This process's writes to its file, one at a time, a door's decisions first.

    ``with turns:`` is a decision: it waits for no more than the write in progress.
    ``with turns.after():`` is one of the link's own writes: it lets every waiting decision
    go first. The turn is handed over at once on a condition, not in SQLite's busy handler
    (which sleeps 1, 2, 5, 10... ms between tries: the tail of a scan's latency).
    Re-entrant in the thread that holds it.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._owner: int | None = None
        self._depth = 0
        self._urgent = 0  # decisions waiting

    def _take(self, urgent: bool) -> None:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return
            self._urgent += urgent
            try:
                while self._owner is not None or (not urgent and self._urgent):
                    self._cond.wait()
            finally:
                self._urgent -= urgent
            self._owner, self._depth = me, 1

    def _give(self) -> None:
        with self._cond:
            self._depth -= 1
            if not self._depth:
                self._owner = None
                self._cond.notify_all()

    def __enter__(self) -> WriteTurns:
        self._take(True)
        return self

    def __exit__(self, *exc: object) -> None:
        self._give()

    def let_through(self) -> None:
        """In the link's turn: let the decisions waiting go first, then take it back."""
        if self._urgent and self._depth == 1 and self._owner == threading.get_ident():
            self._give()
            self._take(False)

    @contextmanager
    def after(self) -> Iterator[None]:
        self._take(False)
        try:
            yield
        finally:
            self._give()


def _dropped(e: Exception) -> bool:
    """The hub took the connection, then refused or dropped it: it is there (see
    DROPPED_MEANT_S), unlike a refused port or a greeting that never came."""
    text = str(e).lower()
    return isinstance(e, (ConnectionResetError, BrokenPipeError)) or any(
        word in text for word in ("authorization violation", "connection lost", "unexpected eof"))


def _log(text: str) -> None:
    sys.stderr.write(f"kiosk venue: {text}\n")
    sys.stderr.flush()


# A further job of a machine on the venue (a screen's slides, a stage's cues): a coroutine
# started once the link has joined, given the link (its ``nc``, ``js``, ``in_db``).
Task = Callable[["Link"], Awaitable[None]]


class Link:
    """A copy's (or the master's) connection to the hub."""

    def __init__(self, db_path: str | Path, link: replica.Link, *, master: bool = False,
                 log: Callable[[str], None] = _log, tasks: Sequence[Task] = (),
                 connect_timeout: float = CONNECT_TIMEOUT_S) -> None:
        self.connect_timeout = connect_timeout
        self.path = Path(db_path)
        self.cfg = link
        self.master = master
        self.log = log
        self.subject = f"{server.EVENTS_SUBJECT}.{link.role}.{link.name}" if not master \
            else f"{server.EVENTS_SUBJECT}.control"
        self.machine = server.source_of(self.subject)[0]
        self._held: list[tuple[int, str, bytes]] = []  # other doors' refusals, not yet applied
        self._last_decision = 0.0  # time.monotonic() of this process's last decision
        self.loop = asyncio.new_event_loop()
        self._io = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="venue-db")
        # This process's writes to the file (a door's decisions, the link's own) take turns.
        self.write_lock = WriteTurns()
        self._writes = 0
        self._db: Any = None
        self._thread = threading.Thread(target=self._run, name="venue-link", daemon=True)
        self.nc: Any = None
        self.js: Any = None
        self.kv: Any = None
        self._connected = False
        self._ready = False
        self._suspect = False
        self._resubscribe = False
        self._roster_resubscribe = False
        self._wake: asyncio.Event | None = None
        self._wake_pending = False
        self._tasks: list[asyncio.Task] = []
        self.sent = 0
        self.received = 0
        self.joined = threading.Event()  # connected once and the venue's streams found
        self._ping: asyncio.Future | None = None  # the liveness PING in flight (see _answers)
        self._ping_conn = 0  # ... sent on this connection (nats-py's count of reconnections)
        self._ping_at = 0.0  # ... at this time.monotonic()
        # Set while the hub cannot be reached (refused, no answer in time), cleared when it
        # answers: a waiting caller need not wait any longer for it.
        self.unreachable = threading.Event()
        self._failures = 0  # attempts that failed since it last answered
        self._dropped_since: float | None = None  # ...since when the hub refuses or drops it
        # The hub refuses this copy's credential (revoked at the control: a lost laptop, or
        # the wrong name revoked): it says so on screen, not "offline" like a network fault.
        self.shut_out = False
        self._last_error = ("", 0.0)  # the hub error last logged, and when
        self.extra = tuple(tasks)
        self._file_watch: FileWatch | None = None
        self._looked = 0  # the outbox holds nothing up to this seq (see _next_batch)

    # -- the caller's side (any thread) ------------------------------------------------
    @property
    def online(self) -> bool:
        return self._connected and self._ready and not self._suspect

    def settled(self, timeout: float) -> bool:
        """Wait (at most ``timeout`` s) until this copy joined the venue or found the hub
        unreachable; True if it joined."""
        deadline = time.monotonic() + timeout
        while not self.joined.wait(0.01):
            if self.unreachable.is_set() or time.monotonic() >= deadline:
                return False
        return True

    def start(self) -> Link:
        # What this process holds by now (modules, nats-py, sqlite-utils, numpy when installed:
        # ~40,000 objects) is kept out of the cycle collector's passes: a full pass over it came
        # once in a rush and took 30 ms of CPU (65-100 ms for the scan it fell in, 4 doors).
        gc.freeze()
        # A thread waiting for the interpreter (the link with the hub's answer, the door with
        # its scan) gets it within 1 ms of asking, not 5: measured, 4 doors at once, p99 24-29
        # ms instead of 35-37, the same CPU.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self._thread.start()
        return self

    def claim(self, key: str, token: str, door: str, at: str) -> HubAnswer | None:
        if not self.online:
            return None
        future = asyncio.run_coroutine_threadsafe(self._claim(key, token, door, at), self.loop)
        try:
            return future.result(TIMEOUT)
        except concurrent.futures.TimeoutError:
            future.cancel()
            self._suspect = True  # until a ping comes back
            return None
        except Exception as error:  # noqa: BLE001 - any failure: decide alone
            self.log(f"claim failed: {error!r}")
            return None

    def release(self, key: str) -> None:
        if self.online:
            asyncio.run_coroutine_threadsafe(self._release(key), self.loop)

    def notify(self) -> None:
        """A decision of this process's door was recorded: send it now (the door is busy)."""
        self._last_decision = time.monotonic()
        self._wake_sender()

    def _wake_sender(self) -> None:
        # One wake of the loop per batch, not per scan: the sender clears the flag before it
        # reads the outbox, so a commit after that read wakes it again.
        if self._wake is not None and not self._wake_pending:
            self._wake_pending = True
            self.loop.call_soon_threadsafe(self._wake.set)

    def outbox(self) -> int:
        """Events waiting to be sent (read from the file: true after a restart too)."""
        db = open_db(self.path)
        try:
            return replica.waiting(db, self._looked)
        finally:
            db.close()

    def close(self, timeout: float = 3.0) -> None:
        if self._thread.is_alive():
            future = asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop)
            try:
                future.result(timeout)
            except Exception:  # noqa: BLE001 - closing: nothing more to do
                pass
            self._thread.join(timeout)
        self._io.submit(self._close_db).result(timeout)
        self._io.shutdown(wait=False)

    # -- the loop's side ---------------------------------------------------------------
    def _run(self) -> None:
        # asyncio's "returning true from eof_received() has no effect when using ssl": noise.
        logging.getLogger("asyncio").setLevel(logging.ERROR)
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self._main())
        finally:
            if self._file_watch is not None:
                self._file_watch.stop()
            # What nats-py left running (subscriptions' readers) ends before the loop does.
            pending = asyncio.all_tasks(self.loop)
            for task in pending:
                task.cancel()
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            self.loop.close()

    async def in_db(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn(db, *args)`` in the link's one database thread (its own connection)."""
        def call() -> Any:
            if self._db is None:
                self._db = open_db(self.path)
            return fn(self._db, *args)
        return await self.loop.run_in_executor(self._io, call)

    def file_changes(self) -> asyncio.Event:
        """For a task on the loop: an event set whenever the file changed (one watch for all
        of them, :mod:`kiosk.venue.watch`), set at once for a first look."""
        if self._file_watch is None:
            self._file_watch = FileWatch(self.path, self.loop)
        return self._file_watch.changes()

    async def _write_db(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Like :meth:`in_db`, for a write: in turn with this process's other writes.

        The write-ahead log is folded into the file (a checkpoint: tens of milliseconds,
        with its fsync) every ``CHECKPOINT_EVERY`` writes, after the lock is let go, never
        inside a commit that a door's scan would wait for.
        """
        def locked(db: Any, *args: Any) -> Any:
            if not self._writes:
                db.execute("PRAGMA wal_autocheckpoint = 0")
            with self.write_lock.after():
                result = fn(db, *args)
            self._writes += 1
            if self._writes % CHECKPOINT_EVERY == 0:
                db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return result
        return await self.in_db(locked, *args)

    def _apply(self, db: Any, items: list[tuple[str, dict[str, Any]]], last: int) -> int:
        """The venue's events in short transactions (about ``APPLY_SLICE_S`` each), letting a
        waiting decision through between them: a rush's trickle goes a few at a time, a late
        joiner's backlog hundreds at a time."""
        new, start, size = 0, 0, APPLY_TURN
        while True:
            chunk = items[start:start + size]
            end = start + len(chunk)
            began = time.perf_counter()
            new += replica.apply(db, chunk, last if end >= len(items) else 0)
            took = time.perf_counter() - began
            self.write_lock.let_through()
            start = end
            if start >= len(items):
                return new
            size = max(APPLY_TURN, min(500, int(size * APPLY_SLICE_S / max(took, 1e-5))))

    def _close_db(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    async def _main(self) -> None:
        self._wake = asyncio.Event()
        self._done = asyncio.Event()
        self._tasks = [asyncio.create_task(self._connect())]
        await self._done.wait()

    async def _shutdown(self) -> None:
        if self.online and not self.master:
            # Goodbye: the control sees this copy stopped, with its last scans and outbox
            # (not the figures of its last heartbeat, a second earlier), and not lost.
            try:
                await asyncio.wait_for(self._hello(stopped=True), 0.5)
                await self._answers(0.5)
            except Exception:  # noqa: BLE001 - closing: the heartbeat's silence says enough
                pass
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.nc is not None:
            try:
                await asyncio.wait_for(self.nc.close(), 1.0)
            except Exception:  # noqa: BLE001
                pass
        self._done.set()

    async def _connect(self) -> None:
        async def disconnected() -> None:
            self._connected = False

        async def reconnected() -> None:
            self._connected = True
            self._suspect = False
            self._answered()
            self._resubscribe = self._roster_resubscribe = True
            self.log("hub answers again")
            self._wake_sender()

        async def error(e: Exception) -> None:
            self._failed(e, time.monotonic())
            # A door cut off for an hour retries every half second: the same error is
            # written once, then once a minute, not 7,200 times.
            text, now = repr(e), time.monotonic()
            if text != self._last_error[0] or now - self._last_error[1] >= ERROR_REPEAT_S:
                self._last_error = (text, now)
                self.log(f"hub: {text}" + ("" if self.online else " (deciding alone; retrying)"))

        self.nc = Client()
        await self.nc.connect(
            servers=self.cfg.urls, tls=client_context(self.cfg.cert), nkeys_seed_str=self.cfg.seed,
            name=f"kiosk {self.cfg.role} {self.cfg.name}", allow_reconnect=True,
            max_reconnect_attempts=-1, reconnect_time_wait=0.5,
            connect_timeout=self.connect_timeout,
            ping_interval=2, max_outstanding_pings=2, disconnected_cb=disconnected,
            dont_randomize=self.master,  # the master: its own server first, then any node
            reconnected_cb=reconnected, error_cb=error)
        self._connected = True
        self.js = self.nc.jetstream(timeout=2.0)
        while True:
            try:
                if self.master:
                    await self._ensure_streams()
                self.kv = await self.js.key_value(server.ADMISSIONS)
                self.roster_kv = await self.js.key_value(server.ROSTER)
                break
            except Exception as e:  # noqa: BLE001 - the hub's streams are not there yet
                self.log(f"waiting for the venue's streams: {e!r}")
                await asyncio.sleep(0.5)
        self._ready = True
        self._answered()
        self.joined.set()
        self.log(f"joined {self.cfg.url} as {self.cfg.role} {self.cfg.name}")
        # A screens copy only reads (its tasks say what): no events, no roster, a heartbeat.
        own = (self._probe(),) if self.cfg.role in READERS else (
            self._send(), self._receive(), self._probe(), self._roster())
        self._tasks += [asyncio.create_task(t) for t in own]
        if self.master:
            self._tasks.append(asyncio.create_task(self._machines()))
        self._tasks += [asyncio.create_task(task(self)) for task in self.extra]

    def _failed(self, e: Exception, now: float) -> None:
        """A try to reach the hub failed with ``e``: unreachable once every address failed
        (one of a three-node hub's may be down while another answers); shut out when the hub
        refuses this copy's credential. A refusal or drop by a hub that took the connection
        counts only if still so at the next try (DROPPED_MEANT_S): one failed try can be
        reported twice (the handshake, then the reader)."""
        if not _dropped(e):
            self._dropped_since = None
        elif self._dropped_since is None:
            self._dropped_since = now  # the first of a streak
        meant = self._dropped_since is None or now - self._dropped_since >= DROPPED_MEANT_S
        if not self.online and meant:
            self._failures += 1
            if self._failures >= len(self.cfg.urls):
                self.unreachable.set()
            self.shut_out = "authorization violation" in str(e).lower()

    def _answered(self) -> None:
        """The hub answers (joined, or back): no longer unreachable nor shut out, and its next
        error is logged at once."""
        self.unreachable.clear()
        self.shut_out, self._failures, self._dropped_since = False, 0, None
        self._last_error = ("", 0.0)

    async def _ensure_streams(self) -> None:
        try:
            await self.js.stream_info(server.STREAM)
        except Exception:  # noqa: BLE001 - not found: create it
            await self.js.add_stream(name=server.STREAM, subjects=[f"{server.EVENTS_SUBJECT}.>"],
                                     storage=api.StorageType.FILE, duplicate_window=120.0)
        for bucket in (server.ADMISSIONS, server.ROSTER):
            try:
                await self.js.key_value(bucket)
            except Exception:  # noqa: BLE001
                await self.js.create_key_value(bucket=bucket, history=1,
                                               storage=api.StorageType.FILE)

    # -- admissions --------------------------------------------------------------------
    async def _claim(self, key: str, token: str, door: str, at: str) -> HubAnswer:
        value = json.dumps({"token": token, "door": door, "at": at}).encode()
        try:
            await self.kv.update(key, value, last=0)
            return HubAnswer(True, door, at, token)
        except KeyWrongLastSequenceError:
            pass
        try:
            entry = await self.kv.get(key)
        except KeyDeletedError as deleted:  # out and back in: the key is free again
            await self.kv.update(key, value, last=deleted.entry.revision)
            return HubAnswer(True, door, at, token)
        held = json.loads(entry.value)
        # A request of ours that timed out may have landed later: our own write wins.
        return HubAnswer(held.get("token") == token, held.get("door", ""), held.get("at", ""),
                         held.get("token", ""))

    async def _release(self, key: str) -> None:
        try:
            await self.kv.delete(key)
        except Exception as e:  # noqa: BLE001 - offline: the exit travels as an event anyway
            self.log(f"release {key}: {e!r}")

    # -- the outbox --------------------------------------------------------------------
    async def _send(self) -> None:
        kinds = replica.DOOR_KINDS if self.master else None
        assert self._wake is not None
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), 0.25)
            except TimeoutError:
                pass
            self._wake.clear()
            await asyncio.sleep(SEND_AFTER)  # one batch (one acknowledgement write) per rush
            self._wake_pending = False
            while self.online:
                batch = await self.in_db(self._next_batch, kinds)
                if not batch:
                    break
                try:
                    await self._publish(batch)
                except Exception as e:  # noqa: BLE001 - the hub went away: try again later
                    self.log(f"outbox: {e!r}")
                    self._suspect = True
                    break
                await self._write_db(replica.mark_sent, batch[-1]["seq"])
                if len(batch) < SEND_BATCH:
                    break  # all there was: a commit since the read woke this loop again

    def _next_batch(self, db: Any, kinds: tuple[str, ...] | None) -> list[dict[str, Any]]:
        """The outbox's next batch (in the database thread); when it is empty, everything up
        to the last event read before it is sent or heard: not read again."""
        top = replica.last_seq(db)
        batch = replica.outbox(db, SEND_BATCH, kinds, self._looked)
        if not batch:
            self._looked = max(self._looked, top)
        return batch

    async def _publish(self, batch: list[dict[str, Any]]) -> None:
        pending = []
        for message in batch:
            if message.get("skip"):
                continue
            scan = message.get("scan")
            if (scan and scan["status"] == "admitted" and message["payload"].get("online") is False
                    and scan.get("guest_id") and scan.get("list_id")):
                # Decided alone: tell the hub now (a double is found at the master anyway).
                await self._claim(admission_key(scan["guest_id"], scan["list_id"]),
                                  message["id"], scan.get("door", ""), scan["scanned_at"])
            body = json.dumps({k: v for k, v in message.items() if k != "seq"},
                              ensure_ascii=False).encode()
            # Acknowledged on one reply subscription, a future each (js.publish() makes a
            # task, a timer and a reply subject per message).
            subject = server.event_subject(self.subject, bool(scan) and is_refused(scan["status"]))
            pending.append(await self.js.publish_async(subject, body,
                                                      headers={"Nats-Msg-Id": message["id"]}))
            if len(pending) >= 100:
                await self._acknowledged(pending)
                pending = []
        if pending:
            await self._acknowledged(pending)
        self.sent += len(batch)

    @staticmethod
    async def _acknowledged(pending: list[asyncio.Future]) -> None:
        """Wait (2 s at most) until the hub acknowledged every one; raise if it did not."""
        try:
            await asyncio.wait_for(asyncio.gather(*pending), 2.0)
        finally:
            for future in pending:  # not answered in time: never will be, as far as we wait
                future.cancel()

    # -- what the venue sends ----------------------------------------------------------
    async def _receive(self) -> None:
        subject = f"{server.EVENTS_SUBJECT}.door.>" if self.master else f"{server.EVENTS_SUBJECT}.>"
        while True:
            if not self.online:
                await asyncio.sleep(0.2)
                continue
            self._resubscribe = False
            start = await self.in_db(lambda db: replica.stream_seq(db))
            if start and start > await self._stream_last():  # a new store: from its start
                start = await self.in_db(replica.restart_stream)
            config = api.ConsumerConfig(
                deliver_policy=api.DeliverPolicy.BY_START_SEQUENCE if start else api.DeliverPolicy.ALL,
                opt_start_seq=start + 1 if start else None)
            # Delivered to a callback that only keeps the message (no task, no timer per
            # message, as next_msg() makes): _drain takes what arrived, a rush's at once.
            arrived: list[Any] = []
            came = asyncio.Event()

            async def keep(msg: Any, arrived: list[Any] = arrived, came: asyncio.Event = came) -> None:
                arrived.append(msg)
                came.set()

            try:
                sub = await self.js.subscribe(subject, stream=server.STREAM, ordered_consumer=True,
                                              config=config, idle_heartbeat=1.0, cb=keep)
            except Exception as e:  # noqa: BLE001
                self.log(f"subscribe: {e!r}")
                await asyncio.sleep(0.5)
                continue
            self._held.clear()  # heard again from the stream's position: nothing passed them
            try:
                await self._drain(arrived, came)
            finally:
                try:
                    await sub.unsubscribe()
                except Exception:  # noqa: BLE001
                    pass

    async def _stream_last(self) -> int:
        try:
            return (await self.js.stream_info(server.STREAM)).state.last_seq
        except Exception:  # noqa: BLE001 - not known now: as if the stream went on
            return 1 << 62

    async def _drain(self, arrived: list[Any], came: asyncio.Event) -> None:
        """Apply what the subscription delivered, in order, all that arrived at once.

        Applied in short transactions (_apply): each holds the write lock a scan waits for.
        The other doors' refusals change nobody's presence: a copy holds them (unread) while
        its own door is busy and applies them once it has been quiet ``QUIET_S``, so that in a
        rush its scans do not share its core with writing down the other doors' refusals.
        The file's stream position never passes a refusal held: one still held when the
        process ends is heard again.
        """
        delivered = noted = 0  # the stream's position: delivered here, and written down
        while not self._resubscribe:
            if not arrived:
                try:
                    await asyncio.wait_for(came.wait(), self._held_wait())
                except TimeoutError:
                    pass  # nothing new: held refusals may be due
                else:
                    await asyncio.sleep(APPLY_AFTER)  # the rest of a rush's batch
            came.clear()
            messages = arrived[:APPLY_BATCH]
            del arrived[:len(messages)]
            items = []
            for msg in messages:
                seq = _stream_seq(msg)
                delivered = max(delivered, seq)
                machine, refused = server.source_of(msg.subject)
                if machine == self.machine:
                    continue
                if refused and not self.master:
                    self._held.append((seq, machine, msg.data))
                    continue
                items.append((machine, json.loads(msg.data)))
            last = min(delivered, self._held[0][0] - 1) if self._held else delivered
            if items or last > noted:  # (a batch of refusals held alone: nothing to write)
                self.received += await self._write_db(self._apply, items, last)
                noted = last
            if self._held and (self._quiet() or len(self._held) >= HOLD_MAX):
                await self._apply_held(delivered)
                noted = delivered

    def _quiet(self) -> bool:
        """No decision of this process's door for ``QUIET_S``."""
        return time.monotonic() - self._last_decision >= QUIET_S

    def _held_wait(self) -> float:
        if not self._held:
            return 1.0
        return min(1.0, max(0.01, self._last_decision + QUIET_S - time.monotonic()))

    async def _apply_held(self, delivered: int) -> None:
        held, self._held = self._held, []
        items = [(machine, json.loads(data)) for _seq, machine, data in held]
        self.received += await self._write_db(self._apply, items, delivered)

    # -- the roster --------------------------------------------------------------------
    async def _roster(self) -> None:
        if self.master:
            await self._publish_roster()
        elif self.cfg.role != "stage":  # a stage copy holds no guests
            await self._follow_roster()

    async def _publish_roster(self) -> None:
        published, version = "", None
        while True:
            await asyncio.sleep(0.2)
            if not self.online:
                continue
            now = await self.in_db(data_version)
            if now == version:
                continue
            data = await self.in_db(replica.roster)
            if data["digest"] != published:
                try:
                    await self.roster_kv.put("current", zlib.compress(json.dumps(data).encode()))
                    published = data["digest"]
                except Exception as e:  # noqa: BLE001
                    self.log(f"roster: {e!r}")
                    continue
            version = now

    async def _follow_roster(self) -> None:
        while True:
            if not self.online:
                await asyncio.sleep(0.2)
                continue
            self._roster_resubscribe = False
            try:
                watcher = await self.roster_kv.watch("current")
            except Exception as e:  # noqa: BLE001
                self.log(f"roster watch: {e!r}")
                await asyncio.sleep(0.5)
                continue
            try:
                while self.online and not self._roster_resubscribe:
                    try:
                        entry = await watcher.updates(timeout=1.0)
                    except NatsTimeout:
                        continue
                    if entry is not None and entry.value:
                        data = json.loads(zlib.decompress(entry.value))
                        await self.in_db(replica.apply_roster, data)
            finally:
                try:
                    await watcher.stop()
                except Exception:  # noqa: BLE001
                    pass

    # -- liveness and heartbeat ---------------------------------------------------------
    async def _answers(self, timeout: float) -> bool:
        """Does the hub answer a PING within ``timeout`` s?

        The PING's future is never cancelled: nats-py 2.16 sets a late PONG's result on it
        unguarded, and on a cancelled one that raised in its read loop, which stopped: after
        a frozen hub thawed, the link was deaf (its door deciding alone) for the 4-6 s its
        stale-connection pings took to notice. So one PING waits as long as it takes (a
        reconnection drops it; after ``PING_AGAIN_S`` another is sent beside it), and each look
        waits for it at most ``timeout``.
        """
        now = time.monotonic()
        if (self._ping is None or self._ping.done() or now - self._ping_at > PING_AGAIN_S
                or self._ping_conn != self.nc.stats["reconnects"]):
            # An older PING is left waiting, never cancelled: its PONG resolves it, or a
            # reconnection drops it (nats-py starts each connection with no PING pending).
            self._ping = asyncio.ensure_future(self.nc.flush(timeout=PING_WAIT_S))
            self._ping.add_done_callback(lambda ping: ping.cancelled() or ping.exception())
            self._ping_at, self._ping_conn = now, self.nc.stats["reconnects"]
        done, _ = await asyncio.wait({self._ping}, timeout=timeout)
        return bool(done) and not self._ping.cancelled() and self._ping.exception() is None

    async def _probe(self) -> None:
        if not self.master:
            await self._hello()  # on the control's panel at once, not a second after joining
        while True:
            await asyncio.sleep(0.25 if self._suspect else 1.0)
            if not self._connected:
                continue
            try:
                if not await self._answers(0.5):
                    raise TimeoutError
                if self._suspect:
                    self._suspect = False
                    self._resubscribe = self._roster_resubscribe = True
                    self.log("hub answers again")
                    self._wake_sender()
            except Exception:  # noqa: BLE001 - no pong: offline until one comes
                self._suspect = True
                continue
            if not self.master:
                await self._hello()

    async def _hello(self, stopped: bool = False) -> None:
        try:
            waiting = await self.in_db(replica.waiting, self._looked)
            scans = await self.in_db(lambda db: db.execute(
                "SELECT count(*) FROM scans s WHERE NOT EXISTS"
                " (SELECT 1 FROM venue_inbox i WHERE i.event_id = s.event_id)").fetchone()[0])
            screen = await self.in_db(machine_screen.heartbeat)  # what it shows (issue 15)
            await self.nc.publish(f"{server.HELLO}.{self.cfg.name}", json.dumps(
                {"name": self.cfg.name, "role": self.cfg.role, "scans": scans,
                 "outbox": waiting, "at": time.time(), "stopped": stopped, **screen}).encode())
        except Exception as e:  # noqa: BLE001
            self.log(f"hello: {e!r}")

    async def _machines(self) -> None:
        """On the master: each copy's heartbeat, into ``venue_machines``."""
        from kiosk.core import machines

        presence = machines.Presence()  # and who came, stopped or went silent, in the log

        async def seen(msg: Any) -> None:
            try:
                data = json.loads(msg.data)
            except ValueError:
                return
            if not isinstance(data, dict):
                return
            name = msg.subject.rsplit(".", 1)[-1]
            await self.in_db(machines.seen, name, data)
            line = presence.heard(name, data, time.monotonic())
            if line:
                self.log(line)

        await self.nc.subscribe(f"{server.HELLO}.*", cb=seen)
        while True:
            await asyncio.sleep(1.0)
            for line in presence.silent(time.monotonic()):
                self.log(line)


def _stream_seq(msg: Any) -> int:
    """A delivered message's stream sequence, read from its reply subject
    ``$JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>.<consumer seq>.<time>.<pending>``
    (``msg.metadata`` builds objects for every field: a rush's messages pay for that)."""
    tokens = msg.reply.split(".")
    if len(tokens) == 9 and tokens[0] == "$JS" and tokens[1] == "ACK":
        return int(tokens[5])
    return msg.metadata.sequence.stream


def flush(link: Link, timeout: float) -> bool:
    """Wait (bounded) until the outbox is sent; False if the hub did not take it in time."""
    deadline = time.monotonic() + timeout
    link._wake_sender()
    while time.monotonic() < deadline:
        if link.online and link.outbox() == 0:
            return True
        if not link.joined.is_set() and link.unreachable.is_set():
            # Never reached the hub in this run, and it does not answer: the outbox goes with
            # this copy's next run. (A copy that had joined waits: its hub, or another node
            # of a three-node hub, is often back within the wait.)
            return False
        time.sleep(0.05)
    return False


def open_link(db: Any, db_path: str | Path, wait: float = 0.0, tasks: Sequence[Task] = (),
              connect_timeout: float = CONNECT_TIMEOUT_S) -> Link | None:
    """This copy's link to the hub, started (None for a copy that joins no venue)."""
    config = replica.link_of(db)
    if config is None or config.role == "control":
        return None
    link = Link(db_path, config, tasks=tasks, connect_timeout=connect_timeout).start()
    if wait:
        link.settled(wait)
    return link
