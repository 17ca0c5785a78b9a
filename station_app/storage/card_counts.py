"""Counting cards for the dashboard and the report, in SQL so 100,000 cards stay quick.

Hidden cards are never counted in the tallies; how many there are is reported on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from station_app.storage.card_rows import VISIBLE_CARDS_SQL


@dataclass(frozen=True)
class CardCounts:
    """Raw tallies by id (``None`` = not given) for one session or the whole station."""

    visible: int
    hidden: int
    first_at: str | None
    """ISO time of the first visible card, as stored (UTC)."""
    last_at: str | None
    by_prompt: dict[str, int] = field(default_factory=dict)
    by_topic: dict[str, int] = field(default_factory=dict)
    by_district: dict[str | None, int] = field(default_factory=dict)
    by_age_group: dict[str | None, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    by_prompt_topic: dict[tuple[str, str], int] = field(default_factory=dict)


def count_cards(db: sqlite_utils.Database, session_id: int | None = None) -> CardCounts:
    """All tallies of one session (or of all sessions when ``session_id`` is None)."""
    scope, args = ("AND c.session_id = ?", [session_id]) if session_id is not None else ("", [])
    base = f"FROM {VISIBLE_CARDS_SQL} WHERE m.card_uuid IS NULL {scope}"

    def grouped(*columns: str) -> dict:
        names = ", ".join(f"c.{column}" for column in columns)
        rows = db.execute(f"SELECT {names}, COUNT(*) {base} GROUP BY {names}", args).fetchall()
        if len(columns) == 1:
            return {row[0]: row[1] for row in rows}
        return {tuple(row[:-1]): row[-1] for row in rows}

    visible, first_at, last_at = db.execute(
        f"SELECT COUNT(*), MIN(c.created_at), MAX(c.created_at) {base}", args).fetchone()
    return CardCounts(
        visible=visible, hidden=count_hidden(db, session_id), first_at=first_at, last_at=last_at,
        by_prompt=grouped("prompt_id"), by_topic=grouped("topic_id"),
        by_district=grouped("district_id"), by_age_group=grouped("age_group_id"),
        by_source=grouped("source"), by_language=grouped("language"),
        by_prompt_topic=grouped("prompt_id", "topic_id"),
    )


def count_hidden(db: sqlite_utils.Database, session_id: int | None = None) -> int:
    """How many cards of the scope are hidden (cheap: reads only moderated cards)."""
    scope, args = ("AND c.session_id = ?", [session_id]) if session_id is not None else ("", [])
    return db.execute(
        "SELECT COUNT(*) FROM card_moderation m JOIN cards c ON c.uuid = m.card_uuid"
        f" WHERE m.hidden = 1 {scope}", args).fetchone()[0]
