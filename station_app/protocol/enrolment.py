"""The enrolment file: what a station needs to talk to its collector.

``collector add-station`` writes it; a facilitator copies it onto the station. It holds the
station's Ed25519 signing key (secret: the file is written readable by its owner only), the
collector's public key for sealing Mitmachpool contacts, and the collector's URL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.public
import nacl.signing

from station_app.errors import UserError
from station_app.protocol.canonical import FormatError, b64decode, b64encode
from station_app.protocol.files import atomic_write

FORMAT = "station-enrolment/1"


@dataclass(frozen=True)
class Enrolment:
    """A station's identity towards one collector."""

    station_id: str
    signing_key: nacl.signing.SigningKey
    collector_public_key: nacl.public.PublicKey
    collector_url: str

    @property
    def verify_key_b64(self) -> str:
        return b64encode(bytes(self.signing_key.verify_key))

    @property
    def collector_public_key_b64(self) -> str:
        return b64encode(bytes(self.collector_public_key))

    def to_json(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT,
            "station_id": self.station_id,
            "signing_key": b64encode(bytes(self.signing_key)),
            "verify_key": self.verify_key_b64,
            "collector_public_key": self.collector_public_key_b64,
            "collector_url": self.collector_url,
        }
        return (json.dumps(data, indent=2) + "\n").encode("utf-8")


def write_enrolment(enrolment: Enrolment, path: Path) -> None:
    """Write the file atomically, readable by its owner only (it holds a secret key).

    Raises ``UserError`` naming the file when it cannot be written; nothing is left then.
    """
    atomic_write(path, enrolment.to_json(), mode=0o600, create_folder=True)


def read_enrolment(path: Path) -> Enrolment:
    """Load and check an enrolment file; ``UserError`` naming the file and the problem."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{path}: enrolment file not found (create it with "
                        "'station-app collector add-station ID' on the collector)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(f"{path}: not a readable enrolment file ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"{path}: not an enrolment file (format {FORMAT!r} expected)")
    try:
        station_id = _text(data, "station_id")
        seed = b64decode(_text(data, "signing_key"), "signing_key")
        public = b64decode(_text(data, "collector_public_key"), "collector_public_key")
        url = _text(data, "collector_url").rstrip("/")
        signing_key = nacl.signing.SigningKey(seed)
        collector_key = nacl.public.PublicKey(public)
    except (FormatError, ValueError, TypeError) as error:
        raise UserError(f"{path}: {error}") from None
    if "verify_key" in data and data["verify_key"] != b64encode(bytes(signing_key.verify_key)):
        raise UserError(f"{path}: verify_key does not belong to signing_key (damaged file?)")
    if url and not url.startswith(("http://", "https://")):
        raise UserError(f"{path}: collector_url must start with http:// or https://")
    return Enrolment(station_id, signing_key, collector_key, url)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{key} is missing")
    return value
