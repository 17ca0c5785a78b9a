"""Small timing helpers shared by the benchmark modules."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], repeats: int = 7, warmup: int = 1) -> float:
    """The median wall time of ``action`` over ``repeats`` runs, after ``warmup`` runs."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def row(name: str, value: float, unit: str, floor: float | None, target: str = "",
        floor_name: str = "") -> dict:
    """One table row; ratio is value / floor when there is a floor."""
    return {
        "name": name, "value": value, "unit": unit, "floor": floor,
        "floor_name": floor_name,
        "ratio": (value / floor) if floor else None, "target": target,
    }
