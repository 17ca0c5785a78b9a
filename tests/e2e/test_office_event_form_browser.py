"""The event form in a real headless browser (Debian's chromium through playwright): an
admin defines an event from nothing – name, day, languages with Leichte Sprache, a prompt
with its translations, a topic –, is told by the station's own rules what is missing,
and downloads the package. Screenshots go to screenshots/office/ (look at them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.package_install import config_from_text
from station_app.protocol.package import read_package
from tests.e2e.collector_process import CollectorProcess
from tests.e2e.test_followup_page_browser import CHROMIUM, CHROMIUM_ARGS
from tests.e2e.test_office_security import add_user

pytestmark = pytest.mark.slow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "office"
PASSWORD = "Phoenix-See-am-Abend"


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def test_an_admin_defines_an_event_in_the_form_and_downloads_its_package(tmp_path,
                                                                         collector_db):
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: apt-get install chromium (.ci/debian-packages.txt)")
    from playwright.sync_api import sync_playwright

    db = collector_db
    assert add_user(db, "Anna Beispiel", "admin", PASSWORD, data_dir=tmp_path).returncode == 0
    with CollectorProcess(db, log=tmp_path / "collector.log") as collector, \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900},
                                      locale="de-DE", accept_downloads=True)
        page = context.new_page()
        try:
            page.goto(f"{collector.url}/office/login?lang=de")
            page.get_by_label("Name", exact=True).fill("Anna Beispiel")
            page.get_by_label("Passwort").fill(PASSWORD)
            page.get_by_role("button", name="Anmelden").click()
            page.wait_for_url("**/office/?lang=de")
            page.get_by_role("link", name="Stationspakete").first.click()
            page.wait_for_url("**/office/packages?lang=de")
            assert page.get_by_role("heading", name="Die Veranstaltung im Formular").count()

            page.get_by_label("Name der Veranstaltung").fill('Stadtteilforum "Nord" <Eving>')
            page.get_by_label("Datum").fill("2026-11-14")
            page.get_by_label("Ort", exact=True).fill("Bürgerhaus Eving")
            page.locator("#f-station_id").fill("eving-1")
            page.get_by_label("Name der Station").fill("Station Eving")
            page.get_by_label("Leichte Sprache (ls)", exact=True).check()
            page.get_by_role("button", name="Sprachen und Zeilen übernehmen").click()
            status = page.get_by_role("status")
            assert "Noch ist kein Paket geschrieben" in status.inner_text()
            assert page.get_by_label("Name der Veranstaltung").input_value() == \
                'Stadtteilforum "Nord" <Eving>'

            page.locator("#f-prompts-0--id").fill("idee")
            page.locator("#f-prompts-0--label").fill("Was wünschen Sie sich für Eving?")
            page.get_by_text("Text – Übersetzungen: 0 von 2 Sprachen").first.click()
            page.locator("#f-prompts-0--translations-en").fill("What do you wish for Eving?")
            page.locator("#f-prompts-0--translations-ls").fill("Was soll es in Eving geben?")
            page.locator("#f-topics-0--id").fill("wohnen")  # the label is still missing
            page.get_by_role("button", name="Stationspaket erstellen und herunterladen").click()
            alert = page.get_by_role("alert")
            assert alert.inner_text() == ("Das Paket wurde nicht erstellt: topics[0].label: "
                                          "must not be empty")
            label = page.locator("#f-topics-0--label")
            assert label.get_attribute("aria-invalid") == "true"
            assert page.locator("#f-prompts-0--translations-ls").input_value() == \
                "Was soll es in Eving geben?"
            alert.scroll_into_view_if_needed()
            shoot(page, "event-form-refused-de-1280x900.png")
            label.scroll_into_view_if_needed()
            shoot(page, "event-form-field-error-de-1280x900.png")

            label.fill("Wohnen & Leben")
            label.focus()
            assert label.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
            with page.expect_download() as download:
                page.get_by_role("button",
                                 name="Stationspaket erstellen und herunterladen").click()
            raw = Path(download.value.path()).read_bytes()
            assert download.value.suggested_filename == "eving-1.station-package"
            page.goto(f"{collector.url}/office/packages?lang=de")
            page.get_by_label("Name der Veranstaltung").scroll_into_view_if_needed()
            shoot(page, "event-form-template-de-1280x900.png")
        finally:
            context.close()
            browser.close()
    package = read_package(raw)
    config = config_from_text(package.config_toml, "package")
    assert config.event.name == 'Stadtteilforum "Nord" <Eving>'
    assert config.kiosk.languages == ["de", "en", "ls"]
    assert config.prompts[0].label_for("ls") == "Was soll es in Eving geben?"
    assert config.topics[0].label == "Wohnen & Leben" and config.station.name == "Station Eving"
