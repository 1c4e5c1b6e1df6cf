"""One sound per verdict (noisy hall, staff looking at the queue, not the screen)."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QUrl

from kiosk.paths import resources_dir

SOUNDS = ("admitted", "duplicate", "refused", "attention")


class Sounds(QObject):
    """Loads what exists of resources/sounds/*.wav; a missing file or no audio device is silent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict = {}
        self.enabled = os.environ.get("KIOSK_MUTE") != "1"
        if not self.enabled:
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        for name in SOUNDS:
            path = resources_dir() / "sounds" / f"{name}.wav"
            if path.is_file():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(1.0)
                self._effects[name] = effect

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None and self.enabled:
            effect.stop()
            effect.play()
