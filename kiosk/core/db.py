"""Opening an event database: pragmas, migrations, schema version, write transactions.

Every connection runs in WAL mode with foreign keys and a busy timeout. Writes
that read then write go through :func:`write`, which takes the write lock up
front with ``BEGIN IMMEDIATE``: a plain ``BEGIN`` upgraded later can fail with
"database is locked" whatever the busy timeout, when two processes race.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlite_utils
from sqlite_utils.migrations import Migrations

from kiosk.core.errors import KioskError
from kiosk.core.inuse import Holding
from kiosk.paths import migrations_dir


class EventDatabase(sqlite_utils.Database):
    """A connection to one event file, holding it open (see :mod:`kiosk.core.inuse`).

    ``read_only`` is true when the file can only be read (the file, its folder or its
    disk is read-only); ``identity`` tells whether the file at ``path`` is still the one
    opened (:func:`ensure_same_file`).
    """

    path: Path
    read_only: bool = False
    identity: tuple[int, int] | None = None
    holding: Holding | None = None
    backup: Path | None = None  # where `init --force` kept the event this one replaced

    def close(self) -> None:
        super().close()
        if self.holding is not None:
            self.holding.release()
            self.holding = None

# How long a write waits for another program's lock before it is refused (db.locked).
BUSY_TIMEOUT_MS = int(os.environ.get("KIOSK_BUSY_TIMEOUT_MS") or 15_000)
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


def writable(path: Path) -> bool:
    """Whether this process may write the file and its folder (access(2) knows read-only disks)."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _connect(path: Path, read_only: bool) -> EventDatabase:
    try:
        conn = _read_only(path) if read_only else sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
            check_same_thread=False)
    except sqlite3.Error as exc:
        raise failure(exc, path) from None
    db = EventDatabase(conn, execute_plugins=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise failure(exc, path) from None
    return db


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads: read-only mode where the WAL's index can be shared,
    else immutable (a read-only disk: nothing can change the file under us)."""
    base = "file:" + quote(str(path.absolute()))
    for query in ("mode=ro", "immutable=1"):
        conn = sqlite3.connect(f"{base}?{query}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            conn.close()
            if query == "immutable=1":
                raise
            continue
        return conn
    raise AssertionError("unreachable")


def open_db(path: str | Path, *, create: bool = False) -> EventDatabase:
    """Open (or with ``create``, make) an event database and bring its schema up to date.

    A file that can only be read opens read-only (``db.read_only``): a door shows it before
    the first guest, and every write is refused with ``db.read_only``.
    """
    path = Path(path)
    if path.is_dir():
        raise KioskError("db.is_folder", path=path)
    if not create and not path.exists():
        from kiosk.core.locations import found_text

        raise KioskError("db.not_found", path=path, found=found_text(path))
    if create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise failure(exc, path) from None
    read_only = not create and not writable(path)
    holding = None if read_only else Holding.take(path)
    try:
        db = _connect(path, read_only)
    except BaseException:
        if holding is not None:
            holding.release()
        raise
    db.path, db.read_only, db.holding = path, read_only, holding
    try:
        info = os.stat(path)
        db.identity = (info.st_dev, info.st_ino)
        _migrate(db, path)
    except sqlite3.Error as exc:
        db.close()
        raise failure(exc, path) from None
    except BaseException:
        db.close()
        raise
    return db


def failure(exc: BaseException, path: str | Path) -> KioskError:
    """What a database or file-system error means for the event file at ``path``, as a refusal."""
    path = Path(path)
    if isinstance(exc, KioskError):
        return exc
    if isinstance(exc, OSError):
        number = exc.errno
        detail = exc.strerror or str(exc)
        if number == errno.ENOSPC or number == errno.EDQUOT:
            return KioskError("db.full", path=path)
        if number in (errno.EROFS, errno.EACCES, errno.EPERM):
            return KioskError("db.read_only", path=path)
        if number == errno.EISDIR:
            return KioskError("db.is_folder", path=path)
        return KioskError("db.io", path=path, detail=detail)
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in detail:
        return KioskError("db.locked", path=path, seconds=BUSY_TIMEOUT_MS // 1000)
    if name.startswith("SQLITE_READONLY") or "readonly database" in detail:
        return KioskError("db.read_only", path=path)
    if name == "SQLITE_FULL" or "disk is full" in detail:
        return KioskError("db.full", path=path)
    if name.startswith("SQLITE_CANTOPEN"):
        if path.is_dir():
            return KioskError("db.is_folder", path=path)
        if not writable(path):
            return KioskError("db.read_only", path=path)
        return KioskError("db.cannot_open", path=path, detail=detail)
    if name.startswith("SQLITE_IOERR"):
        if _disk_full(path):  # e.g. no room left to map the -shm file
            return KioskError("db.full", path=path)
        return KioskError("db.io", path=path, detail=detail)
    return KioskError("db.corrupt", path=path, detail=detail)


def _disk_full(path: Path) -> bool:
    try:
        stats = os.statvfs(path.parent if str(path.parent) else ".")
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024


def ensure_same_file(db: sqlite_utils.Database) -> None:
    """Refuse (``db.replaced``) once the file this connection opened was replaced or removed."""
    identity = getattr(db, "identity", None)
    if identity is None:
        return
    try:
        info = os.stat(db.path)
    except OSError:
        raise KioskError("db.replaced", path=db.path) from None
    if (info.st_dev, info.st_ino) != identity:
        raise KioskError("db.replaced", path=db.path)


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
