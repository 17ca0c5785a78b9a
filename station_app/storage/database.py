"""Opening the station database: the durable opener plus the station's migrations.

Every connection the station makes goes through ``open_database``; the pragmas (WAL,
``synchronous=FULL``, foreign keys) come from ``durable_sqlite``, which the collector's
store uses too.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlite_utils

from station_app.durable_sqlite import (
    backup_database,
    damage_or_failure,
    integrity_problems,
    open_durable,
    quick_check,
    write_transaction,
)
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
            raise damage_or_failure(path, "the database", error) from None
    return db


def set_aside(path: Path, now: dt.datetime) -> Path:
    """Rename a damaged database (and its journal files) out of the way; nothing is
    deleted or written into it. Returns the new name."""
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            source.rename(target.with_name(target.name + suffix))
    return target


def damaged_copies(path: Path) -> list[Path]:
    """Databases set aside beside ``path`` earlier (for ``check`` and the dashboard)."""
    return sorted(path.parent.glob(f"{path.stem}.damaged-*{path.suffix}"))


__all__ = ["backup_database", "damaged_copies", "integrity_problems", "open_database",
           "quick_check", "set_aside", "write_transaction"]
