"""tickets, scan, checkin, report: the door's commands."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from kiosk.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    add_db_arg,
    add_window_args,
    cli_origin,
    db_path,
    message_of,
    open_event,
    print_json,
    translate,
)
from kiosk.cli.parser import Commands
from kiosk.core.errors import QT_TRANSLATE_NOOP, KioskError
from kiosk.core.keys import refuse_key_target


def register(subparsers: Commands) -> None:
    p = subparsers.add_parser("tickets", help="write signed QR tickets (PNG per guest, a PDF) or payloads")
    add_db_arg(p)
    p.add_argument("--out", type=Path, metavar="DIR", help="folder for one PNG ticket per guest")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="print-ready A4 PDF, one page per guest")
    p.add_argument("--list", metavar="NAME", help="only the guests on this list")
    p.add_argument("--payloads", action="store_true",
                   help="print GUEST_ID<TAB>PAYLOAD lines (for mail-merge) instead of images")
    p.add_argument("--reissue", type=int, metavar="GUEST_ID",
                   help="revoke this guest's ticket (lost) and write a new one")
    p.add_argument("--reason", default="lost", help="why a ticket is re-issued (recorded)")
    p.set_defaults(handler=cmd_tickets)

    p = subparsers.add_parser("scan", help="decide one scan (or one per line of stdin with '-')")
    add_db_arg(p)
    p.add_argument("payload", metavar="PAYLOAD", help="the scanned text, or - to read lines from stdin")
    p.add_argument("--list", metavar="NAME", help="the list this door admits to (default: any)")
    p.add_argument("--door", default="", metavar="NAME", help="this door's name, e.g. B")
    p.add_argument("--exit", action="store_true", help="exit mode: scan guests out")
    p.set_defaults(handler=cmd_scan)

    p = subparsers.add_parser(
        "checkin", help="open the door check-in screen",
        description="Full screen on the chosen screen. Scanners type into it wherever the focus is. "
        "Keys: Esc empties the search box and puts the verdict away; F2 switches entry and exit; "
        "Ctrl+Shift+Q quits.")
    add_db_arg(p)
    p.add_argument("--list", metavar="NAME", help="the list this door admits to (default: any)")
    p.add_argument("--door", default="", metavar="NAME", help="this door's name, e.g. B")
    p.add_argument("--camera", action="store_true", help="also read QR codes from a webcam")
    add_window_args(p)
    p.set_defaults(handler=cmd_checkin, gui=True)

    p = subparsers.add_parser("report", help="reports")
    add_db_arg(p)
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    r = kinds.add_parser("checkins", help="arrivals, no-shows and refused scans")
    add_db_arg(r)
    r.add_argument("--csv", type=Path, metavar="FILE", help="write every record to a CSV file")
    r.add_argument("--excel", action="store_true",
                   help="separate the CSV's columns with semicolons, as Excel in French opens them")
    r.set_defaults(handler=cmd_report)


def _usage(text: str) -> int:
    sys.stderr.write(f"kiosk: {translate(text, 'kiosk.cli')}\n")
    return EXIT_USAGE


def _progress(stage: str, done: int, total: int) -> None:
    label = translate(QT_TRANSLATE_NOOP("kiosk.cli", "ticket images") if stage == "png"
                      else QT_TRANSLATE_NOOP("kiosk.cli", "PDF pages"), "kiosk.cli")
    sys.stderr.write(f"\r{label}: {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def cmd_tickets(args: argparse.Namespace) -> int:
    from kiosk.tickets_out.run import TicketRun, write_tickets

    if not (args.out or args.pdf or args.payloads):
        return _usage(QT_TRANSLATE_NOOP("kiosk.cli", "say what to write: --out DIR, --pdf FILE or --payloads"))
    if args.reissue is not None and not args.out:
        return _usage(QT_TRANSLATE_NOOP("kiosk.cli", "--reissue needs --out DIR for the new ticket"))
    if args.pdf:
        refuse_key_target(args.pdf)
    run = TicketRun(out=args.out, pdf=args.pdf, list_name=args.list, reissue=args.reissue,
                    reason=args.reason)
    db = open_event(args)
    try:
        result = write_tickets(db, db_path(args), run, progress=_progress, origin=cli_origin())
    except KioskError as error:
        if error.code == "list.unknown":
            sys.stderr.write(f"kiosk: {message_of(error)}\n")
            return EXIT_USAGE
        raise
    finally:
        db.close()
    if args.payloads:
        for guest_id, payload in result.lines:
            sys.stdout.write(f"{guest_id}\t{payload}\n")
        sys.stdout.flush()
        return EXIT_OK
    print_json(result.to_dict())
    return EXIT_OK


def _door(args: argparse.Namespace):  # noqa: ANN202 - (db, Door, Link | None)
    from kiosk.core.checkin import Door
    from kiosk.venue.link import CONNECT_TIMEOUT_S, open_link

    db = open_event(args)
    link = None
    try:
        # A copy that joins a venue connects in the background: a single scan waits for it
        # 0.6 s at most, 'scan -' two seconds at start-up; not at all once the hub is found
        # unreachable (refused: at once; no greeting: the connect timeout, 1 s, or 0.5 s for a
        # single scan, so that it answers and exits within a second whatever the hub does: a
        # healthy hub greets in tens of milliseconds). Then the door decides alone, says so.
        one = getattr(args, "payload", "-") != "-"
        link = open_link(db, db_path(args), wait=0.6 if one else 2.0,
                         connect_timeout=0.5 if one else CONNECT_TIMEOUT_S)
        return db, Door(db, list_name=args.list, door=args.door or "", origin=cli_origin(),
                        hub=link), link
    except BaseException:
        if link is not None:
            link.close()
        db.close()
        raise


def _close(db, link) -> None:  # noqa: ANN001
    """Send what was decided (bounded: what is not sent now goes with the next run)."""
    if link is not None:
        from kiosk.venue.link import flush

        flush(link, 2.0)
        link.close()
    db.close()


def _render(result) -> dict:  # noqa: ANN001 - ScanResult
    return result.to_dict() | {"message": message_of(result)}


def _scan_one(db, door, text: str, direction: str) -> dict:  # noqa: ANN001 - (db, Door)
    """One scan's JSON record; an event file that fails (locked, read-only, full, replaced)
    answers with an error record (status "error") instead of ending the stream."""
    from kiosk.core.db import ensure_same_file, failure

    try:
        ensure_same_file(db)  # a door never admits into a file replaced under it
        return _render(door.scan(text, direction))
    except KioskError as error:
        return _error_record(error)
    except sqlite3.Error as error:
        return _error_record(failure(error, db.path))


def _error_record(error: KioskError) -> dict:
    return {**error.to_dict(), "status": "error", "message": message_of(error)}


def cmd_scan(args: argparse.Namespace) -> int:
    try:
        db, door, link = _door(args)
    except KioskError as error:
        sys.stderr.write(f"kiosk: {message_of(error)}\n")
        return EXIT_USAGE
    direction = "out" if args.exit else "in"
    try:
        if args.payload != "-":
            record = _scan_one(db, door, args.payload, direction)
            print_json(record)
            if record["status"] == "error":
                sys.stderr.write(f"kiosk: {record['message']}\n")
                return EXIT_USAGE
            from kiosk.core.scan_status import REFUSED

            return EXIT_OK if record["status"] not in REFUSED else EXIT_REFUSED
        # One JSON line per input line, written and flushed only after its scan is committed.
        stdin = sys.stdin
        if hasattr(stdin, "reconfigure"):
            stdin.reconfigure(errors="replace")  # binary garbage is refused, not a crash
        for line in iter(stdin.readline, ""):
            print_json(_scan_one(db, door, line.rstrip("\r\n"), direction))
            try:
                door.checkpoint(every=500)
            except sqlite3.Error:
                pass  # folding the WAL can wait: the next scan says what is wrong, if anything
        return EXIT_OK
    finally:
        _close(db, link)


def cmd_checkin(args: argparse.Namespace) -> int:
    from kiosk.ui.door.main import run

    try:
        return run(db_path(args), list_name=args.list, door=args.door or "", camera=args.camera,
                   screen=args.screen, windowed=args.windowed, language=args.lang)
    except KioskError as error:
        sys.stderr.write(f"kiosk: {message_of(error)}\n")
        return EXIT_USAGE


def cmd_report(args: argparse.Namespace) -> int:
    from kiosk.core import checkin_report

    if args.excel and not args.csv:
        return _usage(QT_TRANSLATE_NOOP("kiosk.cli", "--excel needs --csv FILE"))
    if args.csv:
        refuse_key_target(args.csv)
    db = open_event(args)
    try:
        print_json(checkin_report.report(db, args.csv, excel=args.excel))
    finally:
        db.close()
    return EXIT_OK
