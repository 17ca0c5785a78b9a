"""Slow work off the GUI thread: the outcome always comes back, as a value or as a refusal
the screen can word; a runner that goes away meanwhile takes nothing down with it."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject

from station_app.errors import UserError
from station_app.qml.jobs import UNEXPECTED, JobRunner
from station_app.texts import Message


def _wait_for(qtbot, results: list) -> None:
    qtbot.waitUntil(lambda: bool(results), timeout=3000)


def test_a_result_arrives_on_the_gui_thread(qtbot):
    runner, results = JobRunner(), []
    runner.run(lambda: 6 * 7, results.append, results.append)
    _wait_for(qtbot, results)
    assert results == [42]


def test_a_refusal_arrives_as_the_error_itself_with_its_words(qtbot):
    words = Message("Storage", "Der Speicher der Station ist voll.")
    runner, failures = JobRunner(), []

    def refuse() -> None:
        raise UserError("the disk is full", words)

    runner.run(refuse, failures.append, failures.append)
    _wait_for(qtbot, failures)
    [error] = failures
    assert isinstance(error, UserError) and error.message is words
    assert str(error) == "the disk is full"


def test_a_bug_arrives_as_an_unexpected_failure_and_goes_to_the_log(qtbot, caplog):
    runner, failures = JobRunner(), []
    runner.run(lambda: 1 / 0, failures.append, failures.append, "dividing")
    _wait_for(qtbot, failures)
    [error] = failures
    assert error.message is UNEXPECTED
    assert "ZeroDivisionError" in str(error)
    assert "dividing failed" in caplog.text


def test_a_runner_deleted_right_after_its_job_finishes_does_not_crash(qtbot):
    """The owner of a runner may be closed while its last outcome is still on its way out
    (its callback has run, its own clean-up not yet)."""
    owner = QObject()
    runner, results = JobRunner(parent=owner), []
    runner.run(lambda: "done", results.append, results.append)
    _wait_for(qtbot, results)
    del runner, owner  # deleted at once, before the event loop runs again
    gc.collect()
    QCoreApplication.sendPostedEvents(None, 0)
    QCoreApplication.processEvents()  # the outcome's let-go timer, if it is still there
    QCoreApplication.sendPostedEvents(None, 0)
    assert results == ["done"]
