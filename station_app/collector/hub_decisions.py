"""At the city: applying what a venue hub's own office decided (``hub-decisions/1``).

A hub relays its stations' batches as the stations signed them (``relay.py``); what staff
and holders decided on the hub's own pages follows in a decisions document
(``protocol/hub_decisions.py``), signed by the hub and checked like its relay documents
(the upload's signature over the exact bytes, the document's own signature inside). Each
decision is applied once per hub and id (``hub_decisions_applied``), in one transaction
per document, and only to a card of a station the hub vouched for (it registered the
station's key, ``relay_station_keys``): a hub decides nothing about other hubs' or
stations' cards.

- ``hide``/``show`` joins the card's moderation history (the station's and the office's
  decisions; the latest one wins), audited as ``hub:HUB`` with the hub's staff name;
- ``withdraw`` erases the card's text as a withdrawal at the city does (``CardHolder``);
- ``correct`` keeps the holder's new version beside the original.

A card the city does not hold yet is refused with its reason and sent again by the hub
later (its batch may still be on its way); a decision about a withdrawn card, or a
correction beyond a card's limit, is acknowledged without changing anything, so that the
hub does not send it for ever.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from station_app.clock import utc_now
from station_app.collector.ingest import BatchIngest, IngestError, matching_key
from station_app.collector.office import audit as actions
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import refresh_hidden
from station_app.collector.office.casework import CaseRefused
from station_app.collector.office.holder import CardHolder
from station_app.protocol.hub_decisions import DecisionsFormatError, parse_decisions

HUB_ACTOR = "hub:"
"""The audit log's actor of a relayed decision: ``hub:`` and the hub's id."""


@dataclass
class DecisionsAck:
    """The city's answer: ids applied now, applied before, and refused (id → reason)."""

    hub_id: str
    applied: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)

    def as_ack(self) -> dict[str, Any]:
        return {"status": "ok", "hub_id": self.hub_id, "applied": self.applied,
                "already": self.already, "refused": self.refused}


class HubDecisions:
    """Checks and applies decisions documents; one instance per collector process."""

    def __init__(self, ingest: BatchIngest,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.ingest = ingest
        self.store = ingest.store
        self._clock = clock
        self.audit = AuditLog(self.store, clock)
        self.holder = CardHolder(self.store, self.audit, clock)

    def receive(self, raw: bytes, via: str = "relay", *, claimed_hub: str | None = None,
                raw_signature: str | None = None) -> DecisionsAck:
        """Apply one document (an upload names and signs it with ``claimed_hub`` and
        ``raw_signature``; a file carries only its inner signature). ``IngestError``
        (recorded among the refused uploads) when the document as a whole is refused."""
        hub_id: str | None = claimed_hub
        try:
            if claimed_hub is not None:
                self.ingest.verify_raw(raw, claimed_hub, raw_signature)
            try:
                document = parse_decisions(raw)
            except DecisionsFormatError as error:
                raise IngestError(422, f"malformed decisions document: {error}") from None
            if claimed_hub is not None and document["hub_id"] != claimed_hub:
                raise IngestError(422, "the decisions document names another hub than the "
                                  "one that sent it")
            hub_id = document["hub_id"]
            keys = self.ingest.known_station(hub_id)["keys"]
            if matching_key(document, keys) is None:
                raise IngestError(403, f"the decisions document's signature does not match "
                                  f"hub {hub_id!r}'s key")
            with self.store.transaction():
                return self._apply(hub_id, document["decisions"], via)
        except IngestError as error:
            self.store.record_rejection(via, hub_id, str(error), self._clock())
            raise

    def _apply(self, hub_id: str, decisions: list[dict[str, Any]], via: str) -> DecisionsAck:
        db = self.store.db
        ack = DecisionsAck(hub_id)
        served = {row[0] for row in db.execute(
            "SELECT DISTINCT station_id FROM relay_station_keys WHERE hub_id = ?", [hub_id])}
        now = self._clock().astimezone(dt.UTC).isoformat()
        for decision in decisions:
            decision_id = decision["id"]
            if db.execute("SELECT 1 FROM hub_decisions_applied WHERE hub_id = ? AND"
                          " decision_id = ?", [hub_id, decision_id]).fetchone():
                ack.already.append(decision_id)
                continue
            card = db.execute(
                "SELECT rowid, code, station_id, withdrawn_at FROM office_cards"
                " WHERE uuid = ?", [decision["card_uuid"]]).fetchone()
            if card is None:
                ack.refused[decision_id] = (f"the city holds no card {decision['card_uuid']} "
                                            "yet (its batch is still to come)")
                continue
            if card[2] not in served:
                ack.refused[decision_id] = (f"card {card[1]} is of station {card[2]}, which "
                                            f"hub {hub_id} does not serve")
                continue
            outcome = self._one(hub_id, decision, card, via)
            db.execute("INSERT INTO hub_decisions_applied (hub_id, decision_id, kind,"
                       " card_uuid, applied_at, outcome) VALUES (?, ?, ?, ?, ?, ?)",
                       [hub_id, decision_id, decision["kind"], decision["card_uuid"], now,
                        outcome])
            ack.applied.append(decision_id)
        return ack

    def _one(self, hub_id: str, decision: dict[str, Any], card: tuple[Any, ...],
             via: str) -> str:
        """Apply one decision to its card; what happened, in a word."""
        rowid, code, station_id, withdrawn_at = card
        kind, card_uuid = decision["kind"], decision["card_uuid"]
        actor = f"{HUB_ACTOR}{hub_id}"
        if withdrawn_at is not None:
            return "card withdrawn before"
        if kind == "withdraw":
            self.holder.erase(card_uuid, rowid, decision["at"], code, actor=actor, client=via)
            return "withdrawn"
        if kind == "correct":
            try:
                self.holder.add_correction(card_uuid, rowid, decision["text"], decision["at"],
                                           code, actor=actor, client=via)
            except CaseRefused:
                return "too many corrections"
            return "corrected"
        hidden = kind == "hide"
        now = self._clock().astimezone(dt.UTC).isoformat()
        self.store.db.execute(
            "INSERT INTO moderation_events (uuid, card_uuid, station_id, batch_id, hidden,"
            " reason, at, source, received_at) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [decision["id"], card_uuid, station_id, int(hidden), decision["reason"],
             decision["at"], f"{actor}:{decision['by']}"[:200], now])
        refresh_hidden(self.store.db, [card_uuid])
        self.audit.record(actor, actions.CARD_HIDDEN if hidden else actions.CARD_SHOWN,
                          client=via, target=code,
                          after={"hidden": hidden, "reason": decision["reason"],
                                 "by": decision["by"]})
        return "hidden" if hidden else "shown"
