"""The "Drucker & Sync" page in the real kiosk: plain words, plural forms, a printer chosen
from the system's queues, a test page, "Jetzt übertragen" against a real collector process,
and the station's enrolment installed from a USB stick, all through the dashboard.

The kiosk is built as ``station-app run`` builds it (``open_kiosk``), with its real wiring.
Stand-ins only where hardware is: the spooler's list of queues (``printing.printer_names``)
and the mounted USB sticks (``targets.removable_mounts``), which point at a folder.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest
from nacl.public import SealedBox
from PySide6.QtCore import QRectF

from station_app.enrolled import enrolment_path
from station_app.intake import CardDraft
from station_app.receipts import printing
from station_app.storage.audit import AuditLog
from station_app.storage.printer_choice import PrinterChoice
from tests.e2e.collector_process import CollectorProcess, free_port
from tests.e2e.sync_fixtures import enrol
from tests.qml.conftest import SIZES
from tests.qml.geometry import _label, layout_problems

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def queues(monkeypatch) -> list[str]:
    """The spooler's printer queues (none is the system default)."""
    names = ["Kasse-Foyer", "Buero 2. OG"]
    monkeypatch.setattr(printing, "printer_names", lambda: list(names))
    monkeypatch.setattr(printing, "default_printer_name", lambda: "")
    return names


def open_devices(driver) -> None:
    """The dashboard after the PIN, on "Drucker & Sync"."""
    driver.open_dashboard()
    driver.tap("nav_devices")
    driver.wait_for("devicesPage")


def hand_in(driver, text: str = "Mehr Bänke am Phoenix-See") -> None:
    """A card committed while the dashboard is open (as the command line or a second
    process would: no signal from the kiosk)."""
    driver.station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen", text=text))


def actions(driver, action: str) -> list[dict]:
    return [entry.details for entry in AuditLog(driver.station.db).entries()
            if entry.action == action]


def shoot(driver, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    driver.window.grabWindow().save(str(SHOTS / f"devices-{name}.png"))


def switch_language(driver, language: str) -> None:
    with driver.qtbot.waitSignal(driver.window.frameSwapped, timeout=3000):
        driver.kiosk.bridges.language.setLanguage(language)
        driver.window.requestUpdate()


def wait_text(driver, name: str, expected: str, timeout: int = 10_000) -> None:
    driver.qtbot.waitUntil(lambda: driver.find(name) is not None
                           and driver.text_of(name) == expected, timeout=timeout)


# --- the printer --------------------------------------------------------------------------


def test_no_printer_set_up_is_said_plainly(open_kiosk, default_config, monkeypatch):
    monkeypatch.setattr(printing, "printer_names", lambda: [])
    driver = open_kiosk(default_config)
    open_devices(driver)
    assert driver.text_of("printerStatus") == "Kein Belegdrucker eingerichtet"
    wait_text(driver, "printerNoQueues",
              "Keine Drucker gefunden. Ist der Drucker eingeschaltet und angeschlossen?")
    assert driver.text_of("printerQueue") == \
        "Druckwarteschlange: 0 Belege endgültig fehlgeschlagen"
    assert not driver.find("printerTestPage").isEnabled()  # nothing to print on
    switch_language(driver, "en")
    assert driver.text_of("printerStatus") == "No receipt printer set up"


def test_a_queue_chosen_on_the_dashboard_prints_the_next_receipt(open_kiosk, default_config,
                                                                  queues):
    driver = open_kiosk(default_config)
    open_devices(driver)
    assert driver.text_of("printerStatus") == "Kein Belegdrucker eingerichtet"
    wait_text(driver, "printerChoice_1", "Buero 2. OG")
    assert driver.text_of("printerChoice_0") == "Kasse-Foyer"
    shoot(driver, "queues")

    driver.tap("printerChoice_0")
    wait_text(driver, "printerCurrent", "Belege gehen an „Kasse-Foyer“.")
    assert driver.text_of("printerStatus") == "Bereit – noch nichts gedruckt"
    assert driver.text_of("dashboardNoticeText") == \
        "Belege werden ab jetzt auf „Kasse-Foyer“ gedruckt"
    # Remembered in the station's database (a restart reads it) and audited.
    assert PrinterChoice(driver.station.db).chosen() == "Kasse-Foyer"
    assert actions(driver, "printer.choose") == [{"name": "Kasse-Foyer", "previous": ""}]

    # The next receipt goes to that queue, through the real print path: the spooler here
    # has no such queue, and the dashboard says so in words.
    driver.tap("facilitatorBack")
    driver.wait_step("start")
    driver.write_card("idee", "wohnen", "Mehr Bänke am Phoenix-See")
    driver.tap("details_skip")
    if "contact" in driver.kiosk.kiosk.property("steps"):
        driver.wait_step("contact")
        driver.tap("contact_skip")
    driver.wait_step("review")
    driver.tap("review_next")
    driver.wait_step("thanks")
    code = driver.stored_cards()[0]["code"]
    open_devices(driver)
    wait_text(driver, "printerDetail", "Grund: Drucker „Kasse-Foyer“ nicht gefunden")
    assert code in driver.text_of("printerStatus")
    switch_language(driver, "en")
    wait_text(driver, "printerDetail", "Reason: Printer “Kasse-Foyer” not found")


def test_the_test_page_goes_through_the_receipts_printer(open_kiosk, default_config, queues):
    driver = open_kiosk(default_config)
    open_devices(driver)
    wait_text(driver, "printerChoice_1", "Buero 2. OG")
    driver.tap("printerChoice_1")
    wait_text(driver, "printerCurrent", "Belege gehen an „Buero 2. OG“.")
    printer = driver.kiosk.bridges.printer
    with driver.qtbot.waitSignal(printer.testPageChanged, timeout=10_000,
                                 check_params_cb=lambda: not printer.property("testPageBusy")):
        driver.tap("printerTestPage")
    wait_text(driver, "printerTestPageResult",
              "Testseite nicht gedruckt: Drucker „Buero 2. OG“ nicht gefunden")
    assert actions(driver, "printer.test_page") == [{"printer": "Buero 2. OG",
                                                     "printed": False}]
    shoot(driver, "test_page_failed")


# --- pending cards: live, and in plural forms ----------------------------------------------


def test_pending_cards_count_live_in_plural_forms(open_kiosk, default_config):
    driver = open_kiosk(default_config)
    open_devices(driver)
    assert driver.text_of("syncPending") == "Noch nicht übertragen: 0 Karten"
    hand_in(driver)  # while the page is open, without leaving it
    wait_text(driver, "syncPending", "Noch nicht übertragen: 1 Karte")
    switch_language(driver, "en")
    wait_text(driver, "syncPending", "Not yet transferred: 1 card")
    hand_in(driver, "Bessere Radwege")
    wait_text(driver, "syncPending", "Not yet transferred: 2 cards")
    switch_language(driver, "de")
    wait_text(driver, "syncPending", "Noch nicht übertragen: 2 Karten")
    assert driver.find("devicesPage").isVisible()  # never left the page


# --- set-up from a USB stick, then "Jetzt übertragen" ---------------------------------------


def test_enrolment_from_a_stick_then_transfer_to_a_real_collector(
        open_kiosk, default_config, stick, collector_db):
    path, store = collector_db
    collector = CollectorProcess(path)
    enrol(store, default_config.station.id, stick, url=collector.url)
    with collector:
        driver = open_kiosk(default_config)
        open_devices(driver)
        assert driver.text_of("setupCurrent") == \
            "Die Station ist noch bei keiner Sammelstelle angemeldet."
        assert not driver.find("syncNow")  # nothing to transfer to yet
        name = f"enrolment-{default_config.station.id}.json"
        wait_text(driver, "enrolmentFile_0", f"„{name}“ von „STADT-DO“ einrichten")
        driver.tap("enrolmentFile_0")
        wait_text(driver, "setupResult", f"Eingerichtet: Station „{default_config.station.id}“, "
                  f"Sammelstelle {collector.url}")
        assert driver.text_of("setupCurrent") == \
            f"Angemeldet als „{default_config.station.id}“ bei {collector.url}"
        # The key came with the enrolment: the Mitmachpool seals for it at once.
        assert driver.text_of("setupMitmachpool") == \
            "Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle."
        installed = enrolment_path(default_config, driver.station.data_dir)
        assert installed.read_bytes() == (stick / name).read_bytes()
        assert stat.S_IMODE(installed.stat().st_mode) == 0o600
        assert actions(driver, "enrolment.install") == [{
            "station_id": default_config.station.id, "collector_url": collector.url,
            "file": name}]
        shoot(driver, "enrolled")

        # Sync uses the new enrolment at once (no restart): what is there goes now.
        driver.qtbot.waitUntil(lambda: driver.text_of("syncStatus").startswith(
            "Zuletzt übertragen:"), timeout=20_000)
        hand_in(driver)
        hand_in(driver, "Bessere Radwege")
        wait_text(driver, "syncPending", "Noch nicht übertragen: 2 Karten")
        driver.tap("syncNow")
        button = driver.find("syncNow")
        assert (button.property("text"), button.isEnabled()) == ("Wird übertragen …", False)
        wait_text(driver, "syncResult", "Übertragen: 2 Karten", timeout=20_000)
        assert driver.text_of("syncPending") == "Noch nicht übertragen: 0 Karten"
        assert driver.find("syncNow").isEnabled()
        shoot(driver, "transferred")
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 2


def test_transfer_to_an_unreachable_collector_says_so(open_kiosk, default_config, stick,
                                                      collector_db):
    _path, store = collector_db
    enrol(store, default_config.station.id, stick, url=f"http://127.0.0.1:{free_port()}")
    driver = open_kiosk(default_config)
    hand_in(driver)
    open_devices(driver)
    driver.tap("enrolmentFile_0")
    driver.wait_for("syncNow")
    driver.tap("syncNow")
    wait_text(driver, "syncResult", "Nicht übertragen: Sammelstelle nicht erreichbar",
              timeout=20_000)
    assert driver.text_of("syncStatus") == "Sync-Fehler: Sammelstelle nicht erreichbar"
    assert driver.text_of("syncPending") == "Noch nicht übertragen: 1 Karte"
    shoot(driver, "unreachable")
    switch_language(driver, "en")
    assert driver.text_of("syncResult") == "Not transferred: Collection point not reachable"
    assert driver.text_of("syncStatus") == "Sync error: Collection point not reachable"


def test_wrong_and_damaged_enrolment_files_are_refused_in_words(open_kiosk, default_config,
                                                                 stick, collector_db):
    _path, store = collector_db
    enrol(store, "andere-station", stick)  # enrolment-andere-station.json
    good = enrol(store, default_config.station.id, stick.parent)
    damaged = good.to_json().replace(b'"signing_key": "', b'"signing_key": "!!')
    (stick / "enrolment-kaputt.json").write_bytes(damaged)
    (stick / "enrolment-liste.json").write_text('{"stationen": []}', encoding="utf-8")
    (stick / "fotos").mkdir()
    (stick / "fotos" / "bild.json").write_text("{}", encoding="utf-8")  # not offered
    driver = open_kiosk(default_config)
    open_devices(driver)
    wait_text(driver, "enrolmentFile_2", "„enrolment-liste.json“ von „STADT-DO“ einrichten")
    assert not driver.find("enrolmentFile_3")
    me = default_config.station.id
    expected = [
        f"Nicht eingerichtet: Die Anmeldedatei „enrolment-andere-station.json“ gehört zur "
        f"Station „andere-station“, diese Station ist „{me}“",
        "Nicht eingerichtet: Die Anmeldedatei „enrolment-kaputt.json“ ist beschädigt: bitte "
        "bei der Sammelstelle neu erstellen lassen",
        "Nicht eingerichtet: „enrolment-liste.json“ ist keine Anmeldedatei einer Sammelstelle",
    ]
    for index, words in enumerate(expected):
        driver.tap(f"enrolmentFile_{index}")
        wait_text(driver, "setupResult", words)
        assert driver.text_of("dashboardNoticeText") == words
    assert not enrolment_path(default_config, driver.station.data_dir).exists()
    assert actions(driver, "enrolment.install") == []
    shoot(driver, "refused")
    switch_language(driver, "en")
    assert driver.text_of("setupResult") == \
        "Not set up: “enrolment-liste.json” is not an enrolment file from a collection point"


# --- the status bar never covers the page ------------------------------------------------


@pytest.mark.parametrize("size", ["1280x800", "800x1280"])
def test_the_notice_bar_sits_below_the_page(open_kiosk, default_config, queues, stick,
                                            collector_db, size):
    _path, store = collector_db
    enrol(store, "andere-station", stick)
    driver = open_kiosk(default_config, size=SIZES[size])
    open_devices(driver)
    wait_text(driver, "printerChoice_0", "Kasse-Foyer")
    driver.tap("printerChoice_0")
    driver.wait_for("dashboardNoticeText")
    driver.tap("enrolmentFile_0")  # a long error in the bar and on the page
    driver.qtbot.waitUntil(lambda: driver.text_of("dashboardNoticeText").startswith(
        "Nicht eingerichtet"))
    page, bar = driver.find("devicesPage"), driver.find("dashboardNotice")
    for contentY in (0.0, page.property("contentHeight") - page.height()):
        page.setProperty("contentY", max(0.0, contentY))
        driver.qtbot.waitUntil(lambda: layout_problems(driver.window) == [], timeout=3000)
        page_rect = page.mapRectToScene(QRectF(0, 0, page.width(), page.height()))
        bar_rect = bar.mapRectToScene(QRectF(0, 0, bar.width(), bar.height()))
        assert page_rect.bottom() <= bar_rect.top() + 0.5
        assert bar_rect.bottom() <= driver.window.height() + 0.5
    shoot(driver, f"notice-{size}")


@pytest.mark.parametrize("size", ["1280x800", "800x1280"])
def test_every_part_of_the_page_fits_with_large_text(open_kiosk, default_config, queues,
                                                     stick, collector_db, size):
    _path, store = collector_db
    enrol(store, "andere-station", stick)
    driver = open_kiosk(default_config, size=SIZES[size])
    driver.tap("start_largeText")
    open_devices(driver)
    wait_text(driver, "printerChoice_1", "Buero 2. OG")
    driver.tap("printerChoice_1")
    driver.tap("enrolmentFile_0")
    driver.qtbot.waitUntil(lambda: driver.find("setupResult") is not None)
    page = driver.find("devicesPage")
    step = page.height() / 2
    contentY, problems = 0.0, set()
    while True:
        page.setProperty("contentY", contentY)
        driver.qtbot.waitUntil(driver.settled)
        problems |= set(page_problems(driver, page))
        if contentY + page.height() >= page.property("contentHeight"):
            break
        contentY = min(contentY + step, page.property("contentHeight") - page.height())
    shoot(driver, f"large-{size}")
    assert sorted(problems) == []


def page_problems(driver, page) -> list[str]:
    """``layout_problems`` of the items on the page (the dashboard's frame is not ours)."""
    labels = set()
    stack = [page]
    while stack:
        item = stack.pop()
        labels.add(_label(item))
        stack.extend(item.childItems())
    return [problem for problem in layout_problems(driver.window)
            if any(problem.startswith(label + " ") for label in labels)]


def test_an_enrolment_from_the_dashboard_opens_the_mitmachpool_without_a_restart(
        open_kiosk, default_config, stick, collector_db):
    """The embedded station names no collector key: before the enrolment there is no
    Mitmachpool step; after it, the next attendee gets one, sealed for that collector."""
    _path, store = collector_db
    enrol(store, default_config.station.id, stick)
    driver = open_kiosk(default_config)
    assert "contact" not in driver.kiosk.bridges.kiosk.property("steps")
    open_devices(driver)
    wait_text(driver, "enrolmentFile_0",
              f"„enrolment-{default_config.station.id}.json“ von „STADT-DO“ einrichten")
    driver.tap("enrolmentFile_0")
    wait_text(driver, "setupMitmachpool",
              "Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle.")
    assert "contact" in driver.kiosk.bridges.kiosk.property("steps")

    driver.tap("facilitatorBack")
    driver.qtbot.waitUntil(lambda: driver.gone("facilitatorHome"))
    driver.write_card("idee", "wohnen", "Mehr Bänke")
    driver.tap("details_next")
    driver.wait_step("contact")
    driver.tap("contactEmail")
    driver.type("erika.mustermann@example.org")
    driver.tap("contactConsent")
    driver.tap("contact_next")
    driver.wait_step("review")
    driver.tap("review_next")
    driver.wait_step("thanks")
    [contact] = driver.stored_contacts()
    opened = json.loads(SealedBox(store.private_key()).decrypt(contact["sealed"]))
    assert opened["email"] == "erika.mustermann@example.org"
