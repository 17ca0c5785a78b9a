"""The persistent print queue and the background worker, with stand-in printers (no Qt)."""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path

import pytest

from station_app.errors import UserError
from station_app.intake import CardDraft
from station_app.paths import database_path
from station_app.receipts.layout import ReceiptLayout
from station_app.receipts.readiness import printer_readiness
from station_app.receipts.service import ReceiptService
from station_app.receipts.worker import PrintFailed, retry_delay
from station_app.station import Station
from station_app.storage import open_database
from station_app.storage.migrations import schema_version
from tests.waiting import wait_until


class RecordingPrinter:
    """Succeeds, fails or hangs on demand, and remembers what it printed."""

    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.failures = failures
        self.error = error or PrintFailed("printer 'Bon' is stopped or disabled")
        self.printed: list[ReceiptLayout] = []
        self.gate: threading.Event | None = None

    def print_layout(self, layout: ReceiptLayout) -> None:
        if self.gate is not None:
            self.gate.wait(30)
        if self.failures:
            self.failures -= 1
            raise self.error
        self.printed.append(layout)


@pytest.fixture
def file_station(default_config, clock, tmp_path: Path):
    """The default station on a real database file, so the worker can open its own."""
    station = Station.assemble(default_config, tmp_path,
                               open_database(database_path(tmp_path)), clock)
    yield station
    station.close()


def service_for(station: Station, printer: RecordingPrinter, max_attempts: int = 3,
                enabled: bool = True) -> ReceiptService:
    config = dataclasses.replace(station.config, printer=dataclasses.replace(
        station.config.printer, max_attempts=max_attempts, enabled=enabled))
    return ReceiptService(config, station.db,
                          lambda: open_database(database_path(station.data_dir), migrate=False),
                          printer, clock=station.sessions._clock)


def submit(station: Station):
    return station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen",
                                           text="Mehr Bänke am Phoenix-See"))


def test_migration_adds_the_print_queue(file_station):
    assert schema_version(file_station.db) >= 3
    assert "print_jobs" in file_station.db.table_names()


def test_a_job_goes_queued_printing_done(file_station):
    printer = RecordingPrinter()
    service = service_for(file_station, printer)
    card = submit(file_station)
    job = service.enqueue(card)
    assert (job.state, job.attempts, job.reason) == ("queued", 0, "receipt")
    settled = service.worker.process_next(service.jobs, file_station.archive)
    assert (settled.state, settled.attempts) == ("done", 1)
    assert [layout.code for layout in printer.printed] == [card.code]
    assert printer.printed[0].url.endswith(f"/k/{card.code}")


def test_failures_are_retried_with_backoff_then_failed(file_station, clock):
    printer = RecordingPrinter(failures=5)
    service = service_for(file_station, printer, max_attempts=3)
    card = submit(file_station)
    job = service.enqueue(card)
    jobs, archive = service.jobs, file_station.archive

    first = service.worker.process_next(jobs, archive)
    assert (first.state, first.attempts) == ("queued", 1)
    assert first.last_error == "printer 'Bon' is stopped or disabled"
    assert first.next_attempt_at == clock() + retry_delay(1)
    assert service.worker.process_next(jobs, archive) is None  # not due yet

    clock.advance(retry_delay(1).total_seconds())
    assert service.worker.process_next(jobs, archive).state == "queued"
    clock.advance(retry_delay(2).total_seconds())
    last = service.worker.process_next(jobs, archive)
    assert (last.id, last.state, last.attempts) == (job.id, "failed", 3)
    assert jobs.count("failed") == 1
    assert file_station.archive.by_code(card.code) == card  # the card is never touched


def test_unexpected_printer_errors_become_failed_attempts(file_station):
    service = service_for(file_station, RecordingPrinter(1, RuntimeError("driver crashed")),
                          max_attempts=1)
    service.enqueue(submit(file_station))
    settled = service.worker.process_next(service.jobs, file_station.archive)
    assert (settled.state, settled.last_error) == ("failed", "RuntimeError: driver crashed")


def test_retry_delay_backs_off_to_a_minute():
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 4, 5, 9)] == \
        [5, 10, 20, 40, 60, 60]


def test_printing_disabled_queues_nothing(file_station):
    service = service_for(file_station, RecordingPrinter(), enabled=False)
    assert service.enqueue(submit(file_station)) is None
    assert service.jobs.recent() == []


def test_reprint_needs_a_real_card(file_station):
    service = service_for(file_station, RecordingPrinter())
    card = submit(file_station)
    job = service.reprint(card.code.lower().replace("-", " "))
    assert (job.code, job.reason) == (card.code, "reprint")
    with pytest.raises(UserError, match="not a card code"):
        service.reprint("hello")
    with pytest.raises(UserError, match="no card with code"):
        service.reprint("222-222-2222")


def test_a_restart_fails_jobs_left_printing(file_station):
    service = service_for(file_station, RecordingPrinter())
    service.enqueue(submit(file_station))
    claimed = service.jobs.claim_next()
    assert claimed.state == "printing"
    assert service.jobs.recover_interrupted() == 1
    assert service.jobs.get(claimed.id).state == "failed"
    assert "interrupted" in service.jobs.get(claimed.id).last_error


def test_the_worker_thread_prints_in_the_background(file_station):
    printer = RecordingPrinter()
    printer.gate = threading.Event()  # the printer hangs until released
    seen: list[str] = []
    service = service_for(file_station, printer)
    service.set_listener(lambda job: seen.append(job.state))
    service.start()
    try:
        card = submit(file_station)
        started = time.monotonic()
        job = service.enqueue(card)
        assert time.monotonic() - started < 0.5  # the kiosk does not wait for the printer
        wait_until(lambda: service.jobs.get(job.id).state == "printing")
        another = submit(file_station)  # the kiosk keeps taking cards meanwhile
        assert file_station.archive.by_code(another.code) == another
        printer.gate.set()
        wait_until(lambda: service.jobs.get(job.id).state == "done")
    finally:
        service.stop()
    assert not service.worker.running
    assert seen[:2] == ["printing", "done"]


def test_readiness_when_printing_is_off(file_station):
    config = dataclasses.replace(file_station.config, printer=dataclasses.replace(
        file_station.config.printer, enabled=False))
    station = dataclasses.replace(file_station, config=config)
    assert printer_readiness(station).startswith("printer off (printer.enabled = false)")
