"""The station's heartbeat: a small signed note of its health, sent with every sync.

``station-heartbeat/1`` is a JSON object signed by the station's key (``sign_document``, the
same canonical JSON as a batch): which app and configuration version it runs, how many cards
are still pending, the printer's state, the free disk space, the last sync error and its
clock (``sent_at``, from which the collector reckons the clock's offset). It says nothing
about any card or attendee. It goes to ``POST /api/v1/heartbeat`` after the batches, or as a
file beside the batch files on a USB stick (``HEARTBEAT_SUFFIX``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import nacl.signing

from station_app.protocol.canonical import FormatError
from station_app.protocol.identifiers import ID_PATTERN
from station_app.protocol.signatures import sign_document, verify_signature

FORMAT = "station-heartbeat/1"
HEARTBEAT_PATH = "/api/v1/heartbeat"
HEARTBEAT_SUFFIX = ".heartbeat.json"
MAX_HEARTBEAT_BYTES = 16 * 1024
MAX_ERROR_LENGTH = 300
PRINTER_STATES = ("ok", "failing", "off", "none")
"""The printer: printing, its last receipt failed, switched off, or no printer at all."""


@dataclass(frozen=True)
class Heartbeat:
    station_id: str
    sent_at: dt.datetime
    app_version: str
    config_version: int | None
    pending_cards: int
    printer: str
    free_disk_bytes: int | None
    last_error: str

    def as_document(self) -> dict[str, Any]:
        return {"format": FORMAT, "station_id": self.station_id,
                "sent_at": self.sent_at.astimezone(dt.UTC).isoformat(),
                "app_version": self.app_version, "config_version": self.config_version,
                "pending_cards": self.pending_cards, "printer": self.printer,
                "free_disk_bytes": self.free_disk_bytes,
                "last_error": self.last_error[:MAX_ERROR_LENGTH]}


def build_heartbeat(heartbeat: Heartbeat, key: nacl.signing.SigningKey) -> bytes:
    """The signed heartbeat's bytes."""
    return sign_document(heartbeat.as_document(), key)


def station_of(raw: bytes) -> tuple[str, dict[str, Any]]:
    """The station a heartbeat names and its document, before its signature is checked
    (to find the key to check it with); ``FormatError`` when it is none."""
    if len(raw) > MAX_HEARTBEAT_BYTES:
        raise FormatError(f"a heartbeat is at most {MAX_HEARTBEAT_BYTES // 1024} KiB")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise FormatError("the heartbeat is not JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FormatError(f"not a {FORMAT!r} heartbeat")
    station_id = data.get("station_id")
    if not isinstance(station_id, str) or not ID_PATTERN.match(station_id):
        raise FormatError("the heartbeat names no station")
    return station_id, data


def read_heartbeat(data: dict[str, Any], verify_key: nacl.signing.VerifyKey) -> Heartbeat:
    """The heartbeat of a document from ``station_of``, its signature checked against the
    station's key (``SignatureError``) and every field (``FormatError``)."""
    verify_signature(data, verify_key)
    try:
        sent_at = dt.datetime.fromisoformat(str(data["sent_at"]))
        if sent_at.tzinfo is None:
            raise ValueError("no time zone")
        heartbeat = Heartbeat(
            station_id=str(data["station_id"]), sent_at=sent_at,
            app_version=str(data["app_version"])[:40],
            config_version=_whole(data.get("config_version"), nullable=True),
            pending_cards=_whole(data["pending_cards"]) or 0,
            printer=str(data["printer"]),
            free_disk_bytes=_whole(data.get("free_disk_bytes"), nullable=True),
            last_error=str(data.get("last_error") or "")[:MAX_ERROR_LENGTH])
    except (KeyError, ValueError, TypeError) as error:
        raise FormatError(f"the heartbeat is malformed ({error})") from None
    if heartbeat.printer not in PRINTER_STATES:
        raise FormatError(f"unknown printer state {heartbeat.printer!r}")
    return heartbeat


def _whole(value: Any, nullable: bool = False) -> int | None:
    if value is None and nullable:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("a count must be a whole number from 0")
    return value
