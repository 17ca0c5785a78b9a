"""What the holder of a receipt can do with its code: withdraw the card, or correct it.

No account: the code printed on the receipt is the key (ten characters from a 30-letter
alphabet, rate-limited at the pages). A withdrawal erases the card's text at the collector
(and its corrections), so it is shown nowhere again and no export can carry it; the card
stays counted as received for the stations' reconciliation, and its status says
"withdrawn". A correction is kept beside the original, which staff still see. Neither keeps
an address or a time finer than the action itself: the audit entry names the holder, not a
device.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from station_app.clock import utc_now
from station_app.collector.office import audit as actions
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import WITHDRAWN
from station_app.collector.office.casework import CaseRefused, clean_text
from station_app.collector.store import CollectorStore

MAX_CORRECTION = 2000
"""As long as a card's text may be at a station."""
MAX_CORRECTIONS = 5
"""Per card: enough to fix a typo and then another, not enough to use it as a chat."""


class CardHolder:
    """Withdrawals and corrections by the receipt's code."""

    def __init__(self, store: CollectorStore, audit: AuditLog,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.store = store
        self.audit = audit
        self.clock = clock

    def _card(self, code: str) -> tuple[str, int]:
        row = self.store.db.execute(
            "SELECT uuid, rowid, withdrawn_at FROM office_cards WHERE code = ?"
            " ORDER BY received_at LIMIT 1", [code]).fetchone()
        if row is None:
            raise CaseRefused("no_card")
        if row[2] is not None:
            raise CaseRefused("withdrawn")
        return row[0], row[1]

    def withdraw(self, code: str) -> None:
        """Take the card back: its text is erased, its status becomes ``withdrawn``."""
        at = self.clock().astimezone(dt.UTC).isoformat()
        with self.store.transaction():
            card_uuid, rowid = self._card(code)
            self.erase(card_uuid, rowid, at, code, actor=actions.HOLDER)

    def erase(self, card_uuid: str, rowid: int, at: str, code: str, *, actor: str,
              client: str = "-") -> None:
        """The withdrawal itself, inside the caller's transaction (also for one a venue's
        hub relays: ``actor`` then names the hub)."""
        db = self.store.db
        db.execute("UPDATE office_cards SET status = ?, status_at = ?, withdrawn_at = ?"
                   " WHERE uuid = ?", [WITHDRAWN, at, at, card_uuid])
        db.execute("INSERT INTO office_status_events (card_uuid, status, at, actor)"
                   " VALUES (?, ?, ?, ?)", [card_uuid, WITHDRAWN, at, actions.HOLDER])
        db.execute("DELETE FROM office_card_text WHERE rowid = ?", [rowid])
        db.execute("UPDATE cards SET data = json_set(data, '$.text', '') WHERE uuid = ?",
                   [card_uuid])
        db.execute("DELETE FROM office_corrections WHERE card_uuid = ?", [card_uuid])
        self.audit.record(actor, actions.CARD_WITHDRAWN, client=client, target=code,
                          after={"status": WITHDRAWN})

    def correct(self, code: str, text: str) -> None:
        """Keep a new version of the card's text beside the original."""
        text = clean_text(text, MAX_CORRECTION)
        if not text:
            raise CaseRefused("text_needed")
        at = self.clock().astimezone(dt.UTC).isoformat()
        with self.store.transaction():
            card_uuid, rowid = self._card(code)
            self.add_correction(card_uuid, rowid, text, at, code, actor=actions.HOLDER)

    def add_correction(self, card_uuid: str, rowid: int, text: str, at: str, code: str, *,
                       actor: str, client: str = "-") -> None:
        """The correction itself, inside the caller's transaction (``CaseRefused`` when the
        card has its most corrections already)."""
        db = self.store.db
        count = db.execute("SELECT COUNT(*) FROM office_corrections WHERE card_uuid = ?",
                           [card_uuid]).fetchone()[0]
        if count >= MAX_CORRECTIONS:
            raise CaseRefused("too_many_corrections")
        db.execute("INSERT INTO office_corrections (card_uuid, text, at) VALUES (?, ?, ?)",
                   [card_uuid, text, at])
        # Staff find a card by what it says now as well as by what it said first.
        original = db.execute("SELECT json_extract(data, '$.text') FROM cards"
                              " WHERE uuid = ?", [card_uuid]).fetchone()[0]
        versions = [original, *(row[0] for row in db.execute(
            "SELECT text FROM office_corrections WHERE card_uuid = ? ORDER BY id",
            [card_uuid]))]
        db.execute("UPDATE office_card_text SET text = ? WHERE rowid = ?",
                   ["\n".join(versions), rowid])
        self.audit.record(actor, actions.CARD_CORRECTED, client=client, target=code,
                          after={"version": count + 2})
