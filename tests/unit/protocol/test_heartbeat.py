"""The station's heartbeat: signed, every field checked, nothing about a card."""

from __future__ import annotations

import datetime as dt
import json

import nacl.signing
import pytest

from station_app.protocol.canonical import FormatError
from station_app.protocol.heartbeat import Heartbeat, build_heartbeat, read_heartbeat, station_of
from station_app.protocol.signatures import SignatureError

KEY = nacl.signing.SigningKey.generate()
BEAT = Heartbeat("nord-2", dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC), "1.4.0", 3, 12, "ok",
                 8 * 2**30, "")


def test_a_heartbeat_reads_back_with_its_station_and_fields():
    station_id, document = station_of(build_heartbeat(BEAT, KEY))
    assert station_id == "nord-2"
    assert read_heartbeat(document, KEY.verify_key) == BEAT
    assert set(document) == {"format", "station_id", "sent_at", "app_version",
                             "config_version", "pending_cards", "printer",
                             "free_disk_bytes", "last_error", "signature"}


def test_another_key_or_a_changed_field_is_refused():
    _, document = station_of(build_heartbeat(BEAT, KEY))
    with pytest.raises(SignatureError):
        read_heartbeat(document, nacl.signing.SigningKey.generate().verify_key)
    document["pending_cards"] = 0
    with pytest.raises(SignatureError):
        read_heartbeat(document, KEY.verify_key)


@pytest.mark.parametrize("change", [{"printer": "kaputt"}, {"pending_cards": -1},
                                    {"sent_at": "2026-12-03T09:00:00"}, {"app_version": None},
                                    {"free_disk_bytes": True}])
def test_malformed_fields_are_refused_even_when_signed(change):
    from station_app.protocol.signatures import sign_document

    document = {**BEAT.as_document(), **change}
    if change.get("app_version", "") is None:
        del document["app_version"]
    raw = sign_document(document, KEY)
    with pytest.raises(FormatError):
        read_heartbeat(station_of(raw)[1], KEY.verify_key)


@pytest.mark.parametrize("raw", [b"not json", b"[]", b'{"format": "station-batch/1"}',
                                 b'{"format": "station-heartbeat/1", "station_id": "A B"}',
                                 b"{" + b" " * 20000 + b"}"])
def test_what_is_no_heartbeat_is_named(raw):
    with pytest.raises(FormatError):
        station_of(raw)


def test_a_long_error_is_cut():
    beat = Heartbeat(**{**BEAT.__dict__, "last_error": "x" * 1000})
    document = json.loads(build_heartbeat(beat, KEY))
    assert len(document["last_error"]) == 300
