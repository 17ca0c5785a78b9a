"""Station-wide key/value state that must survive a restart (PIN hash, lockout counters)."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from station_app.storage.database import write_transaction


class StationState:
    """A tiny persistent dictionary of JSON values."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM station_state WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        with write_transaction(self._db):
            self._db.execute(
                "INSERT INTO station_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)])
