"""Per-client token buckets, so card codes cannot be enumerated through the follow-up page.

A bucket holds ``burst`` tokens and refills at ``per_minute``; each request takes one. The
client is the TCP peer address, or the address a trusted reverse proxy names
(``forwarded``, ``collector serve --trusted-proxy``).

The buckets live in the process's memory. With several worker processes (``collector serve
--workers N``) each worker keeps buckets of its own with its ``share`` of the limit.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable


class RateLimiter:
    """Token buckets keyed by client; the oldest idle buckets are forgotten first."""

    def __init__(self, per_minute: float, burst: int, max_clients: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self._max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 if the request may go ahead, else the seconds until it may."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.pop(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate if self.rate > 0 else 60.0
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self._max_clients:
                self._buckets.popitem(last=False)
            return wait


def share(per_minute: float, burst: int, workers: int) -> tuple[float, int]:
    """One worker's part of a limit that ``workers`` processes keep together, each in its
    own memory (``collector serve --workers N``): the rate divided evenly, the burst
    rounded down – so that all workers together never allow more than the limit – but at
    least one request (with fewer burst requests than workers, the workers together allow
    one per worker)."""
    if workers < 1:
        raise ValueError("at least one worker")
    return per_minute / workers, max(1, burst // workers)
