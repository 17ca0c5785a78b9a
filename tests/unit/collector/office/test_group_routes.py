"""The office's group pages in process: create, rename, answer once for all, set the status
of all cards, take a card out; and what a stranger or a forged form gets."""

from __future__ import annotations

import html
import re

from station_app.collector.office.audit import AuditLog
from station_app.collector.office.cases import CaseFiles
from station_app.collector.office.holder import CardHolder
from tests.support.collector_cards import card, receive
from tests.unit.collector.office import test_card_routes
from tests.unit.collector.office.test_card_routes import (
    ATTRIBUTE,
    ESCAPED,
    SCRIPT,
    alert,
    assert_easy_to_drive,
    confirmation,
    listed,
    office_actions,
    send,
)
from tests.unit.collector.office.test_routes import make_client

office = test_card_routes.office
"""moritz's browser, logged in (a fixture)."""
work = test_card_routes.work
"""The casework over the test's store (a fixture), to set the scene."""


def grouped(store, work, name: str, texts: list[str]) -> tuple[int, list[dict]]:
    cards = [card(text) for text in texts]
    receive(store, cards)
    group = work.create_group(name, actor="anna", client="x")
    work.assign([c["uuid"] for c in cards], group, actor="anna", client="x")
    return group, cards


def test_a_new_group_is_created_from_the_list_and_shown_there(store, office):
    empty = office.get("/office/groups")
    assert empty.status_code == 200 and "Es gibt noch keine Gruppen." in empty.text
    assert '<h2 id="new-group">Neue Gruppe anlegen</h2>' in empty.text
    assert_easy_to_drive(empty.text)
    made = send(office, "/office/groups", name="  Schatten   im Sommer ")
    assert made.status_code == 303
    location = made.headers["location"]
    group = int(re.fullmatch(r"/office/groups/(\d+)\?lang=de&done=created", location).group(1))
    page = office.get(location).text
    assert "<h1>Gruppe „Schatten im Sommer“</h1>" in page
    assert confirmation(page).startswith("Die Gruppe ist angelegt.")
    assert "von moritz. 0 Karten." in page
    listing = office.get("/office/groups").text
    assert f'<a href="/office/groups/{group}?lang=de">Schatten im Sommer</a>' in listing
    assert "noch nicht beantwortet" in listing
    assert office_actions(store) == [("moritz", "group.created", f"#{group}")]
    nameless = send(office, "/office/groups", name="   ")
    assert nameless.status_code == 400
    assert alert(nameless.text) == "Nicht gespeichert: Bitte geben Sie der Gruppe einen Namen."
    assert len(CaseFiles(store).groups()) == 1


def test_renaming_a_group_changes_its_name_everywhere(store, office, work):
    group, cards = grouped(store, work, "Bäume", ["Mehr Bäume"])
    renamed = send(office, f"/office/groups/{group}/rename", name="Stadtgrün")
    assert renamed.headers["location"] == f"/office/groups/{group}?lang=de&done=renamed"
    assert confirmation(office.get(renamed.headers["location"]).text) == \
        "Die Gruppe ist umbenannt."
    assert CaseFiles(store).group(group).name == "Stadtgrün"
    assert "Stadtgrün" in office.get(f"/office/cards/{cards[0]['uuid']}").text
    refused = send(office, f"/office/groups/{group}/rename", name=" ")
    assert refused.status_code == 400 and "einen Namen" in alert(refused.text)
    assert 'id="group-name" name="name"' in refused.text
    assert CaseFiles(store).group(group).name == "Stadtgrün"
    assert office_actions(store)[-1] == ("moritz", "group.renamed", f"#{group}")


def test_the_groups_answer_shows_on_every_card_without_its_own(store, office, work):
    group, (first, second) = grouped(store, work, "Bäume", ["Mehr Bäume", "Weniger Beton"])
    work.answer_card(second["uuid"], "Eine eigene Antwort.", actor="anna", client="x")
    page = office.get(f"/office/groups/{group}").text
    assert "Diese Antwort erscheint bei jeder Karte der Gruppe, die keine eigene Antwort " \
           "hat." in page
    given = send(office, f"/office/groups/{group}/answer", answer="Wir pflanzen 500 Bäume.")
    page = office.get(given.headers["location"]).text
    assert confirmation(page) == "Die Antwort der Gruppe ist gespeichert."
    assert ">Wir pflanzen 500 Bäume.</textarea>" in page
    on_first = office.get(f"/office/cards/{first['uuid']}").text
    assert "Antwort der Gruppe „Bäume“" in on_first and "Wir pflanzen 500 Bäume." in on_first
    on_second = office.get(f"/office/cards/{second['uuid']}").text
    assert "Eigene Antwort dieser Karte" in on_second and "500 Bäume" not in on_second
    assert "beantwortet am" in office.get("/office/groups").text
    essay = "y" * 5001
    refused = send(office, f"/office/groups/{group}/answer", answer=essay)
    assert refused.status_code == 400 and "zu lang" in alert(refused.text)
    assert f">{essay}</textarea>" in refused.text
    back = send(office, f"/office/groups/{group}/answer", answer="")
    assert confirmation(office.get(back.headers["location"]).text) == \
        "Die Antwort der Gruppe ist zurückgenommen."
    assert CaseFiles(store).by_uuid(first["uuid"]).answer is None
    assert [a for _w, a, _t in office_actions(store)][-2:] == ["group.answered"] * 2


def test_the_status_of_every_card_in_the_group_is_set_at_once(store, office, work):
    group, cards = grouped(store, work, "Bäume", ["Eins", "Zwei", "Drei"])
    CardHolder(store, AuditLog(store)).withdraw(cards[2]["code"])
    moved = send(office, f"/office/groups/{group}/status", status="adopted")
    assert moved.headers["location"] == (
        f"/office/groups/{group}?lang=de&done=group_status&moved=2")
    page = office.get(moved.headers["location"]).text
    assert confirmation(page) == "Neuer Status für 2 Karten."
    assert [CaseFiles(store).by_uuid(c["uuid"]).status for c in cards] == [
        "adopted", "adopted", "withdrawn"]
    again = send(office, f"/office/groups/{group}/status", status="adopted")
    assert confirmation(office.get(again.headers["location"]).text) == \
        "Nichts geändert: Alle Karten hatten diesen Status schon."
    unchosen = send(office, f"/office/groups/{group}/status", status="")
    assert unchosen.status_code == 400 and "Diesen Status gibt es nicht" in alert(unchosen.text)
    assert [a for _w, a, _t in office_actions(store)].count("group.status") == 1


def test_a_card_is_taken_out_of_the_group_with_its_own_button(store, office, work):
    group, (first, second) = grouped(store, work, "Bäume", ["Mehr Bäume", "Weniger Beton"])
    page = office.get(f"/office/groups/{group}").text
    assert f"Aus der Gruppe nehmen<span class=\"vh\"> (Karte {first['code']})</span>" in page
    assert_easy_to_drive(page)
    out = send(office, f"/office/groups/{group}/remove", card=first["uuid"])
    page = office.get(out.headers["location"]).text
    assert confirmation(page) == "Die Karte ist aus der Gruppe genommen."
    assert listed(page) == [second["code"]] and "<strong>1 Karte</strong>" in page
    assert CaseFiles(store).by_uuid(first["uuid"]).group_id is None
    again = send(office, f"/office/groups/{group}/remove", card=first["uuid"])
    assert again.status_code == 400 and "nicht (mehr) in dieser Gruppe" in alert(again.text)
    unknown = send(office, f"/office/groups/{group}/remove", card="nonsense")
    assert unknown.status_code == 400 and "Diese Karte gibt es nicht" in alert(unknown.text)
    assert office_actions(store)[-1] == ("moritz", "card.grouped", first["code"])


def test_a_large_group_pages_its_cards(store, office, work):
    group, cards = grouped(store, work, "Viele", [f"Karte {n}" for n in range(60)])
    first = office.get(f"/office/groups/{group}").text
    assert "60 Karten" in first and len(listed(first)) == 50
    more = html.unescape(re.search(r'<a href="([^"]+)">Weitere Karten</a>', first).group(1))
    assert more.startswith(f"/office/groups/{group}?lang=de&after=")
    rest = office.get(more).text
    assert len(listed(rest)) == 10 and "Zur ersten Seite" in rest
    assert set(listed(first)) | set(listed(rest)) == {c["code"] for c in cards}
    in_list = f'<a href="/office/cards?lang=de&amp;group={group}">'
    assert in_list in first


def test_typed_markup_is_shown_as_text_on_the_group_pages(store, office, work):
    group, _cards = grouped(store, work, f"{SCRIPT}{ATTRIBUTE}", [f"{ATTRIBUTE} {SCRIPT}"])
    work.answer_group(group, f"{SCRIPT} {ATTRIBUTE}", actor="anna", client="x")
    for path in ("/office/groups", f"/office/groups/{group}", f"/office/groups/{group}?lang=en"):
        page = office.get(path).text
        assert "<script" not in page and "<img" not in page
        assert all(escaped in page for escaped in ESCAPED), path


def test_bad_group_ids_get_a_404_page(store, office):
    for path in ("/office/groups/abc", "/office/groups/99999", "/office/groups/%C2%B2",
                 "/office/groups/99999999999999999999999999", "/office/groups/-1"):
        page = office.get(path)
        assert page.status_code == 404 and "Gruppe nicht gefunden" in page.text, path
        assert '<a href="/office/groups?lang=de">Zurück zu allen Gruppen</a>' in page.text
    for action in ("rename", "answer", "status", "remove"):
        page = send(office, f"/office/groups/99999/{action}", name="x", answer="x")
        assert page.status_code == 404 and "Gruppe nicht gefunden" in page.text


def test_the_english_group_pages_speak_english(store, office, work):
    group, _cards = grouped(store, work, "Trees", ["More trees"])
    listing = office.get("/office/groups?lang=en").text
    page = office.get(f"/office/groups/{group}?lang=en").text
    assert "Create the group" in listing and "not answered yet" in listing
    assert "Group “Trees”" in page and "Set the status of every card" in page
    assert "Take out of the group" in page and "Save the group's answer" in page
    assert "appears on every card of the group" in page
    for german in ("Karte", "Gruppe", "Antwort", "Bitte", "Zurück", "Eingegangen", "Uhr"):
        assert german not in listing and german not in page, german
    assert_easy_to_drive(listing)
    assert_easy_to_drive(page)


def test_group_posts_without_the_right_token_or_a_login_change_nothing(store, office, work,
                                                                       clock):
    group, (tree,) = grouped(store, work, "Bäume", ["Mehr Bäume"])
    before = len(office_actions(store))
    fields = {"name": "Anders", "answer": "Ja", "status": "adopted", "card": tree["uuid"]}
    paths = ["/office/groups", *(f"/office/groups/{group}/{action}"
                                 for action in ("rename", "answer", "status", "remove"))]
    with make_client(store, clock) as stranger:
        for path in ("/office/groups", f"/office/groups/{group}"):
            answer = stranger.get(path)
            assert answer.status_code == 303
            assert answer.headers["location"].startswith("/office/login?lang=de&next=")
        for path in paths:
            assert stranger.post(path, data=fields).status_code == 403
    for path in paths:
        for csrf in ({}, {"csrf_token": "falsch"}):
            refused = office.post(path, data={**fields, **csrf})
            assert refused.status_code == 403 and "Kein Zugang" in refused.text, path
    files = CaseFiles(store)
    assert [(g.name, g.answer) for g in files.groups()] == [("Bäume", None)]
    assert (files.by_uuid(tree["uuid"]).status, files.by_uuid(tree["uuid"]).group_id) == (
        "received", group)
    assert len(office_actions(store)) == before
