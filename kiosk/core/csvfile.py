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
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from kiosk.core.errors import KioskError

_DELIMITERS = (",", ";", "\t")
# Control characters other than tab and line ends: a sign of a binary file.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class Row(NamedTuple):
    """One record of the file (a tuple: 100,000 of them are made quickly)."""

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


# A multi-byte UTF-8 sequence: a file holding one was written as UTF-8.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _line_of(raw: bytes, offset: int) -> int:
    return raw[:offset].count(b"\n") + 1


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise KioskError("import.encoding", file=path, line=_line_of(raw, exc.start)) from exc
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise KioskError("import.binary", file=path, offset=nul)
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(raw):
            # UTF-8 with a stray byte from another program: reading it all as Windows-1252
            # would garble every accent of the file ('StÃ©phane'). Refuse, naming the line.
            raise KioskError("import.mixed_encoding", file=path, line=_line_of(raw, exc.start),
                             byte=f"0x{raw[exc.start]:02X}") from exc
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise KioskError("import.encoding", file=path, line=_line_of(raw, exc.start)) from exc


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


def _check_columns(path: Path, header: list[str], columns: list[str]) -> None:
    """Two columns read as one name: refuse (the last one would silently win)."""
    first: dict[str, int] = {}
    for index, name in enumerate(columns, start=1):
        if not name:
            continue
        if name in first:
            raise KioskError("import.duplicate_column", file=path, field=name,
                             first=header[first[name] - 1].strip().strip("\ufeff"), first_index=first[name],
                             second=header[index - 1].strip(), second_index=index)
        first[name] = index


def _rows(path: Path, reader: Iterator[list[str]], named: list[str], header_width: int,
          must_have: list[str], delimiter: str) -> list[Row]:
    """Every non-blank record with the line it starts on, as a row of values, in one pass.

    Trailing empty cells are harmless only when the header has them too, or when every row
    has them (a spreadsheet's habit). On one row alone they mean an unquoted separator in a
    value: every later field is shifted, and trimming would import the shifted values. The
    first wrong row of the file is the one named.
    """
    width = len(named)
    unnamed = "" in named  # a column without a name: its cells are dropped
    rows: list[Row] = []
    append = rows.append
    strip = str.strip
    # Rows padded beyond the header: kept only if every row is. Their first line and length,
    # and the first of their lines that lacks a required value.
    padded: tuple[int, int] | None = None
    padded_missing: tuple[int, str] | None = None
    plain = False  # a row without the padding was read

    def shifted() -> KioskError:
        assert padded is not None
        return KioskError("import.shifted", file=path, line=padded[0], expected=width,
                          found=padded[1], delimiter=delimiter)

    line = reader.line_num + 1  # type: ignore[attr-defined]
    try:
        for record in reader:
            start, line = line, reader.line_num + 1  # type: ignore[attr-defined]
            deferred = False
            if len(record) == width and (record[0].strip() or "".join(record).strip()):
                plain = True
                if padded is not None:
                    raise shifted()
            elif not "".join(record).strip():
                continue  # a blank record
            elif len(record) > width and not any(c.strip() for c in record[width:]):
                if len(record) > header_width:
                    if plain:
                        padded = (start, len(record))
                        raise shifted()
                    deferred = True
                    padded = padded or (start, len(record))
                else:
                    plain = True  # the header has these empty columns too
                record = record[:width]
            else:
                if padded is not None:
                    raise shifted()
                raise KioskError("import.field_count", file=path, line=start, expected=width,
                                 found=len(record), delimiter=delimiter)
            values = dict(zip(named, map(strip, record), strict=True))
            if unnamed:
                values.pop("", None)
            for name in must_have:
                if not values.get(name):
                    if not deferred:
                        raise KioskError("import.missing_value", file=path, line=start, field=name)
                    padded_missing = padded_missing or (start, name)
            append(Row(start, values))
    except csv.Error as exc:
        raise KioskError("import.csv", file=path, line=line, detail=str(exc)) from exc
    if padded_missing is not None:  # every row padded: the padding is the spreadsheet's
        raise KioskError("import.missing_value", file=path, line=padded_missing[0],
                         field=padded_missing[1])
    return rows


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
    first_line = text.lstrip("\ufeff")[:65536].splitlines()[0]  # not the whole file's lines
    delimiter = _sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    aliases = {normalise_header(k): v for k, v in (aliases or {}).items()}
    try:
        header = next(reader)
    except csv.Error as exc:
        raise KioskError("import.csv", file=path, line=1, detail=str(exc)) from exc
    columns = [aliases.get(normalise_header(h), normalise_header(h)) for h in header]
    _check_columns(path, header, columns)
    for name in required:
        if name not in columns:
            raise KioskError(
                "import.missing_column", file=path, field=name, found=", ".join(c for c in columns if c)
            )
    width = len(columns)
    while width and not columns[width - 1]:
        width -= 1
    rows = _rows(path, reader, columns[:width], len(columns), list(required_values), delimiter)
    if not rows:
        raise KioskError("import.no_rows", file=path)
    return Table(path, columns, rows, encoding, delimiter)


# What a spreadsheet reads as the start of a formula (or of a cell it reinterprets).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell that Excel or LibreOffice would run as a formula, made plain text
    (a leading apostrophe, which spreadsheets hide). Numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_table(path: str | Path, columns: list[str], rows: Iterable[Mapping[str, object]],
                *, excel: bool = False) -> int:
    """Write rows as CSV for spreadsheets, whole or not at all; returns how many rows.

    UTF-8 with a BOM (so that spreadsheets read the accents); ``excel`` separates with
    semicolons, which Excel in French (and most European locales) opens in columns.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with tmp.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=";" if excel else ",")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
            count += 1
    os.replace(tmp, path)
    return count
