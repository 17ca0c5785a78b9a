"""Moderation: cards are hidden with a reason, never deleted, and every action is audited;
approvals for the live wall are given once, never to a hidden card, and travel once."""

from __future__ import annotations

import dataclasses

import pytest

from station_app.errors import UserError
from station_app.intake import CardDraft
from station_app.protocol.codes import new_code
from station_app.statistics import statistics
from station_app.storage.moderation import (
    WALL_APPROVED,
    Moderation,
    pending_approvals,
    seal_approvals,
)


def _card(station, clock, text="Mehr Bänke im Park", **fields):
    clock.advance(60)
    values = {"prompt_id": "idee", "topic_id": "wohnen", "text": text}
    values.update(fields)
    return station.intake.submit(CardDraft(**values))


@pytest.fixture
def moderation(station, clock):
    return Moderation(station.db, station.audit, clock)


def test_hide_and_unhide_keep_the_card_and_audit_every_step(station, clock, moderation):
    card = _card(station, clock)
    clock.advance(10)
    state = moderation.hide(card.code.lower().replace("-", " "), "  Name und   Telefonnummer ",
                            actor="Frau Kaya")
    assert state.hidden and state.reason == "Name und Telefonnummer"
    assert state.changed_at == clock.now and state.actor == "Frau Kaya"
    assert moderation.state(card.code).hidden
    assert [s.card.uuid for s in moderation.hidden()] == [card.uuid]
    assert station.archive.get(card.uuid) == card  # never deleted nor edited

    clock.advance(10)
    shown = moderation.unhide(card.code, actor="Frau Kaya")
    assert not shown.hidden and not moderation.state(card.code).hidden
    assert moderation.hidden() == []
    assert station.archive.count() == 1

    entries = list(reversed(station.audit.entries()))
    moderation_entries = [e for e in entries if e.action.startswith("card.")]
    assert [e.action for e in moderation_entries] == ["card.hide", "card.unhide"]
    assert moderation_entries[0].details["reason"] == "Name und Telefonnummer"
    assert moderation_entries[0].details["code"] == card.code
    assert moderation_entries[0].actor == "Frau Kaya"


def test_hide_needs_a_reason_and_a_real_card(station, clock, moderation):
    card = _card(station, clock)
    with pytest.raises(UserError, match="needs a reason"):
        moderation.hide(card.code, "   ")
    with pytest.raises(UserError, match="too long"):
        moderation.hide(card.code, "x" * 501)
    with pytest.raises(UserError, match="is not a card code"):
        moderation.hide("hello", "Beleidigung")
    wrong_check = card.code[:-1] + ("2" if card.code[-1] != "2" else "3")
    with pytest.raises(UserError):
        moderation.hide(wrong_check, "Beleidigung")
    with pytest.raises(UserError, match="is not hidden"):
        moderation.unhide(card.code)
    moderation.hide(card.code, "Beleidigung")
    with pytest.raises(UserError, match="already hidden"):
        moderation.hide(card.code, "noch einmal")
    assert [e.action for e in station.audit.entries()].count("card.hide") == 1


def test_hidden_cards_leave_the_counts_but_are_counted_apart(station, clock, moderation):
    cards = [
        _card(station, clock, prompt_id="heute", topic_id="kultur", district_id="hoerde"),
        _card(station, clock, prompt_id="heute", topic_id="wohnen", age_group_id="30-44"),
        _card(station, clock, prompt_id="idee", topic_id="wohnen", district_id="hoerde"),
        _card(station, clock, prompt_id="idee", topic_id="anderes", source="paper"),
    ]
    moderation.hide(cards[2].code, "doppelt")
    stats = statistics(station.db, station.config, cards[0].session_id)
    assert (stats.visible, stats.hidden, stats.total) == (3, 1, 4)
    by_prompt = {t.id: t.count for t in stats.by_prompt}
    assert by_prompt == {"heute": 2, "erhalten": 0, "herausforderungen": 0, "idee": 1}
    assert [t.id for t in stats.by_prompt] == [p.id for p in station.config.prompts]
    by_topic = {t.id: t.count for t in stats.by_topic}
    assert by_topic["wohnen"] == 1 and by_topic["kultur"] == 1 and by_topic["anderes"] == 1
    assert stats.by_topic[-1].label == "Anderes Thema"
    by_district = {t.id: t.count for t in stats.by_district}
    assert by_district["hoerde"] == 1 and by_district[None] == 2
    assert stats.by_district[-1].label == "keine Angabe"
    assert {t.id: t.count for t in stats.by_age_group}["30-44"] == 1
    assert {t.id: t.count for t in stats.by_source} == {"kiosk": 2, "paper": 1}
    assert {p: [(t.id, t.count) for t in ts] for p, ts in stats.by_prompt_topic.items()} == {
        "heute": [("kultur", 1), ("wohnen", 1)], "erhalten": [], "herausforderungen": [],
        "idee": [("anderes", 1)]}
    assert stats.first_at == cards[0].created_at and stats.last_at == cards[3].created_at

    moderation.unhide(cards[2].code)
    assert statistics(station.db, station.config).visible == 4


def test_statistics_of_an_empty_station(station):
    stats = statistics(station.db, station.config)
    assert stats.visible == stats.hidden == 0 and stats.first_at is None
    assert all(t.count == 0 for t in stats.by_prompt + stats.by_topic)


def test_hidden_list_is_per_session(station, clock, moderation):
    first = _card(station, clock)
    station.sessions.open("Nachmittag")
    second = _card(station, clock)
    moderation.hide(first.code, "a")
    moderation.hide(second.code, "b")
    assert [s.reason for s in moderation.hidden(first.session_id)] == ["a"]
    assert [s.reason for s in moderation.hidden()] == ["b", "a"]
    assert moderation.hidden_uuids([first.uuid, second.uuid, "x"]) == {first.uuid, second.uuid}


# --- approvals for the live wall ----------------------------------------------------------


def test_an_approval_for_the_live_wall_is_given_once_and_audited(station, clock, moderation):
    card, other = _card(station, clock), _card(station, clock, "Ein Brunnen")
    clock.advance(5)
    given = moderation.approve_for_wall(card.code.lower(), actor="Frau Kaya")
    assert given.card.uuid == card.uuid and given.at == clock.now
    assert moderation.approved_uuids([card.uuid, other.uuid]) == {card.uuid}
    assert moderation.approved_uuids([]) == set()
    with pytest.raises(UserError, match="approved for the live wall already") as refused:
        moderation.approve_for_wall(card.code)
    assert refused.value.message.args == (card.code,)
    [entry] = [e for e in station.audit.entries() if e.action == WALL_APPROVED]
    assert entry.actor == "Frau Kaya"
    assert entry.details == {"card_uuid": card.uuid, "code": card.code,
                             "session_id": card.session_id}
    assert [(a.card_uuid, a.at) for a in pending_approvals(station.db)] == [
        (card.uuid, clock.now.isoformat())]


def test_a_hidden_card_cannot_be_approved_for_the_live_wall(station, clock, moderation):
    card = _card(station, clock)
    moderation.hide(card.code, "Persönliche Daten")
    with pytest.raises(UserError, match="is hidden and cannot be approved"):
        moderation.approve_for_wall(card.code)
    assert pending_approvals(station.db) == []
    moderation.unhide(card.code)
    moderation.approve_for_wall(card.code)  # shown again: it can be
    with pytest.raises(UserError, match="there is no card"):
        moderation.approve_for_wall(new_code())


def test_approvals_travel_once_in_the_last_batch_after_their_cards(station, clock,
                                                                   moderation):
    import nacl.signing

    from station_app.protocol.batch import parse_document
    from station_app.sync.sealer import BatchSealer

    cards = [_card(station, clock, f"Karte {i}") for i in range(3)]
    for card in cards[:2]:
        moderation.approve_for_wall(card.code)
    sealer = BatchSealer(dataclasses.replace(station.config, sync=dataclasses.replace(
        station.config.sync, batch_size=2)), station.db, nacl.signing.SigningKey.generate(),
        clock)
    first, last = [parse_document(batch.document) for batch in sealer.seal_pending()]
    assert "approvals" not in first
    assert [a["card_uuid"] for a in last["approvals"]] == [c.uuid for c in cards[:2]]
    assert pending_approvals(station.db) == []
    moderation.approve_for_wall(cards[2].code)  # after sealing: in a batch of its own
    (alone,) = [parse_document(batch.document) for batch in sealer.seal_pending()]
    assert alone["cards"] == [] and [a["card_uuid"] for a in alone["approvals"]] == [
        cards[2].uuid]
    seal_approvals(station.db, "nichts", [])  # nothing to mark: nothing happens
