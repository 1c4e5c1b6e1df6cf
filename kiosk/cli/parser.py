"""The `kiosk` command's parser, in the interface language, through argparse's public API.

:class:`KioskArgumentParser` translates each help text and value placeholder as it is
added (``add_argument``, ``add_parser``, ``add_subparsers``), and keeps the English ones:
they are the catalogue that ``tools/i18n.py update cli`` writes. argparse's own words
(``usage:``, the section headings, its error messages) are translated where they are
shown: by :class:`KioskHelpFormatter` and by :meth:`KioskArgumentParser.error`.
Nothing in the argparse module is replaced.
"""

from __future__ import annotations

import argparse
import ast
import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

# The help texts' catalogue (resources/i18n/cli_fr.ts, written by `tools/i18n.py update cli`
# from the live parser, since lupdate cannot see help="..." literals) and argparse's own words.
HELP_CONTEXT = "kiosk.cli.help"
METAVAR_CONTEXT = "kiosk.cli.metavar"  # the placeholders: PATH, NAME, FILE...
ARGPARSE_CONTEXT = "argparse"

Translate = Callable[[str, str], str]  # (context, English text) -> text in the language


def _english(context: str, text: str) -> str:
    return text


class Words:
    """Translates the parser's texts and remembers the English ones, by context."""

    def __init__(self, translate: Translate = _english) -> None:
        self._translate = translate
        self.english: dict[str, dict[str, None]] = {HELP_CONTEXT: {}, METAVAR_CONTEXT: {}}

    def help(self, text: str | None) -> str | None:
        """A help text of ours; argparse's defaults (the -h help...) have their own context."""
        if not isinstance(text, str) or not text or text == argparse.SUPPRESS:
            return text
        self.english[HELP_CONTEXT][text] = None
        translated = self._translate(HELP_CONTEXT, text)
        return translated if translated != text else self.argparse(text)

    def metavar(self, text: str) -> str:
        self.english[METAVAR_CONTEXT][text] = None
        return self._translate(METAVAR_CONTEXT, text)

    def argparse(self, text: str) -> str:
        return self._translate(ARGPARSE_CONTEXT, text) if text else text

    def argparse_message(self, message: str) -> str:
        """One of argparse's messages, already filled in, in the language: the template it
        was made from is found, translated and filled with the same values."""
        found = _template_of(message)
        if found is None:
            return message
        template, values = found
        translated = self.argparse(template)
        if translated == template:
            return message
        values = {key: self.argparse_message(value) if key == "message" else value
                  for key, value in values.items()}
        return _fill(translated, values)


class KioskHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with its own words (usage, headings) in the language."""

    def __init__(self, prog: str, *, words: Words, **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._words = words

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          self._words.argparse("usage: ") if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(self._words.argparse(heading) if heading else heading)


class Commands:
    """What ``add_subparsers`` returns, translating each command's one-line help."""

    def __init__(self, action: argparse.Action, words: Words) -> None:
        self._action = action
        self._words = words

    def add_parser(self, name: str, **kwargs: Any) -> KioskArgumentParser:
        if "help" in kwargs:
            kwargs["help"] = self._words.help(kwargs["help"])
        return self._action.add_parser(name, **kwargs)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._action, name)


class KioskArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, words: Words | None = None, **kwargs: Any) -> None:
        # Set before argparse's own __init__, which adds -h through add_argument.
        self.words = words or Words()
        for key in ("description", "epilog"):
            if key in kwargs:
                kwargs[key] = self.words.help(kwargs[key])
        kwargs.setdefault("formatter_class", functools.partial(KioskHelpFormatter, words=self.words))
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        action.help = self.words.help(action.help)
        flag = action.nargs == 0 or (action.metavar is None and action.choices is not None)
        if not flag:
            shown = action.metavar
            if shown is None:
                shown = action.dest.upper() if action.option_strings else action.dest
            if isinstance(shown, str) and shown and shown != argparse.SUPPRESS:
                translated = self.words.metavar(shown)
                if translated != shown:
                    action.metavar = translated
        return action

    def add_subparsers(self, **kwargs: Any) -> Any:
        for key in ("title", "description", "help"):
            if key in kwargs:
                kwargs[key] = self.words.help(kwargs[key])
        if isinstance(kwargs.get("metavar"), str):
            kwargs["metavar"] = self.words.metavar(kwargs["metavar"])
        kwargs.setdefault("parser_class", functools.partial(type(self), words=self.words))
        return Commands(super().add_subparsers(**kwargs), self.words)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        args = {"prog": self.prog, "message": self.words.argparse_message(message)}
        self.exit(2, self.words.argparse("%(prog)s: error: %(message)s\n") % args)


# -- argparse's own messages ------------------------------------------------------

# argparse words these without _() (3.11), or through _() of a variable.
ARGPARSE_EXTRA = ["subcommands", "show program's version number and exit"]
_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?([a-zA-Z%])")


@functools.cache
def argparse_strings() -> tuple[str, ...]:
    """What argparse translates: the literal arguments of its _() and ngettext() calls."""
    found: list[tuple[int, int, str]] = []
    source = Path(argparse.__file__).read_text("utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            count = {"_": 1, "ngettext": 2}.get(node.func.id, 0)
            for arg in node.args[:count]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((arg.lineno, arg.col_offset, arg.value))
    texts = [text for _, _, text in sorted(found)] + ARGPARSE_EXTRA
    return tuple(dict.fromkeys(texts))


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """Each argparse message template with a pattern that reads its values back,
    most specific (longest fixed text) first."""
    out = []
    for template in argparse_strings():
        parts, fixed, position, index = [], 0, 0, 0
        for match in _PLACEHOLDER.finditer(template):
            literal = template[position:match.start()]
            parts.append(re.escape(literal))
            fixed += len(literal)
            if match.group(2) == "%":
                parts.append("%")
            else:
                parts.append(f"(?P<{match.group(1) or f'_{index}'}>.*?)")
                index += 1
            position = match.end()
        parts.append(re.escape(template[position:]))
        fixed += len(template) - position
        try:
            out.append((template, re.compile("".join(parts), re.S), fixed))
        except re.error:
            continue  # the same name twice: argparse has none
    return tuple(sorted(out, key=lambda item: -item[2]))


def _template_of(message: str) -> tuple[str, dict[str, str]] | None:
    for template, pattern, _fixed in _patterns():
        match = pattern.fullmatch(message)
        if match:
            return template, match.groupdict()
    return None


def _fill(template: str, values: dict[str, str]) -> str:
    """The template with each placeholder replaced by the text it stood for."""
    positional = iter(v for k, v in sorted(values.items()) if k.startswith("_"))

    def value(match: re.Match[str]) -> str:
        if match.group(2) == "%":
            return "%"
        name = match.group(1)
        return values.get(name, match.group(0)) if name else next(positional, match.group(0))

    return _PLACEHOLDER.sub(value, template)
