"""Staff sessions: a random id in the browser's cookie, its SHA-256 in the database.

A session ends when it has been idle too long, when it is too old, when its account is
blocked, or at logout; each of these is decided here, on the server, at every request, so
a copied cookie is worth nothing once the session is over. Every login starts a new session
(and ends the one the browser brought along), so an id planted before the login is never
the one that is logged in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from station_app.clock import utc_now
from station_app.collector.store import CollectorStore

SESSION_COOKIE = "office_session"
_SESSION_ID = re.compile(r"[A-Za-z0-9_-]{40,64}")
TOUCH_EVERY = dt.timedelta(seconds=30)
"""How stale ``last_seen_at`` may get before a request writes it again."""


@dataclass(frozen=True)
class SessionLimits:
    """When a session ends by itself: after ``idle`` without a request, or ``absolute``
    after the login, whichever comes first."""

    idle: dt.timedelta = dt.timedelta(minutes=30)
    absolute: dt.timedelta = dt.timedelta(hours=12)


@dataclass(frozen=True)
class StaffSession:
    """A live session: the account's name and role as they are now."""

    id: str
    user_name: str
    role: str
    created_at: dt.datetime


def session_digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("ascii")).hexdigest()


def well_formed(session_id: str | None) -> bool:
    """Whether a cookie's value could be a session id at all (anything else is ignored)."""
    return bool(session_id) and _SESSION_ID.fullmatch(session_id or "") is not None


def end_sessions_of(db: sqlite_utils.Database, user_name: str) -> int:
    """End every session of an account (inside the caller's transaction)."""
    return db.execute("DELETE FROM office_sessions WHERE user_name = ?", [user_name]).rowcount


class StaffSessions:
    """Starts, finds and ends sessions in the ``office_sessions`` table."""

    def __init__(self, store: CollectorStore, limits: SessionLimits | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._store = store
        self.limits = limits or SessionLimits()
        self._clock = clock

    def start(self, user_name: str, client: str, replacing: str | None = None) -> str:
        """A new session id for ``user_name``; ``replacing`` (the browser's old id) ends."""
        session_id = secrets.token_urlsafe(32)
        now = self._now()
        with self._store.transaction() as db:
            if well_formed(replacing):
                db.execute("DELETE FROM office_sessions WHERE id_sha256 = ?",
                           [session_digest(replacing or "")])
            self._forget_expired(db, now)
            db.execute("INSERT INTO office_sessions (id_sha256, user_name, created_at,"
                       " last_seen_at, client) VALUES (?, ?, ?, ?, ?)",
                       [session_digest(session_id), user_name, now.isoformat(),
                        now.isoformat(), client[:100]])
        return session_id

    def find(self, session_id: str | None) -> StaffSession | None:
        """The live session behind a cookie's value, or None (unknown, expired, blocked)."""
        if not well_formed(session_id):
            return None
        assert session_id is not None
        digest = session_digest(session_id)
        now = self._now()
        with self._store.lock:
            row = self._store.db.execute(
                "SELECT s.user_name, u.role, u.enabled, s.created_at, s.last_seen_at"
                " FROM office_sessions s JOIN office_users u ON u.name = s.user_name"
                " WHERE s.id_sha256 = ?", [digest]).fetchone()
        if row is None:
            return None
        created, last_seen = dt.datetime.fromisoformat(row[3]), dt.datetime.fromisoformat(row[4])
        if not row[2] or now - last_seen > self.limits.idle \
                or now - created > self.limits.absolute:
            self.end(session_id)
            return None
        if now - last_seen > TOUCH_EVERY:
            with self._store.transaction() as db:
                db.execute("UPDATE office_sessions SET last_seen_at = ? WHERE id_sha256 = ?",
                           [now.isoformat(), digest])
        return StaffSession(session_id, row[0], row[1], created)

    def end(self, session_id: str | None) -> bool:
        """End a session (logout); False if there was none."""
        if not well_formed(session_id):
            return False
        with self._store.transaction() as db:
            return db.execute("DELETE FROM office_sessions WHERE id_sha256 = ?",
                              [session_digest(session_id or "")]).rowcount > 0

    def _now(self) -> dt.datetime:
        return self._clock().astimezone(dt.UTC)

    def _forget_expired(self, db: sqlite_utils.Database, now: dt.datetime) -> None:
        db.execute("DELETE FROM office_sessions WHERE last_seen_at < ? OR created_at < ?",
                   [(now - self.limits.idle).isoformat(),
                    (now - self.limits.absolute).isoformat()])
