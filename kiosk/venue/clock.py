"""The hub's clock across the venue (``slideshow --sync`` on several machines).

The master answers ``venue.clock`` requests with its time (it runs beside the hub: its clock
is the venue's). A machine asks a few times (:data:`SAMPLES`), keeps the shortest round trip
(:func:`kiosk.core.hub_time.best_offset`), and asks again every :data:`EVERY` seconds, so
that a machine whose clock is off by seconds still counts slides with the others.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from kiosk.core.hub_time import HubClock, Sample, best_offset, local_time
from kiosk.venue import server
from kiosk.venue.link import Link, Task

SAMPLES = 8
EVERY = 20.0  # seconds between estimates (clocks drift by milliseconds an hour, not more)
TIMEOUT = 0.5


async def serve(link: Link) -> None:
    """On the master: answer every clock request at once, with this machine's time."""

    async def answer(msg: Any) -> None:
        if msg.reply:
            await link.nc.publish(msg.reply, repr(time.time()).encode())

    await link.nc.subscribe(server.CLOCK, cb=answer)
    while True:
        await asyncio.sleep(3600)


async def measure(nc: Any, samples: int = SAMPLES) -> list[Sample]:
    """Round trips to the master's clock (fewer when it does not answer)."""
    found = []
    for _ in range(samples):
        sent = local_time()
        try:
            msg = await nc.request(server.CLOCK, b"", timeout=TIMEOUT)
            hub = float(msg.data)
        except Exception:  # noqa: BLE001 - no master, offline: keep the estimate we have
            break
        found.append(Sample(sent, hub, local_time()))
    return found


def keeper(clock: HubClock, every: float = EVERY) -> Task:
    """A link task that keeps ``clock`` on the hub's time."""

    async def keep(link: Link) -> None:
        while True:
            if link.online:
                best = best_offset(await measure(link.nc))
                if best is not None:
                    clock.update(best)
            await asyncio.sleep(every if clock.known else 0.5)

    return keep
