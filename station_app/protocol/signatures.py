"""Ed25519 signatures over canonical documents (batches, moderation events, packages).

The signature covers the canonical JSON of the whole document without its ``signature``
field and travels inside the document, so a USB file and an HTTP upload are the same bytes.
"""

from __future__ import annotations

from typing import Any

import nacl.exceptions
import nacl.signing

from station_app.protocol.canonical import FormatError, b64decode, b64encode, canonical_json


class SignatureError(ValueError):
    """The signature does not verify with the given key."""


def sign_document(document: dict[str, Any], key: nacl.signing.SigningKey) -> bytes:
    """The document with its ``signature`` added, as the bytes to send or write."""
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    signature = key.sign(canonical_json(unsigned)).signature
    return canonical_json({**unsigned, "signature": b64encode(signature)})


def verify_signature(document: dict[str, Any], verify_key: nacl.signing.VerifyKey) -> None:
    """Raise ``SignatureError`` unless ``document['signature']`` verifies with the key."""
    signature = document.get("signature")
    if not isinstance(signature, str):
        raise SignatureError("the document is not signed")
    try:
        raw = b64decode(signature, "signature")
    except FormatError as error:
        raise SignatureError(str(error)) from None
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    try:
        verify_key.verify(canonical_json(unsigned), raw)
    except (nacl.exceptions.BadSignatureError, ValueError):
        raise SignatureError("the signature does not match the station's key") from None
