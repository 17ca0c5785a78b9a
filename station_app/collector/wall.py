"""What the live wall of an event shows, read from the collector store (no Qt, no HTTP).

Shown are the event's cards that are neither hidden (at a station or in the office) nor
withdrawn by their holder; when the event is pre-moderated (``office_events.
wall_premoderated``), only those a moderator approved for the wall
(``office_cards.wall_approved_at``). The wall holds the newest ``MAX_CARDS`` of them – newest
arrival first, so a station's clock cannot put its cards out of sight – in their current
version (a holder's correction replaces the text), each with its topic and its language;
how many cards there are per topic; and a word cloud of the visible cards
(``wall_words``). Never a code, a station, a contact or anything else about the writer.

``fingerprints`` is the cheap question the live stream asks once a second: has anything
that the wall shows changed? One query for every watched event, on indexed columns and the
tables' largest ids: a new card, a hide or show (station or office: ``moderation_events``),
and every staff or holder action (approval, correction, withdrawal, the event's switch:
``office_audit``) change it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from station_app.collector.store import CollectorStore
from station_app.collector.wall_words import Word, top_words

MAX_CARDS = 60
MAX_TEXT = 280
"""A card on the wall is cut after this many characters (at a word's end, with "…"): a
wall is read from afar, and a long card would push every other one out of sight."""
MAX_CLOUD_CARDS = 5000
"""The word cloud counts the newest this many visible cards (every card of any real event),
so a huge event still costs a bounded read."""
LANGUAGE = re.compile(r"[a-z]{2,3}")
CURRENT_TEXT = (
    "COALESCE((SELECT k.text FROM office_corrections k WHERE k.card_uuid = o.uuid"
    " ORDER BY k.id DESC LIMIT 1), json_extract(c.data, '$.text'), '')"
)
"""A card's text as it is now: the holder's latest correction, else the original."""
EVENT_COLUMNS = "key, name, date, venue, wall_premoderated"


@dataclass(frozen=True)
class WallEvent:
    key: str
    name: str
    date: str
    venue: str
    premoderated: bool


@dataclass(frozen=True)
class WallCard:
    """One card on the wall. ``id`` (the card's row number at this collector) only tells
    the page's script which cards are new; it says nothing about the card."""

    id: int
    text: str
    topic_id: str
    language: str
    """The language the card was written in ("de", "en", …), or "" if not known."""


@dataclass(frozen=True)
class TopicCount:
    topic_id: str
    cards: int


@dataclass(frozen=True)
class WallView:
    event: WallEvent
    total: int
    """How many cards the wall may show (not only the newest ``MAX_CARDS``)."""
    cards: list[WallCard]
    topics: list[TopicCount]
    """The topics of the visible cards, the most frequent first."""
    words: list[Word]


def shorten(text: str, limit: int = MAX_TEXT) -> str:
    """``text`` with its whitespace tidied, cut after ``limit`` characters at a word's end."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–") + "…"


def _event(row: tuple) -> WallEvent:
    return WallEvent(str(row[0]), str(row[1]), str(row[2]), str(row[3]), bool(row[4]))


class WallReader:
    """Reads the walls of the events from the collector store."""

    def __init__(self, store: CollectorStore) -> None:
        self.store = store

    def events(self) -> list[WallEvent]:
        """Every event cards arrived for, the latest first."""
        with self.store.lock:
            rows = self.store.db.execute(f"SELECT {EVENT_COLUMNS} FROM office_events"
                                         " ORDER BY date DESC, name, key").fetchall()
        return [_event(row) for row in rows]

    def event(self, key: str) -> WallEvent | None:
        with self.store.lock:
            row = self.store.db.execute(f"SELECT {EVENT_COLUMNS} FROM office_events"
                                        " WHERE key = ?", [key]).fetchone()
        return _event(row) if row else None

    def topic_labels(self, lang: str) -> dict[str, str]:
        """topic id → label in ``lang`` (German where a station sent none in ``lang``)."""
        with self.store.lock:
            rows = self.store.db.execute(
                "SELECT id, lang, label FROM office_labels WHERE kind = 'topic'"
                " AND lang IN (?, 'de')", [lang]).fetchall()
        found: dict[str, str] = {}
        for topic, _lang, label in sorted(rows, key=lambda row: row[1] == lang):
            found[topic] = label
        return found

    def view(self, key: str) -> WallView | None:
        """The wall of event ``key``; None if there is no such event."""
        event = self.event(key)
        if event is None:
            return None
        visible = "o.event_key = ? AND o.hidden = 0 AND o.withdrawn_at IS NULL" + (
            " AND o.wall_approved_at IS NOT NULL" if event.premoderated else "")
        db = self.store.db
        with self.store.lock:
            topics = db.execute(
                f"SELECT o.topic_id, COUNT(*) FROM office_cards o WHERE {visible}"
                " GROUP BY o.topic_id", [key]).fetchall()
            newest = db.execute(
                f"SELECT o.rowid, {CURRENT_TEXT}, o.topic_id, json_extract(c.data,"
                " '$.language') FROM office_cards o JOIN cards c ON c.uuid = o.uuid"
                f" WHERE {visible} ORDER BY o.rowid DESC LIMIT ?", [key, MAX_CARDS]).fetchall()
            texts = [str(row[0]) for row in db.execute(
                f"SELECT {CURRENT_TEXT} FROM office_cards o JOIN cards c ON c.uuid = o.uuid"
                f" WHERE {visible} ORDER BY o.rowid DESC LIMIT ?", [key, MAX_CLOUD_CARDS])]
        counts = sorted((TopicCount(str(topic), int(cards)) for topic, cards in topics),
                        key=lambda count: (-count.cards, count.topic_id))
        cards = [WallCard(int(rowid), shorten(str(text)), str(topic),
                          language if isinstance(language, str)
                          and LANGUAGE.fullmatch(language) else "")
                 for rowid, text, topic, language in newest]
        return WallView(event, sum(count.cards for count in counts), cards, counts,
                        top_words(texts))

    def fingerprints(self, keys: Iterable[str]) -> dict[str, tuple[object, ...]]:
        """For each event of ``keys``, a value that changes whenever its wall may have: its
        pre-moderation switch, its number of cards and its newest card's row, and the latest
        moderation decision and staff or holder action anywhere. One query for all."""
        wanted = sorted(set(keys))
        if not wanted:
            return {}
        marks = ", ".join("?" for _ in wanted)
        with self.store.lock:
            rows = self.store.db.execute(
                "SELECT e.key, e.wall_premoderated, (SELECT COUNT(*) FROM office_cards o"
                " WHERE o.event_key = e.key), (SELECT MAX(o.rowid) FROM office_cards o"
                " WHERE o.event_key = e.key), (SELECT MAX(rowid) FROM moderation_events),"
                " (SELECT MAX(id) FROM office_audit) FROM office_events e"
                f" WHERE e.key IN ({marks})", wanted).fetchall()
        found: dict[str, tuple[object, ...]] = {key: ("missing",) for key in wanted}
        for key, *values in rows:
            found[key] = tuple(values)
        return found
