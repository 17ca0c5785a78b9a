"""Approving cards for the live wall: in the store with its audit entries, and from the
office's card page."""

from __future__ import annotations

import pytest

from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.casework import CaseRefused, Casework
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.overview import set_publication
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.office.wall_approval import (
    WALL_APPROVED,
    WALL_UNAPPROVED,
    WallApproval,
)
from station_app.collector.wall import WallReader
from tests.support.collector_cards import EVENT, card, receive
from tests.unit.collector.office.conftest import PASSWORD
from tests.unit.collector.office.test_card_routes import (
    assert_easy_to_drive,
    confirmation,
    office,
    send,
)

WHO = {"actor": "moritz", "client": "10.0.0.7"}
KEY = event_key(EVENT)
office = office
"""moritz (a moderator) logged in, as in the card pages' tests."""


@pytest.fixture
def approval(store, clock) -> WallApproval:
    return WallApproval(store, AuditLog(store, clock), clock)


def premoderate(store, clock, on: bool = True) -> None:
    set_publication(store, AuditLog(store, clock), KEY, results_public=False,
                    cards_public=False, wall_premoderated=on, actor="anna", client="here")


def wall_texts(store) -> list[str]:
    view = WallReader(store).view(KEY)
    assert view is not None
    return [one.text for one in view.cards]


def test_an_approval_and_taking_it_back_each_write_one_audit_entry(store, approval, clock):
    bench = card("Mehr Bänke")
    receive(store, [bench])
    assert approval.state(bench["uuid"]).approved_at is None
    assert approval.set_approved(bench["uuid"], True, **WHO)
    assert not approval.set_approved(bench["uuid"], True, **WHO)  # nothing recorded twice
    state = approval.state(bench["uuid"])
    assert state.approved and state.approved_at == clock().isoformat()
    clock.advance(60)
    assert approval.set_approved(bench["uuid"], False, **WHO)
    assert not approval.set_approved(bench["uuid"], False, **WHO)
    assert not approval.state(bench["uuid"]).approved
    entries = [(e.actor, e.action, e.target, e.before, e.after, e.client)
               for e in reversed(AuditLog(store).latest())]
    assert entries == [
        ("moritz", WALL_APPROVED, bench["code"], {"wall_approved": False},
         {"wall_approved": True}, "10.0.0.7"),
        ("moritz", WALL_UNAPPROVED, bench["code"], {"wall_approved": True},
         {"wall_approved": False}, "10.0.0.7")]
    assert (WALL_APPROVED, WALL_UNAPPROVED) == ("card.wall_approved", "card.wall_unapproved")


def test_the_state_names_the_events_switch(store, approval, clock):
    bench = card("Mehr Bänke")
    receive(store, [bench])
    assert not approval.state(bench["uuid"]).premoderated
    premoderate(store, clock)
    assert approval.state(bench["uuid"]).premoderated
    assert approval.state("gibt-es-nicht") is None


def test_a_withdrawn_or_unknown_card_cannot_be_approved(store, approval, clock):
    gone = card("zurückgezogen")
    receive(store, [gone])
    CardHolder(store, AuditLog(store, clock), clock).withdraw(gone["code"])
    with pytest.raises(CaseRefused, match="withdrawn"):
        approval.set_approved(gone["uuid"], True, **WHO)
    with pytest.raises(CaseRefused, match="no_card"):
        approval.set_approved("gibt-es-nicht", True, **WHO)
    assert [e.action for e in AuditLog(store).latest()] == ["card.withdrawn"]


def test_with_pre_moderation_only_approved_cards_reach_the_wall(store, approval, clock):
    first, second = card("erste"), card("zweite")
    receive(store, [first, second])
    premoderate(store, clock)
    assert wall_texts(store) == []
    approval.set_approved(second["uuid"], True, **WHO)
    assert wall_texts(store) == ["zweite"]
    Casework(store, StatusCatalogue(), AuditLog(store, clock), clock).set_hidden(
        second["uuid"], True, "Persönliche Daten", **WHO)
    assert wall_texts(store) == []  # hidden wins over approved


def test_the_card_page_approves_for_the_wall_and_takes_it_back(store, office, clock):
    bench = card("Mehr Bänke am See")
    receive(store, [bench])
    page = office.get(f"/office/cards/{bench['uuid']}").text
    assert "<h2>Live-Wand</h2>" in page
    assert "Die Live-Wand dieser Veranstaltung zeigt jede Karte, die nicht ausgeblendet" in page
    assert "Die Karte ist nicht für die Live-Wand freigegeben." in page
    assert '<button type="submit">Für die Live-Wand freigeben</button>' in page
    assert f'href="/wall/{KEY}?lang=de">Live-Wand der Veranstaltung ansehen' in page
    assert_easy_to_drive(page)

    premoderate(store, clock)
    done = send(office, f"/office/cards/{bench['uuid']}/approve")
    assert done.status_code == 303
    assert done.headers["location"] == f"/office/cards/{bench['uuid']}?lang=de&done=wall_approved"
    page = office.get(done.headers["location"]).text
    assert confirmation(page) == "Die Karte ist für die Live-Wand freigegeben."
    assert "zeigt nur Karten, die für sie freigegeben sind." in page
    assert "Die Karte ist für die Live-Wand freigegeben (seit" in page
    assert '<button type="submit">Freigabe zurücknehmen</button>' in page
    assert_easy_to_drive(page)
    assert wall_texts(store) == ["Mehr Bänke am See"]

    again = send(office, f"/office/cards/{bench['uuid']}/approve")
    assert again.headers["location"].endswith("done=unchanged")
    back = send(office, f"/office/cards/{bench['uuid']}/unapprove")
    assert back.headers["location"].endswith("done=wall_unapproved")
    assert confirmation(office.get(back.headers["location"]).text) == \
        "Die Freigabe für die Live-Wand ist zurückgenommen."
    assert wall_texts(store) == []
    english = office.get(f"/office/cards/{bench['uuid']}?lang=en").text
    assert "<h2>Live wall</h2>" in english and ">Approve for the live wall</button>" in english
    actions = [e.action for e in reversed(AuditLog(store).latest())]
    assert actions[-2:] == [WALL_APPROVED, WALL_UNAPPROVED]


def test_a_hidden_approved_card_says_it_stays_off_the_wall(store, office, approval, clock):
    bench = card("Mehr Bänke am See")
    receive(store, [bench])
    approval.set_approved(bench["uuid"], True, **WHO)
    Casework(store, StatusCatalogue(), AuditLog(store, clock), clock).set_hidden(
        bench["uuid"], True, "Persönliche Daten", **WHO)
    page = office.get(f"/office/cards/{bench['uuid']}").text
    assert "Solange die Karte ausgeblendet ist, erscheint sie auf der Live-Wand nicht" in page


def test_no_approval_without_the_forms_token_nor_for_a_withdrawn_card(store, office, clock):
    bench, gone = card("Mehr Bänke"), card("zurückgezogen")
    receive(store, [bench, gone])
    refused = office.post(f"/office/cards/{bench['uuid']}/approve", data={"lang": "de"})
    assert refused.status_code == 403
    CardHolder(store, AuditLog(store, clock), clock).withdraw(gone["code"])
    withdrawn = send(office, f"/office/cards/{gone['uuid']}/approve")
    assert withdrawn.status_code == 409 and "zurückgezogen" in withdrawn.text
    missing = send(office, "/office/cards/gibt-es-nicht/approve")
    assert missing.status_code == 404
    assert not any(e.action.startswith("card.wall") for e in AuditLog(store).latest())


def test_the_citys_collector_links_to_no_wall(store, accounts, clock):
    from tests.unit.collector.office.test_routes import log_in, make_client

    bench = card("Mehr Bänke am See")
    receive(store, [bench])
    accounts.add("moritz", "moderator", PASSWORD, actor="test", client="here")
    with make_client(store, clock) as client:
        log_in(client, "moritz")
        page = client.get(f"/office/cards/{bench['uuid']}").text
    assert "<h2>Live-Wand</h2>" in page and "/wall/" not in page


# --- approvals given at a station's dashboard ---------------------------------------------


def test_a_stations_approvals_are_applied_once_to_its_own_cards(store, approval, clock):
    mine, theirs, gone, done = card("meine"), card("fremde"), card("weg"), card("schon")
    receive(store, [mine, gone, done], station_id="saal-1")
    receive(store, [theirs], station_id="saal-2")
    CardHolder(store, AuditLog(store, clock), clock).withdraw(gone["code"])
    approval.set_approved(done["uuid"], True, **WHO)
    premoderate(store, clock)
    given = [{"uuid": f"a-{n}", "card_uuid": one["uuid"], "at": "2026-11-14T10:05:00+00:00"}
             for n, one in enumerate((mine, theirs, gone, done, mine, {"uuid": "unbekannt"}))]
    assert approval.from_station("saal-1", given, via="relay:hub-1") == 1
    assert wall_texts(store) == ["schon", "meine"]
    [entry] = [e for e in AuditLog(store).latest() if e.actor.startswith("station:")]
    assert (entry.actor, entry.action, entry.target, entry.client) == (
        "station:saal-1", WALL_APPROVED, mine["code"], "relay:hub-1")
    assert entry.after == {"wall_approved": True, "at": "2026-11-14T10:05:00+00:00"}
    assert approval.from_station("saal-1", given, via="file") == 0  # the same twice: once
