#!/usr/bin/env python3
"""Rebuilds ../logo.svg and ../logo-mark.svg (build time only: needs fontTools).

    python resources/images/source/make_logos.py

An original mark for the 2017 awards night: a stylised, forward-leaning "GT" in
gold on a navy badge with a double gold ring, red speed lines and a red "25"
plate. Every letter is converted to outlines from the OFL fonts in
resources/fonts, so the SVGs render the same with or without those fonts
installed. Only SVG Tiny 1.2 features that Qt's QSvgRenderer supports are used:
paths, circles, rects, linear/radial gradients, groups and transforms (no
filters, masks, clip paths, CSS or <text>).
"""

from __future__ import annotations

from pathlib import Path

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

IMAGES = Path(__file__).resolve().parent.parent
FONTS = IMAGES.parent / "fonts"

GOLD_LIGHT, GOLD, GOLD_DARK = "#f6e3a6", "#d4af5a", "#9a7733"
RED, RED_DARK = "#e3262e", "#a8141b"
NAVY_LIGHT, NAVY, NAVY_DARK = "#16213a", "#0b1122", "#05070e"
SKEW = 0.21  # forward lean of the GT, as tan(angle): ~12 degrees


class Face:
    def __init__(self, path: Path):
        self.font = TTFont(path)
        self.upem = self.font["head"].unitsPerEm
        self.cmap = self.font.getBestCmap()
        self.glyphs = self.font.getGlyphSet()
        self.hmtx = self.font["hmtx"]
        self.cap = self.font["OS/2"].sCapHeight
        self.kerning = self._read_kerning()

    def _read_kerning(self) -> dict[tuple[str, str], int]:
        """Pair adjustments from the GPOS 'kern' feature (formats 1 and 2)."""
        pairs: dict[tuple[str, str], int] = {}
        if "GPOS" not in self.font:
            return pairs
        gpos = self.font["GPOS"].table
        indices = {i for fr in gpos.FeatureList.FeatureRecord if fr.FeatureTag == "kern"
                   for i in fr.Feature.LookupListIndex}
        for li in sorted(indices):
            lookup = gpos.LookupList.Lookup[li]
            for sub in lookup.SubTable:
                if lookup.LookupType == 9:
                    sub = sub.ExtSubTable
                if getattr(sub, "LookupType", 2) != 2:
                    continue
                firsts = sub.Coverage.glyphs
                if sub.Format == 1:
                    for first, pset in zip(firsts, sub.PairSet, strict=True):
                        for rec in pset.PairValueRecord:
                            v = getattr(rec.Value1, "XAdvance", 0) or 0
                            pairs.setdefault((first, rec.SecondGlyph), v)
                else:
                    cls1 = sub.ClassDef1.classDefs
                    cls2 = sub.ClassDef2.classDefs
                    for first in firsts:
                        row = sub.Class1Record[cls1.get(first, 0)]
                        for second in self.cmap.values():
                            rec = row.Class2Record[cls2.get(second, 0)]
                            v = getattr(rec.Value1, "XAdvance", 0) or 0
                            if v:
                                pairs.setdefault((first, second), v)
        return pairs

    def layout(self, text: str, tracking: float = 0.0) -> tuple[list[tuple[str, float]], float]:
        """Glyph names with x offsets in font units, and the total advance."""
        out, x, prev = [], 0.0, None
        track = tracking * self.upem
        for ch in text:
            name = self.cmap[ord(ch)]
            if prev is not None:
                x += self.kerning.get((prev, name), 0)
            out.append((name, x))
            x += self.hmtx[name][0] + track
            prev = name
        return out, x - track

    def width(self, text: str, size: float, tracking: float = 0.0) -> float:
        return self.layout(text, tracking)[1] * size / self.upem

    def path(self, text: str, x: float, baseline: float, size: float, tracking: float = 0.0,
             skew: float = 0.0, anchor: str = "start") -> str:
        """SVG path data of `text` set at `size` px (cap height = size * cap/upem)."""
        glyphs, advance = self.layout(text, tracking)
        s = size / self.upem
        if anchor == "middle":
            x -= advance * s / 2
        elif anchor == "end":
            x -= advance * s
        pen = SVGPathPen(self.glyphs, ntos=lambda v: f"{v:.2f}".rstrip("0").rstrip("."))
        for name, gx in glyphs:
            # font units (y up) -> SVG px (y down), with an optional forward skew
            tpen = TransformPen(pen, (s, 0, skew * s, -s, x + gx * s, baseline))
            self.glyphs[name].draw(tpen)
        return pen.getCommands()


def slant(x: float, y: float, w: float, h: float, lean: float = SKEW) -> str:
    """A parallelogram leaning forward like the letters (top edge shifted right)."""
    d = h * lean
    return f"M{x:.2f} {y + h:.2f}L{x + d:.2f} {y:.2f}L{x + d + w:.2f} {y:.2f}L{x + w:.2f} {y + h:.2f}Z"


def defs(prefix: str) -> str:
    return f"""<defs>
  <linearGradient id="{prefix}gold" x1="0" y1="0" x2="0" y2="1">
   <stop offset="0" stop-color="{GOLD_LIGHT}"/>
   <stop offset="0.48" stop-color="{GOLD}"/>
   <stop offset="0.52" stop-color="#c49a45"/>
   <stop offset="1" stop-color="{GOLD_DARK}"/>
  </linearGradient>
  <linearGradient id="{prefix}ring" x1="0" y1="0" x2="1" y2="1">
   <stop offset="0" stop-color="{GOLD_LIGHT}"/>
   <stop offset="0.45" stop-color="{GOLD}"/>
   <stop offset="1" stop-color="{GOLD_DARK}"/>
  </linearGradient>
  <radialGradient id="{prefix}disc" cx="0.5" cy="0.38" r="0.62">
   <stop offset="0" stop-color="{NAVY_LIGHT}"/>
   <stop offset="0.7" stop-color="{NAVY}"/>
   <stop offset="1" stop-color="{NAVY_DARK}"/>
  </radialGradient>
  <linearGradient id="{prefix}red" x1="0" y1="0" x2="0" y2="1">
   <stop offset="0" stop-color="{RED}"/>
   <stop offset="1" stop-color="{RED_DARK}"/>
  </linearGradient>
 </defs>"""


def mark_body(bebas: Face, prefix: str) -> str:
    """The badge in a 512 x 512 box."""
    cx = cy = 256
    size = 250                                   # GT cap height ~ 175 px
    cap = size * bebas.cap / bebas.upem
    baseline = cy + cap / 2 - 14
    top = baseline - cap
    gt_width = bebas.width("GT", size, tracking=0.02)
    gt_x = 0.0
    gt = bebas.path("GT", gt_x, baseline, size, tracking=0.02, skew=SKEW)
    gt_right = gt_x + gt_width + cap * SKEW

    # Three speed lines trailing to the left of the G, leaning with the letters.
    lines = []
    left = gt_x
    for i, (w, y) in enumerate([(80, 0.16), (60, 0.40), (40, 0.64)]):
        h = 13
        yy = top + cap * y
        x_end = gt_x + (baseline - yy - h) * SKEW - 12
        left = min(left, x_end - w)
        lines.append(f'<path d="{slant(x_end - w, yy, w, h)}" fill="{RED}" opacity="{1 - i * 0.22:.2f}"/>')
    # Centre the whole group (lines + letters) on the badge, nudged right a touch
    # because the lines are visually lighter than the letters.
    dx = cx - (left + gt_right) / 2 + 6

    # The "25" plate, centred under the letters (their mid-height centre).
    plate_w, plate_h = 100, 44
    plate_y = baseline + 20
    gt_mid = gt_x + gt_width / 2 + cap * SKEW / 2
    plate_x = gt_mid - plate_w / 2 - plate_h * SKEW / 2 - (plate_y - baseline) * SKEW
    num_size = 0.66 * plate_h * bebas.upem / bebas.cap
    num_cap = num_size * bebas.cap / bebas.upem
    num = bebas.path("25", plate_x + plate_w / 2 + plate_h * SKEW / 2,
                     plate_y + (plate_h + num_cap) / 2, num_size, tracking=0.08, skew=SKEW,
                     anchor="middle")

    return f"""<circle cx="{cx}" cy="{cy}" r="248" fill="url(#{prefix}disc)"/>
 <circle cx="{cx}" cy="{cy}" r="238" fill="none" stroke="url(#{prefix}ring)" stroke-width="7"/>
 <circle cx="{cx}" cy="{cy}" r="222" fill="none" stroke="{GOLD}" stroke-width="1.6" stroke-opacity="0.55"/>
 <g transform="translate({dx:.2f} 0)">
 {"".join(lines)}
 <path d="{gt}" fill="url(#{prefix}gold)"/>
 <path d="{slant(plate_x, plate_y, plate_w, plate_h)}" fill="url(#{prefix}red)"/>
 <path d="{num}" fill="#ffffff"/>
 </g>"""


def logo_mark(bebas: Face) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Original mark for the GT 2017 awards night. Generated by source/make_logos.py. -->
<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="512" height="512" viewBox="0 0 512 512">
 {defs("m")}
 {mark_body(bebas, "m")}
</svg>
"""


def justify(face: Face, text: str, size: float, target: float) -> float:
    """The tracking (in em) that makes `text` exactly `target` px wide."""
    return (target - face.width(text, size)) / ((len(text) - 1) * size)


def logo(bebas: Face, inter: Face) -> str:
    height = 512
    text_x = 560
    big = 150                                    # "GT RACING"
    small = 93                                   # "25 YEARS OF"
    sub_size = 38                                # "PARIS · 24.11.2017"
    headline = "GT RACING"
    kicker = "25 YEARS OF"
    dateline = "PARIS \u00b7 24.11.2017"
    block_w = bebas.width(headline, big, tracking=0.035)

    big_cap = big * bebas.cap / bebas.upem
    small_cap = small * bebas.cap / bebas.upem
    sub_cap = sub_size * inter.cap / inter.upem
    gap1, gap2, gap3 = 30, 34, 30                # kicker-headline, headline-rule, rule-date
    block_h = small_cap + gap1 + big_cap + gap2 + 4 + gap3 + sub_cap
    y = height / 2 - block_h / 2                 # top of the kicker's capitals
    kicker_base = y + small_cap
    headline_base = kicker_base + gap1 + big_cap
    rule_y = headline_base + gap2
    date_base = rule_y + 4 + gap3 + sub_cap

    line1 = bebas.path(kicker, text_x, kicker_base, small,
                       tracking=justify(bebas, kicker, small, block_w))
    line2 = bebas.path(headline, text_x, headline_base, big, tracking=0.035)
    sub = inter.path(dateline, text_x, date_base, sub_size,
                     tracking=justify(inter, dateline, sub_size, block_w))
    width = int(text_x + block_w + 56)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Original logo for the GT 2017 awards night, for dark backgrounds. Generated by source/make_logos.py. -->
<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="{width}" height="{height}" viewBox="0 0 {width} {height}">
 {defs("l")}
 <g transform="translate(16 0)">
 {mark_body(bebas, "l")}
 </g>
 <path d="{line1}" fill="url(#lgold)"/>
 <path d="{line2}" fill="#ffffff"/>
 <rect x="{text_x + 3}" y="{rule_y:.2f}" width="{block_w - 6:.2f}" height="4" fill="{RED}"/>
 <rect x="{text_x + 3}" y="{rule_y:.2f}" width="72" height="4" fill="{GOLD}"/>
 <path d="{sub}" fill="{GOLD}"/>
</svg>
"""


def main() -> None:
    bebas = Face(FONTS / "BebasNeue-Bold.otf")
    inter = Face(FONTS / "Inter-SemiBold.otf")
    (IMAGES / "logo-mark.svg").write_text(logo_mark(bebas), encoding="utf-8")
    (IMAGES / "logo.svg").write_text(logo(bebas, inter), encoding="utf-8")
    for name in ("logo.svg", "logo-mark.svg"):
        print(IMAGES / name, (IMAGES / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
