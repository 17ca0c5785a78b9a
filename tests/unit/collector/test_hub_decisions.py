"""What staff and holders decide on a hub's own pages reaches the city: a hide, a show, a
withdrawal and a correction, each applied once, only to cards of the hub's own stations,
and a document the city cannot trust refused as a whole."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.collector.batch_files import import_batch_files
from station_app.collector.hub_decisions import HubDecisions
from station_app.collector.ingest import BatchIngest, IngestError
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.casework import Casework
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.statuses import StatusCatalogue
from station_app.protocol.canonical import canonical_json
from station_app.protocol.hub_decisions import decisions_document
from station_app.protocol.signatures import sign_document, upload_signature
from station_app.sync import StationSync
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config
from tests.support.venue import NOW


def hub_office(hub):
    audit = AuditLog(hub, lambda: NOW)
    return (Casework(hub, StatusCatalogue(), audit, lambda: NOW),
            CardHolder(hub, audit, lambda: NOW))


def city_card(city, uuid: str) -> dict:
    row = city.db.execute(
        "SELECT o.hidden, o.status, o.withdrawn_at, json_extract(c.data, '$.text'),"
        " (SELECT COUNT(*) FROM office_corrections k WHERE k.card_uuid = o.uuid)"
        " FROM office_cards o JOIN cards c ON c.uuid = o.uuid WHERE o.uuid = ?",
        [uuid]).fetchone()
    return {"hidden": bool(row[0]), "status": row[1], "withdrawn": row[2] is not None,
            "text": row[3], "corrections": row[4]}


def code_of(store, uuid: str) -> str:
    return store.db.execute("SELECT code FROM cards WHERE uuid = ?", [uuid]).fetchone()[0]


def test_the_hub_offices_decisions_reach_the_city_once(venue, relay, city, hub):
    uuids, _ = venue.hand_in("saal-1", 4)
    casework, holder = hub_office(hub)
    # Decided at the hub before its batches reached the city: they wait for the cards.
    casework.set_hidden(uuids[0], True, "Beleidigung", actor="mara", client="10.0.0.5")
    holder.withdraw(code_of(hub, uuids[1]))
    holder.correct(code_of(hub, uuids[2]), "Mehr Bänke am Hafen, bitte.")
    casework.set_hidden(uuids[3], True, "Werbung", actor="mara", client="10.0.0.5")
    casework.set_hidden(uuids[3], False, "Doch in Ordnung", actor="jonas", client="10.0.0.6")

    report = relay.relay_once()
    assert report.ok, report.errors
    assert report.relayed == 1 and report.decisions == 5

    assert city_card(city, uuids[0])["hidden"] is True
    withdrawn = city_card(city, uuids[1])
    assert withdrawn["withdrawn"] and withdrawn["status"] == "withdrawn"
    assert withdrawn["text"] == ""  # the text is erased at the city too
    assert city_card(city, uuids[2])["corrections"] == 1
    assert city_card(city, uuids[3])["hidden"] is False  # the later decision wins
    sources = {row[0] for row in city.db.execute(
        "SELECT source FROM moderation_events").fetchall()}
    assert sources == {"hub:hub-1:mara", "hub:hub-1:jonas"}
    actors = {row[0] for row in city.db.execute(
        "SELECT actor FROM office_audit WHERE action LIKE 'card.%'").fetchall()}
    assert actors == {"hub:hub-1"}

    # Nothing is sent twice, and sending the same document again changes nothing.
    assert relay.relay_once().decisions == 0
    assert city.db.execute("SELECT COUNT(*) FROM hub_decisions_applied").fetchone()[0] == 5
    decisions = [{"id": f"withdrawal:{uuids[1]}", "kind": "withdraw", "card_uuid": uuids[1],
                  "at": NOW.isoformat()}]
    again = HubDecisions(BatchIngest(city, clock=lambda: NOW)).receive(
        relay.decisions_document(decisions))
    assert again.already == [f"withdrawal:{uuids[1]}"] and again.applied == []
    assert city.db.execute("SELECT COUNT(*) FROM office_status_events WHERE status ="
                           " 'withdrawn'").fetchone()[0] == 1


def test_relay_status_counts_the_decisions(venue, relay, hub):
    from station_app.collector.relay_outbox import RelayOutbox, format_status

    uuids, _ = venue.hand_in("saal-1", 2)
    casework, _holder = hub_office(hub)
    casework.set_hidden(uuids[0], True, "Beleidigung", actor="mara", client="-")
    status = RelayOutbox(hub).status()
    assert status.decisions_pending == 1 and status.decisions_relayed == 0
    assert format_status(status).endswith(
        "1 batch(es) and 1 decision(s) not acknowledged by the city yet")
    relay.relay_once()
    status = RelayOutbox(hub).status()
    assert (status.decisions_pending, status.decisions_relayed) == (0, 1)
    assert status.as_dict()["decisions"] == {"pending": 0, "relayed": 1, "last_problem": None}
    assert format_status(status).endswith("everything relayed")


def test_a_card_the_city_does_not_hold_waits_and_is_said_once(venue, relay, city, hub):
    """A card the hub had before it became a hub (never relayed): the city refuses the
    decision with its reason; the hub keeps it pending and shows the reason."""
    from station_app.collector.relay_outbox import RelayOutbox

    uuids, _ = venue.hand_in("saal-1", 2)
    relay.relay_once()
    hub.db.execute("DELETE FROM relay_outbox")  # as if the batch had come before
    city.db.execute("DELETE FROM office_cards WHERE uuid = ?", [uuids[0]])
    casework, _holder = hub_office(hub)
    casework.set_hidden(uuids[0], True, "Beleidigung", actor="mara", client="-")
    report = relay.relay_once()
    assert report.decisions == 0
    assert len(report.errors) == 1 and "holds no card" in report.errors[0]
    status = RelayOutbox(hub).status()
    assert status.decisions_pending == 1 and "holds no card" in status.decisions_problem


def test_a_hub_decides_nothing_about_cards_of_stations_it_does_not_serve(
        venue, relay, city, tmp_path):
    """A station the city enrolled itself: a hub's decision about its card is refused."""
    venue.hand_in("saal-1", 1)
    relay.relay_once()
    own = enrol(city, "rathaus-1", tmp_path / "own", now=NOW - dt.timedelta(days=1))

    station = open_station(station_config(station_id="rathaus-1"),
                           clock=lambda: NOW - dt.timedelta(hours=1))
    try:
        (uuid,) = add_cards(station, 1, prefix="rathaus")
        sync = StationSync(station.config, station.db, own,
                           clock=lambda: NOW - dt.timedelta(minutes=5))
        for batch in sync.sealer.seal_pending():
            BatchIngest(city, clock=lambda: NOW).ingest(batch.document)
    finally:
        station.close()
    decisions = [{"id": "0f6f1f9e-1111-4c1e-9d43-2f2b1a0c0001", "kind": "hide",
                  "card_uuid": uuid, "at": NOW.isoformat(), "reason": "x", "by": "mara"}]
    ack = HubDecisions(BatchIngest(city, clock=lambda: NOW)).receive(
        relay.decisions_document(decisions))
    assert list(ack.refused.values()) == [
        f"card {code_of(city, uuid)} is of station rathaus-1, which hub hub-1 does not serve"]
    assert city_card(city, uuid)["hidden"] is False


def test_a_document_signed_by_another_key_or_malformed_is_refused_whole(venue, relay, city,
                                                                        hub_enrolment):
    uuids, _ = venue.hand_in("saal-1", 1)
    relay.relay_once()
    decisions = [{"id": "0f6f1f9e-1111-4c1e-9d43-2f2b1a0c0002", "kind": "hide",
                  "card_uuid": uuids[0], "at": NOW.isoformat(), "reason": "x", "by": "mara"}]
    forged = sign_document(decisions_document("hub-1", NOW.isoformat(), decisions),
                           venue.enrolments["saal-1"].signing_key)
    receiver = HubDecisions(BatchIngest(city, clock=lambda: NOW))
    with pytest.raises(IngestError) as refused:
        receiver.receive(forged)
    assert refused.value.status == 403 and "does not match hub 'hub-1'" in str(refused.value)
    with pytest.raises(IngestError) as malformed:
        receiver.receive(canonical_json({"format": "hub-decisions/1", "hub_id": "hub-1"}))
    assert malformed.value.status == 422
    # An upload names its hub in the headers: another name than the document's is refused.
    body = relay.decisions_document(decisions)
    with pytest.raises(IngestError) as other:
        receiver.receive(body, claimed_hub="saal-1", raw_signature=upload_signature(
            body, venue.enrolments["saal-1"].signing_key))
    assert other.value.status == 422
    assert city_card(city, uuids[0])["hidden"] is False
    assert city.db.execute("SELECT COUNT(*) FROM rejections").fetchone()[0] == 3


def test_over_http_a_stranger_is_refused_before_the_body_is_read(http):
    answer = http.post("/api/v1/relay/decisions", content=b"{}",
                       headers={"Content-Type": "application/json",
                                "X-Station-Id": "niemand", "X-Batch-Signature": "AAAA"})
    assert answer.status_code == 403 and "unknown station" in answer.json()["detail"]
    unsigned = http.post("/api/v1/relay/decisions", content=b"{}",
                         headers={"Content-Type": "application/json"})
    assert unsigned.status_code == 401


def test_decision_files_are_imported_after_the_batches(venue, relay, city, hub, tmp_path):
    uuids, _ = venue.hand_in("saal-1", 3)
    casework, holder = hub_office(hub)
    casework.set_hidden(uuids[0], True, "Beleidigung", actor="mara", client="-")
    holder.withdraw(code_of(hub, uuids[1]))
    written = relay.write_files(tmp_path / "usb")
    names = sorted(path.name for path in written)
    assert len(names) == 2 and names[0].startswith("hub-1-decisions-") and \
        names[0].endswith(".decisions.json")
    # Named so that they sort first: the import still takes the decisions last.
    report = import_batch_files(BatchIngest(city, clock=lambda: NOW),
                                sorted(tmp_path.joinpath("usb").iterdir()))
    assert report.summary() == ("2 file(s): 1 imported, 0 received before, 1 file(s) of a "
                                "hub's decisions, 0 refused")
    assert city_card(city, uuids[0])["hidden"] and city_card(city, uuids[1])["withdrawn"]
    # Online afterwards: the city answers that it has them all; nothing is pending.
    report = relay.relay_once()
    assert report.ok and report.relayed == 1 and report.decisions == 2
    assert city.db.execute("SELECT COUNT(*) FROM hub_decisions_applied").fetchone()[0] == 2
