"""Opening the station database: durable pragmas, migrations, write transactions.

Every connection the app makes goes through ``open_database`` so that all of them run in
WAL mode with ``synchronous=FULL`` (a committed card survives a power cut) and foreign keys
enforced.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from station_app.errors import StorageError
from station_app.storage.migrations import apply_migrations

BUSY_TIMEOUT_MS = 10_000


def open_database(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (or create) the database at ``path``; ``":memory:"`` for tests.

    Raises ``StorageError`` with a plain sentence if the file cannot be used.
    """
    memory = str(path) == ":memory:"
    try:
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions; writes use write_transaction().
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not memory:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StorageError(f"{path}: the database cannot use write-ahead logging")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        if migrate:
            apply_migrations(db)
        return db
    except sqlite3.DatabaseError as error:
        raise StorageError(f"{path}: the database cannot be opened ({error})") from None
    except OSError as error:
        raise StorageError(f"{path}: the database cannot be opened ({error.strerror})") from None


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One durable write transaction: committed on exit, rolled back on any error.

    ``BEGIN IMMEDIATE`` takes the write lock up front, so two connections (the kiosk and a
    background worker) wait for each other instead of failing half-way. Nested use becomes
    a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check``; an empty list means healthy."""
    rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [row for row in rows if row != "ok"]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points at a missing {parent}")
    return problems


def backup_database(db: sqlite_utils.Database, target: Path) -> int:
    """Copy a live database to ``target`` with SQLite's online backup; returns its size.

    Safe while the database is in use (a plain file copy of a WAL database is not). The copy
    is written beside the target and renamed into place, so a half-written backup never
    replaces a good one.
    """
    target = Path(target)
    if target.is_dir():
        raise StorageError(f"{target}: is a folder; name the backup file")
    temporary = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(str(temporary))
        try:
            db.conn.backup(copy)
        finally:
            copy.close()
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(f"{target}: the backup cannot be written ({error.strerror})") from None
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(f"{target}: the backup failed ({error})") from None
    return target.stat().st_size
