"""Moderation: cards are hidden with a reason, never deleted, and every action is audited."""

from __future__ import annotations

import pytest

from station_app.errors import UserError
from station_app.intake import CardDraft
from station_app.statistics import statistics
from station_app.storage.moderation import Moderation


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
