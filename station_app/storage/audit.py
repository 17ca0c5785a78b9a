"""The audit log: every facilitator action, append-only, for accountability."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from station_app.clock import utc_now
from station_app.storage.database import write_transaction


@dataclass(frozen=True)
class AuditEntry:
    """One recorded action."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    details: dict[str, Any]


class AuditLog:
    """Appends and reads facilitator actions (session opened, card hidden, export written)."""

    def __init__(self, db: sqlite_utils.Database,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def record(self, actor: str, action: str, details: dict[str, Any] | None = None) -> None:
        """Append one entry (inside the caller's transaction, if there is one)."""
        with write_transaction(self._db):
            self._db["audit_log"].insert({
                "at": self._clock().isoformat(), "actor": actor, "action": action,
                "details": json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
            })

    def entries(self, limit: int = 100) -> list[AuditEntry]:
        """The newest entries first."""
        rows = self._db["audit_log"].rows_where(order_by="id DESC", limit=limit)
        return [AuditEntry(row["id"], dt.datetime.fromisoformat(row["at"]), row["actor"],
                           row["action"], json.loads(row["details"])) for row in rows]
