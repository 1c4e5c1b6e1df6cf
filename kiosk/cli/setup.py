"""init, import, demo: making an event database and filling it."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import fields, replace
from pathlib import Path

from kiosk.cli.base import (
    add_db_arg,
    add_window_args,
    cli_origin,
    db_path,
    open_event,
    print_json,
    translate,
)
from kiosk.cli.parser import Commands
from kiosk.core import identity
from kiosk.core.errors import QT_TRANSLATE_NOOP, KioskError
from kiosk.core.event import InitRequest, init_event
from kiosk.core.identity import IdentityChange
from kiosk.core.importers import import_awards, import_guests, import_legends
from kiosk.core.locations import remember
from kiosk.i18n import message_of
from kiosk.paths import default_db_path, default_demo_db_path


def register(subparsers: Commands) -> None:
    p = subparsers.add_parser("init", help="create a new event database and its ticket-signing key")
    add_db_arg(p)
    add_identity_args(p, init=True)
    p.add_argument("--force", action="store_true", help="replace an existing database")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("event", help="the event's identity: name, place, date, logo, colours, words")
    add_db_arg(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    shown = actions.add_parser("show", help="print the event's settings as JSON")
    add_db_arg(shown)
    shown.set_defaults(handler=cmd_event)
    changed = actions.add_parser("set", help="change the event's settings (each flag one setting)")
    add_db_arg(changed)
    add_identity_args(changed, init=False)
    changed.set_defaults(handler=cmd_event)

    p = subparsers.add_parser("import", help="import guests, awards or legends from CSV")
    add_db_arg(p)
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    g = kinds.add_parser("guests", help="guests: the kiosk's columns or an Eventbrite attendee export")
    add_db_arg(g)
    g.add_argument("file", type=Path)
    g.add_argument("--list", action="append", default=[], metavar="NAME",
                   help="admit every imported guest to this list (created if needed); repeatable")
    g.add_argument("--prune", action="store_true",
                   help="cancel the guests of earlier imports of this file that it no longer holds")
    g.add_argument("--source", metavar="NAME",
                   help="the name this file is known by across re-imports (default: its file name)")
    g.set_defaults(handler=cmd_import)
    a = kinds.add_parser("awards", help="award categories, nominees and winners, one row per nominee")
    add_db_arg(a)
    a.add_argument("file", type=Path)
    a.add_argument("--photos", type=Path, metavar="DIR", help="folder of nominee photos (default: the CSV's)")
    a.set_defaults(handler=cmd_import)
    legends = kinds.add_parser("legends", help="legends for the venue-screen slideshow")
    add_db_arg(legends)
    legends.add_argument("file", type=Path)
    legends.add_argument("--photos", type=Path, metavar="DIR", help="folder of photos (default: the CSV's)")
    legends.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("demo", help="build the demo event (the GT 2017 night) and open it")
    add_db_arg(p)
    p.add_argument("--build-only", action="store_true", help="build the database, open no window")
    p.add_argument("--force", action="store_true", help="replace the database even if it is not a demo")
    add_window_args(p)
    from kiosk.cli.control import add_screenshot_arg

    add_screenshot_arg(p)
    p.set_defaults(handler=cmd_demo)


def add_identity_args(p: argparse.ArgumentParser, init: bool) -> None:
    """The event's settings, the same flags for 'init' and 'event set'."""
    p.add_argument("--name", required=init, help="the event's name")
    p.add_argument("--venue", help="where it takes place")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the event's date, YYYY-MM-DD")
    p.add_argument("--timezone", metavar="AREA/CITY",
                   help="the venue's time zone, an IANA name such as Europe/Paris"
                   + (" (default: this machine's)" if init else ""))
    p.add_argument("--language", choices=list(identity.LANGUAGES),
                   help="the language of the audience's screens (the operator's is --lang)")
    p.add_argument("--logo", type=Path, metavar="FILE",
                   help="the event's logo, PNG or SVG (copied into the event); '' removes it")
    p.add_argument("--logo-mark", type=Path, metavar="FILE",
                   help="a small square version of the logo for card corners (default: the logo)")
    p.add_argument("--accent", metavar="COLOR", help="the signature colour, #rrggbb (names, headings)")
    p.add_argument("--background", metavar="COLOR", help="the screens' background colour, #rrggbb")
    p.add_argument("--slideshow-title", metavar="TEXT", help="the venue screens' header")
    p.add_argument("--prize", metavar="TEXT",
                   help="the prize every winner receives, on winner cards ('' for no prize line)")
    p.add_argument("--sponsor-title", metavar="TEXT", help="the title of the slideshow's sponsor cards")


def _identity_change(args: argparse.Namespace) -> IdentityChange:
    names = [f.name for f in fields(IdentityChange)]
    return IdentityChange(**{n: getattr(args, n) for n in names if getattr(args, n, None) is not None})


def _warn(warnings: list[dict]) -> None:
    for warning in warnings:
        values = {k: v for k, v in warning.items() if k != "code"}
        sys.stderr.write("kiosk: warning: " + message_of(KioskError(warning["code"], **values)) + "\n")


def cmd_init(args: argparse.Namespace) -> int:
    path = db_path(args, default_db_path())
    zone_given = args.timezone is not None
    timezone = args.timezone if zone_given else identity.local_timezone()
    change = _identity_change(args)
    change = replace(change, name=None, venue=None, date=None, timezone=None)
    db = init_event(InitRequest(path=path, name=args.name, venue=args.venue or "",
                                date=args.date or "", timezone=timezone, force=args.force,
                                identity=change if change.given() else None),
                    origin=cli_origin())
    backup = db.backup
    db.close()
    if backup is not None:
        print(translate(QT_TRANSLATE_NOOP("kiosk.cli", "Kept the old event as {backup} (signing key: {key})"),
                        "kiosk.cli").format(backup=backup, key=f"{backup}.key"))
    remember(path)
    _warn(identity.validated(change, None)[1])
    print(translate(QT_TRANSLATE_NOOP("kiosk.cli", "Created {path} (signing key: {key})"),
                    "kiosk.cli").format(
        path=path, key=f"{path}.key"))
    if not zone_given:
        print(translate(QT_TRANSLATE_NOOP(
            "kiosk.cli", "Time zone: {zone} (this machine's; change it with 'kiosk event set "
            "--timezone AREA/CITY')"), "kiosk.cli").format(zone=timezone))
    return 0


def cmd_event(args: argparse.Namespace) -> int:
    db = open_event(args)
    try:
        if args.action == "set":
            result = identity.change(db, _identity_change(args), origin=cli_origin())
            _warn(result.warnings)
        print_json(identity.read(db).to_dict())
    finally:
        db.close()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    db = open_event(args)
    try:
        if args.kind == "guests":
            result = import_guests(db, args.file, lists=args.list, origin=cli_origin(),
                                   source=args.source, prune=args.prune)
        elif args.kind == "awards":
            result = import_awards(db, args.file, photos=args.photos, origin=cli_origin())
        else:
            result = import_legends(db, args.file, photos=args.photos, origin=cli_origin())
    finally:
        db.close()
    for warning in result.warnings:
        sys.stderr.write(f"kiosk: warning: {warning}\n")
    print_json(result.to_dict())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kiosk.demo.build import build_demo

    path = db_path(args, default_demo_db_path())
    started = time.perf_counter()
    summary = build_demo(path, force=args.force)
    sys.stderr.write(translate(QT_TRANSLATE_NOOP(
        "kiosk.cli", "Demo event built in {path} in {seconds:.1f} s"), "kiosk.cli").format(
        path=path, seconds=time.perf_counter() - started) + "\n")
    if args.build_only:
        print_json(summary)
        return 0
    from kiosk.cli.control import open_control

    args.db = str(path)
    return open_control(args)
