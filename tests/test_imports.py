"""CSV imports: every real-world encoding reads right; every bad file is refused whole."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kiosk.core.errors import KioskError
from kiosk.core.importers import import_awards, import_guests, import_legends

GUESTS = (
    "first_name,last_name,organisation,category,table,notes,email,lists\n"
    "Stéphane,Ratel,SRO Motorsports Group,VIP,1,VIP: escort to row A,sr@example.com,"
    "Awards ceremony|Anniversary party\n"
    "Jürgen,Müller,Nürburgring Racing,driver,12,,jm@example.com,Anniversary party\n"
    "健,佐藤,Team Tōkyō,driver,,,,Anniversary party\n"
)
AWARDS = (
    "category,order,sponsor,nominee,team,car,nationality,photo,winner\n"
    "Overall Champion,1,Sponsored by Acme,Léa Fontaine,Équipe Rapide,Audi R8 LMS,FR,,no\n"
    "Overall Champion,1,Sponsored by Acme,健 佐藤,Team Tōkyō,Nissan GT-R,JP,,yes\n"
    "Silver Cup,2,,Bjørn Åsgård,Nordic GT,BMW M6 GT3,NO,,yes\n"
)
LEGENDS = (
    "name,nationality,years,titles,quote,photo\n"
    "Henri Valmont,FR,1994–2006,3× Spa 24 Hours winner,\"Speed is a conversation.\",a.png|b.png\n"
    "Kaito Arashi,JP,1999–2012,FIA GT champion,Patience wins races.,\n"
)


def snapshot(db) -> list[str]:
    return list(db.conn.iterdump())


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def names(db) -> list[tuple[str, str]]:
    return db.execute("SELECT first_name, last_name FROM guests ORDER BY id").fetchall()


def test_guests_import_with_lists_and_round_trip_any_script(db, tmp_path: Path) -> None:
    result = import_guests(db, write(tmp_path / "g.csv", GUESTS), lists=["Staff briefing"])
    assert (result.rows, result.created) == (3, 3)
    assert names(db) == [("Stéphane", "Ratel"), ("Jürgen", "Müller"), ("健", "佐藤")]
    lists = dict(db.execute("SELECT name, (SELECT count(*) FROM guest_lists gl WHERE gl.list_id = l.id)"
                            " FROM lists l"))
    assert lists == {"Awards ceremony": 1, "Anniversary party": 3, "Staff briefing": 3}
    row = db.execute("SELECT category, table_name, notes, search_key FROM guests WHERE last_name='Ratel'")
    assert row.fetchone() == ("VIP", "1", "VIP: escort to row A", "stephane ratel sro motorsports group")


def test_reimporting_the_same_file_does_not_duplicate(db, tmp_path: Path) -> None:
    path = write(tmp_path / "g.csv", GUESTS)
    import_guests(db, path)
    again = import_guests(db, path)
    assert (again.created, again.updated) == (0, 3)
    assert db.execute("SELECT count(*) FROM guests").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM guest_lists").fetchone()[0] == 4


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16"])
def test_a_french_spreadsheet_export_imports_with_its_accents(db, tmp_path: Path, encoding: str) -> None:
    text = ("first_name;last_name;organisation;category;table;notes;email;lists\r\n"
            "Stéphane;Ratel;SRO;VIP;1;Accueil : escorte rang A;sr@example.com;Soirée\r\n"
            "Zoé;Lefèvre;Équipe Française;press;;Photographe;;Soirée\r\n")
    if encoding == "cp1252":
        path = write(tmp_path / "fr.csv", text, "cp1252")
    else:
        path = write(tmp_path / "fr.csv", text, encoding)
    import_guests(db, path)
    assert names(db) == [("Stéphane", "Ratel"), ("Zoé", "Lefèvre")]
    assert db.execute("SELECT organisation FROM guests WHERE first_name = 'Zoé'").fetchone()[0] == \
        "Équipe Française"
    assert db.execute("SELECT name FROM lists").fetchall() == [("Soirée",)]


def test_an_eventbrite_attendee_export_imports_as_it_comes(db, tmp_path: Path) -> None:
    text = (
        "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Group,"
        "Order Type,Currency,Total Paid,Attendee Status,Job Title,Company\n"
        "1234567,2017-10-01 10:00:00,Hélène,Dupré,hd@example.com,2,VIP Pass,987654321,,Eventbrite Completed,"
        "EUR,0.00,Attending,Editor,Auto Hebdo\n"
        "1234567,2017-10-01 10:00:00,Marc,Dupré,md@example.com,2,VIP Pass,987654322,,Eventbrite Completed,"
        "EUR,0.00,Attending,,Auto Hebdo\n"
        "1234999,2017-10-02 10:00:00,Old,Order,oo@example.com,1,General Admission,987654399,,Eventbrite "
        "Completed,EUR,0.00,Not Attending,,\n"
    )
    result = import_guests(db, write(tmp_path / "eb.csv", text), lists=["Anniversary party"])
    assert result.created == 2
    assert len(result.warnings) == 1
    rows = db.execute("SELECT first_name, organisation, category, external_id FROM guests ORDER BY id")
    assert rows.fetchall() == [("Hélène", "Auto Hebdo", "VIP", "eventbrite:987654321"),
                               ("Marc", "Auto Hebdo", "VIP", "eventbrite:987654322")]
    import_guests(db, tmp_path / "eb.csv", lists=["Anniversary party"])
    assert db.execute("SELECT count(*) FROM guests").fetchone()[0] == 2


BAD_GUESTS = [
    ("field_count", "first_name,last_name,email\nAna,Silva,a@x\nBo,Li,b@x,extra\n", 3, None),
    ("missing_value", "first_name,last_name,email\nAna,Silva,a@x\n,Li,b@x\n", 3, "first_name"),
    ("missing_column", "first,last\nAna,Silva\n", 1, "first_name"),
    ("bad_value", "first_name,last_name,party_size\nAna,Silva,2\nBo,Li,two\n", 3, "party_size"),
    ("duplicate", "first_name,last_name,email\nAna,Silva,a@x\nAna,Silva,a@x\n", 3, None),
    ("csv", 'first_name,last_name\nAna,"Sil"va\n', 2, None),
    ("empty", "", None, None),
    ("no_rows", "first_name,last_name\n", None, None),
]


@pytest.mark.parametrize(("code", "text", "line", "field"), BAD_GUESTS, ids=[c[0] for c in BAD_GUESTS])
def test_bad_guest_files_are_refused_naming_file_line_field_and_change_nothing(
    db, tmp_path: Path, code: str, text: str, line: int | None, field: str | None
) -> None:
    import_guests(db, write(tmp_path / "good.csv", GUESTS))
    before = snapshot(db)
    path = write(tmp_path / "bad.csv", text)
    with pytest.raises(KioskError) as info:
        import_guests(db, path)
    error = info.value
    assert error.code == f"import.{code}"
    assert str(path) in error.message
    if line is not None:
        assert f"line {line}" in error.message
    if field is not None:
        assert field in error.message
    assert snapshot(db) == before


def test_binary_missing_and_undecodable_files_are_refused(db, tmp_path: Path) -> None:
    before = snapshot(db)
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    cases = {png: "import.binary", tmp_path / "absent.csv": "import.file_missing"}
    latin = tmp_path / "mixed.csv"
    latin.write_bytes(b"first_name,last_name\nAna,Silva\n" + b"Bo,\x81\x8d\n")
    cases[latin] = "import.encoding"
    for path, code in cases.items():
        with pytest.raises(KioskError) as info:
            import_guests(db, path)
        assert info.value.code == code
        assert str(path) in info.value.message
    assert snapshot(db) == before


def test_awards_import_categories_nominees_and_one_winner_each(db, tmp_path: Path) -> None:
    result = import_awards(db, write(tmp_path / "awards.csv", AWARDS))
    assert result.created == 2
    rows = db.execute(
        "SELECT c.title, c.position, n.name FROM winners w JOIN award_categories c ON c.id = w.category_id"
        " JOIN nominees n ON n.id = w.nominee_id ORDER BY c.position").fetchall()
    assert rows == [("Overall Champion", 1, "健 佐藤"), ("Silver Cup", 2, "Bjørn Åsgård")]
    import_awards(db, tmp_path / "awards.csv")
    assert db.execute("SELECT count(*) FROM nominees").fetchone()[0] == 3


@pytest.mark.parametrize(("text", "line", "field"), [
    (AWARDS.replace("FR,,no", "FR,,maybe"), 2, "winner"),
    (AWARDS.replace("Silver Cup,2", "Silver Cup,second"), 4, "order"),
    (AWARDS.replace("JP,,yes", "JP,,yes").replace("FR,,no", "FR,,yes"), 3, "winner"),
    (AWARDS.replace(",photo,winner", ",photo"), 1, "winner"),
])
def test_bad_award_files_are_refused_and_change_nothing(db, tmp_path, text, line, field) -> None:
    before = snapshot(db)
    path = write(tmp_path / "awards.csv", text)
    with pytest.raises(KioskError) as info:
        import_awards(db, path)
    assert f"line {line}" in info.value.message and field in info.value.message
    assert str(path) in info.value.message
    assert snapshot(db) == before


def test_legends_import_with_photos_relative_to_a_folder(db, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "a.png").write_bytes(b"png")
    result = import_legends(db, write(tmp_path / "legends.csv", LEGENDS), photos=photos)
    assert result.created == 2
    assert any("b.png" in w for w in result.warnings)
    paths = [r[0] for r in db.execute(
        "SELECT m.path FROM legend_photos lp JOIN media m ON m.id = lp.media_id ORDER BY lp.position")]
    assert paths == [str((photos / "a.png").resolve()), str((photos / "b.png").resolve())]
    import_legends(db, tmp_path / "legends.csv", photos=photos)
    assert db.execute("SELECT count(*) FROM legends").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM legend_photos").fetchone()[0] == 2


def test_utf16_export_without_bom_is_refused_as_binary(db, tmp_path: Path) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes(codecs.encode("first_name,last_name\nAna,Silva\n", "utf-16-le"))
    with pytest.raises(KioskError) as info:
        import_guests(db, path)
    assert info.value.code == "import.binary"
