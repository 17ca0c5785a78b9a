"""Station-side sync bookkeeping: sealed batches, which card went in which batch, status.

Cards themselves are never touched: a card is "synced" when the batch it was sealed into has
been acknowledged by the collector with the matching manifest hash.
"""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    # One row per sealed batch. ``document`` is the exact signed JSON so that a re-send is
    # byte-identical (idempotent at the collector); it is dropped once acknowledged because
    # it holds the sealed contacts.
    db.execute("""
        CREATE TABLE sync_batches (
            batch_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            card_count INTEGER NOT NULL,
            contact_count INTEGER NOT NULL,
            manifest_sha256 TEXT NOT NULL,
            document BLOB,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_attempt_at TEXT,
            last_error TEXT,
            acknowledged_at TEXT,
            written_to TEXT,
            written_at TEXT
        )""")
    db.execute("""
        CREATE TABLE sync_batch_cards (
            card_uuid TEXT PRIMARY KEY REFERENCES cards(uuid),
            batch_id TEXT NOT NULL REFERENCES sync_batches(batch_id),
            synced_at TEXT
        )""")
    db.execute("CREATE INDEX sync_batch_cards_batch ON sync_batch_cards(batch_id)")
    # No foreign key to contacts: acknowledged contacts are purged from the station.
    db.execute("""
        CREATE TABLE sync_batch_contacts (
            contact_uuid TEXT PRIMARY KEY,
            batch_id TEXT NOT NULL REFERENCES sync_batches(batch_id),
            purged_at TEXT
        )""")
    db.execute("""
        CREATE TABLE sync_status (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_attempt_at TEXT,
            last_success_at TEXT,
            last_error_at TEXT,
            last_error TEXT
        )""")
    db.execute("INSERT INTO sync_status (id) VALUES (1)")
