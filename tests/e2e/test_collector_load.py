"""A signed but hostile station cannot knock the collector over: memory stays within a few
times the body limit and is given back after each refused body, and the event loop keeps
answering while a large body arrives and is parsed. A real collector process on loopback;
memory read from its /proc entry."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from station_app.collector.store import CollectorStore
from tests.e2e.collector_process import CollectorProcess
from tests.e2e.sync_fixtures import enrol, upload_headers

pytestmark = pytest.mark.slow

LIMIT = 32 * 2**20
"""The collector's default body limit."""


def _status(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no {field} in /proc/{pid}/status")


def reset_peak_memory(pid: int) -> int:
    """Set the process's resident-set high-water mark to what it uses now; returns that."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")
    return _status(pid, "VmRSS")


def peak_memory(pid: int) -> int:
    """The process's resident-set high-water mark in bytes."""
    return _status(pid, "VmHWM")


@pytest.fixture
def collector(tmp_path, collector_db):
    store = CollectorStore.open(collector_db)
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    store.close()
    with CollectorProcess(collector_db, log=tmp_path / "collector.log") as running:
        yield running, enrolment


def hostile_bodies() -> dict[str, bytes]:
    """Just under the limit each, shaped to cost the most memory per byte when parsed."""
    size = LIMIT - 1024
    return {
        "empty arrays": b"[" + b"[]," * (size // 3 - 1) + b"[]]",
        "tiny strings": b'["' + b'ab","' * (size // 5 - 1) + b'ab"]',
        "tiny objects": b"[" + b'{"a":0},' * (size // 8 - 1) + b'{"a":0}]',
        "escaped quotes": b'{"t": "' + b'\\"' * (size // 2 - 8) + b'"}',
        "just under the value budget": b"[" + b"0," * 999_000 + b"0]",
        "just under the container budget": b"[" + b"[]," * 49_000 + b"[]]",
        "under both budgets": _card_like(size),
    }


def _card_like(size: int) -> bytes:
    """24,000 objects of 20 fields (under both budgets), padded with text to ``size``."""
    card = b"{" + b",".join(b'"k%d":"v%d"' % (i, i) for i in range(20)) + b"}"
    head = b'{"cards": [' + b",".join([card] * 24_000) + b'], "pad": "'
    return head + b"x" * (size - len(head) - 2) + b'"}'


def test_hostile_signed_bodies_are_refused_within_bounded_memory(collector):
    running, enrolment = collector
    assert running.process is not None
    pid = running.process.pid
    with httpx.Client(base_url=running.url, timeout=120) as client:
        assert client.get("/api/v1/health").status_code == 200
        resident_at_start = _status(pid, "VmRSS")
        for name, body in hostile_bodies().items():
            assert len(body) <= LIMIT, name
            headers = upload_headers(body, enrolment)
            before = reset_peak_memory(pid)
            response = client.post("/api/v1/batches", content=body, headers=headers)
            growth = peak_memory(pid) - before
            assert response.status_code == 422, (name, response.status_code, response.text)
            assert response.json()["detail"], name
            # The body itself, its decoded text and what parsing builds: a few times the
            # limit, for any body a station with a valid key could send.
            assert growth < 5 * LIMIT, f"{name}: peak memory grew by {growth / 2**20:.0f} MB"
            # ... and given back when the body is refused, not kept until the next one.
            kept = _status(pid, "VmRSS") - resident_at_start
            assert kept < LIMIT // 2, f"{name}: {kept / 2**20:.0f} MB still held afterwards"
        assert client.get("/api/v1/health").status_code == 200


def test_the_collector_answers_while_a_large_body_arrives(collector):
    running, enrolment = collector
    body = b'{"t": "' + b"a" * (LIMIT - 4096) + b'"}'
    headers = upload_headers(body, enrolment)

    def slowly():  # 1 MB at a time, as a slow mobile link would
        for start in range(0, len(body), 2**20):
            yield body[start:start + 2**20]
            time.sleep(0.02)

    finished = threading.Event()
    outcome: dict[str, int] = {}

    def upload() -> None:
        with httpx.Client(timeout=120) as client:
            outcome["status"] = client.post(f"{running.url}/api/v1/batches", content=slowly(),
                                            headers=headers).status_code
        finished.set()

    thread = threading.Thread(target=upload)
    thread.start()
    answered_meanwhile = 0
    with httpx.Client(base_url=running.url, timeout=10) as client:
        while not finished.is_set():
            if client.get("/api/v1/health").status_code == 200 and not finished.is_set():
                answered_meanwhile += 1
    thread.join()
    assert outcome["status"] == 422  # not a batch, refused with a reason
    assert answered_meanwhile >= 5, answered_meanwhile
