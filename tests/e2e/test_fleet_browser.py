"""The fleet at a glance: stations report their health with each sync (or by USB stick),
and the office's overview shows it in a real headless browser – with a note for a station
that never reported and one whose clock is off."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx
import nacl.signing
import pytest

from station_app import __version__
from station_app.protocol.canonical import b64decode
from station_app.protocol.heartbeat import HEARTBEAT_PATH, Heartbeat, build_heartbeat
from tests.e2e.collector_process import CollectorProcess, run_cli
from tests.e2e.office_flow_data import PASSWORD, log_in
from tests.e2e.test_followup_page_browser import CHROMIUM, CHROMIUM_ARGS
from tests.e2e.test_office_security import add_user

pytestmark = pytest.mark.slow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "office"


def enrol(db: Path | str, station_id: str, folder: Path, url: str) -> Path:
    path = folder / f"enrolment-{station_id}.json"
    out = run_cli("collector", "add-station", station_id, "--db", str(db), "-o", str(path),
                  "--url", url)
    assert out.returncode == 0, out.stderr
    return path


def test_the_office_sees_every_stations_health(tmp_path, collector_db):
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    db = collector_db
    assert add_user(db, "Anna Beispiel", "admin", PASSWORD, data_dir=tmp_path).returncode == 0
    with CollectorProcess(db, log=tmp_path / "collector.log") as collector:
        # buergerhalle-1 syncs over the network: its heartbeat comes with the batches.
        station = ["--data-dir", str(tmp_path / "station")]
        out = run_cli(*station, "sync", "--install-enrolment",
                      str(enrol(db, "buergerhalle-1", tmp_path, collector.url)))
        assert out.returncode == 0, out.stderr
        for text in ("Mehr Bänke", "Bessere Radwege"):
            assert run_cli(*station, "cards", "add", "--prompt", "idee", "--topic", "wohnen",
                           "--text", text).returncode == 0
        assert run_cli(*station, "sync").returncode == 0
        # nord-2's clock is 25 minutes fast (its heartbeat says so, signed with its key).
        keys = json.loads(enrol(db, "nord-2", tmp_path, collector.url).read_text())
        key = nacl.signing.SigningKey(b64decode(keys["signing_key"], "signing_key"))
        fast = Heartbeat("nord-2", dt.datetime.now(dt.UTC) + dt.timedelta(minutes=25),
                         __version__, None, 7, "failing", 3 * 2**30, "")
        answer = httpx.post(f"{collector.url}{HEARTBEAT_PATH}",
                            content=build_heartbeat(fast, key),
                            headers={"Content-Type": "application/json"})
        assert answer.status_code == 200 and answer.json()["latest_config_version"] == 0
        forged = httpx.post(f"{collector.url}{HEARTBEAT_PATH}",
                            content=build_heartbeat(fast, nacl.signing.SigningKey.generate()),
                            headers={"Content-Type": "application/json"})
        assert forged.status_code == 403
        enrol(db, "sued-3", tmp_path, collector.url)  # registered, never heard from

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                 args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900},
                                        locale="de-DE")
                log_in(page, collector.url, "Anna Beispiel")
                page.goto(f"{collector.url}/office/overview?lang=de")
                fleet = page.locator("#fleet")
                assert fleet.inner_text() == "Zustand der Stationen"
                notes = page.locator("ul.notes").inner_text()
                assert "Station „sued-3“ hat sich noch nie gemeldet." in notes
                assert "Die Uhr der Station „nord-2“ geht 25 Min. vor" in notes
                assert "buergerhalle-1" not in notes  # it is well
                table = page.get_by_role("table", name="Letzte Meldung je Station")
                row = table.get_by_role("row").filter(has_text="buergerhalle-1")
                assert __version__ in row.inner_text() and "ohne Stationspaket" in \
                    row.inner_text()
                nord = table.get_by_role("row").filter(has_text="nord-2").inner_text()
                assert "letzter Beleg fehlgeschlagen" in nord and "3,0 GB" in nord
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / "fleet-de-1280.png"), full_page=True)
            finally:
                browser.close()
