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
    # --- casework: one row per received card, the state staff work on -------------------
    # Filled at ingest in the batch's transaction (and for older databases on open), so the
    # card list filters and pages on indexed columns instead of parsing JSON.
    """CREATE TABLE IF NOT EXISTS office_cards (
        uuid TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        event_key TEXT NOT NULL,
        station_id TEXT NOT NULL,
        prompt_id TEXT NOT NULL,
        topic_id TEXT NOT NULL,
        district_id TEXT,
        age_group_id TEXT,
        source TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        status TEXT NOT NULL,
        status_at TEXT NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0,
        withdrawn_at TEXT,
        group_id INTEGER,
        wall_approved_at TEXT,
        casework INTEGER NOT NULL DEFAULT 0)""",
    # ``casework``: how many status changes, own answers and corrections the card has, kept
    # by the triggers below (``card_index.count_casework`` for older databases). The
    # follow-up page reads a card's history only when there is one: most cards have none.
    # The card list goes newest arrival first (by rowid, which every index ends with).
    # By code, the first to arrive first: the follow-up page reads a card this way.
    "DROP INDEX IF EXISTS office_cards_code",
    "CREATE INDEX IF NOT EXISTS office_cards_code_arrival ON office_cards(code, received_at)",
    "CREATE INDEX IF NOT EXISTS office_cards_event ON office_cards(event_key)",
    "CREATE INDEX IF NOT EXISTS office_cards_station ON office_cards(station_id)",
    "CREATE INDEX IF NOT EXISTS office_cards_prompt ON office_cards(prompt_id)",
    "CREATE INDEX IF NOT EXISTS office_cards_topic ON office_cards(topic_id)",
    "CREATE INDEX IF NOT EXISTS office_cards_district ON office_cards(district_id)",
    "CREATE INDEX IF NOT EXISTS office_cards_status ON office_cards(status)",
    "CREATE INDEX IF NOT EXISTS office_cards_group ON office_cards(group_id)",
    # Substring search over the card texts (trigram: "schatt" finds "Schatten"); rowid is
    # office_cards' rowid. A withdrawn card's text is taken out.
    """CREATE VIRTUAL TABLE IF NOT EXISTS office_card_text
        USING fts5(text, tokenize='trigram')""",
    # Every label a station sent with its cards (prompt, topic, district, age group), per
    # language: the filters and the overview name things as the stations did.
    """CREATE TABLE IF NOT EXISTS office_labels (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        lang TEXT NOT NULL,
        label TEXT NOT NULL,
        PRIMARY KEY (kind, id, lang))""",
    """CREATE TABLE IF NOT EXISTS office_events (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        date TEXT NOT NULL,
        venue TEXT NOT NULL,
        participation_url TEXT NOT NULL,
        results_public INTEGER NOT NULL DEFAULT 0,
        cards_public INTEGER NOT NULL DEFAULT 0,
        wall_premoderated INTEGER NOT NULL DEFAULT 0,
        first_received_at TEXT NOT NULL)""",
    # The public status timeline; the first entry ("received") is the card's arrival.
    """CREATE TABLE IF NOT EXISTS office_status_events (
        id INTEGER PRIMARY KEY,
        card_uuid TEXT NOT NULL,
        status TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS office_status_card ON office_status_events(card_uuid, id)",
    """CREATE TABLE IF NOT EXISTS office_groups (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL)""",
    # Official answers, every version kept; the latest one of a card or group is shown, and
    # an empty text takes the answer back.
    """CREATE TABLE IF NOT EXISTS office_answers (
        id INTEGER PRIMARY KEY,
        card_uuid TEXT,
        group_id INTEGER,
        text TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        CHECK ((card_uuid IS NULL) <> (group_id IS NULL)))""",
    "CREATE INDEX IF NOT EXISTS office_answers_card ON office_answers(card_uuid, id)",
    "CREATE INDEX IF NOT EXISTS office_answers_group ON office_answers(group_id, id)",
    # Corrections sent by the card's holder, beside the original (which is never changed).
    """CREATE TABLE IF NOT EXISTS office_corrections (
        id INTEGER PRIMARY KEY,
        card_uuid TEXT NOT NULL,
        text TEXT NOT NULL,
        at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS office_corrections_card ON office_corrections(card_uuid, id)",
]

CASEWORK_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS office_casework_{table} AFTER INSERT ON {table}
        {condition}BEGIN
        UPDATE office_cards SET casework = casework + 1 WHERE uuid = NEW.card_uuid;
        END"""
    for table, condition in (("office_status_events", ""),
                             ("office_answers", "WHEN NEW.card_uuid IS NOT NULL "),
                             ("office_corrections", ""))
]
"""Applied after ``card_index.count_casework`` has made sure the column exists."""
