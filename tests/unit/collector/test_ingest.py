"""The collector's batch rules: signature, station, window, idempotency, conflicts."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import uuid as uuid_module

import nacl.signing
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app.collector.export import write_export
from station_app.collector.ingest import BatchIngest, IngestError
from station_app.collector.reconcile import format_table, reconcile
from station_app.collector.store import CollectorStore
from station_app.protocol.batch import manifest_sha256
from station_app.protocol.batch_body import read_body
from station_app.protocol.canonical import b64encode, canonical_json
from station_app.protocol.signatures import sign_document, upload_signature
from station_app.sync import StationSync
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config

NOW = dt.datetime(2026, 9, 28, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def ingest(store):
    return BatchIngest(store, clock=lambda: NOW)


def sealed_batches(store, tmp_path, count, station_id="buergerhalle-1", batch_size=500,
                   enrolment=None):
    enrolment = enrolment or enrol(store, station_id, tmp_path,
                                   now=NOW - dt.timedelta(days=1))
    station = open_station(station_config(batch_size=batch_size, station_id=station_id),
                           clock=lambda: NOW - dt.timedelta(hours=1))
    add_cards(station, count, prefix=station_id)
    sync = StationSync(station.config, station.db, enrolment,
                       clock=lambda: NOW - dt.timedelta(minutes=5))
    batches = [b.document for b in sync.sealer.seal_pending()]
    station.close()
    return batches, enrolment


def test_a_batch_is_stored_and_a_replay_changes_nothing(store, ingest, tmp_path):
    (raw,), _ = sealed_batches(store, tmp_path, 40)
    first = ingest.ingest(raw)
    assert first.status == "stored" and first.cards_stored == 40
    before = store.counts()
    again = ingest.ingest(raw, via="file")
    assert again.status == "already-received"
    assert again.manifest_sha256 == first.manifest_sha256
    assert store.counts() == before


def test_tampered_and_foreign_batches_are_refused_and_recorded(store, ingest, tmp_path):
    (raw,), _ = sealed_batches(store, tmp_path, 5)
    document = json.loads(raw)
    document["cards"][0]["text"] = "Untergeschoben"
    with pytest.raises(IngestError) as refused:
        ingest.ingest(canonical_json(document))
    assert refused.value.status == 403 and "signature" in str(refused.value)

    stranger = nacl.signing.SigningKey.generate()
    with pytest.raises(IngestError) as foreign:
        ingest.ingest(sign_document(json.loads(raw), stranger))
    assert foreign.value.status == 403

    unknown = json.loads(raw)
    unknown["station_id"] = "niemand"
    with pytest.raises(IngestError, match="unknown station"):
        ingest.ingest(sign_document(unknown, stranger))

    assert store.counts()["cards"] == 0
    assert store.db.execute("SELECT COUNT(*) FROM rejections").fetchone()[0] == 3


def test_a_signed_batch_with_a_wrong_manifest_is_refused(store, ingest, tmp_path):
    (raw,), enrolment = sealed_batches(store, tmp_path, 5)
    document = json.loads(raw)
    document["cards"].pop()
    with pytest.raises(IngestError) as refused:
        ingest.ingest(sign_document(document, enrolment.signing_key))
    assert refused.value.status == 422 and "manifest" in str(refused.value)


@pytest.mark.parametrize("created_at", [NOW + dt.timedelta(days=2),
                                        NOW - dt.timedelta(days=30)])
def test_batches_outside_the_time_window_are_refused(store, ingest, tmp_path, created_at):
    (raw,), enrolment = sealed_batches(store, tmp_path, 2)
    document = json.loads(raw)
    document["created_at"] = created_at.isoformat()
    with pytest.raises(IngestError, match="window"):
        ingest.ingest(sign_document(document, enrolment.signing_key))


def sent_again(raw: bytes, enrolment, change) -> bytes:
    """The batch's cards in a new batch (seq 2), changed by ``change``, signed again."""
    document = json.loads(raw)
    document["batch_id"] = str(uuid_module.uuid4())
    document["seq"] = 2
    change(document)
    document["manifest_sha256"] = manifest_sha256(document["cards"], document["contacts"])
    return sign_document(document, enrolment.signing_key)


def test_same_uuid_with_other_content_is_a_recorded_conflict(store, ingest, tmp_path):
    (raw,), enrolment = sealed_batches(store, tmp_path, 3)
    ingest.ingest(raw)

    def changed(document):
        document["cards"][1]["text"] = "Nachträglich geändert"

    with pytest.raises(IngestError) as conflict:
        ingest.ingest(sent_again(raw, enrolment, changed))
    assert conflict.value.status == 409
    row = store.db.execute("SELECT card_uuid, reason FROM conflicts").fetchone()
    assert row[0] == json.loads(raw)["cards"][1]["uuid"] and "other content" in row[1]
    assert store.counts()["batches"] == 1  # nothing of the conflicting batch was stored

    reused = json.loads(raw)
    reused["cards"] = reused["cards"][:1]
    reused["manifest_sha256"] = manifest_sha256(reused["cards"], reused["contacts"])
    with pytest.raises(IngestError) as again:
        ingest.ingest(sign_document(reused, enrolment.signing_key))
    assert again.value.status == 409 and "batch" in str(again.value)


def test_a_card_sent_again_with_other_labels_is_no_conflict(store, ingest, tmp_path):
    """Only a card's own fields are compared: a topic renamed at the station since."""
    (raw,), enrolment = sealed_batches(store, tmp_path, 3)
    ingest.ingest(raw)

    def renamed(document):
        for card in document["cards"]:
            card["labels"] = {"topic": {"de": "Umbenannt"}}

    again = ingest.ingest(sent_again(raw, enrolment, renamed))
    assert (again.status, again.cards_stored, again.cards_already_present) == ("stored", 0, 3)
    assert store.counts()["conflicts"] == 0


def test_each_card_is_kept_as_its_canonical_json(store, ingest, tmp_path):
    """Cut from the body the station wrote, or written anew from a body laid out
    otherwise: the same text in ``cards.data``."""
    (raw, other), _ = sealed_batches(store, tmp_path, 6, batch_size=3)
    ingest.ingest(raw)
    ingest.ingest(json.dumps(json.loads(other), indent=2).encode("utf-8"), via="file")
    cards = [*json.loads(raw)["cards"], *json.loads(other)["cards"]]
    stored = dict(store.db.execute("SELECT uuid, data FROM cards").fetchall())
    assert stored == {card["uuid"]: canonical_json(card).decode("utf-8") for card in cards}


def test_a_signed_body_with_a_member_twice_is_refused(store, ingest, tmp_path):
    """A station key that signs its own spelling with a card's text twice (a JSON parser
    keeps the last, a database may read the first) gets nothing stored."""
    (raw,), enrolment = sealed_batches(store, tmp_path, 2)
    text = raw.decode("utf-8").replace('"text":', '"text":"Untergeschoben","text":', 1)
    body = read_body(text.encode("utf-8"))
    assert body is not None
    signature = b64encode(enrolment.signing_key.sign(body.unsigned).signature)
    twice = text.replace(bytes(body.values["signature"]).decode("ascii"),
                         canonical_json(signature).decode("ascii"))
    with pytest.raises(IngestError) as refused:
        ingest.ingest(twice.encode("utf-8"))
    assert refused.value.status == 403 and store.counts()["cards"] == 0


def test_malformed_batches_are_refused_without_a_crash(store, ingest):
    for raw in (b"", b"[]", b"{}", b"\xff", b'{"format": "station-batch/1"}',
                b'{"format":"station-batch/1","batch_id":"x","station_id":"s","seq":0,'
                b'"created_at":"t","manifest_sha256":"m","cards":[],"contacts":[]}'):
        with pytest.raises(IngestError) as refused:
            ingest.ingest(raw)
        assert refused.value.status == 422


def test_reconciliation_shows_missing_batches_per_station(store, ingest, tmp_path):
    batches, _ = sealed_batches(store, tmp_path, 250, batch_size=100)
    other, _ = sealed_batches(store, tmp_path, 20, station_id="eving-1")
    ingest.ingest(batches[0])
    ingest.ingest(batches[2])
    ingest.ingest(other[0])
    lines = {line.station_id: line for line in reconcile(store)}
    halle = lines["buergerhalle-1"]
    assert halle.missing_seqs == [2] and halle.highest_seq == 3
    assert halle.cards_claimed == 250 and halle.cards_stored == 150
    assert not halle.complete
    assert lines["eving-1"].complete and lines["eving-1"].cards_stored == 20
    ingest.ingest(batches[1])
    assert reconcile(store)[0].complete
    assert "complete" in format_table(reconcile(store))


def test_export_merges_all_stations_and_neutralises_formulas(store, ingest, tmp_path):
    batches, enrolment = sealed_batches(store, tmp_path, 3)
    document = json.loads(batches[0])
    document["cards"][0]["text"] = "=HYPERLINK(\"http://evil\")"
    document["cards"][2]["hidden"] = True
    document["manifest_sha256"] = manifest_sha256(document["cards"], document["contacts"])
    ingest.ingest(sign_document(document, enrolment.signing_key))
    other, _ = sealed_batches(store, tmp_path, 2, station_id="eving-1")
    ingest.ingest(other[0])

    assert write_export(store, "csv", tmp_path / "alle.csv") == 4
    with (tmp_path / "alle.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {r["Station"] for r in rows} == {"buergerhalle-1", "eving-1"}
    assert any(r["Text"].startswith("'=HYPERLINK") for r in rows)
    assert rows[0]["Frage"] and rows[0]["Veranstaltung"]

    assert write_export(store, "json", tmp_path / "alle.json", include_hidden=True) == 5
    exported = json.loads((tmp_path / "alle.json").read_text(encoding="utf-8"))
    assert exported["count"] == 5 and exported["stations"] == ["buergerhalle-1", "eving-1"]
    assert "sealed" not in (tmp_path / "alle.json").read_text(encoding="utf-8")


def test_only_the_collector_opens_the_mitmachpool_contacts(store, ingest, tmp_path):
    """A contact sealed for another collector's key refuses its batch (the station keeps
    it); one sealed for this collector is opened and exported, by day, never with a time."""
    import nacl.public

    from station_app.collector.export import write_contacts

    enrolment = enrol(store, "buergerhalle-1", tmp_path, now=NOW - dt.timedelta(days=3))
    yesterday = (NOW - dt.timedelta(days=1)).isoformat()
    station = open_station(station_config(), clock=lambda: NOW - dt.timedelta(days=1))
    session = station.sessions.current_or_open()
    sync = StationSync(station.config, station.db, enrolment, clock=lambda: NOW)
    batches = []
    for uuid, key in (("c-2", nacl.public.PrivateKey.generate().public_key),
                      ("c-1", enrolment.collector_public_key)):
        payload = json.dumps({"email": f"{uuid}@example.org", "language": "de",
                              "consent_version": "2026-1", "consented_on": yesterday[:10]})
        station.db["contacts"].insert({
            "uuid": uuid, "session_id": session.id, "consent_version": "2026-1",
            "consented_at": yesterday[:10],
            "sealed": nacl.public.SealedBox(key).encrypt(payload.encode())})
        batches += [b.document for b in sync.sealer.seal_pending()]
    station.close()
    assert len(batches) == 2 and b"@example.org" not in b"".join(batches)
    with pytest.raises(IngestError, match="sealed for another collector's key") as refused:
        ingest.ingest(batches[0])
    assert refused.value.status == 422
    accepted = ingest.ingest(batches[1])
    assert accepted.contacts_opened == 1
    assert write_contacts(store, tmp_path / "kontakte.csv") == 1
    text = (tmp_path / "kontakte.csv").read_text(encoding="utf-8-sig")
    assert "c-1@example.org" in text and "c-2@example.org" not in text
    assert yesterday[:10] in text and yesterday[:16] not in text  # a day, never a time
    assert oct((tmp_path / "kontakte.csv").stat().st_mode & 0o777) == "0o600"


# --- hostile documents: always a reason with a 4xx, never anything else ----------------------

JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                        st.text(max_size=20), st.just("\ud800"), st.just(2**63),
                        st.just(-(2**70)))
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)
FIELDS = ("format", "batch_id", "station_id", "seq", "created_at", "cards", "contacts",
          "moderation", "manifest_sha256", "event", "totals")
CARD_KEYS = ("uuid", "code", "session_id", "station_id", "created_at", "prompt_id", "topic_id",
             "district_id", "age_group_id", "language", "source", "text", "labels", "hidden")
RAW_HOSTILE = [b'{"seq": 1' + b"0" * 5000 + b"}", b"[" * 100_000 + b"]" * 100_000,
               b'{"format": "station-batch/1", "text": "\\ud800"}', b"\xff\xfe", b"NaN",
               b'{"a": 1e999}', b"", b"null", b'"x"']


def _refused_cleanly(ingest: BatchIngest, raw: bytes, **claims: str) -> None:
    try:
        ingest.ingest(raw, **claims)
    except IngestError as error:
        assert 400 <= error.status < 500
        str(error).encode("utf-8")  # the reason can be shown and stored


@pytest.fixture(scope="module")
def hostile_setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    store = CollectorStore.open(":memory:")
    (raw, *_), enrolment = sealed_batches(store, folder, 3)
    yield BatchIngest(store, clock=lambda: NOW), json.loads(raw), enrolment, store
    store.close()


@pytest.mark.parametrize("raw", RAW_HOSTILE)
def test_hostile_bytes_are_refused_with_a_reason(hostile_setup, raw):
    ingest, _document, enrolment, _store = hostile_setup
    _refused_cleanly(ingest, raw)
    signature = upload_signature(raw, enrolment.signing_key)
    _refused_cleanly(ingest, raw, claimed_station="buergerhalle-1", raw_signature=signature)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(FIELDS), value=JSON_VALUES)
def test_any_field_of_a_signed_batch_replaced_by_anything(hostile_setup, field, value):
    """Signed with the station's real key, so every check behind the signature is reached."""
    ingest, document, enrolment, store = hostile_setup
    changed = {**document, field: value}
    before = store.counts()
    _refused_cleanly(ingest, _signed(changed, enrolment))
    assert store.counts()["cards"] in (before["cards"], before["cards"] + 3)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(CARD_KEYS), value=JSON_VALUES)
def test_any_field_of_a_card_replaced_by_anything(hostile_setup, key, value):
    ingest, document, enrolment, _store = hostile_setup
    cards = [dict(card) for card in document["cards"]]
    cards[0][key] = value
    changed = {**document, "cards": cards,
               "manifest_sha256": _manifest(cards, document["contacts"])}
    _refused_cleanly(ingest, _signed(changed, enrolment))


def _manifest(cards, contacts) -> str:
    try:
        return manifest_sha256(cards, contacts)
    except (ValueError, UnicodeEncodeError, TypeError):
        return "0" * 64  # not even hashable: the collector must still answer with a reason


def _signed(document: dict, enrolment) -> bytes:
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    try:
        return sign_document(unsigned, enrolment.signing_key)
    except (ValueError, UnicodeEncodeError, TypeError):
        # No canonical form (NaN, lone surrogates): send what a hostile client would.
        return json.dumps(unsigned, allow_nan=True).encode("utf-8", "surrogatepass")


# --- approvals for the live wall, given at the station ------------------------------------


def approved_at(store, card_uuid: str) -> str | None:
    return store.db.execute("SELECT wall_approved_at FROM office_cards WHERE uuid = ?",
                            [card_uuid]).fetchone()[0]


def test_an_approval_from_a_station_is_applied_once_like_an_office_approval(store, ingest,
                                                                            tmp_path):
    from station_app.collector.office.audit import WALL_APPROVED, AuditLog

    enrolment = enrol(store, "saal-1", tmp_path, now=NOW - dt.timedelta(days=1))
    station = open_station(station_config(station_id="saal-1"),
                           clock=lambda: NOW - dt.timedelta(hours=1))
    sync = StationSync(station.config, station.db, enrolment,
                       clock=lambda: NOW - dt.timedelta(minutes=5))
    try:
        first, second = add_cards(station, 2)
        code = station.archive.get(first).code
        station.moderation.approve_for_wall(code)
        (raw,) = [batch.document for batch in sync.sealer.seal_pending()]
        document = json.loads(raw)
        assert [a["card_uuid"] for a in document["approvals"]] == [first]
        assert ingest.ingest(raw, via="http").status == "stored"
        assert approved_at(store, first) == NOW.isoformat()
        assert approved_at(store, second) is None
        assert ingest.ingest(raw, via="file").status == "already-received"
        entries = [(e.actor, e.action, e.target, e.before, e.client)
                   for e in AuditLog(store).latest()]
        assert entries == [("station:saal-1", WALL_APPROVED, code, {"wall_approved": False},
                            "http")]
        # Nothing pending at the station any more: the next sealing carries no approval.
        assert sync.sealer.seal_pending() == []
    finally:
        station.close()


def test_a_station_approves_only_its_own_cards_and_nothing_twice(store, ingest, tmp_path):
    from station_app.collector.office.audit import AuditLog
    from station_app.collector.office.wall_approval import WallApproval

    (raw,), enrolment = sealed_batches(store, tmp_path, 2, station_id="saal-1")
    (other,), _ = sealed_batches(store, tmp_path, 1, station_id="saal-2")
    ingest.ingest(raw)
    ingest.ingest(other)
    mine, theirs = (json.loads(raw)["cards"][0]["uuid"], json.loads(other)["cards"][0]["uuid"])
    office = WallApproval(store, AuditLog(store, lambda: NOW), lambda: NOW)
    office.set_approved(json.loads(raw)["cards"][1]["uuid"], True, actor="moritz",
                        client="here")
    document = json.loads(raw)
    approvals = [{"uuid": str(uuid_module.uuid4()), "card_uuid": card_uuid,
                  "at": (NOW - dt.timedelta(minutes=2)).isoformat()}
                 for card_uuid in (mine, theirs, document["cards"][1]["uuid"], mine)]
    batch = {**{k: v for k, v in document.items() if k != "signature"},
             "batch_id": str(uuid_module.uuid4()), "seq": 2, "cards": [], "contacts": [],
             "approvals": approvals,
             "manifest_sha256": manifest_sha256([], [], None, approvals)}
    assert ingest.ingest(_signed(batch, enrolment)).status == "stored"
    assert approved_at(store, mine) is not None
    assert approved_at(store, theirs) is None  # another station's card
    station_entries = [e for e in AuditLog(store).latest() if e.actor.startswith("station:")]
    assert [e.target for e in station_entries] == [document["cards"][0]["code"]]


@pytest.mark.parametrize("approval, reason", [
    ({"uuid": "x", "card_uuid": "y", "at": "2026-09-28T11:00:00+00:00"},
     "approvals[0].uuid is not a UUID"),
    ({"uuid": str(uuid_module.uuid4()), "card_uuid": str(uuid_module.uuid4()),
      "at": "gestern"}, "approvals[0].at is not an ISO 8601 time"),
    ({"uuid": str(uuid_module.uuid4()), "card_uuid": str(uuid_module.uuid4())},
     "approvals[0].at is missing"),
])
def test_a_malformed_approval_refuses_the_batch(store, ingest, tmp_path, approval, reason):
    (raw,), enrolment = sealed_batches(store, tmp_path, 1)
    document = {k: v for k, v in json.loads(raw).items() if k != "signature"}
    document["approvals"] = [approval]
    document["manifest_sha256"] = manifest_sha256(document["cards"], [], None, [approval])
    with pytest.raises(IngestError, match=re.escape(reason)):
        ingest.ingest(_signed(document, enrolment))
    assert store.counts()["cards"] == 0


def test_approvals_are_covered_by_the_manifest(store, ingest, tmp_path):
    (raw,), enrolment = sealed_batches(store, tmp_path, 1)
    document = {k: v for k, v in json.loads(raw).items() if k != "signature"}
    document["approvals"] = [{"uuid": str(uuid_module.uuid4()),
                              "card_uuid": document["cards"][0]["uuid"],
                              "at": NOW.isoformat()}]  # added after the manifest was made
    with pytest.raises(IngestError, match="manifest_sha256 does not match"):
        ingest.ingest(_signed(document, enrolment))


def test_the_same_batch_from_four_workers_at_once_is_stored_once(request, backend, tmp_path):
    """A station that re-sends after a timeout may reach another worker while the first is
    still storing: every answer is "stored" once and "already received" after, never an
    error (each worker process has a database connection of its own)."""
    import threading

    target = request.getfixturevalue("collector_databases")() if backend == "postgresql" \
        else tmp_path / "collector.db"
    workers = [CollectorStore.open(target, shared=True) for _ in range(4)]
    try:
        (raw,), _ = sealed_batches(workers[0], tmp_path, 300)
        start = threading.Barrier(8)
        answers: list[str] = []

        def post(store: CollectorStore) -> None:
            start.wait(timeout=30)
            try:
                answers.append(BatchIngest(store, clock=lambda: NOW).ingest(raw).status)
            except Exception as error:  # noqa: BLE001 - whatever it is, the test names it
                answers.append(f"{type(error).__name__}: {error}")

        threads = [threading.Thread(target=post, args=(workers[n % 4],)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(answers) == ["already-received"] * 7 + ["stored"]
        assert workers[1].counts()["cards"] == 300
    finally:
        for store in workers:
            store.close()
