"""The office's card list and card page in process: what a member of staff sees and does."""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser

import pytest

from station_app.collector.office.accounts import StaffAccounts
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.cases import CaseFiles
from station_app.collector.office.casework import Casework
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.pages import PageSettings
from tests.support.collector_cards import EVENT, card, receive
from tests.unit.collector.office.conftest import PASSWORD
from tests.unit.collector.office.test_routes import TOKEN, log_in, make_client

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
ESCAPED = ("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
LISTED = re.compile(r'<span class="code">([A-Z0-9-]+)</span></a>')
FORUM = {"name": "Bürgerforum Nord", "date": "2026-12-01", "venue": "Nordhalle",
         "participation_url": ""}


class PageParts(HTMLParser):
    """What a person (or a browser test) finds on a page: controls and their labels,
    buttons and links by name, headings."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[str | None] = []
        self.labelled: set[str] = set()
        self.buttons: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.headings: list[int] = []
        self._open: list[list[str]] = []
        self._href = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("select", "textarea") or (
                tag == "input" and values.get("type") not in ("hidden", "submit")):
            self.controls.append(values.get("id"))
        if tag == "label" and values.get("for"):
            self.labelled.add(str(values["for"]))
        if tag in ("button", "a"):
            self._open.append([])
            self._href = str(values.get("href") or "")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))

    def handle_data(self, data: str) -> None:
        for words in self._open:
            words.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("button", "a") and self._open:
            name = " ".join("".join(self._open.pop()).split())
            if tag == "button":
                self.buttons.append(name)
            else:
                self.links.append((name, self._href))


def assert_easy_to_drive(page: str) -> None:
    """Every control has its ``<label for>``, every button its own name, a link's name
    always leads to the same place, and the headings go down one level at a time."""
    parts = PageParts()
    parts.feed(page)
    assert all(control and control in parts.labelled for control in parts.controls), \
        parts.controls
    assert len(set(parts.buttons)) == len(parts.buttons), parts.buttons
    targets: dict[str, str] = {}
    for name, href in parts.links:
        assert targets.setdefault(name, href) == href, name
    assert parts.headings[0] == 1
    assert all(b - a <= 1 for a, b in zip(parts.headings, parts.headings[1:], strict=False))


@pytest.fixture
def office(store, accounts: StaffAccounts, clock):
    """A browser of moritz (a moderator: staff may all do everything here), on a venue's
    hub (``--wall``)."""
    accounts.add("anna", "admin", PASSWORD, actor="test", client="here")
    accounts.add("moritz", "moderator", PASSWORD, actor="test", client="here")
    with make_client(store, clock, site=PageSettings(wall=True)) as client:
        assert log_in(client, "moritz").status_code == 303
        yield client


@pytest.fixture
def work(store, clock) -> Casework:
    return Casework(store, StatusCatalogue(), AuditLog(store, clock), clock)


def token(client) -> str:
    return TOKEN.search(client.get("/office/groups").text).group(1)


def send(client, path: str, **fields):
    return client.post(path, data={"csrf_token": token(client), "lang": "de", **fields})


def alert(page: str) -> str:
    found = re.search(r'role="alert">([^<]*)<', page)
    return html.unescape(found.group(1)) if found else ""


def confirmation(page: str) -> str:
    found = re.search(r'<p class="info" role="status">([^<]*)<', page)
    return html.unescape(found.group(1)) if found else ""


def listed(page: str) -> list[str]:
    return LISTED.findall(page)


def office_actions(store) -> list[tuple[str, str, str | None]]:
    """The audit log's card and group entries, oldest first: (who, what, which)."""
    return [(e.actor, e.action, e.target) for e in reversed(AuditLog(store).latest(500))
            if e.action.startswith(("card.", "group."))]


def one_card(store, text: str = "Mehr Bäume im Park", **kinds) -> dict:
    made = card(text, **kinds)
    receive(store, [made])
    return made


def test_the_filters_and_the_text_search_narrow_the_list(store, office, work):
    park = card("Mehr Bäume im Park")
    bridge = card("Ein Radweg an der Brücke", topic="mobil", district=None, source="paper")
    street = card("Bäume an der Straße", district=None)
    receive(store, [park, bridge], station_id="buergerhalle-1")
    receive(store, [street], station_id="nordhalle-2", event=FORUM)
    every = office.get("/office/cards")
    assert every.status_code == 200 and "3 Karten" in every.text
    assert_easy_to_drive(every.text)

    def codes(**query) -> set[str]:
        page = office.get("/office/cards", params=query)
        assert page.status_code == 200
        return set(listed(page.text))

    assert codes(topic="mobil") == {bridge["code"]}
    assert codes(district="none") == {bridge["code"], street["code"]}
    assert codes(source="paper") == {bridge["code"]}
    assert codes(station="nordhalle-2") == {street["code"]}
    assert codes(event=event_key(FORUM)) == {street["code"]}
    assert codes(event=event_key(EVENT), topic="gruen") == {park["code"]}
    assert codes(text="Bäume") == {park["code"], street["code"]}
    assert codes(text="Brücke") == {bridge["code"]}
    assert codes(text="zz") == set()
    work.set_hidden(park["uuid"], True, "Werbung", actor="anna", client="x")
    work.set_status(bridge["uuid"], "in_progress", actor="anna", client="x")
    group = work.create_group("Grün", actor="anna", client="x")
    work.assign([street["uuid"]], group, actor="anna", client="x")
    assert codes(visibility="hidden") == {park["code"]}
    assert codes(visibility="visible") == {bridge["code"], street["code"]}
    assert codes(status="in_progress") == {bridge["code"]}
    assert codes(group=str(group)) == {street["code"]}
    assert codes(group="none") == {park["code"], bridge["code"]}
    one = office.get("/office/cards", params={"topic": "mobil", "text": "Brücke"})
    assert "<strong>1 Karte</strong>" in one.text
    assert '<option value="mobil" selected>Mobilität</option>' in one.text
    assert 'name="text" type="search" value="Brücke"' in one.text
    assert "Weitere Karten" not in one.text and "Zur ersten Seite" not in one.text
    none = office.get("/office/cards", params={"text": "Gibt es nicht"})
    assert "Keine Karte passt zu diesen Filtern." in none.text and "0 Karten" in none.text


def test_the_list_shows_each_cards_facts_in_its_row(store, office, work):
    long_text = "Wort " * 80
    corrected = one_card(store, long_text.strip())
    CardHolder(store, AuditLog(store)).correct(corrected["code"], "Kürzer gesagt")
    work.set_hidden(corrected["uuid"], True, "Doppelt", actor="anna", client="x")
    page = office.get("/office/cards").text
    row = page[page.index(corrected["code"]):].split("</tr>")[0]
    shown = re.search(r'class="text-cell" data-label="Text">([^<]*)', row).group(1).strip()
    assert len(shown) <= 200 and shown.endswith("…")
    assert "(korrigiert)" in row and "<strong>ausgeblendet</strong>" in row
    assert "Was wünschen Sie sich?" in row and "Grün und Klima" in row
    assert "14.11.2026, 11:00 Uhr" in row and "Stadtkonferenz Ausgangsbilder" in row
    assert f'href="/office/cards/{corrected["uuid"]}?lang=de"' in row


def test_paging_through_120_cards_shows_each_once_and_keeps_the_filter(store, office):
    start = dt.datetime(2026, 11, 14, 9, 0, tzinfo=dt.UTC)
    green = [card(f"Karte {n}", created_at=start + dt.timedelta(minutes=n)) for n in range(120)]
    moving = [card(f"Verkehr {n}", topic="mobil") for n in range(10)]
    receive(store, green + moving)
    seen: list[str] = []
    page = office.get("/office/cards?lang=de&topic=gruen")
    sizes = []
    while True:
        assert page.status_code == 200 and "120 Karten" in page.text
        codes = listed(page.text)
        sizes.append(len(codes))
        seen += codes
        if len(sizes) > 1:
            first = re.search(r'<a href="([^"]+)">Zur ersten Seite</a>', page.text).group(1)
            assert html.unescape(first) == "/office/cards?lang=de&topic=gruen"
        more = re.search(r'<a href="([^"]+)">Weitere Karten</a>', page.text)
        if more is None:
            break
        assert "topic=gruen" in more.group(1) and "after=" in more.group(1)
        page = office.get(html.unescape(more.group(1)))
    assert sizes == [50, 50, 20]
    assert seen == [c["code"] for c in reversed(green)]  # newest first, none twice


def test_the_status_form_moves_the_card_on_and_says_so(store, office):
    shade = one_card(store)
    done = send(office, f"/office/cards/{shade['uuid']}/status", status="in_progress")
    assert done.status_code == 303
    assert done.headers["location"] == f"/office/cards/{shade['uuid']}?lang=de&done=status"
    page = office.get(done.headers["location"]).text
    assert confirmation(page) == "Der Status ist gesetzt."
    assert "Aktueller Status: In Bearbeitung" in page
    assert '<td role="cell" data-label="Wer">moritz</td>' in page
    assert CaseFiles(store).by_uuid(shade["uuid"]).status == "in_progress"
    assert office_actions(store) == [("moritz", "card.status", shade["code"])]
    again = send(office, f"/office/cards/{shade['uuid']}/status", status="in_progress")
    assert confirmation(office.get(again.headers["location"]).text).startswith("Nichts geändert")
    wrong = send(office, f"/office/cards/{shade['uuid']}/status", status="withdrawn")
    assert wrong.status_code == 400
    assert alert(wrong.text) == ("Nicht gespeichert: Diesen Status gibt es nicht. Bitte wählen "
                                 "Sie einen aus der Liste.")
    assert 'id="status" name="status" aria-describedby="problem" aria-invalid="true"' in wrong.text
    assert CaseFiles(store).by_uuid(shade["uuid"]).status == "in_progress"
    assert len(office_actions(store)) == 1


def test_hiding_needs_a_reason_and_showing_again_is_recorded(store, office):
    rude = one_card(store, "Werbung für meinen Laden")
    path = f"/office/cards/{rude['uuid']}"
    refused = send(office, f"{path}/hide", reason="", own_reason="  ")
    assert refused.status_code == 400 and "braucht es einen Grund" in alert(refused.text)
    long_reason = "sehr " * 200
    too_long = send(office, f"{path}/hide", reason="Werbung", own_reason=long_reason)
    assert too_long.status_code == 400 and "zu lang" in alert(too_long.text)
    assert f'value="{long_reason}"' in too_long.text  # what was typed is still there
    assert '<option value="Werbung" selected>' in too_long.text
    assert not CaseFiles(store).by_uuid(rude["uuid"]).hidden

    hidden = send(office, f"{path}/hide", reason="Werbung", own_reason="")
    assert hidden.headers["location"].endswith("done=hidden")
    page = office.get(hidden.headers["location"]).text
    assert confirmation(page) == "Die Karte ist jetzt ausgeblendet."
    assert "Zentrale (moritz)" in page and ">Werbung<" in page
    assert "Karte wieder einblenden" in page and "Karte ausblenden" not in page
    assert ">Advertising<" in office.get(f"{path}?lang=en").text
    shown = send(office, f"{path}/show", show_reason="Doch in Ordnung")
    assert confirmation(office.get(shown.headers["location"]).text) == \
        "Die Karte ist wieder sichtbar."
    own = send(office, f"{path}/hide", reason="", own_reason="Name eines Nachbarn")
    assert own.status_code == 303
    case = CaseFiles(store).by_uuid(rude["uuid"])
    assert case.hidden
    assert [(m.hidden, m.reason, m.source) for m in case.moderation] == [
        (True, "Werbung", "office:moritz"), (False, "Doch in Ordnung", "office:moritz"),
        (True, "Name eines Nachbarn", "office:moritz")]
    assert [action for _who, action, _code in office_actions(store)] == [
        "card.hidden", "card.shown", "card.hidden"]


def test_an_answer_is_given_kept_when_too_long_and_taken_back_empty(store, office):
    asked = one_card(store)
    path = f"/office/cards/{asked['uuid']}"
    given = send(office, f"{path}/answer", answer="Danke, wir pflanzen im Frühjahr.")
    page = office.get(given.headers["location"]).text
    assert confirmation(page) == "Die Antwort ist gespeichert."
    assert "Eigene Antwort dieser Karte" in page
    assert ">Danke, wir pflanzen im Frühjahr.</textarea>" in page
    assert CaseFiles(store).by_uuid(asked["uuid"]).answer.text == \
        "Danke, wir pflanzen im Frühjahr."
    essay = "x" * 5001
    refused = send(office, f"{path}/answer", answer=essay)
    assert refused.status_code == 400 and "zu lang" in alert(refused.text)
    assert f">{essay}</textarea>" in refused.text
    assert CaseFiles(store).by_uuid(asked["uuid"]).answer.text.startswith("Danke")
    assert "Leer speichern nimmt die eigene Antwort zurück." in page
    taken_back = send(office, f"{path}/answer", answer="")
    page = office.get(taken_back.headers["location"]).text
    assert confirmation(page) == "Die Antwort ist zurückgenommen."
    assert "Diese Karte hat noch keine Antwort." in page
    assert CaseFiles(store).by_uuid(asked["uuid"]).answer is None
    assert [action for _who, action, _code in office_actions(store)] == [
        "card.answered", "card.answered"]


def test_the_group_form_puts_a_card_into_a_group_and_out_again(store, office, work):
    tree = one_card(store)
    group = work.create_group("Stadtbäume", actor="anna", client="x")
    path = f"/office/cards/{tree['uuid']}"
    page = office.get(path).text
    assert '<a href="/office/groups?lang=de#new-group">Neue Gruppe anlegen</a>' in page
    put = send(office, f"{path}/group", group=str(group))
    page = office.get(put.headers["location"]).text
    assert confirmation(page) == "Die Gruppe der Karte ist gespeichert."
    assert f'„<a href="/office/groups/{group}?lang=de">Stadtbäume</a>“' in page
    assert CaseFiles(store).by_uuid(tree["uuid"]).group_id == group
    bogus = send(office, f"{path}/group", group="12abc")
    assert bogus.status_code == 400 and "Diese Gruppe gibt es nicht" in alert(bogus.text)
    gone = send(office, f"{path}/group", group="4242")
    assert gone.status_code == 400 and "Diese Gruppe gibt es nicht" in alert(gone.text)
    out = send(office, f"{path}/group", group="none")
    assert confirmation(office.get(out.headers["location"]).text) == \
        "Die Karte ist in keiner Gruppe mehr."
    assert CaseFiles(store).by_uuid(tree["uuid"]).group_id is None
    assert [action for _who, action, _code in office_actions(store)] == [
        "group.created", "card.grouped", "card.grouped"]


def test_the_ticked_cards_of_a_whole_page_go_into_a_group_at_once(store, office, work):
    receive(store, [card(f"Baum {n}") for n in range(60)])
    group = work.create_group("Bäume", actor="anna", client="x")
    page = office.get("/office/cards?lang=de&topic=gruen").text
    form = re.search(r'<form method="post" action="/office/cards/group".*?</form>', page,
                     re.DOTALL).group(0)  # the boxes and the group's select are one form
    ticks = re.findall(r'type="checkbox" id="pick-[^"]+" name="card" value="([^"]+)"', form)
    assert len(ticks) == 50 and '<select id="to-group" name="to_group" required>' in form
    assert '<form method="get" action="/office/cards" role="search"' in page
    back = html.unescape(re.search(r'name="back" value="([^"]*)"', page).group(1))
    assert back == "topic=gruen"
    done = send(office, "/office/cards/group", card=ticks, to_group=str(group), back=back)
    assert done.status_code == 303
    assert done.headers["location"] == (
        f"/office/cards?lang=de&topic=gruen&done=assigned&moved=50&to={group}")
    assert confirmation(office.get(done.headers["location"]).text) == \
        "50 Karten der Gruppe „Bäume“ zugeordnet."
    assert CaseFiles(store).group(group).cards == 50
    assert len(office_actions(store)) == 51
    single = send(office, "/office/cards/group", card=ticks[:1], to_group="none", back="")
    assert confirmation(office.get(single.headers["location"]).text) == \
        "1 Karte aus ihrer Gruppe genommen."
    assert CaseFiles(store).group(group).cards == 49


def test_grouping_without_cards_or_a_group_says_what_is_missing(store, office, work):
    tree = one_card(store)
    group = work.create_group("Bäume", actor="anna", client="x")
    nothing = send(office, "/office/cards/group", to_group=str(group), back="topic=gruen")
    assert nothing.status_code == 400
    assert alert(nothing.text).startswith("Nicht gespeichert: Es ist keine Karte ausgewählt.")
    assert '<option value="gruen" selected>' in nothing.text  # the same list again
    no_group = send(office, "/office/cards/group", card=[tree["uuid"]], to_group="")
    assert no_group.status_code == 400 and "Bitte wählen Sie eine Gruppe" in alert(no_group.text)
    assert f'value="{tree["uuid"]}" checked>' in no_group.text
    assert 'name="to_group" required aria-describedby="problem" aria-invalid="true">' \
        in no_group.text
    assert 'aria-invalid' not in nothing.text  # the missing ticks are no field's fault
    assert CaseFiles(store).by_uuid(tree["uuid"]).group_id is None


def test_a_withdrawn_card_shows_no_text_and_no_forms(store, office, work):
    kept, taken = card("Bleibt"), card("Mein Geheimnis")
    receive(store, [kept, taken])
    CardHolder(store, AuditLog(store)).withdraw(taken["code"])
    page = office.get(f"/office/cards/{taken['uuid']}")
    assert page.status_code == 200
    assert "von ihrer Inhaberin oder ihrem Inhaber zurückgezogen" in page.text
    assert "Mein Geheimnis" not in page.text and "Text der Karte" not in page.text
    assert '<form method="post" action="/office/cards' not in page.text
    assert "Inhaber:in der Karte" in page.text  # who took it back, in its history
    listing = office.get("/office/cards").text
    row = listing[listing.index(taken["code"]):].split("</tr>")[0]
    assert "<em>zurückgezogen</em>" in row and "Zurückgezogen" in row
    assert f'id="pick-{taken["uuid"]}"' not in listing and f'id="pick-{kept["uuid"]}"' in listing
    late = send(office, f"/office/cards/{taken['uuid']}/status", status="adopted")
    assert late.status_code == 409 and "zurückgezogen" in alert(late.text)
    assert CaseFiles(store).by_uuid(taken["uuid"]).status == "withdrawn"
    group = work.create_group("Alles", actor="anna", client="x")
    both = send(office, "/office/cards/group", card=[kept["uuid"], taken["uuid"]],
                to_group=str(group))
    assert both.status_code == 409
    assert CaseFiles(store).by_uuid(kept["uuid"]).group_id is None  # all or nothing


def test_typed_markup_is_shown_as_text_on_the_list_and_the_card(store, office, work):
    sly = one_card(store, f"{SCRIPT} {ATTRIBUTE}")
    group = work.create_group(f"{SCRIPT}{ATTRIBUTE}", actor="anna", client="x")
    work.assign([sly["uuid"]], group, actor="anna", client="x")
    work.answer_card(sly["uuid"], f"{ATTRIBUTE} {SCRIPT}", actor="anna", client="x")
    work.set_hidden(sly["uuid"], True, ATTRIBUTE, actor="anna", client="x")
    for path in ("/office/cards", f"/office/cards/{sly['uuid']}",
                 f"/office/cards/{sly['uuid']}?lang=en"):
        page = office.get(path).text
        assert "<script" not in page and "<img" not in page
        assert all(escaped in page for escaped in ESCAPED), path


def test_bad_card_ids_and_odd_queries_get_pages_not_errors(store, office):
    one_card(store)
    for path in ("/office/cards/nonsense", "/office/cards/" + "a" * 300,
                 "/office/cards/group"):
        page = office.get(path)
        assert page.status_code == 404 and "Karte nicht gefunden" in page.text
        assert '<a href="/office/cards?lang=de">Zurück zur Kartenliste</a>' in page.text
    refused = send(office, "/office/cards/nonsense/status", status="adopted")
    assert refused.status_code == 404 and "Karte nicht gefunden" in refused.text
    for query in ("group=%C2%B2", "group=99999999999999999999999", "after=kaputt",
                  "text=%22", "text=%25_*", "text=a", "visibility=secret&source=fax",
                  "event=" + "x" * 500, "status=%00"):
        page = office.get(f"/office/cards?{query}")
        assert page.status_code == 200 and "Karten filtern" in page.text, query


def test_the_english_pages_speak_english(store, office, work):
    tree = one_card(store, "More trees")
    group = work.create_group("Trees", actor="anna", client="x")
    work.assign([tree["uuid"]], group, actor="anna", client="x")
    listing = office.get("/office/cards?lang=en").text
    page = office.get(f"/office/cards/{tree['uuid']}?lang=en").text
    assert "Filter the cards" in listing and "Show cards" in listing and "1 card" in listing
    assert "Put the selected cards there" in listing and "Select card" in listing
    assert "Card " + tree["code"] in page and "Set the status" in page
    assert "Hide the card" in page and "Save the answer" in page and "Received" in page
    assert "At the stand (kiosk)" in page and "What do you wish for?" in page
    for german in ("Karte", "Gruppe", "Antwort", "Bitte", "Zurück", "Eingegangen",
                   "Angabe", "ausgeblendet", "Status setzen", "Uhr"):
        assert german not in listing and german not in page, german
    assert_easy_to_drive(listing)
    assert_easy_to_drive(page)


def test_the_card_page_is_easy_to_drive(store, office, work):
    tree = one_card(store)
    work.create_group("Bäume", actor="anna", client="x")
    assert_easy_to_drive(office.get(f"/office/cards/{tree['uuid']}").text)
    work.set_hidden(tree["uuid"], True, "Werbung", actor="anna", client="x")
    assert_easy_to_drive(office.get(f"/office/cards/{tree['uuid']}").text)


CARD_POSTS = ("status", "hide", "show", "answer", "group")


def test_posts_without_the_right_token_change_nothing(store, office, work):
    tree = one_card(store)
    group = work.create_group("Bäume", actor="anna", client="x")
    before = len(office_actions(store))
    fields = {"status": "adopted", "reason": "Werbung", "answer": "Ja", "group": str(group),
              "to_group": str(group), "card": tree["uuid"]}
    paths = [f"/office/cards/{tree['uuid']}/{action}" for action in CARD_POSTS]
    for path in [*paths, "/office/cards/group"]:
        for csrf in ({}, {"csrf_token": "falsch"}):
            refused = office.post(path, data={**fields, **csrf})
            assert refused.status_code == 403 and "Kein Zugang" in refused.text, path
    case = CaseFiles(store).by_uuid(tree["uuid"])
    assert (case.status, case.hidden, case.answer, case.group_id) == (
        "received", False, None, None)
    assert len(office_actions(store)) == before


def test_strangers_are_sent_to_the_login_and_their_posts_refused(store, clock):
    tree = one_card(store)
    with make_client(store, clock) as stranger:
        for path in ("/office/cards", f"/office/cards/{tree['uuid']}"):
            answer = stranger.get(path)
            assert answer.status_code == 303
            assert answer.headers["location"].startswith("/office/login?lang=de&next=")
        for action in CARD_POSTS:
            answer = stranger.post(f"/office/cards/{tree['uuid']}/{action}",
                                   data={"status": "adopted"})
            assert answer.status_code == 403
        bulk = stranger.post("/office/cards/group", data={"card": tree["uuid"],
                                                          "to_group": "none"})
        assert bulk.status_code == 403
    assert CaseFiles(store).by_uuid(tree["uuid"]).status == "received"
    assert office_actions(store) == []
