"""Approvals for the live wall given at the station (issue 18: pre-moderation from a
station's dashboard).

One row per approved card (an approval is given once and not taken back at the station),
sealed into a batch once (``batch_id``) like a hide or unhide, so the venue's hub – and the
city, through the hub's relay – learns of it with the station's next upload.
"""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE wall_approvals (
            uuid TEXT PRIMARY KEY,
            card_uuid TEXT NOT NULL UNIQUE REFERENCES cards(uuid),
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            batch_id TEXT REFERENCES sync_batches(batch_id)
        )""")
    db.execute("CREATE INDEX wall_approvals_pending ON wall_approvals(batch_id)")
