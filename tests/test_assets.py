"""The committed assets: fonts, sounds, logos and themes (resources/)."""

from __future__ import annotations

import array
import json
import math
import os
import re
import sys
import wave
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter, QRawFont  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONTS = RESOURCES / "fonts"
SOUNDS = RESOURCES / "sounds"
IMAGES = RESOURCES / "images"
THEMES = RESOURCES / "themes"

FONT_FILES = sorted(p for p in FONTS.glob("**/*") if p.suffix.lower() in (".ttf", ".otf", ".ttc"))
SOUND_NAMES = ["admitted", "duplicate", "refused", "attention", "reveal", "tick"]
COLOR_KEYS = [
    "background",
    "surface",
    "surfaceRaised",
    "primary",
    "accent",
    "text",
    "muted",
    "admitted",
    "duplicate",
    "refused",
    "attention",
]
FONT_KEYS = ["display", "body", "cjk"]
HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
ALL_THEMES = sorted(p.parent.name for p in THEMES.glob("*/theme.json"))


def load_theme(name: str) -> dict:
    return json.loads((THEMES / name / "theme.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def app_fonts(qapp) -> dict[str, list[Path]]:
    """Loads every font file; returns family name -> the files that provide it."""
    families: dict[str, list[Path]] = {}
    for path in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id != -1, f"Qt cannot load {path.name}"
        names = QFontDatabase.applicationFontFamilies(font_id)
        assert names, f"{path.name} has no family name"
        for name in names:
            families.setdefault(name, []).append(path)
    return families


def raw_fonts(app_fonts: dict[str, list[Path]], family: str) -> list[QRawFont]:
    fonts = [QRawFont(str(p), 32.0) for p in app_fonts[family]]
    assert all(f.isValid() for f in fonts)
    return fonts


def missing(font: QRawFont, text: str) -> list[str]:
    return [ch for ch in text if not ch.isspace() and not font.supportsCharacter(ord(ch))]


# -- fonts ---------------------------------------------------------------------------


def test_font_files_present():
    names = {p.name for p in FONT_FILES}
    assert len(FONT_FILES) >= 4, names
    total = sum(p.stat().st_size for p in FONTS.glob("**/*") if p.is_file())
    assert total < 10.5 * 1024 * 1024, f"resources/fonts is {total / 1e6:.1f} MB"


def test_every_font_has_a_licence():
    licences = [p for p in (FONTS / "licenses").glob("*.txt")]
    assert licences
    for lic in licences:
        text = lic.read_text(encoding="utf-8", errors="replace")
        assert "Open Font License" in text or "SIL" in text, lic.name
    prefixes = [lic.stem.split("-")[0] for lic in licences]
    for path in FONT_FILES:
        assert any(path.stem.startswith(prefix) for prefix in prefixes), (
            f"no licence file in resources/fonts/licenses/ for {path.name}"
        )


def test_theme_fonts_are_shipped_families(app_fonts):
    for name in ALL_THEMES:
        for key, family in load_theme(name).get("fonts", {}).items():
            assert family in app_fonts, (
                f"theme {name}: fonts.{key} = {family!r} is not a family of any file in "
                f"resources/fonts (have: {sorted(app_fonts)})"
            )
            assert family in QFontDatabase.families()


def test_cjk_font_covers_japanese_chinese_korean_names(app_fonts):
    family = load_theme("gt2017")["fonts"]["cjk"]
    for font in raw_fonts(app_fonts, family):
        assert missing(font, "佐藤健") == []
        assert missing(font, "さとう たける サトウ タケル") == []  # kana
        assert missing(font, "高橋 鈴木 渡辺 山﨑 髙橋") == []  # common surnames
        assert missing(font, "王晓明 张伟 李娜") == []  # simplified Chinese
        assert missing(font, "김민준 이서연") == []  # Hangul


def test_cjk_subset_is_small():
    for path in FONT_FILES:
        if "CJK" in path.name:
            assert path.stat().st_size < 6 * 1024 * 1024, path.name


def test_body_font_covers_latin_extended(app_fonts):
    family = load_theme("gt2017")["fonts"]["body"]
    for font in raw_fonts(app_fonts, family):
        assert missing(font, "Stéphane Nürburgring Łukasz Bjørn") == []
        assert missing(font, "ßŠčőŒçñÅÆ€·…–—“”‘’") == []


def test_display_font_covers_latin_extended(app_fonts):
    family = load_theme("gt2017")["fonts"]["display"]
    for font in raw_fonts(app_fonts, family):
        assert missing(font, "AND THE WINNER IS… STÉPHANE NÜRBURGRING ŁUKASZ BJØRN 2017") == []


def test_arabic_font_covers_arabic(app_fonts):
    assert "Noto Sans Arabic" in app_fonts
    for font in raw_fonts(app_fonts, "Noto Sans Arabic"):
        assert missing(font, "محمد بن سليمان") == []


# -- sounds --------------------------------------------------------------------------


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_sound_is_valid_pcm(name):
    path = SOUNDS / f"{name}.wav"
    assert path.is_file(), path
    with wave.open(str(path), "rb") as w:
        assert w.getcomptype() == "NONE"
        assert w.getnchannels() == 1
        assert w.getsampwidth() == 2
        assert w.getframerate() == 44_100
        n = w.getnframes()
        frames = w.readframes(n)
    assert 0 < n / 44_100 < 2.0
    samples = array.array("h")
    samples.frombytes(frames)
    if sys.byteorder == "big":
        samples.byteswap()
    assert len(samples) == n
    peak = max(abs(s) for s in samples)
    rms = math.sqrt(sum(s * s for s in samples) / n)
    assert peak < 32767 * 0.95, f"{name}: peak at full scale"
    assert peak > 32767 * 0.5, f"{name}: too quiet (peak {peak})"
    assert rms > 32767 * 0.01, f"{name}: practically silent"
    # Faded in and out: no click at either end.
    assert abs(samples[0]) < 300 and abs(samples[-1]) < 300


def test_sound_lengths_suit_their_use():
    def seconds(name):
        with wave.open(str(SOUNDS / f"{name}.wav"), "rb") as w:
            return w.getnframes() / w.getframerate()

    assert seconds("tick") < 0.06
    assert 0.15 <= seconds("admitted") <= 0.4
    assert 0.3 <= seconds("refused") <= 0.6
    assert 1.0 <= seconds("reveal") < 2.0


# -- logos ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["logo.svg", "logo-mark.svg"])
def test_logo_renders(qapp, name):
    path = IMAGES / name
    source = path.read_text(encoding="utf-8")
    for unsupported in (
        "<filter",
        "<mask",
        "<style",
        "clip-path",
        "<clipPath",
        "<text",
        "<image",
        "<foreignObject",
    ):
        assert unsupported not in source, (
            f"{name} uses {unsupported}, which Qt's SVG renderer lacks"
        )
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    size = renderer.defaultSize()
    assert not size.isEmpty()
    if name == "logo-mark.svg":
        assert size.width() == size.height()
    image = QImage(QSize(size.width() // 2, size.height() // 2), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    step = 4
    opaque = sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).alpha() > 0
    )
    sampled = len(range(0, image.height(), step)) * len(range(0, image.width(), step))
    assert opaque > 0.2 * sampled, f"{name} rendered almost nothing ({opaque}/{sampled})"


# -- themes --------------------------------------------------------------------------


def test_gt2017_theme_is_complete():
    theme = load_theme("gt2017")
    assert set(theme) >= {"name", "colors", "fonts"}
    assert "logo" not in theme and "logoMark" not in theme  # logos are the event's (kiosk event set)
    assert isinstance(theme["name"], str) and theme["name"].strip()
    assert set(theme["colors"]) == set(COLOR_KEYS)
    assert set(theme["fonts"]) == set(FONT_KEYS)
    assert theme["colors"]["text"].lower() == "#ffffff"


@pytest.mark.parametrize("name", ALL_THEMES)
def test_theme_values_are_valid(name):
    theme = load_theme(name)
    for key, value in theme.get("colors", {}).items():
        assert key in COLOR_KEYS, f"{name}: unknown colour key {key!r}"
        assert HEX_COLOR.match(value), f"{name}: colors.{key} = {value!r}"
        assert QColor.isValidColorName(value), f"{name}: colors.{key} = {value!r}"
    for key, value in theme.get("fonts", {}).items():
        assert key in FONT_KEYS, f"{name}: unknown font key {key!r}"
        assert isinstance(value, str) and value.strip()
    for key in ("logo", "logoMark"):
        if key in theme:
            target = (THEMES / name / theme[key]).resolve()
            assert target.is_file(), f"{name}: {key} -> {target} does not exist"


def _distance(a: str, b: str) -> float:
    ca, cb = QColor(a), QColor(b)
    return math.dist((ca.red(), ca.green(), ca.blue()), (cb.red(), cb.green(), cb.blue()))


def _hue_gap(a: str, b: str) -> float:
    ha, hb = QColor(a).hsvHue(), QColor(b).hsvHue()
    gap = abs(ha - hb) % 360
    return min(gap, 360 - gap)


def test_door_colours_are_distinct():
    """Door results are told apart at a glance: clearly different hues, and all
    stand out from the background."""
    colors = load_theme("gt2017")["colors"]
    door = ["admitted", "duplicate", "refused", "attention"]
    for i, a in enumerate(door):
        for b in door[i + 1 :]:
            assert _hue_gap(colors[a], colors[b]) >= 25, (a, b)
            assert _distance(colors[a], colors[b]) > 80, (a, b)
        assert QColor(colors[a]).hsvSaturation() > 120, a
        assert _distance(colors[a], colors["background"]) > 150, a
    for other in ("primary", "accent"):
        assert _hue_gap(colors["attention"], colors[other]) >= 25, other
