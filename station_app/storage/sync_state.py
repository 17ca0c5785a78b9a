"""Station-side sync bookkeeping: which cards are sealed, which batches are acknowledged.

Sealing is one transaction (batch row + card mapping), so a crash leaves either a whole
batch or none; the batch document is stored verbatim so that a restart re-sends exactly the
same bytes and the collector recognises it. Nothing here deletes a card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from station_app.storage.database import write_transaction


@dataclass(frozen=True)
class PendingCard:
    """A card not yet sealed, with what the batch needs beside the card itself."""

    row: dict[str, Any]
    session_uuid: str | None
    session_name: str | None
    hidden: bool


@dataclass(frozen=True)
class PendingContact:
    """A sealed Mitmachpool contact not yet put into a batch."""

    uuid: str
    sealed: bytes
    consent_version: str
    consented_at: str


@dataclass(frozen=True)
class PendingModeration:
    """A hide or unhide not yet put into a batch."""

    uuid: str
    card_uuid: str
    hidden: bool
    reason: str
    at: str


@dataclass(frozen=True)
class BatchRecord:
    """A sealed batch as the station remembers it."""

    batch_id: str
    seq: int
    created_at: str
    card_count: int
    contact_count: int
    manifest_sha256: str
    document: bytes | None
    attempts: int
    last_error: str | None
    acknowledged_at: str | None
    written_to: str | None


@dataclass(frozen=True)
class SyncStatus:
    """What the facilitator dashboard shows."""

    total_cards: int
    synced_cards: int
    pending_batches: int
    last_attempt_at: str | None
    last_success_at: str | None
    last_error_at: str | None
    last_error: str | None

    @property
    def pending_cards(self) -> int:
        """Cards the collector has not acknowledged yet (sealed or not)."""
        return self.total_cards - self.synced_cards


def _record(row: dict[str, Any]) -> BatchRecord:
    document = row["document"]
    if isinstance(document, str):
        document = document.encode("utf-8")
    return BatchRecord(
        batch_id=row["batch_id"], seq=row["seq"], created_at=row["created_at"],
        card_count=row["card_count"], contact_count=row["contact_count"],
        manifest_sha256=row["manifest_sha256"], document=document, attempts=row["attempts"],
        last_error=row["last_error"], acknowledged_at=row["acknowledged_at"],
        written_to=row["written_to"],
    )


class SyncLedger:
    """Reads and writes the ``sync_*`` tables of one station database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    # --- sealing ------------------------------------------------------------------------

    def pending_cards(self, limit: int) -> list[PendingCard]:
        """Cards in no batch yet, oldest first."""
        moderation = "card_moderation" in self._db.table_names()
        hidden_sql = (
            "(SELECT hidden FROM card_moderation m WHERE m.card_uuid = c.uuid)"
            if moderation else "0"
        )
        sql = (
            f"SELECT c.*, s.uuid AS _session_uuid, s.name AS _session_name, "
            f"{hidden_sql} AS _hidden FROM cards c "
            "LEFT JOIN sync_batch_cards b ON b.card_uuid = c.uuid "
            "LEFT JOIN sessions s ON s.id = c.session_id "
            "WHERE b.card_uuid IS NULL ORDER BY c.created_at, c.rowid LIMIT ?"
        )
        cursor = self._db.execute(sql, [limit])
        names = [d[0] for d in cursor.description]
        found = []
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            found.append(PendingCard(
                row={k: v for k, v in row.items() if not k.startswith("_")},
                session_uuid=row["_session_uuid"], session_name=row["_session_name"],
                hidden=bool(row["_hidden"]),
            ))
        return found

    def pending_contacts(self) -> list[PendingContact]:
        """Sealed contacts in no batch yet (in no meaningful order: the sealer shuffles)."""
        rows = self._db.execute(
            "SELECT c.uuid, c.sealed, c.consent_version, c.consented_at FROM contacts c "
            "LEFT JOIN sync_batch_contacts b ON b.contact_uuid = c.uuid "
            "WHERE b.contact_uuid IS NULL ORDER BY c.uuid").fetchall()
        return [PendingContact(uuid, bytes(sealed), version, at[:10])
                for uuid, sealed, version, at in rows]

    def pending_moderation(self) -> list[PendingModeration]:
        """Hides and unhides in no batch yet, in the order they were decided."""
        rows = self._db.execute(
            "SELECT uuid, card_uuid, hidden, reason, at FROM moderation_events"
            " WHERE batch_id IS NULL ORDER BY at, rowid").fetchall()
        return [PendingModeration(uuid, card, bool(hidden), reason, at)
                for uuid, card, hidden, reason, at in rows]

    def sealing(self) -> AbstractContextManager[sqlite_utils.Database]:
        """One write transaction around a whole sealing run: two processes sealing at once
        (the kiosk's worker and ``sync --to-dir``) take turns, so sequence numbers never
        collide."""
        return write_transaction(self._db)

    def next_seq(self) -> int:
        row = self._db.execute("SELECT MAX(seq) FROM sync_batches").fetchone()
        return (row[0] or 0) + 1

    def sealed_card_total(self) -> int:
        """Cards sealed into batches so far (the station's own count for reconciliation)."""
        return self._db.execute("SELECT COUNT(*) FROM sync_batch_cards").fetchone()[0]

    def record_batch(self, *, batch_id: str, seq: int, created_at: str, manifest_sha256: str,
                     document: bytes, card_uuids: Iterable[str],
                     contact_uuids: Iterable[str],
                     moderation_uuids: Iterable[str] = ()) -> None:
        """Store a sealed batch and its card/contact/moderation mapping in one transaction."""
        cards, contacts = list(card_uuids), list(contact_uuids)
        with write_transaction(self._db):
            self._db.execute(
                "INSERT INTO sync_batches (batch_id, seq, created_at, card_count, contact_count,"
                " manifest_sha256, document) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [batch_id, seq, created_at, len(cards), len(contacts), manifest_sha256,
                 document])
            self._db.conn.executemany(
                "INSERT INTO sync_batch_cards (card_uuid, batch_id) VALUES (?, ?)",
                [(uuid, batch_id) for uuid in cards])
            self._db.conn.executemany(
                "INSERT INTO sync_batch_contacts (contact_uuid, batch_id) VALUES (?, ?)",
                [(uuid, batch_id) for uuid in contacts])
            self._db.conn.executemany(
                "UPDATE moderation_events SET batch_id = ? WHERE uuid = ?",
                [(batch_id, uuid) for uuid in moderation_uuids])

    # --- uploading ----------------------------------------------------------------------

    def unacknowledged(self) -> list[BatchRecord]:
        """Sealed batches the collector has not confirmed, in sequence order."""
        rows = self._db["sync_batches"].rows_where("acknowledged_at IS NULL", order_by="seq")
        return [_record(row) for row in rows]

    def get(self, batch_id: str) -> BatchRecord:
        return _record(self._db["sync_batches"].get(batch_id))

    def batches(self) -> list[BatchRecord]:
        return [_record(row) for row in self._db["sync_batches"].rows_where(order_by="seq")]

    def note_attempt(self, batch_id: str, at: dt.datetime, error: str | None) -> None:
        """Count one upload attempt of a batch and remember its outcome."""
        with write_transaction(self._db):
            self._db.execute(
                "UPDATE sync_batches SET attempts = attempts + 1, last_attempt_at = ?,"
                " last_error = ? WHERE batch_id = ?", [at.isoformat(), error, batch_id])

    def acknowledge(self, batch_id: str, at: dt.datetime, purge_contacts: bool) -> None:
        """Mark a batch and its cards synced; drop its document (and sealed contacts)."""
        stamp = at.isoformat()
        with write_transaction(self._db):
            self._db.execute(
                "UPDATE sync_batches SET acknowledged_at = ?, last_error = NULL, document = NULL"
                " WHERE batch_id = ? AND acknowledged_at IS NULL", [stamp, batch_id])
            self._db.execute(
                "UPDATE sync_batch_cards SET synced_at = ? WHERE batch_id = ?"
                " AND synced_at IS NULL", [stamp, batch_id])
            if purge_contacts:
                self._db.execute(
                    "DELETE FROM contacts WHERE uuid IN (SELECT contact_uuid FROM"
                    " sync_batch_contacts WHERE batch_id = ?)", [batch_id])
                self._db.execute(
                    "UPDATE sync_batch_contacts SET purged_at = ? WHERE batch_id = ?"
                    " AND purged_at IS NULL", [stamp, batch_id])

    def replace_document(self, batch_id: str, document: bytes) -> None:
        """The same batch signed anew (after re-enrolment): same content, new signature."""
        with write_transaction(self._db):
            self._db.execute("UPDATE sync_batches SET document = ? WHERE batch_id = ?"
                             " AND acknowledged_at IS NULL", [document, batch_id])

    def note_written(self, batch_id: str, path: str, at: dt.datetime) -> None:
        """Remember that a batch was written to a batch file (USB stick)."""
        with write_transaction(self._db):
            self._db.execute("UPDATE sync_batches SET written_to = ?, written_at = ?"
                             " WHERE batch_id = ?", [path, at.isoformat(), batch_id])

    # --- status -------------------------------------------------------------------------

    def note_run(self, at: dt.datetime, error: str | None) -> None:
        """Record the outcome of one sync run (success when ``error`` is None)."""
        stamp = at.isoformat()
        with write_transaction(self._db):
            if error is None:
                self._db.execute("UPDATE sync_status SET last_attempt_at = ?,"
                                 " last_success_at = ? WHERE id = 1", [stamp, stamp])
            else:
                self._db.execute("UPDATE sync_status SET last_attempt_at = ?,"
                                 " last_error_at = ?, last_error = ? WHERE id = 1",
                                 [stamp, stamp, error])

    def status(self) -> SyncStatus:
        total = self._db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
        synced = self._db.execute(
            "SELECT COUNT(*) FROM sync_batch_cards WHERE synced_at IS NOT NULL").fetchone()[0]
        batches = self._db.execute(
            "SELECT COUNT(*) FROM sync_batches WHERE acknowledged_at IS NULL").fetchone()[0]
        attempt, success, error_at, error = self._db.execute(
            "SELECT last_attempt_at, last_success_at, last_error_at, last_error"
            " FROM sync_status WHERE id = 1").fetchone()
        return SyncStatus(total, synced, batches, attempt, success, error_at, error)

    def is_synced(self, card_uuid: str) -> bool:
        row = self._db.execute("SELECT synced_at FROM sync_batch_cards WHERE card_uuid = ?",
                               [card_uuid]).fetchone()
        return bool(row and row[0])

    def unsynced_cards(self) -> list[str]:
        """UUIDs of cards the collector has not acknowledged."""
        rows = self._db.execute(
            "SELECT c.uuid FROM cards c LEFT JOIN sync_batch_cards b ON b.card_uuid = c.uuid"
            " WHERE b.synced_at IS NULL").fetchall()
        return [row[0] for row in rows]


__all__ = ["BatchRecord", "PendingCard", "PendingContact", "PendingModeration", "SyncLedger",
           "SyncStatus"]
