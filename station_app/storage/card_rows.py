"""Streaming the visible cards out of the database for exports and the dashboard list.

Rows come straight from a cursor as tuples in ``CARD_COLUMNS`` order, so an export of
100,000 cards never holds more than one row in memory. Hidden cards are left out here, in
one place, so no export can forget to.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils

from station_app.protocol.cards import CARD_FIELD_NAMES

VISIBLE_CARDS_SQL = (
    "cards c LEFT JOIN card_moderation m ON m.card_uuid = c.uuid AND m.hidden = 1"
)
"""A FROM clause over cards; ``m.card_uuid IS NULL`` selects the visible ones."""


CARD_COLUMNS = (*CARD_FIELD_NAMES, "config_version")
"""Every stored field of a card, in export order: the protocol's list, then the
configuration version it was written under (None without a station package)."""

_SELECT = ", ".join(f"c.{column}" for column in CARD_COLUMNS)
_SELECT_FIELDS = ", ".join(f"c.{column}" for column in CARD_FIELD_NAMES)


def iter_visible_rows(db: sqlite_utils.Database, session_id: int | None = None, *,
                      prompt_id: str | None = None,
                      topic_id: str | None = None) -> Iterator[tuple]:
    """Visible cards oldest first, optionally of one prompt and topic, as plain tuples."""
    conditions, args = ["m.card_uuid IS NULL"], []
    for column, value in (("session_id", session_id), ("prompt_id", prompt_id),
                          ("topic_id", topic_id)):
        if value is not None:
            conditions.append(f"c.{column} = ?")
            args.append(value)
    cursor = db.execute(
        f"SELECT {_SELECT} FROM {VISIBLE_CARDS_SQL} WHERE {' AND '.join(conditions)}"
        " ORDER BY c.created_at, c.rowid", args)
    # Not ``yield from``: a reader that stops early (a full disk) would have the cursor
    # closed when the generator is collected, after the connection is gone.
    for row in cursor:  # noqa: UP028 - see above
        yield row


def search_rows(db: sqlite_utils.Database, session_id: int | None, query: str = "",
                limit: int = 200) -> list[tuple]:
    """The newest cards (hidden ones included, for moderation) whose text or code matches.

    Returns the protocol's ``CARD_FIELD_NAMES`` plus ``hidden`` (0/1) and the hiding
    ``reason``.
    """
    conditions, args = [], []
    if session_id is not None:
        conditions.append("c.session_id = ?")
        args.append(session_id)
    words = query.split()
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append("(c.text LIKE ? ESCAPE '\\' OR c.code LIKE ? ESCAPE '\\')")
        args += [f"%{escaped}%", f"%{escaped}%"]
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    return db.execute(
        f"SELECT {_SELECT_FIELDS}, COALESCE(m.hidden, 0), COALESCE(m.reason, '') FROM cards c"
        f" LEFT JOIN card_moderation m ON m.card_uuid = c.uuid {where}"
        " ORDER BY c.created_at DESC, c.rowid DESC LIMIT ?", [*args, limit]).fetchall()


def database_file(db: sqlite_utils.Database) -> str | None:
    """The file behind a connection, or None for an in-memory database."""
    for _, name, path in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return path or None
    return None


@contextlib.contextmanager
def reading_connection(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A separate connection for a long read (an export on a worker thread).

    In WAL mode it reads a consistent snapshot while the kiosk keeps committing cards on
    its own connection. An in-memory database cannot be shared, so it is used as it is.
    """
    from station_app.storage.database import open_database

    path = database_file(db)
    if path is None:
        yield db
        return
    reader = open_database(path, migrate=False)
    try:
        yield reader
    finally:
        reader.close()
