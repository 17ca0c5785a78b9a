"""The collector database's tables, and the recorded steps that made them
(``schema_history``): step 1 the tables, each later step what changed since, on SQLite and
on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from station_app.collector.office import card_index
from station_app.collector.office.schema import CASEWORK_TRIGGERS, OFFICE_SCHEMA
from station_app.collector.postgres_schema import postgres_schema
from station_app.collector.schema_history import TABLE as SCHEMA_HISTORY
from station_app.collector.schema_history import Step

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS collector_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private_key TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS stations (
        station_id TEXT PRIMARY KEY,
        verify_key TEXT NOT NULL,
        enrolled_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS batches (
        batch_id TEXT PRIMARY KEY,
        station_id TEXT NOT NULL REFERENCES stations(station_id),
        seq INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        via TEXT NOT NULL,
        card_count INTEGER NOT NULL,
        contact_count INTEGER NOT NULL,
        cards_stored INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        event TEXT NOT NULL DEFAULT '{}',
        totals TEXT NOT NULL DEFAULT '{}')""",
    "CREATE INDEX IF NOT EXISTS batches_station ON batches(station_id, seq)",
    """CREATE TABLE IF NOT EXISTS cards (
        uuid TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        station_id TEXT NOT NULL,
        batch_id TEXT NOT NULL REFERENCES batches(batch_id),
        content_sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS cards_code ON cards(code)",
    "CREATE INDEX IF NOT EXISTS cards_station ON cards(station_id, created_at)",
    """CREATE TABLE IF NOT EXISTS contacts (
        uuid TEXT PRIMARY KEY,
        station_id TEXT NOT NULL,
        batch_id TEXT NOT NULL,
        sealed BLOB NOT NULL,
        consent_version TEXT NOT NULL,
        consented_at TEXT NOT NULL,
        received_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS moderation_events (
        uuid TEXT PRIMARY KEY,
        card_uuid TEXT NOT NULL,
        station_id TEXT NOT NULL,
        batch_id TEXT NOT NULL,
        hidden INTEGER NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        source TEXT NOT NULL,
        received_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS moderation_card ON moderation_events(card_uuid, at)",
    """CREATE TABLE IF NOT EXISTS conflicts (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        batch_id TEXT NOT NULL,
        card_uuid TEXT,
        reason TEXT NOT NULL,
        offered TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS rejections (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        via TEXT NOT NULL,
        station_id TEXT,
        reason TEXT NOT NULL)""",
    # --- the relay (issue 18): added with it, so older databases gain these on open ------
    # On a hub: since when this database keeps the stations' signed batches to relay them.
    """CREATE TABLE IF NOT EXISTS relay_hub (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        since TEXT NOT NULL)""",
    # On a hub: each station batch as the station signed it, until the city acknowledged it
    # (then the document is dropped and the acknowledgement kept), with the station's key
    # and enrolment time for the registration that travels with it.
    """CREATE TABLE IF NOT EXISTS relay_outbox (
        batch_id TEXT PRIMARY KEY REFERENCES batches(batch_id),
        station_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        verify_key TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        card_count INTEGER NOT NULL,
        contact_count INTEGER NOT NULL,
        moderation_count INTEGER NOT NULL,
        document BLOB,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_attempt_at TEXT,
        last_error TEXT,
        acknowledged_at TEXT,
        ack_status TEXT,
        written_to TEXT)""",
    "CREATE INDEX IF NOT EXISTS relay_outbox_pending ON relay_outbox(acknowledged_at, seq)",
    # At the city: the stations' keys that enrolled hubs vouched for (registrations).
    """CREATE TABLE IF NOT EXISTS relay_station_keys (
        station_id TEXT NOT NULL,
        verify_key TEXT NOT NULL,
        hub_id TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        PRIMARY KEY (station_id, verify_key))""",
    # On a hub: the decisions of its own office the city has acknowledged (hub_decisions),
    # and the last refusal of one it has not.
    """CREATE TABLE IF NOT EXISTS relay_decisions (
        decision_id TEXT PRIMARY KEY,
        acknowledged_at TEXT,
        last_error TEXT)""",
    # At the city: each hub's decisions applied, once per hub and id.
    """CREATE TABLE IF NOT EXISTS hub_decisions_applied (
        hub_id TEXT NOT NULL,
        decision_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        card_uuid TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        PRIMARY KEY (hub_id, decision_id))""",
    # The latest heartbeat of each station (collector/heartbeats.py): its health for the
    # office, and its clock's offset (NULL for a heartbeat read from a USB stick).
    """CREATE TABLE IF NOT EXISTS station_heartbeats (
        station_id TEXT PRIMARY KEY REFERENCES stations(station_id),
        sent_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        clock_offset_seconds REAL,
        by_file INTEGER NOT NULL,
        document TEXT NOT NULL)""",
    # Every station package written (collector/packages.py): a station that syncs fetches
    # the newest one without keys (``POST /api/v1/package``).
    """CREATE TABLE IF NOT EXISTS station_packages (
        station_id TEXT NOT NULL REFERENCES stations(station_id),
        config_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        with_keys INTEGER NOT NULL,
        document BLOB NOT NULL,
        PRIMARY KEY (station_id, config_version))""",
    *OFFICE_SCHEMA,  # the staff area's tables (office/schema.py)
    SCHEMA_HISTORY,  # the steps the database has been through (schema_history.py)
]


def _tables_sqlite(db: Any) -> None:
    for statement in SCHEMA:
        db.execute(statement)


def _tables_postgresql(db: Any) -> None:
    for statement in postgres_schema([*SCHEMA, *CASEWORK_TRIGGERS]):
        db.execute(statement)


def _casework_sqlite(db: Any) -> None:
    card_index.count_casework(db)
    for statement in CASEWORK_TRIGGERS:
        db.execute(statement)


def _made_with_step_one(db: Any) -> None:
    """PostgreSQL had the casework count from its first day (step 1 makes it)."""


def _no_content_hash_sqlite(db: Any) -> None:
    """Rebuilt as ``ALTER TABLE … DROP COLUMN`` would (which SQLite before 3.35 lacks),
    each card keeping its rowid."""
    if "content_sha256" not in {row[1] for row in db.execute("PRAGMA table_info(cards)")}:
        return
    kept = "uuid, code, station_id, batch_id, created_at, received_at, data"
    db.execute("""CREATE TABLE cards_kept (
        uuid TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        station_id TEXT NOT NULL,
        batch_id TEXT NOT NULL REFERENCES batches(batch_id),
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        data TEXT NOT NULL)""")
    db.execute(f"INSERT INTO cards_kept (rowid, {kept}) SELECT rowid, {kept} FROM cards")
    db.execute("DROP TABLE cards")
    db.execute("ALTER TABLE cards_kept RENAME TO cards")
    for statement in SCHEMA:
        if statement.startswith("CREATE INDEX IF NOT EXISTS cards_"):
            db.execute(statement)


def _no_content_hash_postgresql(db: Any) -> None:
    db.execute("ALTER TABLE cards DROP COLUMN IF EXISTS content_sha256")


STEPS = (
    Step(1, "collector tables", _tables_sqlite, _tables_postgresql),
    Step(2, "office casework count", _casework_sqlite, _made_with_step_one),
    # A card's stored copy is compared field by field when its uuid comes again
    # (``batch.card_identity``): no hash of every card is made and kept for that.
    Step(3, "cards without a content hash", _no_content_hash_sqlite,
         _no_content_hash_postgresql),
)
"""The collector database's recorded schema steps (``schema_history``): appended, never
edited. A database from before the record has been through them all already; applying them
again changes nothing there (every statement is IF NOT EXISTS or checks first) and records
them."""
