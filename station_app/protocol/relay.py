"""The ``station-relay/1`` document: one station batch forwarded by a venue's hub.

A hub (a collector at the venue, itself enrolled at the city's collector like a station)
forwards each station batch it received as it was signed by the station, so the city checks
the station's own signature and no card is ever signed by the hub. Around the batch the hub
adds what the city needs to check it, and signs the whole with its key::

    {"format": "station-relay/1", "hub_id", "created_at",
     "registration": {"station_id", "verify_key", "enrolled_at"},
     "batch": {...the station's batch, unchanged...},
     "contacts": [{"uuid", "sealed"}...],
     "signature"}

``registration`` vouches for the station's key (the hub enrolled the station); the city
accepts it because it trusts the hub. ``contacts`` holds the batch's Mitmachpool contacts
sealed anew for the city's key (the station sealed them for the hub's): the same uuids as
the batch's, one each. The signature (``signatures.sign_document``) travels inside the
document, so a relay file on a USB stick and an HTTP upload are the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from station_app.protocol.batch import BatchFormatError, check_shape, check_size, check_values

FORMAT = "station-relay/1"
RELAY_PATH = "/api/v1/relay"
"""Where a hub uploads a relay document (named by ``X-Station-Id``: the hub's id, and
signed by ``X-Batch-Signature``: the hub's signature over the exact bytes)."""
_MARK = b'"format":"' + FORMAT.encode("ascii") + b'"'


class RelayFormatError(BatchFormatError):
    """The document is not a well-formed ``station-relay/1`` document."""


def is_relay_document(raw: bytes) -> bool:
    """Whether ``raw`` looks like a relay document (its canonical format field, unquoted:
    a string inside a JSON document cannot hold these bytes), without parsing it."""
    return _MARK in raw


def relay_file_name(hub_id: str, station_id: str, seq: int, batch_id: str) -> str:
    """Sortable and self-describing: ``<hub>-<station>-<seq>-<batch>.relay.json``."""
    return f"{hub_id}-{station_id}-{seq:06d}-{batch_id[:8]}.relay.json"


def relay_document(hub_id: str, created_at: str, registration: dict[str, Any],
                   batch: dict[str, Any], contacts: list[dict[str, Any]]) -> dict[str, Any]:
    """The unsigned relay document (sign it with ``signatures.sign_document``)."""
    return {"format": FORMAT, "hub_id": hub_id, "created_at": created_at,
            "registration": registration, "batch": batch, "contacts": contacts}


def parse_relay(raw: bytes) -> dict[str, Any]:
    """Parse bytes into a relay document and check its shape; ``RelayFormatError`` if wrong.

    The same limits as a batch (size counted before parsing, no lone surrogates, whole
    numbers, shallow nesting); the inner batch must be a well-formed batch.
    """
    try:
        check_size(raw)
        document = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
        check_values(document)
    except BatchFormatError as error:
        raise RelayFormatError(str(error).replace("the batch", "the relay document")) from None
    except UnicodeDecodeError:
        raise RelayFormatError("the relay document is not valid UTF-8") from None
    except RecursionError:
        raise RelayFormatError("the relay document is nested too deeply") from None
    except ValueError as error:
        raise RelayFormatError(f"the relay document is not valid JSON ({str(error)[:80]})"
                               ) from None
    check_relay_shape(document)
    return document


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _text(mapping: dict[str, Any], key: str, where: str) -> str:
    value = mapping.get(key)
    if not isinstance(value, str) or not value:
        raise RelayFormatError(f"{where}{key} is missing or has the wrong type")
    return value


def check_relay_shape(document: Any) -> None:
    """Types and required fields of the envelope, and the inner batch's shape."""
    if not isinstance(document, dict):
        raise RelayFormatError("the relay document must be a JSON object")
    if document.get("format") != FORMAT:
        raise RelayFormatError(f"unknown relay format (expected {FORMAT!r})")
    for key in ("hub_id", "created_at", "signature"):
        _text(document, key, "")
    registration = document.get("registration")
    if not isinstance(registration, dict):
        raise RelayFormatError("registration is missing or has the wrong type")
    for key in ("station_id", "verify_key", "enrolled_at"):
        _text(registration, key, "registration.")
    contacts = document.get("contacts")
    if not isinstance(contacts, list):
        raise RelayFormatError("contacts is missing or has the wrong type")
    for i, contact in enumerate(contacts):
        if not isinstance(contact, dict):
            raise RelayFormatError(f"contacts[{i}] must be an object")
        for key in ("uuid", "sealed"):
            _text(contact, key, f"contacts[{i}].")
    try:
        check_shape(document.get("batch"))
    except BatchFormatError as error:
        raise RelayFormatError(f"batch: {error}") from None
    if registration["station_id"] != document["batch"]["station_id"]:
        raise RelayFormatError("the registration names another station than the batch")
    if registration["station_id"] == document["hub_id"]:
        raise RelayFormatError("a hub cannot relay batches of its own id")
