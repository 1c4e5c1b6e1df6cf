"""The `kiosk` command. Each subcommand opens the database and calls one domain function."""

from __future__ import annotations

import argparse
import gettext
import importlib
import sys
from collections.abc import Iterator, Sequence

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


# The help texts' catalogue (resources/i18n/cli_fr.ts, written by `tools/i18n.py update cli`
# from the live parser, since lupdate cannot see help="..." literals) and argparse's own words.
HELP_CONTEXT = "kiosk.cli.help"
METAVAR_CONTEXT = "kiosk.cli.metavar"  # the placeholders: PATH, NAME, FILE...
ARGPARSE_CONTEXT = "argparse"


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


def _argparse_text(text: object) -> object:
    from kiosk import i18n

    return i18n.translate(ARGPARSE_CONTEXT, text) if isinstance(text, str) and text else text


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return _argparse_text(singular if count == 1 else plural)  # type: ignore[return-value]


def speak_argparse(language: str) -> None:
    """argparse looks up its module-global `_` and `ngettext` each time it words something."""
    translated = language != "en"
    argparse._ = _argparse_text if translated else gettext.gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural if translated else gettext.ngettext  # type: ignore


def all_parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every subcommand's parser below it, each once, breadth first."""
    seen: set[int] = set()
    pending = [parser]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending.extend(action.choices.values())


def help_texts(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str, str]]:
    """Every (holder, attribute, text) of help a user reads, across the parser and its subcommands."""
    for current in all_parsers(parser):
        for attribute in ("description", "epilog"):
            yield from _text_of(current, attribute)
        for group in current._action_groups:
            yield from _text_of(group, "title")
            yield from _text_of(group, "description")
        for action in current._actions:
            yield from _text_of(action, "help")
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    yield from _text_of(choice, "help")


def _text_of(holder: object, attribute: str) -> Iterator[tuple[object, str, str]]:
    text = getattr(holder, attribute, None)
    if isinstance(text, str) and text and text != argparse.SUPPRESS:
        yield holder, attribute, text


def metavars(parser: argparse.ArgumentParser) -> Iterator[tuple[argparse.Action, str]]:
    """Every action that shows a value placeholder, with the placeholder as argparse shows it."""
    for current in all_parsers(parser):
        for action in current._actions:
            subcommands = isinstance(action, argparse._SubParsersAction)
            flag = action.nargs == 0 or (action.metavar is None and action.choices is not None)
            if flag and not subcommands:
                continue  # a flag, or shown as its {choices}
            shown = action.metavar
            if shown is None and not subcommands:
                shown = action.dest.upper() if action.option_strings else action.dest
            if isinstance(shown, str) and shown and shown != argparse.SUPPRESS:
                yield action, shown


def localize(parser: argparse.ArgumentParser) -> None:
    """Put the installed language's help texts and placeholders on a built parser."""
    from kiosk import i18n

    for holder, attribute, text in help_texts(parser):
        translated = i18n.translate(HELP_CONTEXT, text)
        if translated == text:
            # argparse's own defaults (e.g. the --version help) live in its context.
            translated = i18n.translate(ARGPARSE_CONTEXT, text)
        setattr(holder, attribute, translated)
    for action, shown in list(metavars(parser)):
        translated = i18n.translate(METAVAR_CONTEXT, shown)
        if translated != shown:
            action.metavar = translated


def main(argv: list[str] | None = None) -> int:
    from kiosk import i18n

    words = sys.argv[1:] if argv is None else argv
    # The language comes first: argparse words its help while the parser is being built.
    language = i18n.install(requested_language(words))
    speak_argparse(language)
    parser = build_parser()
    if language != "en":
        localize(parser)
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
    except OSError as error:
        sys.stderr.write(f"kiosk: {error}\n")
        return EXIT_USAGE
