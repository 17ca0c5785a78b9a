"""The office's audit log: who did what, when, to what, and how it looked before and after.

Append-only. Every staff action – a login, a failed or refused login, a logout, an account
added, disabled or enabled on the command line, a card moderated, moved on, answered or
grouped, an event's publication changed – and every withdrawal or correction by a card's
holder is one row, written in the same
transaction as the change it describes, so the log never claims a change that did not
happen (nor misses one that did).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from station_app.clock import utc_now
from station_app.collector.store import CollectorStore

MAX_ACTOR = 200
MAX_CLIENT = 100

LOGIN_SUCCEEDED = "login.succeeded"
LOGIN_FAILED = "login.failed"
LOGIN_REFUSED = "login.refused"
"""A login not even tried: too many failures for the account or the client."""
LOGOUT = "logout"
USER_ADDED = "user.added"
USER_DISABLED = "user.disabled"
USER_ENABLED = "user.enabled"
CARD_STATUS = "card.status"
CARD_HIDDEN = "card.hidden"
CARD_SHOWN = "card.shown"
CARD_ANSWERED = "card.answered"
CARD_GROUPED = "card.grouped"
CARD_WITHDRAWN = "card.withdrawn"
CARD_CORRECTED = "card.corrected"
GROUP_CREATED = "group.created"
GROUP_RENAMED = "group.renamed"
GROUP_ANSWERED = "group.answered"
GROUP_STATUS = "group.status"
EVENT_CHANGED = "event.changed"
EXPORT_DOWNLOADED = "export.downloaded"
WALL_APPROVED = "card.wall_approved"
WALL_UNAPPROVED = "card.wall_unapproved"
HOLDER = "attendee"
"""The actor of a withdrawal or correction: whoever holds the receipt. No address is kept
with it (``client`` is "-"), so the log cannot tie a card to a device."""


@dataclass(frozen=True)
class AuditEntry:
    """One recorded staff action; ``before``/``after`` are ``None`` where nothing was."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    target: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    client: str


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


class AuditLog:
    """Appends to and reads the ``office_audit`` table."""

    def __init__(self, store: CollectorStore,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def record(self, actor: str, action: str, *, client: str, target: str | None = None,
               before: dict[str, Any] | None = None,
               after: dict[str, Any] | None = None) -> None:
        """Append one entry (inside the caller's transaction, if there is one)."""
        at = self._clock().astimezone(dt.UTC).isoformat()
        with self._store.transaction() as db:
            db.execute(
                "INSERT INTO office_audit (at, actor, action, target, before, after, client)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [at, actor[:MAX_ACTOR], action, target, _json(before), _json(after),
                 client[:MAX_CLIENT]])

    def latest(self, limit: int = 100, before_id: int | None = None) -> list[AuditEntry]:
        """The newest entries first; ``before_id`` pages back to older ones."""
        where, values = ("WHERE id < ?", [before_id]) if before_id is not None else ("", [])
        with self._store.lock:
            rows = self._store.db.execute(
                "SELECT id, at, actor, action, target, before, after, client FROM office_audit"
                f" {where} ORDER BY id DESC LIMIT ?", [*values, limit]).fetchall()
        return [AuditEntry(row[0], dt.datetime.fromisoformat(row[1]), row[2], row[3], row[4],
                           json.loads(row[5]) if row[5] is not None else None,
                           json.loads(row[6]) if row[6] is not None else None, row[7])
                for row in rows]
