#!/usr/bin/env bash
# Rebuilds resources/fonts/ from Debian font packages. Build-time only: the app
# just loads the committed files and never needs fontTools or these packages.
#
#   sudo apt-get install -y fonts-bebas-neue fonts-inter fonts-noto-cjk fonts-noto-core
#   pip install fonttools
#   tools/make_fonts.sh            # PYTHON=/path/to/python to pick the interpreter
#
# What it makes:
#   BebasNeue-{Light,Regular,Bold}.otf     display face  (fonts-bebas-neue, OFL-1.1)
#   Inter-{Regular,SemiBold,Bold}.otf      body face     (fonts-inter, OFL-1.1)
#   NotoSansArabic-{Regular,Bold}.ttf      Arabic        (fonts-noto-core, OFL-1.1)
#   NotoSansCJKjp-{Regular,Bold}-Subset.otf  CJK: the Japanese face of Noto Sans CJK,
#       subset with pyftsubset to ASCII + Latin-1, CJK symbols and punctuation,
#       hiragana, katakana, full/half-width forms, JIS X 0208 rows 1-8 (symbols,
#       Greek, Cyrillic) and level 1 kanji (2,965), GB 2312 level 1 hanzi (3,755;
#       5,009 ideographs in the union), the 2,350 Hangul syllables of KS X 1001,
#       and a few name variants (髙 﨑 德). ~2.6 MB per weight instead of ~19 MB.
#   licenses/*.txt                         the Debian copyright file of each package
#                                          (copyright notice + full licence text)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$HERE/resources/fonts"
PYTHON="${PYTHON:-python3}"
SYS=/usr/share/fonts
CJK_DIR="$SYS/opentype/noto"

need() {
    [ -e "$1" ] || { echo "missing $1: apt-get install -y $2" >&2; exit 1; }
}
need "$SYS/opentype/bebas-neue/BebasNeue-Regular.otf" fonts-bebas-neue
need "$SYS/opentype/inter/Inter-Regular.otf" fonts-inter
need "$SYS/truetype/noto/NotoSansArabic-Regular.ttf" fonts-noto-core
need "$CJK_DIR/NotoSansCJK-Regular.ttc" fonts-noto-cjk
"$PYTHON" -c "import fontTools.subset" 2>/dev/null \
    || { echo "fontTools not importable by $PYTHON: pip install fonttools" >&2; exit 1; }

mkdir -p "$OUT/licenses"
rm -f "$OUT"/*.otf "$OUT"/*.ttf "$OUT"/*.ttc

for w in Light Regular Bold; do
    install -m 644 "$SYS/opentype/bebas-neue/BebasNeue-$w.otf" "$OUT/"
done
for w in Regular SemiBold Bold; do
    install -m 644 "$SYS/opentype/inter/Inter-$w.otf" "$OUT/"
done
for w in Regular Bold; do
    install -m 644 "$SYS/truetype/noto/NotoSansArabic-$w.ttf" "$OUT/"
done

UNICODES="$(mktemp)"
trap 'rm -f "$UNICODES"' EXIT
"$PYTHON" - "$UNICODES" <<'EOF'
import sys

def euc_rows(encoding, first, last):
    """Every character of rows first..last of a 94x94 EUC double-byte set."""
    chars = set()
    for row in range(first, last + 1):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row + 0xA0, cell]).decode(encoding))
            except UnicodeDecodeError:
                pass
    return chars

chars = (
    euc_rows("euc_jp", 1, 8)        # JIS X 0208 symbols, kana, Greek, Cyrillic, box drawing
    | euc_rows("euc_jp", 16, 47)    # JIS X 0208 level 1 kanji
    | euc_rows("gb2312", 1, 9)      # GB 2312 symbols
    | euc_rows("gb2312", 16, 55)    # GB 2312 level 1 hanzi
    | euc_rows("euc_kr", 16, 40)    # KS X 1001 Hangul syllables
    | set("髙﨑德")                  # frequent in names, outside the sets above
)
cps = {ord(c) for c in chars if len(c) == 1}
cps |= set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
cps |= set(range(0x3000, 0x3100))   # CJK symbols and punctuation, hiragana, katakana
cps |= set(range(0x31F0, 0x3200))   # katakana phonetic extensions
cps |= set(range(0x3130, 0x3190))   # Hangul compatibility jamo
cps |= set(range(0xFF00, 0xFFF0))   # half-width and full-width forms
with open(sys.argv[1], "w") as f:
    f.write(",".join(f"U+{c:04X}" for c in sorted(cps)))
print(f"CJK subset: {len(cps)} code points", file=sys.stderr)
EOF

for w in Regular Bold; do
    # Face 0 of the collection is "Noto Sans CJK JP". --no-hinting drops the CFF
    # hints (Qt renders these sizes unhinted anyway); name-IDs '*' keeps the
    # copyright/licence records in the font's own name table.
    "$PYTHON" -m fontTools.subset "$CJK_DIR/NotoSansCJK-$w.ttc" --font-number=0 \
        --unicodes-file="$UNICODES" --name-IDs='*' --name-languages='*' \
        --no-hinting --output-file="$OUT/NotoSansCJKjp-$w-Subset.otf"
done

cp /usr/share/doc/fonts-bebas-neue/copyright "$OUT/licenses/BebasNeue-OFL.txt"
cp /usr/share/doc/fonts-inter/copyright "$OUT/licenses/Inter-OFL.txt"
cp /usr/share/doc/fonts-noto-cjk/copyright "$OUT/licenses/NotoSansCJK-OFL.txt"
cp /usr/share/doc/fonts-noto-core/copyright "$OUT/licenses/NotoSansArabic-OFL.txt"

du -b "$OUT"/*.otf "$OUT"/*.ttf
du -sb "$OUT"
