"""The cards, staff and helpers of the office's end-to-end browser flow
(``test_office_flow_browser.py``).

Six cards of one event go into the collector's database before the collector starts, as
one received batch; the two staff accounts are added through the real command line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page

from station_app.collector.office.card_index import event_key
from station_app.collector.store import CollectorStore
from tests.e2e.test_office_security import add_user
from tests.support.collector_cards import EVENT, card, receive

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "office"
PASSWORD = "Phoenix-See-am-Abend"
ADMIN = "Anna Beispiel"
MODERATOR = "Moritz Muster"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

EVENT_NAME = EVENT["name"]
KEY = event_key(EVENT)
SHADE = "Mehr Schatten auf dem Spielplatz im Westpark, bitte mit großen Bäumen."
SAILS = "Sonnensegel über dem Sandkasten: Dort gibt es im Sommer keinen Schatten."
ADVERT = "Jetzt Sonnenbrillen kaufen bei Optik Beispiel – 20 Prozent Rabatt!"
SCRIPT = "<script>alert(1)</script> Bitte mehr Trinkbrunnen in der Innenstadt."
BUS = "Die Linie 440 soll abends öfter fahren."
BIKE = "Ein sicherer Radweg auf der Kampstraße fehlt."
CORRECTED = "Ein sicherer, breiter Radweg auf der Kampstraße fehlt – bis zum Hauptbahnhof."
GROUP = "Mehr Schatten auf Spielplätzen"
GROUP_ANSWER = ("Wir pflanzen im Herbst 2027 zwanzig Bäume auf den Spielplätzen im Westen "
                "und hängen bis dahin Sonnensegel auf.")
OWN_ANSWER = "Ab März fährt die Linie 440 abends alle 15 Minuten."


def flow_cards() -> dict[str, dict[str, Any]]:
    """The six cards by a short name: three on green topics (two about shade, one with a
    script in it), three on mobility (an advertisement, the bus, the bike lane without a
    district); written a minute apart, the shade first."""
    start = dt.datetime(2026, 11, 14, 10, 0, tzinfo=dt.UTC)
    texts = (("shade", SHADE, "gruen", "innenstadt-west"),
             ("sails", SAILS, "gruen", "innenstadt-west"),
             ("advert", ADVERT, "mobil", "innenstadt-west"),
             ("script", SCRIPT, "gruen", "innenstadt-west"),
             ("bus", BUS, "mobil", "innenstadt-west"),
             ("bike", BIKE, "mobil", None))
    return {name: card(text, topic=topic, district=district,
                       created_at=start + dt.timedelta(minutes=n))
            for n, (name, text, topic, district) in enumerate(texts)}


def prepare(db: Path | str, cards: dict[str, dict[str, Any]], folder: Path) -> None:
    """The cards as one received batch of ``buergerhalle-1``, and the two accounts."""
    store = CollectorStore.open(db)
    try:
        receive(store, list(cards.values()))
    finally:
        store.close()
    for name, role in ((ADMIN, "admin"), (MODERATOR, "moderator")):
        result = add_user(db, name, role, PASSWORD, data_dir=folder)
        assert result.returncode == 0, result.stderr


def shoot(page: Page, name: str) -> None:
    """A full-page screenshot as screenshots/office/flow-NAME.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"flow-{name}.png"), full_page=True)


def fits(page: Page) -> bool:
    """Nothing wider than the screen: no sideways scrolling."""
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def log_in(page: Page, url: str, name: str, lang: str = "de") -> None:
    """Through the login form, to the landing page."""
    page.goto(f"{url}/office/login?lang={lang}")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Passwort" if lang == "de" else "Password").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden" if lang == "de" else "Log in").click()
    page.wait_for_url(f"**/office/?lang={lang}")


def log_out(page: Page, lang: str = "de") -> None:
    page.get_by_role("button", name="Abmelden" if lang == "de" else "Log out").click()
    page.wait_for_url(f"**/office/login?lang={lang}&bye=1")


def rows_of(table: Locator) -> list[list[str]]:
    """The body rows of a table (a locator) as lists of their cells' texts."""
    rows: list[list[str]] = table.locator("tbody tr").evaluate_all(
        "rows => rows.map(r => Array.from(r.cells, c => c.innerText.trim()))")
    return rows


def cell_texts(page: Page, selector: str) -> list[str]:
    """The visible texts of every element ``selector`` finds, in order."""
    return [text.strip() for text in page.locator(selector).all_inner_texts()]


def watch_dialogs(page: Page, seen: list[str]) -> None:
    """Record (and dismiss) every dialog a script would open: there must be none."""
    page.on("dialog", lambda dialog: (seen.append(dialog.message), dialog.dismiss()))


def small_targets(page: Page) -> list[str]:
    """The buttons and checkboxes' labels in ``main`` that are less than 44 px high."""
    small: list[str] = page.evaluate(
        """() => Array.from(document.querySelectorAll(
            'main button, main label.pick, main .actions a, main select'))
            .filter(e => e.getBoundingClientRect().height > 0
                         && e.getBoundingClientRect().height < 44)
            .map(e => (e.innerText || e.id || e.tagName).trim().slice(0, 60))""")
    return small
