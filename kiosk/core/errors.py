"""Every refusal the domain can give, as a code with a user-facing message.

Messages are English templates with ``{named}`` fields. They are marked with
``QT_TRANSLATE_NOOP`` so that Qt's lupdate collects them into the translation
files; the Qt layer and the CLI translate them by code (context "kiosk.core").
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


CONTEXT = "kiosk.core"

MESSAGES: dict[str, str] = {
    # database
    "db.not_found": QT_TRANSLATE_NOOP("kiosk.core", "No event database at {path}. Create one with 'kiosk init' or 'kiosk demo'."),
    "db.exists": QT_TRANSLATE_NOOP("kiosk.core", "An event database already exists at {path}. Use --force to replace it."),
    "db.not_kiosk": QT_TRANSLATE_NOOP("kiosk.core", "{path} is not a kiosk event database."),
    "db.too_new": QT_TRANSLATE_NOOP("kiosk.core", "{path} was written by a newer version of the kiosk (schema {found}, this version knows up to {known}). Update the kiosk to open it."),
    "db.corrupt": QT_TRANSLATE_NOOP("kiosk.core", "{path} cannot be read as an SQLite database: {detail}"),
    "db.no_event": QT_TRANSLATE_NOOP("kiosk.core", "{path} holds no event yet. Create one with 'kiosk init'."),
    "db.not_demo": QT_TRANSLATE_NOOP("kiosk.core", "{path} holds a real event ({name}); 'kiosk demo' will not overwrite it. Choose another --db, or use --force."),
    "key.missing": QT_TRANSLATE_NOOP("kiosk.core", "The ticket-signing key {path} is missing. Tickets can only be signed on the machine that holds it."),
    "key.mismatch": QT_TRANSLATE_NOOP("kiosk.core", "The ticket-signing key {path} does not belong to this event."),
    # imports
    "import.file_missing": QT_TRANSLATE_NOOP("kiosk.core", "{file}: no such file."),
    "import.binary": QT_TRANSLATE_NOOP("kiosk.core", "{file}: this is not a CSV text file (binary content at byte {offset})."),
    "import.encoding": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: the text is neither UTF-8 nor Windows-1252. Save the file as 'CSV UTF-8'."),
    "import.empty": QT_TRANSLATE_NOOP("kiosk.core", "{file}: the file is empty."),
    "import.missing_column": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line 1: required column '{field}' is missing (found: {found})."),
    "import.field_count": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: expected {expected} fields but found {found}."),
    "import.missing_value": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': a value is required."),
    "import.bad_value": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': {detail}"),
    "import.csv": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: {detail}"),
    "import.no_rows": QT_TRANSLATE_NOOP("kiosk.core", "{file}: the file has a header but no rows."),
    "import.duplicate": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': '{value}' already appears on line {first_line}."),
    "list.unknown": QT_TRANSLATE_NOOP("kiosk.core", "There is no check-in list called '{name}'. Lists: {known}."),
    "guest.unknown": QT_TRANSLATE_NOOP("kiosk.core", "There is no guest with id {guest_id}."),
}


class KioskError(Exception):
    """A refusal with a stable code, a user-facing message and the values that fill it."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return MESSAGES.get(self.code, self.code)

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


def register(messages: dict[str, str]) -> None:
    """Feature modules add their own codes here, at import time."""
    for code, text in messages.items():
        if code in MESSAGES and MESSAGES[code] != text:
            raise ValueError(f"error code {code!r} is registered twice with different messages")
        MESSAGES[code] = text


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (v if isinstance(v, (str, int, float, bool, type(None))) else str(v)) for k, v in params.items()}
