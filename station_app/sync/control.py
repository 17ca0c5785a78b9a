"""Sync as the facilitator sees it: the status, "Jetzt übertragen", batch files for a stick.

One object over a station: the background uploader (its own thread and connection), the
status read from the station's database, and writing batch files with a connection of its
own (the dashboard runs that off the GUI thread). The dashboard's bridge only forwards.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.paths import database_path
from station_app.storage import open_database
from station_app.storage.sync_state import SyncLedger, SyncStatus
from station_app.sync.service import StationSync, load_station_enrolment
from station_app.sync.worker import StatusListener, SyncWorker, station_worker


class SyncControl:
    """The station's sync: status, background uploads and USB batch files."""

    def __init__(self, config: StationConfig, data_dir: Path, db: sqlite_utils.Database,
                 worker: SyncWorker | None = None) -> None:
        self._config = config
        self._data_dir = data_dir
        self._ledger = SyncLedger(db)
        self.worker = worker if worker is not None else station_worker(config, data_dir)

    def status(self) -> SyncStatus:
        return self._ledger.status()

    def collector_url(self) -> str:
        """Where uploads go: the configured URL, else the installed enrolment's, else ''
        (then batch files on a USB stick are the only way)."""
        if self._config.sync.collector_url:
            return self._config.sync.collector_url
        try:
            return load_station_enrolment(self._config, self._data_dir).collector_url
        except UserError:
            return ""

    def set_listener(self, listener: StatusListener | None) -> None:
        """Who hears about every upload run (called on the worker's thread)."""
        self.worker.listener = listener

    def start(self) -> None:
        self.worker.start()

    def stop(self, timeout: float = 5.0) -> None:
        self.worker.stop(timeout)

    def sync_now(self) -> None:
        """Upload at once instead of waiting for the next interval."""
        self.worker.sync_now()

    def enrolment_changed(self) -> None:
        """An enrolment was installed (dashboard): upload with it from the next run on,
        which starts at once."""
        self.worker.reload()

    def write_files(self, folder: Path) -> list[Path]:
        """Seal what is pending and write every unacknowledged batch into ``folder``.

        Opens its own connection, so it may run on any thread.
        """
        sync = StationSync(self._config, open_database(database_path(self._data_dir)),
                           load_station_enrolment(self._config, self._data_dir), owns_db=True,
                           data_dir=self._data_dir)
        try:
            return sync.write_files(folder)
        finally:
            sync.close()
