"""Placeholder for the show's cue list (being built)."""

from __future__ import annotations


def rebuild_cues(db, custom_cards=None) -> None:  # noqa: ANN001
    return None
