"""The `kiosk` command. Each subcommand opens the database and calls one domain function."""

from __future__ import annotations

import importlib
import sqlite3
import sys
from collections.abc import Sequence

from kiosk import __version__
from kiosk.cli.base import EXIT_USAGE, add_db_arg, report_error
from kiosk.cli.parser import KioskArgumentParser, Words
from kiosk.core.errors import KioskError

# Each module holds a group of subcommands and exposes register(subparsers).
COMMAND_MODULES = [
    "kiosk.cli.setup",     # init, event, import, demo
    "kiosk.cli.control",   # control (the default)
    "kiosk.cli.door",      # tickets, scan, checkin, report
    "kiosk.cli.guests",    # guests cancel, guests restore
    "kiosk.cli.show",      # show, stage, export
    "kiosk.cli.screens",   # slideshow, announce
    "kiosk.cli.venue",     # hub
    "kiosk.cli.machines",  # venue machines, venue blank|unblank|identify|announce
]


def build_parser(words: Words | None = None) -> KioskArgumentParser:
    """The whole command line; its texts in the language ``words`` translates to (English)."""
    parser = KioskArgumentParser(
        prog="kiosk",
        description="Runs a gala awards night: stage reveals, door check-in, venue screens.",
        epilog="Run 'kiosk COMMAND --help' for a command's options. With no command, "
        "the control window opens.",
        words=words,
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    add_db_arg(parser, top=True)
    parser.add_argument("--lang", choices=["en", "fr"], default=None,
                        help="interface language (default: the system locale)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def requested_language(argv: Sequence[str]) -> str | None:
    """The --lang value in argv, read before the parser exists (its help must be built in it)."""
    index = 0
    while index < len(argv):
        name, equals, value = argv[index].partition("=")
        if not name.startswith("-") or name == "--":
            break  # --lang is a top-level option: it comes before the command
        # argparse also takes an unambiguous prefix (--la fr): --lang is the only --l* there.
        if len(name) >= 3 and "--lang".startswith(name):
            if equals:
                return value
            return argv[index + 1] if index + 1 < len(argv) else None
        index += 1 if equals or name not in ("--db", "--d") else 2
    return None


def main(argv: list[str] | None = None) -> int:
    from kiosk import i18n

    words = sys.argv[1:] if argv is None else argv
    # The language comes first: argparse words its help while the parser is being built.
    language = i18n.install(requested_language(words))
    parser = build_parser(Words(i18n.translate))
    args = parser.parse_args(argv)

    if args.command is None:
        args = parser.parse_args([*words, "control"])
    if not getattr(args, "gui", False) and i18n.pick_language(args.lang) != language:
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
    except sqlite3.Error as error:  # locked, read-only, full: named, with the event's file
        from kiosk.cli.base import db_path
        from kiosk.core.db import failure

        return report_error(failure(error, db_path(args)))
    except OSError as error:
        sys.stderr.write(f"kiosk: {error}\n")
        return EXIT_USAGE
