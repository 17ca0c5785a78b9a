"""The follow-up page in a real headless browser (Debian's chromium through playwright)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
def collector_with_card(tmp_path):
    import httpx

    db = tmp_path / "collector.db"
    store = CollectorStore.open(db)
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    store.close()
    station = open_station(station_config())
    add_cards(station, 2)
    station.db.execute("UPDATE cards SET text = ? WHERE rowid = 1",
                       ["Mehr Bänke am Phoenix-See.\nUnd Schatten für heiße Tage."])
    card = next(station.archive.iter())
    raw = StationSync(station.config, station.db, enrolment).sealer.seal_pending()[0].document
    station.close()
    with CollectorProcess(db) as collector:
        response = httpx.post(f"{collector.url}/api/v1/batches", content=raw,
                              headers=upload_headers(raw, enrolment))
        assert response.status_code == 201
        yield collector, card


def test_a_known_card_in_german_then_english(browser, collector_with_card):
    collector, card = collector_with_card
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
        assert "Mehr Bänke am Phoenix-See.\nUnd Schatten für heiße Tage." in body
        assert "Eingegangen" in body and "Uhr" in body
        link = page.get_by_role("link", name="Zur Online-Beteiligung der Stadt Dortmund")
        assert link.get_attribute("href") == "https://www.dortmund.de/stadtgespraech"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "card-de.png"), full_page=True)

        page.get_by_role("link", name="English").click()
        page.wait_for_load_state()
        assert page.get_attribute("html", "lang") == "en"
        assert page.title().startswith(f"Your participation card {card.code}")
        assert "What makes Dortmund what it is today?" in page.locator("main").inner_text()
        page.screenshot(path=str(SCREENSHOTS / "card-en.png"), full_page=True)
    finally:
        page.close()


def test_unknown_and_mistyped_codes_get_help_and_a_form(browser, collector_with_card):
    collector, card = collector_with_card
    page = browser.new_page(locale="en-GB")
    try:
        response = page.goto(f"{collector.url}/k/{new_code()}")
        assert response is not None and response.status == 404
        assert page.get_attribute("html", "lang") == "en"  # from Accept-Language
        assert "We have not found this card (yet)" in page.locator("h1").inner_text()

        page.goto(f"{collector.url}/k/ABC-DEF-GHJK?lang=de")
        assert page.get_attribute("html", "lang") == "de"
        assert page.locator("h1").inner_text() == "Dieser Kartencode stimmt nicht"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "typo-de.png"), full_page=True)

        # Typing the right code into the form (lower case, no dashes) opens the card.
        page.get_by_label("Kartencode").fill(card.code.replace("-", "").lower())
        page.get_by_role("button", name="Karte anzeigen").click()
        page.wait_for_url(f"**/k/{card.code}?lang=de")
        assert page.locator("h1").inner_text() == "Ihre Beteiligungskarte"
    finally:
        page.close()
