"""control: the operator's control window."""

from __future__ import annotations

import argparse

from kiosk.cli.base import add_db_arg, add_window_args, db_path
from kiosk.cli.parser import Commands


def register(subparsers: Commands) -> None:
    p = subparsers.add_parser("control", help="open the operator's control window (the default)")
    add_db_arg(p)
    add_window_args(p)
    add_screenshot_arg(p)
    p.set_defaults(handler=open_control, gui=True)


def add_screenshot_arg(parser: argparse.ArgumentParser) -> None:
    """For machines with no one watching: save the window as a PNG once drawn, then close it."""
    parser.add_argument("--screenshot", metavar="FILE", default=None,
                        help="save the control window to FILE (PNG) after its first frame, then exit")


def open_control(args: argparse.Namespace) -> int:
    from kiosk.ui.control.main import run

    return run(db_path(args), screen=args.screen, windowed=args.windowed,
               screenshot=args.screenshot, language=args.lang)
