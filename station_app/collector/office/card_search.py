"""The office's card list: filters, text search and pages that stay fast at 100,000 cards.

The list shows the cards that arrived last first. Pages go by key (the position of the last
card shown), not by offset, so the thousandth page costs what the first does; every filter
is an indexed column of ``office_cards``, and the text search goes through the trigram
index (``office_card_text``), which yields its matches in the same order. Withdrawn cards are listed
(their status says so) but never found by text: their text is gone.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, fields, replace
from typing import Any

from station_app.collector.store import CollectorStore

PAGE_SIZE = 50
COUNT_LIMIT = 10_000
"""Matches are counted up to this many; past it the list says "more than 10,000", so a
page never counts a whole database (the overview has the exact figures)."""
MAX_QUERY = 100
VISIBILITY = ("all", "visible", "hidden")
SOURCES = ("kiosk", "paper")
WALL = ("waiting", "approved")
"""The live wall's filter: not approved yet (and not withdrawn), or approved."""


@dataclass(frozen=True)
class CardFilter:
    """What the list is narrowed to; an empty value means "any"."""

    event: str = ""
    station: str = ""
    prompt: str = ""
    topic: str = ""
    district: str = ""
    source: str = ""
    status: str = ""
    group: str = ""
    """A group's id, or ``none`` for cards in no group."""
    visibility: str = "all"
    wall: str = ""
    """``waiting``: not approved for the live wall yet (withdrawn cards left out);
    ``approved``: approved."""
    text: str = ""

    @classmethod
    def from_query(cls, params: Any) -> CardFilter:
        """From a request's query parameters; anything odd counts as "any"."""
        values = {}
        for item in fields(cls):
            raw = params.get(item.name)
            values[item.name] = " ".join(str(raw).split())[:MAX_QUERY] if raw else ""
        if values["visibility"] not in VISIBILITY:
            values["visibility"] = "all"
        if values["source"] not in ("", *SOURCES):
            values["source"] = ""
        if values["wall"] not in ("", *WALL):
            values["wall"] = ""
        group = values["group"]
        if group not in ("", "none") and not (group.isascii() and group.isdigit()
                                              and len(group) <= 9):
            values["group"] = ""
        return cls(**values)

    def as_query(self) -> dict[str, str]:
        """The filter as query parameters, leaving out what is "any"."""
        default = CardFilter()
        return {item.name: getattr(self, item.name) for item in fields(self)
                if getattr(self, item.name) != getattr(default, item.name)}

    @property
    def active(self) -> bool:
        return self != CardFilter()

    def without_text(self) -> CardFilter:
        return replace(self, text="")


@dataclass(frozen=True)
class CardRow:
    """One line of the card list."""

    uuid: str
    code: str
    event_key: str
    station_id: str
    prompt_id: str
    topic_id: str
    district_id: str | None
    source: str
    created_at: str
    status: str
    hidden: bool
    withdrawn: bool
    group_id: int | None
    text: str
    """The text as the station sent it (empty once withdrawn)."""
    corrected: bool
    """Its holder sent a correction (shown on the card's page)."""


@dataclass(frozen=True)
class CardPage:
    rows: list[CardRow]
    total: int
    """How many cards match the filter in all, at most ``COUNT_LIMIT``."""
    next_after: str | None
    """The key of the next page, or ``None`` on the last."""
    more_than_total: bool = False
    """More than ``total`` cards match (the count stopped at ``COUNT_LIMIT``)."""


def encode_key(rowid: int) -> str:
    return base64.urlsafe_b64encode(f"k{rowid}".encode()).decode().rstrip("=")


def decode_key(key: str) -> int | None:
    """A page key back to the position it stands for; ``None`` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(key + "=" * (-len(key) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    digits = raw[1:]
    return int(digits) if raw.startswith("k") and digits.isdigit() and len(digits) < 19 \
        else None


def _where(card_filter: CardFilter,
           dialect: str = "sqlite") -> tuple[list[str], list[Any], str]:
    """The filter's conditions on ``office_cards o``, their values, and the join that the
    text search needs (empty without one). The text search is SQLite's FTS5 trigram index,
    or on PostgreSQL ``ILIKE`` served by a ``pg_trgm`` index."""
    clauses: list[str] = []
    values: list[Any] = []
    join = ""
    for name, column in (("event", "event_key"), ("station", "station_id"),
                         ("prompt", "prompt_id"), ("topic", "topic_id"), ("source", "source"),
                         ("status", "status")):
        value = getattr(card_filter, name)
        if value:
            clauses.append(f"o.{column} = ?")
            values.append(value)
    if card_filter.district == "none":
        clauses.append("o.district_id IS NULL")
    elif card_filter.district:
        clauses.append("o.district_id = ?")
        values.append(card_filter.district)
    if card_filter.group == "none":
        clauses.append("o.group_id IS NULL")
    elif card_filter.group:
        clauses.append("o.group_id = ?")
        values.append(int(card_filter.group))
    if card_filter.visibility != "all":
        clauses.append("o.hidden = ?")
        values.append(int(card_filter.visibility == "hidden"))
    if card_filter.wall == "waiting":
        clauses.append("o.wall_approved_at IS NULL AND o.withdrawn_at IS NULL")
    elif card_filter.wall == "approved":
        clauses.append("o.wall_approved_at IS NOT NULL")
    text = card_filter.text
    if text:
        # The search table leads: it yields its matches newest first and the other
        # conditions are checked on each, so a page stops after fifty.
        join = "office_card_text t CROSS JOIN "  # CROSS: SQLite keeps t as the outer loop
        clauses.insert(0, "o.rowid = t.rowid")
        if len(text) >= 3 and dialect == "sqlite":  # trigrams: three letters or more
            clauses.insert(0, "t.office_card_text MATCH ?")
            values.insert(0, '"' + text.replace('"', '""') + '"')
        else:
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            like = "ILIKE" if dialect == "postgresql" else "LIKE"
            clauses.insert(0, f"t.text {like} ? ESCAPE '\\'")
            values.insert(0, f"%{escaped}%")
    return clauses, values, join


class CardSearch:
    """Pages of the card list, newest first."""

    def __init__(self, store: CollectorStore, page_size: int = PAGE_SIZE) -> None:
        self.store = store
        self.page_size = page_size

    def page(self, card_filter: CardFilter, after: str | None = None) -> CardPage:
        """One page, the cards that arrived last first; ``after`` is the previous page's
        ``next_after``."""
        clauses, values, join = _where(card_filter, self.store.dialect)
        count_where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        key = decode_key(after) if after else None
        page_clauses, page_values = list(clauses), list(values)
        if key is not None:
            page_clauses.append(f"{'t' if join else 'o'}.rowid < ?")
            page_values.append(key)
        where = f" WHERE {' AND '.join(page_clauses)}" if page_clauses else ""
        db = self.store.db
        with self.store.lock:
            total = db.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {join}office_cards o"
                               f"{count_where} LIMIT ?) AS found", [*values, COUNT_LIMIT + 1]
                               ).fetchone()[0]
            rows = db.execute(
                "SELECT o.uuid, o.code, o.event_key, o.station_id, o.prompt_id, o.topic_id,"
                " o.district_id, o.source, o.created_at, o.status, o.hidden,"
                " o.withdrawn_at IS NOT NULL, o.group_id,"
                " (SELECT json_extract(c.data, '$.text') FROM cards c WHERE c.uuid = o.uuid),"
                " EXISTS (SELECT 1 FROM office_corrections k WHERE k.card_uuid = o.uuid),"
                f" o.rowid FROM {join}office_cards o{where}"
                # The same order, said of the search table when it leads: SQLite then walks
                # its matches backwards instead of sorting all of them first.
                f" ORDER BY {'t' if join else 'o'}.rowid DESC LIMIT ?",
                [*page_values, self.page_size + 1]).fetchall()
        more = len(rows) > self.page_size
        rows = rows[:self.page_size]
        page_rows = [CardRow(*row[:10], bool(row[10]), bool(row[11]), row[12], row[13] or "",
                             bool(row[14])) for row in rows]
        next_after = encode_key(rows[-1][15]) if more and rows else None
        return CardPage(page_rows, min(total, COUNT_LIMIT), next_after,
                        more_than_total=total > COUNT_LIMIT)
