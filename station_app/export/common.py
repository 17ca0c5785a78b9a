"""What every export format shares: the scope, labelled rows, cell safety.

An export never contains hidden cards or Mitmachpool contacts: rows come only from
``storage.card_rows.iter_visible_rows``, which reads the ``cards`` table and nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sqlite_utils

from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.labels import SOURCES, LabelBook
from station_app.statistics import Statistics, statistics
from station_app.storage.card_rows import iter_visible_rows
from station_app.storage.sessions import Session, SessionBook
from station_app.texts import QT_TRANSLATE_NOOP, Message

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""OWASP CSV injection: a spreadsheet may run a cell that starts with one of these."""


def neutralise(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading trigger character gets a ``'`` before it.

    The apostrophe is what OWASP recommends; Excel and LibreOffice hide it and show the text.
    """
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


@dataclass(frozen=True)
class ExportScope:
    """Which cards an export covers: one session, or all sessions of the station."""

    session: Session | None
    sessions: list[Session]
    """The sessions inside the scope (all of them when ``session`` is None)."""

    @property
    def session_id(self) -> int | None:
        return self.session.id if self.session else None

    def describe(self) -> str:
        """For the cover and the command line, in German."""
        if self.session is None:
            return f"alle Sitzungen ({len(self.sessions)})"
        return f"Sitzung {self.session.id}: {self.session.name}"


def resolve_scope(sessions: SessionBook, session_id: int | None = None,
                  all_sessions: bool = False) -> ExportScope:
    """``--all``, ``--session ID``, or by default the open session (else the latest one).

    After closing a session, exporting it is the natural next step, so the most recent
    session counts as current when none is open.
    """
    every = sessions.all()
    if all_sessions:
        return ExportScope(None, every)
    if session_id is not None:
        session = sessions.get(session_id)
        return ExportScope(session, [session])
    session = sessions.current() or (every[-1] if every else None)
    if session is None:
        raise UserError("there are no sessions yet, so there is nothing to export",
                        Message("ExportProblem", QT_TRANSLATE_NOOP(
                            "ExportProblem", "Es gibt noch keine Sitzung, also nichts zu "
                            "exportieren.")))
    return ExportScope(session, [session])


@dataclass
class ExportSource:
    """The cards of one scope, with labels and statistics, read from one connection."""

    db: sqlite_utils.Database
    config: StationConfig
    scope: ExportScope
    exported_at: dt.datetime

    def __post_init__(self) -> None:
        self.labels = LabelBook(self.config)
        self._statistics: Statistics | None = None

    def statistics(self) -> Statistics:
        if self._statistics is None:
            self._statistics = statistics(self.db, self.config, self.scope.session_id)
        return self._statistics

    def raw_rows(self, prompt_id: str | None = None,
                 topic_id: str | None = None) -> Iterator[tuple]:
        """Visible cards as ``CARD_COLUMNS`` tuples, oldest first."""
        return iter_visible_rows(self.db, self.scope.session_id,
                                 prompt_id=prompt_id, topic_id=topic_id)

    def labelled_rows(self, safe: bool = False) -> Iterator[tuple]:
        """Visible cards as tuples in the order of ``export_columns.CARD_KEYS``.

        Labels read German: "Papierkarte" for the source, "keine Angabe" for a district or
        age group not given. With ``safe`` every free-text cell is neutralised against
        formula injection. Ids, codes, UUIDs and times are validated on the way in and
        cannot start with a trigger, so only text, session names and labels need the check;
        labels and names are checked once here, not once per row, which keeps a
        100,000-card CSV close to a raw dump.
        """
        clean = neutralise if safe else _same
        labels = self.labels
        names = {s.id: clean(s.name) for s in self.scope.sessions}
        not_given = clean(labels.not_given())
        prompts = _clean_labels(labels.mapping("prompts"), clean, "")
        topics = _clean_labels(labels.mapping("topics"), clean, "")
        districts = _clean_labels(labels.mapping("districts"), clean, not_given)
        ages = _clean_labels(labels.mapping("age_groups"), clean, not_given)
        sources = {source: clean(labels.source(source)) for source in SOURCES}
        for (uuid, code, session_id, station_id, created_at, prompt_id, topic_id,
             district_id, age_group_id, language, source, text,
             config_version) in self.raw_rows():
            yield (
                code, created_at,
                prompts.get(prompt_id, prompt_id), topics.get(topic_id, topic_id), clean(text),
                districts.get(district_id, district_id), ages.get(age_group_id, age_group_id),
                sources.get(source, source), language,
                names.get(session_id, ""), session_id, station_id, uuid,
                prompt_id, topic_id, district_id, age_group_id, source, config_version,
            )


def _same(value: str) -> str:
    return value


def _clean_labels(labels: dict[str, str], clean: Callable[[str], str],
                  missing: str) -> dict[str | None, str]:
    cleaned: dict[str | None, str] = {key: clean(value) for key, value in labels.items()}
    cleaned[None] = missing
    return cleaned


def suggested_file_name(config: StationConfig, scope: ExportScope, fmt: str,
                        now: dt.datetime) -> str:
    """E.g. ``buergerhalle-1_sitzung-3_2026-09-28_1430.csv``: sortable, no spaces."""
    part = f"sitzung-{scope.session.id}" if scope.session else "alle-sitzungen"
    stamp = now.astimezone().strftime("%Y-%m-%d_%H%M")
    return f"{config.station.id}_{part}_{stamp}.{fmt}"


_UNSAFE_NAME = re.compile(r"[^\w.\-]+")


def safe_file_name(name: str) -> str:
    """A file name that FAT-formatted USB sticks accept."""
    return _UNSAFE_NAME.sub("_", name).strip("._") or "export"
