"""The `kiosk` command. Each subcommand opens the database and calls one domain function."""

from __future__ import annotations

import argparse
import importlib
import sys

from kiosk import __version__
from kiosk.cli.base import EXIT_USAGE, add_db_arg, report_error
from kiosk.core.errors import KioskError

# Each module holds a group of subcommands and exposes register(subparsers).
COMMAND_MODULES = [
    "kiosk.cli.setup",     # init, import, demo
    "kiosk.cli.control",   # control (the default)
    "kiosk.cli.door",      # tickets, scan, checkin, report
    "kiosk.cli.show",      # show, stage, export
    "kiosk.cli.screens",   # slideshow, announce
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Runs a gala awards night: stage reveals, door check-in, venue screens.",
        epilog="Run 'kiosk COMMAND --help' for a command's options. With no command, "
        "the control window opens.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    add_db_arg(parser, top=True)
    parser.add_argument("--lang", choices=["en", "fr"], default=None,
                        help="interface language (default: the system locale)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from kiosk import i18n

    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "control"])
    if not getattr(args, "gui", False):
        # Windows install their translators on their QApplication; commands do it here.
        i18n.install(args.lang)
    try:
        return int(args.handler(args) or 0)
    except KioskError as error:
        return report_error(error)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        sys.stderr.write(f"kiosk: {error}\n")
        return EXIT_USAGE
