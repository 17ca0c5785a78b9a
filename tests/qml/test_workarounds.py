"""The library workarounds: each one needed, installed explicitly, and still necessary.

The control tests run a bare interpreter without the workaround and assert the upstream
bug is still there on the versions we guard. When one fails, the bug is gone upstream:
narrow the version gate in ``station_app/qml/workarounds.py`` (or drop the workaround).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from station_app.qml.workarounds import needs_refcount_guard

EMITS = 50

BARE = f"""
import sys
from PySide6.QtCore import QObject, Signal

class Ticker(QObject):
    ticked = Signal()

ticker = Ticker()
before = sys.getrefcount(True)
for _ in range({EMITS}):
    ticker.ticked.emit()
print(before - sys.getrefcount(True))
"""

GUARDED = """
from station_app.qml.workarounds import install_workarounds
print(install_workarounds())
from PySide6.QtCore import QObject, Signal

class Ticker(QObject):
    ticked = Signal()

ticker = Ticker()
for _ in range(200_000):  # a busy day of keystrokes and countdown ticks
    ticker.ticked.emit()
print("still here")
"""


def _run(program: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          timeout=120)


def test_the_refcount_bug_is_still_there_where_we_guard_against_it():
    """Control test: without the guard, each emit loses a reference to True."""
    lost = int(_run(BARE).stdout.strip())
    if needs_refcount_guard():
        assert lost == EMITS, ("PySide6 no longer drops a reference per Signal.emit(): "
                               "narrow REFCOUNT_BUG_VERSIONS in station_app/qml/workarounds.py")
    else:
        assert lost == 0, "this PySide6 has the refcount bug: widen REFCOUNT_BUG_VERSIONS"


def test_importing_the_bridges_installs_nothing():
    """No import side effect: the workaround is installed by the start-up code only."""
    result = _run("import station_app.qml, station_app.qml.kiosk\n" + BARE.replace(
        f"range({EMITS})", "range(5)"))
    assert result.returncode == 0
    assert int(result.stdout.strip()) == (5 if needs_refcount_guard() else 0)


def test_a_long_day_of_signals_does_not_abort_the_interpreter():
    result = _run(GUARDED)
    assert result.returncode == 0, result.stderr[-500:]
    assert "still here" in result.stdout
    expected = "['refcount']" if needs_refcount_guard() else "[]"
    assert result.stdout.splitlines()[0] == expected


@pytest.mark.parametrize(("version", "python", "needed"), [
    ((6, 12), (3, 11), True), ((6, 11), (3, 11), False), ((6, 13), (3, 11), False),
    ((6, 12), (3, 12), False),
])
def test_the_version_gate(version, python, needed):
    assert needs_refcount_guard(version, python) is needed
