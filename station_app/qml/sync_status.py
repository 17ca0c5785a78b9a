"""The facilitator dashboard's view of sync: pending cards, last success, last error.

A thin wrapper over the core's ``SyncControl`` (uploads in their own thread, the status
in the database, batch files for a USB stick). The worker reports from its thread through
a queued signal, so properties change only on the GUI thread and only when a value really
changed. Its texts and times follow the UI language (``set_language``); the worker's error
messages are passed on as they are.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.facilitator_sessions import local_time
from station_app.qml.jobs import JobRunner
from station_app.storage.sync_state import SyncStatus
from station_app.sync.control import SyncControl

if TYPE_CHECKING:
    from station_app.qml.language import LanguageBridge

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "SyncBridge"]



def _local(iso: str | None, language: str) -> str:
    """``28.09.2026 14:05`` (English ``28 Sep 2026 14:05``) in the station's local time, or
    empty."""
    if not iso:
        return ""
    #: A Qt date format (QDateTime::toString): when the last sync worked or failed.
    pattern = QCoreApplication.translate("SyncBridge", "dd.MM.yyyy HH:mm")
    return local_time(dt.datetime.fromisoformat(iso), pattern, language)


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

    def __init__(self, control: SyncControl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._control = control
        self._status = control.status()
        self._online = bool(control.collector_url())
        self._worker_error = ""
        self._busy = False
        self._language = "de"
        self._language_bridge: LanguageBridge | None = None
        self._jobs = JobRunner(parent=self)
        self._reported.connect(self._apply)
        control.set_listener(self.listener)

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
        """Re-read the status (e.g. after a card was added or an enrolment installed)."""
        online = bool(self._control.collector_url())
        if online != self._online:
            self._online = online
            self.statusChanged.emit()
        self._apply(self._control.status(), self._worker_error)

    @Slot()
    def syncNow(self) -> None:
        """Upload at once instead of waiting for the next interval."""
        self._control.sync_now()

    @Slot(str)
    def writeBatchFiles(self, folder: str) -> None:
        """Write batch files for a USB stick off the GUI thread."""
        if self._busy:
            return
        self._busy = True
        self.busyChanged.emit()
        target = Path(folder)
        self._jobs.run(lambda: self._control.write_files(target),
                       lambda files: self._files_done(len(files), str(target)),
                       self._files_failed, "writing batch files")

    def _files_done(self, count: int, folder: str) -> None:
        self._set_idle()
        self.refresh()
        self.filesWritten.emit(count, folder)

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
        if not self._online:
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

    @Property(bool, notify=statusChanged)
    def online(self) -> bool:
        """Whether a collector to upload to is known (else USB batch files only)."""
        return self._online

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy
