"""Venue screens: `kiosk slideshow` (the legends loop) and `kiosk announce` (a message on every screen)."""

from __future__ import annotations

import argparse

from kiosk.cli.base import add_db_arg, add_window_args, cli_origin, db_path, open_event, print_json
from kiosk.cli.parser import Commands


def register(subparsers: Commands) -> None:
    p = subparsers.add_parser(
        "slideshow", help="loop the legends full screen on the venue screens",
        description="Loops the legends (with sponsor and title cards) full screen, unattended. "
        "Content and announcements are picked up from the database while it runs.")
    add_db_arg(p)
    add_window_args(p)
    p.add_argument("--all-screens", action="store_true",
                   help="open one slideshow window on every attached screen")
    p.add_argument("--interval", type=float, metavar="SECONDS", default=None,
                   help="seconds per slide (default: the 'screens.interval' setting, else 8)")
    p.add_argument("--shuffle", action="store_true",
                   help="a different (seeded) order of legends on every pass")
    p.add_argument("--sync", action="store_true",
                   help="show the slide given by the clock, so that several screens show the "
                   "same slide at the same moment (give them all the same --interval); the "
                   "screens of a venue count on the hub's clock, whatever their own clocks say")
    p.set_defaults(handler=cmd_slideshow, gui=True, parser=p)

    p = subparsers.add_parser(
        "announce", help="put a full-screen message on every running slideshow (or --clear it)",
        description="Shows TEXT full screen on every slideshow until it expires or is cleared. "
        "Screens pick it up within a second; a restarted screen shows it again.")
    add_db_arg(p)
    p.add_argument("text", nargs="?", default=None, metavar="TEXT", help="the message")
    p.add_argument("--minutes", type=float, metavar="N", default=None,
                   help="show it for N minutes (no countdown unless --countdown)")
    p.add_argument("--until", metavar="TIME", default=None,
                   help="show it until TIME, HH:MM in the event's time zone or ISO-8601"
                   " (no countdown unless --countdown)")
    p.add_argument("--countdown", nargs="?", const=True, default=None, metavar="TIME",
                   help="show the time left: to the message's end, or to TIME"
                   " (\"Ceremony starts in\" --countdown 21:00)")
    p.add_argument("--clear", action="store_true", help="take the current message off the screens")
    p.set_defaults(handler=cmd_announce, parser=p)


def cmd_slideshow(args: argparse.Namespace) -> int:
    if args.all_screens and args.screen is not None:
        args.parser.error("--screen and --all-screens cannot be used together")
    from kiosk.ui.slideshow.main import run

    return run(db_path(args), screen=args.screen, all_screens=args.all_screens,
               windowed=args.windowed, interval=args.interval, shuffle=args.shuffle,
               sync=args.sync, language=args.lang)


def cmd_announce(args: argparse.Namespace) -> int:
    from kiosk.core import announcements

    if args.clear and (args.text or args.minutes is not None or args.until or args.countdown):
        args.parser.error("--clear takes no TEXT, --minutes, --until or --countdown")
    if args.minutes is not None and args.until:
        args.parser.error("--minutes and --until cannot be used together")
    if not args.clear and args.text is None:
        args.parser.error("give the TEXT to show, or --clear")
    db = open_event(args)
    try:
        if args.clear:
            cleared = announcements.clear(db, origin=cli_origin())
            print_json({"cleared": cleared.to_dict() if cleared else None})
            return 0
        shown = announcements.announce(
            db, announcements.AnnounceRequest(
                args.text, minutes=args.minutes, until=args.until,
                countdown=args.countdown is True,
                countdown_to=args.countdown if isinstance(args.countdown, str) else None),
            origin=cli_origin())
        print_json(shown.to_dict())
    finally:
        db.close()
    return 0
