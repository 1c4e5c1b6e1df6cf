"""show, stage, export: the winner reveals from a shell, the stage windows, role exports."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kiosk.cli.base import add_db_arg, add_window_args, cli_origin, db_path, open_event, print_json
from kiosk.cli.parser import Commands
from kiosk.core.errors import KioskError

# When the command was given (this module is read as the command line starts, before the
# network's modules): two GOs given together on two machines are one GO, however long each
# took to reach the hub.
GIVEN_AT = time.time()


def register(subparsers: Commands) -> None:
    p = subparsers.add_parser(
        "show", help="read or move the show's cursor; edit the running order",
        description="Every action prints the current cue as one JSON object "
                    "(index, count, kind, category, nominees, winner, blackout, ...). "
                    "Cue numbers start at 0.")
    add_db_arg(p)
    p.set_defaults(handler=cmd_show, action="status", rehearsal=False)
    actions = p.add_subparsers(dest="action", metavar="ACTION")

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=help_text)
        add_db_arg(a)
        a.add_argument("--rehearsal", action="store_true",
                       help="act on the rehearsal's cursor (placeholder winners), not the show's")
        a.set_defaults(handler=cmd_show)
        return a

    action("status", "print the current cue")
    action("next", "go forward one cue")
    action("prev", "go back one cue")
    action("goto", "go to cue N (0 is the first)").add_argument("n", type=int, metavar="N")
    action("blackout", "black screen: toggle, or on/off").add_argument(
        "state", nargs="?", choices=["on", "off", "toggle"], default="toggle")
    action("reset", "back to the first cue, no black screen, no winner shown yet")
    action("takeover", "on a backup stage machine: its stage becomes the main one, from the "
                       "same cue (the main machine died)")
    action("list", "print the running order (one JSON object, 'cues': [...])")
    action("rebuild", "regenerate the running order from the awards (keeps custom cards)")
    add = action("add", "add a custom card or a video")
    add.add_argument("--title", default="", help="the card's title")
    add.add_argument("--body", default="", help="the card's text")
    add.add_argument("--notes", default="", help="script notes for the MC (presenter view)")
    add.add_argument("--video", "--file", dest="file", type=Path, default=None,
                     metavar="FILE", help="a video file: makes a video cue")
    add.add_argument("--position", default="closing", metavar="ANCHOR",
                     help="opening, interval, closing, before:N or envelope:N "
                          "(N is a category's order; envelope:N = just before its envelope)")
    add.add_argument("--at", type=int, default=None, metavar="INDEX",
                     help="insert at this cue number instead of at the anchor")
    move = action("move", "move cue FROM to position TO")
    move.add_argument("source", type=int, metavar="FROM")
    move.add_argument("target", type=int, metavar="TO")
    action("remove", "take cue N out of the running order").add_argument(
        "n", type=int, metavar="N")
    note = action("note", "set the MC's script notes for cue N (presenter view)")
    note.add_argument("n", type=int, metavar="N")
    note.add_argument("text", metavar="TEXT", help="the notes ('' to clear)")
    setting = action("set", "change a stage setting (no value: list them)")
    setting.add_argument("key", nargs="?", default=None)
    setting.add_argument("value", nargs="?", default=None)

    p = subparsers.add_parser(
        "stage", help="open the audience view (or --presenter) of the show",
        description="Full screen on the chosen screen. Clicker keys: Page Down, Right, Space, "
                    "Enter = next; Page Up, Left, Backspace = back; B, '.' or '/' = black screen; "
                    "F5, Esc and Tab do nothing. Quit with Ctrl+Shift+Q. Settings: "
                    "'kiosk show set'.")
    add_db_arg(p)
    add_window_args(p)
    p.add_argument("--presenter", action="store_true",
                   help="the presenter view: current and next cue, script notes, clocks")
    p.add_argument("--rehearsal", action="store_true",
                   help="run the show with placeholder winners and its own cursor")
    p.add_argument("--follow", action="store_true",
                   help="the backup stage (on a stage copy): mirror the main stage's every cue; "
                        "T or 'kiosk show takeover' makes it the main one")
    p.set_defaults(handler=cmd_stage, gui=True)

    p = subparsers.add_parser("export", help="write a copy of the event for a door, screens or "
                                             "stage machine")
    add_db_arg(p)
    p.add_argument("--role", required=True, choices=["door", "screens", "stage"],
                   help="door: guests, lists, tickets, scans; screens: legends, media, slides; "
                        "stage: the show and its winners (a backup stage machine)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the copy to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--hub", metavar="URL", default=None,
                   help="the venue hub the copy joins (default: the running hub's, if any)")
    p.add_argument("--name", metavar="NAME", default=None,
                   help="the copy's name in the venue (default: the file's name)")
    p.add_argument("--hub-node", metavar="HOST[:PORT]", default=None,
                   help="the copy may also run a node of a three-node hub, at HOST (see hub --peer)")
    p.set_defaults(handler=cmd_export)


def cmd_show(args: argparse.Namespace) -> int:
    from kiosk.core import show
    from kiosk.core.show import settings

    db = open_event(args)
    rehearsal = args.rehearsal
    here = cli_origin()
    try:
        name = args.action
        if name != "rebuild":
            show.ensure_built(db, origin=here)
        if name == "list":
            print_json(show.running_order(db, rehearsal))
            return 0
        if name == "set":
            if args.key is None or args.value is None:
                print_json(settings.describe(db, args.key))
            else:
                value = settings.change(db, args.key, args.value, origin=here)
                print_json({"key": args.key, "value": value})
            return 0
        moving = _SHOW_ACTIONS.get(name)
        venue = None
        if moving is not None and not rehearsal:
            venue = _one_show(db, moving(args), name, here)
        elif moving is not None:
            show.move(db, *moving(args), rehearsal=True, source="cli", origin=here)
        elif name == "rebuild":
            show.rebuild_cues(db, origin=here)
        elif name == "add":
            kind = "video" if args.file else "custom"
            show.add_cue(db, show.CustomCard(
                title=args.title, body=args.body, position=args.position, kind=kind,
                media=str(args.file) if args.file else None, notes=args.notes), at=args.at,
                origin=here)
        elif name == "move":
            show.move_cue(db, args.source, args.target, origin=here)
        elif name == "note":
            show.set_notes(db, args.n, args.text, origin=here)
        elif name == "remove":
            show.remove_cue(db, args.n, origin=here)
        print_json(show.status(db, rehearsal) | ({"venue": venue} if venue else {}))
    finally:
        db.close()
    return 0


_BLACKOUT = {"toggle": "blackout", "on": "blackout_on", "off": "blackout_off"}
# Show commands that move (or read) the one show, as show.move's (action, index).
_SHOW_ACTIONS = {
    "next": lambda a: ("next", None), "prev": lambda a: ("prev", None),
    "reset": lambda a: ("reset", None), "goto": lambda a: ("goto", a.n),
    "blackout": lambda a: (_BLACKOUT[a.state], None), "status": lambda a: ("status", None),
    "takeover": lambda a: ("takeover", None),
}


def _one_show(db, moving: tuple[str, int | None], name: str, here) -> dict | None:  # noqa: ANN001
    """The live show is the venue's one show: on a stage copy, moved (or read) at the hub;
    on the master, moved here and sent by the running hub."""
    from kiosk.core import replica, show
    from kiosk.core.db import write
    from kiosk.core.show import shared
    from kiosk.venue import stage

    action, index = moving
    link = replica.link_of(db)
    if link is not None and link.role == "stage":
        result = stage.command(db, link, action, index, origin=here, given_at=GIVEN_AT)
        if not result["online"]:
            sys.stderr.write("kiosk: the venue hub does not answer: " + (
                "this is this stage machine's own show.\n" if action == "status" else
                f"this stage machine {'took over' if action == 'takeover' else 'moved'} "
                "alone; its move is sent when the hub answers (the most recent move wins).\n"))
        return result | {"mode": shared.synced(db).mode}
    if action == "takeover":
        shared.set_mode(db, "main", "control")
        return None
    if action == "status":
        return None
    with write(db):  # the guard and the move at once: a mirror cannot slip in between
        if shared.absorbs(db, action, "control", stage.guard_ms(db), GIVEN_AT):
            return {"online": True, "absorbed": True}  # another machine's GO, a moment ago
        show.move(db, action, index, source="cli", origin=here)
    return None


def cmd_stage(args: argparse.Namespace) -> int:
    from kiosk.ui.stage.main import run

    return run(db_path(args), presenter=args.presenter, rehearsal=args.rehearsal,
               screen=args.screen, windowed=args.windowed, language=args.lang,
               follow=args.follow)


def cmd_export(args: argparse.Namespace) -> int:
    from kiosk.core.export import export_role

    if args.hub is not None or args.hub_node is not None:  # checked before anything is written
        from kiosk.venue import cluster, files

        if args.hub is not None:
            args.hub = cluster.hub_urls(args.hub)
        if args.hub_node is not None:
            cluster.hub_urls(args.hub_node, "--hub-node")
            if args.hub is None and files.running(files.Files.of(db_path(args))) is None:
                raise KioskError("venue.no_hub")
    db = open_event(args)
    try:
        result = export_role(db, args.role, args.out, force=args.force, origin=cli_origin())
        if args.role == "stage":
            sys.stderr.write(f"kiosk: {args.out} holds the winners: keep it on the backup stage "
                             "machine only, and delete it after the night.\n")
        venue = _join_venue(db, args)
    finally:
        db.close()
    print_json({"role": result.role, "out": result.path, "bytes": result.bytes,
                "rows": {k: v for k, v in result.kept.items() if v and not k.startswith("_")}}
               | venue)
    return 0


def _join_venue(db, args: argparse.Namespace) -> dict:  # noqa: ANN001
    """With a hub (running, or named by --hub), the copy carries what it needs to join it."""
    from kiosk.core import replica
    from kiosk.core.db import open_db, write
    from kiosk.venue import hub

    if args.hub is None and args.hub_node is None and hub.running(hub.Files.of(db_path(args))) is None:
        return {}
    link = hub.join(db, db_path(args), args.role, args.name or Path(args.out).stem, args.hub)
    kit = None
    if args.hub_node:  # a node of the three-node hub (kiosk.venue.cluster)
        from kiosk.venue import cluster, security
        files = hub.Files.of(db_path(args))
        kit = cluster.issue(db, files.folder, link.name, args.hub_node, link.url,
                            security.public_of(files.seed.read_text().strip()))
    copy = open_db(args.out)
    try:
        with write(copy):
            replica.set_link(copy, link)
        if kit is not None:
            cluster.give(copy, kit)
    finally:
        copy.close()
    node = {"node": f"tls://{kit.host}:{kit.port}"} if kit else {}
    return {"venue": {"name": link.name, "hub": link.url, **node}}
