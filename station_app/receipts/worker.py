"""The background print worker: takes due jobs from the SQLite queue and prints them.

It runs on its own Python thread with its own database connection, so neither a slow
spooler nor a printer that hangs can stall the kiosk's GUI thread. Every failure ends in
the queue (retried later, or failed for good after ``printer.max_attempts``) and is
reported to a listener; nothing a printer does can raise into the kiosk.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import sqlite_utils

from station_app.background import WorkerThread, notify
from station_app.clock import utc_now
from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.storage.cards import CardArchive
from station_app.storage.print_jobs import PrintJob, PrintJobs

if TYPE_CHECKING:
    from station_app.receipts.layout import ReceiptLayout

log = logging.getLogger(__name__)

RETRY_BASE_SECONDS = 5.0
RETRY_MAX_SECONDS = 60.0


class PrintFailed(UserError):
    """The printer did not take the receipt; the message is one sentence for facilitators."""


class ReceiptPrinter(Protocol):
    """Something that puts a laid-out receipt on paper (Qt's print system in production)."""

    def print_layout(self, layout: ReceiptLayout) -> None:
        """Print one receipt; raise ``PrintFailed`` when the printer cannot take it."""


JobListener = Callable[[PrintJob], None]


def retry_delay(attempts: int) -> dt.timedelta:
    """Back off 5 s, 10 s, 20 s … up to a minute: a printer out of paper gets time."""
    seconds = min(RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0), RETRY_MAX_SECONDS)
    return dt.timedelta(seconds=seconds)


class PrintWorker(WorkerThread[tuple[sqlite_utils.Database, PrintJobs, CardArchive]]):
    """Prints queued receipts on a background thread; ``wake()`` after each enqueue."""

    thread_name = "receipt-printer"

    def __init__(self, config: StationConfig, connect: Callable[[], sqlite_utils.Database],
                 printer: ReceiptPrinter, *, clock: Callable[[], dt.datetime] = utc_now,
                 listener: JobListener | None = None, idle_wait: float = 5.0) -> None:
        super().__init__()
        self._config = config
        self._connect = connect
        self._printer = printer
        self._clock = clock
        self.listener = listener
        self._idle_wait = idle_wait

    def open(self) -> tuple[sqlite_utils.Database, PrintJobs, CardArchive]:
        db = self._connect()
        return db, PrintJobs(db, self._clock), CardArchive(db)

    def run_once(self, state: tuple[sqlite_utils.Database, PrintJobs, CardArchive]) -> float:
        _db, jobs, archive = state
        if self.process_next(jobs, archive) is not None:
            return 0
        return self._seconds_until_due(jobs)

    def close(self, state: tuple[sqlite_utils.Database, PrintJobs, CardArchive]) -> None:
        state[0].close()

    def _seconds_until_due(self, jobs: PrintJobs) -> float:
        due = jobs.next_due()
        if due is None:
            return self._idle_wait
        return max(0.05, min(self._idle_wait, (due - self._clock()).total_seconds()))

    def process_next(self, jobs: PrintJobs, archive: CardArchive) -> PrintJob | None:
        """Claim and print one due job in the calling thread; None if nothing was due."""
        job = jobs.claim_next()
        if job is None:
            return None
        self._notify(job)
        return self.attempt(jobs, archive, job)

    def attempt(self, jobs: PrintJobs, archive: CardArchive, job: PrintJob,
                retry: bool = True) -> PrintJob:
        """Print a claimed job and record the outcome; never raises for printer trouble."""
        from station_app.receipts.layout import layout_receipt, receipt_content  # reportlab

        card = archive.by_code(job.code)
        if card is None:
            settled = jobs.give_up(job.id, f"no card with code {job.code}")
        else:
            try:
                layout = layout_receipt(receipt_content(self._config, card),
                                        self._config.receipt.paper)
                self._printer.print_layout(layout)
            except PrintFailed as error:
                settled = self._failed(jobs, job, str(error), retry)
            except Exception as error:  # a driver bug is a failed print
                log.exception("printing receipt %s failed", job.code)
                settled = self._failed(jobs, job, f"{type(error).__name__}: {error}", retry)
            else:
                settled = jobs.mark_done(job.id)
        self._notify(settled)
        return settled

    def _failed(self, jobs: PrintJobs, job: PrintJob, message: str, retry: bool) -> PrintJob:
        log.info("receipt %s not printed (attempt %d): %s", job.code, job.attempts, message)
        if not retry:
            return jobs.give_up(job.id, message)
        return jobs.mark_failed(job.id, message, self._config.printer.max_attempts,
                                retry_delay(job.attempts))

    def _notify(self, job: PrintJob) -> None:
        notify(self.listener, job)
