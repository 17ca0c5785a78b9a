"""Moving a venue into the city: ``collector migrate --from FILE.db --to postgresql://…``
through the real command line, against a real PostgreSQL server.

The venue's database holds what a season leaves behind: 24,000 cards of 24 batches from
two stations, a card hidden by the station, a Mitmachpool address sealed for the venue's
key, staff accounts, statuses, a group with its answer, an answer of a card's own, a
correction and a withdrawal by the holder, and the audit log of all that. The first run is
killed half way through the cards; the second finishes it; every table of the target then
holds what the source holds, row for row, a third run copies nothing, the city's collector
opens the address and serves the card's answer, and new rows get keys of their own.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import nacl.public
import pytest

from station_app.collector.migrate import copy_order
from station_app.collector.office.accounts import HashCost, PasswordHasher, StaffAccounts
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.casework import Casework
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.store import CollectorStore
from station_app.storage import open_database
from tests.e2e.collector_process import CollectorProcess, cli_env, query
from tests.support.collector_cards import card, receive
from tests.waiting import wait_until

pytestmark = pytest.mark.slow

BATCHES = 24
PER_BATCH = 1000
WHO = {"actor": "Anna Beispiel", "client": "10.0.0.7"}
ADDRESS = "lena.beispiel@example.org"
ANSWER = "Die Stadt prüft bis März, wo Bänke aufgestellt werden."
CLOCK = dt.datetime(2026, 11, 14, 19, 0, tzinfo=dt.UTC)


def station_app(*args: str | Path, wait: bool = True) -> Any:
    command = [sys.executable, "-m", "station_app", "collector", *map(str, args)]
    env = {**cli_env(), "PYTHONUNBUFFERED": "1"}
    if not wait:
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env)
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def fill_venue(path: Path) -> dict[str, Any]:
    """The venue's database; what the checks look for in the city's."""
    with CollectorStore.open(path) as store:
        cards = []
        for n in range(BATCHES):
            batch = [card(f"Idee {n}-{i}: mehr Bänke und Schatten im Quartier")
                     for i in range(PER_BATCH)]
            moderation = [{"uuid": f"00000000-0000-4000-8000-{n:012d}",
                           "card_uuid": batch[0]["uuid"], "hidden": True,
                           "reason": "Werbung", "at": "2026-11-14T17:00:00+00:00"}] \
                if n == 3 else None
            receive(store, batch, station_id=f"buergerhalle-{n % 2 + 1}",
                    moderation=moderation, at=CLOCK - dt.timedelta(minutes=BATCHES - n))
            cards.extend(batch)
        sealed = nacl.public.SealedBox(store.private_key().public_key).encrypt(
            json.dumps({"email": ADDRESS, "consented_at": "2026-11-14T10:00:00+00:00"}
                       ).encode())
        with store.transaction() as db:
            db.execute("INSERT INTO contacts (uuid, station_id, batch_id, sealed,"
                       " consent_version, consented_at, received_at) VALUES"
                       " ('c0ffee00-0000-4000-8000-000000000001', 'buergerhalle-1', '', ?,"
                       " '2026-10', '2026-11-14', '2026-11-14')", [sealed])
        audit = AuditLog(store, lambda: CLOCK)
        StaffAccounts(store, PasswordHasher(HashCost(1, 8 * 1024))).add(
            "Anna Beispiel", "admin", "Phoenix-See-am-Abend", **WHO)
        casework = Casework(store, StatusCatalogue(), audit, lambda: CLOCK)
        answered, grouped, corrected, withdrawn = cards[1], cards[2], cards[5], cards[7]
        casework.answer_card(answered["uuid"], ANSWER, **WHO)
        casework.set_status(answered["uuid"], "in_progress", **WHO)
        group = casework.create_group("Schatten", **WHO)
        casework.assign([grouped["uuid"], cards[3]["uuid"]], group, **WHO)
        casework.answer_group(group, "Bäume kommen im Herbst.", **WHO)
        holder = CardHolder(store, audit, lambda: CLOCK)
        holder.correct(corrected["code"], "Mehr Bänke, und zwar am Phoenix-See.")
        holder.withdraw(withdrawn["code"])
        return {"answered": answered, "cards": len(cards)}


def rows_of(db: Path | str, table: str, columns: list[str]) -> set[tuple[Any, ...]]:
    picked = ", ".join(columns)
    return {tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
            for row in query(db, f"SELECT {picked} FROM {table}")}


def columns_of(path: Path, table: str) -> list[str]:
    if table == "office_card_text":
        return ["rowid", "text"]
    names = [row[1] for row in query(path, f"PRAGMA table_info({table})")]
    return names if "id" in names else ["rowid", *names]


def test_a_venue_moves_into_postgresql_whole_once_and_resumably(
        tmp_path: Path, collector_databases: Any) -> None:
    venue = tmp_path / "collector.db"
    expected = fill_venue(venue)
    city = collector_databases()

    first = station_app("migrate", "--from", venue, "--to", city, wait=False)
    # Killed half way through the cards: the chunks before stay, whole.
    assert wait_until(lambda: 0 < query(city, "SELECT COUNT(*) FROM cards")[0][0]
                      < expected["cards"] or first.poll() is not None, timeout=120)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    partial = query(city, "SELECT COUNT(*) FROM cards")[0][0]
    assert 0 < partial < expected["cards"], "the first run was not caught half way"
    assert partial % 1000 == 0, "a chunk is whole or absent"

    second = station_app("migrate", "--from", venue, "--to", city)
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stdout + second.stderr
    assert f"cards: {expected['cards'] - partial} row(s) copied" in second.stdout
    with CollectorStore.open(venue) as source:
        tables = copy_order(source)
    for table in tables:
        columns = columns_of(venue, table)
        there, here = rows_of(city, table, columns), rows_of(venue, table, columns)
        assert here <= there, table
        # The one row of the city's own: the migration's audit entry.
        assert [row[columns.index("action")] for row in there - here] == (
            ["collector.migrate"] if table == "office_audit" else []), table
    assert query(city, "SELECT COUNT(*) FROM cards")[0][0] == expected["cards"]

    third = station_app("migrate", "--from", venue, "--to", city)
    assert third.returncode == 0, third.stderr
    assert "0 copied by this run (everything was there already)" in third.stdout
    assert query(city, "SELECT COUNT(*) FROM office_audit WHERE action ="
                       " 'collector.migrate'")[0][0] == 2  # one entry per finished run

    contacts = tmp_path / "mitmachpool.csv"
    opened = station_app("export-contacts", "--db", city, "-o", contacts)
    assert opened.returncode == 0, opened.stderr
    assert ADDRESS in contacts.read_text(encoding="utf-8-sig")

    with CollectorStore.open(city) as store:  # new rows past the copied keys
        AuditLog(store).record("Anna Beispiel", "office.login", client="10.0.0.8")
        casework = Casework(store, StatusCatalogue(), AuditLog(store))
        casework.create_group("Neue Gruppe", **WHO)

    with CollectorProcess(city, log=tmp_path / "city.log") as city_collector:
        import httpx

        code = expected["answered"]["code"]
        page = httpx.get(f"{city_collector.url}/k/{code}?lang=de", timeout=30)
        assert page.status_code == 200 and ANSWER in page.text


def test_a_database_of_another_collector_is_not_overwritten(
        tmp_path: Path, collector_databases: Any) -> None:
    venue, other = tmp_path / "venue.db", tmp_path / "other.db"
    for path, text in ((venue, "Von der Bürgerhalle"), (other, "Aus Hörde")):
        with CollectorStore.open(path) as store:
            receive(store, [card(text)])
    city = collector_databases()
    assert station_app("migrate", "--from", other, "--to", city).returncode == 0

    refused = station_app("migrate", "--from", venue, "--to", city)
    assert refused.returncode == 2
    assert "already holds another collector's data under another key pair" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert [row[0] for row in query(city, "SELECT data FROM cards")] == [
        row[0] for row in query(other, "SELECT data FROM cards")]


def test_wrong_arguments_are_named_and_nothing_is_made(
        tmp_path: Path, collector_databases: Any) -> None:
    city = collector_databases()
    missing = station_app("migrate", "--from", tmp_path / "fehlt.db", "--to", city)
    assert missing.returncode == 2 and "there is no such file to migrate" in missing.stderr
    assert not (tmp_path / "fehlt.db").exists()
    to_file = station_app("migrate", "--from", tmp_path / "fehlt.db", "--to",
                          tmp_path / "x.db")
    assert to_file.returncode == 2 and "--to takes a postgresql:// URL" in to_file.stderr
    station_db = tmp_path / "station.db"
    open_database(station_db).close()
    a_station = station_app("migrate", "--from", station_db, "--to", city)
    assert a_station.returncode == 2 and "this is a station's database" in a_station.stderr
    garbage = tmp_path / "kaputt.db"
    garbage.write_bytes(b"kein SQLite, nur Text" * 100)
    broken = station_app("migrate", "--from", garbage, "--to", city)
    assert broken.returncode == 2 and "cannot be opened" in broken.stderr
    from_url = station_app("migrate", "--from", city, "--to", city)
    assert from_url.returncode == 2 and "--from takes the venue's SQLite file" in \
        from_url.stderr
    for run in (missing, to_file, a_station, broken, from_url):
        assert "Traceback" not in run.stderr
    assert query(city, "SELECT COUNT(*) FROM cards") == [(0,)]
