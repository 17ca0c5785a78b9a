"""The collector database's recorded schema history: numbered steps, each applied once.

A database records in ``collector_schema`` every step it has been brought through (its
number, its name, when). Opening it applies the steps it lacks, in order, inside the
opening's write transaction, so that two processes opening a database at once do not both
apply a step (the second waits for the writers' lock and then finds it recorded), and a step
that fails leaves nothing half done. Each step says what it does on SQLite and on
PostgreSQL; a database written by a newer version, with steps this one does not know, is
refused rather than used.

Steps are only ever appended: a change of the collector's tables is a new step, never an
edit of an old one (an old database has already been through it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from station_app.collector.database import dialect_of
from station_app.errors import StorageError

TABLE = """CREATE TABLE IF NOT EXISTS collector_schema (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL)"""

Change = Callable[[Any], None]


@dataclass(frozen=True)
class Step:
    """One change of the collector's tables, for either database."""

    version: int
    name: str
    sqlite: Change
    postgresql: Change


def applied_versions(db: Any) -> list[int]:
    """The steps this database has been through, in order."""
    return [int(row[0]) for row in db.execute(
        "SELECT version FROM collector_schema ORDER BY version")]


def bring_up_to_date(db: Any, steps: Sequence[Step], now: str) -> list[Step]:
    """Apply the steps the database lacks (call it inside a write transaction); returns
    those it applied. Refuses a database that has been through a step not in ``steps``."""
    if [step.version for step in steps] != list(range(1, len(steps) + 1)):
        raise ValueError("schema steps are numbered 1, 2, 3 … without gaps")
    db.execute(TABLE)
    done = set(applied_versions(db))
    unknown = sorted(done - {step.version for step in steps})
    if unknown:
        raise StorageError(f"the collector database has been brought to schema version "
                           f"{unknown[-1]} by a newer station-app; this one knows up to "
                           f"{len(steps)}: update station-app before using it")
    applied = []
    for step in steps:
        if step.version in done:
            continue
        change = step.postgresql if dialect_of(db) == "postgresql" else step.sqlite
        change(db)
        db.execute("INSERT INTO collector_schema (version, name, applied_at)"
                   " VALUES (?, ?, ?)", [step.version, step.name, now])
        applied.append(step)
    return applied
