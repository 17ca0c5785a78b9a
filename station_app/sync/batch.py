"""The ``station-batch/1`` document: canonical bytes, manifest hash, Ed25519 signature.

Station and collector both import this module, so they agree byte for byte on what is
hashed and signed. The signature covers the canonical JSON of the whole document without
its ``signature`` field; the manifest hash covers the cards and contacts, and is what the
collector echoes in its acknowledgement.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

import nacl.exceptions
import nacl.signing

FORMAT = "station-batch/1"

CARD_FIELDS = ("uuid", "code", "session_id", "station_id", "prompt_id", "topic_id", "text",
               "district_id", "age_group_id", "language", "source", "created_at")
"""The fields that make a card what it is; two copies with equal fields are the same card.

Labels, session names and moderation state travel beside them but are not compared, so a
renamed topic in the station's configuration never turns a re-send into a conflict.
"""


class BatchFormatError(ValueError):
    """The document is not a well-formed ``station-batch/1`` batch."""


class SignatureError(ValueError):
    """The signature does not verify with the given key."""


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the one byte form that is hashed and signed."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, allow_nan=False).encode("utf-8")


def manifest_sha256(cards: list[dict[str, Any]], contacts: list[dict[str, Any]]) -> str:
    """Hex SHA-256 over the canonical cards and contacts of a batch."""
    return hashlib.sha256(canonical_json({"cards": cards, "contacts": contacts})).hexdigest()


def card_content_sha256(card: dict[str, Any]) -> str:
    """Hex SHA-256 of a card's identity fields (see ``CARD_FIELDS``)."""
    return hashlib.sha256(canonical_json({k: card.get(k) for k in CARD_FIELDS})).hexdigest()


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64decode(text: str, what: str) -> bytes:
    """Strict base64, raising ``BatchFormatError`` naming ``what``."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError):
        raise BatchFormatError(f"{what} is not valid base64") from None


def sign_document(document: dict[str, Any], key: nacl.signing.SigningKey) -> bytes:
    """The document with its ``signature`` added, as the bytes to send or write."""
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    signature = key.sign(canonical_json(unsigned)).signature
    return canonical_json({**unsigned, "signature": b64encode(signature)})


def verify_signature(document: dict[str, Any], verify_key: nacl.signing.VerifyKey) -> None:
    """Raise ``SignatureError`` unless ``document['signature']`` verifies with the key."""
    signature = document.get("signature")
    if not isinstance(signature, str):
        raise SignatureError("the batch is not signed")
    try:
        raw = b64decode(signature, "signature")
    except BatchFormatError as error:
        raise SignatureError(str(error)) from None
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    try:
        verify_key.verify(canonical_json(unsigned), raw)
    except (nacl.exceptions.BadSignatureError, ValueError):
        raise SignatureError("the signature does not match the station's key") from None


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
        for key in ("uuid", "code", "station_id", "prompt_id", "topic_id", "text",
                    "language", "source", "created_at"):
            _require(card, key, str, where)
        _require(card, "session_id", int, where)
        for key in ("district_id", "age_group_id"):
            _require(card, key, str, where, nullable=True)
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
