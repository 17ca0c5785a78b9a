"""The follow-up page and the holder's forms in process: what a card's holder sees, and
withdrawing or correcting a card by its code."""

from __future__ import annotations

import json
import re
import threading

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from station_app.collector import followup_pages, followup_routes, holder_pages, pages
from station_app.collector.app import HTML_HEADERS, CollectorSettings, create_app
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.cases import CaseFiles
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.web import Office
from station_app.collector.pages import PageSettings
from station_app.collector.public_routes import public_routes
from station_app.protocol.codes import new_code
from tests.support.collector_cards import card, receive

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
STAFF = {"actor": "anna", "client": "here"}


def make_client(app) -> TestClient:
    return TestClient(app, base_url="http://collector", follow_redirects=False)


@pytest.fixture
def app(store):
    return create_app(store, settings=CollectorSettings(holder_burst=100))


@pytest.fixture
def cards(store):
    """Three cards of one event; the first two in a group ("Bänke und Schatten")."""
    made = [card("Mehr Bänke am Phoenix-See."), card("Schatten für heiße Tage.", topic="mobil"),
            card("Ein Radweg nach Hörde.", district=None)]
    receive(store, made)
    return made


def office_of(app) -> Office:
    return app.state.office


def group_them(app, cards, name="Bänke und Schatten", answer="Wir stellen 20 Bänke auf."):
    casework = office_of(app).casework
    group = casework.create_group(name, **STAFF)
    casework.assign([cards[0]["uuid"], cards[1]["uuid"]], group, **STAFF)
    if answer:
        casework.answer_group(group, answer, **STAFF)
    return group


def publish(store, cards_public: bool = False) -> str:
    store.db.execute("UPDATE office_events SET results_public = 1, cards_public = ?",
                     [int(cards_public)])
    return store.db.execute("SELECT key FROM office_events").fetchone()[0]


def token_of(page) -> str:
    return TOKEN.search(page.text).group(1)


def main_of(page) -> str:
    return page.text.split('<main id="main">', 1)[1].split("</main>", 1)[0]


# --- the words ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [pages.TEXT, followup_pages.TEXT, holder_pages.TEXT])
def test_both_languages_have_the_same_words_and_none_is_empty(text):
    assert set(text["de"]) == set(text["en"])
    # English writes "19:05", German "19:05 Uhr": the one word that is empty on purpose.
    assert all(value.strip() for words in text.values() for key, value in words.items()
               if key != "time_suffix")


# --- the follow-up page -------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "words"), [
    ("de", ["Verlauf", "Eingegangen", "In Bearbeitung", "Antwort veröffentlicht",
            "Antwort der Stadt", "gilt für die ganze Gruppe ähnlicher Karten „Bänke und "
            "Schatten“", "Gruppe ähnlicher Karten", "Wir stellen 20 Bänke auf.",
            "Ergebnisse von „Stadtkonferenz Ausgangsbilder“ ansehen", "Karte zurückziehen",
            "Text korrigieren", "Der Code ist persönlich"]),
    ("en", ["History", "Received", "Being considered", "Answer published",
            "The city's answer", "for the whole group of similar cards “Bänke und Schatten”",
            "Group of similar cards", "Wir stellen 20 Bänke auf.",
            "See the results of “Stadtkonferenz Ausgangsbilder”", "Withdraw card",
            "Correct the text", "The code is personal"]),
])
def test_the_page_shows_the_timeline_the_group_answer_and_the_results(
        store, app, cards, lang, words):
    group_them(app, cards)
    office_of(app).casework.set_status(cards[0]["uuid"], "in_progress", **STAFF)
    key = publish(store)
    with make_client(app) as client:
        page = client.get(f"/k/{cards[0]['code']}?lang={lang}")
    assert page.status_code == 200 and f'<html lang="{lang}">' in page.text
    body = main_of(page)
    for words_expected in words:
        assert words_expected in body
    assert f'href="/results/{key}?lang={lang}"' in body
    timeline = body.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    assert timeline.count("<li>") == 3  # received, the group's answer, the status step
    assert f'href="/k/{cards[0]["code"]}/withdraw?lang={lang}"' in body


def test_a_cards_own_answer_is_not_called_a_groups(app, cards):
    office_of(app).casework.answer_card(cards[2]["uuid"], "Der Radweg kommt 2027.", **STAFF)
    with make_client(app) as client:
        body = main_of(client.get(f"/k/{cards[2]['code']}"))
    assert "Die Stadt hat Ihre Karte am" in body and "Der Radweg kommt 2027." in body
    assert "Gruppe" not in body


def test_no_results_link_until_the_results_are_published(app, cards):
    group_them(app, cards, answer="")
    with make_client(app) as client:
        body = main_of(client.get(f"/k/{cards[0]['code']}"))
    assert "/results/" not in body and "Antwort der Stadt" not in body
    assert "„Bänke und Schatten“" in body  # the group is named even without an answer


def test_a_hidden_card_keeps_its_text_to_itself(app, cards):
    office_of(app).casework.set_hidden(cards[0]["uuid"], True, "Beleidigung", **STAFF)
    with make_client(app) as client:
        body = main_of(client.get(f"/k/{cards[0]['code']}"))
        form = client.get(f"/k/{cards[0]['code']}/correct")
    assert "von der Moderation ausgeblendet" in body and "Phoenix-See" not in body
    assert "Phoenix-See" not in form.text and "ausgeblendet" in form.text


def test_unknown_and_mistyped_codes_on_the_forms_get_the_helpful_pages(app, cards):
    with make_client(app) as client:
        unknown = client.get(f"/k/{new_code()}/withdraw")
        assert unknown.status_code == 404 and "(noch) nicht gefunden" in unknown.text
        typo = client.post("/k/ABC-DEF-GHJK/correct", data={"text": "x"})
        assert typo.status_code == 404 and "Tippfehler" in typo.text


# --- withdraw -----------------------------------------------------------------------------


def test_withdrawing_asks_first_then_erases_the_text_everywhere(store, app, cards):
    group_them(app, cards)
    key = publish(store, cards_public=True)
    code = cards[0]["code"]
    with make_client(app) as client:
        confirm = client.get(f"/k/{code}/withdraw")
        assert confirm.status_code == 200
        assert confirm.headers["referrer-policy"] == "same-origin"
        body = main_of(confirm)
        assert "Karte zurückziehen?" in body and "nicht rückgängig" in body
        assert "„Zurückgezogen“" in body and "eingegangene Karte" in body
        assert f'<form method="post" action="/k/{code}/withdraw?lang=de">' in body
        assert f'href="/k/{code}?lang=de">Nein, zurück</a>' in body

        assert client.post(f"/k/{code}/withdraw", data={"lang": "de"}).status_code == 403
        foreign = client.post(f"/k/{code}/withdraw", data={"csrf_token": token_of(confirm)},
                              headers={"Origin": "https://evil.example"})
        assert foreign.status_code == 403 and "nicht von einer Seite" in foreign.text
        assert not CaseFiles(store).by_code(code).withdrawn
        assert "Phoenix-See" in main_of(client.get(f"/results/{key}"))

        done = client.post(f"/k/{code}/withdraw?lang=de",
                           data={"csrf_token": token_of(confirm), "lang": "de"},
                           headers={"Origin": "http://collector"})
        assert done.status_code == 303
        assert done.headers["location"] == f"/k/{code}?lang=de&done=withdrawn"
        page = main_of(client.get(done.headers["location"]))
        assert "Ihre Karte ist zurückgezogen." in page and "Zurückgezogen" in page
        assert "Sie haben diese Karte am" in page
        assert "Phoenix-See" not in page and "<form" not in page and "/withdraw" not in page
        assert "Phoenix-See" not in client.get(f"/results/{key}?lang=en").text

        again = client.post(f"/k/{code}/withdraw",
                            data={"csrf_token": token_of(confirm), "lang": "en"})
        assert again.status_code == 409 and "This card has been withdrawn" in again.text
        assert client.get(f"/k/{code}/withdraw").status_code == 409
    data = store.db.execute("SELECT data FROM cards WHERE uuid = ?",
                            [cards[0]["uuid"]]).fetchone()[0]
    assert json.loads(data)["text"] == "" and "Phoenix-See" not in data
    entry = AuditLog(store).latest()[0]
    assert (entry.action, entry.actor, entry.client) == ("card.withdrawn", "attendee", "-")


def test_a_token_is_bound_to_its_card(app, cards):
    with make_client(app) as client:
        other = token_of(client.get(f"/k/{cards[1]['code']}/withdraw"))
        refused = client.post(f"/k/{cards[0]['code']}/withdraw", data={"csrf_token": other})
    assert refused.status_code == 403 and "abgelaufen" in refused.text
    assert token_of(refused) != other  # a fresh form to send again
    assert not CaseFiles(app.state.store).by_code(cards[0]["code"]).withdrawn


def test_a_form_left_open_for_hours_has_expired(store, cards, clock):
    office = Office.build(store, OfficeSettings(), PageSettings())
    app = Starlette(routes=public_routes(office, HTML_HEADERS, clock))
    code = cards[0]["code"]
    with make_client(app) as client:
        token = token_of(client.get(f"/k/{code}/withdraw"))
        clock.advance(3 * 3600)
        late = client.post(f"/k/{code}/withdraw", data={"csrf_token": token})
        assert late.status_code == 403
        clock.advance(-3 * 3600 + 50 * 60)  # within the hour after: still good
        assert client.post(f"/k/{code}/withdraw",
                           data={"csrf_token": token}).status_code == 303


def test_an_opaque_origin_is_refused_too(app, cards):
    code = cards[0]["code"]
    with make_client(app) as client:
        token = token_of(client.get(f"/k/{code}/withdraw"))
        refused = client.post(f"/k/{code}/withdraw", data={"csrf_token": token},
                              headers={"Origin": "null"})
    assert refused.status_code == 403
    assert not CaseFiles(app.state.store).by_code(code).withdrawn


def test_an_unreadable_form_changes_nothing(app, cards):
    code = cards[0]["code"]
    with make_client(app) as client:
        refused = client.post(f"/k/{code}/withdraw?lang=en", content=b'{"csrf_token": 1}',
                              headers={"Content-Type": "application/json"})
    assert refused.status_code == 415 and "Request not readable" in refused.text
    assert not CaseFiles(app.state.store).by_code(code).withdrawn


# --- correct ------------------------------------------------------------------------------


def test_a_correction_is_kept_beside_the_original(store, app, cards):
    code = cards[0]["code"]
    with make_client(app) as client:
        form = client.get(f"/k/{code}/correct?lang=en")
        assert form.status_code == 200
        body = main_of(form)
        assert '<label for="text">New text</label>' in body
        assert 'maxlength="2000"' in body and ">\nMehr Bänke am Phoenix-See.</textarea>" in body
        assert "Your original text stays visible to the city's staff" in body
        assert "You can send 5 more corrections." in body
        done = client.post(f"/k/{code}/correct?lang=en", data={
            "csrf_token": token_of(form), "lang": "en",
            "text": "Mehr Bänke am Phoenix-See,\r\nmit Schatten."})
        assert done.status_code == 303
        assert done.headers["location"] == f"/k/{code}?lang=en&done=corrected"
        page = main_of(client.get(done.headers["location"]))
    assert "Your correction has been saved." in page
    assert "Mehr Bänke am Phoenix-See,\nmit Schatten." in page and "(corrected on " in page
    assert "Mehr Bänke am Phoenix-See.<" not in page
    case = CaseFiles(store).by_code(code)
    assert case.text == "Mehr Bänke am Phoenix-See."
    assert case.current_text == "Mehr Bänke am Phoenix-See,\nmit Schatten."
    entry = AuditLog(store).latest()[0]
    assert (entry.action, entry.client) == ("card.corrected", "-")


def test_a_refused_correction_keeps_what_was_typed(store, app, cards):
    code = cards[0]["code"]
    too_long = "Schatten " * 250
    with make_client(app) as client:
        token = token_of(client.get(f"/k/{code}/correct"))
        empty = client.post(f"/k/{code}/correct", data={"csrf_token": token, "text": "  "})
        assert empty.status_code == 400 and "Bitte schreiben Sie einen Text" in empty.text
        assert 'aria-invalid="true"' in empty.text and 'role="alert"' in empty.text
        long = client.post(f"/k/{code}/correct", data={"csrf_token": token, "text": too_long})
        assert long.status_code == 400 and "höchstens 2000 Zeichen" in long.text
        assert f">\n{too_long}</textarea>" in long.text
        unsigned = client.post(f"/k/{code}/correct", data={"text": "Mein neuer Text"})
        assert unsigned.status_code == 403 and ">\nMein neuer Text</textarea>" in unsigned.text
    assert CaseFiles(store).by_code(code).corrections == []


def test_after_five_corrections_there_is_no_sixth(app, cards):
    code = cards[0]["code"]
    with make_client(app) as client:
        token = token_of(client.get(f"/k/{code}/correct"))
        for number in range(5):
            assert client.post(f"/k/{code}/correct", data={
                "csrf_token": token, "text": f"Fassung {number}"}).status_code == 303
        sixth = client.post(f"/k/{code}/correct", data={"csrf_token": token, "text": "6"})
        assert sixth.status_code == 409 and "Keine weitere Korrektur möglich" in sixth.text
        assert client.get(f"/k/{code}/correct").status_code == 409
        page = main_of(client.get(f"/k/{code}"))
    assert "schon 5-mal korrigiert" in page and "/correct" not in page
    assert "Fassung 4" in page


def test_a_withdrawn_card_cannot_be_corrected(app, cards):
    code = cards[0]["code"]
    office_of(app).holder.withdraw(code)
    with make_client(app) as client:
        assert client.get(f"/k/{code}/correct").status_code == 409
        token = token_of(client.get(f"/k/{cards[1]['code']}/correct"))
        refused = client.post(f"/k/{code}/correct", data={"csrf_token": token, "text": "x"})
    assert refused.status_code == 409 and "zurückgezogen" in refused.text
    assert "<textarea" not in refused.text


# --- escaping -----------------------------------------------------------------------------


def test_every_typed_text_is_escaped_on_every_page(store, app):
    made = [card(EVIL), card("Zweite Karte")]
    receive(store, made, event={"name": EVIL, "date": "2026-11-14", "venue": EVIL})
    casework = office_of(app).casework
    group = casework.create_group(EVIL, **STAFF)
    casework.assign([made[0]["uuid"], made[1]["uuid"]], group, **STAFF)
    casework.answer_group(group, EVIL, **STAFF)
    key = publish(store, cards_public=True)
    code = made[1]["code"]
    with make_client(app) as client:
        token = token_of(client.get(f"/k/{code}/correct"))
        assert client.post(f"/k/{code}/correct",
                           data={"csrf_token": token, "text": EVIL}).status_code == 303
        pages = [client.get(f"/k/{made[0]['code']}"), client.get(f"/k/{code}"),
                 client.get(f"/k/{code}/withdraw"), client.get(f"/k/{code}/correct"),
                 client.post(f"/k/{code}/correct", data={"text": EVIL}),
                 client.get(f"/results/{key}"), client.get(f"/results/{key}?lang=en"),
                 client.get("/results")]
    for page in pages:
        assert "<script>" not in page.text and "<img" not in page.text, page.url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img" in pages[1].text
    assert pages[4].status_code == 403


def test_while_a_writer_holds_the_store_the_page_waits_without_stalling_the_others(
        store, app, cards, monkeypatch):
    holding, done, waiting = threading.Event(), threading.Event(), threading.Event()
    handed_over = followup_routes.run_in_threadpool

    async def noted(*args):
        waiting.set()
        return await handed_over(*args)

    monkeypatch.setattr(followup_routes, "run_in_threadpool", noted)

    def writer() -> None:  # a batch being stored
        with store.lock:
            holding.set()
            done.wait(10)

    results: list[int] = []
    with make_client(app) as client:
        thread = threading.Thread(target=writer)
        thread.start()
        assert holding.wait(10)
        reader = threading.Thread(
            target=lambda: results.append(client.get(f"/k/{cards[0]['code']}").status_code))
        reader.start()
        try:
            assert waiting.wait(10)  # the card's page waits for the store …
            assert client.get("/api/v1/openapi.json").status_code == 200  # … nobody else
            assert results == []
        finally:
            done.set()
            thread.join(10)
            reader.join(10)
    assert results == [200]
