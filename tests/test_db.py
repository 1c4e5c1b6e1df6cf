"""The event database: migrations, schema version, pragmas, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.core.db import data_version, open_db, schema_version, write
from kiosk.core.errors import KioskError


def test_migrations_apply_in_order_and_record_the_version(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new.db", create=True)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == sorted(applied) and applied[0] == "0001_event"
    assert {"event", "guests", "scans", "cues", "legends", "events"} <= set(db.table_names())
    db.close()


def test_every_connection_is_wal_with_foreign_keys_and_busy_timeout(db) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_reopening_is_idempotent(db_path: Path) -> None:
    for _ in range(3):
        open_db(db_path).close()
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(
        list((Path(__file__).parent.parent / "db").glob("*.sql")))
    db.close()


def test_a_file_from_a_newer_kiosk_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.close()
    with pytest.raises(KioskError) as info:
        open_db(db_path)
    assert info.value.code == "db.too_new"
    assert "newer version" in info.value.message


def test_an_unknown_applied_migration_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at)"
                 " VALUES ('kiosk', '9999_future', 'x')")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    with pytest.raises(KioskError) as info:
        open_db(db_path)
    assert info.value.code == "db.too_new"


def test_missing_foreign_and_corrupt_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(KioskError) as info:
        open_db(tmp_path / "absent.db")
    assert info.value.code == "db.not_found"
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos(x)")
    conn.close()
    with pytest.raises(KioskError) as info:
        open_db(other)
    assert info.value.code == "db.not_kiosk"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 200)
    with pytest.raises(KioskError) as info:
        open_db(junk)
    assert info.value.code == "db.corrupt"


def test_write_rolls_back_everything_on_error(db) -> None:
    before = db.execute("SELECT count(*) FROM lists").fetchone()[0]
    with pytest.raises(RuntimeError), write(db):
        db.execute("INSERT INTO lists(name) VALUES ('A')")
        raise RuntimeError("boom")
    assert db.execute("SELECT count(*) FROM lists").fetchone()[0] == before


def test_data_version_changes_when_another_connection_commits(db_path: Path) -> None:
    watcher, writer = open_db(db_path), open_db(db_path)
    first = data_version(watcher)
    with write(writer):
        writer.execute("INSERT INTO lists(name) VALUES ('Party')")
    assert data_version(watcher) != first
    watcher.close()
    writer.close()
