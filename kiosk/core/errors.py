"""A refusal the domain gives: a stable code, the values that fill its message.

The messages themselves are one static table, :data:`kiosk.core.messages.MESSAGES`;
:func:`kiosk.i18n.message_of` renders one in the interface language.
"""

from __future__ import annotations

from typing import Any

from kiosk.core.messages import CONTEXT, MESSAGES, QT_TRANSLATE_NOOP

__all__ = ["CONTEXT", "MESSAGES", "QT_TRANSLATE_NOOP", "KioskError", "render", "template_of"]


def template_of(code: str) -> str:
    """The English template of a message code (the code itself when it has none)."""
    return MESSAGES.get(code, code)


class KioskError(Exception):
    """A refusal with a stable code, a user-facing message and the values that fill it."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return template_of(self.code)

    @property
    def message(self) -> str:
        return render(self.template, self.params)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, **_jsonable(self.params)}


def render(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (v if isinstance(v, (str, int, float, bool, type(None))) else str(v)) for k, v in params.items()}
