"""The background uploader: syncs whenever the collector is reachable, never blocks the UI.

After a failed run it waits with exponential backoff and jitter (so twenty stations coming
back online after a network outage do not all knock at once); after a successful run it
waits the configured interval. ``sync_now`` cuts any wait short.

A live station (``[sync] live``, for a live wall on the venue's hub) also looks at its
database twice a second while it waits: as soon as another connection has committed
something (the kiosk stored a card, a facilitator hid one) it runs at once, so a card is at
the hub within about a second of "Karte abgeben"; and it retries a lost hub within five
seconds. The look is ``PRAGMA data_version``: no table is read, nothing is written.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from station_app.background import WorkerThread, notify
from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.storage.sync_state import SyncStatus
from station_app.sync.service import NotEnrolled, StationSync, SyncReport

log = logging.getLogger(__name__)

LIVE_LOOK_SECONDS = 0.5
"""How often a live station looks for news in its database."""
LIVE_RETRY_SECONDS = 5.0
"""The longest a live station waits before it tries a lost collector again."""


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


class SyncWorker(WorkerThread[None]):
    """A daemon thread running ``StationSync.upload_once`` on a schedule.

    ``make_sync`` is called inside the thread, so the worker can open its own database
    connection (SQLite connections belong to one thread at a time); a ``UserError`` from
    it (no enrolment yet) is reported and retried after the interval.

    With ``look`` (seconds), the worker also runs as soon as ``StationSync.has_news`` says
    that another connection wrote to the station database, looking that often while it
    waits; not while it backs off after a failure (the backoff still decides then).
    """

    thread_name = "sync-worker"

    def __init__(self, make_sync: Callable[[], StationSync], interval: float,
                 backoff: Backoff | None = None,
                 listener: StatusListener | None = None, look: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._make_sync = make_sync
        self._interval = interval
        self._backoff = backoff or Backoff(cap=max(interval, 2.0))
        self.listener = listener
        self._look = look
        self._clock = clock
        self._due = 0.0
        self._asked = threading.Event()
        self._sync: StationSync | None = None
        self._reload = threading.Event()
        self.failures = 0
        self.runs = 0

    @property
    def live(self) -> bool:
        return self._look is not None

    def sync_now(self) -> None:
        """Start the next run at once instead of after the current pause."""
        self._asked.set()
        self.wake()

    def reload(self) -> None:
        """Another enrolment was installed: build the next run's sync anew (new key, new
        collector URL) and start it at once."""
        self._reload.set()
        self._asked.set()
        self.wake()

    def open(self) -> None:
        return None

    def run_once(self, state: None) -> float:
        if self._look is None:
            return self._upload()
        if not self._time_to_run():
            return max(0.0, min(self._look, self._due - self._clock()))
        self._asked.clear()
        delay = self._upload()
        self._due = self._clock() + delay
        return min(delay, self._look)

    def _time_to_run(self) -> bool:
        """Live: asked to, the pause is over, or news in the database (unless backing off)."""
        if self._asked.is_set() or self._reload.is_set() or self._clock() >= self._due:
            return True
        if self.failures or self._sync is None:
            return False
        try:
            return self._sync.has_news()
        except sqlite3.Error:  # the run itself will say what is wrong
            return True

    def _upload(self) -> float:
        """One upload run; returns the pause until the next one."""
        if self._reload.is_set():
            self._reload.clear()
            self.close(None)
            self.failures = 0
        try:
            if self._sync is None:
                self._sync = self._make_sync()
            report = self._sync.upload_once()
            self.runs += 1
            self.failures = 0 if report.ok else self.failures + 1
            notify(self.listener, report, self._sync.status(), None)
        except NotEnrolled:
            # Nothing to upload to yet (USB sticks only): not an error; look again later.
            notify(self.listener, None, None, None)
        except UserError as error:
            # Not fixed by retrying soon (no URL, bad enrolment): wait the interval.
            notify(self.listener, None, self._sync.status() if self._sync else None,
                   str(error))
        except Exception as error:  # the worker must survive
            log.exception("sync run failed")
            self.failures += 1
            notify(self.listener, None, None, f"{type(error).__name__}: {error}")
        if self.failures:
            return min(self._interval, self._backoff.delay(self.failures))
        return self._interval

    def close(self, state: None) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = None


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
    """The kiosk's background worker: its own database connection, config-driven timing
    (``[sync] live``: looking for new cards twice a second, retrying within seconds).

    A missing enrolment is reported as an error and retried every interval, so a file put
    in place later is picked up without a restart.
    """
    from station_app.paths import database_path
    from station_app.storage import open_database
    from station_app.sync.service import load_station_enrolment

    def make_sync() -> StationSync:
        enrolment = load_station_enrolment(config, data_dir)
        return StationSync(config, open_database(database_path(data_dir)), enrolment,
                           owns_db=True, data_dir=data_dir)

    interval = float(config.sync.interval_seconds)
    if config.sync.live:
        return SyncWorker(make_sync, interval,
                          Backoff(base=1.0, cap=min(interval, LIVE_RETRY_SECONDS)), listener,
                          look=LIVE_LOOK_SECONDS)
    return SyncWorker(make_sync, interval, Backoff(base=2.0, cap=interval), listener)
