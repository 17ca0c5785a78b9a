"""On a hub: the decisions of its own office that the city has not acknowledged yet.

Read from where the hub's pages keep them, so nothing has to remember to queue them:
moderation events its staff made (``moderation_events`` with an ``office:`` source), the
withdrawals and corrections holders made on its follow-up pages (``office_cards``,
``office_corrections``). A decision waits while its card's batch is still pending in the
relay outbox (the city must hold the card first). The city's acknowledgement is kept in
``relay_decisions``; a refusal's reason too, for ``collector relay --status``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from station_app.collector.database import executemany
from station_app.collector.store import CollectorStore
from station_app.protocol.hub_decisions import MAX_DECISIONS

_NOT_ACKNOWLEDGED = ("NOT EXISTS (SELECT 1 FROM relay_decisions d WHERE d.decision_id = {id}"
                     " AND d.acknowledged_at IS NOT NULL)")
_CARD_HERE = ("NOT EXISTS (SELECT 1 FROM cards c JOIN relay_outbox r ON r.batch_id = c.batch_id"
              " WHERE c.uuid = {card} AND r.acknowledged_at IS NULL)")


def pending_decisions(store: CollectorStore, limit: int = MAX_DECISIONS, *,
                      after_batches: bool = True) -> list[dict[str, Any]]:
    """Up to ``limit`` decisions to send, oldest first (as ``hub-decisions/1`` entries).

    ``after_batches``: leave out the decisions about cards whose batch the city has not
    acknowledged (over the network); relay files leave none out, because the batches'
    files travel with them (``collector import`` reads decisions after batches)."""
    card_here = _CARD_HERE if after_batches else "{card} IS NOT NULL"
    queries = [
        ("SELECT m.uuid, m.card_uuid, m.at, CASE m.hidden WHEN 1 THEN 'hide' ELSE 'show' END,"
         " m.reason, substr(m.source, 8), NULL, m.rowid FROM moderation_events m"
         " WHERE m.source LIKE 'office:%' AND " + _NOT_ACKNOWLEDGED.format(id="m.uuid")
         + " AND " + card_here.format(card="m.card_uuid")),
        ("SELECT 'withdrawal:' || o.uuid, o.uuid, o.withdrawn_at, 'withdraw', NULL, NULL, NULL,"
         " o.rowid FROM office_cards o WHERE o.withdrawn_at IS NOT NULL AND "
         + _NOT_ACKNOWLEDGED.format(id="'withdrawal:' || o.uuid")
         + " AND " + card_here.format(card="o.uuid")),
        ("SELECT 'correction:' || k.id, k.card_uuid, k.at, 'correct', NULL, NULL, k.text,"
         " k.id FROM office_corrections k WHERE "
         + _NOT_ACKNOWLEDGED.format(id="'correction:' || k.id")
         + " AND " + card_here.format(card="k.card_uuid")),
    ]
    sql = " UNION ALL ".join(f"SELECT * FROM ({query}) AS kind_{i}"
                             for i, query in enumerate(queries))
    with store.lock:
        # by time, and in the order they were made where times are equal
        rows = store.db.execute(f"{sql} ORDER BY 3, 8 LIMIT ?", [limit]).fetchall()
    decisions = []
    for decision_id, card_uuid, at, kind, reason, by, text, _order in rows:
        decision: dict[str, Any] = {"id": decision_id, "kind": kind, "card_uuid": card_uuid,
                                    "at": at}
        if kind in ("hide", "show"):
            decision.update(reason=reason or "", by=by or "office")
        if kind == "correct":
            decision["text"] = text
        decisions.append(decision)
    return decisions


def acknowledge(store: CollectorStore, applied: list[str], refused: dict[str, str],
                at: dt.datetime) -> None:
    """Keep what the city answered: the applied ids (also those applied before) and the
    refusals' reasons."""
    with store.transaction() as db:
        executemany(
            db,
            "INSERT INTO relay_decisions (decision_id, acknowledged_at, last_error)"
            " VALUES (?, ?, NULL) ON CONFLICT (decision_id) DO UPDATE SET"
            " acknowledged_at = excluded.acknowledged_at, last_error = NULL",
            [(decision_id, at.isoformat()) for decision_id in applied])
        executemany(
            db,
            "INSERT INTO relay_decisions (decision_id, acknowledged_at, last_error)"
            " VALUES (?, NULL, ?) ON CONFLICT (decision_id) DO UPDATE SET"
            " last_error = excluded.last_error",
            [(decision_id, reason[:500]) for decision_id, reason in refused.items()])


def decisions_status(store: CollectorStore) -> tuple[int, int, str | None]:
    """Decisions pending (all of them, not one document's worth), acknowledged, and the
    latest refusal's reason among the pending."""
    pending = pending_decisions(store, limit=1_000_000, after_batches=False)
    with store.lock:
        acknowledged = store.db.execute(
            "SELECT COUNT(*) FROM relay_decisions WHERE acknowledged_at IS NOT NULL"
        ).fetchone()[0]
        ids = [decision["id"] for decision in pending][:500]
        marks = ", ".join("?" for _ in ids) or "''"
        error = store.db.execute(
            f"SELECT last_error FROM relay_decisions WHERE decision_id IN ({marks})"
            " AND last_error IS NOT NULL LIMIT 1", ids).fetchone()
    return len(pending), acknowledged, error[0] if error else None
