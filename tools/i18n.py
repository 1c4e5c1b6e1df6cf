#!/usr/bin/env python3
"""Translation plumbing: collect each feature's strings into resources/i18n/<feature>_fr.ts
(pyside6-lupdate) and compile every .ts into the .qm the kiosk loads (pyside6-lrelease).

    tools/i18n.py                 update every feature, then release (make translations)
    tools/i18n.py update [FEAT]   refresh the .ts of some features (keeps existing translations)
    tools/i18n.py release         compile every resources/i18n/*.ts into its .qm
    tools/i18n.py check           exit 1 if a .qm is missing or older than its .ts content

A feature's sources are its own folders (below) plus every file its .ts already names
(so a feature's domain modules stay with it once it has listed them). The core catalogue
takes the rest of kiosk/core and kiosk/cli: the domain's errors and the CLI's messages.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr",)

FEATURES: dict[str, list[str]] = {
    "core": ["kiosk/core/**/*.py", "kiosk/cli/**/*.py", "kiosk/demo/**/*.py", "kiosk/*.py"],
    "control": ["kiosk/ui/control/**/*.py", "kiosk/ui/display.py", "kiosk/ui/app.py",
                "resources/qml/Kiosk/Control/**/*.qml"],
    "door": ["kiosk/ui/door/**/*.py", "kiosk/cli/door.py", "kiosk/core/tickets.py",
             "kiosk/core/scanner.py", "kiosk/core/checkin*.py", "resources/qml/Kiosk/Door/**/*.qml"],
    "stage": ["kiosk/ui/stage/**/*.py", "kiosk/cli/show.py", "kiosk/core/show/**/*.py",
              "kiosk/core/show.py", "kiosk/core/export.py",
              "resources/qml/Kiosk/Stage/**/*.qml"],
    "slideshow": ["kiosk/ui/slideshow/**/*.py", "kiosk/ui/screens/**/*.py", "kiosk/cli/screens.py",
                  "kiosk/core/announcements.py", "kiosk/core/playlist*.py",
                  "kiosk/core/slideshow*.py", "resources/qml/Kiosk/Slideshow/**/*.qml",
                  "resources/qml/Kiosk/Screens/**/*.qml"],
}

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
    for feature in features:
        files = sources(feature)
        if not files:
            print(f"i18n: {feature}: no sources yet")
            continue
        for lang in LANGUAGES:
            target = ts_path(feature, lang)
            subprocess.run([tool("pyside6-lupdate"), *map(str, files), "-no-obsolete",
                            "-locations", "relative", "-source-language", "en",
                            "-target-language", lang, "-ts", str(target)], check=True)


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
    parser.add_argument("features", nargs="*", choices=[[], *FEATURES], default=[])
    args = parser.parse_args(argv)
    features = args.features or list(FEATURES)
    if args.action in (None, "update"):
        update(features)
    if args.action in (None, "release"):
        release()
    if args.action == "sources":
        for feature in features:
            print(f"{feature}:")
            for path in sources(feature):
                print(f"  {path.relative_to(ROOT)}")
    if args.action == "check":
        problems = stale()
        for problem in problems:
            print(f"i18n: {problem}; run 'make translations'", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
