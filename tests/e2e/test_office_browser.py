"""The office in a real headless browser (Debian's chromium through playwright).

Log in through the form, see the landing page with one's name, read the audit log, log out;
on a desktop screen in German and on a phone in English. Screenshots of every page go to
screenshots/office/ (look at them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.collector_process import CollectorProcess
from tests.e2e.test_followup_page_browser import CHROMIUM, CHROMIUM_ARGS
from tests.e2e.test_office_security import add_user

pytestmark = pytest.mark.slow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "office"
PASSWORD = "Phoenix-See-am-Abend"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


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


@pytest.fixture(scope="module")
def collector(tmp_path_factory, module_collector_db):
    db, folder = module_collector_db, tmp_path_factory.mktemp("office-browser")
    for name, role in (("Anna Beispiel", "admin"), ("Moritz Muster", "moderator")):
        assert add_user(db, name, role, PASSWORD, data_dir=folder).returncode == 0
    with CollectorProcess(db, log=folder / "collector.log") as server:
        yield server


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def test_log_in_read_the_audit_log_and_log_out_on_a_desktop(browser, collector):
    context = browser.new_context(viewport=DESKTOP, locale="de-DE")
    page = context.new_page()
    try:
        page.goto(f"{collector.url}/office/")
        page.wait_for_url("**/office/login?lang=de&next=%2Foffice%2F")
        assert page.get_attribute("html", "lang") == "de"
        assert page.locator("h1").inner_text() == "Anmeldung für Mitarbeiterinnen und " \
                                                  "Mitarbeiter"
        name = page.get_by_label("Name")
        name.focus()
        assert name.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"  # visible
        shoot(page, "login-de-1280x800.png")

        name.fill("Anna Beispiel")
        page.get_by_label("Passwort").fill("nicht das Passwort")
        page.get_by_role("button", name="Anmelden").click()
        alert = page.get_by_role("alert")
        assert alert.inner_text() == ("Die Anmeldung ist fehlgeschlagen: Name oder Passwort "
                                      "stimmt nicht.")
        assert page.get_by_label("Name").input_value() == "Anna Beispiel"
        shoot(page, "login-failed-de-1280x800.png")

        page.get_by_label("Passwort").fill(PASSWORD)
        page.get_by_role("button", name="Anmelden").click()
        page.wait_for_url("**/office/?lang=de")
        assert page.locator("header strong").inner_text() == "Anna Beispiel"
        assert "Angemeldet als Anna Beispiel (Administration)" in \
            page.locator("header").inner_text()
        assert "Willkommen, Anna Beispiel." in page.locator("main").inner_text()
        shoot(page, "landing-de-1280x800.png")

        page.get_by_role("navigation", name="Bereiche der Zentrale").get_by_role(
            "link", name="Protokoll").click()
        page.wait_for_url("**/office/audit?lang=de")
        table = page.get_by_role("table", name="Protokolleinträge")
        assert "Konto angelegt" in table.inner_text()
        assert "Anmeldung fehlgeschlagen" in table.inner_text()
        shoot(page, "audit-de-1280x800.png")

        page.get_by_role("button", name="Abmelden").click()
        page.wait_for_url("**/office/login?lang=de&bye=1")
        assert page.get_by_role("status").inner_text() == "Sie haben sich abgemeldet."
        page.goto(f"{collector.url}/office/audit")
        assert "/office/login" in page.url  # the session is over
    finally:
        context.close()


def test_on_a_phone_in_english_the_language_survives_the_login(browser, collector):
    context = browser.new_context(viewport=PHONE, locale="de-DE", is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    try:
        page.goto(f"{collector.url}/office/login")
        page.get_by_role("link", name="English").click()
        page.wait_for_url("**/office/login?lang=en")
        assert page.locator("h1").inner_text() == "Staff login"
        shoot(page, "login-en-390x844.png")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

        page.get_by_label("Name").fill("Anna Beispiel")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url("**/office/?lang=en")
        assert "Logged in as Anna Beispiel (Administrator)" in \
            page.locator("header").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shoot(page, "landing-en-390x844.png")

        page.get_by_role("navigation", name="Areas of the central office").get_by_role(
            "link", name="Audit log").click()
        page.wait_for_url("**/office/audit?lang=en")
        assert "Account added" in page.get_by_role("table").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shoot(page, "audit-en-390x844.png")

        page.get_by_role("button", name="Log out").click()
        page.wait_for_url("**/office/login?lang=en&bye=1")
        assert page.get_by_role("status").inner_text() == "You have logged out."
    finally:
        context.close()


def test_a_moderator_sees_no_audit_log(browser, collector):
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(f"{collector.url}/office/login")
        assert page.get_attribute("html", "lang") == "en"  # from Accept-Language
        page.get_by_label("Name").fill("Moritz Muster")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url("**/office/?lang=en")
        assert page.get_by_role("link", name="Audit log").count() == 0
        assert page.get_by_role("link", name="Cards").count() == 2  # navigation and list
        response = page.goto(f"{collector.url}/office/audit?lang=en")
        assert response is not None and response.status == 403
        assert page.locator("h1").inner_text() == "No access"
        shoot(page, "forbidden-en-1280x800.png")
    finally:
        context.close()
