"""How long this process has been running: the measure for start-up times.

Qt-free and tiny, so a benchmark's bare floor can import it without importing the app.
"""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.monotonic()


def seconds_since_process_start() -> float:
    """Wall time since the process started (Linux), else since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5): starttime, in clock ticks
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT
