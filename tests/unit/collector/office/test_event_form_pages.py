"""The event form on /office/packages: one field per setting of the station's schema,
filled from the last package, posted back into a package – or shown again with every value
as typed and the station's own message beside the setting it names. Admins only, with the
session's token, everything escaped."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from starlette.testclient import TestClient

from station_app.collector.app import CollectorSettings, create_app
from station_app.collector.office.event_form_pages import EventView, event_form
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.templates import Viewer
from station_app.collector.packages import last_config_version
from station_app.config_form import setting_fields
from station_app.package_install import config_from_text, station_of_config
from station_app.paths import default_config_path
from station_app.protocol.package import read_package
from tests.support.html_forms import form_fields, with_values
from tests.unit.collector.office.conftest import CHEAP, PASSWORD
from tests.unit.collector.office.test_routes import TOKEN, log_in

EMBEDDED = default_config_path().read_text(encoding="utf-8")
HOSTILE = "<script>alert('x')</script> \"quoted\" & ' \\ back"
FORM = "application/x-www-form-urlencoded"


def client_for(store, **settings) -> TestClient:
    check = lambda toml: station_of_config(toml, Path("office"))  # noqa: E731
    office = OfficeSettings(hash_cost=CHEAP, check_config=check, **settings)
    return TestClient(create_app(store, settings=CollectorSettings(office=office)),
                      base_url="http://collector", follow_redirects=False)


@pytest.fixture
def office(store, accounts):
    accounts.add("anna", "admin", PASSWORD, actor="test", client="here")
    accounts.add("moritz", "moderator", PASSWORD, actor="test", client="here")
    with client_for(store, setting_fields=setting_fields()) as http:
        log_in(http, "anna")
        first = http.get("/office/packages")
        written = http.post("/office/packages", data={
            "csrf_token": TOKEN.search(first.text).group(1), "lang": "de",
            "station_id": "nord-1", "url": "http://collector",
            "config": EMBEDDED.replace('id = "buergerhalle-1"', 'id = "nord-1"')})
        assert written.status_code == 200  # the template for the forms below
        yield http


def event_fields(page) -> list[tuple[str, str]]:
    return form_fields(page.text, "event-form")


def post(http: TestClient, fields: list[tuple[str, str]], **changes: str):
    return http.post("/office/packages", content=urlencode(with_values(fields, **changes)),
                     headers={"content-type": FORM})


def alert(page) -> str:
    match = re.search(r'<p class="notice" role="alert" id="event-problem">(.*?)</p>',
                      page.text)
    assert match is not None, page.text[:300]
    return match.group(1)


def test_the_form_has_a_labelled_field_for_every_setting_filled_from_the_template(office):
    page = office.get("/office/packages")
    assert page.status_code == 200
    html = page.text
    assert "Die Veranstaltung im Formular" in html and "„nord-1“" in html
    names = {name for name, _value in event_fields(page)}
    for key in ("event.name", "event.date", "kiosk.inactivity_seconds", "receipt.paper",
                "contact.privacy_notice", "prompts[0].translations.ls",
                "prompts[3].example_translations.ar", "topics[4].pictogram",
                "districts[13].id", "age_groups[6].label", "station_id", "station.name"):
        assert key in names, key
    assert "contact.collector_public_key" not in html and "sync.enrolment_file" not in html
    assert "districts[0].example" not in names and "prompts[0].pictogram" not in names
    event = html[html.index('class="event-form"'):html.index("</form>",
                                                             html.index('class="event-form"'))]
    ids = re.findall(r'<(?:input|textarea|select) (?:type="[a-z]+" )?id="([^"]+)"', event)
    labelled = set(re.findall(r'<label for="([^"]+)"', event))
    assert ids and set(ids) <= labelled | set(re.findall(
        r'<label><input type="checkbox" id="([^"]+)"', event))
    assert '<label for="f-prompts-0--translations-ls">Leichte Sprache (ls)</label>' in event
    assert 'lang="ar" dir="rtl"' in event and "Türkçe (tr)" in event
    assert 'value="Was macht Dortmund heute aus?"' in event
    assert 'name="kiosk.inactivity_seconds" aria-describedby="h-f-kiosk-inactivity_seconds"' \
           ' value="120"' in event.replace('type="number" step="1" inputmode="numeric"'
                                           ' min="0" max="3600" ', "")
    assert '<details class="advanced"><summary>Erweitert' in html  # the TOML form, folded


def test_the_posted_form_is_the_package_of_exactly_those_values(office, store):
    fields = event_fields(office.get("/office/packages"))
    answer = post(office, fields, station_id="sued-3", step="write", **{
        "station.name": "Süd 3", "event.name": HOSTILE, "event.venue": "Halle\tA",
        "prompts[4].id": "neu", "prompts[4].label": "Neue Frage?",
        "prompts[4].translations.en": "New question?", "prompts[4].example": "Zum Beispiel…",
        "contact.privacy_notice": "Zeile 1\r\n\"Zeile\" 2\r\n",
        "prompts[0].translations.tr": "", "kiosk.inactivity_seconds": "45"})
    assert answer.status_code == 200, alert(answer)
    package = read_package(answer.content)
    assert package.station_id == "sued-3" and last_config_version(store, "sued-3") == 1
    config = config_from_text(package.config_toml, "package")
    embedded = config_from_text(EMBEDDED, "embedded")
    assert (config.station.id, config.station.name) == ("sued-3", "Süd 3")
    assert config.event.name == HOSTILE and config.event.venue == "Halle\tA"
    assert config.prompts[4].id == "neu" and config.prompts[4].label_for("en") == "New question?"
    assert config.prompts[4].example == "Zum Beispiel…"
    assert "tr" not in config.prompts[0].translations  # emptied: the kiosk shows German
    assert config.contact.privacy_notice == 'Zeile 1\n"Zeile" 2\n'
    assert config.kiosk.inactivity_seconds == 45
    assert config.topics == embedded.topics and config.districts == embedded.districts
    assert config.receipt == embedded.receipt and config.followup == embedded.followup
    for language in embedded.kiosk.languages:
        assert config.contact.consent_text_for(language) == \
            embedded.contact.consent_text_for(language)
        assert config.contact.privacy_notice_for(language) == \
            embedded.contact.privacy_notice_for(language) or language == "de"


@pytest.mark.parametrize(("changes", "key", "message"), [
    ({"event.date": "2026-02-30"}, "event.date", "must be a date like 2026-09-28"),
    ({"kiosk.inactivity_seconds": "9999"}, "kiosk.inactivity_seconds", "must be at most 3600"),
    ({"topics[2].label": ""}, "topics[2].label", "must not be empty"),
    ({"topics[3].id": "kultur"}, "topics[3].id", "duplicate id &#x27;kultur&#x27;"),
    ({"kiosk.warning_seconds": "zwanzig"}, "kiosk.warning_seconds", "must be a whole number"),
    ({"followup.url_template": "https://x/{card}"}, "followup.url_template", "must contain"),
])
def test_a_refused_form_comes_back_with_every_value_and_the_schemas_message(
        office, store, changes, key, message):
    fields = event_fields(office.get("/office/packages"))
    answer = post(office, fields, station_id="sued-3", step="write",
                  **{"event.venue": HOSTILE, **changes})
    assert answer.status_code == 400
    assert alert(answer).startswith(f"Das Paket wurde nicht erstellt: {key}: ")
    assert message in alert(answer)
    assert store.station("sued-3") is None and last_config_version(store, "sued-3") == 0
    kept = dict(event_fields(answer))
    for name, value in changes.items():
        assert kept[name] == value, name
    assert kept["event.venue"] == HOSTILE and kept["station_id"] == "sued-3"
    element = "f-" + re.sub(r"[^A-Za-z0-9_-]", "-", key)
    assert re.search(rf'id="{element}"[^>]*aria-invalid="true"', answer.text), element
    assert f'<p class="field-error" id="e-{element}">' in answer.text
    assert "<script" not in answer.text.lower()


def test_a_station_id_or_an_address_typed_wrong_is_refused_beside_its_field(office, store):
    fields = event_fields(office.get("/office/packages"))
    bad = post(office, fields, station_id="Süd 3", step="write")
    assert bad.status_code == 400 and "Kennung der Station fehlt" in alert(bad)
    assert 'id="f-station_id" name="station_id"' in bad.text and 'value="Süd 3"' in bad.text
    url = post(office, fields, station_id="sued-3", url="ftp://x", step="write")
    assert url.status_code == 400 and "http:// oder https://" in alert(url)
    assert store.station("sued-3") is None


def test_applying_languages_and_rows_writes_nothing_and_shows_their_fields(office, store):
    fields = [(name, value) for name, value in event_fields(office.get("/office/packages"))
              if name != "kiosk.languages"]
    fields += [("kiosk.languages", "de"), ("kiosk.languages", "en")]
    answer = post(office, fields, station_id="sued-3", step="refresh",
                  **{"prompts[4].id": "neu", "prompts[4].label": "Neu?"})
    assert answer.status_code == 200 and "Noch ist kein Paket geschrieben" in answer.text
    kept = dict(event_fields(answer))
    assert kept["prompts[4].id"] == "neu" and "prompts[6].id" in kept
    assert "prompts[7].id" not in kept
    assert "prompts[0].translations.tr" in kept  # not offered now, but kept ready
    assert [name for name, _ in event_fields(answer) if name == "kiosk.languages"] == \
        ["kiosk.languages"] * 2
    assert store.station("sued-3") is None


def test_each_language_offered_gets_its_input_under_every_text():
    viewer = Viewer("anna", "admin", "token")
    view = EventView("nord-2", "http://x")
    rows = {"prompts": [{"id": "a", "label": "A"}]}
    two = event_form(setting_fields(), {"kiosk": {"languages": ["de", "en"]}, **rows}, "de",
                     viewer, view)
    three = event_form(setting_fields(), {"kiosk": {"languages": ["de", "en", "ls"]}, **rows},
                       "de", viewer, view)
    assert 'name="prompts[0].translations.en"' in two
    assert 'name="prompts[0].translations.ls"' not in two
    assert 'name="prompts[0].translations.ls"' in three
    assert 'name="prompts[0].translations.de"' not in three  # German is the text itself
    assert 'name="receipt.title_translations.ls" lang="de" dir="auto"' in three


def test_markup_in_every_kind_of_field_is_escaped_when_the_form_comes_back(office):
    fields = event_fields(office.get("/office/packages"))
    changes = {name: HOSTILE for name, _ in fields
               if name not in ("csrf_token", "lang", "form", "kiosk.languages")}
    answer = post(office, fields, step="write", **changes)
    assert answer.status_code == 400
    assert "<script" not in answer.text.lower() and "alert('x')" not in answer.text
    kept = dict(event_fields(answer))
    for name in ("event.name", "event.date", "kiosk.inactivity_seconds", "receipt.paper",
                 "contact.privacy_notice", "prompts[0].translations.ar", "topics[0].id"):
        assert kept[name] == HOSTILE, name


def test_moderators_forged_and_oversized_forms_write_nothing(office, store):
    fields = event_fields(office.get("/office/packages"))
    forged = post(office, [(n, v) for n, v in fields if n != "csrf_token"],
                  station_id="sued-3", step="write")
    assert forged.status_code == 403
    huge = post(office, fields, station_id="sued-3", step="write",
                **{"contact.privacy_notice": "ä" * 200_000})
    assert huge.status_code == 403
    many = post(office, fields + [(f"prompts[9].translations.x{i}", "") for i in range(6000)],
                station_id="sued-3", step="write")
    assert many.status_code == 403
    office.cookies.clear()
    log_in(office, "moritz")
    assert office.get("/office/packages").status_code == 403
    token = TOKEN.search(office.get("/office/").text).group(1)
    refused = post(office, with_values(fields, csrf_token=token), station_id="sued-3",
                   step="write")
    assert refused.status_code == 403
    assert store.station("sued-3") is None


def test_without_the_station_settings_the_page_has_the_toml_form_only(store, accounts):
    accounts.add("anna", "admin", PASSWORD, actor="test", client="here")
    with client_for(store) as http:
        log_in(http, "anna")
        page = http.get("/office/packages")
    assert "event-form" not in page.text and "<details" not in page.text
    assert 'name="config"' in page.text


def test_the_check_named_setting_is_marked_and_its_translations_opened():
    viewer = Viewer("anna", "admin", "token")
    view = EventView("nord-2", "http://x", problem="prompts[0].translations.xx: bad",
                     problem_key="prompts[0].translations.en")
    html = event_form(setting_fields(), {"kiosk": {"languages": ["de", "en"]},
                                         "prompts": [{"id": "a", "label": "A"}]},
                      "en", viewer, view)
    assert '<details class="translations" open>' in html
    assert 'aria-invalid="true" aria-describedby="e-f-prompts-0--translations-en"' in html
    assert html.count("aria-invalid") == 1
    assert "Question 1" not in html and "Frage 3 (new, leave empty for none)" in html
