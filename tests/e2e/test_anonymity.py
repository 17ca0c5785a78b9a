"""An attacker at the collector tries to name the author of every card from the two exports.

A day at a station: twelve attendees, some leaving an e-mail address for the Mitmachpool,
the kiosk's own hand-in path (``CardIntake.hand_in``) and its own sync (every few cards,
as the background worker does). Then the collector's card export and contact export are
joined every way we could think of. No contact may point at its card: whatever an
attacker combines, each contact stays among several candidate cards, and the only things
the two files share are the station and the day.
"""

from __future__ import annotations

import base64
import csv
import dataclasses
import datetime as dt
import io
import json

import pytest
from starlette.testclient import TestClient

from station_app.collector.app import create_app
from station_app.collector.export import CONTACT_COLUMNS, write_contacts, write_export
from station_app.collector.store import CollectorStore
from station_app.contacts import ContactOptIn
from station_app.intake import CardDraft
from station_app.sync import StationSync
from station_app.sync.transport import CollectorClient
from tests.e2e.sync_fixtures import enrol, open_station, station_config

START = dt.datetime(2026, 9, 28, 8, 0, tzinfo=dt.UTC)

# (minute of the day, language, gives an e-mail?)
ATTENDEES = [(0, "de", True), (7, "de", False), (9, "en", True), (15, "de", True),
             (31, "de", False), (33, "de", True), (40, "en", False), (52, "de", True),
             (58, "de", False), (61, "de", True), (75, "en", True), (80, "de", False)]


class Recording(CollectorClient):
    """The real HTTP client, remembering every batch it sent (the station drops them once
    acknowledged)."""

    sent: list[dict]

    def post_batch(self, document, station_id, key):
        self.sent.append(json.loads(document))
        return super().post_batch(document, station_id, key)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def day_at_the_station(tmp_path, collector_db):
    """Returns the two exports and who really wrote what (the attacker does not have that);
    the collector on each backend in turn."""
    store = CollectorStore.open(collector_db)
    enrolment = enrol(store, "buergerhalle-1", tmp_path, now=START - dt.timedelta(days=1))
    clock = Clock()
    config = station_config()
    config = dataclasses.replace(config, contact=dataclasses.replace(
        config.contact, collector_public_key=base64.b64encode(
            bytes(enrolment.collector_public_key)).decode()))
    station = open_station(config, tmp_path, clock)
    truth: dict[str, str] = {}  # e-mail → card uuid
    with TestClient(create_app(store), base_url="http://collector") as http:
        client = Recording("http://collector", http=http)
        client.sent = []
        sync = StationSync(config, station.db, enrolment, clock=clock, client=client)
        for n, (minute, language, email) in enumerate(ATTENDEES):
            clock.now = START + dt.timedelta(minutes=minute)
            opt_in = ContactOptIn(f"person{n}@example.org") if email else None
            card = station.intake.hand_in(CardDraft(
                prompt_id="idee", topic_id="wohnen", text=f"Idee Nummer {n}",
                language=language), opt_in)
            if opt_in:
                truth[opt_in.email] = card.uuid
            if n % 3 == 2:
                assert sync.upload_once().ok
        clock.now = START + dt.timedelta(hours=10)
        assert sync.upload_once().ok
        clock.now = START + dt.timedelta(days=1, hours=1)  # the next morning
        assert sync.upload_once().ok
        batches = client.sent
    station.close()
    write_export(store, "json", tmp_path / "karten.json", include_hidden=True)
    write_contacts(store, tmp_path / "kontakte.csv")
    cards = json.loads((tmp_path / "karten.json").read_text(encoding="utf-8"))["cards"]
    contacts = list(csv.DictReader(io.StringIO(
        (tmp_path / "kontakte.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    yield cards, contacts, truth, store, batches
    store.close()


def test_every_contact_arrived_and_none_points_at_its_card(day_at_the_station):
    cards, contacts, truth, _store, _batches = day_at_the_station
    assert len(cards) == len(ATTENDEES)
    assert sorted(c["email"] for c in contacts) == sorted(truth)

    # What the contact export holds: nothing finer than a day, no language, no id.
    assert list(contacts[0]) == list(CONTACT_COLUMNS)
    for contact in contacts:
        assert len(contact["consented_on"]) == 10 and len(contact["received_on"]) == 10
    assert [c["email"] for c in contacts] == sorted(c["email"] for c in contacts)

    by_uuid = {card["uuid"]: card for card in cards}
    for contact in contacts:
        # Everything the two files have in common: station and day.
        candidates = [card for card in cards
                      if card["station_id"] == contact["station_id"]
                      and card["created_at"][:10] == contact["consented_on"]]
        assert by_uuid[truth[contact["email"]]] in candidates
        assert len(candidates) >= 5, "a contact narrows the cards down too far"

    # Joining on the nearest time of any kind names nobody more often than chance would.
    card_times = sorted(cards, key=lambda card: card["received_at"])
    for field in ("consented_on", "received_on"):
        guesses = {c["email"]: min(card_times, key=lambda card: abs(
            dt.datetime.fromisoformat(card["received_at"]).timestamp()
            - dt.datetime.fromisoformat(c[field] + "T00:00:00+00:00").timestamp()))["uuid"]
            for c in contacts}
        assert sum(guesses[e] == truth[e] for e in truth) <= 1

    # Position: the n-th contact of the file is not the n-th card given with an e-mail.
    in_order = [card["uuid"] for card in sorted(cards, key=lambda card: card["created_at"])
                if card["uuid"] in truth.values()]
    assert sum(truth[c["email"]] == in_order[i] for i, c in enumerate(contacts)) <= 1


def test_inside_the_collector_contacts_carry_no_batch_time_or_order(day_at_the_station):
    _cards, contacts, truth, store, batches = day_at_the_station
    rows = store.db.execute("SELECT batch_id, consented_at, received_at FROM contacts"
                            " ORDER BY rowid").fetchall()
    assert {row[0] for row in rows} == {""}
    assert all(len(row[1]) == 10 and len(row[2]) == 10 for row in rows)
    # On the way: contacts never share a batch with cards, and travel five or more at a
    # time (or the day after).
    contact_batches = [b for b in batches if b["contacts"]]
    assert all(not b["cards"] for b in contact_batches)
    today = START.date().isoformat()
    for batch in contact_batches:
        assert len(batch["contacts"]) >= 5 or all(
            c["consented_at"] < batch["created_at"][:10] for c in batch["contacts"])
        assert {c["consented_at"] for c in batch["contacts"]} == {today}
    assert len(contact_batches) == 2  # five the same day, the last two the next morning
    assert sorted(c["uuid"] for b in contact_batches for c in b["contacts"]) == sorted(
        row[0] for row in store.db.execute("SELECT uuid FROM contacts"))
    assert len(contacts) == len(truth)
