"""The canonical byte form of protocol documents, and strict base64.

Station and collector hash and sign exactly these bytes: sorted keys, no spaces, UTF-8,
no NaN. Any other JSON writer would produce different bytes and break every signature.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any


class FormatError(ValueError):
    """A protocol document (batch, enrolment, package) is not well-formed."""


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                              allow_nan=False)
"""One encoder for every call (``json.dumps`` with options makes a new one each time,
which costs as much as encoding a small card)."""


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the one byte form that is hashed and signed."""
    return _CANONICAL.encode(value).encode("utf-8")


def canonical_text(value: Any) -> str:
    """``canonical_json`` before its encoding to UTF-8 (what a database's text column
    keeps)."""
    return _CANONICAL.encode(value)


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64decode(text: str, what: str) -> bytes:
    """Strict base64, raising ``FormatError`` naming ``what``."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError):
        raise FormatError(f"{what} is not valid base64") from None
