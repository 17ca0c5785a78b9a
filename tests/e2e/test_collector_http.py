"""The real collector process refuses tampered and foreign batches; replays change nothing."""

from __future__ import annotations

import json

import httpx
import nacl.signing
import pytest

from station_app.collector.store import CollectorStore
from station_app.protocol.batch import manifest_sha256
from station_app.protocol.canonical import canonical_json
from station_app.protocol.signatures import sign_document
from station_app.sync import StationSync
from tests.e2e.collector_process import CollectorProcess
from tests.e2e.sync_fixtures import (
    add_cards,
    enrol,
    open_station,
    station_config,
    upload_headers,
)


@pytest.fixture
def running(tmp_path, collector_db):
    db = collector_db
    store = CollectorStore.open(db)
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    store.close()
    station = open_station(station_config(batch_size=10))
    add_cards(station, 20)
    batches = [b.document for b in
               StationSync(station.config, station.db, enrolment).sealer.seal_pending()]
    station.close()
    with CollectorProcess(db, log=tmp_path / "collector.log") as collector:
        yield collector, enrolment, batches


def health_cards(collector: CollectorProcess) -> int:
    return httpx.get(f"{collector.url}/api/v1/health").json()["cards"]


def post(collector: CollectorProcess, body: bytes,
         key: nacl.signing.SigningKey) -> httpx.Response:
    """Upload as a station does: named, and the bytes signed with ``key``."""
    return httpx.post(f"{collector.url}/api/v1/batches", content=body,
                      headers=upload_headers(body, key=key))


def test_tampered_unknown_key_replay_and_conflict_over_http(running):
    collector, enrolment, batches = running
    first = post(collector, batches[0], enrolment.signing_key)
    assert first.status_code == 201 and first.json()["cards_stored"] == 10

    tampered = json.loads(batches[1])
    tampered["cards"][3]["text"] = "Manipuliert"
    tampered["manifest_sha256"] = manifest_sha256(tampered["cards"], tampered["contacts"])
    response = post(collector, canonical_json(tampered), enrolment.signing_key)
    assert response.status_code == 403 and "signature" in response.json()["detail"]

    stranger = nacl.signing.SigningKey.generate()
    response = post(collector, sign_document(json.loads(batches[1]), stranger), stranger)
    assert response.status_code == 403
    assert health_cards(collector) == 10

    replay = post(collector, batches[0], enrolment.signing_key)
    assert replay.status_code == 200 and replay.json()["status"] == "already-received"
    assert replay.json()["manifest_sha256"] == first.json()["manifest_sha256"]
    assert health_cards(collector) == 10

    changed = json.loads(batches[0])
    changed["batch_id"] = "0f0e8f5c-0d51-4a0c-8a9e-2f6f1b1b2c3d"
    changed["seq"] = 3
    changed["cards"][0]["text"] = "Andere Fassung"
    changed["manifest_sha256"] = manifest_sha256(changed["cards"], changed["contacts"])
    conflict = post(collector, sign_document(changed, enrolment.signing_key), enrolment.signing_key)
    assert conflict.status_code == 409 and "other content" in conflict.json()["detail"]
    assert health_cards(collector) == 10

    assert post(collector, batches[1], enrolment.signing_key).status_code == 201
    assert health_cards(collector) == 20
    collector.stop()
    store = CollectorStore.open(collector.db)
    try:
        assert store.counts()["conflicts"] == 1
        assert store.db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 2
    finally:
        store.close()
