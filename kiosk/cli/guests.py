"""guests cancel, guests restore: the organiser's hand on one guest's invitation."""

from __future__ import annotations

import argparse

from kiosk.cli.base import EXIT_OK, add_db_arg, cli_origin, open_event, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("guests", help="cancel or restore a guest's invitation")
    add_db_arg(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = actions.add_parser("cancel", help="cancel a guest: their tickets no longer admit (recorded)")
    add_db_arg(c)
    c.add_argument("guest_id", type=int, metavar="GUEST_ID")
    c.add_argument("--reason", required=True, help="why the guest is cancelled (recorded, shown at the door)")
    c.set_defaults(handler=cmd_guests)
    r = actions.add_parser("restore", help="restore a cancelled guest: their ticket admits again (recorded)")
    add_db_arg(r)
    r.add_argument("guest_id", type=int, metavar="GUEST_ID")
    r.set_defaults(handler=cmd_guests)


def cmd_guests(args: argparse.Namespace) -> int:
    from kiosk.core.tickets import cancel_guest, restore_guest

    db = open_event(args)
    try:
        if args.action == "cancel":
            state = cancel_guest(db, args.guest_id, args.reason, origin=cli_origin())
        else:
            state = restore_guest(db, args.guest_id, origin=cli_origin())
    finally:
        db.close()
    print_json(state)
    return EXIT_OK
