"""The office's index of received cards: one ``office_cards`` row per card, its text in the
search table, the labels the stations sent, and the events the cards belong to.

Written by the collector store in the same transaction that stores a batch, so the office
never sees half a batch; a database written before the office existed is indexed when it
is opened. Functions over a plain connection (``Database``), without the
store, so the store can call them without importing the office.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from station_app.collector.database import (
    Database,
    among,
    dialect_of,
    executemany,
    insert_rows,
    new_rowids,
)

RECEIVED = "received"
"""The status every card starts with: it has arrived at the collector."""
WITHDRAWN = "withdrawn"
"""The status of a card its holder withdrew; no staff action sets or leaves it."""
NO_EVENT = "ohne-veranstaltung"
LABEL_KINDS = ("prompt", "topic", "district", "age_group")
_LABEL_IDS = tuple(f"{kind}_id" for kind in LABEL_KINDS)
_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def event_key(event: dict[str, Any]) -> str:
    """A stable, readable key of the event a batch names: its date and its name.

    ``{"name": "Stadtkonferenz Ausgangsbilder", "date": "2026-11-14"}`` becomes
    ``2026-11-14-stadtkonferenz-ausgangsbilder``; the key is part of the results page's
    address, so it holds only lower-case letters, digits and hyphens.
    """
    name = unicodedata.normalize("NFKC", str(event.get("name") or "")).lower()
    name = unicodedata.normalize("NFKD", name.translate(_SPELLING))
    slug = re.sub(r"[^a-z0-9]+", "-", name.encode("ascii", "ignore").decode()).strip("-")
    date = str(event.get("date") or "")
    date = date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else ""
    key = "-".join(part for part in (date, slug[:60].strip("-")) if part)
    return key or NO_EVENT


def _labels(cards: Iterable[dict[str, Any]]) -> set[tuple[str, str, str, str]]:
    found = set()
    # Most cards of a batch carry the same labels as an earlier card with the same ids:
    # those are read once (one comparison of the labels instead of reading every one).
    read: dict[tuple[Any, ...], Any] = {}
    for card in cards:
        labels = card.get("labels") or {}
        ids = tuple(map(card.get, _LABEL_IDS))
        if all(value is None or type(value) is str for value in ids):
            if read.get(ids) == labels:
                continue
            read[ids] = labels
        for kind, value in zip(LABEL_KINDS, ids, strict=True):
            choice = labels.get(kind)
            if value is None or not isinstance(choice, dict):
                continue
            for lang, label in choice.items():
                if isinstance(lang, str) and isinstance(label, str) and label:
                    found.add((kind, str(value), lang[:8], label[:300]))
    return found


def index_cards(db: Database, event: dict[str, Any],
                cards: list[dict[str, Any]], received_at: str) -> None:
    """Index cards of one batch the index does not hold: those a batch brings that the
    collector did not hold (inside the transaction that stores them), or those of a
    database written before the office (``index_missing``). Every card the index holds is
    in ``cards``: none is taken out of either."""
    if not cards:
        return
    key = event_key(event)
    db.execute(
        "INSERT INTO office_events (key, name, date, venue, participation_url,"
        " first_received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
        " venue = excluded.venue, participation_url = excluded.participation_url",
        [key, str(event.get("name") or "")[:300], str(event.get("date") or "")[:10],
         str(event.get("venue") or "")[:300], str(event.get("participation_url") or "")[:500],
         received_at])
    # Together, one statement per table (SQLite's full-text table takes that many times
    # faster than one statement per card; PostgreSQL takes them with COPY), with rowids
    # given out first, so that the text needs no look-up of them. No conflict is possible:
    # the caller's write transaction keeps every other writer out.
    new = list({card["uuid"]: card for card in cards}.values())
    rowids = new_rowids(db, "office_cards", len(new))
    insert_rows(db, "office_cards", ("rowid", *_CARD_COLUMNS), [
        (rowid, card["uuid"], card["code"], key, card["station_id"], card["prompt_id"],
         card["topic_id"], card.get("district_id"), card.get("age_group_id"),
         card.get("source") or "kiosk", card["created_at"], received_at, RECEIVED,
         received_at, int(bool(card.get("hidden"))))
        for rowid, card in zip(rowids, new, strict=True)])
    insert_rows(db, "office_card_text", ("rowid", "text"),
                [(rowid, card["text"]) for rowid, card in zip(rowids, new, strict=True)])
    executemany(db, _LABELS_UPSERT, sorted(_labels(cards)))


_CARD_COLUMNS = ("uuid", "code", "event_key", "station_id", "prompt_id", "topic_id",
                 "district_id", "age_group_id", "source", "created_at", "received_at",
                 "status", "status_at", "hidden")
_LABELS_UPSERT = ("INSERT INTO office_labels (kind, id, lang, label) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (kind, id, lang) DO UPDATE SET label = excluded.label"
                  " WHERE office_labels.label <> excluded.label")
"""A label the index holds as it is is not written again (most batches bring the labels
of the batch before)."""


LATEST_HIDDEN = (
    "COALESCE((SELECT e.hidden FROM moderation_events e WHERE e.card_uuid = office_cards.uuid"
    " ORDER BY e.at DESC, e.rowid DESC LIMIT 1), (SELECT CAST(json_extract(c.data,"
    " '$.hidden') AS INTEGER) FROM cards c WHERE c.uuid = office_cards.uuid), 0)"
)


def refresh_hidden(db: Database, card_uuids: Iterable[str]) -> None:
    """Recompute whether cards are hidden after new moderation decisions arrived: the latest
    decision wins, whether it came from a station or from the office."""
    for condition, params in among(db, "uuid", sorted(set(card_uuids))):
        db.execute(f"UPDATE office_cards SET hidden = {LATEST_HIDDEN} WHERE {condition}",
                   params)


def count_casework(db: Database) -> None:
    """Give a database from before ``office_cards.casework`` the column, counted from the
    casework it holds (the schema's triggers keep it from then on)."""
    if dialect_of(db) == "postgresql":
        return  # a PostgreSQL database is made with today's schema
    columns = {row[1] for row in db.execute("PRAGMA table_info(office_cards)")}
    if "casework" in columns:
        return
    db.execute("ALTER TABLE office_cards ADD COLUMN casework INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE office_cards SET casework ="
        " (SELECT COUNT(*) FROM office_status_events s WHERE s.card_uuid = office_cards.uuid)"
        " + (SELECT COUNT(*) FROM office_answers a WHERE a.card_uuid = office_cards.uuid)"
        " + (SELECT COUNT(*) FROM office_corrections k WHERE k.card_uuid = office_cards.uuid)")


def index_missing(db: Database) -> int:
    """Index the cards of a database written before the office existed; returns how many."""
    have = db.execute("SELECT COUNT(*) FROM office_cards").fetchone()[0]
    total = db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
    if have >= total:
        return 0
    rows = db.execute(
        "SELECT c.data, c.received_at, b.event FROM cards c JOIN batches b"
        " ON b.batch_id = c.batch_id WHERE NOT EXISTS (SELECT 1 FROM office_cards o"
        " WHERE o.uuid = c.uuid) ORDER BY c.received_at").fetchall()
    by_batch: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for data, received_at, event in rows:
        by_batch.setdefault((received_at, event), []).append(json.loads(data))
    for (received_at, event), cards in by_batch.items():
        index_cards(db, json.loads(event or "{}"), cards, received_at)
    refresh_hidden(db, [card["uuid"] for cards in by_batch.values() for card in cards])
    return len(rows)
