"""Upload signatures: over the body's digest, bound to their purpose."""

from __future__ import annotations

import json

import nacl.signing
import pytest

from station_app.protocol.signatures import (
    SignatureError,
    sign_document,
    upload_signature,
    verify_signature,
    verify_upload,
)


def test_an_upload_signature_verifies_only_for_its_bytes_and_key():
    key = nacl.signing.SigningKey.generate()
    body = b'{"format": "station-batch/1"}'
    signature = upload_signature(body, key)
    verify_upload(body, signature, key.verify_key)
    for other_body, other_key in ((body + b" ", key.verify_key),
                                  (body, nacl.signing.SigningKey.generate().verify_key)):
        with pytest.raises(SignatureError, match="does not match"):
            verify_upload(other_body, signature, other_key)
    for broken in ("", "kein base64!", signature[:-4]):
        with pytest.raises(SignatureError):
            verify_upload(body, broken, key.verify_key)


def test_an_upload_signature_never_passes_for_a_document_signature():
    key = nacl.signing.SigningKey.generate()
    document = {"format": "station-batch/1", "seq": 1}
    signed = sign_document(document, key)
    forged = {**document, "signature": upload_signature(signed, key)}
    with pytest.raises(SignatureError):
        verify_signature(forged, key.verify_key)
    verify_signature(json.loads(signed), key.verify_key)
