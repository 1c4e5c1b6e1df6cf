"""hub: the venue hub on the control laptop (and revoking a lost copy)."""

from __future__ import annotations

import argparse
import sys

from kiosk.cli.base import EXIT_OK, EXIT_USAGE, add_db_arg, db_path, message_of, print_json
from kiosk.cli.parser import Commands
from kiosk.core.errors import KioskError


def register(subparsers: Commands) -> None:
    p = subparsers.add_parser("hub", help="run the venue hub (NATS JetStream) that joins the doors")
    add_db_arg(p)
    p.add_argument("--listen", metavar="HOST:PORT", default=None,
                   help="where doors reach the hub (default: 0.0.0.0:4222)")
    p.add_argument("--peer", metavar="URL", action="append", default=None,
                   help="run this copy's node of a three-node hub, joining the hub at URL"
                        " (the copy was exported with --hub-node; may be given again)")
    p.set_defaults(handler=cmd_hub)
    actions = p.add_subparsers(dest="hub_action", metavar="ACTION")
    r = actions.add_parser("revoke", help="shut a lost copy out of the venue at once")
    add_db_arg(r)
    r.add_argument("name", metavar="NAME", help="the copy's name (see the control window's venue)")
    r.set_defaults(handler=cmd_revoke)


def cmd_hub(args: argparse.Namespace) -> int:
    from kiosk.venue import hub

    try:
        return hub.run(db_path(args), args.listen, print_json, peers=args.peer)
    except KioskError as error:
        sys.stderr.write(f"kiosk: {message_of(error)}\n")
        return EXIT_USAGE


def cmd_revoke(args: argparse.Namespace) -> int:
    from kiosk.venue import hub

    try:
        print_json(hub.revoke(db_path(args), args.name))
    except KioskError as error:
        sys.stderr.write(f"kiosk: {message_of(error)}\n")
        return EXIT_USAGE
    return EXIT_OK
