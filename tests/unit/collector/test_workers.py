"""The supervisor of ``collector serve --workers N``: its checks, each worker's share of the
rate limits, and the supervisor itself with tiny forked children (no server)."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from station_app.collector.app import CollectorSettings
from station_app.collector.workers import (
    MAX_DELAY,
    Report,
    Supervisor,
    check_workers,
    describe_status,
    restart_delay,
    worker_settings,
)
from station_app.errors import UserError


def note(path: Path, line: str) -> None:
    """Append one line from any process (``O_APPEND``: lines never mix)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, f"{line}\n".encode())
    finally:
        os.close(fd)


def lines(path: Path) -> list[str]:
    return path.read_text().splitlines() if path.exists() else []


def serving(log: Path, name: str) -> Callable[[Report], int]:
    """A child that says it is ready, then serves until a signal ends it."""

    def run(report: Report) -> int:
        note(log, f"start {name} {os.getpid()}")
        report.ready()
        while True:
            signal.pause()

    return run


def stop_parent() -> None:
    os.kill(os.getpid(), signal.SIGTERM)


@pytest.mark.parametrize("count", [0, -1, 65, 1000])
def test_a_worker_count_out_of_bounds_is_refused(count):
    with pytest.raises(UserError, match="--workers must be between 1 and 64"):
        check_workers(count, "collector.db")


@pytest.mark.parametrize("db", [":memory:", "file:c?mode=memory&cache=shared", "", " "])
def test_several_workers_need_a_database_they_share(db):
    with pytest.raises(UserError, match="needs a database the worker processes share"):
        check_workers(4, db)


@pytest.mark.parametrize("db", ["collector.db", Path("/srv/c.db"),
                                "postgresql://collector@db/collector"])
def test_files_and_postgresql_may_be_shared(db):
    check_workers(4, db)
    check_workers(64, db)


def test_one_worker_is_todays_single_process_whatever_the_database():
    check_workers(1, ":memory:")


def test_each_worker_keeps_its_share_of_every_limit():
    settings = CollectorSettings()
    shared = worker_settings(settings, 4)
    assert shared.page_requests_per_minute == settings.page_requests_per_minute / 4
    assert shared.page_burst == settings.page_burst // 4
    assert shared.api_requests_per_minute == settings.api_requests_per_minute / 4
    assert shared.api_burst == settings.api_burst // 4
    assert shared.holder_posts_per_hour == settings.holder_posts_per_hour / 4
    assert shared.holder_burst == 2  # 10 // 4: the four together allow 8 of the 10
    assert shared.pages == settings.pages and shared.office == settings.office
    assert worker_settings(settings, 1) == settings


def test_the_pause_before_a_restart_grows_and_is_capped():
    delays = [restart_delay(failures) for failures in range(1, 12)]
    assert delays[:4] == [0.5, 1.0, 2.0, 4.0]
    assert delays == sorted(delays) and delays[-1] == MAX_DELAY


def test_statuses_in_words():
    assert describe_status(3 << 8) == "exit status 3"
    assert describe_status(signal.SIGKILL) == "signal 9 (SIGKILL)"


def test_the_first_worker_starts_alone_then_the_others_and_a_stop_ends_them(tmp_path):
    log = tmp_path / "log"
    supervisor = Supervisor([serving(log, "w1"), serving(log, "w2"), serving(log, "w3")],
                            on_ready=lambda: (note(log, "all ready"), stop_parent()),
                            say=lambda line: note(log, line))
    handlers = {number: signal.getsignal(number)
                for number in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD)}
    supervisor.run()
    said = lines(log)
    assert said[0].startswith("start w1 ") and said[-1] == "all ready"
    assert sorted(line.split()[1] for line in said[1:-1]) == ["w2", "w3"]
    pids = [int(line.split()[2]) for line in said[:-1]]
    assert len(set(pids)) == 3 and os.getpid() not in pids
    assert supervisor.pids() == []
    for pid in pids:  # every child was collected: none is left, not even as a zombie
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
    assert {number: signal.getsignal(number) for number in handlers} == handlers


def test_a_worker_that_cannot_start_ends_everything_with_its_error(tmp_path):
    log = tmp_path / "log"

    def broken(report: Report) -> int:
        note(log, "tried")
        raise UserError("collector.db: the collector database cannot be opened")

    supervisor = Supervisor([broken, serving(log, "w2")], say=lambda line: note(log, line))
    with pytest.raises(UserError, match=r"^collector\.db: the collector database cannot"):
        supervisor.run()
    assert lines(log) == ["tried"]  # once, not in a loop, and the second never started
    assert supervisor.pids() == []


def test_a_worker_ending_at_its_start_without_a_word_is_named(tmp_path):
    def vanishing(report: Report) -> int:
        return 5

    with pytest.raises(UserError, match=r"^worker 1 ended as it started \(exit status 5\)"):
        Supervisor([vanishing]).run()


def test_a_worker_that_ends_later_is_started_anew(tmp_path):
    log, crashed = tmp_path / "log", tmp_path / "crashed"

    def crashes_once(report: Report) -> int:
        report.ready()
        if not crashed.exists():
            crashed.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        while True:
            signal.pause()

    said: list[str] = []

    def say(line: str) -> None:
        said.append(line)
        if "started anew" in line:
            stop_parent()

    Supervisor([crashes_once, serving(log, "w2")], say=say).run()
    assert len(said) == 2, said
    assert said[0].startswith("worker 1 (pid ") and said[0].endswith(
        "ended unexpectedly (signal 9 (SIGKILL)); starting it anew in 0.5 s")
    assert said[1].startswith("worker 1 started anew (pid ")


def test_the_relay_runs_once_after_the_workers_and_is_not_restarted_after_its_end(
        tmp_path, monkeypatch):
    log = tmp_path / "log"

    def relay(report: Report) -> int:
        note(log, "relay")
        return 0  # it gave up and said why (relay_loop): the workers go on

    def ended_relay() -> bool:
        return lines(log)[-1:] == ["relay"] and supervisor.relay is not None \
            and supervisor.relay.pid == 0

    said: list[str] = []
    supervisor = Supervisor([serving(log, "w1"), serving(log, "w2")], relay,
                            say=said.append)
    original = supervisor._step

    def step(deadline: float) -> None:
        original(deadline)
        if ended_relay():
            stop_parent()

    monkeypatch.setattr(supervisor, "_step", step)  # stop once the relay has ended
    supervisor.run()
    assert [line.split()[0] for line in lines(log)].count("relay") == 1
    assert lines(log)[-1] == "relay" and said == []
