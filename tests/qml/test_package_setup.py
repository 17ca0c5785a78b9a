"""A station package installed from a USB stick in the real kiosk's dashboard: the file
found, what it changes shown before anything changes, installed on "Übernehmen", refused
in words when tampered with, and the section fits with large text.

The kiosk is built as ``station-app run`` builds it (``open_kiosk``); the package is
written by the collector's own code. The one stand-in is the list of mounted USB sticks.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError

from station_app.collector.packages import write_package
from station_app.config import load_config
from station_app.package_install import installed_record, station_of_config
from station_app.paths import default_config_path, installed_config_path
from station_app.protocol.enrolment import read_enrolment
from tests.qml.conftest import SIZES
from tests.qml.test_devices_page import (
    actions,
    open_devices,
    page_problems,
    shoot,
    wait_text,
)

URL = "https://sammelstelle.dortmund.de"


def packaged(store, folder: Path, name: str = "nord-2.station-package") -> Path:
    text = default_config_path().read_text(encoding="utf-8").replace(
        'id = "buergerhalle-1"', 'id = "nord-2"', 1).replace(
        'name = "Dortmunder Stadtgespräch – Stadtkonferenz"', 'name = "Stadtteilforum Nord"',
        1)
    return write_package(store, "nord-2", text, folder / name, collector_url=URL,
                         check_config=lambda toml: station_of_config(toml, Path("e.toml"))
                         ).path


def shown(driver, name: str) -> bool:
    return driver.find(name) is not None  # the driver finds visible items only


def in_view(driver, name: str) -> bool:
    """``name`` lies wholly inside the visible part of the page (scrolled to)."""
    page, item = driver.find("devicesPage"), driver.find(name)
    if page is None or item is None:
        return False
    top = item.mapToItem(page, 0, 0).y()
    return top >= 0 and top + item.height() <= page.height()


def preview_lines(driver) -> list[str]:
    lines, index = [], 0
    while driver.find(f"packageChange_{index}") is not None:
        lines.append(driver.text_of(f"packageChange_{index}"))
        index += 1
    return lines


def test_a_package_from_a_stick_is_previewed_then_installed(open_kiosk, default_config, stick,
                                                            collector_db):
    _path, store = collector_db
    packaged(store, stick)
    driver = open_kiosk(default_config)
    data_dir = driver.station.data_dir
    open_devices(driver)
    assert driver.text_of("packageCurrent") == (
        "Kein Stationspaket installiert: die Station läuft mit „dortmund-stadtgespraech.toml“.")
    wait_text(driver, "packageFile_0", "„nord-2.station-package“ von „STADT-DO“ prüfen")
    driver.tap("packageFile_0")
    driver.qtbot.waitUntil(lambda: shown(driver, "packageConfirm"), timeout=10_000)
    lines = preview_lines(driver)
    assert "• Station: buergerhalle-1 → nord-2" in lines
    assert any(line.startswith("• Veranstaltung: Dortmunder Stadtgespräch – Stadtkonferenz, "
                               "2026-09-28 → Stadtteilforum Nord") for line in lines), lines
    assert f"• Sammelstelle: keine → {URL}" in lines
    assert not installed_config_path(data_dir).exists()  # nothing changed yet
    driver.qtbot.waitUntil(lambda: in_view(driver, "packageConfirm"))  # scrolled to
    shoot(driver, "package-preview")

    driver.tap("packageConfirm")
    wait_text(driver, "packageResult", "Übernommen: Station „nord-2“, Stadtteilforum Nord, "
              "Konfigurationsversion 1")
    assert driver.text_of("packageCurrent") == (
        "Installiert: Stationspaket für „nord-2“, Konfigurationsversion 1")
    assert "neu starten" in driver.text_of("packageRestart")
    assert load_config(installed_config_path(data_dir)).event.name == "Stadtteilforum Nord"
    assert read_enrolment(data_dir / "enrolment.json").station_id == "nord-2"
    assert installed_record(data_dir).config_version == 1
    [entry] = actions(driver, "package.install")
    assert (entry["station_id"], entry["config_version"], entry["with_keys"]) == (
        "nord-2", 1, True)
    driver.qtbot.waitUntil(lambda: in_view(driver, "packageRestart"))
    shoot(driver, "package-installed")


def test_a_tampered_package_is_refused_and_a_preview_can_be_cancelled(
        open_kiosk, default_config, stick, collector_db, tmp_path):
    _path, store = collector_db
    good = packaged(store, tmp_path, "good.station-package")
    (stick / "a-good.station-package").write_bytes(good.read_bytes())
    (stick / "b-tampered.station-package").write_text(
        good.read_text(encoding="utf-8").replace("Stadtteilforum Nord", "Stadtteilforum Süd"),
        encoding="utf-8")
    driver = open_kiosk(default_config)
    data_dir = driver.station.data_dir
    open_devices(driver)
    wait_text(driver, "packageFile_1", "„b-tampered.station-package“ von „STADT-DO“ prüfen")
    driver.tap("packageFile_1")
    wait_text(driver, "packageResult", "Nicht übernommen: Das Stationspaket "
              "„b-tampered.station-package“ wurde nach dem Erstellen verändert und wird "
              "nicht übernommen")
    assert not shown(driver, "packageConfirm")
    shoot(driver, "package-refused")

    driver.tap("packageFile_0")
    driver.qtbot.waitUntil(lambda: shown(driver, "packageConfirm"), timeout=10_000)
    assert driver.find("packageResult") is None  # the refusal is gone with a new check
    driver.tap("packageCancel")
    driver.qtbot.waitUntil(lambda: shown(driver, "packageFile_0"))
    assert not installed_config_path(data_dir).exists()
    assert not (data_dir / "enrolment.json").exists()
    assert actions(driver, "package.install") == []


@pytest.mark.parametrize("size", ["1280x800", "800x1280"])
def test_the_preview_fits_with_large_text(open_kiosk, default_config, stick, collector_db,
                                          size):
    _path, store = collector_db
    packaged(store, stick)
    driver = open_kiosk(default_config, size=SIZES[size])
    driver.tap("start_largeText")
    open_devices(driver)
    wait_text(driver, "packageFile_0", "„nord-2.station-package“ von „STADT-DO“ prüfen")
    driver.tap("packageFile_0")
    # the preview is scrolled to: its first lines (with large text it is taller than the page)
    driver.qtbot.waitUntil(lambda: in_view(driver, "packageChange_0"), timeout=10_000)
    driver.qtbot.waitUntil(driver.settled)
    page = driver.find("devicesPage")
    step = page.height() / 2
    contentY, problems = 0.0, set()
    while True:
        page.setProperty("contentY", contentY)
        driver.qtbot.waitUntil(driver.settled)
        # The page's counts refresh every two seconds and the layout follows a frame later:
        # what does not fit stays, what is between two frames goes.
        with contextlib.suppress(TimeoutError):
            driver.qtbot.waitUntil(lambda: page_problems(driver, page) == [], timeout=2000)
        problems |= set(page_problems(driver, page))
        if contentY + page.height() >= page.property("contentHeight"):
            break
        contentY = min(contentY + step, page.property("contentHeight") - page.height())
    shoot(driver, f"package-large-{size}")
    assert sorted(problems) == []
