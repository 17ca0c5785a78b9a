"""What the live wall shows, read from a real collector store, and when its fingerprint
says that something changed."""

from __future__ import annotations

import dataclasses
import uuid

from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.casework import Casework
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.overview import set_publication
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.office.wall_approval import WallApproval
from station_app.collector.wall import MAX_CARDS, MAX_TEXT, WallCard, WallReader, shorten
from tests.support.collector_cards import EVENT, card, receive

KEY = event_key(EVENT)
OTHER = {"name": "Werkstatt Nord", "date": "2026-11-20", "venue": "Eving"}
WHO = {"actor": "moritz", "client": "10.0.0.7"}


def texts(reader: WallReader, key: str = KEY) -> list[str]:
    view = reader.view(key)
    assert view is not None
    return [one.text for one in view.cards]


def hide_at_station(store, one: dict, hidden: bool = True) -> None:
    """A station's facilitator hides (or shows) a card; the decision comes with a batch."""
    receive(store, [], moderation=[{"uuid": str(uuid.uuid4()), "card_uuid": one["uuid"],
                                    "hidden": hidden, "reason": "Persönliche Daten",
                                    "at": "2026-11-14T19:00:00+00:00"}])


def test_the_visible_cards_newest_arrival_first_in_their_current_version(store, clock):
    first, second, third = card("Mehr Bänke am See"), card("Radwege!", topic="mobil"), \
        card("Kaputte Ampel")
    receive(store, [first])
    english = card("More trees please", topic="mobil")
    english["language"] = "en"
    receive(store, [second, third, english])
    CardHolder(store, AuditLog(store, clock), clock).correct(first["code"], "Mehr Bänke, bitte")
    Casework(store, StatusCatalogue(), AuditLog(store, clock), clock).set_hidden(
        third["uuid"], True, "Beleidigend oder diskriminierend", **WHO)
    view = WallReader(store).view(KEY)
    assert view is not None
    assert [one.text for one in view.cards] == ["More trees please", "Radwege!",
                                                "Mehr Bänke, bitte"]
    assert [one.language for one in view.cards] == ["en", "de", "de"]
    assert [(count.topic_id, count.cards) for count in view.topics] == [("mobil", 2),
                                                                         ("gruen", 1)]
    assert view.total == 3 and not view.event.premoderated
    assert view.event.name == EVENT["name"]
    assert {word.text for word in view.words} >= {"Bänke", "Radwege", "trees"}


def test_a_card_shows_nothing_about_its_writer_or_its_station():
    assert [f.name for f in dataclasses.fields(WallCard)] == ["id", "text", "topic_id",
                                                             "language"]


def test_withdrawn_and_station_hidden_cards_leave_the_wall(store, clock):
    kept, gone, hidden = card("bleibt"), card("zurückgezogen"), card("ausgeblendet")
    receive(store, [kept, gone, hidden])
    CardHolder(store, AuditLog(store, clock), clock).withdraw(gone["code"])
    hide_at_station(store, hidden)
    reader = WallReader(store)
    assert texts(reader) == ["bleibt"]
    hide_at_station(store, hidden, hidden=False)
    assert texts(reader) == ["ausgeblendet", "bleibt"]


def test_pre_moderation_shows_only_approved_cards_that_are_not_hidden(store, clock):
    one, two, three = card("eins"), card("zwei"), card("drei")
    receive(store, [one, two, three])
    audit = AuditLog(store, clock)
    set_publication(store, audit, KEY, results_public=False, cards_public=False,
                    wall_premoderated=True, **WHO)
    reader = WallReader(store)
    view = reader.view(KEY)
    assert view is not None and view.event.premoderated and view.cards == []
    assert view.total == 0 and view.topics == [] and view.words == []
    approval = WallApproval(store, audit, clock)
    for approved in (one, three):
        approval.set_approved(approved["uuid"], True, **WHO)
    assert texts(reader) == ["drei", "eins"]
    Casework(store, StatusCatalogue(), audit, clock).set_hidden(
        three["uuid"], True, "Persönliche Daten", **WHO)
    assert texts(reader) == ["eins"]  # approved, but hidden: hidden wins
    set_publication(store, audit, KEY, results_public=False, cards_public=False,
                    wall_premoderated=False, **WHO)
    assert texts(reader) == ["zwei", "eins"]


def test_the_newest_sixty_cards_and_long_texts_cut_at_a_word(store):
    receive(store, [card(f"Karte {n}") for n in range(MAX_CARDS + 10)])
    receive(store, [card("Wort " * 200)])
    view = WallReader(store).view(KEY)
    assert view is not None and len(view.cards) == MAX_CARDS and view.total == MAX_CARDS + 11
    assert view.cards[0].text.endswith("Wort…") and len(view.cards[0].text) <= MAX_TEXT + 1
    assert view.cards[-1].text == "Karte 11"
    assert shorten("  kurz\n und  gut ") == "kurz und gut"
    assert shorten("a" * 400) == "a" * MAX_TEXT + "…"


def test_an_unknown_event_has_no_wall_and_every_event_is_listed(store):
    receive(store, [card("eins")])
    receive(store, [card("zwei")], station_id="nord-1", event=OTHER)
    reader = WallReader(store)
    assert reader.view("gibt-es-nicht") is None
    assert [event.name for event in reader.events()] == ["Werkstatt Nord", EVENT["name"]]
    assert texts(reader, event_key(OTHER)) == ["zwei"]
    assert reader.topic_labels("en")["gruen"] == "Green and climate"
    assert reader.topic_labels("de")["gruen"] == "Grün und Klima"


def test_the_fingerprint_changes_with_everything_the_wall_shows_and_only_then(store, clock):
    one, two = card("eins"), card("zwei")
    receive(store, [one, two])
    receive(store, [card("anderswo")], station_id="nord-1", event=OTHER)
    reader = WallReader(store)
    audit = AuditLog(store, clock)
    seen = [reader.fingerprints([KEY])[KEY]]

    def changed() -> bool:
        now = reader.fingerprints([KEY, "gibt-es-nicht"])
        assert now["gibt-es-nicht"] == ("missing",)
        fresh = now[KEY] != seen[-1]
        seen.append(now[KEY])
        return fresh

    assert not changed()
    receive(store, [card("noch eine")], station_id="nord-1", event=OTHER)
    assert not changed()  # another event's card
    receive(store, [card("drei")])
    assert changed()
    hide_at_station(store, one)
    assert changed()
    work = Casework(store, StatusCatalogue(), audit, clock)
    work.set_hidden(two["uuid"], True, "Persönliche Daten", **WHO)
    assert changed()
    WallApproval(store, audit, clock).set_approved(one["uuid"], True, **WHO)
    assert changed()
    set_publication(store, audit, KEY, results_public=False, cards_public=False,
                    wall_premoderated=True, **WHO)
    assert changed()
    CardHolder(store, audit, clock).correct(one["code"], "eins, korrigiert")
    assert changed()
    CardHolder(store, audit, clock).withdraw(one["code"])
    assert changed()
    assert not changed()
    assert reader.fingerprints([]) == {}
