"""A worker's share of a rate limit (``collector serve --workers N``)."""

from __future__ import annotations

import pytest

from station_app.collector.ratelimit import RateLimiter, share


@pytest.mark.parametrize(("rate", "burst", "workers", "expected"), [
    (30.0, 20, 1, (30.0, 20)),
    (30.0, 20, 4, (7.5, 5)),
    (600.0, 120, 7, (600.0 / 7, 17)),  # rounded down: 7 × 17 = 119 ≤ 120
    (10.0, 3, 4, (2.5, 1)),  # at least one request per worker
])
def test_the_share_of_one_worker(rate, burst, workers, expected):
    assert share(rate, burst, workers) == expected


@pytest.mark.parametrize("workers", range(1, 65))
def test_all_workers_together_never_allow_more_than_the_limit(workers):
    rate, burst = share(30.0, 100, workers)
    assert rate * workers == pytest.approx(30.0)
    assert burst * workers <= max(100, workers)


def test_a_shared_bucket_allows_its_burst_then_refuses():
    now = [0.0]
    rate, burst = share(60.0, 8, 4)
    limiter = RateLimiter(rate, burst, clock=lambda: now[0])
    assert [limiter.allow("10.0.0.1") for _ in range(3)][:2] == [0.0, 0.0]
    assert limiter.allow("10.0.0.1") == pytest.approx(4.0)  # 15 a minute: one per 4 s
    now[0] += 4.0
    assert limiter.allow("10.0.0.1") == 0.0


def test_no_workers_is_a_mistake():
    with pytest.raises(ValueError, match="at least one worker"):
        share(30.0, 20, 0)
