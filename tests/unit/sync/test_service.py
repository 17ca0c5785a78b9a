"""Uploading batches to an in-process collector: acks, resume, conflicts, the worker."""

from __future__ import annotations

import datetime as dt
import html
import threading

import nacl.public
import pytest
from starlette.testclient import TestClient

from station_app.clock import utc_now
from station_app.collector.app import create_app
from station_app.collector.store import CollectorStore
from station_app.sync import Backoff, StationSync, SyncWorker, sync_until_done
from station_app.sync.transport import Ack, CollectorClient, TransientError
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config
from tests.waiting import wait_until


@pytest.fixture
def http(store):
    with TestClient(create_app(store), base_url="http://collector") as client:
        yield client


@pytest.fixture
def station(store, tmp_path):
    opened = open_station(station_config(batch_size=100), tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def enrolment(store, tmp_path):
    return enrol(store, "buergerhalle-1", tmp_path)


def collector_uuids(store: CollectorStore) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT uuid FROM cards").fetchall()]


def test_sync_delivers_every_card_once_and_marks_them_synced(station, enrolment, store, http):
    uuids = add_cards(station, 250)
    sync = StationSync(station.config, station.db, enrolment,
                       client=CollectorClient("http://collector", http=http))
    report = sync.upload_once()
    assert report.ok and report.acknowledged == 3 and report.cards_acknowledged == 250
    assert sorted(collector_uuids(store)) == sorted(uuids)
    status = sync.status()
    assert status.pending_cards == 0 and status.last_error is None and status.last_success_at
    # A second run has nothing to do and changes nothing.
    assert sync.upload_once().acknowledged == 0
    assert len(collector_uuids(store)) == 250
    assert station.archive.count() == 250  # sync never deletes local cards


class ScriptedClient:
    """Stands in for the HTTP client: fails or lies on the attempts it is told to."""

    def __init__(self, real: CollectorClient, fail_on: set[int] = frozenset(),
                 wrong_hash_on: set[int] = frozenset()) -> None:
        self.real = real
        self.fail_on = fail_on
        self.wrong_hash_on = wrong_hash_on
        self.sent: list[bytes] = []
        self.heartbeats: list[bytes] = []

    def post_heartbeat(self, document: bytes) -> int:
        self.heartbeats.append(document)
        return self.real.post_heartbeat(document)

    def post_batch(self, document: bytes, station_id: str, key) -> Ack:
        self.sent.append(document)
        attempt = len(self.sent)
        if attempt in self.fail_on:
            raise TransientError("connection reset")
        ack = self.real.post_batch(document, station_id, key)
        if attempt in self.wrong_hash_on:
            return Ack(ack.batch_id, "0" * 64, ack.status, 0, 0)
        return ack

    def close(self) -> None:
        pass


def test_a_card_is_synced_only_when_the_ack_carries_the_matching_manifest(
        station, enrolment, http):
    add_cards(station, 50)
    client = ScriptedClient(CollectorClient("http://collector", http=http), wrong_hash_on={1})
    sync = StationSync(station.config, station.db, enrolment, client=client)
    report = sync.upload_once()
    assert not report.ok and "different manifest" in report.errors[0]
    assert sync.status().pending_cards == 50
    # Next run: the collector says "already received" with the right hash; now it counts.
    assert sync.upload_once().ok
    assert sync.status().pending_cards == 0
    assert client.sent[0] == client.sent[1]


def test_a_restart_resumes_with_the_unacknowledged_batches_byte_for_byte(
        station, enrolment, store, http, tmp_path):
    add_cards(station, 300)
    first = ScriptedClient(CollectorClient("http://collector", http=http), fail_on={2})
    report = StationSync(station.config, station.db, enrolment, client=first).upload_once()
    assert report.transient and report.acknowledged == 1
    assert "connection reset" in station.db.execute(
        "SELECT last_error FROM sync_status").fetchone()[0]

    # "Restart": a fresh database connection and fresh services over the same file.
    station.close()
    reopened = open_station(station.config, tmp_path)
    second = ScriptedClient(CollectorClient("http://collector", http=http))
    sync = StationSync(reopened.config, reopened.db, enrolment, client=second)
    assert sync.upload_once().ok
    assert second.sent[0] == first.sent[1]  # the same batch, the same bytes
    assert len(collector_uuids(store)) == 300 and sync.status().pending_cards == 0
    attempts = [b.attempts for b in sync.ledger.batches()]
    assert attempts == [1, 2, 1]
    reopened.close()


def test_a_conflict_is_reported_and_the_other_batches_still_go(station, enrolment, store,
                                                                http):
    uuids = add_cards(station, 150)
    sync = StationSync(station.config, station.db, enrolment,
                       client=CollectorClient("http://collector", http=http))
    # The collector already holds the first card with other content (e.g. a restored
    # backup of another station): its batch must not be marked synced.
    sealed = sync.sealer.seal_pending()
    store.db.execute("INSERT INTO stations VALUES ('x', 'AAAA', '2020-01-01T00:00:00+00:00')")
    store.db.execute(
        "INSERT INTO batches VALUES ('b', 'x', 1, '2020-01-01T00:00:00+00:00',"
        " '2020-01-01T00:00:00+00:00', 'file', 1, 0, 1, 'h', '{}', '{}')")
    store.db.execute("INSERT INTO cards (uuid, code, station_id, batch_id, created_at,"
                     " received_at, data) VALUES (?, 'K7M-4QX-9TRP', 'x', 'b',"
                     " '2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00', '{}')",
                     [uuids[0]])
    report = sync.upload_once()
    assert len(sealed) == 2 and not report.ok and not report.transient
    assert "conflict" in report.errors[0] and report.acknowledged == 1
    assert sync.status().pending_cards == 100
    assert store.counts()["conflicts"] == 1


def test_acknowledged_sealed_contacts_are_purged_from_the_station(station, enrolment, store,
                                                                   http):
    session = station.sessions.current_or_open()
    box = nacl.public.SealedBox(enrolment.collector_public_key).encrypt(b"anna@example.org")
    station.db["contacts"].insert({"uuid": "c-1", "session_id": session.id, "sealed": box,
                                   "consent_version": "1", "consented_at": "2026-09-27"})
    add_cards(station, 1)
    sync = StationSync(station.config, station.db, enrolment,
                       client=CollectorClient("http://collector", http=http))
    assert sync.upload_once().ok
    assert station.db["contacts"].count == 0
    assert store.counts()["contacts"] == 1
    assert station.archive.count() == 1


def test_the_background_worker_syncs_and_reports_status(station, enrolment, store, http):
    add_cards(station, 120)
    reports = []
    done = threading.Event()

    def listener(report, status, error):
        reports.append((report, status, error))
        if status is not None and status.pending_cards == 0:
            done.set()

    worker = SyncWorker(
        lambda: StationSync(station.config, station.db, enrolment,
                            client=CollectorClient("http://collector", http=http)),
        interval=60, backoff=Backoff(base=0.01, cap=0.05), listener=listener)
    worker.start()
    try:
        assert done.wait(20), reports
    finally:
        worker.stop()
    assert not worker.running
    assert len(collector_uuids(store)) == 120


def test_sync_until_done_retries_transient_errors_only(station, enrolment, http):
    add_cards(station, 10)
    client = ScriptedClient(CollectorClient("http://collector", http=http), fail_on={1, 2})
    waits: list[float] = []
    sync = StationSync(station.config, station.db, enrolment, client=client)
    report = sync_until_done(sync, 5, Backoff(base=1.0, cap=8.0), wait=waits.append)
    assert report.ok and len(waits) == 2
    assert 0.5 <= waits[0] <= 1.0 <= waits[1] <= 2.0
    assert sync.status().pending_cards == 0


def _sync(station, enrolment, http) -> StationSync:
    return StationSync(station.config, station.db, enrolment,
                       client=CollectorClient("http://collector", http=http))


def test_a_hide_after_sync_reaches_the_collector_page_and_export(station, enrolment, store,
                                                                 http, tmp_path):
    from station_app.collector.export import merged_rows
    from station_app.collector.reconcile import reconcile
    from station_app.storage.moderation import Moderation

    uuids = add_cards(station, 3)
    sync = _sync(station, enrolment, http)
    assert sync.upload_once().ok
    card = station.archive.get(uuids[0])
    shown = html.escape(card.text)
    assert shown in http.get(f"/k/{card.code}").text
    moderation = Moderation(station.db, station.audit)
    moderation.hide(card.code, "Persönliche Daten")
    report = sync.upload_once()
    assert report.ok and report.acknowledged == 1 and report.cards_acknowledged == 0
    page = http.get(f"/k/{card.code}?lang=de").text
    assert shown not in page and "ausgeblendet" in page
    assert uuids[0] not in [row["uuid"] for row in merged_rows(store)]
    assert uuids[0] in [row["uuid"] for row in merged_rows(store, include_hidden=True)]
    [line] = reconcile(store)
    assert line.cards_stored == 3 and line.complete  # still counted
    moderation.unhide(card.code)
    assert sync.upload_once().ok
    assert shown in http.get(f"/k/{card.code}").text
    # A re-sent batch is a no-op: the events are stored once by their UUID.
    assert store.db.execute("SELECT COUNT(*) FROM moderation_events").fetchone()[0] == 2


def test_a_usb_batch_file_carries_moderation_too(station, enrolment, store, tmp_path):
    from station_app.collector.batch_files import import_batch_files
    from station_app.collector.ingest import BatchIngest
    from station_app.storage.moderation import Moderation

    [uuid] = add_cards(station, 1)
    sync = StationSync(station.config, station.db, enrolment)
    sync.write_files(tmp_path / "usb")
    Moderation(station.db, station.audit).hide(station.archive.get(uuid).code, "Werbung")
    files = sorted(sync.write_files(tmp_path / "usb"))
    report = import_batch_files(BatchIngest(store), files)
    assert report.refused == 0
    assert store.card_by_code(station.archive.get(uuid).code)["hidden"] is True


def test_after_re_enrolment_old_batches_still_arrive(station, enrolment, store, http,
                                                     tmp_path):
    """``collector add-station ID --replace``: what was sealed under the old key is signed
    anew with the new one and arrives; nothing is stranded."""
    from station_app.collector.enrol import add_station

    add_cards(station, 150)
    old = _sync(station, enrolment, http)
    old.sealer.seal_pending()  # two batches sealed with the old key, not sent
    renewed = add_station(store, "buergerhalle-1", "http://collector",
                          tmp_path / "neu.json", replace=True)
    report = _sync(station, renewed, http).upload_once()
    assert report.ok and report.acknowledged == 2 and report.cards_acknowledged == 150
    assert len(collector_uuids(store)) == 150


def test_one_refused_batch_never_blocks_the_later_ones(station, enrolment, store, http):
    """A contact sealed for another collector refuses its batch (the station keeps it,
    with the reason); the cards after it still arrive."""
    session = station.sessions.current_or_open()
    foreign = nacl.public.SealedBox(nacl.public.PrivateKey.generate().public_key)
    station.db["contacts"].insert({"uuid": "c-1", "session_id": session.id,
                                   "sealed": foreign.encrypt(b"x"), "consent_version": "1",
                                   "consented_at": "2026-09-27"})
    sync = _sync(station, enrolment, http)
    sync.sealer.seal_pending()  # the contact's own batch, first in line
    add_cards(station, 5)
    report = sync.upload_once()
    assert report.acknowledged == 1 and report.cards_acknowledged == 5
    assert len(report.errors) == 1 and "another collector's key" in report.errors[0]
    assert station.db["contacts"].count == 1  # kept: nobody has opened it
    [stuck] = sync.ledger.unacknowledged()
    assert stuck.contact_count == 1 and "another collector's key" in stuck.last_error


def test_contacts_stay_until_the_collector_says_it_opened_them(station, enrolment, store,
                                                               http):
    session = station.sessions.current_or_open()
    box = nacl.public.SealedBox(enrolment.collector_public_key).encrypt(b"anna@example.org")
    station.db["contacts"].insert({"uuid": "c-1", "session_id": session.id, "sealed": box,
                                   "consent_version": "1", "consented_at": "2026-09-27"})

    class OldCollector(ScriptedClient):
        """A collector that acknowledges without saying whether it opened the contacts."""

        def post_batch(self, document, station_id, key):
            ack = super().post_batch(document, station_id, key)
            return Ack(ack.batch_id, ack.manifest_sha256, ack.status, 0, 0, None)

    sync = StationSync(station.config, station.db, enrolment,
                       client=OldCollector(CollectorClient("http://collector", http=http)))
    assert sync.upload_once().ok
    assert station.db["contacts"].count == 1  # acknowledged, but not known to be opened


def test_another_connections_commit_is_news_and_the_syncs_own_run_is_not(station,
                                                                         enrolment, http,
                                                                         tmp_path):
    from station_app.storage import open_database

    own = open_database(tmp_path / "station.db")  # the worker's own connection
    sync = StationSync(station.config, own, enrolment,
                       client=CollectorClient("http://collector", http=http))
    try:
        assert sync.has_news()  # never looked: there may be anything
        assert sync.upload_once().ok
        assert not sync.has_news()  # its own sealing and bookkeeping are no news
        add_cards(station, 1)  # the kiosk's connection
        assert sync.has_news() and sync.has_news()  # news until the next run
        assert sync.upload_once().cards_acknowledged == 1
        assert not sync.has_news()
    finally:
        sync.close()
        own.close()


def test_a_live_worker_brings_a_handed_in_card_and_a_hide_at_once(station, enrolment,
                                                                 store, http, tmp_path):
    """The interval is an hour: only the look at the database can bring them."""
    from station_app.storage import open_database
    from station_app.storage.moderation import Moderation

    worker = SyncWorker(
        lambda: StationSync(station.config, open_database(tmp_path / "station.db"),
                            enrolment, client=CollectorClient("http://collector", http=http),
                            owns_db=True),
        interval=3600, backoff=Backoff(base=0.01, cap=0.05), look=0.02)
    worker.start()
    try:
        wait_until(lambda: worker.runs == 1, what="the first run")
        [uuid] = add_cards(station, 1)
        wait_until(lambda: uuid in collector_uuids(store), what="the card at the collector")
        code = station.archive.get(uuid).code
        Moderation(station.db, station.audit).hide(code, "Persönliche Daten")
        wait_until(lambda: store.card_by_code(code)["hidden"], what="the hide")
    finally:
        worker.stop()
    assert worker.runs < 10


def test_each_sync_reports_the_stations_health_at_most_once_a_minute(station, enrolment,
                                                                     store, http, tmp_path):
    from station_app.collector.heartbeats import station_health

    # The station's clock starts at the real now: the collector checks created_at against
    # the real time of the enrolment (a fixed date here went out of its window a day on).
    clock = [utc_now()]
    scripted = ScriptedClient(CollectorClient("http://collector", http=http))
    sync = StationSync(station.config, station.db, enrolment, client=scripted,
                       clock=lambda: clock[0], data_dir=tmp_path)
    add_cards(station, 2)
    report = sync.upload_once()
    assert report.ok and report.heartbeat_sent and len(scripted.heartbeats) == 1
    health = station_health(store)["buergerhalle-1"]
    assert health.heartbeat.pending_cards == 0  # sent after the batches went
    assert health.heartbeat.free_disk_bytes and not health.by_file
    clock[0] += dt.timedelta(seconds=30)
    assert not sync.upload_once().heartbeat_sent  # a live station syncs every few seconds
    clock[0] += dt.timedelta(seconds=40)
    assert sync.upload_once().heartbeat_sent and len(scripted.heartbeats) == 2
