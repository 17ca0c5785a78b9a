"""Accepting a batch at the collector: the same rules for HTTP uploads and USB files.

Order of checks: shape, registered station, signature, manifest, card contents, timestamp
window; then idempotency (a batch seen before is a success that changes nothing) and
conflicts (a known card UUID with other content refuses the whole batch and is recorded).
A batch is stored all or nothing.

A venue's hub forwards its stations' batches in relay documents (``protocol/relay.py``,
``ingest_relay``): the hub's signature is checked like a station's, its registration tells
which key the station signs with, and then the station's own batch goes through exactly the
checks above, so a relayed card, a synced one and an imported one are the same card. On a
hub every stored batch is also kept as the station signed it (``relay_outbox``).

A batch's approvals for the live wall (given at the station's dashboard) are applied in the
transaction that stores it, as an office approval is (``WallApproval.from_station``): once
per card, audited with the station's name. A batch received before applies nothing again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid as uuid_module
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import nacl.exceptions

from station_app.clock import utc_now
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.wall_approval import WallApproval
from station_app.collector.store import CollectorStore
from station_app.errors import UserError
from station_app.protocol.batch import (
    BatchFormatError,
    card_identity,
    read_document,
)
from station_app.protocol.batch_body import Body
from station_app.protocol.canonical import (
    FormatError,
    b64decode,
    b64encode,
    canonical_json,
    canonical_text,
)
from station_app.protocol.codes import parse_code
from station_app.protocol.identifiers import CANONICAL_UUID
from station_app.protocol.relay import RelayFormatError, parse_relay
from station_app.protocol.signatures import SignatureError, verify_upload

if TYPE_CHECKING:
    import nacl.signing

    SigningKeyEntry = tuple[nacl.signing.VerifyKey, dt.datetime]

MAX_TEXT_LENGTH = 20_000
MAX_REASON_LENGTH = 500
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
    contacts_opened: int
    """Contacts the collector has opened with its key: only then may the station forget
    them."""
    moderation: int = 0

    def as_ack(self) -> dict[str, Any]:
        return {"status": self.status, "batch_id": self.batch_id,
                "station_id": self.station_id, "seq": self.seq,
                "manifest_sha256": self.manifest_sha256, "cards_stored": self.cards_stored,
                "cards_already_present": self.cards_already_present,
                "contacts": self.contacts, "contacts_opened": self.contacts_opened,
                "moderation": self.moderation}


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

    def ingest(self, raw: bytes, via: str = "http", *, claimed_station: str | None = None,
               raw_signature: str | None = None) -> IngestResult:
        """Apply one batch; raises ``IngestError`` (recorded) when it is refused.

        An upload names its station and signs its raw bytes (``claimed_station``,
        ``raw_signature``: the request's headers): that signature is checked before a byte
        of JSON is parsed, so a stranger's large body costs a hash, not a parse. A batch
        file carries only the signature inside the document.
        """
        station_id: str | None = claimed_station
        try:
            if claimed_station is not None:
                self.verify_raw(raw, claimed_station, raw_signature)
            try:
                document, body = read_document(raw)
            except BatchFormatError as error:
                raise IngestError(422, f"malformed batch: {error}") from None
            if claimed_station is not None and document["station_id"] != claimed_station:
                raise IngestError(422, "the batch belongs to another station than the one "
                                  "that sent it")
            station_id = document["station_id"]
            key, card_data = self._verify(document, body)
            with self.store.lock:
                return self._apply(document, via, key, card_data)
        except IngestError as error:
            self._refused(error, via, station_id)
            raise

    def ingest_relay(self, raw: bytes, via: str = "relay", *, claimed_hub: str | None = None,
                     raw_signature: str | None = None) -> IngestResult:
        """Apply one relay document from a hub (an upload, or a relay file without
        ``claimed_hub``): the hub's signature, its registration of the station, then the
        station's batch with every check of ``ingest``. Recorded as ``via`` ``relay:HUB``
        (``file:HUB`` for a file)."""
        station_id: str | None = claimed_hub
        try:
            if claimed_hub is not None:
                self.verify_raw(raw, claimed_hub, raw_signature)
            try:
                document = parse_relay(raw)
            except RelayFormatError as error:
                raise IngestError(422, f"malformed relay document: {error}") from None
            hub_id = document["hub_id"]
            if claimed_hub is not None and hub_id != claimed_hub:
                raise IngestError(422, "the relay document names another hub than the one "
                                  "that sent it")
            station_id = hub_id
            if matching_key(document, self.known_station(hub_id)["keys"]) is None:
                raise IngestError(403, f"the relay document's signature does not match hub "
                                  f"{hub_id!r}'s key")
            batch = document["batch"]
            station_id = batch["station_id"]
            self._register(document["registration"], hub_id)
            key, card_data = self._verify(batch, relayed_contacts=document["contacts"])
            contacts = [{**contact, "sealed": sealed} for contact, sealed in zip(
                batch["contacts"], _resealed(batch["contacts"], document["contacts"]),
                strict=True)]
            with self.store.lock:
                return self._apply(batch, f"{via}:{hub_id}", key, card_data, contacts)
        except IngestError as error:
            self._refused(error, via, station_id)
            raise

    def _refused(self, error: IngestError, via: str, station_id: str | None) -> None:
        if error.status != 409:  # conflicts have their own, fuller record
            self.store.record_rejection(via, station_id, str(error), self._clock())
        error.station_id = station_id

    def _register(self, registration: dict[str, Any], hub_id: str) -> None:
        """The hub vouches for the station's key (the hub enrolled it)."""
        try:
            import nacl.signing

            key = nacl.signing.VerifyKey(b64decode(registration["verify_key"],
                                                   "registration.verify_key"))
        except (FormatError, ValueError, TypeError):
            raise IngestError(422, "registration.verify_key is not a station key") from None
        enrolled = _parse_time(registration["enrolled_at"], "registration.enrolled_at")
        try:
            self.store.register_relayed_station(registration["station_id"],
                                                b64encode(bytes(key)), enrolled, hub_id,
                                                self._clock())
        except UserError as error:
            raise IngestError(403, str(error)) from None

    def verify_raw(self, raw: bytes, station_id: str, signature: str | None) -> None:
        """The upload's signature over its raw bytes, by the station it claims to be (with
        any key it may sign with: its own, or one a hub registered)."""
        station = self.known_station(station_id)
        if not signature:
            raise IngestError(401, "the upload is not signed (X-Batch-Signature)")
        problem = "the upload's signature does not match the station's key"
        for key, _enrolled in station["keys"]:
            try:
                verify_upload(raw, signature, key)
                return
            except SignatureError as error:
                problem = str(error)
        raise IngestError(403, problem)

    def known_station(self, station_id: str) -> dict[str, Any]:
        """The registered station, or a 403 naming the id (cut short, as given)."""
        station = self.store.station(station_id)
        if station is None:
            raise IngestError(403, f"unknown station {station_id[:64]!r}")
        return station

    def _verify(self, document: dict[str, Any], body: Body | None = None,
                relayed_contacts: list[dict[str, Any]] | None = None,
                ) -> tuple[SigningKeyEntry, list[str]]:
        """Every check of a batch; returns the station key (and its enrolment) that signed
        it, and each card's canonical JSON (``cards.data``, made once for the signature).
        ``body``: the document's text as the station wrote it (``batch_body``), when it
        was read from such a body; ``relayed_contacts``: the contacts a hub sealed anew for
        this collector, opened instead of the batch's own (which are sealed for the hub)."""
        station_id = document["station_id"]
        station = self.known_station(station_id)
        # Each part spelled once, for the signature and the manifest both: as the body
        # spells it when the station's signature covers that text (the body as the station
        # wrote it), else written out canonically.
        pieces = None if body is None else _body_pieces(body)
        key = None if pieces is None else matching_key(document, station["keys"], pieces)
        if key is None:
            pieces = _canonical_pieces(document)
            key = matching_key(document, station["keys"], pieces)
        if key is None or pieces is None:
            raise IngestError(403, "the signature does not match the station's key")
        cards, contacts = document["cards"], document["contacts"]
        moderation = document.get("moderation") or []
        approvals = document.get("approvals") or []
        if _manifest_sha256(document, pieces) != document["manifest_sha256"]:
            raise IngestError(422, "manifest_sha256 does not match the cards, contacts, "
                              "moderation and approvals")
        try:
            uuid_module.UUID(document["batch_id"])
        except ValueError:
            raise IngestError(422, "batch_id is not a UUID") from None
        created = _parse_time(document["created_at"], "created_at")
        now = self._clock()
        earliest = key[1] - self._skew
        if not earliest <= created <= now + self._skew:
            raise IngestError(422, "created_at is outside the accepted window (before the "
                              "station was enrolled, or in the future): check the "
                              "station's clock")
        seen: set[str] = set()
        for i, card in enumerate(cards):
            self._check_card(card, i, station_id, seen)
        if relayed_contacts is None:
            self._open_contacts(contacts)
        else:
            self._open_contacts([{"sealed": sealed} for sealed in
                                 _resealed(contacts, relayed_contacts)])
        for i, event in enumerate(moderation):
            where = f"moderation[{i}]"
            for key_name in ("uuid", "card_uuid"):
                try:
                    uuid_module.UUID(event[key_name])
                except ValueError:
                    raise IngestError(422, f"{where}.{key_name} is not a UUID") from None
            _parse_time(event["at"], f"{where}.at")
            if len(event["reason"]) > MAX_REASON_LENGTH:
                raise IngestError(422, f"{where}.reason is too long")
        for i, approval in enumerate(approvals):
            where = f"approvals[{i}]"
            for key_name in ("uuid", "card_uuid"):
                try:
                    uuid_module.UUID(approval[key_name])
                except ValueError:
                    raise IngestError(422, f"{where}.{key_name} is not a UUID") from None
            _parse_time(approval["at"], f"{where}.at")
        return key, pieces.cards

    def _open_contacts(self, contacts: list[dict[str, Any]]) -> None:
        """Every sealed contact must open with this collector's key, or the batch is refused
        whole: the station keeps its contacts until a collector that can read them says so.
        """
        if not contacts:
            return
        import nacl.public

        box = nacl.public.SealedBox(self.store.private_key())
        for i, contact in enumerate(contacts):
            try:
                box.decrypt(b64decode(contact["sealed"], f"contacts[{i}].sealed"))
            except BatchFormatError as error:
                raise IngestError(422, str(error)) from None
            except nacl.exceptions.CryptoError:
                raise IngestError(422, f"contacts[{i}] is sealed for another collector's "
                                  "key: install this collector's enrolment (or station "
                                  "package) on the station; its contacts stay there "
                                  "meanwhile") from None

    @staticmethod
    def _check_card(card: dict[str, Any], i: int, station_id: str, seen: set[str]) -> None:
        where = f"cards[{i}]"
        if card["station_id"] != station_id:
            raise IngestError(422, f"{where} belongs to another station")
        if CANONICAL_UUID.fullmatch(card["uuid"]) is None:
            raise IngestError(422, f"{where}.uuid is not a canonical UUID")
        if card["uuid"] in seen:
            raise IngestError(422, f"{where}.uuid appears twice in the batch")
        seen.add(card["uuid"])
        if parse_code(card["code"]) != card["code"]:
            raise IngestError(422, f"{where}.code is not a valid card code")
        if not card["text"].strip() or len(card["text"]) > MAX_TEXT_LENGTH:
            raise IngestError(422, f"{where}.text is empty or too long")
        _parse_time(card["created_at"], f"{where}.created_at")

    def _apply(self, document: dict[str, Any], via: str, key: SigningKeyEntry,
               card_data: list[str], contacts: list[dict[str, Any]] | None = None,
               ) -> IngestResult:
        now = self._clock()
        batch_id, station_id = document["batch_id"], document["station_id"]
        cards = document["cards"]
        conflicting: list[dict[str, Any]] = []
        new: list[dict[str, Any]] = []
        # Looked up inside the write transaction, which waits for every other writer: a
        # worker storing the same batch (a station re-sending after a timeout) has then
        # either committed it, and this one finds it, or not begun.
        with self.store.transaction():
            previous = self.store.batch(batch_id)
            if previous is None:
                stored = self.store.stored_cards([card["uuid"] for card in cards])
                conflicting = [card for card in cards if card["uuid"] in stored
                               and card_identity(card) != card_identity(stored[card["uuid"]])]
                if not conflicting:
                    fresh = [(card, text) for card, text in zip(cards, card_data, strict=True)
                             if card["uuid"] not in stored]
                    new = [card for card, _text in fresh]
                    self._store(document, via, key, now, new, contacts,
                                [text for _card, text in fresh])
        if previous is not None:
            if (previous["manifest_sha256"] == document["manifest_sha256"]
                    and previous["station_id"] == station_id):
                return IngestResult("already-received", batch_id, station_id, document["seq"],
                                    previous["manifest_sha256"], 0, len(cards),
                                    len(document["contacts"]), len(document["contacts"]),
                                    len(document.get("moderation") or []))
            self.store.record_conflict(station_id, batch_id, None,
                                       "batch id re-used with other content",
                                       {"manifest_sha256": document["manifest_sha256"]}, now)
            raise IngestError(409, f"batch {batch_id} was received before with other content")
        if conflicting:  # recorded after the transaction, which stored nothing
            for card in conflicting:
                self.store.record_conflict(station_id, batch_id, card["uuid"],
                                           "card uuid received before with other content",
                                           card, now)
            first = conflicting[0]["uuid"]
            raise IngestError(409, f"card {first} was received before with other content "
                              f"({len(conflicting)} conflicting card(s)); nothing stored")
        return IngestResult("stored", batch_id, station_id, document["seq"],
                            document["manifest_sha256"], len(new), len(cards) - len(new),
                            len(document["contacts"]), len(document["contacts"]),
                            len(document.get("moderation") or []))

    def _store(self, document: dict[str, Any], via: str, key: SigningKeyEntry,
               now: dt.datetime, new: list[dict[str, Any]],
               contacts: list[dict[str, Any]] | None, card_data: list[str]) -> None:
        """The batch, its new cards and its approvals (inside the caller's transaction)."""
        original = None
        if self.store.is_hub():  # kept as the station signed it, for the relay to the city
            original = (canonical_json(document), b64encode(bytes(key[0])), key[1])
        self.store.store_batch(document, via, now, new, contacts=contacts, original=original,
                               card_data=card_data)
        approvals = document.get("approvals") or []
        if approvals:
            WallApproval(self.store, AuditLog(self.store, self._clock),
                         self._clock).from_station(document["station_id"], approvals, via=via)


def matching_key(document: dict[str, Any], keys: list[SigningKeyEntry],
                 pieces: _Pieces | None = None) -> SigningKeyEntry | None:
    """The first of ``keys`` whose signature the document carries, else None.

    The same check as ``verify_signature`` (the signature over the canonical document
    without its ``signature``), with the signed bytes made once for all keys, from
    ``pieces`` when the caller has them (``_canonical_pieces``, or ``_body_pieces``: the
    station's own text of the document without its signature)."""
    signature = document.get("signature")
    if not isinstance(signature, str):
        return None
    try:
        raw = b64decode(signature, "signature")
    except FormatError:
        return None
    if pieces is None:
        pieces = _canonical_pieces(document)
        if pieces is None:
            return None
    for entry in keys:
        try:
            entry[0].verify(pieces.unsigned, raw)
        except (nacl.exceptions.BadSignatureError, ValueError):
            continue
        return entry
    return None


class _Pieces(NamedTuple):
    """What a document's signature covers (``unsigned``), the JSON of its values (``parts``:
    each but the signature, or from a station's body the manifest's four) and of each of
    its cards (``cards``)."""

    unsigned: bytes
    parts: dict[str, bytes | memoryview]
    cards: list[str]


_MANIFEST_PARTS = ("approvals", "cards", "contacts", "moderation")


def _body_pieces(body: Body) -> _Pieces:
    """The pieces as the body spells them: a station wrote them canonically, and its
    signature covers exactly this text (if it does not, the caller writes them out)."""
    return _Pieces(body.unsigned, {name: body.values[name] for name in _MANIFEST_PARTS
                                   if name in body.values}, body.cards)


def _canonical_pieces(document: dict[str, Any]) -> _Pieces | None:
    """The document's canonical pieces; None when one has none (NaN), so that no signature
    matches."""
    try:
        parts: dict[str, bytes | memoryview] = {}
        cards: list[str] = []
        for name, value in document.items():
            if name == "signature":
                continue
            if name == "cards" and isinstance(value, list):
                # As json.dumps writes a list: its items, comma-separated.
                cards = [canonical_text(card) for card in value]
                parts[name] = ("[" + ",".join(cards) + "]").encode("utf-8")
            else:
                parts[name] = canonical_json(value)
        return _Pieces(_joined(parts, list(parts)), parts, cards)
    except ValueError:
        return None


def _joined(pieces: dict[str, bytes | memoryview], names: list[str]) -> bytes:
    """``canonical_json`` of the object of ``names`` and their values, from the values'
    canonical bytes: sorted keys, no spaces, as ``json.dumps`` writes an object (the keys
    of a parsed document are strings)."""
    return b"".join(_object(pieces, names))


def _object(pieces: dict[str, bytes | memoryview], names: list[str],
            ) -> Iterator[bytes | memoryview]:
    """The bytes of ``_joined``, piece by piece (the values' own, not copied)."""
    yield b"{"
    for number, name in enumerate(sorted(names)):
        yield (b"," if number else b"") + canonical_json(name) + b":"
        yield pieces[name]
    yield b"}"


def _manifest_sha256(document: dict[str, Any], pieces: _Pieces) -> str:
    """``manifest_sha256`` of the document's parts, from their canonical bytes: cards and
    contacts, and moderation and approvals when they are not empty."""
    names = ["cards", "contacts", *(name for name in ("moderation", "approvals")
                                    if document.get(name))]
    digest = hashlib.sha256()
    for piece in _object(pieces.parts, names):
        digest.update(piece)
    return digest.hexdigest()


def _resealed(contacts: list[dict[str, Any]], relayed: list[dict[str, Any]]) -> list[str]:
    """The hub's sealed boxes for the batch's contacts, in the batch's order: one for each
    of the batch's uuids and no other, or a 422."""
    by_uuid = {entry["uuid"]: entry["sealed"] for entry in relayed}
    wanted = [contact["uuid"] for contact in contacts]
    if len(by_uuid) != len(relayed) or set(by_uuid) != set(wanted):
        raise IngestError(422, "the relay document's contacts are not the batch's contacts")
    return [by_uuid[uuid] for uuid in wanted]
