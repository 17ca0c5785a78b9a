"""Sessions, cards, Mitmachpool contacts (sealed) and the facilitator audit log."""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            station_id TEXT NOT NULL,
            event_name TEXT NOT NULL,
            name TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            opened_automatically INTEGER NOT NULL DEFAULT 0
        )""")
    # At most one open session per station.
    db.execute("CREATE UNIQUE INDEX sessions_one_open ON sessions(station_id)"
               " WHERE closed_at IS NULL")
    db.execute("""
        CREATE TABLE cards (
            uuid TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            station_id TEXT NOT NULL,
            prompt_id TEXT NOT NULL,
            topic_id TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(text) > 0),
            district_id TEXT,
            age_group_id TEXT,
            language TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('kiosk', 'paper')),
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX cards_session ON cards(session_id, created_at)")
    # Contacts are deliberately not linked to a card: only the sealed box is kept.
    db.execute("""
        CREATE TABLE contacts (
            uuid TEXT PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            sealed BLOB NOT NULL,
            consent_version TEXT NOT NULL,
            consented_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}'
        )""")
    # Small station-wide state that must survive restarts (PIN hash, lockout counters).
    db.execute("""
        CREATE TABLE station_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""")
