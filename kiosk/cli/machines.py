"""venue: the machines of the venue as the control sees them, and commands to one of them
(blank its screen, an announcement on it alone, show its name to find it)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from kiosk.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    add_db_arg,
    db_path,
    message_of,
    open_event,
    print_json,
)
from kiosk.cli.parser import Commands
from kiosk.core.errors import KioskError


def register(subparsers: Commands) -> None:
    p = subparsers.add_parser(
        "venue", help="the venue's machines: list them, or blank, identify or message one",
        description="Lists the machines that joined the venue, or sends one of them a command "
        "through the running hub (kiosk hub): the machine answers within a second, or is "
        "reported as not reached.")
    add_db_arg(p)
    actions = p.add_subparsers(dest="venue_action", metavar="ACTION", required=True)
    a = actions.add_parser("machines", help="every machine that joined: role, online, last "
                           "seen, what it shows (JSON)")
    add_db_arg(a)
    a.set_defaults(handler=cmd_machines)
    for action, text in (("blank", "black out that machine's screen (the show goes on beneath)"),
                         ("unblank", "show that machine's screen again"),
                         ("identify", "show that machine's name big on its screen for 5 s")):
        a = actions.add_parser(action, help=text)
        add_db_arg(a)
        a.add_argument("name", metavar="NAME", help="the machine's name (kiosk venue machines)")
        a.set_defaults(handler=cmd_send)
    a = actions.add_parser("announce", help="a message on that machine's screen alone "
                           "(or --clear it)")
    add_db_arg(a)
    a.add_argument("name", metavar="NAME", help="the machine's name (kiosk venue machines)")
    a.add_argument("text", nargs="?", default=None, metavar="TEXT", help="the message")
    a.add_argument("--clear", action="store_true", help="take that machine's message off")
    a.set_defaults(handler=cmd_send, parser=a)


def cmd_machines(args: argparse.Namespace) -> int:
    from kiosk.core import machines

    db = open_event(args)
    try:
        now = datetime.now(UTC)
        print_json({"machines": [m.to_dict(now) for m in machines.machines(db)]})
    finally:
        db.close()
    return EXIT_OK


def cmd_send(args: argparse.Namespace) -> int:
    from kiosk.venue import commands

    text = None
    if args.venue_action == "announce":
        if args.clear == (args.text is not None):
            args.parser.error("give the TEXT to show, or --clear")
        text = None if args.clear else args.text
        if text is not None and not text.strip():
            args.parser.error("give the TEXT to show, or --clear")
    result = commands.send(db_path(args), args.name, args.venue_action, text)
    print_json(result)
    if not result["delivered"]:
        error = KioskError("venue.not_delivered", name=args.name)
        sys.stderr.write(f"kiosk: {message_of(error)}\n")
        return EXIT_REFUSED
    return EXIT_OK
