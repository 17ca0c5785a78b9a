"""The overview's numbers, straight from the database, and the one write on events."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest

from station_app.collector.office.audit import EVENT_CHANGED, AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.overview import (
    Count,
    Overview,
    UnknownEvent,
    set_publication,
)
from station_app.collector.office.overview_texts import TEXT
from tests.support.collector_cards import EVENT, card, receive

FEST = {"name": "Stadtteilfest Hörde", "date": "2026-12-05", "venue": "Marktplatz",
        "participation_url": "https://www.dortmund.de/stadtgespraech"}
FIRST, SECOND = event_key(EVENT), event_key(FEST)


def _tally(counts: list[Count]) -> dict[str | None, int]:
    return {count.id: count.cards for count in counts}


def _withdraw(store, clock, code: str) -> None:
    CardHolder(store, AuditLog(store, clock), clock).withdraw(code)


def test_both_languages_say_the_same_things():
    assert set(TEXT["de"]) == set(TEXT["en"])
    assert all(value.strip() for words in TEXT.values() for value in words.values())


def test_cards_of_two_stations_and_two_events_are_counted_per_event_and_detail(store, clock):
    receive(store, [card("Bäume"), card("Busse", topic="mobil", district=None),
                    card("Radwege", age_group=None)], station_id="buergerhalle-1")
    taken_back = card("Doch nicht", topic="mobil")
    receive(store, [card("Ruhe", prompt="p2", district=None, age_group=None),
                    card("Versteckt", hidden=True), taken_back],
            station_id="markt-1", event=FEST)
    _withdraw(store, clock, taken_back["code"])
    overview = Overview(store)

    assert [(line.event.name, line.cards) for line in overview.events()] == [
        ("Stadtteilfest Hörde", 2), ("Stadtkonferenz Ausgangsbilder", 3)]
    every = overview.counts()
    assert (every.counted, every.hidden, every.withdrawn) == (5, 1, 1)
    assert _tally(every.by_kind["prompt"]) == {"p1": 4, "p2": 1}
    assert _tally(every.by_kind["topic"]) == {"gruen": 4, "mobil": 1}
    assert [count.id for count in every.by_kind["district"]] == ["innenstadt-west", None]
    assert _tally(every.by_kind["district"]) == {"innenstadt-west": 3, None: 2}
    assert _tally(every.by_kind["age_group"]) == {"30-49": 3, None: 2}

    fest = overview.counts(SECOND)
    assert (fest.counted, fest.hidden, fest.withdrawn) == (2, 1, 1)
    assert _tally(fest.by_kind["topic"]) == {"gruen": 2}
    assert _tally(fest.by_kind["district"]) == {"innenstadt-west": 1, None: 1}
    assert overview.counts(FIRST).withdrawn == 0
    nothing = overview.counts("gibt-es-nicht")
    assert (nothing.counted, nothing.by_kind["topic"]) == (0, [])


def test_a_station_with_a_missing_batch_is_incomplete_and_names_the_gap(store):
    receive(store, [card("eins")], station_id="markt-1", seq=3,
            at=dt.datetime(2026, 11, 14, 17, 0, tzinfo=dt.UTC))
    receive(store, [card("zwei")], station_id="markt-1", seq=1,
            at=dt.datetime(2026, 11, 14, 18, 30, tzinfo=dt.UTC))
    receive(store, [card("drei")], station_id="buergerhalle-1")
    lines = {line.reconciliation.station_id: line for line in Overview(store).stations()}

    markt = lines["markt-1"]
    assert markt.reconciliation.missing_seqs == [2] and not markt.reconciliation.complete
    assert markt.last_batch is not None and markt.last_batch.seq == 1  # the latest arrival
    assert markt.last_batch.received_at.startswith("2026-11-14T18:30")
    assert lines["buergerhalle-1"].reconciliation.complete


def test_fewer_cards_than_the_station_sealed_is_incomplete(store):
    receive(store, [card("eins"), card("zwei")], station_id="markt-1")
    store.db.execute("UPDATE batches SET totals = ?",
                     [json.dumps({"batches_sealed": 1, "cards_sealed": 5})])
    line = Overview(store).stations()[0].reconciliation
    assert (line.cards_claimed, line.cards_stored, line.complete) == (5, 2, False)


def test_twenty_thousand_cards_are_counted_right(store, clock):
    made = []
    for start in range(0, 20_000, 2_000):
        chunk = [card(f"Karte {i}", prompt="p2" if i % 4 == 0 else "p1",
                      topic="mobil" if i % 3 == 0 else "gruen",
                      district=None if i % 5 == 0 else f"bezirk-{i % 12}",
                      age_group=None if i % 7 == 0 else f"alter-{i % 6}",
                      hidden=i % 11 == 0) for i in range(start, start + 2_000)]
        receive(store, chunk, station_id=f"station-{start % 3}",
                event=FEST if start % 4_000 else EVENT)
        made += [(one, FEST if start % 4_000 else EVENT) for one in chunk]
    gone = [one for one, _event in made[::997]]
    for one in gone:
        _withdraw(store, clock, one["code"])
    gone_codes = {one["code"] for one in gone}

    overview = Overview(store)
    for key in ("", FIRST, SECOND):
        mine = [one for one, event in made if not key or event_key(event) == key]
        kept = [one for one in mine if one["code"] not in gone_codes]
        counts = overview.counts(key)
        assert counts.counted == len(kept) and counts.withdrawn == len(mine) - len(kept)
        assert counts.hidden == sum(one["hidden"] for one in kept)
        for kind in ("prompt", "topic", "district", "age_group"):
            assert _tally(counts.by_kind[kind]) == Counter(one[f"{kind}_id"] for one in kept)
    assert sum(line.cards for line in overview.events()) == 20_000 - len(gone)


def test_publishing_writes_both_flags_with_an_audit_entry(store, clock):
    receive(store, [card("eins")])
    audit = AuditLog(store, clock)
    change = set_publication(store, audit, FIRST, results_public=True, cards_public=False,
                             actor="anna", client="10.0.0.1")
    assert change.changed
    event = Overview(store).events()[0].event
    assert (event.results_public, event.cards_public) == (True, False)
    entry = audit.latest()[0]
    assert (entry.actor, entry.action, entry.target) == ("anna", EVENT_CHANGED, FIRST)
    assert entry.before == {"results_public": False, "cards_public": False}
    assert entry.after == {"results_public": True, "cards_public": False}

    again = set_publication(store, audit, FIRST, results_public=True, cards_public=False,
                            actor="anna", client="10.0.0.1")
    assert not again.changed and len(audit.latest()) == 1


def test_the_live_walls_switch_is_saved_with_the_others_and_listed(store, clock):
    receive(store, [card("eins")])
    audit = AuditLog(store, clock)
    assert not Overview(store).events()[0].wall_premoderated
    change = set_publication(store, audit, FIRST, results_public=True, cards_public=False,
                             wall_premoderated=True, actor="anna", client="10.0.0.1")
    assert change.changed and Overview(store).events()[0].wall_premoderated
    assert audit.latest()[0].after == {"results_public": True, "cards_public": False,
                                       "wall_premoderated": True}
    # Without the switch, it is left as it is (and not named in the audit entry).
    set_publication(store, audit, FIRST, results_public=False, cards_public=False,
                    actor="anna", client="10.0.0.1")
    assert Overview(store).events()[0].wall_premoderated
    assert audit.latest()[0].after == {"results_public": False, "cards_public": False}
    unchanged = set_publication(store, audit, FIRST, results_public=False, cards_public=False,
                                wall_premoderated=True, actor="anna", client="10.0.0.1")
    assert not unchanged.changed and len(audit.latest()) == 2


def test_publishing_an_unknown_event_is_refused(store, clock):
    with pytest.raises(UnknownEvent):
        set_publication(store, AuditLog(store, clock), "gibt-es-nicht", results_public=True,
                        cards_public=True, actor="anna", client="here")
    assert AuditLog(store).latest() == []
