"""The follow-up page in a real headless browser (Debian's chromium through playwright).

A card with a status step, its group's answer and the event's published results, in German
and English on a phone and a desktop, in Arabic (right to left) and Russian on a phone;
correcting and withdrawing a card through its forms. Screenshots go to screenshots/followup/
and screenshots/followup-<lang>.png (look at them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.web import Office
from station_app.collector.pages import PageSettings
from station_app.collector.store import CollectorStore
from station_app.protocol.codes import new_code
from station_app.sync import StationSync
from tests.e2e.collector_process import CollectorProcess
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config, upload_headers

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "followup"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 800}
TEXT = "Mehr Bänke am Phoenix-See.\nUnd Schatten für heiße Tage."
ANSWER = "Wir stellen im Frühjahr 20 neue Bänke mit Sonnensegeln am Phoenix-See auf."
STAFF = {"actor": "Anna Beispiel", "client": "test"}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: apt-get install chromium (.ci/debian-packages.txt)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def collector_with_card(tmp_path, collector_db):
    """A running collector holding two cards of one station; yields (collector, card, db)."""
    import httpx

    db = collector_db
    store = CollectorStore.open(db)
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    store.close()
    station = open_station(station_config())
    add_cards(station, 2)
    station.db.execute("UPDATE cards SET text = ? WHERE rowid = 1", [TEXT])
    card = next(station.archive.iter())
    raw = StationSync(station.config, station.db, enrolment).sealer.seal_pending()[0].document
    station.close()
    with CollectorProcess(db, log=tmp_path / "collector.log") as collector:
        response = httpx.post(f"{collector.url}/api/v1/batches", content=raw,
                              headers=upload_headers(raw, enrolment))
        assert response.status_code == 201
        yield collector, card, db


def answer_and_publish(db: Path | str) -> None:
    """What staff do in the office: group both cards, answer the group, move the first card
    on, publish the event's results (a second connection beside the running collector)."""
    store = CollectorStore.open(db)
    try:
        casework = Office.build(store, OfficeSettings(), PageSettings()).casework
        uuids = [row[0] for row in store.db.execute(
            "SELECT uuid FROM office_cards ORDER BY created_at")]
        group = casework.create_group("Bänke und Schatten am See", **STAFF)
        casework.assign(uuids, group, **STAFF)
        casework.answer_group(group, ANSWER, **STAFF)
        casework.set_status(uuids[0], "in_progress", **STAFF)
        with store.transaction() as tx:
            tx.execute("UPDATE office_events SET results_public = 1")
    finally:
        store.close()


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def fits(page) -> bool:
    """Nothing wider than the screen: no sideways scrolling on a phone."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_known_card_in_german_then_english(browser, collector_with_card):
    collector, card, _db = collector_with_card
    page = browser.new_page(locale="de-DE")
    try:
        response = page.goto(f"{collector.url}/k/{card.code}")
        assert response is not None and response.status == 200
        assert page.title() == (f"Ihre Beteiligungskarte {card.code} – "
                                "Dortmunder Stadtgespräch")
        assert page.get_attribute("html", "lang") == "de"
        assert page.locator("h1").inner_text() == "Ihre Beteiligungskarte"
        body = page.locator("main").inner_text()
        assert "Was macht Dortmund heute aus?" in body
        assert "Arbeit, Produktion und Handel" in body
        assert TEXT in body
        assert "Eingegangen" in body and "Uhr" in body
        link = page.get_by_role("link", name="Zur Online-Beteiligung der Stadt Dortmund")
        assert link.get_attribute("href") == "https://www.dortmund.de/stadtgespraech"
        shoot(page, "card-de.png")

        page.get_by_role("link", name="English").click()
        page.wait_for_load_state()
        assert page.get_attribute("html", "lang") == "en"
        assert page.title().startswith(f"Your participation card {card.code}")
        assert "What makes Dortmund what it is today?" in page.locator("main").inner_text()
        shoot(page, "card-en.png")
    finally:
        page.close()


@pytest.mark.parametrize(("size", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_status_group_answer_and_results_in_both_languages(browser, collector_with_card,
                                                            size, viewport):
    collector, card, db = collector_with_card
    answer_and_publish(db)
    context = browser.new_context(viewport=viewport, locale="de-DE")
    page = context.new_page()
    try:
        page.goto(f"{collector.url}/k/{card.code}")
        main = page.locator("main")
        body = main.inner_text()
        assert "In Bearbeitung" in body and "Antwort veröffentlicht" in body
        assert ANSWER in body and "„Bänke und Schatten am See“" in body
        assert [h.inner_text() for h in main.locator("h2").all()][:2] == [
            "Verlauf", "Antwort der Stadt"]
        assert fits(page)
        shoot(page, f"card-answered-de-{size}.png")

        page.get_by_role("link", name="English").click()
        page.wait_for_url(f"**/k/{card.code}?lang=en")
        body = main.inner_text()
        assert "Being considered" in body and "Answer published" in body
        assert "for the whole group of similar cards “Bänke und Schatten am See”" in body
        assert fits(page)
        shoot(page, f"card-answered-en-{size}.png")

        page.get_by_role("link", name="See the results of “").click()
        page.wait_for_url("**/results/*?lang=en")
        assert page.locator("h1").inner_text().startswith("Results: ")
        body = main.inner_text()
        assert "Cards by topic" in body and "The city's answers" in body and ANSWER in body
        assert TEXT.splitlines()[0] not in body  # the cards themselves are not public
        assert fits(page)
        shoot(page, f"results-en-{size}.png")
        page.get_by_role("link", name="Deutsch").click()
        page.wait_for_load_state()
        assert "Karten nach Themenfeld" in main.inner_text()
        shoot(page, f"results-de-{size}.png")
    finally:
        context.close()


def test_correct_then_withdraw_the_card_through_its_forms(browser, collector_with_card):
    collector, card, _db = collector_with_card
    context = browser.new_context(viewport=PHONE, locale="de-DE")
    page = context.new_page()
    try:
        page.goto(f"{collector.url}/k/{card.code}")
        page.get_by_role("link", name="Text korrigieren").click()
        page.wait_for_url(f"**/k/{card.code}/correct?lang=de")
        field = page.get_by_label("Neuer Text")
        assert field.input_value() == TEXT
        field.focus()
        assert field.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
        assert fits(page)
        shoot(page, "correct-de-phone.png")
        field.fill("Mehr Bänke am Phoenix-See, bitte mit Schatten.")
        save = page.get_by_role("button", name="Korrektur speichern")
        assert save.bounding_box()["height"] >= 44
        assert page.get_by_role("link", name="Abbrechen").bounding_box()["height"] >= 44
        save.click()
        page.wait_for_url(f"**/k/{card.code}?lang=de&done=corrected")
        body = page.locator("main").inner_text()
        assert "Ihre Korrektur ist gespeichert." in body
        assert "Mehr Bänke am Phoenix-See, bitte mit Schatten." in body
        assert "korrigiert am" in body and TEXT not in body

        withdraw = page.get_by_role("link", name="Karte zurückziehen")
        assert withdraw.bounding_box()["height"] >= 44
        withdraw.click()
        page.wait_for_url(f"**/k/{card.code}/withdraw?lang=de")
        assert page.locator("h1").inner_text() == "Karte zurückziehen?"
        assert "nicht rückgängig" in page.locator("main").inner_text()
        assert fits(page)
        shoot(page, "withdraw-de-phone.png")
        page.get_by_role("link", name="Nein, zurück").click()
        page.wait_for_url(f"**/k/{card.code}?lang=de")
        page.get_by_role("link", name="Karte zurückziehen").click()
        page.get_by_role("button", name="Ja, Karte zurückziehen").click()
        page.wait_for_url(f"**/k/{card.code}?lang=de&done=withdrawn")
        body = page.locator("main").inner_text()
        assert "Ihre Karte ist zurückgezogen." in body and "Zurückgezogen" in body
        assert "Phoenix-See" not in body
        assert page.get_by_role("link", name="Karte zurückziehen").count() == 0
        shoot(page, "withdrawn-de-phone.png")
    finally:
        context.close()


def test_unknown_and_mistyped_codes_get_help_and_a_form(browser, collector_with_card):
    collector, card, _db = collector_with_card
    page = browser.new_page(locale="en-GB")
    try:
        response = page.goto(f"{collector.url}/k/{new_code()}")
        assert response is not None and response.status == 404
        assert page.get_attribute("html", "lang") == "en"  # from Accept-Language
        assert "We have not found this card (yet)" in page.locator("h1").inner_text()

        page.goto(f"{collector.url}/k/ABC-DEF-GHJK?lang=de")
        assert page.get_attribute("html", "lang") == "de"
        assert page.locator("h1").inner_text() == "Dieser Kartencode stimmt nicht"
        shoot(page, "typo-de.png")

        # Typing the right code into the form (lower case, no dashes) opens the card.
        page.get_by_label("Kartencode").fill(card.code.replace("-", "").lower())
        page.get_by_role("button", name="Karte anzeigen").click()
        page.wait_for_url(f"**/k/{card.code}?lang=de")
        assert page.locator("h1").inner_text() == "Ihre Beteiligungskarte"
    finally:
        page.close()


def shoot_language(page, lang: str) -> None:
    """The page in ``lang`` at screenshots/followup-<lang>.png (beside the folder above)."""
    page.screenshot(path=str(SCREENSHOTS.parent / f"followup-{lang}.png"), full_page=True)


def switch_links_fit(page) -> bool:
    """Every link of the language switch at least 44 px high and wide, inside the screen."""
    return page.evaluate("""() => [...document.querySelectorAll('nav.languages a')].every(a => {
        const box = a.getBoundingClientRect();
        return box.height >= 44 && box.width >= 44 && box.left >= 0
            && box.right <= window.innerWidth;
    })""")


def test_the_card_in_arabic_right_to_left_then_in_russian(browser, collector_with_card):
    collector, card, db = collector_with_card
    answer_and_publish(db)
    context = browser.new_context(viewport=PHONE, locale="ar-SY")
    page = context.new_page()
    try:
        # The browser asks for Arabic: no ?lang= needed.
        response = page.goto(f"{collector.url}/k/{card.code}")
        assert response is not None and response.status == 200
        assert page.get_attribute("html", "lang") == "ar"
        assert page.get_attribute("html", "dir") == "rtl"
        assert page.locator("h1").inner_text() == "بطاقة مشاركتكم"
        body = page.locator("main").inner_text()
        assert "قيد الدراسة" in body and "نُشر الرد" in body and ANSWER in body
        assert "«Bänke und Schatten am See»" in body
        code = page.locator("dd .code")
        assert code.inner_text() == card.code
        assert code.evaluate("e => getComputedStyle(e).direction") == "ltr"
        # The layout mirrors: the text's bar is on the right, the timeline's too.
        text = page.locator("div.text").first
        assert text.evaluate("e => getComputedStyle(e).borderRightWidth") == "4px"
        assert text.evaluate("e => getComputedStyle(e).borderLeftWidth") == "0px"
        # ... while the German text in it runs left to right, from the box's left.
        box = text.bounding_box()
        start = text.evaluate("e => { const r = document.createRange();"
                              " r.setStart(e.firstChild, 0); r.setEnd(e.firstChild, 1);"
                              " return r.getBoundingClientRect().left; }")
        assert start < box["x"] + 24
        main_box = page.locator("main").bounding_box()
        heading = page.locator("h1").evaluate(
            "e => { const r = document.createRange(); r.selectNodeContents(e);"
            " return r.getBoundingClientRect().right; }")
        assert heading > main_box["x"] + main_box["width"] - 40  # starts at the right
        assert fits(page)
        assert switch_links_fit(page)
        current = page.locator('nav.languages a[aria-current="true"]')
        assert current.inner_text() == "العربية" and current.get_attribute("hreflang") == "ar"
        shoot_language(page, "ar")

        page.get_by_role("link", name="Русский").click()
        page.wait_for_url(f"**/k/{card.code}?lang=ru")
        assert page.get_attribute("html", "lang") == "ru"
        assert page.get_attribute("html", "dir") is None
        assert page.locator("h1").inner_text() == "Ваша карточка участия"
        body = page.locator("main").inner_text()
        assert "Рассматривается" in body and "Ответ опубликован" in body
        assert "«Bänke und Schatten am See»" in body and " г., " in body
        text = page.locator("div.text").first
        assert text.evaluate("e => getComputedStyle(e).borderLeftWidth") == "4px"
        assert page.locator('nav.languages a[aria-current="true"]').inner_text() == "Русский"
        assert fits(page)
        assert switch_links_fit(page)
        shoot_language(page, "ru")

        page.get_by_role("link", name="Посмотреть результаты «").click()
        page.wait_for_url("**/results/*?lang=ru")
        assert "Карточки по темам" in page.locator("main").inner_text()
        assert fits(page)
        page.get_by_role("link", name="العربية").click()
        page.wait_for_url("**/results/*?lang=ar")
        assert page.get_attribute("html", "dir") == "rtl"
        assert "البطاقات حسب المجال" in page.locator("main").inner_text()
        assert fits(page)
        shoot_language(page, "ar-results")
    finally:
        context.close()


def test_the_withdraw_step_in_russian_on_a_phone(browser, collector_with_card):
    collector, card, _db = collector_with_card
    context = browser.new_context(viewport=PHONE, locale="ru-RU")
    page = context.new_page()
    try:
        page.goto(f"{collector.url}/k/{card.code}")
        assert page.get_attribute("html", "lang") == "ru"  # from Accept-Language
        page.get_by_role("link", name="Отозвать карточку").click()
        page.wait_for_url(f"**/k/{card.code}/withdraw?lang=ru")
        assert page.locator("h1").inner_text() == "Отозвать карточку?"
        assert "«Отозвана»" in page.locator("main").inner_text()
        assert fits(page)
        page.get_by_role("button", name="Да, отозвать карточку").click()
        page.wait_for_url(f"**/k/{card.code}?lang=ru&done=withdrawn")
        body = page.locator("main").inner_text()
        assert "Ваша карточка отозвана." in body and "Отозвана" in body
        assert "Phoenix-See" not in body
        shoot_language(page, "ru-withdrawn")
    finally:
        context.close()
