"""Opening an event database: pragmas, migrations, schema version, write transactions.

Every connection runs in WAL mode with foreign keys and a busy timeout. Writes
that read then write go through :func:`write`, which takes the write lock up
front with ``BEGIN IMMEDIATE``: a plain ``BEGIN`` upgraded later can fail with
"database is locked" whatever the busy timeout, when two processes race.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from kiosk.core.errors import KioskError
from kiosk.paths import migrations_dir

BUSY_TIMEOUT_MS = 15_000
MIGRATION_SET = "kiosk"
_MIGRATION_FILE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def migrations(folder: Path | None = None) -> list[Migration]:
    folder = folder or migrations_dir()
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_FILE.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path.stem, path.read_text("utf-8")))
    return found


def schema_version(folder: Path | None = None) -> int:
    known = migrations(folder)
    return known[-1].number if known else 0


def _statements(sql: str) -> Iterator[str]:
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        yield buffer


def _migration_set(known: list[Migration]) -> Migrations:
    mset = Migrations(MIGRATION_SET)
    for migration in known:

        def apply(db: sqlite_utils.Database, sql: str = migration.sql) -> None:
            for statement in _statements(sql):
                db.execute(statement)

        mset(name=migration.name)(apply)
    return mset


def _connect(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise KioskError("db.corrupt", path=path, detail=str(exc)) from exc
    return db


def open_db(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or with ``create``, make) an event database and bring its schema up to date."""
    path = Path(path)
    if not create and not path.exists():
        raise KioskError("db.not_found", path=path)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = _connect(path)
    try:
        _migrate(db, path)
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: sqlite_utils.Database, path: Path) -> None:
    known = migrations()
    latest = known[-1].number if known else 0
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > latest:
        raise KioskError("db.too_new", path=path, found=found, known=latest)
    if found == latest and latest:
        return
    tables = set(db.table_names())
    if found == 0 and tables and Migrations.migrations_table not in tables:
        raise KioskError("db.not_kiosk", path=path)
    with write(db):
        # Re-read under the write lock: another process may have migrated meanwhile.
        found = db.execute("PRAGMA user_version").fetchone()[0]
        if found > latest:
            raise KioskError("db.too_new", path=path, found=found, known=latest)
        mset = _migration_set(known)
        names = {m.name for m in known}
        unknown = [a.name for a in mset.applied(db) if a.name not in names]
        if unknown:
            raise KioskError("db.too_new", path=path, found=unknown[-1], known=latest)
        mset.apply(db)
        db.execute(f"PRAGMA user_version = {latest}")


@contextmanager
def write(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One logical change, committed whole or not at all, holding the write lock throughout."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def data_version(db: sqlite_utils.Database) -> int:
    """Changes whenever another connection commits: cheap to poll for cross-process updates."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def get_setting(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
