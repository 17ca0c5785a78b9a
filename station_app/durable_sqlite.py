"""SQLite files that keep what they were told: one opener, one transaction, one backup.

The station's database (``storage``) and the collector's store both open their files here,
so every connection runs in WAL mode with ``synchronous=FULL`` (a committed card survives
a power cut), with foreign keys enforced and a busy timeout instead of "database is locked".
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from station_app.errors import DamagedDatabase, StorageError

BUSY_TIMEOUT_MS = 10_000


def open_durable(path: Path | str, *, what: str = "the database",
                 private: bool = False) -> sqlite_utils.Database:
    """Open (or create) the SQLite file at ``path``; ``":memory:"`` for tests.

    ``private`` creates the file (and its WAL and shared-memory files) readable by its
    owner only, for databases that hold secret keys. Raises ``StorageError`` with a plain
    sentence naming the file if it cannot be used.
    """
    memory = str(path) == ":memory:"
    try:
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            if private:
                _create_private(Path(path))
        # isolation_level=None: no implicit transactions; writes use write_transaction().
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not memory:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StorageError(f"{path}: {what} cannot use write-ahead logging")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        return db
    except sqlite3.DatabaseError as error:
        raise damage_or_failure(path, what, error) from None
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise StorageError(f"{path}: the disk holding {what} is full, so it cannot be "
                               "created (free some space, then try again)") from None
        raise StorageError(f"{path}: {what} cannot be opened ({error.strerror})") from None


_DAMAGE = ("file is not a database", "malformed", "corrupt")


def damage_or_failure(path: Path | str, what: str, error: sqlite3.DatabaseError) -> StorageError:
    """``DamagedDatabase`` when the file itself is broken, else a plain ``StorageError``."""
    message = f"{path}: {what} cannot be opened ({error})"
    if any(sign in str(error).lower() for sign in _DAMAGE):
        return DamagedDatabase(message)
    if "full" in str(error) or _disk_full(path):
        return StorageError(f"{path}: the disk holding {what} is full, so it cannot be "
                            "opened (free some space, then try again)")
    return StorageError(message)


def _disk_full(path: Path | str) -> bool:
    """Whether the disk under ``path`` has no room left for SQLite's journal files."""
    if str(path) == ":memory:":
        return False
    try:
        info = os.statvfs(Path(path).parent)
    except OSError:
        return False
    return info.f_bavail * info.f_frsize < 256 * 1024


def quick_check(db: sqlite_utils.Database) -> str | None:
    """The first problem ``PRAGMA quick_check`` finds, or None for a healthy database."""
    try:
        rows = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        return str(error)
    problems = [row for row in rows if row != "ok"]
    return problems[0] if problems else None


def _create_private(path: Path) -> None:
    """Create the file and its companions owner-only, and tighten an existing one."""
    for companion in (path, path.with_name(path.name + "-wal"),
                      path.with_name(path.name + "-shm")):
        if companion is path or companion.exists():
            fd = os.open(companion, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
            os.chmod(companion, 0o600)


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
    """``PRAGMA integrity_check`` and ``foreign_key_check``; an empty list means healthy.

    A database too damaged to be checked at all is one problem, named.
    """
    try:
        rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        problems = [row for row in rows if row != "ok"]
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points at a missing {parent}")
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return problems


def backup_database(db: sqlite_utils.Database, target: Path, *, private: bool = False) -> int:
    """Copy a live database to ``target`` with SQLite's online backup; returns its size.

    Safe while the database is in use (a plain file copy of a WAL database is not). The copy
    is written beside the target and renamed into place, so a half-written backup never
    replaces a good one. ``private`` makes the copy readable by its owner only.
    """
    target = Path(target)
    if target.is_dir():
        raise StorageError(f"{target}: is a folder; name the backup file")
    if target.exists() and not target.is_file():
        raise StorageError(f"{target}: is not a regular file; name the backup file")
    temporary = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if private:
            temporary.unlink(missing_ok=True)
            os.close(os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
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
