"""``collector serve --trusted-proxy``: behind a reverse proxy each attendee keeps a page
limit of their own, and nobody else can claim an address. A real collector process; the
test's requests come from 127.0.0.1 as a proxy's would, naming the client they forward."""

from __future__ import annotations

import httpx
import pytest

from station_app.protocol.codes import new_code
from tests.e2e.cli_helpers import assert_one_line_error, station_app
from tests.e2e.collector_process import CollectorProcess, free_port

pytestmark = pytest.mark.slow

LIMIT = ("--page-rate", "1", "--page-burst", "2")


def pages(collector: CollectorProcess, forwarded_for: str, count: int) -> list[int]:
    code = new_code()
    with httpx.Client(base_url=collector.url, timeout=10) as client:
        return [client.get(f"/k/{code}", headers={"X-Forwarded-For": forwarded_for}
                           ).status_code for _ in range(count)]


def test_behind_a_trusted_proxy_each_attendee_has_a_limit_of_their_own(tmp_path, collector_db):
    with CollectorProcess(collector_db, None, *LIMIT, "--trusted-proxy", "127.0.0.1",
                          "--trusted-proxy", "::1", log=tmp_path / "c.log") as collector:
        assert pages(collector, "203.0.113.7", 3) == [404, 404, 429]
        assert pages(collector, "203.0.113.8", 2) == [404, 404]  # not held up by the first
        # What a client writes into the header itself is not believed.
        assert pages(collector, "203.0.113.9, 203.0.113.7", 1) == [429]


def test_without_trusted_proxy_the_header_is_ignored(tmp_path, collector_db):
    with CollectorProcess(collector_db, None, *LIMIT, log=tmp_path / "c.log") as collector:
        assert pages(collector, "203.0.113.7", 2) == [404, 404]
        assert pages(collector, "203.0.113.8", 1) == [429]  # one client: the peer


def test_a_proxy_that_is_no_address_is_refused_in_one_line(tmp_path):
    result = station_app("collector", "serve", "--db", str(tmp_path / "c.db"), "--port",
                         str(free_port()), "--trusted-proxy", "nginx", data_dir=tmp_path,
                         timeout=30)
    assert "--trusted-proxy 'nginx' is not an address or a network" in \
        assert_one_line_error(result)
