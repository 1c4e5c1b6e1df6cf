"""What every subcommand shares: the database option, JSON output, errors and exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.core.db import open_db
from kiosk.core.errors import KioskError
from kiosk.core.event import resolve_db_path
from kiosk.core.events import Origin
from kiosk.core.locations import remember
from kiosk.i18n import message_of

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

DB_HELP = ("event database file (default: $KIOSK_DB, else the last event opened, else the only one"
           " in ~/.local/share/kiosk, else ~/.local/share/kiosk/event.db)")


def add_db_arg(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument("--db", metavar="PATH", help=DB_HELP,
                        default=None if top else argparse.SUPPRESS)


def add_window_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--screen", type=screen_number, metavar="N", default=None,
                        help="screen number to show on (1 is the first, as the control window numbers them)")
    parser.add_argument("--windowed", action="store_true",
                        help="run in a normal window instead of full screen (rehearsal, testing)")


def screen_number(text: str) -> int:
    """--screen N, numbered from 1 as every view shows screens: the index (N - 1)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a screen number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"screens are numbered from 1 ({text} given)")
    return number - 1


def db_path(args: argparse.Namespace, default: Path | None = None) -> Path:
    """The event file named (--db, $KIOSK_DB), else the last one opened; remembered when it
    exists, as the next command's default."""
    path = resolve_db_path(getattr(args, "db", None), default)
    if path.is_file():
        remember(path)
    return path


def open_event(args: argparse.Namespace) -> sqlite_utils.Database:
    return open_db(db_path(args))


def cli_origin() -> Origin:
    """What a command records comes from this process, as the command line."""
    return Origin.of_this_process("cli")


def translate(text: str, context: str = "kiosk.core") -> str:
    """Translate a user-facing string for the CLI when a translator is installed."""
    from kiosk import i18n

    return i18n.translate(context, text)


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


# A value out of the range the event file holds is an error of the input's kind, not a refusal
# of its content: like a database error it exits 2 (issue 12: "errors are messages with exit
# status 2"), with a message naming the file, line and field.
OUT_OF_RANGE = frozenset({"import.bad_party_size"})
# An address given on the command line that cannot be one: a usage error, exit 2 too.
BAD_ADDRESS = frozenset({"venue.hub_url", "venue.listen", "venue.listen_port"})


def exit_code_for(error: KioskError) -> int:
    if error.code.startswith(("db.", "key.", "screen.", "display.")) or error.code in OUT_OF_RANGE | BAD_ADDRESS:
        return EXIT_USAGE
    return EXIT_REFUSED


def report_error(error: KioskError) -> int:
    sys.stderr.write(f"kiosk: {message_of(error)}\n")
    return exit_code_for(error)
