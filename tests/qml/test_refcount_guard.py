"""PySide6 6.12 drops a reference to ``True`` on every ``Signal.emit()``: the kiosk survives."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import station_app.qml  # installs the guard
from PySide6.QtCore import QObject, Signal

class Ticker(QObject):
    ticked = Signal()

ticker = Ticker()
for _ in range(200_000):  # a busy day of keystrokes and countdown ticks
    ticker.ticked.emit()
print("still here")
"""


def test_a_long_day_of_signals_does_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert "still here" in result.stdout
