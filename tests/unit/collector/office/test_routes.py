"""The office's routes in process, with a pinned clock: the parts that need time to pass."""

from __future__ import annotations

import re

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from station_app.collector.app import HTML_HEADERS
from station_app.collector.office.accounts import StaffAccounts
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.routes import office_app
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.pages import PageSettings
from tests.unit.collector.office.conftest import CHEAP, PASSWORD

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_client(store, clock, base_url="http://collector", site: PageSettings | None = None,
                **settings) -> TestClient:
    office = office_app(store, OfficeSettings(hash_cost=CHEAP, **settings),
                        site or PageSettings(), HTML_HEADERS, clock)
    return TestClient(Starlette(routes=[Mount("/office", app=office)]), base_url=base_url,
                      follow_redirects=False)


@pytest.fixture
def staff(accounts: StaffAccounts) -> StaffAccounts:
    accounts.add("anna", "admin", PASSWORD, actor="test", client="here")
    accounts.add("moritz", "moderator", PASSWORD, actor="test", client="here")
    return accounts


def log_in(client: TestClient, name: str = "anna", password: str = PASSWORD,
           lang: str = "de"):
    form = client.get(f"/office/login?lang={lang}")
    token = TOKEN.search(form.text).group(1)
    return client.post("/office/login", data={"name": name, "password": password,
                                              "csrf_token": token, "lang": lang})


def test_half_an_hour_idle_ends_the_session_and_the_next_page_asks_for_a_login(
        store, staff, clock):
    with make_client(store, clock) as client:
        assert log_in(client).status_code == 303
        clock.advance(25 * 60)
        assert client.get("/office/").status_code == 200
        clock.advance(25 * 60)
        assert client.get("/office/").status_code == 200  # the visit before kept it alive
        clock.advance(31 * 60)
        gone = client.get("/office/audit")
        assert gone.status_code == 303
        assert gone.headers["location"] == "/office/login?lang=de&next=%2Foffice%2Faudit"


def test_a_login_form_left_open_too_long_is_refused(store, staff, clock):
    with make_client(store, clock) as client:
        token = TOKEN.search(client.get("/office/login").text).group(1)
        clock.advance(21 * 60)
        late = client.post("/office/login", data={"name": "anna", "password": PASSWORD,
                                                  "csrf_token": token})
        assert late.status_code == 403 and "abgelaufen" in late.text


def test_throttled_logins_are_refused_until_the_lockout_ends(store, staff, clock):
    with make_client(store, clock) as client:
        for _ in range(5):
            assert log_in(client, password="falsches-Passwort").status_code == 200
        refused = log_in(client)
        assert refused.status_code == 429 and refused.headers["retry-after"] == "60"
        assert "Bitte warten Sie 1 Minute und" in refused.text
        clock.advance(61)
        assert log_in(client).status_code == 303
    actions = [entry.action for entry in AuditLog(store).latest()]
    assert actions[:3] == ["login.succeeded", "login.refused", "login.failed"]


def test_over_https_the_cookies_are_secure(store, staff, clock):
    with make_client(store, clock, base_url="https://collector") as client:
        assert "; Secure" in client.get("/office/login").headers["set-cookie"]
        cookie = log_in(client).headers.get_list("set-cookie")[0]
        assert cookie.startswith("office_session=") and cookie.endswith("; Secure")


def test_behind_tls_the_cookies_are_secure_over_plain_http(store, staff, clock):
    with make_client(store, clock, behind_tls=True) as client:
        assert client.get("/office/login").headers["set-cookie"].endswith("; Secure")


def test_the_language_survives_the_login_and_next_page(store, staff, clock):
    with make_client(store, clock) as client:
        first = client.get("/office/audit?lang=en")
        assert first.headers["location"] == "/office/login?lang=en&next=%2Foffice%2Faudit"
        page = client.get(first.headers["location"])
        assert '<html lang="en">' in page.text
        assert '<input type="hidden" name="next" value="/office/audit">' in page.text
        token = TOKEN.search(page.text).group(1)
        done = client.post("/office/login", data={
            "name": "anna", "password": PASSWORD, "csrf_token": token, "lang": "en",
            "next": "/office/audit"})
        assert done.headers["location"] == "/office/audit?lang=en"
        assert '<html lang="en">' in client.get(done.headers["location"]).text


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/office/",
                                    "/office/../k", "/k/ABC", "/office/logout"])
def test_only_office_pages_are_followed_after_the_login(store, staff, clock, target):
    with make_client(store, clock) as client:
        token = TOKEN.search(client.get("/office/login").text).group(1)
        done = client.post("/office/login", data={"name": "anna", "password": PASSWORD,
                                                  "csrf_token": token, "next": target})
        assert done.headers["location"] == "/office/?lang=de"


def test_unreadable_forms_get_a_page_not_an_error(store, staff, clock):
    with make_client(store, clock) as client:
        client.get("/office/login")
        for body, kind in [(b"\xff\xfe", "application/x-www-form-urlencoded"),
                           (b"{}", "application/json"), (b"x" * 20000,
                                                         "application/x-www-form-urlencoded")]:
            answer = client.post("/office/login", content=body, headers={"content-type": kind})
            assert answer.status_code in (400, 413, 415)
            assert "Anfrage nicht lesbar" in answer.text and "Traceback" not in answer.text


def test_login_posts_from_one_address_are_rate_limited(store, staff, clock):
    with make_client(store, clock, login_burst=3, login_requests_per_minute=1) as client:
        statuses = [client.post("/office/login", data={"name": "anna"}).status_code
                    for _ in range(5)]
        assert statuses[:3] == [403, 403, 403] and statuses[3:] == [429, 429]


def test_a_logged_in_page_that_does_not_exist_is_a_404_with_the_headers(store, staff, clock):
    with make_client(store, clock) as client:
        log_in(client)
        answer = client.get("/office/gibt-es-nicht")
        assert answer.status_code == 404 and "Seite nicht gefunden" in answer.text
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["cache-control"] == "no-store"
        wrong_method = client.put("/office/")
        assert wrong_method.status_code == 405
        assert wrong_method.headers["content-security-policy"].startswith("default-src 'none'")
