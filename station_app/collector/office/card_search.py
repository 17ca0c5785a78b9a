"""The office's card list: filters, text search and pages that stay fast at 100,000 cards.

Pages go by key (the last card's time and id), not by offset, so the thousandth page costs
what the first does; every filter is an indexed column of ``office_cards``, and the text
search goes through the trigram index (``office_card_text``). Withdrawn cards are listed
(their status says so) but never found by text: their text is gone.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, fields, replace
from typing import Any

from station_app.collector.store import CollectorStore

PAGE_SIZE = 50
MAX_QUERY = 100
VISIBILITY = ("all", "visible", "hidden")
SOURCES = ("kiosk", "paper")


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
        if values["group"] not in ("", "none") and not values["group"].isdigit():
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
    """How many cards match the filter in all."""
    next_after: str | None
    """The key of the next page, or ``None`` on the last."""


def encode_key(created_at: str, card_uuid: str) -> str:
    return base64.urlsafe_b64encode(f"{created_at}|{card_uuid}".encode()).decode().rstrip("=")


def decode_key(key: str) -> tuple[str, str] | None:
    """A page key back to (time, id); ``None`` for anything that is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(key + "=" * (-len(key) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    created_at, sep, card_uuid = raw.partition("|")
    return (created_at, card_uuid) if sep and len(raw) < 200 else None


def _where(card_filter: CardFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    values: list[Any] = []
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
    text = card_filter.text
    if len(text) >= 3:  # the trigram index finds any three letters or more
        clauses.append("o.rowid IN (SELECT rowid FROM office_card_text WHERE"
                       " office_card_text MATCH ?)")
        values.append('"' + text.replace('"', '""') + '"')
    elif text:
        clauses.append("o.rowid IN (SELECT rowid FROM office_card_text WHERE text LIKE ?"
                       " ESCAPE '\\')")
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        values.append(f"%{escaped}%")
    return clauses, values


class CardSearch:
    """Pages of the card list, newest first."""

    def __init__(self, store: CollectorStore, page_size: int = PAGE_SIZE) -> None:
        self.store = store
        self.page_size = page_size

    def page(self, card_filter: CardFilter, after: str | None = None) -> CardPage:
        clauses, values = _where(card_filter)
        count_where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        key = decode_key(after) if after else None
        if key is not None:
            clauses = [*clauses, "(o.created_at, o.uuid) < (?, ?)"]
            values = [*values, *key]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        db = self.store.db
        with self.store.lock:
            total = db.execute(f"SELECT COUNT(*) FROM office_cards o{count_where}",
                               values[:len(values) - (2 if key else 0)]).fetchone()[0]
            rows = db.execute(
                "SELECT o.uuid, o.code, o.event_key, o.station_id, o.prompt_id, o.topic_id,"
                " o.district_id, o.source, o.created_at, o.status, o.hidden,"
                " o.withdrawn_at IS NOT NULL, o.group_id,"
                " (SELECT json_extract(c.data, '$.text') FROM cards c WHERE c.uuid = o.uuid),"
                " EXISTS (SELECT 1 FROM office_corrections k WHERE k.card_uuid = o.uuid)"
                f" FROM office_cards o{where} ORDER BY o.created_at DESC, o.uuid DESC"
                " LIMIT ?", [*values, self.page_size + 1]).fetchall()
        more = len(rows) > self.page_size
        rows = rows[:self.page_size]
        page_rows = [CardRow(*row[:10], bool(row[10]), bool(row[11]), row[12], row[13] or "",
                             bool(row[14])) for row in rows]
        next_after = (encode_key(page_rows[-1].created_at, page_rows[-1].uuid)
                      if more and page_rows else None)
        return CardPage(page_rows, total, next_after)
