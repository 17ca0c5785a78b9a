"""The hub's record of what the city acknowledged, and its status table."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.collector.relay_outbox import RelayOutbox, format_status

NOW = dt.datetime(2026, 9, 28, 12, 0, tzinfo=dt.UTC)


def keep(store, batch_id: str, station_id: str, seq: int, received: str, cards: int = 2,
         contacts: int = 0) -> None:
    """A stored batch with its outbox row, as ``store_batch`` writes them on a hub."""
    store.db.execute("INSERT INTO stations VALUES (?, 'AAAA', ?) ON CONFLICT DO NOTHING",
                     [station_id, NOW.isoformat()])
    store.db.execute("INSERT INTO batches VALUES (?, ?, ?, ?, ?, 'http', ?, ?, ?, 'h', '{}',"
                     " '{}')", [batch_id, station_id, seq, received, received, cards,
                                contacts, cards])
    store.db.execute(
        "INSERT INTO relay_outbox (batch_id, station_id, seq, received_at, verify_key,"
        " enrolled_at, card_count, contact_count, moderation_count, document)"
        " VALUES (?, ?, ?, ?, 'AAAA', ?, ?, ?, 0, ?)",
        [batch_id, station_id, seq, received, NOW.isoformat(), cards, contacts,
         b'{"contacts": []}'])


def test_pending_batches_come_in_the_order_they_reached_the_hub(store):
    keep(store, "b2", "saal-2", 1, "2026-09-28T10:00:01+00:00")
    keep(store, "b1", "saal-1", 1, "2026-09-28T10:00:00+00:00")
    keep(store, "b3", "saal-1", 2, "2026-09-28T10:00:02+00:00")
    outbox = RelayOutbox(store)
    assert [batch.batch_id for batch in outbox.pending()] == ["b1", "b2", "b3"]
    outbox.acknowledge("b1", NOW, "stored", [])
    assert [batch.batch_id for batch in outbox.pending()] == ["b2", "b3"]
    gone = outbox.get("b1")
    assert gone is not None and gone.document is None and gone.ack_status == "stored"
    with pytest.raises(ValueError, match="acknowledged"):
        gone.parsed()
    assert outbox.get("nope") is None


def test_an_acknowledgement_deletes_the_hubs_copies_of_opened_contacts(store):
    keep(store, "b1", "saal-1", 1, NOW.isoformat(), cards=0, contacts=1)
    store.db.execute("INSERT INTO contacts VALUES ('c-1', 'saal-1', '', ?, '1',"
                     " '2026-09-27', '2026-09-28')", [b"\x00"])
    store.db.execute("INSERT INTO contacts VALUES ('c-2', 'saal-1', '', ?, '1',"
                     " '2026-09-27', '2026-09-28')", [b"\x00"])
    RelayOutbox(store).acknowledge("b1", NOW, "stored", ["c-1"])
    assert [row[0] for row in store.db.execute("SELECT uuid FROM contacts")] == ["c-2"]


def test_the_status_shows_relayed_pending_refused_and_batches_not_kept(store):
    assert "no hub's" in format_status(RelayOutbox(store).status())
    store.mark_hub(NOW)
    assert "no station batches received yet" in format_status(RelayOutbox(store).status())
    keep(store, "b1", "saal-1", 1, "2026-09-28T10:00:00+00:00", cards=3)
    keep(store, "b2", "saal-1", 2, "2026-09-28T10:00:01+00:00", cards=4)
    keep(store, "b3", "saal-2", 1, "2026-09-28T10:00:02+00:00", cards=5)
    store.db.execute("INSERT INTO batches VALUES ('old', 'saal-2', 2, 'x', 'x', 'http', 1, 0,"
                     " 1, 'h', '{}', '{}')")
    outbox = RelayOutbox(store)
    outbox.acknowledge("b1", NOW, "stored", [])
    outbox.note_attempt("b2", NOW, "batch 2 of saal-1: conflict at the city: card x")
    status = outbox.status()
    one, two = status.stations
    assert (one.batches_relayed, one.cards_relayed, one.batches_pending, one.cards_pending,
            one.batches_refused) == (1, 3, 1, 4, 1)
    assert (two.batches_pending, two.not_kept) == (1, 1)
    assert status.pending == 2 and status.as_dict()["pending_batches"] == 2
    table = format_status(status)
    assert "saal-1: last problem: batch 2 of saal-1: conflict at the city" in table
    assert "saal-2: 1 batch(es) arrived before this collector was a hub" in table
    assert table.endswith("2 batch(es) not acknowledged by the city yet")
    outbox.acknowledge("b2", NOW, "stored", [])
    outbox.acknowledge("b3", NOW, "already-received", [])
    assert format_status(outbox.status()).endswith("everything relayed")
