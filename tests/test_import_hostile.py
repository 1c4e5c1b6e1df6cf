"""Hostile or damaged import files: refused whole, naming file, line and field, never half-read."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.errors import KioskError
from kiosk.core.importers import import_guests, import_legends

GOOD = "first_name,last_name\nAna,Silva\n"


def refused(db, path: Path, code: str, *words: str) -> KioskError:
    before = list(db.conn.iterdump())
    with pytest.raises(KioskError) as info:
        import_guests(db, path)
    assert info.value.code == code, info.value.message
    assert str(path) in info.value.message
    for word in words:
        assert word in info.value.message
    assert list(db.conn.iterdump()) == before
    return info.value


def test_a_row_shifted_by_an_unquoted_comma_is_refused(db, tmp_path: Path) -> None:
    (tmp_path / "good.csv").write_text(GOOD)
    import_guests(db, tmp_path / "good.csv")
    path = tmp_path / "guests.csv"
    path.write_text("first_name,last_name,organisation,email,lists\n"
                    "Ana,Silva,SRO,ana@example.com,\n"
                    "John,Smith, Jr.,Acme,js@example.com,\n"
                    "Bo,Li,Club,bo@example.com,Gala\n")
    error = refused(db, path, "import.shifted", "line 3")
    assert "6 fields where the header has 5" in error.message and "unquoted ','" in error.message


def test_trailing_empty_cells_on_every_row_or_in_the_header_are_harmless(db, tmp_path: Path) -> None:
    every = tmp_path / "every.csv"
    every.write_text("first_name,last_name,email\nAna,Silva,a@example.com,\nBo,Li,b@example.com,,\n")
    assert import_guests(db, every).created == 2
    header = tmp_path / "header.csv"
    header.write_text("first_name,last_name,email,,\nCy,Wu,c@example.com,,\nDee,Ng,d@example.com\n")
    assert import_guests(db, header).created == 2


def test_the_first_wrong_row_is_named_whatever_follows_it(db, tmp_path: Path) -> None:
    """Read in one pass: a padded row is judged once the file shows whether every row has the
    padding, and the refusal still names the first wrong line of the file."""
    path = tmp_path / "guests.csv"
    path.write_text("first_name,last_name,email\nAna,Silva,a@example.com,\n"
                    "Bo,Li,b@example.com\n")  # the padding on one row only: shifted
    refused(db, path, "import.shifted", "line 2")
    path.write_text("first_name,last_name,email\nAna,Silva,a@example.com,\nBo,Li\n")
    refused(db, path, "import.shifted", "line 2")  # before the short row of line 3
    path.write_text("first_name,last_name,email\nAna,Silva,a@example.com,\n,Li,b@example.com,\n")
    refused(db, path, "import.missing_value", "line 3")  # every row padded: a row like another
    path.write_text("first_name,last_name,email\nAna,Silva,a@example.com,\n\n  \n"
                    "Bo,Li,b@example.com,\n")
    assert import_guests(db, path).created == 2  # blank records between are skipped


@pytest.mark.parametrize(("header", "row", "code", "field"), [
    ("first_name,last_name,organisation,email", "John,Smith,Acme, Jr.", "import.bad_email", "email"),
    ("First Name,Last Name,Attendee #,Ticket Type", "John,Smith,Awards Ceremony,VIP",
     "import.bad_attendee", "eventbrite_attendee"),
    ("first_name,last_name,table", "John,Smith,js@example.com", "import.bad_table", "table"),
    ("first_name,last_name,table", "John,Smith,Honneur du président", "import.bad_table", "table"),
    ("first_name,last_name,party_size", "John,Smith,250", "import.bad_party_size", "party_size"),
    ("first_name,last_name,party_size", "John,Smith,0", "import.bad_party_size", "party_size"),
    ("first_name,last_name,lists", "John,Smith,Gala|js@example.com", "import.bad_list", "lists"),
])
def test_values_that_cannot_be_their_column_are_refused(db, tmp_path, header, row, code, field) -> None:
    path = tmp_path / "guests.csv"
    first = ",".join(["Ana", "Silva"] + [""] * (header.count(",") - 1))
    path.write_text(f"{header}\n{first}\n{row}\n")
    refused(db, path, code, "line 3", f"field '{field}'")


def test_one_stray_windows_1252_byte_in_a_utf8_file_is_refused_naming_its_line(db, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("first_name,last_name\nStéphane,Ratel\nJürgen,Müller\n".encode()
                     + b"Zo\xe9,Martin\n" + "Chloé,Lefèvre\n".encode())
    error = refused(db, path, "import.mixed_encoding", "line 4", "0xE9")
    assert "save the whole file as 'CSV UTF-8'" in error.message
    # A file that is Windows-1252 throughout still reads, accents intact.
    path.write_bytes("first_name,last_name\nStéphane,Ratel\nZoé,Martin\n".encode("cp1252"))
    import_guests(db, path)
    assert db.execute("SELECT first_name FROM guests ORDER BY id").fetchall() == [("Stéphane",), ("Zoé",)]


@pytest.mark.parametrize("header", ["first_name,last_name,email,Email", "first_name,last_name,Table #,table"])
def test_two_columns_with_one_name_are_refused(db, tmp_path: Path, header: str) -> None:
    path = tmp_path / "guests.csv"
    path.write_text(f"{header}\nAna,Silva,1,2\n")
    error = refused(db, path, "import.duplicate_column", "line 1", "columns 3")
    assert "and 4" in error.message


def test_a_photo_path_stays_inside_the_photos_folder(db, tmp_path: Path) -> None:
    photos = tmp_path / "event" / "photos"
    photos.mkdir(parents=True)
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"private")
    (photos / "inside.png").write_bytes(b"png")
    (photos / "link.png").symlink_to(secret)
    (photos / "linked-in.png").symlink_to(photos / "inside.png")
    own = tmp_path / "elsewhere.png"
    own.write_bytes(b"the organiser's own")
    legends = tmp_path / "event" / "legends.csv"
    legends.write_text("name,nationality,years,titles,quote,photo\n"
                       "Henri,FR,1994,3,Quote,../../secret.png|inside.png\n"
                       f"Kaito,JP,1999,1,Quote,link.png|linked-in.png|{own}\n")
    result = import_legends(db, legends, photos=photos)
    assert result.warnings == [
        f"{legends}, line 2, field 'photo': ../../secret.png leads outside the photos folder {photos};"
        " the photo is skipped.",
        f"{legends}, line 3, field 'photo': link.png leads outside the photos folder {photos};"
        " the photo is skipped.",
    ]
    stored = {r[0] for r in db.execute("SELECT path FROM media")}
    assert stored == {str((photos / "inside.png").resolve()), str(own.resolve())}
    assert db.execute("SELECT count(*) FROM media WHERE path = ?", [str(secret)]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM legend_photos").fetchone()[0] == 3
