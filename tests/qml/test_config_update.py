"""A configuration update reaches a running kiosk only at its start screen (issue 15).

The kiosk runs as ``station-app run`` runs it (``app.KioskRun`` over a data directory with
a station package installed, each kiosk built by ``build_kiosk``). An update fetched by
sync while an attendee is writing, or while the thank-you screen shows, changes nothing
until the start screen returns; then the kiosk is built anew on the new configuration
(its event on the start screen, its version on the next card). A package installed in the
dashboard follows when the dashboard closes; a tampered or older pending file is refused
and removed, the kiosk running on. Packages come from the collector's own code; updates
over the network from a real collector process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from station_app.app import Kiosk, KioskRun, build_kiosk
from station_app.collector.packages import write_package
from station_app.config import StationConfig, load_config
from station_app.installed_package import installed_record, pending_path
from station_app.package_install import apply_package, check_package, station_of_config
from station_app.paths import default_config_path, installed_config_path
from station_app.station import Station
from station_app.storage.audit import AuditLog
from station_app.sync import service
from station_app.sync.service import SyncReport
from tests.e2e.collector_process import CollectorProcess, free_port
from tests.qml.conftest import FACILITATOR_PIN, Driver
from tests.qml.test_devices_page import open_devices, wait_text

FIRST = "Stadtteilforum Nord"


def config_text(event: str) -> str:
    text = default_config_path().read_text(encoding="utf-8")
    text = text.replace('id = "buergerhalle-1"', 'id = "nord-2"', 1)
    return text.replace('name = "Dortmunder Stadtgespräch – Stadtkonferenz"',
                        f'name = "{event}"', 1)


def packaged(store, path: Path, event: str, url: str) -> Path:
    """The next version of station nord-2's package, for ``event`` (the collector's code)."""
    return write_package(store, "nord-2", config_text(event), path, collector_url=url,
                         check_config=lambda toml: station_of_config(toml, Path("e.toml"))
                         ).path


def set_up(store, tmp_path: Path, url: str) -> Path:
    """A data directory with version 1 (with keys) installed, as ``station-app install``."""
    data_dir = tmp_path / "station"
    first = packaged(store, tmp_path / "v1.station-package", FIRST, url)
    apply_package(check_package(first, None, data_dir), data_dir)
    return data_dir


class Run:
    """A running kiosk and a driver for whichever kiosk it runs now."""

    def __init__(self, qtbot, run: KioskRun) -> None:
        self.qtbot = qtbot
        self.run = run
        self.left: list[int] = []

    @property
    def kiosk(self) -> Kiosk:
        return self.run.kiosk

    def driver(self) -> Driver:
        kiosk = self.kiosk
        self.qtbot.waitExposed(kiosk.window)
        self.qtbot.waitUntil(lambda: kiosk.started, timeout=15_000)
        assert kiosk.station is not None
        driver = Driver(self.qtbot, kiosk, kiosk.station, self.left)
        driver.wait_step("start")
        return driver

    def switched(self, times: int = 1) -> Driver:
        """The driver of the kiosk built anew on the new configuration."""
        self.qtbot.waitUntil(lambda: self.run.switches == times and self.kiosk.started,
                             timeout=15_000)
        return self.driver()


@pytest.fixture
def run_kiosk(qtbot) -> Iterator[Callable[[Path], Run]]:
    runs: list[KioskRun] = []

    def start(data_dir: Path) -> Run:
        def open_station(config: StationConfig) -> Station:
            station = Station.open_with(config, data_dir)
            station.pin.set(FACILITATOR_PIN)
            return station

        def build(config: StationConfig, opener: Callable[[], Station]) -> Kiosk:
            kiosk = build_kiosk(config, opener, windowed=True, locked_down=True,
                                leave=lambda: None)
            kiosk.window.resize(1280, 800)
            return kiosk

        config = load_config(installed_config_path(data_dir))
        run = KioskRun(config, data_dir, build, open_station)
        runs.append(run)
        return Run(qtbot, run)

    yield start
    for run in runs:
        run.close()
    QGuiApplication.processEvents()


def to_writing(driver: Driver, text: str) -> None:
    driver.tap("startParticipate")
    driver.tap("prompt_idee")
    driver.tap("topic_wohnen")
    driver.wait_step("write")
    driver.type(text)


def hand_in(driver: Driver) -> None:
    """From the write screen with a text: through details (and contact) to the thanks."""
    driver.tap("write_next")
    driver.wait_step("details")
    driver.tap("details_next")
    if "contact" in driver.kiosk.kiosk.property("steps"):
        driver.wait_step("contact")
        driver.tap("contact_skip")
    driver.wait_step("review")
    driver.tap("review_next")
    driver.wait_step("thanks")


def versions(driver: Driver) -> dict[str, int | None]:
    return {card["text"]: card["config_version"] for card in driver.stored_cards()}


def fetched(driver: Driver, version: int) -> None:
    """"Jetzt übertragen": the sync run finds the newer version and keeps it pending."""
    sync = driver.kiosk.bridges.sync
    with driver.qtbot.waitSignal(sync.updatePending, timeout=20_000,
                                 check_params_cb=lambda got: got == version):
        sync.syncNow()


def test_an_update_fetched_mid_card_waits_for_the_start_screen(run_kiosk, collector_db,
                                                                tmp_path, monkeypatch):
    monkeypatch.setattr(service, "HEARTBEAT_SECONDS", 0)  # a heartbeat on every run
    path, store = collector_db
    with CollectorProcess(path) as collector:
        data_dir = set_up(store, tmp_path, collector.url)
        run = run_kiosk(data_dir)
        driver = run.driver()
        first_kiosk = run.kiosk
        assert driver.text_of("startEventName") == FIRST
        to_writing(driver, "Unter Version 1")

        packaged(store, tmp_path / "v2.station-package", "Forum Nord, Tag 2", collector.url)
        fetched(driver, 2)  # while the attendee writes
        QGuiApplication.processEvents()
        assert pending_path(data_dir).exists()
        assert run.run.switches == 0 and run.kiosk is first_kiosk
        assert driver.step == "write"
        assert driver.find("writeArea").property("text") == "Unter Version 1"
        assert first_kiosk.kiosk.property("eventName") == FIRST

        hand_in(driver)
        assert versions(driver) == {"Unter Version 1": 1}  # the old configuration's card
        packaged(store, tmp_path / "v3.station-package", "Forum Nord, Tag 3", collector.url)
        fetched(driver, 3)  # while the thank-you screen shows
        QGuiApplication.processEvents()
        assert run.run.switches == 0 and driver.step == "thanks"
        assert driver.find("thanksCode") is not None

        driver.tap("thanksDone")  # the start screen returns: the update is taken
        driver = run.switched()
        assert driver.text_of("startEventName") == "Forum Nord, Tag 3"
        assert not pending_path(data_dir).exists()
        assert installed_record(data_dir).config_version == 3
        [entry] = [e for e in AuditLog(driver.station.db).entries()
                   if e.action == "package.install"]
        assert (entry.actor, entry.details["config_version"]) == ("sync", 3)

        to_writing(driver, "Unter Version 3")
        hand_in(driver)
        assert versions(driver) == {"Unter Version 1": 1, "Unter Version 3": 3}


def test_a_package_installed_in_the_dashboard_is_taken_when_it_closes(run_kiosk, collector_db,
                                                                     stick, tmp_path):
    _path, store = collector_db
    url = f"http://127.0.0.1:{free_port()}"  # no collector: the stick only
    data_dir = set_up(store, tmp_path, url)
    packaged(store, stick / "nord-2-v2.station-package", "Forum Nord, Tag 2", url)
    run = run_kiosk(data_dir)
    driver = run.driver()
    open_devices(driver)
    wait_text(driver, "packageFile_0", "„nord-2-v2.station-package“ von „STADT-DO“ prüfen")
    driver.tap("packageFile_0")
    driver.qtbot.waitUntil(lambda: driver.find("packageConfirm") is not None, timeout=10_000)
    driver.tap("packageConfirm")
    wait_text(driver, "packageResult", "Übernommen: Station „nord-2“, Forum Nord, Tag 2, "
              "Konfigurationsversion 2")
    assert driver.text_of("packageRestart") == (
        "Die Station fragt nach der neuen Konfiguration, sobald wieder der Startbildschirm "
        "zu sehen ist (nach „Zurück zum Kiosk“).")
    QGuiApplication.processEvents()
    assert run.run.switches == 0  # the dashboard is open

    driver.tap("facilitatorBack")
    driver = run.switched()
    assert driver.text_of("startEventName") == "Forum Nord, Tag 2"
    assert [e.actor for e in AuditLog(driver.station.db).entries()
            if e.action == "package.install"] == ["facilitator"]
    to_writing(driver, "Nach dem Stick")
    hand_in(driver)
    assert versions(driver) == {"Nach dem Stick": 2}


@pytest.mark.parametrize("kind", ["tampered", "older"])
def test_a_refused_pending_update_is_removed_and_the_kiosk_runs_on(run_kiosk, collector_db,
                                                                  tmp_path, caplog, kind):
    _path, store = collector_db
    url = f"http://127.0.0.1:{free_port()}"
    data_dir = set_up(store, tmp_path, url)
    run = run_kiosk(data_dir)
    driver = run.driver()
    if kind == "older":
        pending_path(data_dir).write_bytes((tmp_path / "v1.station-package").read_bytes())
    else:
        newer = packaged(store, tmp_path / "v2.station-package", "Forum Nord, Tag 2", url)
        pending_path(data_dir).write_text(newer.read_text(encoding="utf-8").replace(
            "Tag 2", "Tag 9"), encoding="utf-8")
    sync = driver.kiosk.bridges.sync
    with caplog.at_level(logging.WARNING, logger="station_app"):
        # as the sync worker reports a kept update, from its thread
        reporter = threading.Thread(target=sync.listener, args=(
            SyncReport(update_version=2), None, None))
        reporter.start()
        reporter.join()
        driver.qtbot.waitUntil(lambda: not pending_path(data_dir).exists(), timeout=10_000)
    [line] = [r.getMessage() for r in caplog.records
              if r.getMessage().startswith("configuration update not installed")]
    assert "\n" not in line
    assert run.run.switches == 0 and run.kiosk is driver.kiosk
    assert driver.text_of("startEventName") == FIRST
    assert installed_record(data_dir).config_version == 1
    to_writing(driver, "Weiter mit Version 1")
    hand_in(driver)
    assert versions(driver) == {"Weiter mit Version 1": 1}
