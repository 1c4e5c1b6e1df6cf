"""An event's look, from resources/themes/NAME/theme.json (see resources/themes/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.paths import resources_dir

DEFAULT = {
    "name": "Default",
    "colors": {
        "background": "#05070d", "surface": "#0e1320", "surfaceRaised": "#161d2e",
        "primary": "#c9a55a", "accent": "#d7182a", "text": "#ffffff", "muted": "#8d96a8",
        "admitted": "#1e9e4a", "duplicate": "#f0a202", "refused": "#cf1d2c", "attention": "#9b3dd6",
    },
    "fonts": {"display": "Sans Serif", "body": "Sans Serif", "cjk": "Sans Serif"},
}


def theme_dir(name: str) -> Path:
    return resources_dir() / "themes" / name


def load_theme(name: str = "gt2017") -> dict:
    """The theme as a plain dict, with file references turned into absolute file URLs."""
    folder = theme_dir(name)
    path = folder / "theme.json"
    data = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    theme = {**DEFAULT, **data}
    theme["colors"] = {**DEFAULT["colors"], **data.get("colors", {})}
    theme["fonts"] = {**DEFAULT["fonts"], **data.get("fonts", {})}
    for key in ("logo", "logoMark"):
        if data.get(key):
            theme[key + "Url"] = (folder / data[key]).resolve().as_uri()
        else:
            theme[key + "Url"] = ""
    theme["resourcesUrl"] = resources_dir().resolve().as_uri()
    return theme
