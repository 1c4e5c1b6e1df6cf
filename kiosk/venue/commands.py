"""Commands from the control to one machine: blank, unblank, identify, an announcement on it
alone (``venue.cmd.<name>``, request/reply: the control knows whether it arrived).

The master sends (:func:`send`, called by ``kiosk venue blank|unblank|identify|announce`` and
by the control window's venue card) with the hub's own credential; the machine's link hears
the commands to itself alone (:func:`obey`, a link task) and writes them into its file, where
its windows read them (:mod:`kiosk.core.machine_screen`).
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeout

from kiosk.core import machine_screen, machines
from kiosk.core.db import open_db
from kiosk.core.errors import KioskError
from kiosk.core.hub_time import HubClock
from kiosk.venue import server
from kiosk.venue.clock import keeper
from kiosk.venue.hub import Files, running
from kiosk.venue.link import Link, Task
from kiosk.venue.security import Client, client_context

TIMEOUT = 2.0  # a machine answers within milliseconds; an offline one never does


async def obey(link: Link) -> None:
    """On a machine: each command to it is written into its file, then answered."""

    async def heard(msg: Any) -> None:
        try:
            orders = await link.in_db(machine_screen.obey, json.loads(msg.data))
            answer: dict[str, Any] = {"ok": True, **orders.to_dict()}
        except (ValueError, KioskError) as error:
            answer = {"ok": False, "error": str(error)}
        if msg.reply:
            await link.nc.publish(msg.reply, json.dumps(answer, ensure_ascii=False).encode())

    await link.nc.subscribe(f"{server.COMMANDS}.{link.cfg.name}", cb=heard)
    while True:
        await asyncio.sleep(3600)


def send(db_path: str | Path, name: str, command: str, text: str | None = None,
         timeout: float = TIMEOUT) -> dict[str, Any]:
    """Send ``command`` to the machine ``name`` through the running hub; what happened."""
    message = machine_screen.command(command, text)
    db = open_db(db_path)
    try:
        found = {m.name: m for m in machines.machines(db)}
    finally:
        db.close()
    machine = found.get(name)
    if machine is None or machine.revoked_at:
        known = ", ".join(m.name for m in found.values() if not m.revoked_at) or "-"
        raise KioskError("venue.unknown_machine", name=name, known=known)
    files = Files.of(db_path)
    state = running(files)
    if state is None:
        raise KioskError("venue.hub_stopped")
    host, port = state["listen"]
    answer = asyncio.run(_request(server.local_url(host, port), files.cert.read_text(), files.seed.read_text().strip(),
                                  f"{server.COMMANDS}.{name}", message, timeout))
    result: dict[str, Any] = {"machine": name, "role": machine.role, **message,
                              "delivered": bool(answer and answer.get("ok"))}
    if answer is not None:
        result["orders" if answer.get("ok") else "error"] = (
            {k: v for k, v in answer.items() if k != "ok"} if answer.get("ok")
            else answer.get("error"))
    return result


async def _request(url: str, cert: str, seed: str, subject: str, message: dict[str, Any],
                   timeout: float) -> dict[str, Any] | None:
    # asyncio's "returning true from eof_received() has no effect when using ssl": noise.
    logging.getLogger("asyncio").setLevel(logging.ERROR)
    nc = Client()
    try:
        await asyncio.wait_for(nc.connect(
            servers=[url], tls=client_context(cert), nkeys_seed_str=seed,
            name="kiosk control command", allow_reconnect=False, max_reconnect_attempts=0,
            connect_timeout=timeout), timeout * 2)
    except Exception as error:  # noqa: BLE001 - the hub does not answer
        raise KioskError("venue.hub_unreachable", url=url, detail=str(error) or repr(error)) \
            from None
    try:
        reply = await nc.request(subject, json.dumps(message, ensure_ascii=False).encode(),
                                 timeout=timeout)
        return json.loads(reply.data)
    except (NoRespondersError, NatsTimeout):
        return None  # offline, or no window holds its link
    finally:
        await nc.close()


def machine_tasks(hub_clock: HubClock | None = None) -> list[Task]:
    """What every screen or stage machine's link runs: the commands to it, and (for
    ``slideshow --sync``) the hub's clock kept in ``hub_clock``."""
    return [obey] if hub_clock is None else [obey, keeper(hub_clock)]
