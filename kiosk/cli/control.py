"""control: the operator's control window."""

from __future__ import annotations

import argparse

from kiosk.cli.base import add_db_arg, add_window_args


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("control", help="open the operator's control window (the default)")
    add_db_arg(p)
    add_window_args(p)
    p.set_defaults(handler=open_control, gui=True)


def open_control(args: argparse.Namespace) -> int:
    from kiosk.ui.control.main import run

    return run(args)
