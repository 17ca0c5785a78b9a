"""Ordered, recorded schema migrations.

Each module ``mNNN_name.py`` in this package defines ``def migrate(db) -> None``. They run in
number order inside one write transaction, and ``schema_migrations`` records which have run,
so a station that was offline for months catches up on its next start. A migration is never
edited once it has shipped; a change is a new migration.

Numbers are allotted per feature so parallel work does not collide:
001 core (with facilitator PIN state), 003 print queue, 004 moderation, 005 sync,
006 moderation events (moderation that travels with sync), 007 the configuration version
on each card (station packages), 008 approvals for the live wall given at the station.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from station_app.clock import utc_now

_NAME = re.compile(r"^m(\d{3})_(\w+)$")


@dataclass(frozen=True)
class Migration:
    """One schema step."""

    version: int
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def all_migrations() -> list[Migration]:
    """Every migration shipped with this version, in order."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        match = _NAME.match(info.name)
        if not match:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(match.group(1)), match.group(2), module.migrate))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number: {versions}")
    return found


def schema_version(db: sqlite_utils.Database) -> int:
    """The highest migration applied, 0 for a new database."""
    if "schema_migrations" not in db.table_names():
        return 0
    row = db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def apply_migrations(db: sqlite_utils.Database) -> list[int]:
    """Apply what is missing; returns the versions applied now.

    The check and the migrations run under one write lock (``BEGIN IMMEDIATE``), so when
    several processes open a fresh data directory at once, one migrates and the others
    find the work done. A station that is up to date pays a single read.
    """
    from station_app.storage.database import write_transaction

    if _up_to_date(db):
        return []
    applied: list[int] = []
    with write_transaction(db):
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        current = schema_version(db)  # read under the lock: another process may have won
        for migration in all_migrations():
            if migration.version <= current:
                continue
            migration.apply(db)
            db["schema_migrations"].insert(
                {"version": migration.version, "name": migration.name,
                 "applied_at": utc_now().isoformat()}
            )
            applied.append(migration.version)
    return applied


def _up_to_date(db: sqlite_utils.Database) -> bool:
    latest = max(int(_NAME.match(info.name).group(1))  # type: ignore[union-attr]
                 for info in pkgutil.iter_modules(__path__) if _NAME.match(info.name))
    return schema_version(db) >= latest
