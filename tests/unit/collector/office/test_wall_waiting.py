"""The office's waiting list for the live wall (``/office/wall``) in process: a
pre-moderated event's visible cards not approved yet, the newest first, each approved with
its own button; linked from the navigation and the events page of a hub."""

from __future__ import annotations

import datetime as dt
import html

from station_app.collector.office.audit import WALL_APPROVED, AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.casework import Casework
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.overview import set_publication
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.office.wall_approval import WallApproval
from station_app.collector.pages import PageSettings
from station_app.collector.wall import WallReader
from tests.support.collector_cards import EVENT, card, receive
from tests.unit.collector.office.conftest import PASSWORD
from tests.unit.collector.office.test_card_routes import (
    ATTRIBUTE,
    ESCAPED,
    FORUM,
    SCRIPT,
    alert,
    assert_easy_to_drive,
    confirmation,
    listed,
    office,
    send,
)
from tests.unit.collector.office.test_routes import log_in, make_client
from tests.unit.collector.office.test_wall_approval import premoderate

KEY = event_key(EVENT)
office = office
"""moritz (a moderator) logged in on a venue's hub."""


def at(minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, 14, 10, minute, tzinfo=dt.UTC)


def approve(client, made: dict, **fields):
    return send(client, "/office/wall/approve", card=made["uuid"], event=KEY, **fields)


def test_the_waiting_list_shows_the_visible_cards_not_approved_newest_first(store, office,
                                                                            clock):
    old, new, shown, hidden, gone = (card("ältere Karte", created_at=at(1)),
                                     card(f"neuere {SCRIPT}", created_at=at(2)),
                                     card("schon freigegeben"), card("ausgeblendet"),
                                     card("zurückgezogen"))
    for one in (old, new, shown, hidden, gone):
        receive(store, [one])
    audit = AuditLog(store, clock)
    premoderate(store, clock)
    WallApproval(store, audit, clock).set_approved(shown["uuid"], True, actor="anna",
                                                   client="here")
    Casework(store, StatusCatalogue(), audit, clock).set_hidden(
        hidden["uuid"], True, "Werbung", actor="anna", client="here")
    CardHolder(store, audit, clock).withdraw(gone["code"])

    page = office.get("/office/wall").text
    assert "<h1>Wartet auf Freigabe für die Live-Wand</h1>" in page
    assert listed(page) == [new["code"], old["code"]]  # the newest first
    assert "<strong>2 Karten warten auf Freigabe.</strong>" in page
    assert ESCAPED[0] in page and SCRIPT not in page
    assert page.count('action="/office/wall/approve"') == 2
    assert f'<span class="vh"> (Karte {new["code"]} für die Live-Wand)</span>' in page
    assert 'aria-current="page">Freigaben</a>' in page  # in the navigation
    assert f'href="/wall/{KEY}?lang=de">Live-Wand der Veranstaltung ansehen' in page
    in_list = f"/office/cards?lang=de&amp;event={KEY}&amp;visibility=visible&amp;wall=waiting"
    assert in_list in page
    assert listed(office.get(html.unescape(in_list)).text) == [new["code"], old["code"]]
    odd = office.get("/office/cards?wall=%3Cscript%3E").text  # anything else: any card
    assert len(listed(odd)) == 5 and "<script>" not in odd
    assert_easy_to_drive(page)


def test_approving_from_the_list_puts_the_card_on_the_wall_and_off_the_list(store, office,
                                                                            clock):
    first, second = card("Mehr Bänke am See"), card("Ein Trinkbrunnen")
    receive(store, [first, second])
    premoderate(store, clock)
    done = approve(office, first)
    assert done.status_code == 303
    assert done.headers["location"] == (f"/office/wall?lang=de&event={KEY}&done=approved"
                                        f"&code={first['code']}")
    page = office.get(done.headers["location"]).text
    assert confirmation(page) == f"Karte {first['code']} ist für die Live-Wand freigegeben."
    assert listed(page) == [second["code"]]
    assert [one.text for one in WallReader(store).view(KEY).cards] == ["Mehr Bänke am See"]
    again = approve(office, first)
    assert again.headers["location"].endswith(f"done=unchanged&code={first['code']}")
    assert confirmation(office.get(again.headers["location"]).text) == \
        f"Nichts geändert: Karte {first['code']} war schon freigegeben."
    entries = [(e.actor, e.action, e.target) for e in AuditLog(store).latest()
               if e.action == WALL_APPROVED]
    assert entries == [("moritz", WALL_APPROVED, first["code"])]  # once


def test_a_refused_approval_says_why_and_a_forged_one_changes_nothing(store, office, clock):
    gone = card("zurückgezogen")
    receive(store, [gone])
    premoderate(store, clock)
    CardHolder(store, AuditLog(store, clock), clock).withdraw(gone["code"])
    refused = approve(office, gone)
    assert refused.status_code == 409
    assert "zurückgezogen und kann nicht mehr bearbeitet werden" in alert(refused.text)
    unknown = send(office, "/office/wall/approve", card="gibt-es-nicht", event=KEY)
    assert unknown.status_code == 400 and "gibt es nicht" in alert(unknown.text)
    forged = office.post("/office/wall/approve", data={"card": gone["uuid"], "event": KEY})
    assert forged.status_code == 403
    # A confirmation is said only of a card code: nothing else from the address is shown.
    odd = office.get(f"/office/wall?done=approved&code={ATTRIBUTE}").text
    assert confirmation(odd) == "" and ESCAPED[1] not in odd


def test_several_events_are_chosen_and_an_open_one_says_nothing_waits(store, office, clock):
    receive(store, [card("Forum")], event=FORUM)
    receive(store, [card("Konferenz")])
    page = office.get("/office/wall").text
    assert "Keine Veranstaltung wartet auf Freigaben" in page
    assert "/office/events" not in page.split("</nav>")[1]  # a moderator: no admin link
    premoderate(store, clock)
    forum = event_key(FORUM)
    set_publication(store, AuditLog(store, clock), forum, results_public=False,
                    cards_public=False, wall_premoderated=True, actor="anna", client="here")
    page = office.get("/office/wall").text  # the latest event first: the forum (December)
    assert '<select id="w-event" name="event">' in page
    assert "<h2>Veranstaltung: Bürgerforum Nord (1.12.2026)</h2>" in page
    chosen = office.get(f"/office/wall?event={KEY}").text
    assert "Stadtkonferenz Ausgangsbilder (14.11.2026)</h2>" in chosen
    assert_easy_to_drive(chosen)
    premoderate(store, clock, on=False)
    open_wall = office.get(f"/office/wall?event={KEY}").text
    assert "ausgeblendet ist: Hier wartet nichts auf Freigabe.</p>" in open_wall
    english = office.get(f"/office/wall?lang=en&event={forum}").text
    assert "<h1>Waiting for approval for the live wall</h1>" in english
    assert "<strong>1 card is waiting for approval.</strong>" in english
    assert ">Approve<span" in english


def test_the_list_is_reached_from_the_events_page_and_only_on_a_hub(store, clock, accounts):
    accounts.add("anna", "admin", PASSWORD, actor="test", client="here")
    receive(store, [card("eins")])
    premoderate(store, clock)
    with make_client(store, clock, site=PageSettings(wall=True)) as hub:
        assert log_in(hub, "anna").status_code == 303
        events = hub.get("/office/events").text
        assert (f'href="/office/wall?lang=de&amp;event={KEY}">Wartet auf Freigabe für die '
                "Live-Wand von „Stadtkonferenz Ausgangsbilder“</a>") in events
        landing = hub.get("/office/").text
        assert '<a href="/office/wall?lang=de">Freigaben</a>: Karten für die Live-Wand' in landing
    with make_client(store, clock) as city:  # the city's collector serves no wall
        assert log_in(city, "anna").status_code == 303
        assert "/office/wall" not in city.get("/office/events").text
        assert "/office/wall" not in city.get("/office/").text
        assert city.get("/office/wall").status_code == 200  # still there, if asked for
