"""Storing sealed Mitmachpool contacts (the ``contacts`` table of migration 001)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import sqlite_utils

from station_app.contacts import SealedContact
from station_app.errors import StorageError
from station_app.storage.database import write_transaction


class ContactStore:
    """Sealed contacts: written once, readable only by the collector's private key."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def add(self, contact: SealedContact) -> None:
        """Commit one sealed contact durably."""
        try:
            with write_transaction(self._db):
                self._db.execute(
                    "INSERT INTO contacts (uuid, session_id, sealed, consent_version,"
                    " consented_at) VALUES (?, ?, ?, ?, ?)",
                    [contact.uuid, contact.session_id, contact.sealed,
                     contact.consent_version, contact.consented_on.isoformat()])
        except sqlite3.Error as error:
            raise StorageError(f"the contact could not be stored ({error})") from None

    def iter(self, session_id: int | None = None) -> Iterator[SealedContact]:
        """Sealed contacts (their order says nothing: the sealer shuffles them)."""
        where, args = ("session_id = ?", [session_id]) if session_id is not None else (None, [])
        for row in self._db["contacts"].rows_where(where, args, order_by="consented_at, rowid"):
            yield SealedContact(
                uuid=row["uuid"], session_id=row["session_id"], sealed=bytes(row["sealed"]),
                consent_version=row["consent_version"],
                consented_on=dt.date.fromisoformat(row["consented_at"][:10]),
            )

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM contacts").fetchone()[0]
