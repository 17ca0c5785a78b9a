"""The suite's one way to wait for something outside Qt's event loop: poll, with a deadline.

(Qt tests use ``qtbot.waitUntil``/``waitSignal``; this is for threads, processes and
servers.) A failure names what was awaited.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(condition: Callable[[], T], timeout: float = 10.0,
               what: str = "the condition", interval: float = 0.02) -> T:
    """Poll ``condition`` until it returns something truthy and return that."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)  # the poll interval inside a bounded wait
