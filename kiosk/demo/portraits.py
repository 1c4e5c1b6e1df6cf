"""Stylised portraits and flags for the demo event, painted with QPainter at build time.

No photograph of anyone is used or downloaded: every nominee and legend gets a
studio-lit head-and-shoulders figure in a racing suit, or a full-face helmet,
with a stripe in the colours of their nationality and a racing number. The
same seed always paints the same picture.

The caller must have a QGuiApplication (text needs fonts); nothing here opens
a window.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QRadialGradient,
    QTransform,
)

# Official-looking flag colours, also used for the stripes on suits and helmets.
FLAG_COLOURS: dict[str, tuple[str, ...]] = {
    "FR": ("#002395", "#FFFFFF", "#ED2939"),
    "IT": ("#009246", "#FFFFFF", "#CE2B37"),
    "BE": ("#000000", "#FDDA24", "#EF3340"),
    "IE": ("#169B62", "#FFFFFF", "#FF883E"),
    "DE": ("#000000", "#DD0000", "#FFCE00"),
    "NL": ("#AE1C28", "#FFFFFF", "#21468B"),
    "LU": ("#EF3340", "#FFFFFF", "#00A3E0"),
    "HU": ("#CE2939", "#FFFFFF", "#477050"),
    "AT": ("#ED2939", "#FFFFFF", "#ED2939"),
    "MC": ("#CE1126", "#FFFFFF"),
    "PL": ("#FFFFFF", "#DC143C"),
    "ES": ("#AA151B", "#F1BF00", "#AA151B"),
    "CH": ("#DA291C", "#FFFFFF"),
    "DK": ("#C8102E", "#FFFFFF"),
    "SE": ("#006AA7", "#FECC00"),
    "NO": ("#BA0C2F", "#FFFFFF", "#00205B"),
    "FI": ("#FFFFFF", "#002F6C"),
    "GB": ("#012169", "#FFFFFF", "#C8102E"),
    "JP": ("#FFFFFF", "#BC002D"),
    "US": ("#B22234", "#FFFFFF", "#3C3B6E"),
    "PT": ("#046A38", "#DA291C", "#FFE900"),
    "BR": ("#009739", "#FEDD00", "#012169"),
    "AU": ("#012169", "#FFFFFF", "#E4002B"),
    "ZA": ("#007749", "#FFB81C", "#DE3831", "#002395", "#000000", "#FFFFFF"),
    "CN": ("#DE2910", "#FFDE00"),
    "AR": ("#74ACDF", "#FFFFFF", "#F6B40E"),
    "GR": ("#0D5EAF", "#FFFFFF"),
    "AE": ("#00732F", "#FFFFFF", "#000000", "#FF0000"),
    "KR": ("#FFFFFF", "#CD2E3A", "#0047A0", "#000000"),
}
_NEUTRAL = ("#8A8F98", "#D9DCE1", "#5A5F68")

_NUMBER_FONTS = ["Barlow Condensed", "DejaVu Sans Condensed", "Arial Narrow", "Helvetica", "Sans"]

# Logical canvas of a portrait; the real image is scaled to fit it.
_W, _H = 800.0, 1000.0


def stripe_colours(nationality: str) -> list[QColor]:
    """The nationality's colours in flag order (a neutral grey set when unknown)."""
    return [QColor(c) for c in FLAG_COLOURS.get(nationality.upper(), _NEUTRAL)]


# --------------------------------------------------------------------------- shared helpers


def _font(px: float, *, weight=QFont.Weight.Black, italic=True) -> QFont:
    font = QFont()
    font.setFamilies(_NUMBER_FONTS)
    font.setPixelSize(max(1, round(px)))
    font.setWeight(weight)
    font.setItalic(italic)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def _text_path(text: str, font: QFont, centre: QPointF) -> QPainterPath:
    path = QPainterPath()
    path.addText(0, 0, font, text)
    box = path.boundingRect()
    return path.translated(centre.x() - box.center().x(), centre.y() - box.center().y())


def _with_alpha(colour: QColor, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


def _luma(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


def _save(image: QImage, path: Path) -> None:
    """Whole or not at all: a build stopped mid-write (Ctrl+C, a crash) leaves no cut picture
    that the next build would take for done."""
    part = path.with_name(path.name + ".part")
    if not image.save(str(part), "PNG", 80):
        part.unlink(missing_ok=True)
        raise OSError(f"could not write {path}")
    part.replace(path)


_DITHER: QImage | None = None


def _dither() -> QImage:
    """An 8x8 ordered-dither tile: breaks the banding of dark gradients on a projector.

    At most one level of white or black, as a premultiplied tile drawn with the
    plain (fast) source-over mode; unlike random grain it costs the PNG encoder
    almost nothing.
    """
    global _DITHER
    if _DITHER is None:
        bayer = [0]
        for _ in range(3):  # grow the Bayer matrix 1 -> 2 -> 4 -> 8
            n = int(len(bayer) ** 0.5)
            grown = [0] * (4 * n * n)
            for y in range(n):
                for x in range(n):
                    v = 4 * bayer[y * n + x]
                    for dy, dx, add in ((0, 0, 0), (0, 1, 2), (1, 0, 3), (1, 1, 1)):
                        grown[(y + dy * n) * 2 * n + x + dx * n] = v + add
            bayer = grown
        tile = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
        for i, v in enumerate(bayer):
            level = round((v - 31.5) / 16)
            tone = 255 if level > 0 else 0
            tile.setPixelColor(i % 8, i // 8, QColor(tone, tone, tone, abs(level)))
        _DITHER = tile
    return _DITHER


# --------------------------------------------------------------------------- portraits

# Background moods: (top, bottom, spotlight) for nominees (cool studio) and legends (warm archive).
_NOMINEE_MOODS = [
    ("#1B2230", "#06080C", "#4C6A92"),
    ("#1F1A2B", "#07060B", "#6A5A9A"),
    ("#162A2C", "#050A0B", "#3F8A8C"),
    ("#2A1A1D", "#0A0607", "#9A4A52"),
    ("#202327", "#070808", "#7F8C99"),
]
_LEGEND_MOODS = [
    ("#2B2117", "#0B0805", "#B08A55"),
    ("#2A1F1A", "#0A0706", "#A0704E"),
    ("#23231C", "#090906", "#9C9068"),
    ("#291C16", "#0B0705", "#C07A48"),
]
_SUITS = ["#B3121F", "#0F2D5C", "#111317", "#E9E6DF", "#1C5E3A", "#E07A10", "#5B6670", "#2B3F8F"]
_LEGEND_SUITS = ["#8E1B1B", "#1F3557", "#DCD3C0", "#2E4D3A", "#B7652A", "#3A3A3A"]
_HELMETS = ["#F2F2F0", "#15171B", "#C9CDD2", "#B3121F", "#0F2D5C", "#F2C230", "#E06A12"]
_VISORS = [
    ("#0B0D12", "#2B3344"),  # smoke
    ("#1A0F05", "#C8913A"),  # iridium gold
    ("#050A1C", "#3D7BD9"),  # iridium blue
    ("#120516", "#A04BC8"),  # iridium violet
    ("#090B0C", "#4A5A55"),  # dark tint
]


def helmet_style(seed: int) -> bool:
    """Whether draw_portrait paints a helmet (about 2 seeds in 5) or a bare head for seed."""
    return seed % 5 < 2


class _Look:
    """Every random choice of one portrait, drawn once from its seed."""

    def __init__(self, seed: int, kind: str, nationality: str):
        rng = random.Random(f"portrait:{seed}")  # a string seed mixes nearby seeds well
        self.legend = kind == "legend"
        moods = _LEGEND_MOODS if self.legend else _NOMINEE_MOODS
        self.top, self.bottom, self.spot = (QColor(c) for c in rng.choice(moods))
        self.light = rng.choice((-1, 1))  # key light from the left (-1) or right (+1)
        self.helmet = helmet_style(seed)
        self.suit = QColor(rng.choice(_LEGEND_SUITS if self.legend else _SUITS))
        self.shell = QColor(rng.choice(_HELMETS))
        self.visor = tuple(QColor(c) for c in rng.choice(_VISORS))
        self.number = rng.choice([rng.randint(2, 99), rng.randint(2, 99), 1, 7, 11, 24, 63, 88])
        self.head_w = rng.uniform(0.93, 1.07)
        self.head_h = rng.uniform(0.96, 1.05)
        self.shoulders = rng.uniform(0.94, 1.08)
        self.tilt = rng.uniform(-2.2, 2.2)
        self.stripe_style = rng.choice(("centre", "twin", "chevron"))
        self.colours = stripe_colours(nationality)
        self.streaks = [(rng.uniform(-0.2, 1.1), rng.uniform(0.04, 0.13)) for _ in range(5)]
        self.hair = rng.random() < 0.8
        self.hair_lift = rng.uniform(0, 22)
        self.hair_sweep = rng.uniform(-30, 30)
        self.nationality = nationality.upper()


def draw_portrait(
    path: str | Path,
    name: str,
    nationality: str,
    seed: int,
    kind: str,
    size: tuple[int, int] = (800, 1000),
) -> None:
    """Paint one portrait (kind "nominee" or "legend") and save it as PNG at path."""
    width, height = size
    look = _Look(seed, kind, nationality)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    _paint_background(p, width, height, look)
    # The figure lives on the 800x1000 logical canvas, scaled to cover and bottom-anchored.
    k = max(width / _W, height / _H)
    p.save()
    p.translate(width / 2, height)
    p.scale(k, k)
    p.translate(-_W / 2, -_H)
    _paint_backdrop_number(p, look)
    p.translate(_W / 2, _H)
    p.rotate(look.tilt)
    p.translate(-_W / 2, -_H)
    if look.helmet:
        _paint_helmet_figure(p, look)
    else:
        _paint_driver_figure(p, look)
    p.restore()
    _paint_finish(p, width, height, look)
    p.end()
    _save(image, Path(path))


def _paint_background(p: QPainter, w: int, h: int, look: _Look) -> None:
    grad = QLinearGradient(0, 0, 0, h)
    grad.setColorAt(0.0, look.top)
    grad.setColorAt(1.0, look.bottom)
    p.fillRect(0, 0, w, h, grad)
    # A soft key spotlight behind the head, off-centre towards the light.
    cx, cy = w * (0.5 + 0.14 * look.light), h * 0.36
    spot = QRadialGradient(QPointF(cx, cy), max(w, h) * 0.62)
    spot.setColorAt(0.0, _with_alpha(look.spot, 0.55))
    spot.setColorAt(0.45, _with_alpha(look.spot, 0.16))
    spot.setColorAt(1.0, _with_alpha(look.spot, 0.0))
    p.fillRect(0, 0, w, h, spot)
    # Faint diagonal light streaks in the nationality's colours, like a broadcast backdrop.
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.translate(w / 2, h / 2)
    p.rotate(-24 * look.light)
    for i, (pos, thick) in enumerate(look.streaks):
        colour = look.colours[i % len(look.colours)]
        if _luma(colour) > 0.9:
            colour = look.spot
        x = (pos - 0.5) * w * 1.4
        band = QLinearGradient(0, -h, 0, h)
        band.setColorAt(0.0, _with_alpha(colour, 0.0))
        band.setColorAt(0.5, _with_alpha(colour, 0.10))
        band.setColorAt(1.0, _with_alpha(colour, 0.0))
        p.fillRect(QRectF(x, -h, thick * w * 0.5, 2 * h), band)
    p.restore()


def _paint_backdrop_number(p: QPainter, look: _Look) -> None:
    """The racing number, huge and faint behind the figure, fading towards the floor."""
    font = _font(600)
    text = _text_path(str(look.number), font, QPointF(_W / 2 - 160 * look.light, 320))
    box = text.boundingRect()
    fade = QLinearGradient(0, box.top(), 0, box.bottom())
    fade.setColorAt(0.0, _with_alpha(look.spot.lighter(160), 0.10))
    fade.setColorAt(1.0, _with_alpha(look.spot.lighter(160), 0.0))
    p.fillPath(text, fade)


def _torso_path(look: _Look) -> QPainterPath:
    s = look.shoulders
    cx = _W / 2
    path = QPainterPath()
    path.moveTo(cx - 440 * s, _H + 20)
    path.cubicTo(cx - 430 * s, 890, cx - 390 * s, 800, cx - 270 * s, 762)
    path.cubicTo(cx - 190 * s, 738, cx - 130, 722, cx - 96, 690)
    path.lineTo(cx + 96, 690)
    path.cubicTo(cx + 130, 722, cx + 190 * s, 738, cx + 270 * s, 762)
    path.cubicTo(cx + 390 * s, 800, cx + 430 * s, 890, cx + 440 * s, _H + 20)
    path.closeSubpath()
    return path


_HEAD_TOP = 292.0


def _head_path(look: _Look) -> QPainterPath:
    """Skull, cheekbones and jaw in one outline, with a seeded mass of hair on top."""
    cx, top = _W / 2, _HEAD_TOP
    hw, hh = 116 * look.head_w, look.head_h
    path = QPainterPath()
    path.moveTo(cx, top)
    path.cubicTo(cx + hw * 0.66, top, cx + hw, top + 58 * hh, cx + hw, top + 142 * hh)
    path.cubicTo(
        cx + hw, top + 196 * hh, cx + hw * 0.9, top + 236 * hh, cx + hw * 0.7, top + 268 * hh
    )
    path.cubicTo(cx + hw * 0.46, top + 302 * hh, cx + hw * 0.2, top + 312 * hh, cx, top + 312 * hh)
    path.cubicTo(
        cx - hw * 0.2, top + 312 * hh, cx - hw * 0.46, top + 302 * hh, cx - hw * 0.7, top + 268 * hh
    )
    path.cubicTo(cx - hw * 0.9, top + 236 * hh, cx - hw, top + 196 * hh, cx - hw, top + 142 * hh)
    path.cubicTo(cx - hw, top + 58 * hh, cx - hw * 0.66, top, cx, top)
    path.closeSubpath()
    if look.hair:
        hair = QPainterPath()
        lift, sweep = look.hair_lift, look.hair_sweep
        hair.moveTo(cx - hw, top + 135 * hh)
        hair.cubicTo(cx - hw, top + 40 - lift * 0.5, cx - hw * 0.55 + sweep, top - 14 - lift,
                     cx + sweep * 0.5, top - 12 - lift)  # fmt: skip
        hair.cubicTo(cx + hw * 0.6 + sweep, top - 10 - lift, cx + hw, top + 40 - lift * 0.5,
                     cx + hw, top + 135 * hh)  # fmt: skip
        hair.closeSubpath()
        path = path.united(hair)
    return path


def _ears(look: _Look) -> list[QPainterPath]:
    cx, top = _W / 2, _HEAD_TOP
    hw = 116 * look.head_w
    ears = []
    for side in (-1, 1):
        ear = QPainterPath()
        ear.addEllipse(QPointF(cx + side * (hw - 2), top + 162 * look.head_h), 17, 36)
        ears.append(ear)
    return ears


def _neck_path() -> QPainterPath:
    cx = _W / 2
    path = QPainterPath()
    path.moveTo(cx - 72, 540)
    path.cubicTo(cx - 70, 610, cx - 80, 660, cx - 100, 700)
    path.lineTo(cx + 100, 700)
    path.cubicTo(cx + 80, 660, cx + 70, 610, cx + 72, 540)
    path.closeSubpath()
    return path


def _collar_path() -> QPainterPath:
    """The high, rounded collar of a racing suit, open at the front."""
    cx = _W / 2
    path = QPainterPath()
    path.moveTo(cx - 110, 636)
    path.cubicTo(cx - 64, 622, cx + 64, 622, cx + 110, 636)
    path.lineTo(cx + 118, 712)
    path.cubicTo(cx + 64, 734, cx + 20, 738, cx + 6, 738)
    path.lineTo(cx - 6, 738)
    path.cubicTo(cx - 20, 738, cx - 64, 734, cx - 118, 712)
    path.closeSubpath()
    return path


def _shade(p: QPainter, shape: QPainterPath, base: QColor, look: _Look, *, gloss=0.0) -> None:
    """Fill a shape lit from the key-light side, darker away from it."""
    box = shape.boundingRect()
    x0, x1 = (box.left(), box.right()) if look.light > 0 else (box.right(), box.left())
    grad = QLinearGradient(x1, box.top(), x0, box.bottom())
    grad.setColorAt(0.0, base.lighter(100 + int(55 * (1 + gloss))))
    grad.setColorAt(0.5, base)
    grad.setColorAt(1.0, base.darker(330))
    p.fillPath(shape, grad)


def _rim(p: QPainter, shape: QPainterPath, look: _Look, colour: QColor, strength=1.0) -> None:
    """Rim light: the edge of shape facing the key light (behind, above) glows and fades inwards.

    Two strokes of the outline, clipped to the inside, a wide faint one under a
    narrow bright one, with a brush that fades out towards the shadow side.
    """
    box = shape.boundingRect()
    lit = QPointF(
        box.center().x() + look.light * box.width() * 0.5, box.top() + box.height() * 0.15
    )
    dark = QPointF(
        box.center().x() - look.light * box.width() * 0.5, box.top() + box.height() * 0.6
    )
    p.save()
    p.setClipPath(shape, Qt.ClipOperation.IntersectClip)
    for width, alpha in ((26, 0.13), (6, 0.5)):
        grad = QLinearGradient(lit, dark)
        grad.setColorAt(0.0, _with_alpha(colour, alpha * strength))
        grad.setColorAt(0.3, _with_alpha(colour, alpha * strength * 0.45))
        grad.setColorAt(0.62, _with_alpha(colour, 0.0))
        p.strokePath(shape, QPen(QBrush(grad), width))
    p.restore()


def _paint_patch_flag(p: QPainter, look: _Look, rect: QRectF) -> None:
    """The small national flag embroidered on the chest of a racing suit."""
    p.save()
    p.translate(rect.topLeft())
    p.rotate(-4 * look.light)
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(0, 0, rect.width(), rect.height()), 4, 4)
    p.setClipPath(clip)
    if not _paint_flag(p, look.nationality, rect.width(), rect.height()):
        p.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor(_NEUTRAL[0]))
    shade = QLinearGradient(0, 0, rect.width(), rect.height())
    shade.setColorAt(0, _with_alpha(QColor("#FFFFFF"), 0.12 if look.light < 0 else 0.0))
    shade.setColorAt(1, _with_alpha(QColor("#000000"), 0.45))
    p.fillRect(QRectF(0, 0, rect.width(), rect.height()), shade)
    p.setClipping(False)
    p.strokePath(clip, QPen(_with_alpha(QColor("#000000"), 0.35), 2))
    p.restore()


def _paint_suit(p: QPainter, look: _Look) -> QPainterPath:
    torso = _torso_path(look)
    suit = look.suit
    _shade(p, torso, suit, look)
    p.save()
    p.setClipPath(torso)
    cx = _W / 2
    # Shoulder stripes in the nationality's colours, following the seam to the arms.
    colours = look.colours
    for side in (-1, 1):
        for i, colour in enumerate(colours[:3]):
            stripe = QPainterPath()
            off = i * 15
            stripe.moveTo(cx + side * 124, 716 + off * 0.3)
            stripe.cubicTo(
                cx + side * 205, 732 + off, cx + side * 310, 760 + off, cx + side * 450, 842 + off
            )
            pen = QPen(colour, 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            p.strokePath(stripe, pen)
    # Front panel seams and zip.
    seam = QPen(_with_alpha(suit.darker(200), 0.55), 3)
    p.setPen(seam)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for side in (-1, 1):
        panel = QPainterPath()
        panel.moveTo(cx + side * 150, _H + 10)
        panel.cubicTo(cx + side * 150, 900, cx + side * 180, 820, cx + side * 250, 775)
        p.drawPath(panel)
    p.setPen(QPen(_with_alpha(suit.darker(240), 0.9), 5))
    p.drawLine(QPointF(cx, 736), QPointF(cx, _H))
    p.setPen(QPen(_with_alpha(suit.lighter(170), 0.3), 1.5))
    p.drawLine(QPointF(cx + 4, 738), QPointF(cx + 4, _H))
    # National flag on one side of the chest, the racing number on the other.
    flag_side = -look.light
    _paint_patch_flag(p, look, QRectF(cx + flag_side * 205 - 45, 842, 90, 60))
    number = _text_path(str(look.number), _font(78), QPointF(cx - flag_side * 200, 880))
    ink = QColor("#141414") if _luma(suit) > 0.55 else QColor("#F3F1EC")
    p.fillPath(number, _with_alpha(ink, 0.88))
    p.restore()
    # Shade everything on the suit with the key light, then the rim.
    fall = QLinearGradient(cx + look.light * 420, 700, cx - look.light * 420, _H)
    fall.setColorAt(0.0, _with_alpha(QColor("#000000"), 0.0))
    fall.setColorAt(1.0, _with_alpha(QColor("#000000"), 0.55))
    p.fillPath(torso, fall)
    _rim(p, torso, look, _mix(look.spot, QColor("#FFFFFF"), 0.5), 0.9)
    return torso


def _paint_collar(p: QPainter, look: _Look) -> None:
    collar = _collar_path()
    _shade(p, collar, look.suit.darker(118), look)
    p.save()
    p.setClipPath(collar)
    cx = _W / 2
    colours = look.colours[:3]
    band = 30.0 / len(colours)
    for i, colour in enumerate(colours):
        y = 638 + (i + 0.5) * band
        stripe = QPainterPath()
        stripe.moveTo(cx - 130, y + 8)
        stripe.cubicTo(cx - 64, y - 7, cx + 64, y - 7, cx + 130, y + 8)
        p.strokePath(
            stripe, QPen(colour, band + 0.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        )
    fall = QLinearGradient(cx + look.light * 120, 630, cx - look.light * 120, 740)
    fall.setColorAt(0.0, _with_alpha(QColor("#000000"), 0.0))
    fall.setColorAt(1.0, _with_alpha(QColor("#000000"), 0.5))
    p.fillPath(collar, fall)
    p.restore()
    p.strokePath(collar, QPen(_with_alpha(QColor("#000000"), 0.45), 2))
    _rim(p, collar, look, _mix(look.spot, QColor("#FFFFFF"), 0.5), 0.6)


def _paint_driver_figure(p: QPainter, look: _Look) -> None:
    _paint_suit(p, look)
    skin = QColor("#2B2623") if not look.legend else QColor("#2E2720")
    rim = _mix(look.spot, QColor("#FFFFFF"), 0.55)
    neck = _neck_path()
    grad = QLinearGradient(0, 540, 0, 700)
    grad.setColorAt(0, skin.darker(190))
    grad.setColorAt(1, skin.darker(280))
    p.fillPath(neck, grad)
    _rim(p, neck, look, rim, 0.7)
    for ear in _ears(look):
        p.fillPath(ear, skin.darker(200))
    # A soft shadow the head throws on the neck.
    shadow = QRadialGradient(QPointF(_W / 2, 600), 120)
    shadow.setColorAt(0, _with_alpha(QColor("#000000"), 0.6))
    shadow.setColorAt(1, _with_alpha(QColor("#000000"), 0.0))
    p.fillPath(neck, shadow)
    # The head stays in shadow against the spotlight: a silhouette, modelled only
    # by a faint key on one cheek and the bright rim.
    head = _head_path(look)
    box = head.boundingRect()
    lx = box.center().x() + look.light * box.width() * 0.5
    shade = QRadialGradient(QPointF(lx, box.top() + box.height() * 0.38), box.width() * 0.9)
    shade.setColorAt(0.0, skin.lighter(125))
    shade.setColorAt(0.35, skin.darker(130))
    shade.setColorAt(1.0, skin.darker(420))
    p.fillPath(head, shade)
    if look.hair:
        p.save()
        p.setClipPath(head)
        cap = QLinearGradient(0, box.top(), 0, box.top() + 150)
        cap.setColorAt(0.0, _with_alpha(QColor("#050404"), 0.85))
        cap.setColorAt(1.0, _with_alpha(QColor("#050404"), 0.0))
        p.fillRect(box, cap)
        p.restore()
    _rim(p, head, look, rim, 1.4)
    _paint_collar(p, look)


def _helmet_path(look: _Look) -> QPainterPath:
    cx, top = _W / 2, 205.0
    hw = 178 * look.head_w
    path = QPainterPath()
    path.moveTo(cx, top)
    path.cubicTo(cx + hw * 0.75, top, cx + hw, top + 90, cx + hw, top + 200)
    path.cubicTo(cx + hw, top + 300, cx + hw * 0.93, top + 380, cx + hw * 0.74, top + 438)
    path.cubicTo(cx + hw * 0.42, top + 478, cx - hw * 0.42, top + 478, cx - hw * 0.74, top + 438)
    path.cubicTo(cx - hw * 0.93, top + 380, cx - hw, top + 300, cx - hw, top + 200)
    path.cubicTo(cx - hw, top + 90, cx - hw * 0.75, top, cx, top)
    path.closeSubpath()
    return path


def _visor_path(look: _Look) -> QPainterPath:
    cx = _W / 2
    hw = 178 * look.head_w
    path = QPainterPath()
    path.moveTo(cx - hw * 0.86, 395)
    path.cubicTo(cx - hw * 0.6, 352, cx + hw * 0.6, 352, cx + hw * 0.86, 395)
    path.cubicTo(cx + hw * 0.9, 440, cx + hw * 0.84, 478, cx + hw * 0.7, 492)
    path.cubicTo(cx + hw * 0.3, 512, cx - hw * 0.3, 512, cx - hw * 0.7, 492)
    path.cubicTo(cx - hw * 0.84, 478, cx - hw * 0.9, 440, cx - hw * 0.86, 395)
    path.closeSubpath()
    return path


def _paint_helmet_figure(p: QPainter, look: _Look) -> None:
    _paint_suit(p, look)
    _paint_collar(p, look)
    cx = _W / 2
    # HANS device resting on the shoulders, behind the helmet.
    hans = QPainterPath()
    hans.moveTo(cx - 200, 700)
    hans.cubicTo(cx - 190, 640, cx - 130, 610, cx, 610)
    hans.cubicTo(cx + 130, 610, cx + 190, 640, cx + 200, 700)
    hans.cubicTo(cx + 150, 690, cx + 110, 668, cx, 668)
    hans.cubicTo(cx - 110, 668, cx - 150, 690, cx - 200, 700)
    hans.closeSubpath()
    _shade(p, hans, QColor("#1A1B1E"), look)
    helmet = _helmet_path(look)
    # Drop shadow under the chin.
    shadow = QRadialGradient(QPointF(cx, 690), 220)
    shadow.setColorAt(0, _with_alpha(QColor("#000000"), 0.6))
    shadow.setColorAt(1, _with_alpha(QColor("#000000"), 0.0))
    p.fillRect(QRectF(cx - 220, 470, 440, 440), shadow)
    shell = look.shell
    box = helmet.boundingRect()
    lx = box.center().x() + look.light * box.width() * 0.28
    body = QRadialGradient(QPointF(lx, box.top() + box.height() * 0.3), box.width() * 0.95)
    body.setColorAt(0.0, shell.lighter(135))
    body.setColorAt(0.5, shell)
    body.setColorAt(1.0, shell.darker(420))
    p.fillPath(helmet, body)
    p.save()
    p.setClipPath(helmet)
    _paint_helmet_stripes(p, look, box)
    # Shade the stripes with the same light as the shell.
    falloff = QRadialGradient(QPointF(lx, box.top() + box.height() * 0.3), box.width() * 0.95)
    falloff.setColorAt(0.0, _with_alpha(QColor("#FFFFFF"), 0.10))
    falloff.setColorAt(0.55, _with_alpha(QColor("#000000"), 0.0))
    falloff.setColorAt(1.0, _with_alpha(QColor("#000000"), 0.65))
    p.fillPath(helmet, falloff)
    p.restore()
    # Visor: gasket, then the tinted lens with a sky reflection and a sharp highlight.
    visor = _visor_path(look)
    gasket = QPainterPathStroker()
    gasket.setWidth(16)
    p.fillPath(gasket.createStroke(visor), _with_alpha(QColor("#050505"), 0.85))
    dark, tint = look.visor
    lens = QLinearGradient(0, 360, 0, 505)
    lens.setColorAt(0.0, tint)
    lens.setColorAt(0.45, _mix(tint, dark, 0.65))
    lens.setColorAt(1.0, dark)
    p.fillPath(visor, lens)
    p.save()
    p.setClipPath(visor)
    vbox = visor.boundingRect()
    reflect = QPainterPath()
    reflect.moveTo(vbox.left() + vbox.width() * (0.18 if look.light > 0 else 0.52), vbox.top())
    reflect.lineTo(vbox.left() + vbox.width() * (0.48 if look.light > 0 else 0.82), vbox.top())
    reflect.lineTo(vbox.left() + vbox.width() * (0.32 if look.light > 0 else 0.66), vbox.bottom())
    reflect.lineTo(vbox.left() + vbox.width() * (0.02 if look.light > 0 else 0.36), vbox.bottom())
    reflect.closeSubpath()
    shine = QLinearGradient(0, vbox.top(), 0, vbox.bottom())
    shine.setColorAt(0.0, _with_alpha(QColor("#FFFFFF"), 0.30))
    shine.setColorAt(1.0, _with_alpha(QColor("#FFFFFF"), 0.02))
    p.fillPath(reflect, shine)
    horizon = QLinearGradient(0, vbox.top(), 0, vbox.bottom())
    horizon.setColorAt(0.0, _with_alpha(QColor("#FFFFFF"), 0.0))
    horizon.setColorAt(0.38, _with_alpha(QColor("#FFFFFF"), 0.14))
    horizon.setColorAt(0.42, _with_alpha(QColor("#FFFFFF"), 0.0))
    p.fillRect(vbox, horizon)
    p.restore()
    # Visor pivots, chin vent, rubber trim and the shell's gloss highlight.
    hw = 178 * look.head_w
    p.setPen(Qt.PenStyle.NoPen)
    for side in (-1, 1):
        centre = QPointF(cx + side * hw * 0.9, 430)
        pivot = QRadialGradient(centre + QPointF(look.light * 5, -5), 20)
        pivot.setColorAt(0, QColor("#8A8E95"))
        pivot.setColorAt(1, QColor("#0E0F11"))
        p.setBrush(pivot)
        p.drawEllipse(centre, 16, 16)
    # Chin vent: a recessed trapezoid, darker at the top where the shell overhangs it.
    vent = QPolygonF([QPointF(cx - 44, 570), QPointF(cx + 44, 570), QPointF(cx + 30, 610),
                      QPointF(cx - 30, 610)])  # fmt: skip
    vent_path = QPainterPath()
    vent_path.addPolygon(vent)
    vent_path.closeSubpath()
    recess = QLinearGradient(0, 570, 0, 610)
    recess.setColorAt(0, _with_alpha(QColor("#000000"), 0.5))
    recess.setColorAt(1, _with_alpha(QColor("#000000"), 0.15))
    p.fillPath(vent_path, recess)
    p.fillRect(QRectF(cx - 30, 609, 60, 2.5), _with_alpha(shell.lighter(160), 0.35))
    trim = QLinearGradient(0, 560, 0, 640)
    trim.setColorAt(0.0, _with_alpha(QColor("#0A0A0B"), 0.0))
    trim.setColorAt(1.0, _with_alpha(QColor("#0A0A0B"), 0.9))
    p.strokePath(helmet, QPen(QBrush(trim), 16))
    p.save()
    p.setClipPath(helmet)
    gx = cx + look.light * hw * 0.42
    p.translate(gx, 272)
    p.rotate(look.light * 28)
    p.scale(1.0, 0.42)
    glow = QRadialGradient(QPointF(0, 0), hw * 0.36)
    glow.setColorAt(0.0, _with_alpha(QColor("#FFFFFF"), 0.6))
    glow.setColorAt(0.5, _with_alpha(QColor("#FFFFFF"), 0.18))
    glow.setColorAt(1.0, _with_alpha(QColor("#FFFFFF"), 0.0))
    p.fillRect(QRectF(-hw * 0.4, -hw * 0.4, hw * 0.8, hw * 0.8), glow)
    p.restore()
    _rim(p, helmet, look, _mix(look.spot, QColor("#FFFFFF"), 0.6), 1.0)


def _paint_helmet_stripes(p: QPainter, look: _Look, box: QRectF) -> None:
    """The livery: national colours, edged with a pinstripe that parts them from the shell."""
    colours = look.colours[:3]
    trim = QColor("#F4F3EF") if _luma(look.shell) < 0.5 else QColor("#16171A")
    cx = box.center().x()
    top, bottom = box.top() - 10, box.bottom() + 10
    width, edge = 24.0, 5.0
    total = width * len(colours)
    if look.stripe_style == "chevron":
        for i, colour in enumerate([trim, *colours, trim]):
            band = edge if i in (0, len(colours) + 1) else width
            y = 250 + sum((edge if j in (0, len(colours) + 1) else width) for j in range(i))
            chevron = QPainterPath()
            chevron.moveTo(box.left() - 20, y + 150 - band / 2)
            chevron.lineTo(cx, y - band / 2)
            chevron.lineTo(box.right() + 20, y + 150 - band / 2)
            pen = QPen(colour, band + 0.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                       Qt.PenJoinStyle.MiterJoin)  # fmt: skip
            p.strokePath(chevron.translated(0, band / 2), pen)
        return
    offsets = [0.0] if look.stripe_style == "centre" else [-78.0, 78.0]
    for base in offsets:
        left = cx + base - total / 2
        p.fillRect(QRectF(left - edge, top, total + 2 * edge, bottom - top), trim)
        for i, colour in enumerate(colours):
            p.fillRect(QRectF(left + i * width, top, width + 0.5, bottom - top), colour)


def _paint_finish(p: QPainter, w: int, h: int, look: _Look) -> None:
    # Vignette.
    vignette = QRadialGradient(QPointF(w / 2, h * 0.42), max(w, h) * 0.78)
    vignette.setColorAt(0.55, _with_alpha(QColor("#000000"), 0.0))
    vignette.setColorAt(1.0, _with_alpha(QColor("#000000"), 0.62))
    p.fillRect(0, 0, w, h, vignette)
    if look.legend:
        # Archive warmth for the legends: blacks lifted towards amber, like old film.
        p.fillRect(0, 0, w, h, QColor(190, 140, 80, 18))
    p.fillRect(0, 0, w, h, QBrush(_dither()))
    # Thin flag-colour bar along the bottom edge, like a lower third's accent.
    bar = max(3.0, h * 0.008)
    colours = look.colours
    seg = w * 0.18 / len(colours)
    x0 = w * 0.06
    for i, colour in enumerate(colours):
        p.fillRect(QRectF(x0 + i * seg, h - bar * 4, seg, bar), colour)


# --------------------------------------------------------------------------- flags


def _star(centre: QPointF, outer: float, inner_ratio=0.382, rotation=-90.0) -> QPolygonF:
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else outer * inner_ratio
        a = math.radians(rotation + i * 36)
        points.append(QPointF(centre.x() + r * math.cos(a), centre.y() + r * math.sin(a)))
    return QPolygonF(points)


def _bands(p: QPainter, w: float, h: float, colours, vertical: bool, weights=None) -> None:
    weights = weights or [1] * len(colours)
    total = sum(weights)
    pos = 0.0
    for colour, weight in zip(colours, weights, strict=True):
        size = (w if vertical else h) * weight / total
        rect = QRectF(pos, 0, size + 0.5, h) if vertical else QRectF(0, pos, w, size + 0.5)
        p.fillRect(rect, QColor(colour))
        pos += size


def _nordic(p: QPainter, w: float, h: float, field: str, cross: str, inner: str | None = None):
    p.fillRect(QRectF(0, 0, w, h), QColor(field))
    x = w * 0.36
    t = h * (0.25 if inner else 0.2)
    p.fillRect(QRectF(x - t / 2, 0, t, h), QColor(cross))
    p.fillRect(QRectF(0, h / 2 - t / 2, w, t), QColor(cross))
    if inner:
        t2 = t * 0.5
        p.fillRect(QRectF(x - t2 / 2, 0, t2, h), QColor(inner))
        p.fillRect(QRectF(0, h / 2 - t2 / 2, w, t2), QColor(inner))


def _union(p: QPainter, w: float, h: float) -> None:
    blue, white, red = (QColor(c) for c in FLAG_COLOURS["GB"])
    p.fillRect(QRectF(0, 0, w, h), blue)
    unit = h / 30.0
    p.save()
    p.setClipRect(QRectF(0, 0, w, h))
    diag = [(QPointF(0, 0), QPointF(w, h)), (QPointF(w, 0), QPointF(0, h))]
    for a, b in diag:
        p.setPen(QPen(white, 6 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap))
        p.drawLine(a, b)
    # Red saltire, counterchanged: in each quarter it sits on the clockwise side of the diagonal.
    c = QPointF(w / 2, h / 2)
    length = math.hypot(w / 2, h / 2)
    for corner in (QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)):
        dx, dy = (c.x() - corner.x()) / length, (c.y() - corner.y()) / length
        nx, ny = -dy, dx  # clockwise normal in screen coordinates
        off = 1.0 * unit
        a = QPointF(corner.x() + nx * off, corner.y() + ny * off)
        b = QPointF(c.x() + nx * off, c.y() + ny * off)
        p.setPen(QPen(red, 2 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawLine(a, b)
    p.restore()
    p.fillRect(QRectF(w / 2 - 5 * unit, 0, 10 * unit, h), white)
    p.fillRect(QRectF(0, h / 2 - 5 * unit, w, 10 * unit), white)
    p.fillRect(QRectF(w / 2 - 3 * unit, 0, 6 * unit, h), red)
    p.fillRect(QRectF(0, h / 2 - 3 * unit, w, 6 * unit), red)


def _paint_flag(p: QPainter, code: str, w: float, h: float) -> bool:
    """Paint the flag of code on a w x h field; False when this code has no drawing."""
    col = FLAG_COLOURS.get(code)
    if code in ("FR", "IT", "BE", "IE"):
        _bands(p, w, h, col, vertical=True)
    elif code in ("DE", "NL", "LU", "HU", "AT", "MC", "PL"):
        _bands(p, w, h, col, vertical=False)
    elif code == "ES":
        _bands(p, w, h, col, vertical=False, weights=[1, 2, 1])
    elif code == "CH":
        p.fillRect(QRectF(0, 0, w, h), QColor(col[0]))
        arm, span = h * 0.2, h * 0.62
        p.fillRect(QRectF(w / 2 - arm / 2, h / 2 - span / 2, arm, span), QColor(col[1]))
        p.fillRect(QRectF(w / 2 - span / 2, h / 2 - arm / 2, span, arm), QColor(col[1]))
    elif code == "DK":
        _nordic(p, w, h, col[0], col[1])
    elif code == "SE":
        _nordic(p, w, h, col[0], col[1])
    elif code == "FI":
        _nordic(p, w, h, col[0], col[1])
    elif code == "NO":
        _nordic(p, w, h, col[0], col[1], col[2])
    elif code == "GB":
        _union(p, w, h)
    elif code == "JP":
        p.fillRect(QRectF(0, 0, w, h), QColor(col[0]))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(col[1]))
        p.drawEllipse(QPointF(w / 2, h / 2), h * 0.3, h * 0.3)
    elif code == "US":
        _bands(p, w, h, [col[i % 2] for i in range(13)], vertical=False)
        cw, ch = w * 0.4, h * 7 / 13
        p.fillRect(QRectF(0, 0, cw, ch), QColor(col[2]))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(col[1]))
        for row in range(9):
            for k in range(6 if row % 2 == 0 else 5):
                x = cw * (k * 2 + (1 if row % 2 == 0 else 2)) / 12
                y = ch * (row + 1) / 10
                p.drawPolygon(_star(QPointF(x, y), ch * 0.045))
    elif code == "PT":
        _bands(p, w, h, col[:2], vertical=True, weights=[2, 3])
        centre, r = QPointF(w * 0.4, h / 2), h * 0.2
        p.setPen(QPen(QColor(col[2]), h * 0.03))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, r, r)
        p.drawLine(QPointF(centre.x() - r, centre.y()), QPointF(centre.x() + r, centre.y()))
        shield = QPainterPath()
        sw, sh = r * 0.95, r * 1.15
        left, top = centre.x() - sw / 2, centre.y() - sh * 0.55
        shield.moveTo(left, top)
        shield.lineTo(left + sw, top)
        shield.lineTo(left + sw, top + sh * 0.6)
        shield.quadTo(left + sw, top + sh, centre.x(), top + sh)
        shield.quadTo(left, top + sh, left, top + sh * 0.6)
        shield.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.fillPath(shield, QColor(col[1]))
        mid = QPointF(centre.x(), centre.y() - sh * 0.05)
        inner = QTransform().translate(mid.x(), mid.y()).scale(0.62, 0.62)
        inner = inner.translate(-mid.x(), -mid.y()).map(shield)
        p.fillPath(inner, QColor("#FFFFFF"))
        p.setBrush(QColor("#003399"))
        d = sw * 0.11
        for dx, dy in ((0, -1), (-1, 0), (0, 0), (1, 0), (0, 1)):
            p.drawRect(QRectF(mid.x() + dx * d * 1.5 - d / 2, mid.y() + dy * d * 1.5 - d / 2, d, d))
    elif code == "BR":
        p.fillRect(QRectF(0, 0, w, h), QColor(col[0]))
        m = h * 0.085
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(col[1]))
        diamond = [QPointF(w / 2, m), QPointF(w - m * 1.2, h / 2), QPointF(w / 2, h - m),
                   QPointF(m * 1.2, h / 2)]  # fmt: skip
        p.drawPolygon(QPolygonF(diamond))
        p.setBrush(QColor(col[2]))
        p.drawEllipse(QPointF(w / 2, h / 2), h * 0.25, h * 0.25)
        band = QPainterPath()
        band.moveTo(w / 2 - h * 0.26, h / 2 + h * 0.02)
        band.quadTo(w / 2, h / 2 - h * 0.14, w / 2 + h * 0.26, h / 2 + h * 0.1)
        p.save()
        clip = QPainterPath()
        clip.addEllipse(QPointF(w / 2, h / 2), h * 0.25, h * 0.25)
        p.setClipPath(clip)
        p.strokePath(band, QPen(QColor("#FFFFFF"), h * 0.045))
        p.restore()
    elif code == "AU":
        p.fillRect(QRectF(0, 0, w, h), QColor(col[0]))
        p.save()
        p.setClipRect(QRectF(0, 0, w / 2, h / 2))
        _union(p, w / 2, h / 2)
        p.restore()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#FFFFFF"))
        p.drawPolygon(_star(QPointF(w * 0.25, h * 0.75), h * 0.13, 0.45, -90))
        for x, y, r in ((0.75, 0.22, 0.055), (0.62, 0.45, 0.055), (0.88, 0.4, 0.055),
                        (0.75, 0.82, 0.06), (0.81, 0.56, 0.03)):  # fmt: skip
            p.drawPolygon(_star(QPointF(w * x, h * y), h * r, 0.45, -90))
    elif code == "ZA":
        green, gold, red, blue, black, white = (QColor(c) for c in col)
        p.fillRect(QRectF(0, 0, w, h / 2), red)
        p.fillRect(QRectF(0, h / 2, w, h / 2), blue)
        # The green Y, edged in white: two arms from the hoist corners meeting at
        # the centre, then one band to the fly. The arms start outside the field.
        mid = QPointF(w * 0.42, h / 2)
        y_shape = QPainterPath()
        y_shape.moveTo(mid.x() - mid.x() * 1.3, mid.y() - h / 2 * 1.3)
        y_shape.lineTo(mid)
        y_shape.lineTo(w + 10, h / 2)
        y_shape.moveTo(mid.x() - mid.x() * 1.3, mid.y() + h / 2 * 1.3)
        y_shape.lineTo(mid)
        y_shape.lineTo(w + 10, h / 2)
        p.save()
        p.setClipRect(QRectF(0, 0, w, h))
        for colour, width in ((white, h / 3), (green, h / 5)):
            pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                       Qt.PenJoinStyle.MiterJoin)  # fmt: skip
            p.strokePath(y_shape, pen)
        p.restore()
        tri = QPolygonF([QPointF(0, h * 0.12), QPointF(w * 0.33, h / 2), QPointF(0, h * 0.88)])
        p.setPen(QPen(gold, h * 0.067))
        p.setBrush(black)
        p.drawPolygon(tri)
    elif code == "CN":
        p.fillRect(QRectF(0, 0, w, h), QColor(col[0]))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(col[1]))
        ux, uy = w / 30, h / 20
        big = QPointF(5 * ux, 5 * uy)
        p.drawPolygon(_star(big, 3 * uy))
        for sx, sy in ((10, 2), (12, 4), (12, 7), (10, 9)):
            centre = QPointF(sx * ux, sy * uy)
            angle = math.degrees(math.atan2(big.y() - centre.y(), big.x() - centre.x()))
            p.drawPolygon(_star(centre, uy, rotation=angle))
    elif code == "AR":
        _bands(p, w, h, [col[0], col[1], col[0]], vertical=False)
        p.setPen(QPen(QColor("#843511"), h * 0.01))
        p.setBrush(QColor(col[2]))
        p.drawEllipse(QPointF(w / 2, h / 2), h * 0.1, h * 0.1)
    elif code == "GR":
        _bands(p, w, h, [col[i % 2] for i in range(9)], vertical=False)
        s = h * 5 / 9
        p.fillRect(QRectF(0, 0, s, s), QColor(col[0]))
        t = h / 9
        p.fillRect(QRectF(s / 2 - t / 2, 0, t, s), QColor(col[1]))
        p.fillRect(QRectF(0, s / 2 - t / 2, s, t), QColor(col[1]))
    elif code == "AE":
        green, white, black, red = (QColor(c) for c in col)
        _bands(p, w, h, [green, white, black], vertical=False)
        p.fillRect(QRectF(0, 0, w * 0.25, h), red)
    elif code == "KR":
        p.fillRect(QRectF(0, 0, w, h), QColor(col[0]))
        r = h * 0.25
        c = QPointF(w / 2, h / 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(col[2]))
        p.drawEllipse(c, r, r)
        top = QPainterPath()
        top.moveTo(c.x() - r, c.y())
        top.arcTo(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 180, -180)
        top.arcTo(QRectF(c.x(), c.y() - r / 2, r, r), 0, -180)
        top.arcTo(QRectF(c.x() - r, c.y() - r / 2, r, r), 0, 180)
        p.fillPath(top.translated(0, 0), QColor(col[1]))
        p.setBrush(QColor(col[3]))
        for ax, ay, ang in ((0.22, 0.26, 33.7), (0.78, 0.74, 33.7), (0.78, 0.26, -33.7),
                            (0.22, 0.74, -33.7)):  # fmt: skip
            p.save()
            p.translate(w * ax, h * ay)
            p.rotate(ang)
            for k in range(3):
                p.drawRect(QRectF(-h * 0.02 + (k - 1) * h * 0.045, -h * 0.1, h * 0.03, h * 0.2))
            p.restore()
    else:
        return False
    return True


def draw_flag(path: str | Path, nationality: str, size: tuple[int, int] = (300, 200)) -> None:
    """Paint the flag of an ISO 3166-1 alpha-2 code as PNG; unknown codes get a grey flag."""
    width, height = size
    code = (nationality or "").strip().upper()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing)
    p.save()
    p.setClipRect(QRectF(0, 0, width, height))
    if not _paint_flag(p, code, float(width), float(height)):
        _paint_unknown_flag(p, code, width, height)
    p.restore()
    # A whisper of cloth: light from the top left, and a hairline edge for white flags.
    sheen = QLinearGradient(0, 0, width, height)
    sheen.setColorAt(0.0, _with_alpha(QColor("#FFFFFF"), 0.10))
    sheen.setColorAt(0.5, _with_alpha(QColor("#FFFFFF"), 0.0))
    sheen.setColorAt(1.0, _with_alpha(QColor("#000000"), 0.10))
    p.fillRect(QRectF(0, 0, width, height), sheen)
    p.setPen(QPen(_with_alpha(QColor("#000000"), 0.18), 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
    p.end()
    _save(image, Path(path))


def _paint_unknown_flag(p: QPainter, code: str, w: int, h: int) -> None:
    grad = QLinearGradient(0, 0, 0, h)
    grad.setColorAt(0, QColor("#9AA0A8"))
    grad.setColorAt(1, QColor("#6E747C"))
    p.fillRect(QRectF(0, 0, w, h), grad)
    label = code[:3] or "?"
    font = _font(h * 0.42, weight=QFont.Weight.Bold, italic=False)
    text = _text_path(label, font, QPointF(w / 2, h / 2))
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(label) > w * 0.9:
        scale = w * 0.9 / metrics.horizontalAdvance(label)
        text = (
            QTransform()
            .translate(w / 2, h / 2)
            .scale(scale, scale)
            .translate(-w / 2, -h / 2)
            .map(text)
        )
    p.fillPath(text, QColor("#F4F5F7"))
