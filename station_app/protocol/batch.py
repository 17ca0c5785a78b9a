"""The ``station-batch/1`` document: its shape, its manifest hash, a card's identity.

A batch is ``{"format", "batch_id", "station_id", "seq", "created_at", "event", "totals",
"cards": [...], "contacts": [...sealed...], "moderation": [...], "approvals": [...],
"manifest_sha256", "signature"}``. ``moderation`` (optional) lists hides and unhides decided
at the station: ``{"uuid", "card_uuid", "hidden", "reason", "at"}``, applied in ``at``
order, the latest decision winning. ``approvals`` (optional) lists the station's cards a
facilitator approved for the event's live wall: ``{"uuid", "card_uuid", "at"}`` (an
approval is given once and not taken back at the station). The manifest hash covers cards,
contacts, moderation and approvals and is what the collector echoes in its
acknowledgement; the signature (``signatures``) covers the whole document.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from station_app.protocol.batch_body import MAX_INTEGER, Body, read_body
from station_app.protocol.canonical import FormatError, canonical_json
from station_app.protocol.cards import CARD_FIELD_NAMES, CARD_FIELDS

FORMAT = "station-batch/1"

STATION_HEADER = "X-Station-Id"
SIGNATURE_HEADER = "X-Batch-Signature"
"""An upload names its station and carries an Ed25519 signature (base64) over the SHA-256
of its exact body bytes (``signatures.upload_signature``), so the collector can refuse a
stranger before it parses anything."""


class BatchFormatError(FormatError):
    """The document is not a well-formed ``station-batch/1`` batch."""


def manifest_sha256(cards: list[dict[str, Any]], contacts: list[dict[str, Any]],
                    moderation: list[dict[str, Any]] | None = None,
                    approvals: list[dict[str, Any]] | None = None) -> str:
    """Hex SHA-256 over the canonical cards, contacts, moderation and approvals of a batch.

    A batch without moderation or approvals hashes as it always did (older stations'
    batches stay valid); an empty list counts as none.
    """
    content: dict[str, Any] = {"cards": cards, "contacts": contacts}
    if moderation:
        content["moderation"] = moderation
    if approvals:
        content["approvals"] = approvals
    return hashlib.sha256(canonical_json(content)).hexdigest()


def card_identity(card: dict[str, Any]) -> tuple[Any, ...]:
    """A card's identity fields, in order (see ``CARD_FIELDS``): two copies of a card with
    the same identity are the same card, other content under its uuid is a conflict."""
    return tuple(map(card.get, CARD_FIELD_NAMES))


MAX_DEPTH = 16
"""A batch nests four levels deep; anything deeper is not a batch."""
MAX_VALUES = 1_000_000
"""The most JSON values in one batch (separators and openings, so rather fewer): the
largest batch, 10,000 cards of some 35 values each, fits almost three times over."""
MAX_CONTAINERS = 50_000
"""The most objects and lists in one batch: a card, a contact, a moderation event or an
approval is one object each. With ``MAX_VALUES`` this keeps parsing within a few times
the body limit."""


def parse_document(raw: bytes) -> dict[str, Any]:
    """Parse bytes into a batch dict and check its shape; ``BatchFormatError`` if wrong.

    Hostile input is refused with a reason, never with another exception: invalid UTF-8,
    lone surrogates (``"\\ud800"``), numbers with thousands of digits, fractions, NaN,
    deep nesting.
    """
    return read_document(raw)[0]


def read_document(raw: bytes) -> tuple[dict[str, Any], Body | None]:
    """``parse_document``, and the body's text of its parts (``batch_body``) when it is
    laid out as a station writes it and every value of that text is in the document (no
    member spelled twice anywhere), else None."""
    check_size(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BatchFormatError("the batch is not valid UTF-8") from None
    # Without a \u escape no string can hold a NUL or a lone surrogate: the parser refuses
    # raw control characters, and UTF-8 decoding refuses encoded surrogates.
    escapes = "\\" in text and "\\u" in text  # one character is found faster than two
    body = read_body(raw, text)
    if body is None:
        try:
            document = json.loads(text, parse_constant=_no_constant)
        except RecursionError:
            raise BatchFormatError("the batch is nested too deeply") from None
        except ValueError as error:  # JSONDecodeError, or an integer of too many digits
            raise BatchFormatError(f"the batch is not valid JSON ({str(error)[:80]})"
                                   ) from None
        check_values(document, escapes=escapes)
    else:
        # Its numbers were checked as they were read: one walk for the nesting, counting
        # the members it holds against those the body spells (``Body.members``).
        document = body.document
        if escapes:
            check_values(document, escapes=True)
        members = _members(document, 0)
        if members is None:
            _name_the_fault(document, "", 0)
        if members != body.members:
            body = None  # a member twice (the parser kept one), or not counted
    check_shape(document)
    return document, body


_STRING = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)
"""A JSON string, or an unterminated one up to the end (possessive, so that no body can
make the search go back and forth: the scan stays linear)."""


def check_size(raw: bytes) -> None:
    """Refuse a body that would cost too much memory to parse, without parsing it.

    Counts the separators and openings outside strings: a cheap count over the whole body
    first (strings included, enough for every ordinary batch), the number of strings when
    that alone is too many, else the count with the strings taken out. Linear whatever the
    body holds; ``BatchFormatError`` when over ``MAX_VALUES`` or ``MAX_CONTAINERS``."""
    containers = raw.count(b"[") + raw.count(b"{")
    # Each value but the first follows one of these bytes: a body shorter than the limit
    # needs no count of them.
    if containers <= MAX_CONTAINERS and (len(raw) < MAX_VALUES
                                         or _marks(raw)[0] <= MAX_VALUES):
        return
    # Every string is a value (an escaped quote is no delimiter: a lower bound).
    if (raw.count(b'"') - raw.count(b'\\"')) // 2 > MAX_VALUES:
        raise BatchFormatError(f"the batch holds too many values (more than {MAX_VALUES:,})")
    values, containers = _marks(_STRING.sub(b"", raw))  # at most MAX_VALUES pieces
    if values > MAX_VALUES:
        raise BatchFormatError(f"the batch holds too many values (more than {MAX_VALUES:,})")
    if containers > MAX_CONTAINERS:
        raise BatchFormatError("the batch holds too many objects and lists (more than "
                               f"{MAX_CONTAINERS:,})")


def _marks(raw: bytes) -> tuple[int, int]:
    containers = raw.count(b"[") + raw.count(b"{")
    return 1 + containers + raw.count(b",") + raw.count(b":"), containers


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def check_values(value: Any, where: str = "", depth: int = 0, *, escapes: bool = True,
                 ) -> None:
    """Every string is text (no lone surrogates, no NUL: neither is text, and PostgreSQL
    keeps neither), every number whole and in range, and the nesting shallow;
    ``BatchFormatError`` naming the place otherwise.

    An ordinary batch passes one quick walk that names no place; only when that finds
    something is the walk made again, naming it. ``escapes=False``: the JSON text the value
    was parsed from holds no ``\\u`` escape, so its strings need no look."""
    if not _fine(value, depth, escapes):
        _name_the_fault(value, where, depth)


def _members(value: Any, depth: int) -> int | None:
    """How many members the objects in ``value`` have together; None when its containers
    nest deeper than ``MAX_DEPTH`` (``_fine``'s rule for the nesting alone)."""
    kind = type(value)
    if kind is not dict and kind is not list:
        return 0
    if depth >= MAX_DEPTH:
        return 0 if depth == MAX_DEPTH and not value else None
    count = 0
    if kind is dict:
        count = len(value)
        value = value.values()
    for item in value:
        inner = type(item)
        if inner is dict or inner is list:
            found = _members(item, depth + 1)
            if found is None:
                return None
            count += found
    return count


def _fine(value: Any, depth: int, strings: bool) -> bool:
    """Whether ``value`` passes ``check_values`` (False also when unsure: the naming walk
    decides)."""
    if depth > MAX_DEPTH:
        return False
    kind = type(value)
    if kind is dict:
        if value and depth >= MAX_DEPTH:
            return False
        for key, item in value.items():
            if type(key) is not str or (strings and not _fine_text(key)):
                return False
            if not _fine_scalar(item, strings) and not _fine(item, depth + 1, strings):
                return False
        return True
    if kind is list:
        if value and depth >= MAX_DEPTH:
            return False
        return all(_fine_scalar(item, strings) or _fine(item, depth + 1, strings)
                   for item in value)
    return _fine_scalar(value, strings)


def _fine_scalar(value: Any, strings: bool) -> bool:
    kind = type(value)
    if kind is str:
        return not strings or _fine_text(value)
    if kind is int:
        return -MAX_INTEGER <= value <= MAX_INTEGER
    return kind is bool or value is None


def _fine_text(text: str) -> bool:
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _name_the_fault(value: Any, where: str, depth: int) -> None:
    """``check_values`` naming the place of the first fault."""
    if depth > MAX_DEPTH:
        raise BatchFormatError(f"{where or 'the batch'} is nested too deeply")
    if isinstance(value, str):
        if "\x00" in value:
            raise BatchFormatError(f"{where or 'a value'} contains a NUL character")
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise BatchFormatError(f"{where or 'a value'} is not valid text "
                                       "(a lone surrogate)") from None
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > MAX_INTEGER:
            raise BatchFormatError(f"{where or 'a number'} is out of range")
    elif isinstance(value, float):
        raise BatchFormatError(f"{where or 'a number'} must be a whole number")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _name_the_fault(item, f"{where}[{i}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _name_the_fault(key, where or "a key", depth + 1)
            _name_the_fault(item, f"{where}.{key}" if where else str(key)[:40], depth + 1)


def _require(mapping: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str,
             *, nullable: bool = False) -> Any:
    value = mapping.get(key)
    if value is None and nullable:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BatchFormatError(f"{where}{key} is missing or has the wrong type")
    return value


_CARD_TYPES: tuple[tuple[str, type, bool], ...] = (
    *((field.name, field.kind, field.nullable) for field in CARD_FIELDS),
    ("labels", dict, True), ("session", dict, True), ("config_version", int, True))
"""A card's typed members: name, type, whether it may be null or missing."""


def _card_fine(card: Any) -> bool:
    """Whether a parsed card has every member of its type (the naming check decides when
    not: a parsed value is of exactly one of JSON's types, so ``type`` is ``isinstance``
    here, a ``bool`` no ``int``)."""
    if type(card) is not dict:
        return False
    get = card.get
    for name, kind, nullable in _CARD_TYPES:
        value = get(name)
        if type(value) is not kind and (value is not None or not nullable):
            return False
    return True


def check_shape(document: Any) -> None:
    """Types and required fields of the whole document (not its signature or hash)."""
    if not isinstance(document, dict):
        raise BatchFormatError("the batch must be a JSON object")
    if document.get("format") != FORMAT:
        raise BatchFormatError(f"unknown batch format (expected {FORMAT!r})")
    for key in ("batch_id", "station_id", "created_at", "manifest_sha256"):
        _require(document, key, str, "")
    seq = _require(document, "seq", int, "")
    if seq < 1:
        raise BatchFormatError("seq must be at least 1")
    cards = _require(document, "cards", list, "")
    contacts = _require(document, "contacts", list, "")
    for i, card in enumerate(cards):
        if _card_fine(card):
            continue
        where = f"cards[{i}]."
        if not isinstance(card, dict):
            raise BatchFormatError(f"cards[{i}] must be an object")
        for field in CARD_FIELDS:
            _require(card, field.name, field.kind, where, nullable=field.nullable)
        for key in ("labels", "session"):
            _require(card, key, dict, where, nullable=True)
        _require(card, "config_version", int, where, nullable=True)
    for i, contact in enumerate(contacts):
        where = f"contacts[{i}]."
        if not isinstance(contact, dict):
            raise BatchFormatError(f"contacts[{i}] must be an object")
        for key in ("uuid", "sealed", "consent_version", "consented_at"):
            _require(contact, key, str, where)
    moderation = _require(document, "moderation", list, "", nullable=True) or []
    for i, event in enumerate(moderation):
        where = f"moderation[{i}]."
        if not isinstance(event, dict):
            raise BatchFormatError(f"moderation[{i}] must be an object")
        for key in ("uuid", "card_uuid", "reason", "at"):
            _require(event, key, str, where)
        _require(event, "hidden", bool, where)
    approvals = _require(document, "approvals", list, "", nullable=True) or []
    for i, approval in enumerate(approvals):
        where = f"approvals[{i}]."
        if not isinstance(approval, dict):
            raise BatchFormatError(f"approvals[{i}] must be an object")
        for key in ("uuid", "card_uuid", "at"):
            _require(approval, key, str, where)
    for key in ("event", "totals"):
        _require(document, key, dict, "", nullable=True)
