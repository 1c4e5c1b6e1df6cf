"""`kiosk stage [--presenter] [--rehearsal] [--screen N] [--windowed]`: open a stage window."""

from __future__ import annotations

import argparse
import gc
import os
import signal
import time

from kiosk.cli.base import open_event
from kiosk.ui.app import create_app, exec_app

# Set to 1 to print "first-frame N ms" once the first frame is shown; to "exit" to also quit.
FIRST_FRAME_ENV = "KIOSK_FIRST_FRAME"
AWAKE_AFTER_MS = 1000


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    from PySide6.QtCore import QLoggingCategory

    # Optional hardware-decoding libraries Qt probes for: their absence is normal, not news.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
    app = create_app(args, "presenter" if args.presenter else "stage")
    db = open_event(args)
    from kiosk.core.show import ensure_built

    ensure_built(db)  # awards imported but no running order yet: build it
    from kiosk.ui.display import FullscreenKeeper, hold_awake
    from kiosk.ui.stage.window import StageWindow

    stage = StageWindow(db, presenter=args.presenter, rehearsal=args.rehearsal, quit=app.quit)
    report = os.environ.get(FIRST_FRAME_ENV, "")
    if report:
        stage.report_first_frame(started, exit_after=report == "exit")
    # Everything built so far lives for the whole show: keep the collector from walking it
    # again in the middle of a key press.
    gc.collect()
    gc.freeze()
    keeper = FullscreenKeeper(stage.window, args.screen, windowed=args.windowed)
    # Take the keyboard: the clicker is a keyboard, and no other window may catch its keys.
    stage.window.requestActivate()
    awake = []
    if not args.windowed:
        # Once the show is on screen (xset and D-Bus calls must not delay the first frame).
        from PySide6.QtCore import QTimer

        QTimer.singleShot(AWAKE_AFTER_MS, lambda: awake.append(
            hold_awake("The kiosk is running the awards show")))
    # Stopped by the control window or the system: leave cleanly (screensaver settings back).
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.quit())
    try:
        return exec_app(app)
    finally:
        for held in awake:
            held.release()
        del keeper
        db.close()
