"""`kiosk stage [--presenter] [--rehearsal] [--screen N] [--windowed]`: open a stage window."""

from __future__ import annotations

from pathlib import Path

from kiosk.ui.startup import WindowProcess

AWAKE_AFTER_MS = 1000


def run(db_path: Path, *, presenter: bool = False, rehearsal: bool = False,
        screen: int | None = None, windowed: bool = False, language: str | None = None) -> int:
    with WindowProcess("presenter" if presenter else "stage", language) as process:
        db = process.open_event(db_path)
        process.announce(db, screen)
        if not presenter:
            process.speak_to_audience(db)
        from kiosk.core.show import ensure_built

        ensure_built(db, origin=process.origin)  # awards imported but no running order yet: build it
        from kiosk.ui.display import FullscreenKeeper
        from kiosk.ui.stage.window import StageWindow

        stage = StageWindow(db, presenter=presenter, rehearsal=rehearsal, quit=process.app.quit,
                            origin=process.origin)
        process.watch_first_frame(stage.window)
        FullscreenKeeper(stage.window, screen, windowed=windowed)  # owned by its window
        # Take the keyboard: the clicker is a keyboard, and no other window may catch its keys.
        stage.window.requestActivate()
        if not windowed:
            # Once the show is on screen (xset and D-Bus calls must not delay the first frame).
            process.keep_awake("The kiosk is running the awards show", after_ms=AWAKE_AFTER_MS)
        return process.exec()
