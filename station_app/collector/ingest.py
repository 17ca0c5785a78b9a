"""Accepting a batch at the collector: the same rules for HTTP uploads and USB files.

Order of checks: shape, registered station, signature, manifest, card contents, timestamp
window; then idempotency (a batch seen before is a success that changes nothing) and
conflicts (a known card UUID with other content refuses the whole batch and is recorded).
A batch is stored all or nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from station_app.clock import utc_now
from station_app.collector.store import CollectorStore
from station_app.protocol.batch import (
    BatchFormatError,
    card_content_sha256,
    manifest_sha256,
    parse_document,
)
from station_app.protocol.canonical import b64decode
from station_app.protocol.codes import parse_code
from station_app.protocol.signatures import SignatureError, verify_signature

MAX_TEXT_LENGTH = 20_000
DEFAULT_CLOCK_SKEW = dt.timedelta(hours=24)


class IngestError(Exception):
    """A refused batch: ``status`` is the HTTP status, ``str()`` the reason."""

    def __init__(self, status: int, reason: str, station_id: str | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.station_id = station_id


@dataclass(frozen=True)
class IngestResult:
    """What the collector acknowledges."""

    status: str  # "stored" or "already-received"
    batch_id: str
    station_id: str
    seq: int
    manifest_sha256: str
    cards_stored: int
    cards_already_present: int
    contacts: int

    def as_ack(self) -> dict[str, Any]:
        return {"status": self.status, "batch_id": self.batch_id,
                "station_id": self.station_id, "seq": self.seq,
                "manifest_sha256": self.manifest_sha256, "cards_stored": self.cards_stored,
                "cards_already_present": self.cards_already_present,
                "contacts": self.contacts}


def _parse_time(value: str, what: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise IngestError(422, f"{what} is not an ISO 8601 time") from None
    if parsed.tzinfo is None:
        raise IngestError(422, f"{what} has no time zone")
    return parsed


class BatchIngest:
    """Verifies and stores batches; one instance per collector process."""

    def __init__(self, store: CollectorStore, clock: Callable[[], dt.datetime] = utc_now,
                 clock_skew: dt.timedelta = DEFAULT_CLOCK_SKEW) -> None:
        self.store = store
        self._clock = clock
        self._skew = clock_skew

    def ingest(self, raw: bytes, via: str = "http") -> IngestResult:
        """Apply one batch; raises ``IngestError`` (recorded) when it is refused."""
        station_id: str | None = None
        try:
            try:
                document = parse_document(raw)
            except BatchFormatError as error:
                raise IngestError(422, f"malformed batch: {error}") from None
            station_id = document["station_id"]
            self._verify(document)
            with self.store.lock:
                return self._apply(document, via)
        except IngestError as error:
            if error.status != 409:  # conflicts have their own, fuller record
                self.store.record_rejection(via, station_id, str(error), self._clock())
            error.station_id = station_id
            raise

    def _verify(self, document: dict[str, Any]) -> None:
        station_id = document["station_id"]
        station = self.store.station(station_id)
        if station is None:
            raise IngestError(403, f"unknown station {station_id[:64]!r}")
        try:
            verify_signature(document, station["verify_key"])
        except SignatureError as error:
            raise IngestError(403, str(error)) from None
        cards, contacts = document["cards"], document["contacts"]
        if manifest_sha256(cards, contacts) != document["manifest_sha256"]:
            raise IngestError(422, "manifest_sha256 does not match the cards and contacts")
        try:
            uuid_module.UUID(document["batch_id"])
        except ValueError:
            raise IngestError(422, "batch_id is not a UUID") from None
        created = _parse_time(document["created_at"], "created_at")
        now = self._clock()
        earliest = station["enrolled_at"] - self._skew
        if not earliest <= created <= now + self._skew:
            raise IngestError(422, "created_at is outside the accepted window (before the "
                              "station was enrolled, or in the future): check the "
                              "station's clock")
        seen: set[str] = set()
        for i, card in enumerate(cards):
            self._check_card(card, i, station_id, seen)
        for i, contact in enumerate(contacts):
            try:
                b64decode(contact["sealed"], f"contacts[{i}].sealed")
            except BatchFormatError as error:
                raise IngestError(422, str(error)) from None

    @staticmethod
    def _check_card(card: dict[str, Any], i: int, station_id: str, seen: set[str]) -> None:
        where = f"cards[{i}]"
        if card["station_id"] != station_id:
            raise IngestError(422, f"{where} belongs to another station")
        try:
            if str(uuid_module.UUID(card["uuid"])) != card["uuid"]:
                raise ValueError
        except ValueError:
            raise IngestError(422, f"{where}.uuid is not a canonical UUID") from None
        if card["uuid"] in seen:
            raise IngestError(422, f"{where}.uuid appears twice in the batch")
        seen.add(card["uuid"])
        if parse_code(card["code"]) != card["code"]:
            raise IngestError(422, f"{where}.code is not a valid card code")
        if not card["text"].strip() or len(card["text"]) > MAX_TEXT_LENGTH:
            raise IngestError(422, f"{where}.text is empty or too long")
        _parse_time(card["created_at"], f"{where}.created_at")

    def _apply(self, document: dict[str, Any], via: str) -> IngestResult:
        now = self._clock()
        batch_id, station_id = document["batch_id"], document["station_id"]
        cards = document["cards"]
        previous = self.store.batch(batch_id)
        if previous is not None:
            if (previous["manifest_sha256"] == document["manifest_sha256"]
                    and previous["station_id"] == station_id):
                return IngestResult("already-received", batch_id, station_id, document["seq"],
                                    previous["manifest_sha256"], 0, len(cards),
                                    len(document["contacts"]))
            self.store.record_conflict(station_id, batch_id, None,
                                       "batch id re-used with other content",
                                       {"manifest_sha256": document["manifest_sha256"]}, now)
            raise IngestError(409, f"batch {batch_id} was received before with other content")
        digests = [(card, card_content_sha256(card)) for card in cards]
        stored = self.store.card_hashes([card["uuid"] for card in cards])
        conflicting = [(card, digest) for card, digest in digests
                       if card["uuid"] in stored and stored[card["uuid"]] != digest]
        if conflicting:
            for card, _digest in conflicting:
                self.store.record_conflict(station_id, batch_id, card["uuid"],
                                           "card uuid received before with other content",
                                           card, now)
            first = conflicting[0][0]["uuid"]
            raise IngestError(409, f"card {first} was received before with other content "
                              f"({len(conflicting)} conflicting card(s)); nothing stored")
        new = [(card, digest) for card, digest in digests if card["uuid"] not in stored]
        self.store.store_batch(document, via, now, new)
        return IngestResult("stored", batch_id, station_id, document["seq"],
                            document["manifest_sha256"], len(new), len(cards) - len(new),
                            len(document["contacts"]))
