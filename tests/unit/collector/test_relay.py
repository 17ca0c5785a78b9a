"""A hub relays its stations' batches to the city: exactly once, checked by the city with
the station's own signature, resumable, over HTTP or by relay file."""

from __future__ import annotations

import datetime as dt
import json
import random
import threading

import pytest

from station_app.collector.batch_files import import_batch_files
from station_app.collector.export import write_contacts
from station_app.collector.ingest import BatchIngest, IngestError
from station_app.collector.reconcile import reconcile
from station_app.collector.relay import (
    Backoff,
    HubRelay,
    RelayReport,
    load_target,
    relay_loop,
    relay_with_retries,
)
from station_app.collector.relay_client import RelayClient, RelayTransient
from station_app.collector.relay_outbox import RelayOutbox
from station_app.collector.store import CollectorStore
from station_app.errors import UserError
from station_app.protocol.canonical import canonical_json
from station_app.protocol.relay import relay_document
from station_app.protocol.signatures import sign_document
from tests.e2e.sync_fixtures import add_cards, enrol
from tests.support.venue import NOW, city_cards


def test_every_card_reaches_the_city_once_signed_by_its_station(venue, relay, city, hub):
    first, _ = venue.hand_in("saal-1", 25)
    second, _ = venue.hand_in("saal-2", 7)
    report = relay.relay_once()
    assert report.ok and report.relayed == 4 and report.cards == 32 and report.pending == 0
    assert sorted(city_cards(city)) == sorted(first + second)
    # The city knows the stations by the keys the hub enrolled them with.
    for station_id, enrolment in venue.enrolments.items():
        assert city.station(station_id)["verify_key"] == enrolment.signing_key.verify_key
    assert {line.station_id: line.complete for line in reconcile(city)} == {
        "hub-1": True, "saal-1": True, "saal-2": True}
    vias = {row[0] for row in city.db.execute("SELECT via FROM batches").fetchall()}
    assert vias == {"relay:hub-1"}
    # Nothing pending any more: a second run sends nothing; documents are dropped.
    assert relay.relay_once().relayed == 0
    assert hub.db.execute("SELECT COUNT(*) FROM relay_outbox WHERE document IS NOT NULL"
                          ).fetchone()[0] == 0


def test_a_station_syncing_directly_afterwards_is_recognised(venue, relay, city):
    uuids, batches = venue.hand_in("saal-1", 12)
    assert relay.relay_once().relayed == 2
    direct = BatchIngest(city, clock=lambda: NOW)
    # The same batch sent again by the station itself (its ack from the hub was lost) ...
    again = direct.ingest(batches[0], claimed_station="saal-1", raw_signature=_upload(
        batches[0], venue.enrolments["saal-1"]))
    assert again.status == "already-received"
    # ... and new cards go straight to the city, signed with the key the hub registered.
    newer = add_cards(venue.stations["saal-1"], 3, prefix="direkt")
    (raw,) = venue.seal("saal-1")
    stored = direct.ingest(raw, claimed_station="saal-1",
                           raw_signature=_upload(raw, venue.enrolments["saal-1"]))
    assert stored.status == "stored" and stored.cards_stored == 3
    assert sorted(city_cards(city)) == sorted(uuids + newer)


def _upload(raw: bytes, enrolment) -> str:
    from station_app.protocol.signatures import upload_signature

    return upload_signature(raw, enrolment.signing_key)


def test_a_card_hidden_at_the_station_is_hidden_at_the_city(venue, relay, city):
    venue.hand_in("saal-1", 3)
    station = venue.stations["saal-1"]
    code = station.db.execute("SELECT code FROM cards ORDER BY rowid LIMIT 1").fetchone()[0]
    station.moderation.hide(code, "Persönliche Daten")
    for raw in venue.seal("saal-1"):
        venue.ingest.ingest(raw)
    assert relay.relay_once().relayed == 2
    assert city.card_by_code(code)["hidden"] is True
    assert city.db.execute("SELECT reason, source FROM moderation_events").fetchall() == [
        ("Persönliche Daten", "station")]


def test_a_card_approved_at_the_station_is_approved_at_the_hub_and_the_city(venue, relay,
                                                                            city, hub):
    venue.hand_in("saal-1", 2)
    station = venue.stations["saal-1"]
    code = station.db.execute("SELECT code FROM cards ORDER BY rowid LIMIT 1").fetchone()[0]
    station.moderation.approve_for_wall(code)
    for raw in venue.seal("saal-1"):
        venue.ingest.ingest(raw)
    assert relay.relay_once().relayed == 2

    def approved(store: CollectorStore) -> list[tuple[str, str]]:
        return store.db.execute(
            "SELECT o.code, a.actor FROM office_cards o JOIN office_audit a"
            " ON a.target = o.code AND a.action = 'card.wall_approved'"
            " WHERE o.wall_approved_at IS NOT NULL").fetchall()

    assert approved(hub) == approved(city) == [(code, "station:saal-1")]
    city_client = city.db.execute("SELECT client FROM office_audit WHERE action ="
                                  " 'card.wall_approved'").fetchone()[0]
    assert city_client == "relay:hub-1"


def test_contacts_are_sealed_anew_for_the_city_and_the_hub_forgets_them(venue, relay, city,
                                                                         hub, tmp_path):
    for i in range(2):
        venue.contact("saal-1", f"c-{i}")
    venue.hand_in("saal-1", 1)
    assert hub.counts()["contacts"] == 2
    report = relay.relay_once()
    assert report.ok and report.relayed == 2
    assert hub.counts()["contacts"] == 0  # the city opened them: the hub deletes its copies
    assert write_contacts(city, tmp_path / "kontakte.csv") == 2
    text = (tmp_path / "kontakte.csv").read_text(encoding="utf-8-sig")
    assert "c-0@example.org" in text and "c-1@example.org" in text


def test_a_lost_acknowledgement_is_sent_again_and_changes_nothing(venue, hub, hub_enrolment,
                                                                   http, city):
    venue.hand_in("saal-1", 15)

    class LosesFirstAck(RelayClient):
        lost = 0

        def post(self, body, hub_id, key):
            ack = super().post(body, hub_id, key)
            if not self.lost:
                self.lost += 1
                raise RelayTransient("the city's collector is not reachable (ReadError)")
            return ack

    relay = HubRelay(hub, hub_enrolment, "http://city",
                     client=LosesFirstAck("http://city", http=http))
    first = relay.relay_once()
    assert first.transient and first.relayed == 0 and first.pending == 2
    assert "batch 1 of saal-1: the city's collector is not reachable" in first.errors[0]
    assert len(city_cards(city)) == 10  # the city stored it, the hub never heard
    second = relay.relay_once()
    assert second.ok and second.relayed == 2 and len(city_cards(city)) == 15
    statuses = [row[0] for row in hub.db.execute(
        "SELECT ack_status FROM relay_outbox ORDER BY seq").fetchall()]
    assert statuses == ["already-received", "stored"]


def test_a_conflict_at_the_city_is_kept_pending_and_blocks_no_other_batch(venue, relay, city):
    uuids, _ = venue.hand_in("saal-1", 15)
    city.db.execute("INSERT INTO stations VALUES ('x', 'AAAA', '2020-01-01T00:00:00+00:00')")
    city.db.execute("INSERT INTO batches VALUES ('b', 'x', 1, '2020-01-01T00:00:00+00:00',"
                    " '2020-01-01T00:00:00+00:00', 'file', 1, 0, 1, 'h', '{}', '{}')")
    city.db.execute("INSERT INTO cards (uuid, code, station_id, batch_id, created_at,"
                    " received_at, data) VALUES (?, 'K7M-4QX-9TRP', 'x', 'b',"
                    " '2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00', '{}')",
                    [uuids[0]])
    report = relay.relay_once()
    assert report.relayed == 1 and report.pending == 1 and not report.transient
    assert report.errors[0].startswith("batch 1 of saal-1: conflict at the city: card ")
    status = relay.outbox.status()
    assert status.pending == 1 and status.stations[0].batches_refused == 1
    assert city.counts()["conflicts"] == 1


def test_relay_files_are_imported_at_the_city_exactly_once(venue, relay, city, tmp_path):
    uuids, _ = venue.hand_in("saal-1", 12)
    venue.contact("saal-1", "c-usb")
    venue.hand_in("saal-1", 0)
    files = relay.write_files(tmp_path / "usb")
    assert [path.name for path in files] == [
        f"hub-1-saal-1-{seq:06d}-{row[0][:8]}.relay.json" for seq, row in enumerate(
            relay.store.db.execute("SELECT batch_id FROM relay_outbox ORDER BY seq"), 1)]
    assert all(b"c-usb@example.org" not in path.read_bytes() for path in files)
    ingest = BatchIngest(city, clock=lambda: NOW)
    report = import_batch_files(ingest, files)
    assert report.summary() == "3 file(s): 3 imported, 0 received before, 0 refused"
    assert import_batch_files(ingest, files).summary() == \
        "3 file(s): 0 imported, 3 received before, 0 refused"
    assert sorted(city_cards(city)) == sorted(uuids) and city.counts()["contacts"] == 1
    # The hub still counts them pending (a stick tells it nothing); online they are known.
    online = relay.relay_once()
    assert online.ok and online.relayed == 3
    assert {row[0] for row in city.db.execute("SELECT via FROM batches")} == {"file:hub-1"}


def test_a_hub_cannot_forge_a_card_or_speak_for_a_station_of_the_city(venue, hub_enrolment,
                                                                      city, tmp_path):
    venue.hand_in("saal-1", 2)
    venue.hand_in("saal-2", 2)
    ingest = BatchIngest(city, clock=lambda: NOW)

    def relayed(kept, batch: dict | None = None, key=hub_enrolment.signing_key) -> bytes:
        registration = {"station_id": kept.station_id, "verify_key": kept.verify_key,
                        "enrolled_at": kept.enrolled_at}
        return sign_document(relay_document("hub-1", NOW.isoformat(), registration,
                                            batch or kept.parsed(), []), key)

    outbox = RelayOutbox(venue.hub)
    first, second = (outbox.get(batch.batch_id) for batch in outbox.pending())
    # A station the city enrolled itself keeps its own key: no hub registers another.
    enrol(city, "saal-1", tmp_path / "direct", now=NOW - dt.timedelta(days=1))
    with pytest.raises(IngestError, match="enrolled at this collector itself") as refused:
        ingest.ingest_relay(relayed(first), via="file")
    assert refused.value.status == 403
    # A card changed by the hub no longer carries its station's signature.
    forged = json.loads(canonical_json(second.parsed()))
    forged["cards"][0]["text"] = "Vom Hub erfunden"
    with pytest.raises(IngestError, match="does not match the station's key") as refused:
        ingest.ingest_relay(relayed(second, forged), via="file")
    assert refused.value.status == 403 and city.counts()["cards"] == 0
    # A relay document signed by someone else than the hub it names.
    with pytest.raises(IngestError, match="hub 'hub-1'"):
        ingest.ingest_relay(relayed(second, key=venue.enrolments["saal-2"].signing_key),
                            via="file")
    assert ingest.ingest_relay(relayed(second), via="file").cards_stored == 2


def test_re_enrolling_a_station_at_the_city_revokes_the_keys_hubs_registered(venue, relay,
                                                                             city, tmp_path):
    from station_app.collector.enrol import add_station

    venue.hand_in("saal-1", 2)
    assert relay.relay_once().relayed == 1
    old = venue.enrolments["saal-1"].signing_key.verify_key
    assert [key for key, _at in city.station("saal-1")["keys"]] == [old]
    add_station(city, "saal-1", "http://city", tmp_path / "new.json", replace=True, now=NOW)
    assert old not in [key for key, _at in city.station("saal-1")["keys"]]
    assert city.db.execute("SELECT COUNT(*) FROM relay_station_keys").fetchone()[0] == 0
    venue.hand_in("saal-1", 1)
    report = relay.relay_once()
    assert report.pending == 1 and "enrolled at this collector itself" in report.errors[0]


def test_the_city_refusing_the_hub_itself_ends_the_run_with_one_line(venue, hub, http,
                                                                    tmp_path):
    venue.hand_in("saal-1", 25)
    stranger = enrol(CollectorStore.open(":memory:"), "hub-9", tmp_path / "other")
    relay = HubRelay(hub, stranger, "http://city", client=RelayClient("http://city",
                                                                     http=http))
    report = relay.relay_once()
    assert len(report.errors) == 1 and report.pending == 3
    assert "unknown station 'hub-9'" in report.errors[0]
    assert "collector add-station hub-9" in report.errors[0]


def test_the_hub_needs_an_id_of_its_own(hub, venue, tmp_path):
    venue.station("saal-1")
    own = enrol(CollectorStore.open(":memory:"), "saal-1", tmp_path / "other")
    with pytest.raises(UserError, match="needs an id of its own"):
        HubRelay(hub, own, "http://city")


def test_load_target_takes_the_url_from_the_file_unless_given(hub_enrolment, tmp_path):
    path = tmp_path / "city" / "enrolment-hub-1.json"
    assert load_target(path)[1] == "http://city"
    assert load_target(path, "https://city.example/")[1] == "https://city.example"
    with pytest.raises(UserError, match="must start with http"):
        load_target(path, "ftp://city")
    with pytest.raises(UserError, match="enrolment file not found"):
        load_target(tmp_path / "missing.json")


def test_network_problems_are_retried_with_backoff_then_reported(venue, hub, hub_enrolment):
    venue.hand_in("saal-1", 3)

    class Unreachable(RelayClient):
        def post(self, body, hub_id, key):
            raise RelayTransient("the city's collector is not reachable (ConnectError)")

    waits: list[float] = []
    relay = HubRelay(hub, hub_enrolment, "http://city", client=Unreachable("http://city"))
    report = relay_with_retries(relay, attempts=4, backoff=Backoff(1, 8, random.Random(2)),
                                wait=waits.append)
    assert report.transient and report.pending == 1 and len(waits) == 3
    assert 0.5 <= waits[0] <= 1 and 1 <= waits[1] <= 2 and 2 <= waits[2] <= 4
    attempts = hub.db.execute("SELECT attempts FROM relay_outbox").fetchone()[0]
    assert attempts == 4


def test_backoff_is_capped_and_refuses_nonsense():
    backoff = Backoff(1, 8, random.Random(1))
    assert all(4 <= backoff.delay(n) <= 8 for n in (4, 10, 1000))
    with pytest.raises(ValueError):
        Backoff(0, 1)


def test_the_loop_relays_until_stopped_and_says_each_problem_once(venue, relay):
    venue.hand_in("saal-1", 3)
    stop = threading.Event()
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        stop.set()

    relay_loop(lambda: relay, stop, interval=0.01, say=say)
    assert lines == ["relay: 1 batch(es) with 3 card(s) acknowledged by the city, 0 pending"]


def test_the_loop_ends_with_one_line_when_the_relay_cannot_start():
    def broken() -> HubRelay:
        raise UserError("hub.json: enrolment file not found")

    lines: list[str] = []
    relay_loop(broken, threading.Event(), say=lines.append)
    assert lines == ["relay: hub.json: enrolment file not found"]


def test_an_empty_report_is_ok():
    assert RelayReport().ok and not RelayReport(errors=["x"]).ok


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_loop_goes_on_when_the_hubs_database_connection_is_lost(venue, relay, hub,
                                                                      postgres_server):
    """PostgreSQL restarted or a connection ended by its administrator: the relay says so
    once and relays on a new connection (a sqlite3.Error-only catch ended the thread)."""
    from psycopg import conninfo, sql

    venue.hand_in("saal-1", 2)
    hub.counts()  # the pool's connection is in use, then idle
    name = conninfo.conninfo_to_dict(hub.db.url)["dbname"]
    postgres_server.admin(sql.SQL(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = {}"
        " AND pid <> pg_backend_pid()").format(sql.Literal(name)))
    stop = threading.Event()
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        if "acknowledged" in line:
            stop.set()

    relay_loop(lambda: relay, stop, interval=0.01, say=say)
    assert lines[0].startswith("relay: the hub's database: "), lines
    assert lines[-1] == "relay: 1 batch(es) with 2 card(s) acknowledged by the city, 0 pending"
