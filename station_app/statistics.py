"""Statistics for the dashboard and the PDF report, labelled by ``LabelBook`` (German).

The counting happens in SQL (``storage.card_counts``); this module turns raw tallies by id
into rows a person reads: every configured prompt, topic, district and age group appears in
config order (with 0 when nothing came in, so charts keep a stable shape), followed by ids
the config no longer knows, so no card silently drops out of a chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from station_app.config import OTHER_TOPIC_ID, Choice, StationConfig
from station_app.labels import SOURCES, Kind, LabelBook
from station_app.storage.card_counts import CardCounts, count_cards


@dataclass(frozen=True)
class Tally:
    """One bar of a chart: an id, its German label and how many visible cards have it."""

    id: str | None
    label: str
    count: int


@dataclass(frozen=True)
class Statistics:
    """Everything the dashboard and the report show about a set of cards."""

    visible: int
    hidden: int
    first_at: dt.datetime | None
    last_at: dt.datetime | None
    by_prompt: list[Tally]
    by_topic: list[Tally]
    by_district: list[Tally]
    by_age_group: list[Tally]
    by_source: list[Tally]
    by_prompt_topic: dict[str | None, list[Tally]]
    """Per prompt id, the topics of its cards (only topics that occur)."""

    @property
    def total(self) -> int:
        """All cards, hidden ones included."""
        return self.visible + self.hidden


def statistics(db: sqlite_utils.Database, config: StationConfig,
               session_id: int | None = None) -> Statistics:
    """The labelled statistics of one session, or of all sessions."""
    return describe(count_cards(db, session_id), config)


class CardStatistics:
    """The counts of a station's cards, as the dashboard and the report ask for them."""

    def __init__(self, db: sqlite_utils.Database, config: StationConfig) -> None:
        self._db = db
        self._config = config

    def of_session(self, session_id: int | None) -> Statistics:
        """One session's statistics, or every session's with ``None``."""
        return statistics(self._db, self._config, session_id)


def describe(counts: CardCounts, config: StationConfig) -> Statistics:
    """Label (in German, as stored and exported) and order raw tallies."""
    labels = LabelBook(config)
    topics = list(config.topics)
    if config.kiosk.allow_other_topic or OTHER_TOPIC_ID in counts.by_topic:
        topics.append(Choice(id=OTHER_TOPIC_ID, label=labels.other_topic()))
    per_prompt: dict[str | None, list[Tally]] = {}
    for prompt in _ordered_ids(config.prompts, {p for p, _ in counts.by_prompt_topic}):
        topic_counts = {t: n for (p, t), n in counts.by_prompt_topic.items() if p == prompt}
        per_prompt[prompt] = [tally for tally in _tallies(topics, topic_counts, labels,
                                                          "topics") if tally.count]
    return Statistics(
        visible=counts.visible, hidden=counts.hidden,
        first_at=_time(counts.first_at), last_at=_time(counts.last_at),
        by_prompt=_tallies(config.prompts, counts.by_prompt, labels, "prompts"),
        by_topic=_tallies(topics, counts.by_topic, labels, "topics"),
        by_district=_tallies(config.districts, counts.by_district, labels, "districts",
                             not_given=True),
        by_age_group=_tallies(config.age_groups, counts.by_age_group, labels, "age_groups",
                              not_given=True),
        by_source=[Tally(source, labels.source(source), counts.by_source.get(source, 0))
                   for source in SOURCES],
        by_prompt_topic=per_prompt,
    )


def _ordered_ids(choices: Iterable[Choice], present: Iterable[str | None]) -> list[str]:
    configured = [choice.id for choice in choices]
    extra = sorted(key for key in set(present) if key is not None and key not in configured)
    return configured + extra


def _tallies(choices: Iterable[Choice], counts: dict, labels: LabelBook, kind: Kind,
             not_given: bool = False) -> list[Tally]:
    choices = list(choices)
    rows = [Tally(key, labels.label(kind, key), counts.get(key, 0))
            for key in _ordered_ids(choices, counts)]
    if not_given and (counts.get(None) or choices):
        rows.append(Tally(None, labels.not_given(), counts.get(None, 0)))
    return rows


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
