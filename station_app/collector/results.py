"""The published results of an event, read with a handful of grouped queries, and the
short-lived cache that lets thousands of readers share one reading a minute.

Only events whose ``results_public`` is on have results. Counted are the cards that are
neither withdrawn nor hidden (``received`` says how many came in at all); the answered
groups are those holding counted cards of the event; the cards themselves are listed only
when the event's ``cards_public`` is on, a page of ``CARDS_PER_PAGE`` at a time, never with
their codes. Nothing here loads all cards into Python: the counts are ``GROUP BY`` queries
on ``office_cards`` (indexed by event).
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from station_app.collector.office.cases import CaseFiles, Event
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.store import CollectorStore

CARDS_PER_PAGE = 100
CACHE_SECONDS = 60.0
_T = TypeVar("_T")


@dataclass(frozen=True)
class Count:
    """How many counted cards have one prompt, topic or district (``id`` None: not given)."""

    id: str | None
    label: str
    cards: int


@dataclass(frozen=True)
class AnsweredGroup:
    """A group of similar cards with the city's answer, and how many of the event's
    counted cards it holds."""

    id: int
    name: str
    cards: int
    answer: str
    at: str


@dataclass(frozen=True)
class PublicCard:
    """A card as the results show it: what it says now, about what, how far it is."""

    text: str
    prompt: str
    topic: str
    status: str
    corrected: bool


@dataclass(frozen=True)
class EventResults:
    event: Event
    received: int
    """Every card of the event, withdrawn and hidden ones included."""
    counted: int
    """The cards in the figures: neither withdrawn nor hidden."""
    prompts: list[Count]
    topics: list[Count]
    districts: list[Count]
    groups: list[AnsweredGroup]
    cards: list[PublicCard] | None
    """None when the event's cards are not public."""
    page: int
    pages: int


def _counts(found: dict[str | None, int], labels: dict[str, str],
            none_label: str) -> list[Count]:
    rows = [Count(key, labels.get(key, key) if key is not None else none_label, cards)
            for key, cards in found.items() if cards]
    return sorted(rows, key=lambda row: (-row.cards, row.id is None, row.label.casefold()))


def _chunks(values: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


class ResultsReader:
    """Reads the published events and their results from the collector store."""

    def __init__(self, store: CollectorStore, files: CaseFiles,
                 statuses: StatusCatalogue) -> None:
        self.store = store
        self.files = files
        self.statuses = statuses

    def published_events(self) -> list[Event]:
        """The events whose results are public, the latest first."""
        return [event for event in self.files.events() if event.results_public]

    def published(self, key: str) -> Event | None:
        event = self.files.event(key)
        return event if event is not None and event.results_public else None

    def results(self, key: str, lang: str, page: int, none_label: str) -> EventResults | None:
        """The results of a published event (None: unknown, or not published), with page
        ``page`` of its public cards; ``none_label`` names the cards without a district."""
        event = self.published(key)
        if event is None:
            return None
        db = self.store.db
        prompts: dict[str | None, int] = {}
        topics: dict[str | None, int] = {}
        districts: dict[str | None, int] = {}
        received = 0
        with self.store.lock:
            rows = db.execute(
                "SELECT prompt_id, topic_id, district_id, COUNT(*),"
                " SUM(CASE WHEN withdrawn_at IS NULL AND hidden = 0 THEN 1 ELSE 0 END)"
                " FROM office_cards"
                " WHERE event_key = ? GROUP BY prompt_id, topic_id, district_id",
                [key]).fetchall()
        for prompt, topic, district, cards, counted in rows:
            received += cards
            prompts[prompt] = prompts.get(prompt, 0) + counted
            topics[topic] = topics.get(topic, 0) + counted
            districts[district] = districts.get(district, 0) + counted
        counted_total = sum(prompts.values())
        pages = max(1, math.ceil(counted_total / CARDS_PER_PAGE)) if event.cards_public else 1
        page = min(max(1, page), pages)
        prompt_labels = self.files.labels("prompt", lang)
        topic_labels = self.files.labels("topic", lang)
        cards = self._cards(key, lang, page, prompt_labels, topic_labels) \
            if event.cards_public else None
        return EventResults(
            event=event, received=received, counted=counted_total,
            prompts=_counts(prompts, prompt_labels, none_label),
            topics=_counts(topics, topic_labels, none_label),
            districts=_counts(districts, self.files.labels("district", lang), none_label),
            groups=self._groups(key), cards=cards, page=page, pages=pages)

    def _groups(self, key: str) -> list[AnsweredGroup]:
        db = self.store.db
        with self.store.lock:
            held = dict(db.execute(
                "SELECT group_id, COUNT(*) FROM office_cards WHERE event_key = ?"
                " AND group_id IS NOT NULL AND withdrawn_at IS NULL AND hidden = 0"
                " GROUP BY group_id", [key]).fetchall())
            found = []
            for chunk in _chunks(sorted(held)):
                marks = ", ".join("?" for _ in chunk)
                found += db.execute(
                    "SELECT g.id, g.name, a.text, a.at FROM office_groups g"
                    " JOIN office_answers a ON a.id = (SELECT MAX(id) FROM office_answers"
                    f" WHERE group_id = g.id) WHERE g.id IN ({marks}) AND a.text != ''",
                    chunk).fetchall()
        groups = [AnsweredGroup(group_id, name, held[group_id], text, at)
                  for group_id, name, text, at in found]
        return sorted(groups, key=lambda group: (group.name.casefold(), group.id))

    def _cards(self, key: str, lang: str, page: int, prompts: dict[str, str],
               topics: dict[str, str]) -> list[PublicCard]:
        with self.store.lock:
            rows = self.store.db.execute(
                "SELECT o.prompt_id, o.topic_id, o.status, (SELECT k.text FROM"
                " office_corrections k WHERE k.card_uuid = o.uuid ORDER BY k.id DESC"
                " LIMIT 1), json_extract(c.data, '$.text') FROM office_cards o"
                " JOIN cards c ON c.uuid = o.uuid WHERE o.event_key = ?"
                " AND o.withdrawn_at IS NULL AND o.hidden = 0"
                " ORDER BY o.created_at, o.uuid LIMIT ? OFFSET ?",
                [key, CARDS_PER_PAGE, (page - 1) * CARDS_PER_PAGE]).fetchall()
        return [PublicCard(text=str(correction if correction is not None else original or ""),
                           prompt=prompts.get(prompt, prompt), topic=topics.get(topic, topic),
                           status=self.statuses.label(status, lang),
                           corrected=correction is not None)
                for prompt, topic, status, correction, original in rows]


class PageCache(Generic[_T]):
    """Values kept for ``seconds`` (on ``clock``, monotonic), the least recently used
    forgotten first beyond ``max_entries``. A value is made once per expiry, however many
    readers ask for it at that moment: the others wait for it instead of making it too."""

    def __init__(self, seconds: float = CACHE_SECONDS,
                 clock: Callable[[], float] = time.monotonic, max_entries: int = 1000) -> None:
        self.seconds = seconds
        self.clock = clock
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, tuple[float, _T]] = OrderedDict()
        self._lock = threading.Lock()
        self._making = threading.Lock()

    def fresh(self, key: Hashable) -> tuple[float, _T] | None:
        """(until, value) of ``key`` while it is fresh, else None; never waits for a maker."""
        with self._lock:
            found = self._entries.get(key)
            if found is None or found[0] <= self.clock():
                return None
            self._entries.move_to_end(key)
            return found

    def get(self, key: Hashable, make: Callable[[], _T]) -> _T:
        """The value of ``key``: the kept one while it is fresh, else ``make()``'s."""
        found = self.fresh(key)
        if found is not None:
            return found[1]
        with self._making:
            found = self.fresh(key)  # made meanwhile by another reader
            if found is not None:
                return found[1]
            made = make()
            with self._lock:
                self._entries[key] = (self.clock() + self.seconds, made)
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
            return made
