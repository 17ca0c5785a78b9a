"""An event defined with the office's form (issue 15), against a real collector: the form
posted with translations and special characters becomes the package the station installs,
and the station's configuration holds exactly those values; a refused form writes nothing
and comes back with the station's own message and every value as typed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest

from station_app.config import StationConfig
from station_app.package_install import check_package
from station_app.paths import default_config_path
from tests.e2e.collector_process import CollectorProcess, run_cli
from tests.e2e.test_office_routes_security import PASSWORD, log_in, token_of
from tests.e2e.test_office_security import add_user
from tests.support.html_forms import form_fields, with_values

pytestmark = pytest.mark.slow

SPECIAL = 'Forum "Nord" \\ <b>&amp;</b>\tTab'
NOTICE = 'Wer erhebt Ihre Daten?\n"Die Stadt", C:\\Daten\n\nZeile\u00a0drei'
FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, module_collector_db):
    """A collector with one package written from the TOML form: the form's template."""
    db, folder = module_collector_db, tmp_path_factory.mktemp("event-form")
    assert add_user(db, "anna", "admin", PASSWORD, data_dir=folder).returncode == 0
    with CollectorProcess(db, log=folder / "collector.log") as collector, \
            httpx.Client(base_url=collector.url, follow_redirects=False, timeout=20) as http:
        assert log_in(http, "anna").status_code == 303
        page = http.get("/office/packages?lang=de")
        config = default_config_path().read_text(encoding="utf-8").replace(
            'id = "buergerhalle-1"', 'id = "vorlage-1"', 1)
        written = http.post("/office/packages", data={
            "csrf_token": token_of(page), "lang": "de", "station_id": "vorlage-1",
            "url": collector.url, "config": config})
        assert written.status_code == 200, written.text[:300]
        yield collector, http


def post(http: httpx.Client, fields: list[tuple[str, str]], **changes: str) -> httpx.Response:
    return http.post("/office/packages?lang=de", content=urlencode(with_values(fields, **changes)),
                     headers=FORM)


def the_form(http: httpx.Client) -> list[tuple[str, str]]:
    page = http.get("/office/packages?lang=de")
    assert page.status_code == 200 and 'class="event-form"' in page.text
    return form_fields(page.text, "event-form")


def installed_config(package: bytes, folder: Path) -> StationConfig:
    path = folder / "from-the-form.station-package"
    path.write_bytes(package)
    return check_package(path, None, folder / "station").config


def test_the_form_posted_is_the_configuration_the_station_installs(office, tmp_path):
    collector, http = office
    fields = the_form(http)
    languages = [(name, value) for name, value in fields if name != "kiosk.languages"]
    languages += [("kiosk.languages", code) for code in ("de", "ls", "en", "tr", "ar")]
    answer = post(http, languages, station_id="ost-1", url=collector.url, step="write", **{
        "station.name": "Station Ost – „Foyer“", "event.name": SPECIAL,
        "event.date": "2026-11-14", "event.venue": "Rathaus\nFriedensplatz 1",
        "kiosk.inactivity_seconds": "0", "kiosk.warning_seconds": "600",
        "receipt.paper": "a6", "receipt.title": "Ihr Beleg \"heute\"",
        "receipt.title_translations.ls": "Ihr Beleg in Leichter Sprache",
        "receipt.title_translations.ar": "إيصالكم «اليوم»",
        "contact.privacy_notice": NOTICE.replace("\n", "\r\n"),
        "contact.privacy_notice_translations.en": "Who collects your data?\nThe city.",
        "contact.consent_version": "2026-2",
        "prompts[0].label": "Was fehlt hier? \\n bleibt",
        "prompts[0].translations.en": "What is missing here?",
        "prompts[0].example_translations.tr": "Örneğin: \"daha çok bank\"",
        "topics[5].id": "mobil", "topics[5].label": "Mobilität & Verkehr",
        "topics[5].translations.ls": "Bus, Bahn und Rad",
        "topics[5].pictogram": "pictograms/mobil.svg",
        "districts[0].id": "", "districts[0].label": "",  # removed
        "age_groups[1].label": "18–29 Jahre"})
    assert answer.status_code == 200, answer.text[:2000]
    assert answer.headers["content-disposition"] == 'attachment; filename="ost-1.station-package"'

    config = installed_config(answer.content, tmp_path)
    assert (config.station.id, config.station.name) == ("ost-1", "Station Ost – „Foyer“")
    assert config.event.name == SPECIAL and config.event.date == dt.date(2026, 11, 14)
    assert config.event.venue == "Rathaus\nFriedensplatz 1"
    assert config.kiosk.languages == ["de", "ls", "en", "tr", "ar"]
    assert (config.kiosk.inactivity_seconds, config.kiosk.warning_seconds) == (0, 600)
    assert config.receipt.paper == "a6" and config.receipt.title == 'Ihr Beleg "heute"'
    assert config.receipt.title_translations["ls"] == "Ihr Beleg in Leichter Sprache"
    assert config.receipt.title_translations["ar"] == "إيصالكم «اليوم»"
    assert config.contact.privacy_notice == NOTICE
    assert config.contact.privacy_notice_for("en") == "Who collects your data?\nThe city."
    assert config.contact.consent_version == "2026-2"
    assert config.contact.collector_public_key == "" and config.sync.enrolment_file == ""
    assert config.prompts[0].label == "Was fehlt hier? \\n bleibt"
    assert config.prompts[0].label_for("en") == "What is missing here?"
    assert config.prompts[0].example_for("tr") == 'Örneğin: "daha çok bank"'
    assert [topic.id for topic in config.topics][-1] == "mobil"
    assert config.topics[-1].label_for("ls") == "Bus, Bahn und Rad"
    assert config.topics[-1].pictogram == "pictograms/mobil.svg"
    assert len(config.districts) == 11 and config.districts[0].id == "innenstadt-nord"
    assert config.age_groups[1].label == "18–29 Jahre"

    # The station installs it and runs on exactly that.
    station = ["--data-dir", str(tmp_path / "station")]
    out = run_cli(*station, "install", str(tmp_path / "from-the-form.station-package"),
                  "--yes")
    assert out.returncode == 0 and "installed: station ost-1" in out.stdout, out.stderr
    out = run_cli(*station, "check")
    assert out.returncode == 0 and "station ost-1" in out.stdout, out.stderr


@pytest.mark.parametrize(("changes", "words"), [
    ({"event.date": "2026-13-01"}, "event.date: must be a date like 2026-09-28"),
    ({"kiosk.max_text_length": "20"}, "kiosk.max_text_length: must be at least 50"),
    ({"prompts[1].label": ""}, "prompts[1].label: must not be empty"),
    ({"districts[3].id": "eving", "districts[2].id": "eving"},
     "districts[3].id: duplicate id &#x27;eving&#x27;"),
])
def test_a_refused_form_keeps_every_value_and_says_what_the_schema_says(office, changes,
                                                                          words):
    _collector, http = office
    fields = the_form(http)
    answer = post(http, fields, station_id="west-1", step="write",
                  **{"event.name": SPECIAL, **changes})
    assert answer.status_code == 400
    assert re.search(r'role="alert" id="event-problem">Das Paket wurde nicht erstellt: '
                     + re.escape(words), answer.text), answer.text[:500]
    assert "Traceback" not in answer.text and "<b>" not in answer.text
    kept = dict(form_fields(answer.text, "event-form"))
    assert kept["event.name"] == SPECIAL and kept["station_id"] == "west-1"
    for name, value in changes.items():
        assert kept[name] == value
    assert "west-1" not in http.get("/office/packages?lang=de").text  # nothing written
