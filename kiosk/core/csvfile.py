"""Reading organisers' CSV files the way they really come.

Spreadsheets save CSV as UTF-8 (with or without a BOM), as UTF-16 ("Unicode
text"), or, on a French Windows machine, semicolon-separated Windows-1252.
All of these read correctly; anything else is refused with the file, the line
and the field, never imported with mangled accents.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.errors import KioskError

_DELIMITERS = (",", ";", "\t")
# Control characters other than tab and line ends: a sign of a binary file.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    file: Path
    columns: list[str]
    rows: list[Row]
    encoding: str
    delimiter: str


def normalise_header(name: str) -> str:
    name = name.strip().strip("\ufeff").lower()
    for ch in " -/.":
        name = name.replace(ch, "_")
    return "_".join(part for part in name.split("_") if part)


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPECIAL = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    """Lower case without accents: 'Stéphane' -> 'stephane', 'Bjørn' -> 'bjorn'. For search."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return _COMBINING.sub("", decomposed)


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise KioskError("import.encoding", file=path, line=raw[: exc.start].count(b"\n") + 1) from exc
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise KioskError("import.binary", file=path, offset=nul)
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise KioskError("import.encoding", file=path, line=raw[: exc.start].count(b"\n") + 1) from exc


def _check_text(path: Path, text: str) -> None:
    bad = _CONTROL.search(text)
    if bad:
        raise KioskError("import.binary", file=path, offset=bad.start())


def _sniff_delimiter(header_line: str) -> str:
    counts = {d: 0 for d in _DELIMITERS}
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(
    path: str | Path,
    required: Iterable[str],
    aliases: dict[str, str] | None = None,
    required_values: Iterable[str] = (),
) -> Table:
    """Read a CSV file whole, or raise a KioskError naming the file, line and field."""
    path = Path(path)
    if not path.is_file():
        raise KioskError("import.file_missing", file=path)
    raw = path.read_bytes()
    text, encoding = _decode(path, raw)
    _check_text(path, text)
    if not text.strip():
        raise KioskError("import.empty", file=path)
    first_line = text.lstrip("\ufeff").splitlines()[0]
    delimiter = _sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    aliases = {normalise_header(k): v for k, v in (aliases or {}).items()}
    try:
        header = next(reader)
    except csv.Error as exc:
        raise KioskError("import.csv", file=path, line=1, detail=str(exc)) from exc
    columns = [aliases.get(normalise_header(h), normalise_header(h)) for h in header]
    for name in required:
        if name not in columns:
            raise KioskError(
                "import.missing_column", file=path, field=name, found=", ".join(c for c in columns if c)
            )
    must_have = list(required_values)
    rows: list[Row] = []
    line = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise KioskError("import.csv", file=path, line=line, detail=str(exc)) from exc
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(columns):
            # Trailing empty cells, as spreadsheets sometimes write, are harmless.
            extra = record[len(columns):]
            if len(record) > len(columns) and not any(c.strip() for c in extra):
                record = record[: len(columns)]
            else:
                raise KioskError(
                    "import.field_count", file=path, line=start, expected=len(columns), found=len(record)
                )
        values = {col: cell.strip() for col, cell in zip(columns, record, strict=True) if col}
        for name in must_have:
            if not values.get(name):
                raise KioskError("import.missing_value", file=path, line=start, field=name)
        rows.append(Row(start, values))
    if not rows:
        raise KioskError("import.no_rows", file=path)
    return Table(path, columns, rows, encoding, delimiter)
