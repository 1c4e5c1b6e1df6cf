"""The show: the running order of cues and the cursor that walks it (no Qt here)."""

from __future__ import annotations

from kiosk.core.errors import QT_TRANSLATE_NOOP, register
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
from kiosk.core.show.cursor import ShowState, move, revealed, state, status

register({
    "show.empty": QT_TRANSLATE_NOOP("kiosk.core", "The show has no cues yet. Import the awards, then run 'kiosk show rebuild'."),
    "show.out_of_range": QT_TRANSLATE_NOOP("kiosk.core", "There is no cue {index}: the show has {count} cues, numbered 0 to {last}."),
    "show.bad_action": QT_TRANSLATE_NOOP("kiosk.core", "Unknown show action '{action}'."),
    "show.bad_anchor": QT_TRANSLATE_NOOP("kiosk.core", "Unknown position '{anchor}': use opening, interval, closing, before:N or envelope:N (N is a category's order)."),
    "show.bad_kind": QT_TRANSLATE_NOOP("kiosk.core", "A card you add is 'custom' or 'video', not '{kind}'."),
    "show.video_needs_file": QT_TRANSLATE_NOOP("kiosk.core", "A video cue needs a file (--file PATH)."),
    "show.card_needs_title": QT_TRANSLATE_NOOP("kiosk.core", "A card needs a title."),
    "show.setting_unknown": QT_TRANSLATE_NOOP("kiosk.core", "Unknown stage setting '{key}'. Settings: {known}."),
    "show.setting_bad": QT_TRANSLATE_NOOP("kiosk.core", "Setting {key}: '{value}' is not allowed (expected {expected})."),
})

__all__ = ["KINDS", "REVEAL_KINDS", "CustomCard", "ShowState", "add_cue", "ensure_built", "load_cues", "move",
           "move_cue", "rebuild_cues", "remove_cue", "set_notes", "revealed", "state", "status"]
