"""The background uploader picks up an enrolment installed while it runs (no restart)."""

from __future__ import annotations

from station_app.sync import SyncReport
from station_app.sync.worker import SyncWorker
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
