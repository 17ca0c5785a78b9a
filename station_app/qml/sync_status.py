"""The facilitator dashboard's view of sync: pending cards, last success, last problem.

A thin wrapper over the core's ``SyncControl`` (uploads in their own thread, the status
in the database, batch files for a USB stick). The worker reports from its thread through
a queued signal, so properties change only on the GUI thread and only when a value really
changed. Its texts and times follow the UI language (``set_language``); the sync layer's
problems are worded from the catalogue (``sync/outcomes.py``), never shown as they are.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.errors import UserError
from station_app.export.problems import export_problem
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.enrolment_bridge import EnrolmentBridge
from station_app.qml.facilitator_sessions import local_time
from station_app.qml.jobs import JobRunner
from station_app.qml.language import FollowsLanguage
from station_app.qml.package_bridge import PackageBridge
from station_app.storage.sync_state import SyncStatus
from station_app.sync.control import SyncControl
from station_app.sync.outcomes import CONTEXT as PROBLEM_CONTEXT
from station_app.sync.outcomes import NOT_ENROLLED, sync_problem
from station_app.texts import Message

if TYPE_CHECKING:
    from station_app.sync.service import SyncReport

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
class SyncBridge(QObject, FollowsLanguage):
    """Sync status and actions for the facilitator dashboard.

    "Jetzt übertragen" (``syncNow``) sets ``syncing`` until the worker's next report, which
    becomes ``syncResult`` ("Übertragen: 3 Karten" / "Nicht übertragen: …").

    Signals:
        statusChanged: any of the status properties changed.
        busyChanged: writing batch files started or ended.
        syncChanged: an upload asked for with ``syncNow`` started or ended.
        filesWritten(count, folder): batch files are complete on the stick.
        filesFailed(reason): writing batch files failed; ``reason`` says why (UI language).
        updatePending(configVersion): a sync run kept a newer configuration as the pending
            update (``qml/config_update.py`` applies it at the start screen).
    """

    statusChanged = Signal()
    busyChanged = Signal()
    syncChanged = Signal()
    filesWritten = Signal(int, str, arguments=["count", "folder"])
    filesFailed = Signal(str, arguments=["reason"])
    updatePending = Signal(int, arguments=["configVersion"])
    _reported = Signal(object, object, str)  # from the worker thread: report, status, error

    def __init__(self, control: SyncControl, parent: QObject | None = None,
                 enrolment: EnrolmentBridge | None = None,
                 package: PackageBridge | None = None) -> None:
        super().__init__(parent)
        self._control = control
        self._enrolment = enrolment
        self._package = package
        self._status = control.status()
        self._online = bool(control.collector_url())
        self._worker_error = ""
        self._busy = False
        self._syncing = False
        self._result: tuple[int, Message | None] | None = None
        """The outcome of the last "Jetzt übertragen": (cards confirmed, problem or None)."""
        self._language = "de"
        self._jobs = JobRunner(parent=self)
        self._reported.connect(self._apply)
        control.set_listener(self.listener)


    def set_language(self, language: str) -> None:
        """Word the status for ``language`` (its translator is installed)."""
        self._language = language
        self.statusChanged.emit()
        self.syncChanged.emit()


    def listener(self, report: object, status: SyncStatus | None, error: str | None) -> None:
        """Give this to ``SyncWorker(listener=...)``; safe to call from any thread."""
        self._reported.emit(report, status, error or "")

    @Slot(object, object, str)
    def _apply(self, report: SyncReport | None, status: SyncStatus | None, error: str) -> None:
        if self._syncing:
            self._finish_sync(report, error)
        self._apply_status(status, error)
        if report is not None and report.update_version is not None:
            self.updatePending.emit(report.update_version)

    def _apply_status(self, status: SyncStatus | None, error: str) -> None:
        changed = False
        if status is not None and status != self._status:
            self._status, changed = status, True
        if error != self._worker_error:
            self._worker_error, changed = error, True
        if changed:
            self.statusChanged.emit()

    def _finish_sync(self, report: SyncReport | None, error: str) -> None:
        if report is not None and report.ok:
            self._result = (report.cards_acknowledged, None)
        elif report is not None:
            self._result = (report.cards_acknowledged, sync_problem(report.errors[0]))
        elif error:
            self._result = (0, sync_problem(error))
        else:  # the worker found no enrolment to upload with
            self._result = (0, Message(PROBLEM_CONTEXT, NOT_ENROLLED))
        self._syncing = False
        self.syncChanged.emit()

    @Slot()
    def refresh(self) -> None:
        """Re-read the status (e.g. after a card was added or an enrolment installed)."""
        online = bool(self._control.collector_url())
        if online != self._online:
            self._online = online
            self.statusChanged.emit()
        self.refreshCounts()

    @Slot()
    def refreshCounts(self) -> None:
        """Re-read only the counts and times (cheap: the dashboard polls it while open)."""
        self._apply_status(self._control.status(), self._worker_error)

    @Slot()
    def syncNow(self) -> None:
        """Upload at once instead of waiting for the next interval (with a collector)."""
        if not self._online or self._syncing:
            return
        self._syncing, self._result = True, None
        self.syncChanged.emit()
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

    def _files_failed(self, error: UserError) -> None:
        self._set_idle()
        message = export_problem(error) or sync_problem(str(error))
        self.filesFailed.emit(message.text(self._language))

    def _set_idle(self) -> None:
        self._busy = False
        self.busyChanged.emit()

    @Property(EnrolmentBridge, constant=True)
    def enrolment(self) -> EnrolmentBridge | None:
        """Installing the enrolment from a USB stick ("Einrichtung"), if offered."""
        return self._enrolment

    @Property(PackageBridge, constant=True)
    def stationPackage(self) -> PackageBridge | None:
        """Installing a station package from a USB stick ("Einrichtung"), if offered."""
        return self._package

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
            pending = self._status.pending_cards
            done = self.tr("%n Karten warten", "", pending) if pending \
                else self.tr("alle Karten übertragen")
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
        """The last problem (worker or run) in the UI language, empty when the last run
        succeeded."""
        problem = self._last_problem()
        return sync_problem(problem).text(self._language) if problem else ""

    def _last_problem(self) -> str:
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

    @Property(bool, notify=syncChanged)
    def syncing(self) -> bool:
        """An upload asked for with "Jetzt übertragen" is running."""
        return self._syncing

    @Property(bool, notify=syncChanged)
    def syncOk(self) -> bool:
        return self._result is not None and self._result[1] is None

    @Property(str, notify=syncChanged)
    def syncResult(self) -> str:
        """How the last "Jetzt übertragen" went, in the UI language ('' before one)."""
        if self._syncing or self._result is None:
            return ""
        cards, problem = self._result
        if problem is not None and cards:
            return self.tr("Teilweise übertragen: %n Karten, der Rest nicht: %1", "",
                           cards).replace("%1", problem.text(self._language))
        if problem is not None:
            return self.tr("Nicht übertragen: %1").replace("%1", problem.text(self._language))
        if not cards:
            return self.tr("Übertragen: nichts Neues, die Sammelstelle hat alle Karten")
        return self.tr("Übertragen: %n Karten", "", cards)
