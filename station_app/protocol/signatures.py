"""Ed25519 signatures over canonical documents (batches, moderation events, packages).

The signature covers the canonical JSON of the whole document without its ``signature``
field and travels inside the document, so a USB file and an HTTP upload are the same bytes.
"""

from __future__ import annotations

import hashlib
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


_UPLOAD_CONTEXT = b"station-batch/1 upload sha256:"


def _upload_message(body: bytes) -> bytes:
    # The digest, not the body: signing and checking cost a hash, never a copy of a large
    # body (the Ed25519 library copies what it signs).
    return _UPLOAD_CONTEXT + hashlib.sha256(body).digest()


def upload_signature(body: bytes, key: nacl.signing.SigningKey) -> str:
    """The ``X-Batch-Signature`` of an upload: Ed25519 over the SHA-256 of its exact bytes,
    bound to this purpose so it can never pass for a document signature."""
    return b64encode(key.sign(_upload_message(body)).signature)


def verify_upload(body: bytes, signature: str, verify_key: nacl.signing.VerifyKey) -> None:
    """Raise ``SignatureError`` unless ``signature`` is the station's over ``body``."""
    try:
        raw = b64decode(signature, "X-Batch-Signature")
        verify_key.verify(_upload_message(body), raw)
    except (FormatError, nacl.exceptions.BadSignatureError, ValueError, TypeError):
        raise SignatureError("the upload's signature does not match the station's key"
                             ) from None
