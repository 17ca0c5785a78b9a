"""The background uploader: it picks up an enrolment installed while it runs (no
restart), and a live station's uploader runs as soon as its database has news."""

from __future__ import annotations

import random

import pytest

from station_app.config import describe_settings, load_config
from station_app.paths import default_config_path
from station_app.sync import SyncReport
from station_app.sync.worker import Backoff, SyncWorker, station_worker
from tests.waiting import wait_until


class Uploads:
    """Stands in for ``StationSync``: counts its runs, remembers which enrolment it has."""

    def __init__(self, collector_url: str) -> None:
        self.collector_url = collector_url
        self.closed = False
        self.runs = 0

    def upload_once(self) -> SyncReport:
        self.runs += 1
        return SyncReport()

    def status(self) -> None:
        return None

    def close(self) -> None:
        self.closed = True


def test_reload_builds_the_sync_anew_with_the_new_enrolment_at_once():
    enrolments = ["http://alt"]
    built: list[Uploads] = []
    reports: list[object] = []

    def make() -> Uploads:
        built.append(Uploads(enrolments[-1]))
        return built[-1]

    def heard(report, _status, _error) -> None:
        reports.append(report)

    worker = SyncWorker(make, interval=3600, listener=heard)  # type: ignore[arg-type]
    worker.start()
    try:
        wait_until(lambda: len(reports) == 1, what="the first run")
        enrolments.append("http://neu")
        worker.reload()  # without waiting the hour
        wait_until(lambda: len(reports) == 2, what="the run after the reload")
    finally:
        worker.stop()
    assert [u.collector_url for u in built] == ["http://alt", "http://neu"]
    assert built[0].closed and built[1].runs == 1


class LiveUploads(Uploads):
    """An ``Uploads`` that can be told there is news in the database, or that runs fail."""

    def __init__(self) -> None:
        super().__init__("http://hub")
        self.news = False
        self.failing = False

    def has_news(self) -> bool:
        news, self.news = self.news, False
        return news

    def upload_once(self) -> SyncReport:
        self.runs += 1
        return SyncReport(errors=["the hub is away"] if self.failing else [],
                          transient=self.failing)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def live_worker(uploads: LiveUploads, clock: Clock) -> SyncWorker:
    return SyncWorker(lambda: uploads, interval=300,  # type: ignore[arg-type,return-value]
                      backoff=Backoff(base=1.0, cap=5.0, rng=random.Random(7)), look=0.5,
                      clock=clock)


def test_a_live_worker_runs_as_soon_as_the_database_has_news_and_otherwise_only_looks():
    uploads, clock = LiveUploads(), Clock()
    worker = live_worker(uploads, clock)
    assert worker.live and not SyncWorker(lambda: uploads, 300).live  # type: ignore[arg-type]
    assert worker.run_once(None) == 0.5 and uploads.runs == 1  # the first run at once
    for _ in range(3):
        assert worker.run_once(None) == 0.5  # a look, not a run
    assert uploads.runs == 1
    uploads.news = True  # the kiosk stored a card
    worker.run_once(None)
    assert uploads.runs == 2
    clock.now += 299.8
    assert worker.run_once(None) == pytest.approx(0.2)  # the interval's rest
    clock.now += 0.2
    worker.run_once(None)
    assert uploads.runs == 3  # the interval still holds
    worker.sync_now()
    worker.run_once(None)
    assert uploads.runs == 4  # "Jetzt übertragen"


def test_a_live_worker_retries_a_lost_hub_within_seconds_and_news_waits_for_that():
    uploads, clock = LiveUploads(), Clock()
    worker = live_worker(uploads, clock)
    uploads.failing = True
    worker.run_once(None)
    assert worker.failures == 1
    waits = []
    uploads.news = True
    while uploads.runs < 4:
        wait = worker.run_once(None)
        waits.append(wait)
        clock.now += wait
    assert uploads.runs == 4 and worker.failures == 4
    assert all(0 < wait <= 0.5 for wait in waits)
    assert sum(waits) <= 1.0 + 2.0 + 4.0 + 0.5  # the backoff, capped at five seconds
    assert uploads.news  # not even looked at while backing off
    uploads.failing = False
    while worker.failures:
        clock.now += worker.run_once(None)
    assert worker.run_once(None) == 0.5 and uploads.runs >= 6  # back: the news is taken


def test_the_kiosks_worker_is_live_when_the_configuration_says_so(tmp_path):
    config = load_config(default_config_path())
    assert not config.sync.live and not station_worker(config, tmp_path).live
    text = default_config_path().read_text("utf-8").replace(
        "interval_seconds = 300", "interval_seconds = 300\nlive = true")
    path = tmp_path / "station.toml"
    path.write_text(text, "utf-8")
    live = load_config(path)
    assert live.sync.live and station_worker(live, tmp_path).live
    [row] = [row for row in describe_settings() if row[0] == "sync.live"]
    assert row[1] == "boolean" and "Live wall" in row[2]
