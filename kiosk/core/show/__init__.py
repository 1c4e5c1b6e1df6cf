"""The show: the running order of cues and the cursor that walks it (no Qt here)."""

from __future__ import annotations

from kiosk.core.show.cues import (
    KINDS,
    REVEAL_KINDS,
    CustomCard,
    add_cue,
    ensure_built,
    load_cues,
    move_cue,
    rebuild_cues,
    remove_cue,
    set_notes,
)
from kiosk.core.show.cursor import ShowState, move, revealed, running_order, state, status

__all__ = ["KINDS", "REVEAL_KINDS", "CustomCard", "ShowState", "add_cue", "ensure_built", "load_cues", "move",
           "move_cue", "rebuild_cues", "remove_cue", "set_notes", "revealed", "running_order", "state",
           "status"]
