"""Sync problems in words: the sentences the sync layer really writes, sorted into the
catalogue's messages (German and English, no URLs, exception names or tracebacks)."""

from __future__ import annotations

import dataclasses

import httpx
import pytest
from starlette.testclient import TestClient

from station_app.collector.app import create_app
from station_app.errors import UserError
from station_app.protocol.enrolment import write_enrolment
from station_app.protocol.files import atomic_write
from station_app.sync import StationSync, enrolment_path, load_station_enrolment
from station_app.sync.outcomes import (
    CONFLICT,
    NO_FOLDER,
    NOT_ENROLLED,
    NOT_KNOWN,
    OTHER_STATION,
    UNEXPECTED,
    UNREACHABLE,
    sync_problem,
)
from station_app.sync.transport import CollectorClient
from tests.e2e.collector_process import free_port
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config


@pytest.fixture
def station(tmp_path):
    opened = open_station(station_config(), tmp_path)
    yield opened
    opened.close()


def _run_error(station, enrolment, client: CollectorClient) -> str:
    sync = StationSync(station.config, station.db, enrolment, client=client)
    try:
        report = sync.upload_once()
    finally:
        sync.close()
    assert not report.ok
    return report.errors[0]


def test_an_unreachable_collector(station, store, tmp_path):
    add_cards(station, 1)
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    error = _run_error(station, enrolment, CollectorClient(f"http://127.0.0.1:{free_port()}"))
    message = sync_problem(error)
    assert message.source == UNREACHABLE
    assert message.text("de") == "Sammelstelle nicht erreichbar"
    assert message.text("en") == "Collection point not reachable"


def test_a_station_the_collector_does_not_know(station, store, tmp_path):
    add_cards(station, 1)
    stranger = enrol(store, "buergerhalle-1", tmp_path)
    other = dataclasses.replace(stranger, signing_key=enrol(
        store, "nebenstelle", tmp_path).signing_key)  # signed with another station's key
    with TestClient(create_app(store), base_url="http://collector") as http:
        error = _run_error(station, other, CollectorClient("http://collector", http=http))
    assert sync_problem(error).source == NOT_KNOWN


def test_a_conflict_and_the_words_for_it(station, store, tmp_path):
    message = sync_problem("batch 3: collector reports a conflict: card 1234 has other content")
    assert message.source == CONFLICT
    assert "Kennung" in message.text("de") and "identifier" in message.text("en")


def test_no_enrolment_and_an_enrolment_for_another_station(station, store, tmp_path):
    with pytest.raises(UserError) as missing:
        load_station_enrolment(station.config, tmp_path)
    assert sync_problem(str(missing.value)).source == NOT_ENROLLED
    foreign = enrol(store, "andere-station", tmp_path)
    write_enrolment(foreign, enrolment_path(station.config, tmp_path))
    with pytest.raises(UserError) as other:
        load_station_enrolment(station.config, tmp_path)
    message = sync_problem(str(other.value))
    assert message.source == OTHER_STATION
    assert message.text("de") == ("Die Anmeldedatei gehört zur Station „andere-station“, "
                                  "diese Station ist „buergerhalle-1“")
    assert str(tmp_path) not in message.text("en")


def test_a_stick_pulled_while_batch_files_are_written(tmp_path):
    with pytest.raises(UserError) as error:
        atomic_write(tmp_path / "weg" / "batch.json", b"{}")
    assert sync_problem(str(error.value)).source == NO_FOLDER


def test_anything_else_is_unexpected_and_shows_no_exception_text():
    message = sync_problem(f"{httpx.ReadError.__name__}: [Errno 104] Connection reset by peer")
    assert message.source == UNEXPECTED
    assert "Errno" not in message.text("de") and "Error" not in message.text("en")
