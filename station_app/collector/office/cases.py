"""Reading the casework back: one card with its whole history, the groups, the labels.

``Case`` is what staff see of a card (every version of its text, every moderation decision
with its source, every status change with who made it); ``Case.public_timeline`` is the
part its holder sees on the follow-up page (no staff names, no moderation reasons).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from station_app.collector.database import raw
from station_app.collector.office.card_index import RECEIVED, WITHDRAWN
from station_app.collector.store import CollectorStore

_CASE_COLUMNS = ("uuid", "code", "event_key", "station_id", "prompt_id", "topic_id",
                 "district_id", "age_group_id", "source", "created_at", "received_at",
                 "status", "status_at", "hidden", "withdrawn_at", "group_id", "casework")


# The small records of a card's history are named tuples: the follow-up page builds a
# handful of them on every request, and a tuple costs a third of a frozen dataclass.


class TimelineEntry(NamedTuple):
    """One dated step: a status reached (``status``) or an answer given (``answered``)."""

    at: str
    kind: str
    status: str = ""
    actor: str = ""


class Moderation(NamedTuple):
    """One hide or show decision, from a station (``station``) or the office (``office:NAME``)."""

    hidden: bool
    reason: str
    at: str
    source: str


class Correction(NamedTuple):
    text: str
    at: str


class Answer(NamedTuple):
    """The official answer shown for a card: its own, else its group's."""

    text: str
    at: str
    from_group: bool


@dataclass(frozen=True)
class Event:
    key: str
    name: str
    date: str
    venue: str
    participation_url: str
    results_public: bool
    cards_public: bool


@dataclass(slots=True)
class Case:
    """One card as the office knows it (read-only by convention: not frozen, because the
    follow-up page builds one per request and a frozen one costs twice as much)."""

    uuid: str
    code: str
    event: Event
    station_id: str
    prompt_id: str
    topic_id: str
    district_id: str | None
    age_group_id: str | None
    source: str
    language: str
    labels: dict[str, dict[str, str]]
    created_at: str
    received_at: str
    text: str
    """The text as the station sent it (empty once the card is withdrawn)."""
    status: str
    status_at: str
    hidden: bool
    withdrawn_at: str | None
    group_id: int | None
    group_name: str | None
    answer: Answer | None
    corrections: list[Correction] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    moderation: list[Moderation] = field(default_factory=list)

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def current_text(self) -> str:
        """The latest version: the last correction, else the original."""
        return self.corrections[-1].text if self.corrections else self.text

    def label(self, kind: str, lang: str) -> str | None:
        """The station's label of the card's prompt, topic, district or age group."""
        choice = self.labels.get(kind) or {}
        value = choice.get(lang) or choice.get("de")
        return str(value) if value else None

    @property
    def public_timeline(self) -> list[TimelineEntry]:
        """The steps its holder sees: statuses and answers, without who set them."""
        return [TimelineEntry(at, kind, status) for at, kind, status, _actor in self.timeline]


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    created_at: str
    created_by: str
    cards: int
    answer: Answer | None


def _event(row: tuple[Any, ...] | None, key: str) -> Event:
    if row is None:
        return Event(key, "", "", "", "", False, False)
    return Event(row[0], row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]))


EVENT_COLUMNS = "key, name, date, venue, participation_url, results_public, cards_public"
_CASE_SQL = (
    f"SELECT {', '.join('o.' + c for c in _CASE_COLUMNS)}, c.data,"
    f" {', '.join('e.' + c.strip() for c in EVENT_COLUMNS.split(','))}, g.name"
    " FROM office_cards o JOIN cards c ON c.uuid = o.uuid"
    " LEFT JOIN office_events e ON e.key = o.event_key"
    " LEFT JOIN office_groups g ON g.id = o.group_id WHERE ")
"""A card with its event and group; the condition follows. The card's JSON comes whole
and is read here: on PostgreSQL each ``json_extract`` parses it anew (three of them
cost more than the rest of the query), and on SQLite one parse here costs no more."""
_HISTORY_SQL = (
    "SELECT 0, id, at, status, actor, 0 FROM office_status_events WHERE card_uuid = ?"
    " UNION ALL SELECT CASE WHEN card_uuid IS NULL THEN 2 ELSE 1 END, id, at, text,"
    " actor, 0 FROM office_answers WHERE card_uuid = ? OR group_id = ?"
    " UNION ALL SELECT 3, id, at, text, '', 0 FROM office_corrections WHERE card_uuid = ?"
    " UNION ALL SELECT 4, rowid, at, reason, source, hidden FROM moderation_events"
    " WHERE card_uuid = ?")
"""A card's history: statuses (0), its own answers (1), its group's (2), corrections (3),
moderation (4). Parameters: the card's uuid, and its group (``NULL`` matches no group) in
the third place."""
_HOLDER_HISTORY_SQL = _HISTORY_SQL[:_HISTORY_SQL.index(" UNION ALL SELECT 4")]
"""What the holder's pages show of it: no moderation decisions (the first four
parameters)."""


def _kind_and_id(row: tuple[Any, ...]) -> tuple[int, int]:
    return row[0], row[1]



class CaseFiles:
    """Reads cards, groups, events and labels for the office and the public pages."""

    def __init__(self, store: CollectorStore) -> None:
        self.store = store

    def _latest_answer(self, column: str, value: Any) -> Answer | None:
        row = self.store.db.execute(f"SELECT text, at FROM office_answers WHERE {column} = ?"
                                    " ORDER BY id DESC LIMIT 1", [value]).fetchone()
        return Answer(row[0], row[1], column == "group_id") if row and row[0] else None

    def by_code(self, code: str) -> Case | None:
        """The card of a receipt's code (the first to arrive, should two ever share one),
        as its holder's pages show it: without the moderation decisions (``moderation``
        stays empty; ``hidden`` says whether it is hidden now)."""
        # The first to arrive chosen in a subquery: an ORDER BY on the joined row would sort
        # every column of it (twice the cost of the whole read).
        return self._case("o.rowid = (SELECT rowid FROM office_cards WHERE code = ?"
                          " ORDER BY received_at LIMIT 1)", code, holder=True)

    def by_uuid(self, card_uuid: str) -> Case | None:
        return self._case("o.uuid = ?", card_uuid)

    def _case(self, where: str, value: str, holder: bool = False) -> Case | None:
        """One card in two queries: the card with its event and group, then its history
        (statuses, answers, corrections, moderation) in one go. The follow-up page reads a
        card on every request, so this is the hot path of the public pages."""
        conn = raw(self.store.db)
        with self.store.lock:
            row = conn.execute(_CASE_SQL + where, (value,)).fetchone()
            if row is None:
                return None
            (card_uuid, code, event_key, station_id, prompt_id, topic_id, district_id,
             age_group_id, source, created_at, received_at, status, status_at, hidden,
             withdrawn_at, group_id, casework) = row[:len(_CASE_COLUMNS)]
            if not holder:
                history = conn.execute(_HISTORY_SQL, (card_uuid, card_uuid, group_id,
                                                     card_uuid, card_uuid)).fetchall()
            elif casework or group_id is not None:
                history = conn.execute(_HOLDER_HISTORY_SQL, (card_uuid, card_uuid, group_id,
                                                            card_uuid)).fetchall()
            else:  # nothing has happened to it yet (most cards): no second query
                history = []
        # A handful of rows: sorted here (kind, then id) rather than by SQLite, which would
        # build a temporary tree for every branch of the union.
        history.sort(key=_kind_and_id)
        data = json.loads(row[len(_CASE_COLUMNS)])
        text, language, labels = data.get("text"), data.get("language"), data.get("labels")
        event_row = row[len(_CASE_COLUMNS) + 1:-1]
        group_name = row[-1]
        timeline = [TimelineEntry(received_at, "status", RECEIVED)]
        own: Answer | None = None
        shared: Answer | None = None
        corrections: list[Correction] = []
        moderation: list[Moderation] = []
        for kind, _id, at, value_text, actor, hidden_now in history:
            if kind == 0:
                timeline.append(TimelineEntry(at, "status", value_text, actor))
            elif kind in (1, 2):
                timeline.append(TimelineEntry(at, "answered" if value_text else
                                              "answer_removed", actor=actor))
                answer = Answer(value_text, at, kind == 2) if value_text else None
                if kind == 1:
                    own = answer
                else:
                    shared = answer
            elif kind == 3:
                corrections.append(Correction(value_text, at))
            else:
                moderation.append(Moderation(bool(hidden_now), value_text, at, actor))
        timeline.sort(key=lambda entry: entry.at)
        moderation.sort(key=lambda entry: entry.at)
        return Case(
            uuid=card_uuid, code=code,
            event=_event(event_row if event_row[0] is not None else None, event_key),
            station_id=station_id, prompt_id=prompt_id, topic_id=topic_id,
            district_id=district_id, age_group_id=age_group_id, source=source,
            language=str(language or "de"),
            labels=labels if isinstance(labels, dict) else {},
            created_at=created_at, received_at=received_at, text=str(text or ""),
            status=status, status_at=status_at, hidden=bool(hidden),
            withdrawn_at=withdrawn_at, group_id=group_id,
            group_name=group_name if group_id is not None else None,
            answer=own or (shared if group_name is not None else None),
            corrections=corrections, timeline=timeline, moderation=moderation)

    def groups(self) -> list[Group]:
        """Every group, by name, with its number of cards (withdrawn ones not counted)."""
        with self.store.lock:
            rows = self.store.db.execute(
                "SELECT g.id, g.name, g.created_at, g.created_by, (SELECT COUNT(*) FROM"
                " office_cards c WHERE c.group_id = g.id AND c.withdrawn_at IS NULL)"
                " FROM office_groups g ORDER BY g.name COLLATE NOCASE, g.id").fetchall()
            return [Group(*row, answer=self._latest_answer("group_id", row[0]))
                    for row in rows]

    def group(self, group_id: int) -> Group | None:
        return next((group for group in self.groups() if group.id == group_id), None)

    def events(self) -> list[Event]:
        """Every event cards arrived for, the latest first."""
        with self.store.lock:
            rows = self.store.db.execute(f"SELECT {EVENT_COLUMNS} FROM office_events"
                                         " ORDER BY date DESC, name").fetchall()
        return [_event(row, row[0]) for row in rows]

    def event(self, key: str) -> Event | None:
        with self.store.lock:
            row = self.store.db.execute(f"SELECT {EVENT_COLUMNS} FROM office_events"
                                        " WHERE key = ?", [key]).fetchone()
        return _event(row, key) if row else None

    def labels(self, kind: str, lang: str) -> dict[str, str]:
        """id → label of one kind (prompt, topic, district, age_group), German where the
        station sent no label in ``lang``."""
        with self.store.lock:
            rows = self.store.db.execute(
                "SELECT id, lang, label FROM office_labels WHERE kind = ? AND lang IN (?, 'de')",
                [kind, lang]).fetchall()
        found: dict[str, str] = {}
        for value, _lang, label in sorted(rows, key=lambda r: r[1] == lang):
            found[value] = label
        return found


__all__ = ["WITHDRAWN", "Answer", "Case", "CaseFiles", "Correction", "Event", "Group",
           "Moderation", "TimelineEntry"]
