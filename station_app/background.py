"""A daemon thread that does one kind of background work until it is stopped.

The receipt printer and the sync uploader both run like this: open what the thread needs
(its own database connection: SQLite connections belong to one thread), do one round of
work, wait until the round asks (or until ``wake()``), and never let an exception take the
kiosk down. Subclasses fill in ``open``, ``run_once`` and ``close``.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

State = TypeVar("State")


class WorkerThread(ABC, Generic[State]):
    """One background thread: ``start``, ``wake``, ``stop``; the work is the subclass's."""

    thread_name = "worker"

    def __init__(self) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- what a subclass does -------------------------------------------------------------

    @abstractmethod
    def open(self) -> State:
        """Called once inside the thread before the first round (e.g. connect)."""

    @abstractmethod
    def run_once(self, state: State) -> float:
        """One round of work; returns the seconds to wait before the next (0 = at once)."""

    def close(self, state: State) -> None:
        """Called once inside the thread when it ends."""

    # --- the thread -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        """Start the thread (a second call while it runs does nothing)."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Cut the current wait short: there is work now."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the thread to finish its current round and end; waits up to ``timeout``."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        state: Any = None
        opened = False
        try:
            state = self.open()
            opened = True
            while not self._stop.is_set():
                delay = self.run_once(state)
                if delay > 0 and not self._stop.is_set():
                    self._wake.wait(delay)
                self._wake.clear()
        except Exception:  # the worker must never take the kiosk down
            log.exception("the %s thread stopped unexpectedly", self.thread_name)
        finally:
            if opened:
                try:
                    self.close(state)
                except Exception:
                    log.exception("closing the %s thread failed", self.thread_name)


def notify(listener: Callable[..., object] | None, *args: object) -> None:
    """Tell a listener (from a worker thread); a broken listener must not stop the work."""
    if listener is None:
        return
    try:
        listener(*args)
    except Exception:
        log.exception("a background listener failed")
