"""A venue's hub relays to the city end to end: a real city collector and a real hub process
(``serve --wall --relay-to``) on loopback, the relay through the fault-injecting proxy.

Two stations sync to the hub; one card is hidden at a station; one batch reaches the hub
but its acknowledgement is lost, so the station still has it pending when it later syncs
directly to the city; a station's batch files from a USB stick are imported at the city
too. The city ends with every card exactly once, the hidden one hidden, each station
reconciled complete, the Mitmachpool contact readable at the city and gone from the hub.
"""

from __future__ import annotations

import datetime as dt
import json

import httpx
import nacl.public
import pytest

from station_app.protocol.enrolment import read_enrolment
from station_app.sync import StationSync
from tests.e2e.collector_process import CollectorProcess, query, run_cli
from tests.e2e.sync_fault_proxy import FaultProxy
from tests.e2e.sync_fixtures import add_cards, open_station, station_config, upload_headers
from tests.waiting import wait_until

pytestmark = pytest.mark.slow


def test_the_hub_relays_two_stations_to_the_city_every_card_once(tmp_path, collector_db):
    city_db, hub_db = collector_db, tmp_path / "hub.db"
    hub_file = tmp_path / "hub-1.json"
    enrolled = run_cli("collector", "add-station", "hub-1", "--db", str(city_db),
                       "-o", str(hub_file))
    assert enrolled.returncode == 0, enrolled.stderr
    for station_id in ("saal-1", "saal-2"):
        (tmp_path / station_id).mkdir()
        enrolled = run_cli("collector", "add-station", station_id, "--db", str(hub_db),
                           "-o", str(tmp_path / station_id / "enrolment.json"))
        assert enrolled.returncode == 0, enrolled.stderr

    with CollectorProcess(city_db, log=tmp_path / "city.log") as city, \
            FaultProxy(city.port, seed=7, fault_rate=0.5, max_faults=6) as proxy, \
            CollectorProcess(hub_db, None, "--wall", "--relay-to", proxy.url,
                             "--relay-enrolment", str(hub_file),
                             "--relay-interval", "0.2") as hub:
        stations, syncs, enrolments, uuids = {}, {}, {}, []
        for station_id in ("saal-1", "saal-2"):
            config = station_config(batch_size=10, station_id=station_id,
                                    collector_url=hub.url)
            stations[station_id] = open_station(config, tmp_path / station_id)
            enrolments[station_id] = read_enrolment(tmp_path / station_id / "enrolment.json")
            syncs[station_id] = StationSync(config, stations[station_id].db,
                                            enrolments[station_id])
        try:
            uuids += add_cards(stations["saal-1"], 25, prefix="saal-1")
            assert syncs["saal-1"].upload_once().acknowledged == 3
            uuids += add_cards(stations["saal-2"], 12, prefix="saal-2")
            usb = tmp_path / "usb"
            assert len(syncs["saal-2"].write_files(usb)) == 2  # a copy on a stick, too
            # A Mitmachpool address from yesterday, sealed for the hub (its enrolment's key).
            pool = stations["saal-2"]
            box = nacl.public.SealedBox(enrolments["saal-2"].collector_public_key)
            pool.db["contacts"].insert({
                "uuid": "c-1", "session_id": pool.sessions.current_or_open().id,
                "consent_version": "2026-1",
                "consented_at": (dt.date.today() - dt.timedelta(days=1)).isoformat(),
                "sealed": box.encrypt(json.dumps({"email": "anna@example.org"}).encode())})
            assert syncs["saal-2"].upload_once().acknowledged == 3
            # A card hidden at the station after it reached the hub.
            hidden = stations["saal-1"].db.execute(
                "SELECT code FROM cards ORDER BY rowid LIMIT 1").fetchone()[0]
            stations["saal-1"].moderation.hide(hidden, "Persönliche Daten")
            assert syncs["saal-1"].upload_once().acknowledged == 1
            # A batch the hub stores while the station never hears the acknowledgement.
            uuids += add_cards(stations["saal-1"], 4, prefix="verloren")
            (lost,) = syncs["saal-1"].sealer.seal_pending()
            answer = httpx.post(f"{hub.url}/api/v1/batches", content=lost.document,
                                                headers=upload_headers(lost.document,
                                                       enrolments["saal-1"]))
            assert answer.status_code == 201

            def relayed() -> bool:
                cards = query(city_db, "SELECT COUNT(*) FROM cards")[0][0]
                pending = query(hub_db, "SELECT COUNT(*) FROM relay_outbox"
                                " WHERE acknowledged_at IS NULL")[0][0]
                return cards == len(uuids) and pending == 0

            wait_until(relayed, 40, "the hub to relay every batch to the city")

            # Afterwards saal-1 syncs directly to the city, with the key the hub enrolled.
            direct_config = station_config(batch_size=10, station_id="saal-1",
                                           collector_url=city.url)
            direct = StationSync(direct_config, stations["saal-1"].db, enrolments["saal-1"])
            uuids += add_cards(stations["saal-1"], 3, prefix="direkt")
            report = direct.upload_once()
            direct.close()
            assert report.ok and report.acknowledged == 2, report.errors  # lost one + new
        finally:
            for sync in syncs.values():
                sync.close()
            for station in stations.values():
                station.close()

        imported = run_cli("collector", "import", "--db", str(city_db),
                           *sorted(str(path) for path in usb.glob("*.batch.json")))
        assert imported.returncode == 0, imported.stdout + imported.stderr
        assert "2 file(s): 0 imported, 2 received before, 0 refused" in imported.stdout
        status = run_cli("collector", "relay", "--status", "--db", str(hub_db))
        assert status.returncode == 0 and status.stdout.strip().endswith("everything relayed")
        assert "relaying to" in hub.log.read_text()

    faults = sum(n for fate, n in proxy.fates.items() if fate != "pass")
    assert faults > 0, proxy.fates
    held = [row[0] for row in query(city_db, "SELECT uuid FROM cards")]
    assert len(held) == len(set(held)) == len(uuids) == 44 and set(held) == set(uuids)
    assert query(city_db, f"SELECT o.hidden FROM office_cards o JOIN cards c ON c.uuid ="
                          f" o.uuid WHERE c.code = '{hidden}'") == [(1,)]
    vias = dict(query(city_db, "SELECT via, COUNT(*) FROM batches GROUP BY via"))
    assert vias == {"relay:hub-1": 8, "http": 1}, vias
    reconciled = run_cli("collector", "reconcile", "--json", "--db", str(city_db))
    lines = {line["station_id"]: line for line in json.loads(reconciled.stdout)}
    assert lines["saal-1"]["complete"] and lines["saal-1"]["cards_stored"] == 32
    assert lines["saal-2"]["complete"] and lines["saal-2"]["cards_stored"] == 12
    assert query(city_db, "SELECT COUNT(*) FROM contacts") == [(1,)]
    assert query(hub_db, "SELECT COUNT(*) FROM contacts") == [(0,)]
    exported = run_cli("collector", "export-contacts", "--db", str(city_db),
                       "-o", str(tmp_path / "kontakte.csv"))
    assert exported.returncode == 0, exported.stderr
    assert "anna@example.org" in (tmp_path / "kontakte.csv").read_text("utf-8-sig")


def test_without_network_the_hub_writes_relay_files_and_the_city_imports_them(tmp_path,
                                                                            collector_db):
    """``collector relay --to-dir`` at the hub, ``collector import`` at the city, then the
    relay online finds everything received; the command line's refusals are one line."""
    from station_app.collector.ingest import BatchIngest
    from station_app.collector.store import CollectorStore
    from tests.e2e.sync_fixtures import enrol

    city_db, hub_db = collector_db, tmp_path / "hub.db"
    hub_file = tmp_path / "hub-1.json"
    assert run_cli("collector", "add-station", "hub-1", "--db", str(city_db),
                   "-o", str(hub_file)).returncode == 0
    with CollectorStore.open(hub_db) as hub:
        hub.mark_hub(dt.datetime.now(dt.UTC))
        enrolment = enrol(hub, "saal-1", tmp_path)
        station = open_station(station_config(batch_size=5, station_id="saal-1"))
        uuids = add_cards(station, 12)
        sync = StationSync(station.config, station.db, enrolment)
        for batch in sync.sealer.seal_pending():
            BatchIngest(hub).ingest(batch.document)
        station.close()

    missing = run_cli("collector", "relay", "--db", str(hub_db))
    assert missing.returncode == 2 and "needs --enrolment FILE" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1 and "Traceback" not in missing.stderr
    lone = run_cli("collector", "serve", "--db", str(hub_db), "--relay-to", "http://x")
    assert lone.returncode == 2 and "--relay-to needs --relay-enrolment" in lone.stderr
    usb = tmp_path / "usb"
    written = run_cli("collector", "relay", "--db", str(hub_db), "--enrolment", str(hub_file),
                      "--to-dir", str(usb))
    assert written.returncode == 0 and \
        "3 relay file(s) and 0 file(s) of this hub's decisions written" in written.stdout
    files = sorted(str(path) for path in usb.glob("*.relay.json"))
    assert len(files) == 3
    imported = run_cli("collector", "import", "--db", str(city_db), *files)
    assert "3 file(s): 3 imported, 0 received before, 0 refused" in imported.stdout
    again = run_cli("collector", "import", "--db", str(city_db), *files)
    assert "3 file(s): 0 imported, 3 received before, 0 refused" in again.stdout
    with CollectorProcess(city_db, log=tmp_path / "city.log") as city:
        online = run_cli("collector", "relay", "--db", str(hub_db), "--enrolment",
                         str(hub_file), "--to", city.url, "--once")
        assert online.returncode == 0, online.stdout + online.stderr
        assert "3 batch(es) with 12 card(s) acknowledged by the city, 0 pending" in \
            online.stdout
    held = [row[0] for row in query(city_db, "SELECT uuid FROM cards")]
    assert sorted(held) == sorted(uuids)
    status = run_cli("collector", "relay", "--status", "--json", "--db", str(hub_db))
    line = json.loads(status.stdout)["stations"][0]
    assert (line["station_id"], line["batches_relayed"], line["batches_pending"]) == (
        "saal-1", 3, 0)


def test_what_the_hubs_own_pages_decide_reaches_the_city(tmp_path, collector_db):
    """Staff hide a card in the hub's /office/, a holder withdraws another on the hub's
    follow-up page: the running relay brings both to the city, once."""
    from tests.e2e.test_office_routes_security import PASSWORD, log_in, token_of
    from tests.e2e.test_office_security import add_user

    city_db, hub_db = collector_db, tmp_path / "hub.db"
    hub_file = tmp_path / "hub-1.json"
    assert run_cli("collector", "add-station", "hub-1", "--db", str(city_db),
                   "-o", str(hub_file)).returncode == 0
    (tmp_path / "saal-1").mkdir()
    assert run_cli("collector", "add-station", "saal-1", "--db", str(hub_db), "-o",
                   str(tmp_path / "saal-1" / "enrolment.json")).returncode == 0
    assert add_user(hub_db, "mara", "moderator", PASSWORD).returncode == 0
    with CollectorProcess(city_db, log=tmp_path / "city.log") as city, \
            CollectorProcess(hub_db, None, "--wall", "--relay-to", city.url,
                             "--relay-enrolment", str(hub_file),
                             "--relay-interval", "0.2") as hub:
        config = station_config(batch_size=10, station_id="saal-1", collector_url=hub.url)
        station = open_station(config, tmp_path / "saal-1")
        sync = StationSync(config, station.db,
                           read_enrolment(tmp_path / "saal-1" / "enrolment.json"))
        try:
            uuids = add_cards(station, 3, prefix="saal-1")
            assert sync.upload_once().acknowledged == 1
            codes = dict(station.db.execute("SELECT uuid, code FROM cards").fetchall())
        finally:
            sync.close()
            station.close()
        wait_until(lambda: query(city_db, "SELECT COUNT(*) FROM cards")[0][0] == 3, 20,
                   "the hub to relay the batch")

        with httpx.Client(base_url=hub.url, follow_redirects=False, timeout=10) as office:
            assert log_in(office, "mara").status_code == 303
            page = office.get(f"/office/cards/{uuids[0]}?lang=de")
            assert page.status_code == 200
            hidden = office.post(f"/office/cards/{uuids[0]}/hide", data={
                "csrf_token": token_of(page), "lang": "de",
                "own_reason": "Nennt eine Privatperson"})
            assert hidden.status_code == 303, hidden.text[:300]
        with httpx.Client(base_url=hub.url, follow_redirects=False, timeout=10) as holder:
            form = holder.get(f"/k/{codes[uuids[1]]}/withdraw?lang=de")
            assert form.status_code == 200
            taken = holder.post(f"/k/{codes[uuids[1]]}/withdraw",
                                data={"csrf_token": token_of(form), "lang": "de"})
            assert taken.status_code == 303, taken.text[:300]

        def decided() -> bool:
            rows = dict((row[0], row[1:]) for row in query(
                city_db, "SELECT uuid, hidden, withdrawn_at FROM office_cards"))
            return rows[uuids[0]][0] == 1 and rows[uuids[1]][1] is not None

        wait_until(decided, 20, "the hub's decisions to reach the city")
        status = run_cli("collector", "relay", "--status", "--json", "--db", str(hub_db))
        assert json.loads(status.stdout)["decisions"] == {
            "pending": 0, "relayed": 2, "last_problem": None}
    assert query(city_db, "SELECT json_extract(data, '$.text') FROM cards WHERE uuid ="
                          f" '{uuids[1]}'") == [("",)]
    assert query(city_db, "SELECT reason, source FROM moderation_events") == [
        ("Nennt eine Privatperson", "hub:hub-1:mara")]
    assert query(city_db, "SELECT COUNT(*) FROM hub_decisions_applied") == [(2,)]
    assert "Traceback" not in hub.log.read_text() + city.log.read_text()
