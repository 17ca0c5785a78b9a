"""The ``station-batch/1`` document: its shape, its manifest hash, a card's content hash.

A batch is ``{"format", "batch_id", "station_id", "seq", "created_at", "event", "totals",
"cards": [...], "contacts": [...sealed...], "manifest_sha256", "signature"}``. The manifest
hash covers the cards and contacts and is what the collector echoes in its
acknowledgement; the signature (``signatures``) covers the whole document.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from station_app.protocol.canonical import FormatError, canonical_json
from station_app.protocol.cards import CARD_FIELD_NAMES, CARD_FIELDS

FORMAT = "station-batch/1"


class BatchFormatError(FormatError):
    """The document is not a well-formed ``station-batch/1`` batch."""


def manifest_sha256(cards: list[dict[str, Any]], contacts: list[dict[str, Any]]) -> str:
    """Hex SHA-256 over the canonical cards and contacts of a batch."""
    return hashlib.sha256(canonical_json({"cards": cards, "contacts": contacts})).hexdigest()


def card_content_sha256(card: dict[str, Any]) -> str:
    """Hex SHA-256 of a card's identity fields (see ``CARD_FIELDS``)."""
    return hashlib.sha256(canonical_json({k: card.get(k) for k in CARD_FIELD_NAMES})).hexdigest()


def parse_document(raw: bytes) -> dict[str, Any]:
    """Parse bytes into a batch dict and check its shape; ``BatchFormatError`` if wrong."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BatchFormatError("the batch is not valid UTF-8 JSON") from None
    check_shape(document)
    return document


def _require(mapping: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str,
             *, nullable: bool = False) -> Any:
    value = mapping.get(key)
    if value is None and nullable:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BatchFormatError(f"{where}{key} is missing or has the wrong type")
    return value


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
        where = f"cards[{i}]."
        if not isinstance(card, dict):
            raise BatchFormatError(f"cards[{i}] must be an object")
        for field in CARD_FIELDS:
            _require(card, field.name, field.kind, where, nullable=field.nullable)
        for key in ("labels", "session"):
            _require(card, key, dict, where, nullable=True)
    for i, contact in enumerate(contacts):
        where = f"contacts[{i}]."
        if not isinstance(contact, dict):
            raise BatchFormatError(f"contacts[{i}] must be an object")
        for key in ("uuid", "sealed", "consent_version", "consented_at"):
            _require(contact, key, str, where)
    for key in ("event", "totals"):
        _require(document, key, dict, "", nullable=True)
