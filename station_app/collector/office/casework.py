"""What staff do with the cards at the centre: moderate, set the public status, answer,
group cards into themes and answer a theme once.

Every change and its audit entry are written in one transaction (``AuditLog.record``
joins the caller's), with the state before and after, so the log never claims a change
that did not happen. A withdrawn card is out of reach: its holder took it back.

``CaseRefused.reason`` is a key of the office's texts (``case_texts.py``), so a page can say
in its own language why nothing was changed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid as uuid_module
from collections.abc import Callable
from typing import Any

from station_app.clock import utc_now
from station_app.collector.office import audit as actions
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import refresh_hidden
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.store import CollectorStore
from station_app.protocol.hide_reasons import HIDE_REASONS

MAX_ANSWER = 5000
MAX_GROUP_NAME = 120
MAX_REASON = 200
MAX_CARDS_AT_ONCE = 200


class CaseRefused(Exception):
    """Nothing was changed; ``reason`` names why (a key of ``case_texts.TEXT``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_text(value: str, limit: int) -> str:
    """A typed text as it is kept: normalised, line ends unified, without control
    characters other than line breaks, trimmed; ``CaseRefused("too_long")`` past ``limit``."""
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(ch for ch in text
                   if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    text = text.strip()
    if len(text) > limit:
        raise CaseRefused("too_long")
    return text


def one_line(value: str, limit: int) -> str:
    return " ".join(clean_text(value, limit * 4).split())[:limit]


class Casework:
    """The staff's actions on cards and groups, over the collector store."""

    def __init__(self, store: CollectorStore, statuses: StatusCatalogue, audit: AuditLog,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.store = store
        self.statuses = statuses
        self.audit = audit
        self.clock = clock

    def _now(self) -> str:
        return self.clock().astimezone(dt.UTC).isoformat()

    def _card(self, card_uuid: str) -> dict[str, Any]:
        row = self.store.db.execute(
            "SELECT uuid, code, status, hidden, withdrawn_at, group_id FROM office_cards"
            " WHERE uuid = ?", [card_uuid]).fetchone()
        if row is None:
            raise CaseRefused("no_card")
        card = dict(zip(("uuid", "code", "status", "hidden", "withdrawn_at", "group_id"), row,
                        strict=True))
        if card["withdrawn_at"] is not None:
            raise CaseRefused("withdrawn")
        return card

    def _group(self, group_id: int) -> dict[str, Any]:
        row = self.store.db.execute("SELECT id, name FROM office_groups WHERE id = ?",
                                    [group_id]).fetchone()
        if row is None:
            raise CaseRefused("no_group")
        return {"id": row[0], "name": row[1]}

    def _answer_of(self, column: str, value: Any) -> str:
        row = self.store.db.execute(f"SELECT text FROM office_answers WHERE {column} = ?"
                                    " ORDER BY id DESC LIMIT 1", [value]).fetchone()
        return row[0] if row else ""

    # --- status -------------------------------------------------------------------------

    def _set_status(self, card: dict[str, Any], status: str, actor: str, at: str) -> bool:
        if card["status"] == status:
            return False
        db = self.store.db
        db.execute("UPDATE office_cards SET status = ?, status_at = ? WHERE uuid = ?",
                   [status, at, card["uuid"]])
        db.execute("INSERT INTO office_status_events (card_uuid, status, at, actor)"
                   " VALUES (?, ?, ?, ?)", [card["uuid"], status, at, actor])
        return True

    def set_status(self, card_uuid: str, status: str, *, actor: str, client: str) -> bool:
        """Move a card to ``status``; False when it was there already (nothing recorded)."""
        if status not in self.statuses:
            raise CaseRefused("no_status")
        with self.store.transaction():
            card = self._card(card_uuid)
            if not self._set_status(card, status, actor, self._now()):
                return False
            self.audit.record(actor, actions.CARD_STATUS, client=client, target=card["code"],
                              before={"status": card["status"]}, after={"status": status})
        return True

    # --- moderation ---------------------------------------------------------------------

    def set_hidden(self, card_uuid: str, hidden: bool, reason: str, *, actor: str,
                   client: str) -> bool:
        """Hide or show a card again, with a reason. The decision joins the stations' own in
        one history (``moderation_events``); the latest one wins."""
        reason = one_line(reason, MAX_REASON)
        if hidden and not reason:
            raise CaseRefused("reason_needed")
        with self.store.transaction() as db:
            card = self._card(card_uuid)
            if bool(card["hidden"]) == hidden:
                return False
            station = db.execute("SELECT station_id FROM office_cards WHERE uuid = ?",
                                 [card_uuid]).fetchone()[0]
            now = self._now()
            db.execute(
                "INSERT INTO moderation_events (uuid, card_uuid, station_id, batch_id, hidden,"
                " reason, at, source, received_at) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?)",
                [str(uuid_module.uuid4()), card_uuid, station, int(hidden), reason, now,
                 f"office:{actor}", now])
            refresh_hidden(db, [card_uuid])
            self.audit.record(actor, actions.CARD_HIDDEN if hidden else actions.CARD_SHOWN,
                              client=client, target=card["code"],
                              before={"hidden": bool(card["hidden"])},
                              after={"hidden": hidden, "reason": reason})
        return True

    # --- answers ------------------------------------------------------------------------

    def answer_card(self, card_uuid: str, text: str, *, actor: str, client: str) -> bool:
        """Give a card its own official answer (an empty text takes it back)."""
        text = clean_text(text, MAX_ANSWER)
        with self.store.transaction() as db:
            card = self._card(card_uuid)
            before = self._answer_of("card_uuid", card_uuid)
            if before == text:
                return False
            db.execute("INSERT INTO office_answers (card_uuid, text, at, actor)"
                       " VALUES (?, ?, ?, ?)", [card_uuid, text, self._now(), actor])
            self.audit.record(actor, actions.CARD_ANSWERED, client=client, target=card["code"],
                              before={"answer": before}, after={"answer": text})
        return True

    # --- groups -------------------------------------------------------------------------

    def create_group(self, name: str, *, actor: str, client: str) -> int:
        name = one_line(name, MAX_GROUP_NAME)
        if not name:
            raise CaseRefused("name_needed")
        with self.store.transaction() as db:
            group_id = int(db.execute("INSERT INTO office_groups (name, created_at, created_by)"
                                      " VALUES (?, ?, ?) RETURNING id",
                                      [name, self._now(), actor]).fetchone()[0])
            self.audit.record(actor, actions.GROUP_CREATED, client=client,
                              target=f"#{group_id}", after={"name": name})
        return group_id

    def rename_group(self, group_id: int, name: str, *, actor: str, client: str) -> bool:
        name = one_line(name, MAX_GROUP_NAME)
        if not name:
            raise CaseRefused("name_needed")
        with self.store.transaction() as db:
            group = self._group(group_id)
            if group["name"] == name:
                return False
            db.execute("UPDATE office_groups SET name = ? WHERE id = ?", [name, group_id])
            self.audit.record(actor, actions.GROUP_RENAMED, client=client,
                              target=f"#{group_id}", before={"name": group["name"]},
                              after={"name": name})
        return True

    def answer_group(self, group_id: int, text: str, *, actor: str, client: str) -> bool:
        """One official answer for every card in the group."""
        text = clean_text(text, MAX_ANSWER)
        with self.store.transaction() as db:
            self._group(group_id)
            before = self._answer_of("group_id", group_id)
            if before == text:
                return False
            db.execute("INSERT INTO office_answers (group_id, text, at, actor)"
                       " VALUES (?, ?, ?, ?)", [group_id, text, self._now(), actor])
            self.audit.record(actor, actions.GROUP_ANSWERED, client=client,
                              target=f"#{group_id}", before={"answer": before},
                              after={"answer": text})
        return True

    def set_group_status(self, group_id: int, status: str, *, actor: str, client: str) -> int:
        """Move every card of the group (not withdrawn) to ``status``; returns how many moved."""
        if status not in self.statuses:
            raise CaseRefused("no_status")
        with self.store.transaction() as db:
            self._group(group_id)
            now, moved = self._now(), []
            rows = db.execute("SELECT uuid, code, status FROM office_cards WHERE group_id = ?"
                              " AND withdrawn_at IS NULL ORDER BY created_at", [group_id])
            for card_uuid, code, current in rows.fetchall():
                if self._set_status({"uuid": card_uuid, "status": current}, status, actor, now):
                    moved.append(code)
            if moved:
                self.audit.record(actor, actions.GROUP_STATUS, client=client,
                                  target=f"#{group_id}",
                                  after={"status": status, "cards": moved})
        return len(moved)

    def assign(self, card_uuids: list[str], group_id: int | None, *, actor: str,
               client: str) -> int:
        """Put cards into a group (``None``: out of their group); returns how many moved."""
        if not card_uuids:
            raise CaseRefused("no_cards_chosen")
        if len(card_uuids) > MAX_CARDS_AT_ONCE:
            raise CaseRefused("too_many_cards")
        with self.store.transaction() as db:
            if group_id is not None:
                self._group(group_id)
            moved = []
            for card_uuid in dict.fromkeys(card_uuids):
                card = self._card(card_uuid)
                if card["group_id"] == group_id:
                    continue
                db.execute("UPDATE office_cards SET group_id = ? WHERE uuid = ?",
                           [group_id, card_uuid])
                moved.append((card["code"], card["group_id"]))
            for code, before in moved:
                self.audit.record(actor, actions.CARD_GROUPED, client=client, target=code,
                                  before={"group": before}, after={"group": group_id})
        return len(moved)


__all__ = ["HIDE_REASONS", "CaseRefused", "Casework", "clean_text"]
