"""Approving cards for the live wall, for the events whose wall waits for approvals
(``office_events.wall_premoderated``; the admins switch it on the events page).

An approval is a time in ``office_cards.wall_approved_at`` (NULL: not approved); taking it
back empties it. Either is written in one transaction with its audit entry, and only when it
changes something. An approval does not override moderation: a hidden card stays off the
wall, approved or not. A withdrawn card is out of reach (``CaseRefused("withdrawn")``), as
for every other staff action. Approvals may be given before the event's switch is on; they
take effect once it is.

A facilitator may approve a card at its station, too: the approval arrives in the station's
batch (``approvals``) and ``from_station`` applies it as an office approval would be, with
an audit entry whose actor names the station (``station:ID``; ``client`` says how the batch
came: ``http``, ``relay:HUB``, ``file``). Only the station's own cards, and each once: a card
that is approved already, withdrawn or unknown here is left as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from station_app.clock import utc_now
from station_app.collector.office.audit import WALL_APPROVED, WALL_UNAPPROVED, AuditLog
from station_app.collector.office.casework import CaseRefused
from station_app.collector.store import CollectorStore

STATION_ACTOR = "station:"
"""The audit log's actor of an approval given at a station: ``station:`` and its id."""


@dataclass(frozen=True)
class WallState:
    """A card's place on its event's live wall."""

    premoderated: bool
    """Whether the event's wall shows only approved cards."""
    approved_at: str | None

    @property
    def approved(self) -> bool:
        return self.approved_at is not None


class WallApproval:
    """Reads and sets cards' approvals for the live wall."""

    def __init__(self, store: CollectorStore, audit: AuditLog,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.store = store
        self.audit = audit
        self.clock = clock

    def state(self, card_uuid: str) -> WallState | None:
        """The card's approval and its event's switch; None if there is no such card."""
        with self.store.lock:
            row = self.store.db.execute(
                "SELECT COALESCE(e.wall_premoderated, 0), o.wall_approved_at FROM office_cards o"
                " LEFT JOIN office_events e ON e.key = o.event_key WHERE o.uuid = ?",
                [card_uuid]).fetchone()
        return WallState(bool(row[0]), row[1]) if row else None

    def code_of(self, card_uuid: str) -> str | None:
        """The card's code; None if there is no such card."""
        with self.store.lock:
            row = self.store.db.execute("SELECT code FROM office_cards WHERE uuid = ?",
                                        [card_uuid]).fetchone()
        return str(row[0]) if row else None

    def set_approved(self, card_uuid: str, approved: bool, *, actor: str,
                     client: str) -> bool:
        """Approve a card for the live wall or take the approval back; False when it was so
        already (nothing recorded)."""
        with self.store.transaction() as db:
            row = db.execute("SELECT code, withdrawn_at, wall_approved_at FROM office_cards"
                             " WHERE uuid = ?", [card_uuid]).fetchone()
            if row is None:
                raise CaseRefused("no_card")
            code, withdrawn_at, approved_at = row
            if withdrawn_at is not None:
                raise CaseRefused("withdrawn")
            if (approved_at is not None) == approved:
                return False
            now = self.clock().astimezone(dt.UTC).isoformat() if approved else None
            db.execute("UPDATE office_cards SET wall_approved_at = ? WHERE uuid = ?",
                       [now, card_uuid])
            self.audit.record(actor, WALL_APPROVED if approved else WALL_UNAPPROVED,
                              client=client, target=code,
                              before={"wall_approved": approved_at is not None},
                              after={"wall_approved": approved})
        return True

    def from_station(self, station_id: str, approvals: Iterable[Mapping[str, Any]], *,
                     via: str) -> int:
        """Apply the approvals of a station's batch (inside the caller's transaction);
        returns how many changed a card."""
        changed = 0
        with self.store.transaction() as db:
            for approval in approvals:
                row = db.execute("SELECT code, withdrawn_at, wall_approved_at FROM"
                                 " office_cards WHERE uuid = ? AND station_id = ?",
                                 [approval["card_uuid"], station_id]).fetchone()
                if row is None or row[1] is not None or row[2] is not None:
                    continue
                now = self.clock().astimezone(dt.UTC).isoformat()
                db.execute("UPDATE office_cards SET wall_approved_at = ? WHERE uuid = ?",
                           [now, approval["card_uuid"]])
                self.audit.record(f"{STATION_ACTOR}{station_id}", WALL_APPROVED, client=via,
                                  target=row[0], before={"wall_approved": False},
                                  after={"wall_approved": True, "at": approval["at"]})
                changed += 1
        return changed
