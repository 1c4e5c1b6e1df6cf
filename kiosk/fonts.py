"""The shipped fonts (resources/fonts), given to Qt once per process: windows and ticket cards."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from kiosk.paths import resources_dir

_loaded = False


def load_fonts() -> None:
    """Needs a QGuiApplication; later calls do nothing."""
    global _loaded
    if _loaded:
        return
    for path in sorted((resources_dir() / "fonts").glob("**/*")):
        if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
            QFontDatabase.addApplicationFont(str(path))
    _loaded = True
