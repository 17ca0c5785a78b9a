"""The office's packages page: admins write a station's package from the event's
configuration (checked by the station's own rules) and download it; a moderator, a missing
token or a bad configuration writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from station_app.collector.app import CollectorSettings, create_app
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.packages import last_config_version
from station_app.package_install import station_of_config
from station_app.paths import default_config_path
from station_app.protocol.package import read_package
from tests.unit.collector.office.conftest import CHEAP, PASSWORD
from tests.unit.collector.office.test_routes import TOKEN, log_in


def token_of(page) -> str:
    return TOKEN.search(page.text).group(1)


CONFIG = default_config_path().read_text(encoding="utf-8").replace(
    'id = "buergerhalle-1"', 'id = "nord-2"', 1)


@pytest.fixture
def office(store, accounts):
    accounts.add("anna", "admin", PASSWORD, actor="test", client="here")
    accounts.add("moritz", "moderator", PASSWORD, actor="test", client="here")
    check = lambda toml: station_of_config(toml, Path("office"))  # noqa: E731
    settings = CollectorSettings(office=OfficeSettings(hash_cost=CHEAP, check_config=check))
    with TestClient(create_app(store, settings=settings), base_url="http://collector",
                    follow_redirects=False) as http:
        yield http


def test_an_admin_writes_and_downloads_a_station_package(office, store):
    log_in(office, "anna")
    page = office.get("/office/packages")
    assert page.status_code == 200 and "Stationspakete" in page.text
    answer = office.post("/office/packages", data={
        "csrf_token": token_of(page), "lang": "de", "station_id": "nord-2",
        "url": "https://sammelstelle.dortmund.de", "config": CONFIG})
    assert answer.status_code == 200, answer.text[:500]
    assert answer.headers["content-disposition"] == 'attachment; filename="nord-2.station-package"'
    package = read_package(answer.content)
    assert package.station_id == "nord-2" and package.enrolment is not None
    assert last_config_version(store, "nord-2") == 1
    again = office.get("/office/packages")  # the event is offered as the next template
    assert "nord-2" in again.text and "Vorlage" in again.text


@pytest.mark.parametrize(("fields", "words"), [
    ({"station_id": "Nord 2"}, "Kennung der Station fehlt"),
    ({"config": CONFIG.replace("inactivity_seconds = 120", "inactivity_seconds = -5")},
     "kiosk.inactivity_seconds"),
    ({"station_id": "sued-1"}, "is for station"),
])
def test_a_bad_form_writes_nothing_and_says_why(office, store, fields, words):
    log_in(office, "anna")
    token = token_of(office.get("/office/packages"))
    answer = office.post("/office/packages", data={
        "csrf_token": token, "lang": "de", "station_id": "nord-2",
        "url": "https://sammelstelle.dortmund.de", "config": CONFIG, **fields})
    assert answer.status_code == 400 and words in answer.text
    assert "<script" not in answer.text.lower()
    assert store.station("nord-2") is None and store.station("sued-1") is None


def test_moderators_and_forged_posts_write_nothing(office, store):
    log_in(office, "moritz")
    assert office.get("/office/packages").status_code == 403
    token = token_of(office.get("/office/"))
    refused = office.post("/office/packages", data={
        "csrf_token": token, "lang": "de", "station_id": "nord-2", "url": "http://x",
        "config": CONFIG})
    assert refused.status_code == 403
    office.cookies.clear()
    log_in(office, "anna")
    forged = office.post("/office/packages", data={
        "lang": "de", "station_id": "nord-2", "url": "http://x", "config": CONFIG})
    assert forged.status_code == 403
    assert store.station("nord-2") is None
