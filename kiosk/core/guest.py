"""A guest as the door sees them: name, table, party, and whether the door must notice them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.core.csvfile import fold

ATTENTION_CATEGORIES = {"vip": "VIP", "press": "press", "presse": "press", "security": "security"}
ATTENTION_WORDS = (("security", "security"), ("securite", "security"), ("vip", "VIP"),
                   ("press", "press"), ("presse", "press"))


def attention_of(category: str, notes: str) -> str | None:
    """VIP, press or security: guests the door must notice (a distinct alert)."""
    flag = ATTENTION_CATEGORIES.get(fold(category))
    if flag:
        return flag
    folded = fold(notes)
    for word, flag in ATTENTION_WORDS:
        if folded.startswith(word) or f"; {word}" in folded or f"{word}:" in folded:
            return flag
    return None


@dataclass(frozen=True)
class Guest:
    id: int
    first_name: str
    last_name: str
    organisation: str
    category: str
    table: str
    notes: str
    party_size: int
    lists: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def attention(self) -> str | None:
        return attention_of(self.category, self.notes)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "first_name": self.first_name,
                "last_name": self.last_name, "organisation": self.organisation,
                "category": self.category, "table": self.table, "notes": self.notes,
                "party_size": self.party_size, "lists": list(self.lists),
                "attention": self.attention}
