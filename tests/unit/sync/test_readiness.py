"""``check``'s sync line: not enrolled, enrolled, or a Mitmachpool key that cannot work."""

from __future__ import annotations

import dataclasses

import pytest

from station_app.collector.store import CollectorStore
from station_app.enrolled import enrolment_path
from station_app.errors import UserError
from station_app.protocol.enrolment import write_enrolment
from station_app.sync.readiness import sync_readiness
from tests.e2e.sync_fixtures import enrol


def test_not_enrolled_enrolled_and_a_foreign_key(station, tmp_path):
    assert "not registered" in sync_readiness(station)
    store = CollectorStore.open(":memory:")
    enrolment = enrol(store, station.config.station.id, tmp_path)
    store.close()
    write_enrolment(enrolment, enrolment_path(station.config, station.data_dir))
    assert sync_readiness(station) == \
        f"sync: enrolled as {station.config.station.id} at http://127.0.0.1:8787"
    station.config = dataclasses.replace(station.config, contact=dataclasses.replace(
        station.config.contact, collector_public_key="C" * 43 + "="))
    with pytest.raises(UserError, match="is not the key of the collector"):
        sync_readiness(station)
