"""The client behind a trusted reverse proxy: believed from the proxy only, never spoofable."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from station_app.collector.app import CollectorSettings, create_app
from station_app.collector.forwarded import TrustedProxies, parse_proxies
from station_app.errors import UserError

PROXY = ("127.0.0.1", 40001)
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def proxies() -> TrustedProxies:
    return TrustedProxies(parse_proxies(["127.0.0.1", "10.0.0.0/8", "::1"]))


@pytest.mark.parametrize(("peer", "headers", "client"), [
    ("127.0.0.1", ["203.0.113.7"], "203.0.113.7"),
    ("::1", ["2001:db8::5"], "2001:db8::5"),
    ("::ffff:127.0.0.1", ["203.0.113.7"], "203.0.113.7"),  # IPv4 on an IPv6 socket
    # What the client wrote itself stands left of the proxy's entry and is never reached.
    ("127.0.0.1", ["1.2.3.4, 203.0.113.7"], "203.0.113.7"),
    ("127.0.0.1", ["1.2.3.4", "203.0.113.7"], "203.0.113.7"),  # two header lines
    # A chain of our own proxies is passed over.
    ("127.0.0.1", ["203.0.113.7, 10.1.2.3"], "203.0.113.7"),
    # Not a proxy of ours: its claim is ignored.
    ("198.51.100.9", ["203.0.113.7"], "198.51.100.9"),
    # No header, garbage, or only our own proxies: the peer stays the client.
    ("127.0.0.1", [], "127.0.0.1"),
    ("127.0.0.1", ["unknown"], "127.0.0.1"),
    ("127.0.0.1", ["203.0.113.7, <script>"], "127.0.0.1"),
    ("127.0.0.1", ["10.0.0.1, 127.0.0.1"], "127.0.0.1"),
    ("testclient", ["203.0.113.7"], "testclient"),
])
def test_the_client_is_the_first_address_right_of_our_own_proxies(proxies, peer, headers,
                                                                   client):
    assert proxies.client(peer, headers) == client


@pytest.mark.parametrize("entry", ["localhost", "10.0.0.0/33", "", "1.2.3.4.5"])
def test_a_proxy_that_is_no_address_is_refused_in_one_sentence(entry):
    with pytest.raises(UserError, match=r"--trusted-proxy .* is not an address or a network"):
        parse_proxies([entry])


def test_the_page_limit_counts_each_client_behind_the_proxy(store):
    settings = CollectorSettings(page_requests_per_minute=1, page_burst=2,
                                 trusted_proxies=parse_proxies(["127.0.0.1"]))
    with TestClient(create_app(store, settings=settings), client=PROXY) as http:
        def page(client: str) -> int:
            return http.get("/k/ABCD-EFGH", headers={"X-Forwarded-For": client}).status_code

        assert [page("203.0.113.7") for _ in range(3)] == [404, 404, 429]
        assert page("203.0.113.8") == 404  # another attendee is not held up by the first
        # A client claiming another address through the proxy is still itself.
        assert page("203.0.113.8, 203.0.113.7") == 429


def test_without_trusted_proxies_the_header_is_ignored(store):
    settings = CollectorSettings(page_requests_per_minute=1, page_burst=2)
    with TestClient(create_app(store, settings=settings), client=PROXY) as http:
        statuses = [http.get("/k/ABCD-EFGH", headers={"X-Forwarded-For": f"203.0.113.{n}"}
                             ).status_code for n in range(3)]
    assert statuses == [404, 404, 429]  # one client: the peer


def test_the_audit_log_names_the_client_not_the_proxy(store):
    from station_app.collector.office.accounts import PasswordHasher, StaffAccounts
    from station_app.collector.office.audit import LOGIN_SUCCEEDED
    from station_app.collector.office.settings import OfficeSettings
    from tests.unit.collector.office.conftest import CHEAP, PASSWORD

    StaffAccounts(store, PasswordHasher(CHEAP)).add("anna", "admin", PASSWORD, actor="test",
                                                    client="here")
    settings = CollectorSettings(trusted_proxies=parse_proxies(["127.0.0.1"]),
                                 office=OfficeSettings(hash_cost=CHEAP))
    with TestClient(create_app(store, settings=settings), client=PROXY,
                    follow_redirects=False) as http:
        forwarded = {"X-Forwarded-For": "203.0.113.7"}
        page = http.get("/office/login", headers=forwarded)
        answer = http.post("/office/login", headers=forwarded, data={
            "name": "anna", "password": PASSWORD,
            "csrf_token": TOKEN.search(page.text).group(1)})
        assert answer.status_code == 303
    clients = [row[0] for row in store.db.execute(
        "SELECT client FROM office_audit WHERE action = ?", [LOGIN_SUCCEEDED])]
    assert clients == ["203.0.113.7"]
