"""Where the venue hub keeps its files for an event (``MASTER.venue/``), and whether it runs:
light enough for a window to ask every second (no NATS, no database)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Files:
    folder: Path

    @classmethod
    def of(cls, db_path: str | Path) -> Files:
        path = Path(db_path).expanduser().resolve()
        return cls(path.with_name(path.name + ".venue"))

    cert = property(lambda self: self.folder / "hub-cert.pem")
    key = property(lambda self: self.folder / "hub-key.pem")
    seed = property(lambda self: self.folder / "control.seed")
    config = property(lambda self: self.folder / "nats-server.json")
    store = property(lambda self: self.folder / "jetstream")
    state = property(lambda self: self.folder / "hub.json")


def running(files: Files) -> dict[str, Any] | None:
    """The running hub's ``hub.json`` (None when no hub runs for this event)."""
    try:
        state = json.loads(files.state.read_text())
        os.kill(int(state["pid"]), 0)
        return state
    except (OSError, ValueError, KeyError):
        return None
