"""Statistics for the dashboard and the PDF report, labelled from the station config.

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
from station_app.storage.card_counts import CardCounts, count_cards

OTHER_TOPIC_LABEL = "Anderes Thema"
NOT_GIVEN_LABEL = "ohne Angabe"
SOURCE_LABELS = {"kiosk": "Station (Touchscreen)", "paper": "Papierkarte"}


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


class LabelBook:
    """German labels for the ids stored on cards, from one station configuration."""

    def __init__(self, config: StationConfig) -> None:
        self.prompts = {choice.id: choice.label for choice in config.prompts}
        self.topics = {choice.id: choice.label for choice in config.topics}
        self.topics.setdefault(OTHER_TOPIC_ID, OTHER_TOPIC_LABEL)
        self.districts = {choice.id: choice.label for choice in config.districts}
        self.age_groups = {choice.id: choice.label for choice in config.age_groups}

    @staticmethod
    def label(labels: dict[str, str], key: str | None) -> str:
        """The label of ``key``; '' for a missing optional value, the id if unknown."""
        if key is None:
            return ""
        return labels.get(key, key)


def statistics(db: sqlite_utils.Database, config: StationConfig,
               session_id: int | None = None) -> Statistics:
    """The labelled statistics of one session, or of all sessions."""
    return describe(count_cards(db, session_id), config)


def describe(counts: CardCounts, config: StationConfig) -> Statistics:
    """Label and order raw tallies."""
    labels = LabelBook(config)
    topics = list(config.topics)
    if config.kiosk.allow_other_topic or OTHER_TOPIC_ID in counts.by_topic:
        topics.append(Choice(id=OTHER_TOPIC_ID, label=OTHER_TOPIC_LABEL))
    per_prompt: dict[str | None, list[Tally]] = {}
    for prompt in _ordered_ids(config.prompts, {p for p, _ in counts.by_prompt_topic}):
        topic_counts = {t: n for (p, t), n in counts.by_prompt_topic.items() if p == prompt}
        per_prompt[prompt] = [tally for tally in _tallies(topics, topic_counts, labels.topics)
                              if tally.count]
    return Statistics(
        visible=counts.visible, hidden=counts.hidden,
        first_at=_time(counts.first_at), last_at=_time(counts.last_at),
        by_prompt=_tallies(config.prompts, counts.by_prompt, labels.prompts),
        by_topic=_tallies(topics, counts.by_topic, labels.topics),
        by_district=_tallies(config.districts, counts.by_district, labels.districts,
                             not_given=True),
        by_age_group=_tallies(config.age_groups, counts.by_age_group, labels.age_groups,
                              not_given=True),
        by_source=[Tally(source, label, counts.by_source.get(source, 0))
                   for source, label in SOURCE_LABELS.items()],
        by_prompt_topic=per_prompt,
    )


def _ordered_ids(choices: Iterable[Choice], present: Iterable[str | None]) -> list[str]:
    configured = [choice.id for choice in choices]
    extra = sorted(key for key in set(present) if key is not None and key not in configured)
    return configured + extra


def _tallies(choices: Iterable[Choice], counts: dict, labels: dict[str, str],
             not_given: bool = False) -> list[Tally]:
    choices = list(choices)
    rows = [Tally(key, LabelBook.label(labels, key), counts.get(key, 0))
            for key in _ordered_ids(choices, counts)]
    if not_given and (counts.get(None) or choices):
        rows.append(Tally(None, NOT_GIVEN_LABEL, counts.get(None, 0)))
    return rows


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
