"""Issue 14 end to end: a real collector process and Debian's chromium driven by playwright.

A moderator logs in, finds the two cards about shade, groups and answers them, hides an
advertisement and answers another card; the admin publishes the event's results and reads
the moderator's steps in the audit log; an attendee, with nothing but the receipt's code,
sees status, group and answer on ``/k/{code}`` and on the results page, withdraws one card
and corrects another; the admin sees the correction beside the original and downloads the
export. Last, the pages on a phone in English. Six cards are put into the database before
the collector starts (``office_flow_data``). Every page visited is a full-page screenshot
in screenshots/office/flow-*.png: look at them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Page

from tests.e2e.collector_process import CollectorProcess
from tests.e2e.office_flow_data import (
    ADMIN,
    ADVERT,
    BIKE,
    BUS,
    CORRECTED,
    DESKTOP,
    EVENT_NAME,
    GROUP,
    GROUP_ANSWER,
    KEY,
    MODERATOR,
    OWN_ANSWER,
    PHONE,
    SAILS,
    SCRIPT,
    SHADE,
    cell_texts,
    fits,
    flow_cards,
    log_in,
    log_out,
    prepare,
    rows_of,
    shoot,
    small_targets,
    watch_dialogs,
)
from tests.e2e.test_office_browser import browser

pytestmark = pytest.mark.slow

__all__ = ["browser"]  # the fixture, shared with the office's login test

BERLIN = ZoneInfo("Europe/Berlin")
NAV = "Bereiche der Zentrale"
PHONE_GROUP = "Buses in the evening"
Cards = dict[str, dict[str, Any]]


@pytest.fixture(scope="module")
def cards() -> Cards:
    return flow_cards()


@pytest.fixture(scope="module")
def collector(tmp_path_factory: pytest.TempPathFactory, cards: Cards,
              module_collector_db: Path | str) -> Iterator[CollectorProcess]:
    db, folder = module_collector_db, tmp_path_factory.mktemp("office-flow")
    prepare(db, cards, folder)
    with CollectorProcess(db, None, "--page-rate", "1000", log=folder / "collector.log"
                          ) as server:
        yield server
    assert "Traceback" not in server.log.read_text(errors="replace")


def today() -> str:
    """Today as the German pages write a day (in Dortmund)."""
    return dt.datetime.now(BERLIN).strftime("%d.%m.%Y")


AREAS = {"Übersicht": "overview", "Karten": "cards", "Gruppen": "groups", "Export": "export",
         "Veranstaltungen": "events", "Protokoll": "audit"}


def go(page: Page, area: str) -> None:
    """To one of the office's areas through its navigation."""
    page.get_by_role("navigation", name=NAV).get_by_role("link", name=area, exact=True).click()
    page.wait_for_url(f"**/office/{AREAS[area]}?lang=de")


def open_card(page: Page, code: str) -> None:
    page.get_by_role("link", name=code, exact=True).click()
    page.wait_for_url("**/office/cards/*")
    assert page.locator("h1").inner_text() == f"Karte {code}"


# --- 1. the moderator ----------------------------------------------------------------------


def moderate(page: Page, url: str, cards: Cards) -> str:
    """Search, group, answer, move on, hide and answer as the moderator; returns the
    group's page address."""
    log_in(page, url, MODERATOR)
    assert "Angemeldet als Moritz Muster (Moderation)" in page.locator("header").inner_text()
    shoot(page, "landing-moderator-de")

    go(page, "Karten")
    assert "6 Karten" in page.locator("main").inner_text()
    shoot(page, "cards-de")
    page.get_by_label("Text enthält").fill("Schatten")
    page.get_by_role("button", name="Karten anzeigen").click()
    page.wait_for_url("**/office/cards?*text=Schatten*")
    main = page.locator("main")
    assert "2 Karten" in main.inner_text()
    found = rows_of(page.get_by_role("table", name="Karten, die neuesten zuerst"))
    assert sorted(row[1] for row in found) == sorted([cards["shade"]["code"],
                                                      cards["sails"]["code"]])
    assert ADVERT not in main.inner_text() and BUS not in main.inner_text()
    assert page.get_by_label("Text enthält").input_value() == "Schatten"  # kept
    shoot(page, "cards-search-de")

    go(page, "Gruppen")
    assert page.locator("h1").inner_text() == "Gruppen"
    assert GROUP not in main.inner_text()  # (the phone's test may have made its own)
    shoot(page, "groups-before-de")
    page.get_by_label("Name der neuen Gruppe").fill(GROUP)
    page.get_by_role("button", name="Gruppe anlegen").click()
    page.wait_for_url("**/office/groups/*?lang=de&done=created")
    group_url = page.url.split("?")[0]
    assert page.locator("h1").inner_text() == f"Gruppe „{GROUP}“"
    assert page.get_by_role("status").inner_text().startswith("Die Gruppe ist angelegt.")
    assert "Noch keine Karten in dieser Gruppe." in main.inner_text()
    shoot(page, "group-created-de")

    # Back to the list: tick both shade cards, choose the group, assign.
    go(page, "Karten")
    page.get_by_label("Text enthält").fill("Schatten")
    page.get_by_role("button", name="Karten anzeigen").click()
    page.wait_for_url("**/office/cards?*text=Schatten*")
    for name in ("shade", "sails"):
        box = page.get_by_label(f"Karte {cards[name]['code']} auswählen")
        box.check()
        assert box.is_checked()
    page.get_by_label("Ausgewählte Karten der Gruppe … zuordnen").select_option(label=GROUP)
    shoot(page, "cards-ticked-de")
    page.get_by_role("button", name="Ausgewählte Karten zuordnen").click()
    page.wait_for_url("**/office/cards?*done=assigned*")
    assert page.get_by_role("status").inner_text() == \
        f"2 Karten der Gruppe „{GROUP}“ zugeordnet."
    found = rows_of(page.get_by_role("table", name="Karten, die neuesten zuerst"))
    assert [row[9] for row in found] == [GROUP, GROUP]  # the column "Gruppe"
    assert "2 Karten" in main.inner_text()  # the search is kept after assigning
    shoot(page, "cards-assigned-de")

    # The group's page lists both; give it an answer and move all its cards on.
    go(page, "Gruppen")
    assert [GROUP, "2", "noch nicht beantwortet"] in rows_of(
        page.get_by_role("table", name="Alle Gruppen"))
    shoot(page, "groups-de")
    page.get_by_role("link", name=GROUP, exact=True).click()
    page.wait_for_url(f"{group_url}?lang=de")
    listed = rows_of(page.get_by_role("table", name="Karten dieser Gruppe, die neuesten zuerst"))
    assert sorted(row[0] for row in listed) == sorted([cards["shade"]["code"],
                                                       cards["sails"]["code"]])
    assert all(row[2] == "Eingegangen" for row in listed)
    page.get_by_label("Antwort auf alle Karten der Gruppe").fill(GROUP_ANSWER)
    page.get_by_role("button", name="Antwort der Gruppe speichern").click()
    page.wait_for_url("**done=group_answered*")
    assert page.get_by_role("status").inner_text() == "Die Antwort der Gruppe ist gespeichert."
    assert GROUP_ANSWER in main.inner_text()
    page.get_by_label("Neuer Status für alle Karten der Gruppe").select_option(
        label="In Bearbeitung")
    page.get_by_role("button", name="Status für alle Karten setzen").click()
    page.wait_for_url("**done=group_status*")
    assert page.get_by_role("status").inner_text() == "Neuer Status für 2 Karten."
    listed = rows_of(page.get_by_role("table", name="Karten dieser Gruppe, die neuesten zuerst"))
    assert [row[2] for row in listed] == ["In Bearbeitung", "In Bearbeitung"]
    assert small_targets(page) == []
    shoot(page, "group-answered-de")

    # The advertisement: hidden, with the reason "Werbung".
    go(page, "Karten")
    open_card(page, cards["advert"]["code"])
    assert ADVERT in main.inner_text()
    page.get_by_label("Grund für das Ausblenden").select_option(label="Werbung")
    page.get_by_role("button", name="Karte ausblenden").click()
    page.wait_for_url("**done=hidden*")
    assert page.get_by_role("status").inner_text() == "Die Karte ist jetzt ausgeblendet."
    assert "Die Karte ist ausgeblendet: Sie erscheint auf keiner öffentlichen Seite." in \
        main.inner_text()
    history = rows_of(page.get_by_role("table", name="Verlauf der Moderation"))
    assert [row[1:] for row in history] == [["ausgeblendet", "Werbung",
                                            "Zentrale (Moritz Muster)"]]
    assert page.get_by_role("button", name="Karte wieder einblenden").is_visible()
    shoot(page, "card-hidden-de")

    # Another card: its own answer, and the status "Aufgenommen".
    go(page, "Karten")
    open_card(page, cards["bus"]["code"])
    answer = page.get_by_label("Eigene Antwort auf diese Karte")
    answer.focus()
    assert answer.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"  # visible
    answer.fill(OWN_ANSWER)
    page.get_by_role("button", name="Antwort speichern").click()
    page.wait_for_url("**done=answered*")
    assert page.get_by_role("status").inner_text() == "Die Antwort ist gespeichert."
    page.get_by_label("Neuer Status").select_option(label="Aufgenommen")
    page.get_by_role("button", name="Status setzen").click()
    page.wait_for_url("**done=status*")
    assert page.get_by_role("status").inner_text() == "Der Status ist gesetzt."
    body = main.inner_text()
    assert OWN_ANSWER in body and "Aktueller Status: Aufgenommen" in body
    steps = rows_of(page.get_by_role("table", name="Verlauf des Status"))
    assert [row[1:] for row in steps] == [["Eingegangen", "–"],
                                          ["Antwort gegeben", MODERATOR],
                                          ["Aufgenommen", MODERATOR]]
    assert small_targets(page) == []
    shoot(page, "card-answered-de")
    return group_url


def moderator_is_kept_out(page: Page, url: str) -> None:
    for path, name in (("/office/events", "events"), ("/office/users", "users"),
                       ("/office/audit", "audit")):
        response = page.goto(f"{url}{path}?lang=de")
        assert response is not None and response.status == 403, path
        assert page.locator("h1").inner_text() == "Kein Zugang"
        assert "Diese Seite ist der Administration vorbehalten." in \
            page.locator("main").inner_text()
        shoot(page, f"forbidden-{name}-de")
    nav = page.get_by_role("navigation", name=NAV).inner_text()
    assert "Veranstaltungen" not in nav and "Protokoll" not in nav
    log_out(page)


# --- 3. the admin --------------------------------------------------------------------------


def publish_and_read_the_log(page: Page, url: str, cards: Cards) -> None:
    log_in(page, url, ADMIN)
    go(page, "Veranstaltungen")
    page.get_by_label("Ergebnisseite veröffentlichen").check()
    page.get_by_label("Einzelne Karten auf der Ergebnisseite zeigen").check()
    shoot(page, "events-ticked-de")
    page.get_by_role("button", name="Speichern", exact=True).click()
    page.wait_for_url(f"**/office/events?lang=de&saved={KEY}")
    assert page.get_by_role("status").inner_text() == (
        f"Gespeichert für „{EVENT_NAME}“: Ergebnisseite veröffentlicht; einzelne Karten "
        "werden gezeigt. Die Live-Wand zeigt jede Karte, die nicht ausgeblendet ist.")
    assert page.get_by_label("Ergebnisseite veröffentlichen").is_checked()
    shoot(page, "events-saved-de")

    go(page, "Protokoll")
    entries = rows_of(page.get_by_role("table", name="Protokolleinträge"))
    by_moderator = [(row[2], row[3], json.loads(row[4]) if row[4] != "–" else None,
                     json.loads(row[5]) if row[5] != "–" else None)
                    for row in entries if row[1] == MODERATOR]
    code = {name: one["code"] for name, one in cards.items()}
    group = next(target for action, target, _b, _a in by_moderator
                 if action == "Gruppe angelegt")
    expected = [
        ("Gruppe angelegt", group, None, {"name": GROUP}),
        ("Karte einer Gruppe zugeordnet", code["shade"], {"group": None},
         {"group": int(group[1:])}),
        ("Karte einer Gruppe zugeordnet", code["sails"], {"group": None},
         {"group": int(group[1:])}),
        ("Antwort auf Gruppe", group, {"answer": ""}, {"answer": GROUP_ANSWER}),
        ("Status einer Gruppe geändert", group, None,
         {"status": "in_progress", "cards": [code["shade"], code["sails"]]}),
        ("Karte ausgeblendet", code["advert"], {"hidden": False},
         {"hidden": True, "reason": "Werbung"}),
        ("Antwort auf Karte", code["bus"], {"answer": ""}, {"answer": OWN_ANSWER}),
        ("Status geändert", code["bus"], {"status": "received"}, {"status": "adopted"}),
    ]
    for step in expected:
        assert step in by_moderator, step
    shoot(page, "audit-de")

    go(page, "Übersicht")
    events = rows_of(page.get_by_role("table", name=re.compile("^Veranstaltungen, ihre")))
    assert len(events) == 1
    name, date, venue, counted, results = events[0]
    assert (name, date, venue) == (EVENT_NAME, "14.11.2026", "Bürgerhalle")
    assert counted.splitlines()[0] == "6"
    assert results.splitlines()[0] == "veröffentlicht, mit einzelnen Karten"
    stations = rows_of(page.get_by_role("table", name=re.compile("^Abgleich je Station")))
    assert [row[0] for row in stations] == ["buergerhalle-1"]
    assert stations[0][6] == "6"  # the cards that arrived
    assert "Gezählte Karten: 6" in page.locator("main").inner_text()
    shoot(page, "overview-de")


# --- 4.–6. the attendee --------------------------------------------------------------------


def timeline(page: Page) -> list[list[str]]:
    """The public status timeline: [step, machine time, shown time] per step."""
    return [list(step) for step in page.locator("ol.timeline li").evaluate_all(
        "items => items.map(li => [li.firstChild.textContent.trim(),"
        " li.querySelector('time').dateTime, li.querySelector('time').innerText.trim()])")]


def follow_the_card(page: Page, url: str, cards: Cards) -> None:
    """The grouped card's page, then the results page it links to."""
    page.goto(f"{url}/k/{cards['shade']['code']}")
    assert page.locator("h1").inner_text() == "Ihre Beteiligungskarte"
    main = page.locator("main")
    steps = timeline(page)
    assert [step[0] for step in steps] == ["Eingegangen", "Antwort veröffentlicht",
                                           "In Bearbeitung"]
    assert steps[0][2] == "14.11.2026, 19:05 Uhr"  # the batch's arrival, in Dortmund
    assert all(step[2].startswith(today()) and step[2].endswith(" Uhr") for step in steps[1:])
    body = main.inner_text()
    assert f"„{GROUP}“" in body and GROUP_ANSWER in body and SHADE in body
    assert "Antwort der Stadt" in [h.strip() for h in main.locator("h2").all_inner_texts()]
    shoot(page, "followup-grouped-de")

    page.get_by_role("link", name=f"Ergebnisse von „{EVENT_NAME}“ ansehen").click()
    page.wait_for_url(f"**/results/{KEY}?lang=de")
    assert page.locator("h1").inner_text() == f"Ergebnisse: {EVENT_NAME}"
    body = main.inner_text()
    assert "Eingegangene Karten: 6. Davon in den Zahlen unten: 5" in body
    assert sorted(rows_of(page.get_by_role("table", name="Karten nach Themenfeld"))) == [
        ["Grün und Klima", "3", "60 %"], ["Mobilität", "2", "40 %"]]
    assert sorted(rows_of(page.get_by_role("table", name="Karten nach Stadtbezirk"))) == [
        ["Innenstadt-West", "4", "80 %"], ["keine Angabe", "1", "20 %"]]
    assert cell_texts(page, "main h3") == [GROUP]
    assert "2 Karten dieser Veranstaltung · Antwort vom " in body and GROUP_ANSWER in body
    shown = cell_texts(page, "ul.cards li .text")
    assert shown == [SHADE, SAILS, SCRIPT, BUS, BIKE]  # the hidden advertisement is not
    assert ADVERT not in body
    assert "<script>alert(1)</script>" in page.locator(
        "ul.cards li", has_text="Trinkbrunnen").inner_text()  # as text, never run
    shoot(page, "results-de")


def withdraw(page: Page, url: str, cards: Cards) -> None:
    page.goto(f"{url}/k/{cards['shade']['code']}")
    page.get_by_role("link", name="Karte zurückziehen").click()
    page.wait_for_url(f"**/k/{cards['shade']['code']}/withdraw?lang=de")
    assert page.locator("h1").inner_text() == "Karte zurückziehen?"
    assert SHADE in page.locator("main").inner_text()  # what is about to go
    assert page.get_by_role("button", name="Ja, Karte zurückziehen").bounding_box()[
        "height"] >= 44
    shoot(page, "withdraw-confirm-de")
    page.get_by_role("button", name="Ja, Karte zurückziehen").click()
    page.wait_for_url(f"**/k/{cards['shade']['code']}?lang=de&done=withdrawn")
    body = page.locator("main").inner_text()
    assert page.get_by_role("status").inner_text() == \
        "Ihre Karte ist zurückgezogen. Ihr Text wurde gelöscht."
    assert "Zurückgezogen" in body and SHADE not in body
    assert page.get_by_role("link", name="Karte zurückziehen").count() == 0
    shoot(page, "followup-withdrawn-de")

    page.goto(f"{url}/results/{KEY}?lang=de")  # at once: no minute's cache in the way
    body = page.locator("main").inner_text()
    assert SHADE not in body
    assert "Eingegangene Karten: 6. Davon in den Zahlen unten: 4" in body
    assert "1 Karte dieser Veranstaltung · Antwort vom " in body
    assert cell_texts(page, "ul.cards li .text") == [SAILS, SCRIPT, BUS, BIKE]
    shoot(page, "results-after-withdrawal-de")


def correct(page: Page, url: str, cards: Cards) -> None:
    page.goto(f"{url}/k/{cards['bike']['code']}")
    page.get_by_role("link", name="Text korrigieren").click()
    page.wait_for_url(f"**/k/{cards['bike']['code']}/correct?lang=de")
    field = page.get_by_label("Neuer Text")
    assert field.input_value() == BIKE
    field.fill(CORRECTED)
    shoot(page, "correct-de")
    page.get_by_role("button", name="Korrektur speichern").click()
    page.wait_for_url(f"**/k/{cards['bike']['code']}?lang=de&done=corrected")
    body = page.locator("main").inner_text()
    assert CORRECTED in body and BIKE not in body
    assert f"(korrigiert am {today()}, " in body
    shoot(page, "followup-corrected-de")


# --- 6.–7. the admin again -----------------------------------------------------------------


def original_and_correction(page: Page, url: str, cards: Cards) -> None:
    log_in(page, url, ADMIN)
    go(page, "Karten")
    bike_row = next(row for row in rows_of(page.get_by_role(
        "table", name="Karten, die neuesten zuerst")) if row[1] == cards["bike"]["code"])
    assert bike_row[7] == f"{BIKE} (korrigiert)"  # the original, marked as corrected
    shade_row = next(row for row in rows_of(page.get_by_role(
        "table", name="Karten, die neuesten zuerst")) if row[1] == cards["shade"]["code"])
    assert shade_row[7] == "zurückgezogen" and shade_row[8] == "Zurückgezogen"
    open_card(page, cards["bike"]["code"])
    headings = cell_texts(page, "main h3")
    assert headings[0] == "Original" and headings[1].startswith(f"Korrektur vom {today()}")
    assert cell_texts(page, "main .text")[:2] == [BIKE, CORRECTED]
    shoot(page, "card-corrected-de")

    go(page, "Karten")
    open_card(page, cards["shade"]["code"])
    body = page.locator("main").inner_text()
    assert "von ihrer Inhaberin oder ihrem Inhaber zurückgezogen" in body
    assert SHADE not in body
    assert page.get_by_role("button", name="Status setzen").count() == 0  # nothing to do
    shoot(page, "card-withdrawn-de")


def export(page: Page, cards: Cards) -> None:
    go(page, "Export")
    page.get_by_label("Veranstaltung").select_option(label=f"{EVENT_NAME} (14.11.2026)")
    assert page.get_by_label(re.compile("^CSV")).is_checked()
    shoot(page, "export-de")
    with page.expect_download() as download:
        page.get_by_role("button", name="Herunterladen").click()
    assert download.value.suggested_filename.endswith(".csv")
    text = download.value.path().read_bytes().decode("utf-8-sig")
    rows = {row["Kartencode"]: row
            for row in csv.DictReader(io.StringIO(text), delimiter=";")}
    code = {name: one["code"] for name, one in cards.items()}
    assert set(rows) == {code["sails"], code["script"], code["bus"], code["bike"]}
    assert (rows[code["sails"]]["Status"], rows[code["sails"]]["Gruppe"],
            rows[code["sails"]]["Antwort"]) == ("In Bearbeitung", GROUP, GROUP_ANSWER)
    assert (rows[code["bus"]]["Status"], rows[code["bus"]]["Antwort"]) == \
        ("Aufgenommen", OWN_ANSWER)
    assert (rows[code["bike"]]["Text"], rows[code["bike"]]["Ursprünglicher Text"]) == \
        (CORRECTED, BIKE)
    assert rows[code["script"]]["Text"] == SCRIPT
    assert SHADE not in text and code["shade"] not in text  # withdrawn: gone
    assert ADVERT not in text  # hidden: only when asked for


def holder_steps_in_the_log(page: Page, cards: Cards) -> None:
    """The withdrawal and the correction in the audit log, by the card's holder, worded in
    the page's language."""
    go(page, "Protokoll")
    entries = rows_of(page.get_by_role("table", name="Protokolleinträge"))
    holder = [(row[1], row[2], row[3]) for row in entries
              if row[2] in ("Karte zurückgezogen", "Korrektur eingereicht")]
    assert ("Export heruntergeladen" in [row[2] for row in entries])
    shoot(page, "audit-after-holder-de")
    assert holder == [("Karteninhaber:in", "Korrektur eingereicht", cards["bike"]["code"]),
                      ("Karteninhaber:in", "Karte zurückgezogen", cards["shade"]["code"])]


def test_moderate_publish_follow_withdraw_correct_and_export(
        browser: Browser, collector: CollectorProcess, cards: Cards) -> None:
    dialogs: list[str] = []
    staff = browser.new_context(viewport=DESKTOP, locale="de-DE")
    page = staff.new_page()
    watch_dialogs(page, dialogs)
    try:
        moderate(page, collector.url, cards)
        moderator_is_kept_out(page, collector.url)
        publish_and_read_the_log(page, collector.url, cards)
    finally:
        staff.close()

    public = browser.new_context(viewport=DESKTOP, locale="de-DE")  # no cookies
    page = public.new_page()
    watch_dialogs(page, dialogs)
    try:
        follow_the_card(page, collector.url, cards)
        withdraw(page, collector.url, cards)
        correct(page, collector.url, cards)
        assert public.cookies() == []  # the code is the key, nothing is kept
    finally:
        public.close()

    admin = browser.new_context(viewport=DESKTOP, locale="de-DE", accept_downloads=True)
    page = admin.new_page()
    watch_dialogs(page, dialogs)
    try:
        original_and_correction(page, collector.url, cards)
        export(page, cards)
        assert dialogs == []  # no script ran on any page
        holder_steps_in_the_log(page, cards)
    finally:
        admin.close()


# --- 8. a phone, in English ----------------------------------------------------------------


def test_the_pages_fit_a_phone_in_english(browser: Browser, collector: CollectorProcess,
                                          cards: Cards) -> None:
    """The card list, a card, a group, the overview and a follow-up page on a phone: no
    sideways scrolling, buttons big enough. The test makes its own group (of the bus card),
    so it does not need the flow above."""
    context = browser.new_context(viewport=PHONE, locale="en-GB", is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    bus = cards["bus"]["code"]
    areas = page.get_by_role("navigation", name="Areas of the central office")
    try:
        log_in(page, collector.url, MODERATOR, "en")
        areas.get_by_role("link", name="Groups").click()
        page.wait_for_url("**/office/groups?lang=en")
        page.get_by_label("Name of the new group").fill(PHONE_GROUP)
        page.get_by_role("button", name="Create the group").click()
        page.wait_for_url("**/office/groups/*?lang=en&done=created")
        group_url = page.url.split("?")[0]
        assert page.locator("h1").inner_text() == f"Group “{PHONE_GROUP}”"
        assert fits(page)
        shoot(page, "group-created-en-phone")

        areas.get_by_role("link", name="Cards").click()
        page.wait_for_url("**/office/cards?lang=en")
        assert page.locator("h1").inner_text() == "Cards"
        assert page.get_by_role("button", name="Show cards").is_visible()
        assert fits(page)
        shoot(page, "cards-en-phone")

        page.get_by_role("link", name=bus, exact=True).click()
        page.wait_for_url("**/office/cards/*?lang=en")
        assert page.locator("h1").inner_text() == f"Card {bus}"
        assert BUS in page.locator("main").inner_text()
        page.get_by_label("Group of this card").select_option(label=PHONE_GROUP)
        page.get_by_role("button", name="Save the group").click()
        page.wait_for_url("**done=grouped*")
        assert page.get_by_role("status").inner_text() == "The card's group is saved."
        assert fits(page)
        assert small_targets(page) == []
        shoot(page, "card-en-phone")

        page.get_by_role("link", name=PHONE_GROUP).first.click()
        page.wait_for_url(f"{group_url}?lang=en")
        listed = rows_of(page.get_by_role("table",
                                          name="Cards of this group, newest first"))
        assert [row[0].splitlines()[-1] for row in listed] == [bus]
        assert fits(page)
        assert small_targets(page) == []
        shoot(page, "group-en-phone")

        areas.get_by_role("link", name="Overview").click()
        page.wait_for_url("**/office/overview?lang=en")
        assert page.locator("h1").inner_text() == "Overview"
        assert fits(page)
        shoot(page, "overview-en-phone")

        page.goto(f"{collector.url}/k/{bus}?lang=en")
        assert page.locator("h1").inner_text() == "Your participation card"
        body = page.locator("main").inner_text()
        assert BUS in body and f"“{PHONE_GROUP}”" in body
        assert fits(page)
        assert small_targets(page) == []
        shoot(page, "followup-en-phone")
    finally:
        context.close()
