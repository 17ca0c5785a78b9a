"""``collector serve --workers N``: several worker processes on one listening socket.

Pre-fork: the parent binds the socket, then forks the workers while it has no thread and
no database connection (a forked copy of either is unsafe), and keeps it that way: it only
supervises. Each worker opens its own store and serves on the inherited socket; the kernel
hands every new connection to one of them. A venue hub's relay runs once, in a process of
its own beside the workers (``relay``), so a worker that has to be started anew is always
forked from a parent without threads or connections.

The parent supervises (``Supervisor``):

- the first worker starts alone (it creates the database's tables and keys on a first
  start), the others once it is ready; ``collector listening`` follows when all are;
- a worker that cannot start (a bad database) ends the whole command with its one-line
  error (exit status 2): never a loop of crashing starts;
- a worker that ends unexpectedly later is started anew after a short, growing pause
  (``restart_delay``), with a line on stdout;
- ``SIGTERM`` or ``SIGINT`` stops every worker cleanly (each ends its open wall streams at
  once and finishes the requests under way, as a single process does) and the parent
  returns; what has not ended after ``STOP_SECONDS`` is killed. A second signal kills at
  once.

Rate limits stay in each worker's memory; each worker enforces its share of them
(``worker_settings``), so that all workers together never allow a client more than the
configured limit.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import os
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from station_app.collector.app import CollectorSettings
from station_app.collector.ratelimit import share
from station_app.errors import UserError

MAX_WORKERS = 64
START_SECONDS = 60.0
"""How long a worker may take to open its database and be ready to serve."""
STOP_SECONDS = 8.0
"""How long a stop waits for the workers (their graceful timeout is 5 s) before it kills."""
FIRST_DELAY = 0.5
MAX_DELAY = 30.0
STABLE_SECONDS = 60.0
"""A worker that served this long before it ended is restarted after the shortest pause."""
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
HELD_SIGNALS = {*STOP_SIGNALS, signal.SIGCHLD}
READY = b"ready\n"
ERROR = b"error "
PR_SET_PDEATHSIG = 1

Say = Callable[[str], None]


def check_workers(workers: int, db: Path | str) -> None:
    """Refuse a worker count out of bounds, or several workers on a database that cannot
    be shared between processes, in one sentence."""
    if not 1 <= workers <= MAX_WORKERS:
        raise UserError(f"--workers must be between 1 and {MAX_WORKERS}")
    if workers == 1:
        return
    name = str(db).strip()
    if not name or name == ":memory:" or "mode=memory" in name or name.startswith(":"):
        raise UserError(f"--workers {workers} needs a database the worker processes share "
                        f"(a file or a postgresql:// URL), not {name or 'an empty name'!r}")


def worker_settings(settings: CollectorSettings, workers: int) -> CollectorSettings:
    """One worker's settings: its share of every rate limit (``ratelimit.share``)."""
    page_rate, page_burst = share(settings.page_requests_per_minute, settings.page_burst,
                                  workers)
    api_rate, api_burst = share(settings.api_requests_per_minute, settings.api_burst, workers)
    holder_rate, holder_burst = share(settings.holder_posts_per_hour, settings.holder_burst,
                                      workers)
    return dataclasses.replace(settings, page_requests_per_minute=page_rate,
                               page_burst=page_burst, api_requests_per_minute=api_rate,
                               api_burst=api_burst, holder_posts_per_hour=holder_rate,
                               holder_burst=holder_burst)


def restart_delay(failures: int) -> float:
    """The pause before the ``failures``-th restart in a row (1, 2, …) of one worker."""
    return min(MAX_DELAY, FIRST_DELAY * 2 ** max(0, failures - 1))


def describe_status(status: int) -> str:
    """A ``waitpid`` status in words: ``exit status 3`` or ``signal 9 (SIGKILL)``."""
    code = os.waitstatus_to_exitcode(status)
    if code >= 0:
        return f"exit status {code}"
    try:
        name = signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"
    return f"signal {-code} ({name})"


class Report:
    """A child's way to tell the parent that it is ready to serve."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def ready(self) -> None:
        os.write(self._fd, READY)

    def error(self, message: str) -> None:
        line = " ".join(message.split())[:3000]
        os.write(self._fd, ERROR + line.encode("utf-8", "replace") + b"\n")


Child = Callable[[Report], int]
"""What a child process runs: its exit status; it calls ``Report.ready`` once it serves."""


@dataclass
class Slot:
    """One place for a child process: a worker, or the relay."""

    name: str
    run: Child
    final_when_done: bool = False
    """The relay: an ordinary end (status 0, it said why) is not restarted."""
    pid: int = 0
    pipe: int = -1
    ready: bool = False
    started: float = 0.0
    message: str = ""
    failures: int = 0
    due: float | None = None
    """When to start it (anew); None while it runs or once it has ended for good."""


class Supervisor:
    """Starts, watches and stops the children (see the module's description)."""

    def __init__(self, workers: list[Child], relay: Child | None = None,
                 say: Say = lambda line: print(line, flush=True),
                 on_ready: Callable[[], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.workers = [Slot(f"worker {number}", run)
                        for number, run in enumerate(workers, start=1)]
        self.relay = Slot("relay", relay, final_when_done=True) if relay else None
        self.say = say
        self.on_ready = on_ready
        self.clock = clock
        self.stops = 0
        self._wake: tuple[int, int] = (-1, -1)

    @property
    def slots(self) -> list[Slot]:
        return [*self.workers, *([self.relay] if self.relay else [])]

    def pids(self) -> list[int]:
        """The children running now."""
        return [slot.pid for slot in self.slots if slot.pid]

    # --- the parent's loop ------------------------------------------------------------

    def run(self) -> None:
        """Serve until a stop signal; raises ``UserError`` when a worker cannot start."""
        with self._signals():
            try:
                self._start_all()
                self._watch()
            finally:
                self._stop_all()

    def _start_all(self) -> None:
        first, *others = self.workers
        self._fork(first)
        deadline = self.clock() + START_SECONDS
        while not first.ready and not self.stops:
            self._step(deadline)
        if self.stops:
            return
        for slot in others:
            self._fork(slot)
        while not all(slot.ready for slot in self.workers) and not self.stops:
            self._step(deadline)
        if self.stops:
            return
        if self.on_ready is not None:
            self.on_ready()
        if self.relay is not None:
            self._fork(self.relay)

    def _watch(self) -> None:
        while not self.stops:
            now = self.clock()
            for slot in self.slots:
                if slot.due is not None and slot.due <= now:
                    self._fork(slot)
                    self.say(f"{slot.name} started anew (pid {slot.pid})")
            starting = [slot.started + START_SECONDS for slot in self.slots
                        if slot.pid and not slot.ready]
            self._step(min(starting, default=now + 3600.0))

    def _step(self, deadline: float) -> None:
        """Wait for a signal, a child's word or ``deadline`` (then a starting worker is
        late); then read what children said and handle those that ended."""
        due = [slot.due for slot in self.slots if slot.due is not None]
        timeout = max(0.0, min([deadline, *due]) - self.clock())
        pipes = [slot.pipe for slot in self.slots if slot.pipe >= 0]
        with contextlib.suppress(InterruptedError):
            readable, _, _ = select.select([self._wake[0], *pipes], [], [], timeout)
            if self._wake[0] in readable:
                _drain(self._wake[0])
            for slot in self.slots:
                if slot.pipe in readable:
                    self._hear(slot)
        self._reap()
        late = [slot for slot in self.workers if slot.pid and not slot.ready
                and self.clock() - slot.started >= START_SECONDS]
        if late and not self.stops:
            raise UserError(f"{late[0].name} did not start within {START_SECONDS:g} s "
                            "(is the database locked by another program?)")

    def _hear(self, slot: Slot) -> None:
        try:
            said = os.read(slot.pipe, 4096)
        except BlockingIOError:
            return
        if not said:
            os.close(slot.pipe)
            slot.pipe = -1
            return
        for line in said.splitlines(keepends=True):
            if line == READY:
                slot.ready = True
            elif line.startswith(ERROR):
                slot.message = line[len(ERROR):].decode("utf-8", "replace").strip()

    def _reap(self) -> None:
        """Collect the children that ended (only this supervisor's own)."""
        for slot in self.slots:
            if not slot.pid:
                continue
            try:
                pid, status = os.waitpid(slot.pid, os.WNOHANG)
            except ChildProcessError:  # collected elsewhere: its status is lost
                pid, status = slot.pid, 255 << 8
            if pid:
                self._ended(slot, status)

    def _ended(self, slot: Slot, status: int) -> None:
        if slot.pipe >= 0:  # what it said last, before it ended
            self._hear(slot)
            if slot.pipe >= 0:
                os.close(slot.pipe)
                slot.pipe = -1
        pid, lived = slot.pid, self.clock() - slot.started
        slot.pid = 0
        if self.stops:
            return
        if not slot.ready:
            raise UserError(slot.message or f"{slot.name} ended as it started "
                            f"({describe_status(status)})")
        if slot.final_when_done and os.waitstatus_to_exitcode(status) == 0:
            return
        slot.failures = 1 if lived >= STABLE_SECONDS else slot.failures + 1
        delay = restart_delay(slot.failures)
        slot.due = self.clock() + delay
        self.say(f"{slot.name} (pid {pid}) ended unexpectedly ({describe_status(status)}); "
                 f"starting it anew in {delay:g} s")

    # --- starting and stopping children -------------------------------------------------

    def _fork(self, slot: Slot) -> None:
        read_end, write_end = os.pipe()
        os.set_blocking(read_end, False)
        sys.stdout.flush()
        sys.stderr.flush()
        parent = os.getpid()
        # Held back until each side has its own handlers: a stop signal that reaches the
        # new child at once must stop it, not run the parent's handler in it.
        held = signal.pthread_sigmask(signal.SIG_BLOCK, HELD_SIGNALS)
        try:
            pid = os.fork()
            if pid == 0:  # the child: never returns into the parent's code
                os.close(read_end)
                self._become_child(parent)
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
                _run_child(slot.run, Report(write_end))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        os.close(write_end)
        slot.pid, slot.pipe, slot.ready, slot.message = pid, read_end, False, ""
        slot.started, slot.due = self.clock(), None
        if slot.final_when_done:
            slot.ready = True  # the relay says its own problems and carries on

    def _become_child(self, parent: int) -> None:
        """Undo the parent's signal handling and close what only the parent needs."""
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for fd in (*self._wake, *(slot.pipe for slot in self.slots)):
            if fd >= 0:
                os.close(fd)
        _die_with_parent(parent)

    def _stop_all(self) -> None:
        """Ask every child to stop; kill those still there after ``STOP_SECONDS`` (or at a
        second stop signal)."""
        self.stops = max(self.stops, 1)
        signals_before = self.stops
        for pid in self.pids():
            _signal(pid, signal.SIGTERM)
        deadline = self.clock() + STOP_SECONDS
        while self.pids():
            if self.clock() >= deadline or self.stops > signals_before:
                for pid in self.pids():
                    _signal(pid, signal.SIGKILL)
                deadline = self.clock() + STOP_SECONDS
                signals_before = self.stops
            self._step(deadline)
        for slot in self.slots:
            slot.due = None

    @contextlib.contextmanager
    def _signals(self) -> Iterator[None]:
        """The parent's handlers: a stop signal counts, a child's end wakes the loop."""
        read_end, write_end = os.pipe()
        for fd in (read_end, write_end):
            os.set_blocking(fd, False)
        self._wake = (read_end, write_end)
        old_wakeup = signal.set_wakeup_fd(write_end)

        def stop(number: int, frame: FrameType | None) -> None:
            self.stops += 1

        previous = {number: signal.signal(number, stop) for number in STOP_SIGNALS}
        previous[signal.SIGCHLD] = signal.signal(signal.SIGCHLD, _woken)
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
            signal.set_wakeup_fd(old_wakeup)
            os.close(read_end)
            os.close(write_end)
            self._wake = (-1, -1)


def _woken(number: int, frame: FrameType | None) -> None:
    """``SIGCHLD``: its byte on the wakeup pipe ends the parent's wait; nothing more."""
    del number, frame


def _drain(fd: int) -> None:
    with contextlib.suppress(BlockingIOError):
        while os.read(fd, 512):
            continue


def _signal(pid: int, number: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, number)


def _run_child(run: Child, report: Report) -> None:
    """Run a child's work and end the process with its status (``os._exit``: the
    parent's cleanup – its ``finally`` blocks, a test runner's – is not the child's)."""
    code = 1
    try:
        code = run(report)
    except UserError as error:
        report.error(str(error))
        code = 2
    except KeyboardInterrupt:
        code = 0
    except BaseException as error:  # noqa: BLE001 - said, then the child ends
        traceback.print_exc()
        report.error(f"{type(error).__name__}: {error}")
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def _die_with_parent(parent: int) -> None:
    """Linux: end this child when the parent dies (also by SIGKILL), so no worker is left
    serving on its own."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM))
    if os.getppid() != parent:  # the parent died before the call
        os._exit(1)
