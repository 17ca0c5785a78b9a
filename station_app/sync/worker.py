"""The background uploader: syncs whenever the collector is reachable, never blocks the UI.

After a failed run it waits with exponential backoff and jitter (so twenty stations coming
back online after a network outage do not all knock at once); after a successful run it
waits the configured interval. ``sync_now`` cuts any wait short.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from pathlib import Path

from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.storage.sync_state import SyncStatus
from station_app.sync.service import StationSync, SyncReport

log = logging.getLogger(__name__)


class Backoff:
    """Delays after consecutive failures: ``base * 2**(n-1)``, capped, with jitter.

    The jitter keeps half of the delay and randomises the other half ("equal jitter"), so
    retries spread out but never come back instantly.
    """

    def __init__(self, base: float = 2.0, cap: float = 300.0,
                 rng: random.Random | None = None) -> None:
        if base <= 0 or cap < base:
            raise ValueError("need 0 < base <= cap")
        self.base = base
        self.cap = cap
        self._rng = rng or random.Random()

    def delay(self, failures: int) -> float:
        """Seconds to wait after ``failures`` consecutive failures (``failures >= 1``)."""
        ceiling = min(self.cap, self.base * 2 ** min(max(failures - 1, 0), 30))
        return ceiling / 2 + self._rng.uniform(0, ceiling / 2)


StatusListener = Callable[[SyncReport | None, SyncStatus | None, str | None], None]
"""Called from the worker thread after each run: (report, status, error)."""


class SyncWorker:
    """A daemon thread running ``StationSync.upload_once`` on a schedule.

    ``make_sync`` is called inside the thread, so the worker can open its own database
    connection (SQLite connections belong to one thread at a time).
    """

    def __init__(self, make_sync: Callable[[], StationSync], interval: float,
                 backoff: Backoff | None = None,
                 listener: StatusListener | None = None) -> None:
        self._make_sync = make_sync
        self._interval = interval
        self._backoff = backoff or Backoff(cap=max(interval, 2.0))
        self.listener = listener
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0
        self.runs = 0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the thread to finish its current request and end; waits up to ``timeout``."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def sync_now(self) -> None:
        """Start the next run at once instead of after the current pause."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        sync: StationSync | None = None
        try:
            while not self._stop.is_set():
                delay = self._interval
                try:
                    if sync is None:
                        sync = self._make_sync()
                    report = sync.upload_once()
                    self.runs += 1
                    self.failures = 0 if report.ok else self.failures + 1
                    self._tell(report, sync.status(), None)
                except UserError as error:
                    # Not fixed by retrying soon (no URL, bad enrolment): wait the interval.
                    self._tell(None, sync.status() if sync else None, str(error))
                except Exception as error:  # the worker must survive
                    log.exception("sync run failed")
                    self.failures += 1
                    self._tell(None, None, f"{type(error).__name__}: {error}")
                if self.failures:
                    delay = min(self._interval, self._backoff.delay(self.failures))
                self._wake.wait(delay)
                self._wake.clear()
        finally:
            if sync is not None:
                sync.close()

    def _tell(self, report: SyncReport | None, status: SyncStatus | None,
              error: str | None) -> None:
        if self.listener is None:
            return
        try:
            self.listener(report, status, error)
        except Exception:  # a broken listener must not stop syncing
            log.exception("sync status listener failed")


def sync_until_done(sync: StationSync, attempts: int, backoff: Backoff,
                    wait: Callable[[float], object] | None = None) -> SyncReport:
    """Run until a run succeeds, a non-transient error occurs or ``attempts`` are used.

    The command line uses this: a flaky network is retried a few times, a refusal is not.
    """
    pause = wait or threading.Event().wait
    report = SyncReport()
    for attempt in range(1, attempts + 1):
        report = sync.upload_once()
        if report.ok or not report.transient:
            return report
        if attempt < attempts:
            pause(backoff.delay(attempt))
    return report


def station_worker(config: StationConfig, data_dir: Path,
                   listener: StatusListener | None = None) -> SyncWorker:
    """The kiosk's background worker: its own database connection, config-driven timing.

    A missing enrolment is reported as an error and retried every interval, so a file put
    in place later is picked up without a restart.
    """
    from station_app.paths import database_path
    from station_app.storage import open_database
    from station_app.sync.service import load_station_enrolment

    def make_sync() -> StationSync:
        enrolment = load_station_enrolment(config, data_dir)
        return StationSync(config, open_database(database_path(data_dir)), enrolment,
                           owns_db=True)

    interval = float(config.sync.interval_seconds)
    return SyncWorker(make_sync, interval, Backoff(base=2.0, cap=interval), listener)
