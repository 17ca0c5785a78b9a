"""Moderation: which cards a facilitator has hidden, why, by whom and when.

The card row itself is never touched (cards are never deleted or edited); the moderation
state lives beside it, one row per card that was ever moderated. The full history of
hide/unhide actions is in the audit log.
"""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE card_moderation (
            card_uuid TEXT PRIMARY KEY REFERENCES cards(uuid),
            hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
            reason TEXT NOT NULL,
            actor TEXT NOT NULL,
            changed_at TEXT NOT NULL
        )""")
