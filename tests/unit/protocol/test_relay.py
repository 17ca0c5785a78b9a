"""The relay document's shape: a station's batch inside a hub's signed envelope."""

from __future__ import annotations

import json

import pytest

from station_app.protocol.canonical import canonical_json
from station_app.protocol.relay import (
    RelayFormatError,
    check_relay_shape,
    is_relay_document,
    parse_relay,
    relay_document,
    relay_file_name,
)

BATCH = {"format": "station-batch/1", "batch_id": "b", "station_id": "saal-1", "seq": 1,
         "created_at": "2026-09-28T10:00:00+00:00", "cards": [], "contacts": [],
         "manifest_sha256": "h", "signature": "s"}
REGISTRATION = {"station_id": "saal-1", "verify_key": "a2V5",
                "enrolled_at": "2026-09-27T10:00:00+00:00"}


def document(**changes: object) -> dict:
    return {**relay_document("hub-1", "2026-09-28T11:00:00+00:00", REGISTRATION, BATCH,
                             [{"uuid": "c-1", "sealed": "eA=="}]), "signature": "sig",
            **changes}


def test_a_well_formed_relay_document_parses_and_is_recognised():
    raw = canonical_json(document())
    assert parse_relay(raw)["batch"] == BATCH
    assert is_relay_document(raw)
    assert not is_relay_document(canonical_json(BATCH))
    # Inside a string the format's quotes are escaped: a card text cannot pass for one.
    assert not is_relay_document(canonical_json({**BATCH, "x": '"format":"station-relay/1"'}))


@pytest.mark.parametrize(("changes", "reason"), [
    ({"format": "station-relay/2"}, "unknown relay format"),
    ({"hub_id": 5}, "hub_id is missing"),
    ({"signature": ""}, "signature is missing"),
    ({"registration": []}, "registration is missing"),
    ({"registration": {**REGISTRATION, "verify_key": None}}, "registration.verify_key"),
    ({"registration": {**REGISTRATION, "station_id": "saal-2"}}, "another station"),
    ({"contacts": {}}, "contacts is missing"),
    ({"contacts": ["x"]}, r"contacts\[0\] must be an object"),
    ({"contacts": [{"uuid": "c"}]}, r"contacts\[0\].sealed"),
    ({"batch": {**BATCH, "seq": 0}}, "batch: seq must be at least 1"),
    ({"batch": None}, "batch: the batch must be a JSON object"),
    ({"hub_id": "saal-1"}, "its own id"),
])
def test_a_wrong_field_is_refused_with_its_name(changes, reason):
    with pytest.raises(RelayFormatError, match=reason):
        check_relay_shape(document(**changes))


@pytest.mark.parametrize("raw", [b"\xff", b"[", b"NaN", b'{"a": 1.5}', b"[" * 100 + b"]" * 100,
                                 b'"x"', json.dumps({"a": "\ud800"}).encode()])
def test_hostile_bytes_are_refused_with_a_reason(raw):
    with pytest.raises(RelayFormatError, match=r"relay document|nested|whole number|text"):
        parse_relay(raw)


def test_relay_files_are_named_by_hub_station_and_sequence():
    assert relay_file_name("hub-1", "saal-1", 7, "0123456789") == \
        "hub-1-saal-1-000007-01234567.relay.json"
