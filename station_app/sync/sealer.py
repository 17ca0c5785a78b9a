"""Sealing pending cards into signed batches on the station.

Each card carries what the collector's follow-up page shows (prompt and topic labels in
every configured language, the session) so the collector never needs the station's
configuration; the event travels once per batch. Hides, unhides and approvals for the live
wall ride along with the cards (``moderation``, ``approvals``).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from typing import Any

import nacl.signing
import sqlite_utils

from station_app.clock import utc_now
from station_app.config import StationConfig
from station_app.labels import LabelBook
from station_app.protocol.batch import FORMAT, manifest_sha256
from station_app.protocol.canonical import b64encode
from station_app.protocol.signatures import sign_document
from station_app.storage.cards import card_from_row
from station_app.storage.moderation import PendingApproval, pending_approvals, seal_approvals
from station_app.storage.sync_state import (
    BatchRecord,
    PendingCard,
    PendingContact,
    PendingModeration,
    SyncLedger,
)

MIN_CONTACTS_PER_BATCH = 5
"""Contacts travel together, at least this many, or once their day of consent is over."""


class BatchSealer:
    """Turns pending cards (and sealed contacts) into signed ``station-batch/1`` batches."""

    def __init__(self, config: StationConfig, db: sqlite_utils.Database,
                 signing_key: nacl.signing.SigningKey,
                 clock: Callable[[], dt.datetime] = utc_now,
                 shuffle: Callable[[list[Any]], None] | None = None) -> None:
        """``shuffle`` puts the contacts of a batch in random order (tests seed it)."""
        self._shuffle = shuffle or random.SystemRandom().shuffle
        self._config = config
        self._labels = LabelBook(config)
        self._db = db
        self._ledger = SyncLedger(db)
        self._key = signing_key
        self._clock = clock

    def card_entry(self, pending: PendingCard) -> dict[str, Any]:
        """One card as it appears in a batch."""
        entry = card_from_row(pending.row).as_dict()
        every = self._labels.every_language
        labels = {
            "prompt": every("prompts", entry["prompt_id"]),
            "topic": every("topics", entry["topic_id"]),
            "district": every("districts", entry["district_id"]),
            "age_group": every("age_groups", entry["age_group_id"]),
        }
        entry["labels"] = {k: v for k, v in labels.items() if v is not None}
        entry["session"] = {"uuid": pending.session_uuid, "name": pending.session_name}
        entry["hidden"] = pending.hidden
        if pending.row.get("config_version") is not None:
            entry["config_version"] = pending.row["config_version"]
        return entry

    def seal_pending(self) -> list[BatchRecord]:
        """Seal what is pending into batches; returns the new ones.

        Cards go into batches of ``sync.batch_size``; hides, unhides and approvals for the
        live wall ride in the last of them (after their cards), or in a batch of their own.
        Mitmachpool contacts never share a batch with cards and are held back until they
        cannot single anyone out: ``MIN_CONTACTS_PER_BATCH`` of them together, or all of
        them once their day is over. They are shuffled, and carry only the day of consent
        (see docs/privacy.md).
        """
        sealed: list[BatchRecord] = []
        with self._ledger.sealing():
            moderation = self._ledger.pending_moderation()
            approvals = pending_approvals(self._db)
            while True:
                cards = self._ledger.pending_cards(self._config.sync.batch_size)
                if not cards and not moderation and not approvals:
                    break
                last = len(cards) < self._config.sync.batch_size
                sealed.append(self._seal(cards, [], moderation if last else [],
                                         approvals if last else []))
                if last:
                    moderation, approvals = [], []
            contacts = self._releasable(self._ledger.pending_contacts())
            if contacts:
                sealed.append(self._seal([], contacts, [], []))
        return sealed

    def _releasable(self, contacts: list[PendingContact]) -> list[PendingContact]:
        today = self._clock().astimezone().date().isoformat()
        if len(contacts) < MIN_CONTACTS_PER_BATCH and any(
                contact.consented_at >= today for contact in contacts):
            return []
        released = list(contacts)
        self._shuffle(released)
        return released

    def _seal(self, cards: list[PendingCard], contacts: list[PendingContact],
              moderation: list[PendingModeration],
              approvals: list[PendingApproval]) -> BatchRecord:
        config = self._config
        card_entries = [self.card_entry(card) for card in cards]
        contact_entries = [{"uuid": c.uuid, "sealed": b64encode(c.sealed),
                            "consent_version": c.consent_version,
                            "consented_at": c.consented_at} for c in contacts]
        moderation_entries = [{"uuid": m.uuid, "card_uuid": m.card_uuid, "hidden": m.hidden,
                               "reason": m.reason, "at": m.at} for m in moderation]
        approval_entries = [{"uuid": a.uuid, "card_uuid": a.card_uuid, "at": a.at}
                            for a in approvals]
        seq = self._ledger.next_seq()
        batch_id = str(uuid.uuid4())
        created_at = self._clock().astimezone(dt.UTC).isoformat()
        manifest = manifest_sha256(card_entries, contact_entries, moderation_entries,
                                   approval_entries)
        document = {
            "format": FORMAT,
            "batch_id": batch_id,
            "station_id": config.station.id,
            "seq": seq,
            "created_at": created_at,
            "event": {
                "name": config.event.name, "date": config.event.date.isoformat(),
                "venue": config.event.venue,
                "participation_url": config.followup.participation_url,
            },
            # What the station says it has sealed so far, for the collector's reconciliation.
            "totals": {"batches_sealed": seq,
                       "cards_sealed": self._ledger.sealed_card_total() + len(cards)},
            "cards": card_entries,
            "contacts": contact_entries,
            "manifest_sha256": manifest,
        }
        if moderation_entries:
            document["moderation"] = moderation_entries
        if approval_entries:
            document["approvals"] = approval_entries
        raw = sign_document(document, self._key)
        self._ledger.record_batch(
            batch_id=batch_id, seq=seq, created_at=created_at, manifest_sha256=manifest,
            document=raw, card_uuids=[e["uuid"] for e in card_entries],
            contact_uuids=[c.uuid for c in contacts],
            moderation_uuids=[m.uuid for m in moderation])
        seal_approvals(self._db, batch_id, [a.uuid for a in approvals])
        return self._ledger.get(batch_id)
