"""Slow work off the GUI thread (exports, batch files), its outcome back on it.

``JobRunner.run(work, done, failed)`` runs ``work`` in a ``QThreadPool`` worker. The
outcome travels back through a queued signal, so ``done(result)`` or ``failed(error)``
always runs on the GUI thread; ``error`` is the ``UserError`` the work raised (for the
screen to word, ``texts.worded``), anything else becomes an "unexpected failure" one (the
traceback goes to the log). A job always reports back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from station_app.errors import UserError
from station_app.texts import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

UNEXPECTED = Message("Jobs", QT_TRANSLATE_NOOP(
    "Jobs", "Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station."))


class _Outcome(QObject):
    """Lives on the GUI thread; the worker emits, the queued slots run the callbacks here.

    (A plain Python callable connected to a signal has no thread of its own, so the
    callbacks are called from slots of this object, which belongs to the GUI thread.) It
    has no Qt parent: the runner keeps it in ``pending`` until its callback has run, then
    lets go of it from the event loop, never from inside its own slot, and a runner deleted
    meanwhile cannot delete it under a queued delivery.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None],
                 on_failed: Callable[[UserError], None], pending: set[_Outcome]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self._pending = pending
        pending.add(self)
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    def _let_go(self) -> None:
        QTimer.singleShot(0, lambda: self._pending.discard(self))

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self._let_go()
        self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, error: object) -> None:
        self._let_go()
        assert isinstance(error, UserError)
        self._on_failed(error)


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
            error.__traceback__ = None  # its frames are not needed on the GUI thread
            self._outcome.failed.emit(error)
        except Exception as error:  # a worker must always report back, whatever happened
            log.exception("%s failed", self._what)
            self._outcome.failed.emit(UserError(
                f"unexpected failure: {type(error).__name__}: {error}", UNEXPECTED))
        else:
            self._outcome.done.emit(result)


class JobRunner(QObject):
    """Runs jobs for one bridge on a thread pool (the global one unless given)."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[_Outcome] = set()

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[UserError], None], what: str = "a background job") -> None:
        self._pool.start(_Job(work, _Outcome(done, failed, self._pending), what))
