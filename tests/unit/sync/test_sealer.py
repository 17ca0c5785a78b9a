"""Sealing cards into signed batches, batch files and the enrolment file."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import random

import nacl.public
import nacl.signing
import pytest

from station_app.errors import UserError
from station_app.protocol.batch import manifest_sha256, parse_document
from station_app.protocol.canonical import canonical_json
from station_app.protocol.files import atomic_write
from station_app.protocol.signatures import SignatureError, verify_signature
from station_app.storage.moderation import Moderation
from station_app.sync import Backoff, StationSync, read_enrolment
from station_app.sync.sealer import BatchSealer
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config


@pytest.fixture
def enrolled(store, tmp_path):
    station = open_station(station_config(batch_size=500))
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    yield station, enrolment
    station.close()


def test_pending_cards_are_sealed_into_signed_batches_of_the_configured_size(enrolled):
    station, enrolment = enrolled
    uuids = add_cards(station, 1200)
    sync = StationSync(station.config, station.db, enrolment)
    batches = sync.sealer.seal_pending()

    assert [b.seq for b in batches] == [1, 2, 3]
    assert [b.card_count for b in batches] == [500, 500, 200]
    sealed: list[str] = []
    for batch in batches:
        document = parse_document(batch.document)
        verify_signature(document, enrolment.signing_key.verify_key)
        assert document["manifest_sha256"] == batch.manifest_sha256 == manifest_sha256(
            document["cards"], document["contacts"])
        assert document["totals"]["batches_sealed"] == batch.seq
        sealed += [card["uuid"] for card in document["cards"]]
    assert sorted(sealed) == sorted(uuids)
    assert document["totals"]["cards_sealed"] == 1200
    # Nothing is left to seal, and sealing never touches the cards themselves.
    assert sync.sealer.seal_pending() == []
    assert station.archive.count() == 1200


def test_a_batch_card_carries_what_the_follow_up_page_shows(enrolled):
    station, enrolment = enrolled
    add_cards(station, 1)
    sync = StationSync(station.config, station.db, enrolment)
    document = parse_document(sync.sealer.seal_pending()[0].document)
    card = document["cards"][0]
    prompt = card["labels"]["prompt"]  # in every language the station offers
    assert set(prompt) == set(station.config.kiosk.languages)
    assert prompt["de"] == "Was macht Dortmund heute aus?"
    assert prompt["ls"] == "Was ist typisch für Dortmund?"
    assert prompt["en"] == "What makes Dortmund what it is today?"
    assert card["labels"]["topic"]["de"] == "Arbeit, Produktion und Handel"
    assert card["labels"]["district"] == {"de": "Eving"}
    assert card["session"]["name"]
    assert document["event"]["name"] == "Dortmunder Stadtgespräch – Stadtkonferenz"
    assert document["event"]["participation_url"].startswith("https://")


def test_any_change_to_a_signed_batch_breaks_the_signature(enrolled):
    station, enrolment = enrolled
    add_cards(station, 3)
    raw = StationSync(station.config, station.db, enrolment).sealer.seal_pending()[0].document
    document = json.loads(raw)
    document["cards"][1]["text"] = "Untergeschoben"
    with pytest.raises(SignatureError):
        verify_signature(document, enrolment.signing_key.verify_key)
    stranger = nacl.signing.SigningKey.generate().verify_key
    with pytest.raises(SignatureError):
        verify_signature(json.loads(raw), stranger)
    # The signed bytes are canonical: parsing and re-serialising gives the same bytes.
    assert canonical_json(json.loads(raw)) == raw


def test_sealed_contacts_travel_in_a_batch_of_their_own_and_only_the_collector_opens_them(
        enrolled, store):
    station, enrolment = enrolled
    session = station.sessions.current_or_open()
    sealed = nacl.public.SealedBox(enrolment.collector_public_key).encrypt(
        b'{"email": "anna@example.org"}')
    station.db["contacts"].insert({"uuid": "c-1", "session_id": session.id, "sealed": sealed,
                                   "consent_version": "2026-1",
                                   "consented_at": "2026-09-28T10:00:00+00:00"})
    add_cards(station, 2)
    batches = StationSync(station.config, station.db, enrolment).sealer.seal_pending()
    cards, contacts = (parse_document(batch.document) for batch in batches)
    assert [(b.card_count, b.contact_count) for b in batches] == [(2, 0), (0, 1)]
    assert cards["contacts"] == [] and contacts["cards"] == []
    assert contacts["contacts"][0]["consented_at"] == "2026-09-28"  # the day, nothing finer
    box = base64.b64decode(contacts["contacts"][0]["sealed"])
    assert nacl.public.SealedBox(store.private_key()).decrypt(box) == \
        b'{"email": "anna@example.org"}'
    with pytest.raises(nacl.exceptions.CryptoError):
        nacl.public.SealedBox(nacl.public.PrivateKey.generate()).decrypt(box)


def test_batch_files_are_written_atomically_and_cards_stay_pending(enrolled, tmp_path):
    station, enrolment = enrolled
    add_cards(station, 700)
    sync = StationSync(station.config, station.db, enrolment)
    stick = tmp_path / "usb"
    files = sync.write_files(stick)
    assert [f.name[:22] for f in files] == ["buergerhalle-1-000001-", "buergerhalle-1-000002-"]
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [f.name for f in files] + ["buergerhalle-1.heartbeat.json"])  # the office sees it
    assert files[0].read_bytes() == sync.ledger.get(sync.ledger.batches()[0].batch_id).document
    status = sync.status()
    assert status.pending_cards == 700 and status.pending_batches == 2
    # Writing again rewrites the same two batches; nothing new is sealed.
    assert [f.name for f in sync.write_files(stick)] == [f.name for f in files]


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "batch.json"
    atomic_write(target, b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(UserError, match=r"batch\.json: the disk is full"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["batch.json"]


def test_backoff_grows_exponentially_with_bounded_jitter():
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(7))
    for failures in range(1, 12):
        ceiling = min(60.0, 2 ** (failures - 1))
        delay = backoff.delay(failures)
        assert ceiling / 2 <= delay <= ceiling
    again = Backoff(base=1.0, cap=60.0, rng=random.Random(7))
    one = Backoff(base=1.0, cap=60.0, rng=random.Random(7))
    first = [one.delay(n) for n in (1, 2, 3)]
    assert first == [again.delay(n) for n in (1, 2, 3)]
    with pytest.raises(ValueError):
        Backoff(base=0)


def test_enrolment_file_round_trip_and_clear_errors(store, tmp_path):
    enrolment = enrol(store, "nachbarschaft-eving", tmp_path, url="https://sammelstelle.test/")
    path = tmp_path / "enrolment-nachbarschaft-eving.json"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    loaded = read_enrolment(path)
    assert loaded.station_id == "nachbarschaft-eving"
    assert loaded.collector_url == "https://sammelstelle.test"
    assert bytes(loaded.signing_key) == bytes(enrolment.signing_key)
    assert bytes(loaded.collector_public_key) == bytes(store.private_key().public_key)

    with pytest.raises(UserError, match="not found"):
        read_enrolment(tmp_path / "missing.json")
    damaged = json.loads(path.read_text())
    damaged["verify_key"] = base64.b64encode(bytes(32)).decode()
    (tmp_path / "damaged.json").write_text(json.dumps(damaged))
    with pytest.raises(UserError, match="verify_key"):
        read_enrolment(tmp_path / "damaged.json")
    with pytest.raises(UserError, match="already registered"):
        enrol(store, "nachbarschaft-eving", tmp_path / "other")


def test_the_station_refuses_an_enrolment_for_another_station(store, tmp_path):
    from station_app.sync import load_station_enrolment

    enrol(store, "andere-station", tmp_path)
    (tmp_path / "enrolment-andere-station.json").rename(tmp_path / "enrolment.json")
    with pytest.raises(UserError, match="andere-station"):
        load_station_enrolment(station_config(), tmp_path)


def test_a_batch_created_time_is_utc(enrolled):
    station, enrolment = enrolled
    add_cards(station, 1)
    document = parse_document(
        StationSync(station.config, station.db, enrolment).sealer.seal_pending()[0].document)
    assert dt.datetime.fromisoformat(document["created_at"]).utcoffset() == dt.timedelta(0)


def _contact(station, uuid: str, day: str) -> None:
    station.db["contacts"].insert({
        "uuid": uuid, "session_id": station.sessions.current_or_open().id,
        "sealed": b"sealed-" + uuid.encode(), "consent_version": "2026-1",
        "consented_at": day})


def test_contacts_wait_until_they_cannot_single_anyone_out(enrolled):
    """Fewer than five of today's contacts stay on the station; five go, shuffled; and
    yesterday's go however few they are."""
    import random

    station, enrolment = enrolled
    now = dt.datetime(2026, 9, 28, 15, 0, tzinfo=dt.UTC)
    today, yesterday = "2026-09-28", "2026-09-27"
    sealer = BatchSealer(station.config, station.db, enrolment.signing_key,
                         clock=lambda: now, shuffle=random.Random(3).shuffle)
    for i in range(4):
        _contact(station, f"c-{i}", today)
    assert sealer.seal_pending() == []
    _contact(station, "c-4", today)
    [batch] = sealer.seal_pending()
    order = [c["uuid"] for c in parse_document(batch.document)["contacts"]]
    expected = sorted(f"c-{i}" for i in range(5))
    random.Random(3).shuffle(expected)
    assert order == expected and order != sorted(order)
    _contact(station, "c-5", yesterday)
    [late] = sealer.seal_pending()
    assert [c["uuid"] for c in parse_document(late.document)["contacts"]] == ["c-5"]


def test_hides_after_sealing_travel_in_the_next_batch(enrolled):
    station, enrolment = enrolled
    [uuid] = add_cards(station, 1)
    sealer = BatchSealer(station.config, station.db, enrolment.signing_key)
    [first] = sealer.seal_pending()
    card = station.archive.get(uuid)
    moderation = Moderation(station.db, station.audit)
    moderation.hide(card.code, "Persönliche Daten")
    moderation.unhide(card.code)
    [second] = sealer.seal_pending()
    document = parse_document(second.document)
    assert document["cards"] == [] and first.card_count == 1
    assert [(m["card_uuid"], m["hidden"], m["reason"]) for m in document["moderation"]] == [
        (uuid, True, "Persönliche Daten"), (uuid, False, "")]
    assert document["manifest_sha256"] == manifest_sha256([], [], document["moderation"])
    assert sealer.seal_pending() == []  # each decision travels once
