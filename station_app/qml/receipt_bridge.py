"""The receipt printer as the kiosk and the facilitator dashboard see it.

Wraps ``ReceiptService``. The worker reports every job state change from its own thread;
this bridge re-emits it through a queued connection so properties change only on the GUI
thread. The words for the states live in QML (``qsTr``); the reasons (a printer not found,
a stopped queue) come from the core's catalogue (``receipts/problems.py``) in the UI
language (``follow``). The printer queues are read off the GUI thread (CUPS may be slow).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.cards import Card
from station_app.errors import UserError
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.jobs import JobRunner
from station_app.qml.language import FollowsLanguage
from station_app.receipts.problems import printer_problem
from station_app.receipts.service import ReceiptService
from station_app.storage.print_jobs import PrintJob
from station_app.texts import Message, WordedError

if TYPE_CHECKING:
    pass

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ReceiptPrinterBridge",
           "job_status", "system_queues"]

Queues = Callable[[], tuple[list[str], str]]
"""Reads the spooler: (every printer queue, the default queue or '')."""


def job_status(job: PrintJob) -> str:
    """The status word QML switches on: queued, printing, retrying, done or failed."""
    if job.state == "queued":
        return "retrying" if job.attempts else "queued"
    return job.state


def system_queues() -> tuple[list[str], str]:
    """The spooler's printer queues and its default (Qt's print system, CUPS on Linux)."""
    from station_app.receipts import printing

    return printing.printer_names(), printing.default_printer_name()


@QmlElement
@QmlUncreatable("ReceiptPrinterBridge is provided by the application")
class ReceiptPrinterBridge(QObject, FollowsLanguage):
    """Print status of the latest receipt, failure count, reprints, the printer, test pages.

    ``status`` is one of ``off`` (printing disabled), ``none`` (no printer named, chosen or
    set as the system default), ``idle`` (nothing printed yet), ``queued``, ``printing``,
    ``retrying``, ``done``, ``failed``.

    Signals:
        statusChanged: ``status``, ``code``, ``detail`` or the printer changed.
        failedCountChanged: a job failed for good, or a failed card was reprinted.
        jobFinished(code, ok, message): a job reached done or failed.
        printersChanged: the list of queues was read again, or another one was chosen.
        testPageChanged: a test page started or ended (``testPageResult``).
        notice(text, isError): a line for the dashboard's status bar, in the UI language.
    """

    statusChanged = Signal()
    failedCountChanged = Signal()
    jobFinished = Signal(str, bool, str, arguments=["code", "ok", "message"])
    printersChanged = Signal()
    testPageChanged = Signal()
    notice = Signal(str, bool, arguments=["text", "isError"])
    _jobUpdated = Signal(object)

    def __init__(self, service: ReceiptService, parent: QObject | None = None, *,
                 default_printer: str = "", queues: Queues = system_queues) -> None:
        """``default_printer``: the system default queue as found at start ('' if none)."""
        super().__init__(parent)
        self._service = service
        self._default = default_printer
        self._queues = queues
        self._names: list[str] = []
        self._searching = False
        self._code = ""
        self._problem: Message | None = None
        self._current_id = 0
        self._failed = service.jobs.count("failed")
        self._status = self._resting_status()
        self._test_busy = False
        self._test_result: Message | None = None
        self._test_ok = False
        self._test_printer = ""
        self._language = "de"
        self._jobs = JobRunner(parent=self)
        # Queued: the worker emits on its own thread; this object lives on the GUI thread.
        self._jobUpdated.connect(self._on_job)
        service.set_listener(self._jobUpdated.emit)

    # --- language ---------------------------------------------------------------------


    def set_language(self, language: str) -> None:
        self._language = language
        self.statusChanged.emit()
        self.testPageChanged.emit()


    # --- receipts ---------------------------------------------------------------------

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
            problem = error.message if isinstance(error, WordedError) \
                else printer_problem(str(error))
            self._set(self._status, self._code, problem)
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
            problem = printer_problem(job.last_error) \
                if job.last_error and job.state != "done" else None
            self._set(job_status(job), job.code, problem)
        if job.finished:
            self.jobFinished.emit(job.code, job.state == "done", job.last_error or "")

    def _set(self, status: str, code: str, problem: Message | None) -> None:
        if (status, code, problem) != (self._status, self._code, self._problem):
            self._status, self._code, self._problem = status, code, problem
            self.statusChanged.emit()

    def _resting_status(self) -> str:
        if not self._service.enabled:
            return "off"
        return "idle" if self.configured else "none"

    # --- choosing the printer ---------------------------------------------------------

    @Slot()
    def refreshPrinters(self) -> None:
        """Read the spooler's queues again, off the GUI thread."""
        if self._searching:
            return
        self._searching = True
        self.printersChanged.emit()
        self._jobs.run(self._queues, self._queues_read, self._queues_failed,
                       "reading the printer queues")

    def _queues_read(self, found: tuple[list[str], str]) -> None:
        names, default = found
        self._names, self._default, self._searching = list(names), default, False
        self.printersChanged.emit()
        if self._status in ("idle", "none"):
            self._set(self._resting_status(), self._code, self._problem)

    def _queues_failed(self, _error: UserError) -> None:
        self._searching = False
        self.printersChanged.emit()

    @Slot(str)
    def choosePrinter(self, name: str) -> None:
        """Print from the next receipt on on ``name`` (remembered, audited)."""
        self._service.choose_printer(name)
        self.printersChanged.emit()
        self.statusChanged.emit()
        if self._status in ("idle", "none"):
            self._set(self._resting_status(), self._code, self._problem)
        self.notice.emit(self.tr("Belege werden ab jetzt auf „%1“ gedruckt").replace(
            "%1", self.printerName), False)

    @Property("QVariantList", notify=printersChanged)
    def printers(self) -> list[dict[str, object]]:
        """The spooler's queues: name, whether receipts go there, whether it is the default."""
        current = self.printerName
        return [{"name": name, "chosen": name == current, "isDefault": name == self._default}
                for name in self._names]

    @Property(bool, notify=printersChanged)
    def searching(self) -> bool:
        return self._searching

    @Property(str, notify=printersChanged)
    def printerName(self) -> str:
        """The queue receipts go to (the default's name when none is named), or ''."""
        return self._service.printer_name or self._default

    @Property(bool, notify=printersChanged)
    def usesDefault(self) -> bool:
        """Receipts go to the system default because no queue is named or chosen."""
        return not self._service.printer_name and bool(self._default)

    @Property(bool, notify=printersChanged)
    def configured(self) -> bool:
        """Printing is on and there is a printer to print on (named, chosen or default)."""
        return self._service.enabled and bool(self.printerName)

    # --- the test page ----------------------------------------------------------------

    @Slot()
    def printTestPage(self) -> None:
        """Print a test page through the receipts' printer, off the GUI thread."""
        if self._test_busy:
            return
        self._test_busy, self._test_result = True, None
        self._test_printer = self.printerName
        self.testPageChanged.emit()
        self._jobs.run(self._service.print_test_page, self._test_printed,
                       self._test_failed, "printing a test page")

    def _test_printed(self, _code: str) -> None:
        self._test_done(True, None)

    def _test_failed(self, error: UserError) -> None:
        self._test_done(False, error.message or printer_problem(str(error)))

    def _test_done(self, ok: bool, problem: Message | None) -> None:
        self._test_busy, self._test_ok, self._test_result = False, ok, problem
        self._service.note_test_page(ok)
        self.testPageChanged.emit()

    @Property(bool, notify=testPageChanged)
    def testPageBusy(self) -> bool:
        return self._test_busy

    @Property(bool, notify=testPageChanged)
    def testPageOk(self) -> bool:
        return self._test_ok

    @Property(str, notify=testPageChanged)
    def testPageResult(self) -> str:
        """How the last test page went, in the UI language ('' before the first one)."""
        if self._test_busy:
            return ""
        if self._test_ok and not self._test_printer:
            return self.tr("Testseite an den Standarddrucker geschickt: Bitte nachsehen, ob "
                           "sie herauskommt.")
        if self._test_ok:
            return self.tr("Testseite an „%1“ geschickt: Bitte nachsehen, ob sie "
                           "herauskommt.").replace("%1", self._test_printer)
        if self._test_result is None:
            return ""
        return self.tr("Testseite nicht gedruckt: %1").replace(
            "%1", self._test_result.text(self._language))

    # --- status -----------------------------------------------------------------------

    @Property(str, notify=statusChanged)
    def status(self) -> str:
        return self._status

    @Property(str, notify=statusChanged)
    def code(self) -> str:
        """The code of the receipt the status is about."""
        return self._code

    @Property(str, notify=statusChanged)
    def detail(self) -> str:
        """Why the latest receipt is not printed yet, in the UI language ('' if nothing)."""
        return self._problem.text(self._language) if self._problem else ""

    @Property(int, notify=failedCountChanged)
    def failedCount(self) -> int:
        return self._failed
