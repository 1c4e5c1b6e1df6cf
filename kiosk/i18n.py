"""The interface language: Qt's translation system, French shipped, following the locale or --lang."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import Any, Protocol

from kiosk.core.errors import CONTEXT, render, template_of
from kiosk.paths import resources_dir

SUPPORTED = ("en", "fr")
_translators: list = []
_language = "en"


def pick_language(requested: str | None = None) -> str:
    if requested:
        return requested if requested in SUPPORTED else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in SUPPORTED else "en"
    try:
        code = (locale.getlocale()[0] or "en")[:2].lower()
    except ValueError:
        code = "en"
    return code if code in SUPPORTED else "en"


def install(requested: str | None = None) -> str:
    """Install the translators for the chosen language; works with or without a QCoreApplication."""
    global _language
    _language = pick_language(requested)
    if _language == "en" and not _translators:
        return _language
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _translators.clear()
    if _language != "en":
        folder = resources_dir() / "i18n"
        for qm in sorted(folder.glob(f"*_{_language}.qm")):
            translator = QTranslator()
            if translator.load(str(qm)):
                # Without an application (the CLI) translate() asks the translators directly.
                if app is not None:
                    QCoreApplication.installTranslator(translator)
                _translators.append(translator)
    return _language


def language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    # Asked directly, not through QCoreApplication.translate(): a command that installed its
    # language before it needed Qt (`kiosk tickets` builds its application to draw the PDF)
    # has translators that its application never saw.
    for translator in reversed(_translators):
        found = translator.translate(context, text)
        if found:
            return found
    return text


class Coded(Protocol):
    """A refusal (KioskError) or a verdict (ScanResult): a message code and its values."""

    code: str
    params: dict[str, Any]


def message_of(subject: Coded | str, params: Mapping[str, Any] | None = None) -> str:
    """A domain message in the interface language: of a refusal or a scan's verdict, or of a
    message code with its values. Every front end (commands, door, control) words them here."""
    if isinstance(subject, str):
        code, values = subject, dict(params or {})
    else:
        code, values = subject.code, {**subject.params, **(params or {})}
    return render(translate(CONTEXT, template_of(code)), values)
