"""The ``hub-decisions/1`` document: what a venue hub's own office decided about cards.

The stations' batches carry what was decided at a station (hides in its dashboard, wall
approvals); the relay forwards them unchanged (``protocol/relay.py``). What staff and
attendees decide on the hub's own pages – a card hidden or shown again in the hub's
``/office/``, a card withdrawn or corrected by its holder on the hub's follow-up page –
exists only in the hub's database. The hub sends it to the city in this document, signed
with its key like a relay document::

    {"format": "hub-decisions/1", "hub_id", "created_at",
     "decisions": [{"id", "kind", "card_uuid", "at", ...}...], "signature"}

Kinds and their fields:

- ``hide`` / ``show``: ``reason`` and ``by`` (the staff member's name at the hub); ``id`` is
  the moderation event's UUID, so the city keeps it once in the card's moderation history;
- ``withdraw``: the holder took the card back (``id``: ``withdrawal:<card uuid>``);
- ``correct``: ``text``, the holder's new version (``id``: ``correction:<hub's number>``).

Each decision is applied once per hub and id; the city answers which ids it applied now,
which it had applied before, and why it refused any (a card it does not hold yet: the hub
sends that one again later). Status changes and answers are the city office's work and
are not relayed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from station_app.protocol.batch import BatchFormatError, check_size, check_values
from station_app.protocol.identifiers import ID_PATTERN

FORMAT = "hub-decisions/1"
DECISIONS_PATH = "/api/v1/relay/decisions"
"""Where a hub uploads its decisions (``X-Station-Id``: the hub's id; ``X-Batch-Signature``:
the hub's signature over the exact bytes)."""
SUFFIX = ".decisions.json"
MAX_DECISIONS = 1000
"""Per document; a hub with more sends several."""
MAX_TEXT = 5000
"""The longest text a card may have at a station (a correction is no longer)."""
KINDS = ("hide", "show", "withdraw", "correct")
_MARK = b'"format":"' + FORMAT.encode("ascii") + b'"'


class DecisionsFormatError(BatchFormatError):
    """The document is not a well-formed ``hub-decisions/1`` document."""


def is_decisions_document(raw: bytes) -> bool:
    """Whether ``raw`` looks like a decisions document (its canonical format field)."""
    return _MARK in raw


def decisions_file_name(hub_id: str, created_at: str, first_id: str) -> str:
    """``<hub>-decisions-<time of the first>-<its id's digest>.decisions.json``: sortable,
    one per document."""
    stamp = "".join(ch for ch in created_at[:19] if ch.isdigit())
    tail = hashlib.sha256(first_id.encode("utf-8")).hexdigest()[:8]
    return f"{hub_id}-decisions-{stamp}-{tail}{SUFFIX}"


def decisions_document(hub_id: str, created_at: str,
                       decisions: list[dict[str, Any]]) -> dict[str, Any]:
    """The unsigned document (sign it with ``signatures.sign_document``)."""
    return {"format": FORMAT, "hub_id": hub_id, "created_at": created_at,
            "decisions": decisions}


def parse_decisions(raw: bytes) -> dict[str, Any]:
    """Parse and check a decisions document; ``DecisionsFormatError`` in one line."""
    try:
        check_size(raw)
        document = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
        check_values(document)
    except BatchFormatError as error:
        raise DecisionsFormatError(str(error).replace("the batch", "the decisions document")
                                   ) from None
    except UnicodeDecodeError:
        raise DecisionsFormatError("the decisions document is not valid UTF-8") from None
    except RecursionError:
        raise DecisionsFormatError("the decisions document is nested too deeply") from None
    except ValueError as error:
        raise DecisionsFormatError(
            f"the decisions document is not valid JSON ({str(error)[:80]})") from None
    check_decisions_shape(document)
    return document


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _text(mapping: dict[str, Any], key: str, where: str, limit: int = 200) -> str:
    value = mapping.get(key)
    if not isinstance(value, str) or not value:
        raise DecisionsFormatError(f"{where}{key} is missing or has the wrong type")
    if len(value) > limit:
        raise DecisionsFormatError(f"{where}{key} is too long")
    return value


def check_decisions_shape(document: Any) -> None:
    """Types and required fields of the document and of every decision."""
    if not isinstance(document, dict):
        raise DecisionsFormatError("the decisions document must be a JSON object")
    if document.get("format") != FORMAT:
        raise DecisionsFormatError(f"unknown decisions format (expected {FORMAT!r})")
    for key in ("hub_id", "created_at", "signature"):
        _text(document, key, "")
    if not ID_PATTERN.match(document["hub_id"]):
        raise DecisionsFormatError("hub_id is not a station id")
    decisions = document.get("decisions")
    if not isinstance(decisions, list) or not decisions:
        raise DecisionsFormatError("decisions is missing, empty or has the wrong type")
    if len(decisions) > MAX_DECISIONS:
        raise DecisionsFormatError(f"more than {MAX_DECISIONS} decisions in one document")
    seen: set[str] = set()
    for i, decision in enumerate(decisions):
        where = f"decisions[{i}]."
        if not isinstance(decision, dict):
            raise DecisionsFormatError(f"decisions[{i}] must be an object")
        for key in ("id", "card_uuid", "at"):
            _text(decision, key, where)
        kind = decision.get("kind")
        if kind not in KINDS:
            raise DecisionsFormatError(f"{where}kind must be one of {', '.join(KINDS)}")
        if kind in ("hide", "show"):
            _text(decision, "by", where)
            if not isinstance(decision.get("reason"), str) or len(decision["reason"]) > 500:
                raise DecisionsFormatError(f"{where}reason is missing or too long")
        if kind == "correct":
            _text(decision, "text", where, MAX_TEXT)
        if decision["id"] in seen:
            raise DecisionsFormatError(f"{where}id appears twice in the document")
        seen.add(decision["id"])
