"""Slow work off the GUI thread (exports, batch files), its outcome back on it.

``JobRunner.run(work, done, failed)`` runs ``work`` in a ``QThreadPool`` worker. The
outcome travels back through a queued signal, so ``done(result)`` or ``failed(reason)``
always runs on the GUI thread; a ``UserError`` becomes its sentence, anything else a short
"unexpected failure" line (the traceback goes to the log). A job always reports back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from station_app.errors import UserError

log = logging.getLogger(__name__)


class _Outcome(QObject):
    """Lives on the GUI thread; the worker emits, the queued slots run the callbacks here.

    (A plain Python callable connected to a signal has no thread of its own, so the
    callbacks are called from slots of this object, which belongs to the GUI thread.)
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[str], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self.deleteLater()
        self._on_done(result)

    @Slot(str)
    def _deliver_failed(self, reason: str) -> None:
        self.deleteLater()
        self._on_failed(reason)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], outcome: _Outcome, what: str) -> None:
        super().__init__()
        self._work = work
        self._outcome = outcome
        self._what = what

    def run(self) -> None:
        try:
            result = self._work()
        except UserError as error:
            self._outcome.failed.emit(str(error))
        except Exception as error:  # a worker must always report back, whatever happened
            log.exception("%s failed", self._what)
            self._outcome.failed.emit(f"unexpected failure: {type(error).__name__}: {error}")
        else:
            self._outcome.done.emit(result)


class JobRunner(QObject):
    """Runs jobs for one bridge on a thread pool (the global one unless given)."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[str], None], what: str = "a background job") -> None:
        self._pool.start(_Job(work, _Outcome(done, failed, self), what))
