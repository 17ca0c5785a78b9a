"""Moderation that travels: every hide and unhide as an event the next batch carries.

``card_moderation`` keeps the state as it stands; ``moderation_events`` is the ordered list
of decisions, each sealed into a batch once (``batch_id``), so a card hidden after it was
synced is hidden at the collector too. Existing decisions become one event each.
"""

import uuid

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE moderation_events (
            uuid TEXT PRIMARY KEY,
            card_uuid TEXT NOT NULL REFERENCES cards(uuid),
            hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
            reason TEXT NOT NULL,
            at TEXT NOT NULL,
            batch_id TEXT REFERENCES sync_batches(batch_id)
        )""")
    db.execute("CREATE INDEX moderation_events_pending ON moderation_events(batch_id)")
    rows = db.execute("SELECT card_uuid, hidden, reason, changed_at FROM card_moderation"
                      " ORDER BY changed_at").fetchall()
    db.conn.executemany(
        "INSERT INTO moderation_events (uuid, card_uuid, hidden, reason, at)"
        " VALUES (?, ?, ?, ?, ?)", [(str(uuid.uuid4()), *row) for row in rows])
