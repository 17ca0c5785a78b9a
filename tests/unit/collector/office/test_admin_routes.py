"""The admins' pages in process: publishing events' results, blocking accounts, and who
may do either."""

from __future__ import annotations

from station_app.collector.office.accounts import StaffAccounts
from station_app.collector.office.audit import EVENT_CHANGED, USER_DISABLED, AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.cases import CaseFiles
from station_app.collector.pages import PageSettings
from tests.support.collector_cards import EVENT, card, receive
from tests.unit.collector.office import test_routes
from tests.unit.collector.office.conftest import PASSWORD
from tests.unit.collector.office.test_overview_routes import row
from tests.unit.collector.office.test_routes import TOKEN, log_in, make_client

staff = test_routes.staff
"""anna (admin) and moritz (moderator), as in the office's route tests."""
KEY = event_key(EVENT)
ACCOUNTS = "Konten"


def _token(client, page: str = "/office/overview") -> str:
    return TOKEN.search(client.get(page).text).group(1)


def _flags(store) -> tuple[bool, bool]:
    event = CaseFiles(store).event(KEY)
    assert event is not None
    return event.results_public, event.cards_public


def _audited(store, action: str) -> list:
    return [entry for entry in AuditLog(store).latest() if entry.action == action]


def test_a_moderator_may_neither_see_nor_change_events_and_accounts(store, staff, clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as client:
        log_in(client, "moritz")
        for page in ("/office/events", "/office/users"):
            refused = client.get(page)
            assert refused.status_code == 403
            assert "Diese Seite ist der Administration vorbehalten." in refused.text
        token = _token(client)
        for path, data in ((f"/office/events/{KEY}", {"results_public": "1",
                                                       "cards_public": "1"}),
                           ("/office/users/anna/disable", {}),
                           ("/office/users/moritz/disable", {})):
            refused = client.post(path, data={"csrf_token": token, **data})
            assert refused.status_code == 403 and "Administration vorbehalten" in refused.text
    assert _flags(store) == (False, False)
    assert all(user.enabled for user in staff.all())
    assert _audited(store, EVENT_CHANGED) == [] and _audited(store, USER_DISABLED) == []


def test_a_post_without_its_csrf_token_is_refused(store, staff, clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as client:
        log_in(client)
        for path, data in ((f"/office/events/{KEY}", {"results_public": "1"}),
                           ("/office/users/moritz/disable", {}),
                           ("/office/users/moritz/disable", {"csrf_token": "falsch"})):
            refused = client.post(path, data=data)
            assert refused.status_code == 403 and "abgelaufen oder ungültig" in refused.text
    assert _flags(store) == (False, False)
    assert staff.find("moritz").enabled


def test_without_a_login_the_pages_send_to_the_login_and_posts_are_refused(store, staff,
                                                                             clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as client:
        for page in ("/office/events", "/office/users"):
            answer = client.get(page)
            assert answer.status_code == 303
            assert answer.headers["location"].startswith("/office/login?lang=de&next=")
        refused = client.post(f"/office/events/{KEY}", data={"results_public": "1"})
        assert refused.status_code == 403 and "Bitte melden Sie sich zuerst an." in refused.text
    assert _flags(store) == (False, False)


def test_an_admin_publishes_and_withdraws_the_results_with_audit_entries(store, staff, clock):
    receive(store, [card("eins"), card("zwei")])
    with make_client(store, clock) as client:
        log_in(client)
        page = client.get("/office/events").text
        assert '<label for="results-1">Ergebnisseite veröffentlichen</label>' in page
        assert ('<label for="cards-1">Einzelne Karten auf der Ergebnisseite zeigen</label>'
                in page)
        assert "Wirkt nur, wenn die Ergebnisseite veröffentlicht ist." in page
        token = TOKEN.search(page).group(1)

        done = client.post(f"/office/events/{KEY}", data={"csrf_token": token,
                                                          "results_public": "1"})
        assert done.status_code == 303
        assert done.headers["location"] == f"/office/events?lang=de&saved={KEY}"
        assert _flags(store) == (True, False)
        confirmed = client.get(done.headers["location"]).text
        assert ("Gespeichert für „Stadtkonferenz Ausgangsbilder“: Ergebnisseite "
                "veröffentlicht; keine einzelnen Karten." in confirmed)
        assert 'id="results-1" name="results_public" value="1" checked' in confirmed
        assert f'href="/results/{KEY}?lang=de"' in confirmed

        client.post(f"/office/events/{KEY}", data={"csrf_token": token,
                                                   "results_public": "1",
                                                   "cards_public": "1"})
        assert _flags(store) == (True, True)
        # boxes not ticked are not sent: both off
        client.post(f"/office/events/{KEY}", data={"csrf_token": token})
        assert _flags(store) == (False, False)
        same = client.post(f"/office/events/{KEY}", data={"csrf_token": token})
        assert same.headers["location"] == f"/office/events?lang=de&unchanged={KEY}"
        assert "nichts geändert" in client.get(same.headers["location"]).text

    entries = _audited(store, EVENT_CHANGED)
    assert [(entry.actor, entry.target) for entry in entries] == [("anna", KEY)] * 3
    wall = {"wall_premoderated": False}
    assert [(entry.before, entry.after) for entry in reversed(entries)] == [
        ({"results_public": False, "cards_public": False, **wall},
         {"results_public": True, "cards_public": False, **wall}),
        ({"results_public": True, "cards_public": False, **wall},
         {"results_public": True, "cards_public": True, **wall}),
        ({"results_public": True, "cards_public": True, **wall},
         {"results_public": False, "cards_public": False, **wall})]


def _premoderated(store) -> bool:
    return bool(store.db.execute("SELECT wall_premoderated FROM office_events WHERE key = ?",
                                 [KEY]).fetchone()[0])


def test_an_admin_makes_the_live_wall_wait_for_approvals_and_back(store, staff, clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as city:
        log_in(city)
        assert "/wall/" not in city.get("/office/events").text  # no wall, no link
    with make_client(store, clock, site=PageSettings(wall=True)) as client:
        log_in(client)
        page = client.get("/office/events").text
        assert ('<label for="wall-1">Live-Wand: Karten erst nach Freigabe zeigen</label>'
                in page)
        assert 'id="wall-1" name="wall_premoderated" value="1" aria-describedby' in page
        assert "Die Live-Wand zeigt jede Karte, die nicht ausgeblendet ist." in page
        assert f'href="/wall/{KEY}?lang=de">Live-Wand von „Stadtkonferenz' in page
        token = TOKEN.search(page).group(1)
        done = client.post(f"/office/events/{KEY}", data={"csrf_token": token,
                                                          "wall_premoderated": "1"})
        assert done.headers["location"] == f"/office/events?lang=de&saved={KEY}"
        assert _premoderated(store) and _flags(store) == (False, False)
        confirmed = client.get(done.headers["location"]).text
        assert ("keine einzelnen Karten. Die Live-Wand zeigt nur freigegebene Karten."
                in confirmed)
        assert 'id="wall-1" name="wall_premoderated" value="1" checked' in confirmed
        client.post(f"/office/events/{KEY}", data={"csrf_token": token})
        assert not _premoderated(store)
        english = client.get("/office/events?lang=en").text
    assert "Live wall: show cards only once approved" in english
    assert "The live wall shows every card that is not hidden." in english
    entries = _audited(store, EVENT_CHANGED)
    assert [(entry.before["wall_premoderated"], entry.after["wall_premoderated"])
            for entry in reversed(entries)] == [(False, True), (True, False)]


def test_a_moderator_cannot_switch_the_live_walls_pre_moderation(store, staff, clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as client:
        log_in(client, "moritz")
        refused = client.post(f"/office/events/{KEY}",
                              data={"csrf_token": _token(client), "wall_premoderated": "1"})
    assert refused.status_code == 403 and not _premoderated(store)


def test_cards_public_without_published_results_says_it_waits(store, staff, clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as client:
        log_in(client)
        token = _token(client, "/office/events")
        client.post(f"/office/events/{KEY}", data={"csrf_token": token, "cards_public": "1"})
        page = client.get("/office/events").text
    assert ("Jetzt: Ergebnisseite nicht veröffentlicht; einzelne Karten erscheinen, sobald die "
            "Ergebnisseite veröffentlicht ist." in page)


def test_an_unknown_event_or_account_gets_a_404_page(store, staff, clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as client:
        log_in(client)
        token = _token(client)
        for path in ("/office/events/gibt-es-nicht", "/office/events/" + "x" * 3000):
            answer = client.post(path, data={"csrf_token": token, "results_public": "1"})
            assert answer.status_code == 404 and "Veranstaltung nicht gefunden" in answer.text
        for path in ("/office/users/niemand/disable", "/office/users/niemand/enable",
                     "/office/users/a%2Fb/disable", "/office/users/" + "y" * 3000 + "/enable"):
            answer = client.post(path, data={"csrf_token": token})
            assert answer.status_code == 404 and "Konto nicht gefunden" in answer.text
        assert client.get("/office/users/moritz/disable").status_code == 404
    assert _audited(store, EVENT_CHANGED) == []


def test_an_admin_blocks_and_unblocks_an_account_and_its_sessions_end(store, staff, clock):
    with make_client(store, clock) as admin, make_client(store, clock) as moderator:
        log_in(moderator, "moritz")
        assert moderator.get("/office/overview").status_code == 200
        log_in(admin)
        page = admin.get("/office/users").text
        assert row(page, ACCOUNTS, "moritz")[1:3] == ["Moderation", "aktiv"]
        assert row(page, ACCOUNTS, "moritz")[5] == "„moritz“ sperren"
        assert "station-app collector add-user NAME --role admin|moderator --db …" in page
        token = TOKEN.search(page).group(1)

        done = admin.post("/office/users/moritz/disable", data={"csrf_token": token})
        assert done.status_code == 303
        assert done.headers["location"] == "/office/users?lang=de&done=disabled&account=moritz"
        page = admin.get(done.headers["location"]).text
        assert "Das Konto „moritz“ ist gesperrt" in page
        assert row(page, ACCOUNTS, "moritz")[2] == "gesperrt"
        assert row(page, ACCOUNTS, "moritz")[5] == "„moritz“ entsperren"
        assert moderator.get("/office/overview").status_code == 303  # logged out
        assert not staff.find("moritz").enabled

        again = admin.post("/office/users/moritz/enable", data={"csrf_token": token})
        assert "ist entsperrt" in admin.get(again.headers["location"]).text
        assert staff.find("moritz").enabled
        assert log_in(moderator, "moritz").status_code == 303


def test_an_admin_cannot_block_themself(store, staff, clock):
    with make_client(store, clock) as client:
        log_in(client)
        page = client.get("/office/users").text
        assert row(page, ACCOUNTS, "anna")[5] == ("Das ist Ihr eigenes Konto: Sie können es "
                                                 "nicht selbst sperren.")
        assert "/office/users/anna/disable" not in page
        token = TOKEN.search(page).group(1)
        refused = client.post("/office/users/ANNA/disable", data={"csrf_token": token})
        assert refused.status_code == 409
        assert "Ihr eigenes Konto können Sie nicht sperren." in refused.text
        assert client.get("/office/users").status_code == 200  # still logged in
    assert staff.find("anna").enabled and _audited(store, USER_DISABLED) == []


def test_account_names_with_html_or_slashes_are_escaped_and_reachable(store, staff, clock):
    for name in ("<b>fett</b>", "team/nord"):
        staff.add(name, "moderator", PASSWORD, actor="test", client="here")
    with make_client(store, clock) as client:
        log_in(client)
        page = client.get("/office/users").text
        assert "<b>fett" not in page and "„&lt;b&gt;fett&lt;/b&gt;“ sperren" in page
        assert 'action="/office/users/team%2Fnord/disable?lang=de"' in page
        token = TOKEN.search(page).group(1)
        for path in ("/office/users/team%2Fnord/disable",
                     "/office/users/%3Cb%3Efett%3C%2Fb%3E/disable"):
            assert client.post(path, data={"csrf_token": token}).status_code == 303
    assert not staff.find("team/nord").enabled and not staff.find("<b>fett</b>").enabled


def test_the_admin_pages_in_english_are_english(store, staff: StaffAccounts, clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as client:
        log_in(client, lang="en")
        events = client.get("/office/events?lang=en").text
        users = client.get("/office/users?lang=en").text
    assert '<html lang="en">' in events and "<h1>Events and results pages</h1>" in events
    assert "Publish the results page" in events and "Show single cards" in events
    assert "<h1>Staff accounts</h1>" in users
    assert row(users, "Accounts", "moritz")[1:3] == ["Moderator", "active"]
    assert row(users, "Accounts", "moritz")[5] == "Block “moritz”"
    for german in ("veröffentlichen", "Speichern", "gesperrt", "aktiv", "Konto", "noch nie"):
        assert german not in events + users
