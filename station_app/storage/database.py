"""Opening the station database: the durable opener plus the station's migrations.

Every connection the station makes goes through ``open_database``; the pragmas (WAL,
``synchronous=FULL``, foreign keys) come from ``durable_sqlite``, which the collector's
store uses too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from station_app.durable_sqlite import (
    backup_database,
    integrity_problems,
    open_durable,
    write_transaction,
)
from station_app.errors import StorageError
from station_app.storage.migrations import apply_migrations


def open_database(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (or create) the station database at ``path``; ``":memory:"`` for tests.

    Raises ``StorageError`` with a plain sentence if the file cannot be used.
    """
    db = open_durable(path, what="the database")
    if migrate:
        try:
            apply_migrations(db)
        except sqlite3.DatabaseError as error:
            db.close()
            raise StorageError(f"{path}: the database cannot be opened ({error})") from None
    return db


__all__ = ["backup_database", "integrity_problems", "open_database", "write_transaction"]
