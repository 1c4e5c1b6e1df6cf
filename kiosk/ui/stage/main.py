"""`kiosk stage [--presenter] [--rehearsal] [--screen N] [--windowed]`: open a stage window."""

from __future__ import annotations

from pathlib import Path

from kiosk.ui.startup import WindowProcess

AWAKE_AFTER_MS = 1000


def run(db_path: Path, *, presenter: bool = False, rehearsal: bool = False,
        screen: int | None = None, windowed: bool = False, language: str | None = None,
        follow: bool = False) -> int:
    with WindowProcess("presenter" if presenter else "stage", language) as process:
        db = process.open_event(db_path)
        process.announce(db, screen)
        if not presenter:
            process.speak_to_audience(db)
        from kiosk.core.show import ensure_built

        ensure_built(db, origin=process.origin)  # awards imported but no running order yet: build it
        from kiosk.core.show import shared
        from kiosk.ui.display import FullscreenKeeper
        from kiosk.ui.stage.window import StageWindow

        # The backup stage mirrors the main one until it takes over (T); a stage started
        # without --follow is a main one.
        if shared.synced(db).mode != ("follow" if follow else "main"):
            shared.set_mode(db, "follow" if follow else "main")
        # A stage copy on a venue: its link follows the one show in the background.
        link = _venue_link(db, db_path)
        if link is not None:
            process.on_exit(link.close)
        stage = StageWindow(db, presenter=presenter, rehearsal=rehearsal, quit=process.app.quit,
                            origin=process.origin, machine=link.cfg.name if link else "",
                            online=(lambda: link.online) if link else None)
        process.watch_first_frame(stage.window)
        FullscreenKeeper(stage.window, screen, windowed=windowed)  # owned by its window
        # Take the keyboard: the clicker is a keyboard, and no other window may catch its keys.
        stage.window.requestActivate()
        if not windowed:
            # Once the show is on screen (xset and D-Bus calls must not delay the first frame).
            process.keep_awake("The kiosk is running the awards show", after_ms=AWAKE_AFTER_MS)
        return process.exec()


def _venue_link(db, db_path: Path):  # noqa: ANN001, ANN202
    from kiosk.core import replica
    from kiosk.venue import stage
    from kiosk.venue.commands import machine_tasks
    from kiosk.venue.link import open_link

    config = replica.link_of(db)
    if config is None or config.role != "stage":
        return None
    # The one show, and the control's commands to this machine (blank, a message, identify).
    return open_link(db, db_path, tasks=[stage.task, *machine_tasks()])
