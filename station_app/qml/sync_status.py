"""The facilitator dashboard's view of sync: pending cards, last success, last error.

A thin wrapper over ``SyncWorker`` (uploads in its own thread) and ``SyncLedger`` (the
status in the database). The worker reports from its thread through a queued signal, so
properties change only on the GUI thread and only when a value really changed. Its texts
and times follow the UI language (``set_language``); the worker's error messages are
passed on as they are.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.errors import UserError
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.facilitator_sessions import local_time
from station_app.storage.sync_state import SyncStatus
from station_app.sync.worker import SyncWorker

if TYPE_CHECKING:
    from station_app.app import KioskContext
    from station_app.qml.language import LanguageBridge

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "SyncBridge"]

log = logging.getLogger(__name__)


def _local(iso: str | None, language: str) -> str:
    """``28.09.2026 14:05`` (English ``28 Sep 2026 14:05``) in the station's local time, or
    empty."""
    if not iso:
        return ""
    #: A Qt date format (QDateTime::toString): when the last sync worked or failed.
    pattern = QCoreApplication.translate("SyncBridge", "dd.MM.yyyy HH:mm")
    return local_time(dt.datetime.fromisoformat(iso), pattern, language)


class _FilesJob(QRunnable):
    def __init__(self, write: Callable[[Path], list[Path]], folder: Path,
                 bridge: SyncBridge) -> None:
        super().__init__()
        self._write = write
        self._folder = folder
        self._bridge = bridge

    def run(self) -> None:
        try:
            files = self._write(self._folder)
        except UserError as error:
            self._bridge._filesFailed.emit(str(error))
        except Exception as error:  # a worker must always report back
            log.exception("writing batch files failed")
            self._bridge._filesFailed.emit(f"{type(error).__name__}: {error}")
        else:
            self._bridge._filesDone.emit(len(files), str(self._folder))


@QmlElement
@QmlUncreatable("SyncBridge is provided by the facilitator bridge")
class SyncBridge(QObject):
    """Sync status and actions for the facilitator dashboard.

    Signals:
        statusChanged: any of the status properties changed.
        busyChanged: writing batch files started or ended.
        filesWritten(count, folder): batch files are complete on the stick.
        filesFailed(reason): writing batch files failed; ``reason`` says why.
    """

    statusChanged = Signal()
    busyChanged = Signal()
    filesWritten = Signal(int, str, arguments=["count", "folder"])
    filesFailed = Signal(str, arguments=["reason"])
    _reported = Signal(object, str)  # from the worker thread: (SyncStatus | None, error)
    _filesDone = Signal(int, str)
    _filesFailed = Signal(str)

    def __init__(self, status: Callable[[], SyncStatus], worker: SyncWorker | None = None,
                 write_files: Callable[[Path], list[Path]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_source = status
        self._worker = worker
        self._write_files = write_files
        self._status = status()
        self._worker_error = ""
        self._busy = False
        self._language = "de"
        self._language_bridge: LanguageBridge | None = None
        self._reported.connect(self._apply)
        self._filesDone.connect(self._files_done)
        self._filesFailed.connect(self._files_failed)

    def follow(self, language: LanguageBridge) -> None:
        """Word the status in ``language``'s UI language, now and after every switch."""
        self._language_bridge = language
        language.languageChanged.connect(self._language_changed)
        self.set_language(language.language)

    def set_language(self, language: str) -> None:
        """Word the status for ``language`` (its translator is installed)."""
        self._language = language
        self.statusChanged.emit()

    @Slot()
    def _language_changed(self) -> None:
        if self._language_bridge is not None:
            self.set_language(self._language_bridge.language)

    def listener(self, report: object, status: SyncStatus | None, error: str | None) -> None:
        """Give this to ``SyncWorker(listener=...)``; safe to call from any thread."""
        self._reported.emit(status, error or "")

    @Slot(object, str)
    def _apply(self, status: SyncStatus | None, error: str) -> None:
        changed = False
        if status is not None and status != self._status:
            self._status, changed = status, True
        if error != self._worker_error:
            self._worker_error, changed = error, True
        if changed:
            self.statusChanged.emit()

    @Slot()
    def refresh(self) -> None:
        """Re-read the status from the database (e.g. after a card was added)."""
        self._apply(self._status_source(), self._worker_error)

    @Slot()
    def syncNow(self) -> None:
        """Upload at once instead of waiting for the next interval."""
        if self._worker is not None:
            self._worker.sync_now()

    @Slot(str)
    def writeBatchFiles(self, folder: str) -> None:
        """Write batch files for a USB stick off the GUI thread."""
        if self._busy or self._write_files is None:
            return
        self._busy = True
        self.busyChanged.emit()
        QThreadPool.globalInstance().start(_FilesJob(self._write_files, Path(folder), self))

    @Slot(int, str)
    def _files_done(self, count: int, folder: str) -> None:
        self._set_idle()
        self.refresh()
        self.filesWritten.emit(count, folder)

    @Slot(str)
    def _files_failed(self, reason: str) -> None:
        self._set_idle()
        self.filesFailed.emit(reason)

    def _set_idle(self) -> None:
        self._busy = False
        self.busyChanged.emit()

    @Property(int, notify=statusChanged)
    def pendingCount(self) -> int:
        """Cards the collector has not confirmed yet."""
        return self._status.pending_cards

    @Property(int, notify=statusChanged)
    def pendingCards(self) -> int:
        """The name the dashboard's DevicesPage reads (same as ``pendingCount``)."""
        return self._status.pending_cards

    @Property(str, notify=statusChanged)
    def statusText(self) -> str:
        """One line for the dashboard: the last problem, else when it last worked."""
        error = self.lastError
        if error:
            return self.tr("Sync-Fehler: %1").replace("%1", error)
        if self._status.last_success_at:
            done = self.tr("alle Karten übertragen") if not self._status.pending_cards \
                else self.tr("%1 Karten warten").replace("%1", str(self._status.pending_cards))
            return self.tr("Zuletzt übertragen: %1 – %2").replace(
                "%1", _local(self._status.last_success_at, self._language)).replace("%2", done)
        if self._worker is None:
            return self.tr("Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick")
        return self.tr("Noch nicht übertragen")

    @Property(int, notify=statusChanged)
    def totalCount(self) -> int:
        return self._status.total_cards

    @Property(str, notify=statusChanged)
    def lastSuccess(self) -> str:
        """Local time of the last successful sync run, empty if never."""
        return _local(self._status.last_success_at, self._language)

    @Property(str, notify=statusChanged)
    def lastError(self) -> str:
        """The last problem (worker or run), empty when the last run succeeded."""
        if self._worker_error:
            return self._worker_error
        success, error_at = self._status.last_success_at, self._status.last_error_at
        if error_at and (not success or error_at > success):
            return self._status.last_error or ""
        return ""

    @Property(str, notify=statusChanged)
    def lastErrorAt(self) -> str:
        return _local(self._status.last_error_at, self._language)

    @Property(bool, constant=True)
    def online(self) -> bool:
        """Whether a background uploader runs (else USB batch files only)."""
        return self._worker is not None

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy


def attach_to_kiosk(context: KioskContext) -> None:
    """The kiosk's extension hook: sync in the background and show it on the dashboard.

    Adds ``bridges.sync``. The worker has its own database connection and thread; without
    an enrolment it reports that and looks again every interval, so a station enrolled
    later starts syncing without a restart. Batch files for a USB stick are written by
    the bridge off the GUI thread.
    """
    from PySide6.QtGui import QGuiApplication

    from station_app.storage.sync_state import SyncLedger
    from station_app.sync.service import StationSync, load_station_enrolment
    from station_app.sync.worker import station_worker

    station = context.station
    ledger = SyncLedger(station.db)

    def write_files(folder: Path) -> list[Path]:
        from station_app.paths import database_path
        from station_app.storage import open_database

        sync = StationSync(station.config, open_database(database_path(station.data_dir)),
                           load_station_enrolment(station.config, station.data_dir),
                           owns_db=True)
        try:
            return sync.write_files(folder)
        finally:
            sync.close()

    worker = station_worker(station.config, station.data_dir)
    bridge = SyncBridge(ledger.status, worker, write_files, parent=context.engine)
    worker.listener = bridge.listener
    context.bridges["sync"] = bridge
    bridge.follow(context.bridges["language"])
    context.kiosk.cardSubmitted.connect(lambda *_: bridge.refresh())
    worker.start()
    context.engine.destroyed.connect(lambda *_: worker.stop(timeout=5))
    app = QGuiApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: worker.stop(timeout=5))
