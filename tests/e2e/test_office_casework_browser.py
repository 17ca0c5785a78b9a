"""The whole loop in a real browser: staff moderate, group and answer in the office, and the
attendee sees it from the receipt's code, on the results page, and withdraws the card.

A real collector process and Debian's chromium (playwright). The cards are put into the
collector's database before it starts, as received batches (the ingest itself is tested
with real signed batches elsewhere). Screenshots of every page go to screenshots/office/
(casework-*.png): look at them.
"""

from __future__ import annotations

import csv
import io
import re

import pytest

from station_app.collector.office.card_index import event_key
from station_app.collector.store import CollectorStore
from tests.e2e.collector_process import CollectorProcess
from tests.e2e.test_office_browser import DESKTOP, PASSWORD, PHONE, browser, shoot
from tests.e2e.test_office_security import add_user
from tests.support.collector_cards import EVENT, card, receive

pytestmark = pytest.mark.slow

__all__ = ["browser"]  # the fixture, shared with the office's login test

SHADE = "Mehr Schatten auf dem Spielplatz im Westpark"
SAILS = "Sonnensegel über dem Sandkasten, bitte: im Sommer ist es dort zu heiß"
ADVERT = "Kaufen Sie Sonnenbrillen bei Optik Beispiel!"
SCRIPT = "<script>alert(1)</script> Mehr Bänke am Phoenix-See"
GROUP = "Mehr Schatten auf Spielplätzen"
ANSWER = "Wir pflanzen 2027 zwanzig Bäume auf den Spielplätzen im Westen."
KEY = event_key(EVENT)


@pytest.fixture(scope="module")
def cards():
    return {"shade": card(SHADE), "sails": card(SAILS), "advert": card(ADVERT, topic="mobil"),
            "script": card(SCRIPT, district=None), "bus": card("Der 440 muss öfter fahren",
                                                               topic="mobil")}


@pytest.fixture(scope="module")
def collector(tmp_path_factory, cards, module_collector_db):
    db, folder = module_collector_db, tmp_path_factory.mktemp("office-casework")
    with CollectorStore.open(db) as store:
        receive(store, list(cards.values()))
    for name, role in (("Anna Beispiel", "admin"), ("Moritz Muster", "moderator")):
        assert add_user(db, name, role, PASSWORD, data_dir=folder).returncode == 0
    with CollectorProcess(db, None, "--page-rate", "100000",
                          log=folder / "collector.log") as server:
        yield server


def log_in(page, collector, name: str, lang: str = "de") -> None:
    page.goto(f"{collector.url}/office/login?lang={lang}")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Passwort" if lang == "de" else "Password").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden" if lang == "de" else "Log in").click()
    page.wait_for_url(f"**/office/?lang={lang}")


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def open_card(page, code: str) -> None:
    page.get_by_role("link", name=code, exact=True).click()
    page.wait_for_url("**/office/cards/*")


def test_staff_moderate_group_and_answer_and_the_attendee_sees_it(browser, collector, cards):
    dialogs: list[str] = []
    staff = browser.new_context(viewport=DESKTOP, locale="de-DE")
    page = staff.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        log_in(page, collector, "Moritz Muster")
        shoot(page, "casework-landing-de.png")
        nav = page.get_by_role("navigation", name="Bereiche der Zentrale")

        nav.get_by_role("link", name="Gruppen").click()
        page.get_by_label("Name der neuen Gruppe").fill(GROUP)
        page.get_by_role("button", name="Gruppe anlegen").click()
        page.wait_for_url("**/office/groups/*")
        assert page.locator("h1").inner_text() == f"Gruppe „{GROUP}“"

        nav.get_by_role("link", name="Karten").click()
        page.get_by_label("Text enthält").fill("Sand")
        page.get_by_role("button", name="Karten anzeigen").click()
        page.wait_for_url("**/office/cards?*text=Sand*")
        assert "1 Karte" in page.locator("main").inner_text()
        page.get_by_label("Text enthält").fill("")
        page.get_by_role("button", name="Karten anzeigen").click()
        page.wait_for_url("**/office/cards?*")
        assert "5 Karten" in page.locator("main").inner_text()
        assert SCRIPT in page.locator("main").inner_text()  # as text, not run
        for key in ("shade", "sails"):
            page.get_by_label(f"Karte {cards[key]['code']} auswählen").check()
        page.get_by_label("Ausgewählte Karten der Gruppe … zuordnen").select_option(label=GROUP)
        shoot(page, "casework-cards-de.png")
        page.get_by_role("button", name="Ausgewählte Karten zuordnen").click()
        assert f"der Gruppe „{GROUP}“ zugeordnet" in page.locator("main").inner_text()

        nav.get_by_role("link", name="Gruppen").click()
        page.get_by_role("link", name=GROUP).click()
        page.wait_for_url("**/office/groups/*")
        assert cards["shade"]["code"] in page.locator("main").inner_text()
        page.get_by_label("Antwort auf alle Karten der Gruppe").fill(ANSWER)
        page.get_by_role("button", name="Antwort der Gruppe speichern").click()
        page.get_by_label("Neuer Status für alle Karten der Gruppe").select_option(
            label="In Bearbeitung")
        page.get_by_role("button", name="Status für alle Karten setzen").click()
        assert "Neuer Status für 2 Karten." in page.locator("main").inner_text()
        shoot(page, "casework-group-de.png")

        nav.get_by_role("link", name="Karten").click()
        open_card(page, cards["advert"]["code"])
        page.get_by_label("Grund für das Ausblenden").select_option(label="Werbung")
        page.get_by_role("button", name="Karte ausblenden").click()
        assert "ausgeblendet" in page.locator("main").inner_text()
        shoot(page, "casework-card-hidden-de.png")

        nav.get_by_role("link", name="Karten").click()
        open_card(page, cards["bus"]["code"])
        page.get_by_label("Eigene Antwort auf diese Karte").fill("Ab März fährt er alle 10 "
                                                                 "Minuten.")
        page.get_by_role("button", name="Antwort speichern").click()
        page.get_by_label("Neuer Status").select_option(label="Aufgenommen")
        page.get_by_role("button", name="Status setzen").click()
        assert "Der Status ist gesetzt." in page.locator("main").inner_text()

        for admin_only in ("/office/events", "/office/users", "/office/audit"):
            answer = page.goto(f"{collector.url}{admin_only}")
            assert answer is not None and answer.status == 403
        page.goto(f"{collector.url}/office/?lang=de")
        page.get_by_role("button", name="Abmelden").click()
        page.wait_for_url("**/office/login?lang=de&bye=1")

        log_in(page, collector, "Anna Beispiel")
        nav.get_by_role("link", name="Veranstaltungen").click()
        page.get_by_role("checkbox").first.check()
        page.get_by_role("checkbox").nth(1).check()
        page.get_by_role("button", name="Speichern").first.click()
        shoot(page, "casework-events-de.png")
        nav.get_by_role("link", name="Protokoll").click()
        log = page.get_by_role("table").inner_text()
        for action in ("Status geändert", "Karte ausgeblendet", "Antwort auf Gruppe",
                       "Karte einer Gruppe zugeordnet", "Veröffentlichung geändert"):
            assert action in log, action
        nav.get_by_role("link", name="Übersicht").click()
        assert "Stadtkonferenz Ausgangsbilder" in page.locator("main").inner_text()
        shoot(page, "casework-overview-de.png")
    finally:
        staff.close()

    public = browser.new_context(viewport=PHONE, locale="de-DE", is_mobile=True,
                                 has_touch=True)
    page = public.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(f"{collector.url}/k/{cards['shade']['code']}")
        main = page.locator("main").inner_text()
        assert "In Bearbeitung" in main and "Eingegangen" in main
        assert GROUP in main and ANSWER in main
        assert fits(page)
        shoot(page, "casework-followup-de-phone.png")
        page.get_by_role("link", name=re.compile("Ergebnisse von")).click()
        page.wait_for_url(f"**/results/{KEY}*")
        results = page.locator("main").inner_text()
        assert GROUP in results and ANSWER in results
        assert SHADE in results and SCRIPT in results  # the visible cards, as text
        assert ADVERT not in results  # hidden by the moderator
        assert fits(page)
        shoot(page, "casework-results-de-phone.png")

        page.goto(f"{collector.url}/k/{cards['shade']['code']}")
        page.get_by_role("link", name="Karte zurückziehen").click()
        page.wait_for_url("**/withdraw*")
        shoot(page, "casework-withdraw-de-phone.png")
        page.get_by_role("button", name=re.compile("zurückziehen")).click()
        page.wait_for_url("**done=withdrawn*")
        main = page.locator("main").inner_text()
        assert "zurückgezogen" in main and SHADE not in main
        shoot(page, "casework-withdrawn-de-phone.png")
        page.goto(f"{collector.url}/results/{KEY}")
        assert SHADE not in page.locator("main").inner_text()  # at once, not in a minute
    finally:
        public.close()
    assert dialogs == []  # no script ever ran

    exporter = browser.new_context(viewport=DESKTOP, locale="en-GB", accept_downloads=True)
    page = exporter.new_page()
    try:
        log_in(page, collector, "Anna Beispiel", "en")
        page.goto(f"{collector.url}/office/export?lang=en")
        with page.expect_download() as download:
            page.get_by_role("button", name=re.compile("[Dd]ownload")).click()
        text = download.value.path().read_bytes().decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
        by_code = {row["Kartencode"]: row for row in rows}
        assert by_code[cards["sails"]["code"]]["Antwort"] == ANSWER
        assert by_code[cards["bus"]["code"]]["Status"] == "Aufgenommen"
        assert cards["advert"]["code"] not in by_code  # hidden: left out
        assert SHADE not in text  # withdrawn in the first test: nowhere
    finally:
        exporter.close()


def test_the_office_pages_fit_a_phone_in_english(browser, collector, cards):
    context = browser.new_context(viewport=PHONE, locale="en-GB", is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    try:
        log_in(page, collector, "Anna Beispiel", "en")
        for path, name in (("/office/cards?lang=en", "cards"), ("/office/groups?lang=en",
                                                                "groups"),
                           ("/office/overview?lang=en", "overview"),
                           ("/office/export?lang=en", "export")):
            page.goto(f"{collector.url}{path}")
            assert fits(page), path
            shoot(page, f"casework-{name}-en-phone.png")
        page.goto(f"{collector.url}/office/cards?lang=en")
        open_card(page, cards["sails"]["code"])
        assert fits(page)
        shoot(page, "casework-card-en-phone.png")

    finally:
        context.close()
