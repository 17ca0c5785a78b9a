"""The receipt printer as the kiosk and the facilitator dashboard see it.

Wraps ``ReceiptService``. The worker reports every job state change from its own thread;
this bridge re-emits it through a queued connection so properties change only on the GUI
thread. The words for the attendee live in QML (``qsTr``); here are only states and the
technical detail facilitators need.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.cards import Card
from station_app.errors import UserError
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.receipts.service import ReceiptService
from station_app.storage.print_jobs import PrintJob

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ReceiptPrinterBridge",
           "job_status"]


def job_status(job: PrintJob) -> str:
    """The status word QML switches on: queued, printing, retrying, done or failed."""
    if job.state == "queued":
        return "retrying" if job.attempts else "queued"
    return job.state


@QmlElement
@QmlUncreatable("ReceiptPrinterBridge is provided by the application")
class ReceiptPrinterBridge(QObject):
    """Print status of the latest receipt, failure count, and reprints.

    ``status`` is one of ``off`` (printing disabled), ``idle`` (nothing printed yet),
    ``queued``, ``printing``, ``retrying``, ``done``, ``failed``.

    Signals:
        statusChanged: ``status``, ``code`` or ``detail`` changed.
        failedCountChanged: a job failed for good, or a failed card was reprinted.
        jobFinished(code, ok, message): a job reached done or failed.
    """

    statusChanged = Signal()
    failedCountChanged = Signal()
    jobFinished = Signal(str, bool, str, arguments=["code", "ok", "message"])
    _jobUpdated = Signal(object)

    def __init__(self, service: ReceiptService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._status = "idle" if service.enabled else "off"
        self._code = ""
        self._detail = ""
        self._current_id = 0
        self._failed = service.jobs.count("failed")
        # Queued: the worker emits on its own thread; this object lives on the GUI thread.
        self._jobUpdated.connect(self._on_job)
        service.set_listener(self._jobUpdated.emit)

    def enqueue(self, card: Card) -> PrintJob | None:
        """Queue the receipt of a just-committed card and follow its status (kiosk)."""
        job = self._service.enqueue(card)
        if job is not None:
            self._on_job(job)
        return job

    @Slot(str, result=bool)
    def reprint(self, code: str) -> bool:
        """Queue another receipt for ``code`` (dashboard); False with ``detail`` if no card."""
        try:
            job = self._service.reprint(code)
        except UserError as error:
            self._set(self._status, self._code, str(error))
            return False
        self._on_job(job)
        return True

    @Slot(object)
    def _on_job(self, job: PrintJob) -> None:
        if job.state == "failed" or job.state == "done":
            self._failed = self._service.jobs.count("failed")
            self.failedCountChanged.emit()
        if job.id >= self._current_id:
            self._current_id = job.id
            detail = (job.last_error or "") if job.state != "done" else ""
            self._set(job_status(job), job.code, detail)
        if job.finished:
            self.jobFinished.emit(job.code, job.state == "done", job.last_error or "")

    def _set(self, status: str, code: str, detail: str) -> None:
        if (status, code, detail) != (self._status, self._code, self._detail):
            self._status, self._code, self._detail = status, code, detail
            self.statusChanged.emit()

    @Property(str, notify=statusChanged)
    def status(self) -> str:
        return self._status

    @Property(str, notify=statusChanged)
    def code(self) -> str:
        """The code of the receipt the status is about."""
        return self._code

    @Property(str, notify=statusChanged)
    def detail(self) -> str:
        """Why the latest receipt is not printed yet, for facilitators (English, technical)."""
        return self._detail

    @Property(int, notify=failedCountChanged)
    def failedCount(self) -> int:
        return self._failed
