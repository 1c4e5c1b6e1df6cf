#!/usr/bin/env python3
"""Translation plumbing: collect each feature's strings into resources/i18n/<feature>_fr.ts
(pyside6-lupdate) and compile every .ts into the .qm the kiosk loads (pyside6-lrelease).

    tools/i18n.py                 update every feature and cli, then release (make translations)
    tools/i18n.py update [FEAT]   refresh the .ts of some features (keeps existing translations)
    tools/i18n.py update cli      refresh cli_fr.ts: the `kiosk` command's help and argparse's words
    tools/i18n.py release         compile every resources/i18n/*.ts into its .qm
    tools/i18n.py check           exit 1 if a .qm is missing or older than its .ts content

A feature's sources are its own folders (below) plus every file its .ts already names
(so a feature's domain modules stay with it once it has listed them). The core catalogue
takes the rest of kiosk/core and kiosk/cli: the domain's errors and the CLI's messages.

lupdate cannot see argparse's help="..." literals, so the `cli` catalogue is written from the
live parser (kiosk.cli.build_parser(), in English, which keeps every text it was given) plus
the strings argparse itself translates (its _() and ngettext() calls, read from this Python's
argparse source by kiosk.cli.parser.argparse_strings).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr",)

FEATURES: dict[str, list[str]] = {
    "core": ["kiosk/core/**/*.py", "kiosk/cli/**/*.py", "kiosk/demo/**/*.py", "kiosk/*.py"],
    "control": ["kiosk/ui/control/**/*.py", "kiosk/ui/display.py", "kiosk/ui/app.py",
                "resources/qml/Kiosk/Control/**/*.qml"],
    "door": ["kiosk/ui/door/**/*.py", "kiosk/cli/door.py", "kiosk/core/tickets.py",
             "kiosk/tickets_out/**/*.py",
             "kiosk/core/scanner.py", "kiosk/core/checkin*.py", "resources/qml/Kiosk/Door/**/*.qml"],
    "stage": ["kiosk/ui/stage/**/*.py", "kiosk/cli/show.py", "kiosk/core/show/**/*.py",
              "kiosk/core/show.py", "kiosk/core/export.py",
              "resources/qml/Kiosk/Stage/**/*.qml"],
    "slideshow": ["kiosk/ui/slideshow/**/*.py", "kiosk/ui/screens/**/*.py", "kiosk/cli/screens.py",
                  "kiosk/core/announcements.py", "kiosk/core/playlist*.py",
                  "kiosk/core/slideshow*.py", "resources/qml/Kiosk/Slideshow/**/*.qml",
                  "resources/qml/Kiosk/Screens/**/*.qml"],
}

CLI = "cli"
CLI_HELP_CONTEXT = "kiosk.cli.help"  # kiosk.cli.parser.HELP_CONTEXT
CLI_METAVAR_CONTEXT = "kiosk.cli.metavar"  # kiosk.cli.parser.METAVAR_CONTEXT
ARGPARSE_CONTEXT = "argparse"  # kiosk.cli.parser.ARGPARSE_CONTEXT
# Notes for translators, written into the .ts beside the source text.
_HEADING = ("argparse adds ':' after a heading: in French end the translation with a "
            "non-breaking space (U+00A0) so the colon is spaced like everywhere else.")
NOTES = {(ARGPARSE_CONTEXT, text): _HEADING
         for text in ("positional arguments", "options", "subcommands")}

_LOCATION = re.compile(r'<location filename="([^"]+)"')


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this interpreter's environment, else PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        sys.exit(f"i18n: {name} not found (install pyside6-essentials)")
    return found


def ts_path(feature: str, lang: str = "fr") -> Path:
    return I18N / f"{feature}_{lang}.ts"


def _listed_in_ts(feature: str) -> set[Path]:
    """The source files a feature's .ts already names (it chose them)."""
    files: set[Path] = set()
    for lang in LANGUAGES:
        path = ts_path(feature, lang)
        if path.exists():
            for name in _LOCATION.findall(path.read_text("utf-8")):
                source = (path.parent / name).resolve()
                if source.is_file():
                    files.add(source)
    return files


def _glob(patterns: list[str]) -> set[Path]:
    found: set[Path] = set()
    for pattern in patterns:
        found.update(p.resolve() for p in ROOT.glob(pattern) if p.is_file())
    return found


def sources(feature: str) -> list[Path]:
    """The files whose strings belong to a feature's catalogue."""
    if feature != "core":
        return sorted(_glob(FEATURES[feature]) | _listed_in_ts(feature))
    claimed: set[Path] = set()
    for other in FEATURES:
        if other != "core":
            claimed |= set(sources(other))
    return sorted(_glob(FEATURES["core"]) - claimed)


def update(features: list[str]) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    # Every finished translation, whichever catalogue holds it: a message that moves to
    # another feature's catalogue (its source file moved) keeps its translation.
    known = {lang: _finished(lang) for lang in LANGUAGES}
    for feature in features:
        if feature == CLI:
            update_cli()
            continue
        files = sources(feature)
        if not files:
            print(f"i18n: {feature}: no sources yet")
            continue
        for lang in LANGUAGES:
            target = ts_path(feature, lang)
            subprocess.run([tool("pyside6-lupdate"), *map(str, files), "-no-obsolete",
                            "-locations", "relative", "-source-language", "en",
                            "-target-language", lang, "-ts", str(target)], check=True)
            carried = carry_over(target, known[lang])
            if carried:
                print(f"i18n: {target.relative_to(ROOT)}: {carried} translations carried over")


def _finished(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, over every catalogue of a language."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(I18N.glob(f"*_{lang}.ts")):
        for key, (text, finished) in read_ts(path).items():
            if finished:
                found.setdefault(key, text)
    return found


_CONTEXT_BLOCK = re.compile(r"<context>.*?</context>", re.S)
_MESSAGE_BLOCK = re.compile(r"<message>.*?</message>", re.S)
_UNFINISHED = re.compile(r'<translation type="unfinished"\s*(?:/>|></translation>)')


def carry_over(path: Path, known: dict[tuple[str, str], str]) -> int:
    """Fill the empty unfinished translations of a .ts from ``known``; returns how many."""
    text = path.read_text("utf-8")
    filled = 0

    def message(match: re.Match, context: str) -> str:
        nonlocal filled
        block = match.group(0)
        if not _UNFINISHED.search(block):
            return block
        source = ET.fromstring(block).findtext("source") or ""
        translation = known.get((context, source))
        if translation is None:
            return block
        filled += 1
        return _UNFINISHED.sub(lambda _: f"<translation>{_xml(translation)}</translation>", block)

    def context(match: re.Match) -> str:
        block = match.group(0)
        name = ET.fromstring(re.sub(r"<message>.*?</message>", "", block, flags=re.S)).findtext("name")
        return _MESSAGE_BLOCK.sub(lambda m: message(m, name or ""), block)

    text = _CONTEXT_BLOCK.sub(context, text)
    if filled:
        path.write_text(text, "utf-8")
    return filled


def argparse_strings() -> list[str]:
    """What argparse translates: the literal arguments of its _() and ngettext() calls."""
    from kiosk.cli.parser import argparse_strings as strings

    return list(strings())


_HELP_TEXTS = """
import json
from kiosk.cli import build_parser
from kiosk.cli.parser import HELP_CONTEXT, METAVAR_CONTEXT
english = build_parser().words.english
print(json.dumps({"help": list(english[HELP_CONTEXT]), "metavar": list(english[METAVAR_CONTEXT])}))
"""


def cli_help_strings() -> dict[str, list[str]]:
    """The live `kiosk` parser's help texts and placeholders, in English, by context
    (argparse's own words left out: they have theirs)."""
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", _HELP_TEXTS], check=True, capture_output=True,
                         text=True, env=env, cwd=ROOT).stdout
    own = set(argparse_strings())
    found = json.loads(out)
    return {CLI_HELP_CONTEXT: [text for text in dict.fromkeys(found["help"]) if text not in own],
            CLI_METAVAR_CONTEXT: list(dict.fromkeys(found["metavar"]))}


def cli_catalogue() -> dict[str, list[str]]:
    """What cli_<lang>.ts must translate, by context."""
    return {ARGPARSE_CONTEXT: argparse_strings(), **cli_help_strings()}


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) of a .ts file."""
    found: dict[tuple[str, str], tuple[str, bool]] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            finished = (translation is not None and translation.get("type") is None
                        and bool(text.strip()))
            found[(name, message.findtext("source") or "")] = (text, finished)
    return found


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;", "\xa0": "&#xa0;", "\u202f": "&#x202f;"})


def write_ts(path: Path, lang: str, catalogue: dict[str, list[str]],
             known: dict[tuple[str, str], tuple[str, bool]]) -> int:
    """Write a .ts keeping known translations; new sources are marked unfinished. Returns new."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{lang}" sourcelanguage="en">']
    new = 0
    for context in sorted(catalogue):
        lines += ["<context>", f"    <name>{_xml(context)}</name>"]
        for source in catalogue[context]:
            text, finished = known.get((context, source), ("", False))
            new += (context, source) not in known
            mark = "" if finished else ' type="unfinished"'
            note = NOTES.get((context, source))
            lines += ["    <message>", f"        <source>{_xml(source)}</source>",
                      *([f"        <extracomment>{_xml(note)}</extracomment>"] if note else []),
                      f"        <translation{mark}>{_xml(text)}</translation>", "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return new


def update_cli() -> None:
    catalogue = cli_catalogue()
    for lang in LANGUAGES:
        target = ts_path(CLI, lang)
        new = write_ts(target, lang, catalogue, read_ts(target))
        total = sum(map(len, catalogue.values()))
        print(f"i18n: {target.relative_to(ROOT)}: {total} source texts ({new} new)")


def cli_untranslated(lang: str = "fr") -> list[str]:
    """The live parser's and argparse's texts without a finished translation in cli_<lang>.ts."""
    known = read_ts(ts_path(CLI, lang))
    return [f"{context}: {source!r}" for context, sources in cli_catalogue().items()
            for source in sources if not known.get((context, source), ("", False))[1]]


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        compile_ts(ts, ts.with_suffix(".qm"))
        print(f"i18n: {ts.with_suffix('.qm').relative_to(ROOT)}")


def stale() -> list[str]:
    """The .ts files whose shipped .qm is missing or differs from a fresh compile."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(I18N.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            fresh = Path(tmp) / qm.name
            compile_ts(ts, fresh)
            if not qm.exists():
                problems.append(f"{qm.name} is missing")
            elif qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name} is out of date with {ts.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", nargs="?", choices=["update", "release", "check", "sources"],
                        default=None)
    parser.add_argument("features", nargs="*", choices=[[], *FEATURES, CLI], default=[])
    args = parser.parse_args(argv)
    features = args.features or [*FEATURES, CLI]
    if args.action in (None, "update"):
        update(features)
    if args.action in (None, "release"):
        release()
    if args.action == "sources":
        for feature in features:
            print(f"{feature}:")
            if feature == CLI:
                print("  the live parser: kiosk.cli.build_parser(), and argparse's own strings")
                continue
            for path in sources(feature):
                print(f"  {path.relative_to(ROOT)}")
    if args.action == "check":
        problems = stale()
        problems += [f"{ts_path(CLI).name} has no finished translation of {text}"
                     for text in cli_untranslated()]
        for problem in problems:
            print(f"i18n: {problem}; run 'make translations'", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
