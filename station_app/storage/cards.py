"""Storing and reading participation cards."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlite_utils

from station_app.cards import Card
from station_app.errors import StorageError
from station_app.protocol.cards import CARD_FIELD_NAMES
from station_app.storage.card_rows import database_file, search_rows
from station_app.storage.database import write_transaction
from station_app.texts import QT_TRANSLATE_NOOP, Message


def _row(card: Card, config_version: int | None) -> dict:
    return {**card.as_dict(), "config_version": config_version}


def card_from_row(row: dict) -> Card:
    """A ``Card`` from a ``cards`` table row (extra columns are ignored)."""
    values = {name: row[name] for name in CARD_FIELD_NAMES}
    values["created_at"] = dt.datetime.fromisoformat(row["created_at"])
    return Card(**values)


@dataclass(frozen=True)
class CardListing:
    """A card as the dashboard's list shows it: with its moderation state."""

    card: Card
    hidden: bool
    reason: str


class CardArchive:
    """The station's cards: committed durably, never deleted.

    ``config_version``: the version of the station package whose configuration the station
    runs on (None without one); every card added records it.
    """

    def __init__(self, db: sqlite_utils.Database, config_version: int | None = None) -> None:
        self._db = db
        self.config_version = config_version

    def add(self, card: Card) -> None:
        """Commit one card; when this returns, the card survives a crash or power cut."""
        self.add_all([card])

    def add_all(self, cards: Iterable[Card]) -> int:
        """Commit several cards in one transaction: all of them or none."""
        rows = [_row(card, self.config_version) for card in cards]
        try:
            with write_transaction(self._db):
                for row in rows:
                    self._db.execute(
                        f"INSERT INTO cards ({', '.join(row)}) "
                        f"VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        except sqlite3.IntegrityError as error:
            raise StorageError(f"the card could not be stored ({error})") from None
        except sqlite3.OperationalError as error:
            if "full" in str(error):
                where = database_file(self._db) or "the database"
                raise StorageError(f"{where}: the disk holding the database is full, the "
                                   "card could not be stored (free some space, then try "
                                   "again)", Message("Storage", QT_TRANSLATE_NOOP(
                                       "Storage", "Der Speicher der Station ist voll: die "
                                       "Karte wurde nicht gespeichert. Bitte Platz schaffen "
                                       "und noch einmal versuchen."))) from None
            raise StorageError(f"the card could not be stored ({error})") from None
        return len(rows)

    def get(self, uuid: str) -> Card | None:
        rows = list(self._db["cards"].rows_where("uuid = ?", [uuid]))
        return card_from_row(rows[0]) if rows else None

    def by_code(self, code: str) -> Card | None:
        rows = list(self._db["cards"].rows_where("code = ?", [code]))
        return card_from_row(rows[0]) if rows else None

    def iter(self, session_id: int | None = None) -> Iterator[Card]:
        """Cards oldest first, of one session or of all."""
        where, args = ("session_id = ?", [session_id]) if session_id is not None else (None, [])
        for row in self._db["cards"].rows_where(where, args, order_by="created_at, rowid"):
            yield card_from_row(row)

    def search(self, session_id: int | None, query: str = "",
               limit: int = 200) -> list[CardListing]:
        """The newest cards (hidden ones included) whose text or code has every word."""
        width = len(CARD_FIELD_NAMES)
        return [CardListing(card_from_row(dict(zip(CARD_FIELD_NAMES, row[:width], strict=True))),
                            bool(row[width]), row[width + 1])
                for row in search_rows(self._db, session_id, query, limit)]

    def count(self, session_id: int | None = None) -> int:
        if session_id is None:
            return self._db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
        return self._db.execute("SELECT COUNT(*) FROM cards WHERE session_id = ?",
                                [session_id]).fetchone()[0]
