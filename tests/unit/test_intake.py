"""Handing in: the card and its optional opt-in in one core call, together or not at all."""

from __future__ import annotations

import base64
import dataclasses
import json

import pytest
from nacl.public import PrivateKey, SealedBox

from station_app.contacts import ContactOptIn
from station_app.errors import CardRejected, StorageError
from station_app.intake import CardDraft
from station_app.station import Station
from station_app.storage import open_database

DRAFT = CardDraft(prompt_id="idee", topic_id="wohnen", text="Mehr Schatten", language="en")


@pytest.fixture
def sealing_station(default_config, clock, tmp_path):
    key = PrivateKey.generate()
    config = dataclasses.replace(default_config, contact=dataclasses.replace(
        default_config.contact, collector_public_key=base64.b64encode(
            bytes(key.public_key)).decode()))
    station = Station.assemble(config, tmp_path, open_database(":memory:"), clock)
    yield station, key
    station.close()


def _count(station, table: str) -> int:
    return station.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_card_and_contact_are_stored_together(sealing_station):
    station, key = sealing_station
    card = station.intake.hand_in(DRAFT, ContactOptIn("erika@example.org"))
    assert station.archive.get(card.uuid).language == "en"
    [sealed] = station.db.execute("SELECT sealed FROM contacts").fetchone()
    assert json.loads(SealedBox(key).decrypt(sealed))["email"] == "erika@example.org"
    station.intake.hand_in(DRAFT)
    assert (_count(station, "cards"), _count(station, "contacts")) == (2, 1)


def test_a_contact_that_cannot_be_stored_takes_the_card_with_it(sealing_station):
    station, _key = sealing_station
    station.db.execute("CREATE TRIGGER refuse BEFORE INSERT ON contacts "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(StorageError):
        station.intake.hand_in(DRAFT, ContactOptIn("erika@example.org"))
    assert (_count(station, "cards"), _count(station, "contacts")) == (0, 0)


def test_a_rejected_card_stores_no_contact(sealing_station):
    station, _key = sealing_station
    with pytest.raises(CardRejected):
        station.intake.hand_in(dataclasses.replace(DRAFT, text="\u200b"),
                               ContactOptIn("erika@example.org"))
    assert (_count(station, "cards"), _count(station, "contacts")) == (0, 0)


def test_an_opt_in_without_a_mitmachpool_is_refused(station):
    with pytest.raises(StorageError, match="Mitmachpool"):
        station.intake.hand_in(DRAFT, ContactOptIn("erika@example.org"))
    assert _count(station, "cards") == 0


def test_a_transcribed_paper_card_is_paper_and_audited(station):
    card = station.intake.transcribe(DRAFT)
    assert station.archive.get(card.uuid).source == "paper"
    [entry] = [e for e in station.audit.entries() if e.action == "card.transcribe"]
    assert entry.details["code"] == card.code
