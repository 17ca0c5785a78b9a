"""The office's tables in the collector database, applied by ``CollectorStore`` on open.

Plain statements without imports, so the store can list them beside its own: a collector
database that holds these tables is still recognised as one.
"""

from __future__ import annotations

OFFICE_SCHEMA = [
    # Names compare without case, so "Anna" and "anna" cannot be two different people.
    """CREATE TABLE IF NOT EXISTS office_users (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('admin', 'moderator')),
        password_hash TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        last_login_at TEXT)""",
    # Only the SHA-256 of a session id is kept: a copy of the database opens no session.
    """CREATE TABLE IF NOT EXISTS office_sessions (
        id_sha256 TEXT PRIMARY KEY,
        user_name TEXT NOT NULL REFERENCES office_users(name),
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        client TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS office_sessions_user ON office_sessions(user_name)",
    """CREATE TABLE IF NOT EXISTS office_login_throttle (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last_failure_at TEXT NOT NULL,
        locked_until TEXT)""",
    """CREATE TABLE IF NOT EXISTS office_audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        before TEXT,
        after TEXT,
        client TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS office_secret (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        secret TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
]
