"""Moderation: hiding and unhiding cards, with a reason, who and when; and approving cards
for the event's live wall.

Hiding never deletes or edits a card: the card stays in the archive (and in sync batches),
it only disappears from the dashboard's public views, the counts and every export. Each
action is also appended to the audit log, so the history stays complete when a card is
hidden, unhidden and hidden again.

On a live station (``[sync] live``) a facilitator may approve a card for the live wall of
an event whose wall waits for approvals (pre-moderation, switched on at the venue's hub).
An approval is given once and not taken back here (the hub's office can); a hidden card
cannot be approved. Like a hide, the approval travels with the next batch
(``wall_approvals.batch_id``, ``pending_approvals``) and is audited.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from station_app.cards import Card
from station_app.clock import utc_now
from station_app.errors import UserError
from station_app.protocol.codes import parse_code
from station_app.storage.audit import AuditLog
from station_app.storage.cards import card_from_row
from station_app.storage.database import write_transaction
from station_app.texts import QT_TRANSLATE_NOOP, Message

MAX_REASON_LENGTH = 500
WALL_APPROVED = "card.wall_approve"
"""The audit log's action of an approval for the live wall."""


@dataclass(frozen=True)
class ModerationState:
    """The moderation of one card as it stands now."""

    card: Card
    hidden: bool
    reason: str
    actor: str
    changed_at: dt.datetime | None


@dataclass(frozen=True)
class WallApproval:
    """A card approved for the live wall at this station."""

    card: Card
    actor: str
    at: dt.datetime


@dataclass(frozen=True)
class PendingApproval:
    """An approval for the live wall not yet put into a batch."""

    uuid: str
    card_uuid: str
    at: str


def pending_approvals(db: sqlite_utils.Database) -> list[PendingApproval]:
    """Approvals in no batch yet, in the order they were given."""
    rows = db.execute("SELECT uuid, card_uuid, at FROM wall_approvals WHERE batch_id IS NULL"
                      " ORDER BY at, rowid").fetchall()
    return [PendingApproval(uuid, card, at) for uuid, card, at in rows]


def seal_approvals(db: sqlite_utils.Database, batch_id: str, uuids: list[str]) -> None:
    """Record that these approvals travel in batch ``batch_id`` (inside the sealing's
    transaction)."""
    with write_transaction(db):
        db.conn.executemany("UPDATE wall_approvals SET batch_id = ? WHERE uuid = ?",
                            [(batch_id, uuid) for uuid in uuids])


class Moderation:
    """Hides and unhides cards and approves them for the live wall; every change is
    recorded in the audit log."""

    def __init__(self, db: sqlite_utils.Database, audit: AuditLog | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._audit = audit or AuditLog(db, clock)
        self._clock = clock

    def find(self, code: str) -> Card:
        """The card with this receipt code (as typed: case and dashes do not matter)."""
        canonical = parse_code(code)
        if canonical is None:
            raise UserError(f"{code!r} is not a card code (like K7M-4QX-9TRP)",
                            Message("Moderation", QT_TRANSLATE_NOOP(
                                "Moderation", "„%1“ ist kein Kartencode (so sieht einer aus: "
                                "K7M-4QX-9TRP)."), (code,)))
        cursor = self._db.execute("SELECT * FROM cards WHERE code = ?", [canonical])
        row = cursor.fetchone()
        if row is None:
            raise UserError(f"there is no card {canonical} on this station",
                            Message("Moderation", QT_TRANSLATE_NOOP(
                                "Moderation", "Keine Karte %1 auf dieser Station."),
                                (canonical,)))
        names = [d[0] for d in cursor.description]
        return card_from_row(dict(zip(names, row, strict=True)))

    def hide(self, code: str, reason: str, actor: str = "facilitator") -> ModerationState:
        """Hide a card from counts and exports; the reason is required and kept."""
        reason = " ".join(reason.split())
        if not reason:
            raise UserError("hiding a card needs a reason, e.g. 'personal data' or 'insult'",
                            Message("Moderation", QT_TRANSLATE_NOOP(
                                "Moderation", "Bitte einen Grund angeben, z. B. "
                                "„Persönliche Daten“.")))
        if len(reason) > MAX_REASON_LENGTH:
            raise UserError(f"the reason is too long (at most {MAX_REASON_LENGTH} characters)",
                            Message("Moderation", QT_TRANSLATE_NOOP(
                                "Moderation", "Der Grund ist zu lang (höchstens %1 Zeichen)."),
                                (str(MAX_REASON_LENGTH),)))
        return self._set(code, True, reason, actor)

    def unhide(self, code: str, actor: str = "facilitator") -> ModerationState:
        """Show a hidden card again."""
        return self._set(code, False, "", actor)

    def state(self, code: str) -> ModerationState:
        """Whether a card is hidden, and the last reason, actor and time."""
        return self._state(self.find(code))

    def hidden(self, session_id: int | None = None) -> list[ModerationState]:
        """The hidden cards (of one session, or all), most recently hidden first."""
        where = "WHERE m.hidden = 1" + (" AND c.session_id = ?" if session_id is not None else "")
        args = [session_id] if session_id is not None else []
        cursor = self._db.execute(
            f"SELECT c.*, m.reason, m.actor, m.changed_at FROM cards c "
            f"JOIN card_moderation m ON m.card_uuid = c.uuid {where} "
            f"ORDER BY m.changed_at DESC, c.rowid DESC", args)
        names = [d[0] for d in cursor.description]
        states = []
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            states.append(ModerationState(
                card_from_row(row), True, row["reason"], row["actor"],
                dt.datetime.fromisoformat(row["changed_at"])))
        return states

    def hidden_uuids(self, uuids: list[str]) -> set[str]:
        """Which of these cards are hidden (for marking a page of cards in a list)."""
        if not uuids:
            return set()
        marks = ", ".join("?" for _ in uuids)
        rows = self._db.execute(
            f"SELECT card_uuid FROM card_moderation WHERE hidden = 1 AND card_uuid IN ({marks})",
            uuids).fetchall()
        return {row[0] for row in rows}

    def approve_for_wall(self, code: str, actor: str = "facilitator") -> WallApproval:
        """Approve a card for the live wall; refused for a hidden card and for one that is
        approved already."""
        card = self.find(code)
        now = self._clock()
        with write_transaction(self._db):
            if self._state(card).hidden:
                raise UserError(f"card {card.code} is hidden and cannot be approved for the "
                                "live wall (show it again first)", Message(
                                    "Moderation", QT_TRANSLATE_NOOP(
                                        "Moderation", "Karte %1 ist ausgeblendet und kann "
                                        "nicht für die Live-Wand freigegeben werden."),
                                    (card.code,)))
            if self._db.execute("SELECT 1 FROM wall_approvals WHERE card_uuid = ?",
                                [card.uuid]).fetchone():
                raise UserError(f"card {card.code} is approved for the live wall already",
                                Message("Moderation", QT_TRANSLATE_NOOP(
                                    "Moderation", "Karte %1 ist schon für die Live-Wand "
                                    "freigegeben."), (card.code,)))
            self._db.execute(
                "INSERT INTO wall_approvals (uuid, card_uuid, actor, at) VALUES (?, ?, ?, ?)",
                [str(uuid.uuid4()), card.uuid, actor, now.isoformat()])
            self._audit.record(actor, WALL_APPROVED, {
                "card_uuid": card.uuid, "code": card.code, "session_id": card.session_id})
        return WallApproval(card, actor, now)

    def approved_uuids(self, uuids: list[str]) -> set[str]:
        """Which of these cards are approved for the live wall."""
        if not uuids:
            return set()
        marks = ", ".join("?" for _ in uuids)
        rows = self._db.execute(
            f"SELECT card_uuid FROM wall_approvals WHERE card_uuid IN ({marks})",
            uuids).fetchall()
        return {row[0] for row in rows}

    def _set(self, code: str, hidden: bool, reason: str, actor: str) -> ModerationState:
        card = self.find(code)
        now = self._clock()
        with write_transaction(self._db):
            current = self._state(card)
            if current.hidden == hidden:
                if hidden:
                    raise UserError(f"card {card.code} is already hidden ({current.reason})",
                                    Message("Moderation", QT_TRANSLATE_NOOP(
                                        "Moderation", "Karte %1 ist schon ausgeblendet."),
                                        (card.code,)))
                raise UserError(f"card {card.code} is not hidden", Message(
                    "Moderation", QT_TRANSLATE_NOOP("Moderation", "Karte %1 ist nicht "
                                                    "ausgeblendet."), (card.code,)))
            self._db.execute(
                "INSERT INTO card_moderation (card_uuid, hidden, reason, actor, changed_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(card_uuid) DO UPDATE SET"
                " hidden = excluded.hidden, reason = excluded.reason,"
                " actor = excluded.actor, changed_at = excluded.changed_at",
                [card.uuid, int(hidden), reason, actor, now.isoformat()])
            self._db.execute(
                "INSERT INTO moderation_events (uuid, card_uuid, hidden, reason, at)"
                " VALUES (?, ?, ?, ?, ?)",
                [str(uuid.uuid4()), card.uuid, int(hidden), reason, now.isoformat()])
            details = {"card_uuid": card.uuid, "code": card.code, "session_id": card.session_id}
            if hidden:
                details["reason"] = reason
            self._audit.record(actor, "card.hide" if hidden else "card.unhide", details)
        return ModerationState(card, hidden, reason, actor, now)

    def _state(self, card: Card) -> ModerationState:
        row = self._db.execute(
            "SELECT hidden, reason, actor, changed_at FROM card_moderation WHERE card_uuid = ?",
            [card.uuid]).fetchone()
        if row is None:
            return ModerationState(card, False, "", "", None)
        return ModerationState(card, bool(row[0]), row[1], row[2],
                               dt.datetime.fromisoformat(row[3]))
