"""The ``hub-decisions/1`` document: every malformed one refused in one line that names
what is wrong, a good one read back as written."""

from __future__ import annotations

import nacl.signing
import pytest

from station_app.protocol.canonical import canonical_json
from station_app.protocol.hub_decisions import (
    MAX_DECISIONS,
    DecisionsFormatError,
    decisions_document,
    decisions_file_name,
    is_decisions_document,
    parse_decisions,
)
from station_app.protocol.relay import is_relay_document
from station_app.protocol.signatures import sign_document

KEY = nacl.signing.SigningKey.generate()
HIDE = {"id": "6b1c6f55-7f7e-4f55-9c55-111111111111", "kind": "hide",
        "card_uuid": "0d9f5b0e-2b1b-4a4e-8a8c-222222222222", "at": "2026-11-14T10:00:00+00:00",
        "reason": "Beleidigung", "by": "mara"}


def signed(decisions: list[dict], hub_id: str = "hub-1") -> bytes:
    return sign_document(decisions_document(hub_id, "2026-11-14T10:05:00+00:00", decisions),
                         KEY)


def test_a_signed_document_reads_back_and_is_told_apart_from_a_relay():
    withdraw = {"id": "withdrawal:x", "kind": "withdraw", "card_uuid": "x",
                "at": "2026-11-14T10:01:00+00:00"}
    correct = {"id": "correction:4", "kind": "correct", "card_uuid": "x",
               "at": "2026-11-14T10:02:00+00:00", "text": "Neu: \"mehr\" Bänke"}
    raw = signed([HIDE, withdraw, correct])
    assert is_decisions_document(raw) and not is_relay_document(raw)
    document = parse_decisions(raw)
    assert document["decisions"] == [HIDE, withdraw, correct]
    # A card text that quotes the format cannot make a batch look like decisions.
    assert not is_decisions_document(canonical_json({"text": '"format":"hub-decisions/1"'}))


@pytest.mark.parametrize(("change", "message"), [
    ({"kind": "delete"}, "decisions[0].kind must be one of hide, show, withdraw, correct"),
    ({"by": ""}, "decisions[0].by is missing or has the wrong type"),
    ({"reason": 5}, "decisions[0].reason is missing or too long"),
    ({"reason": "x" * 501}, "decisions[0].reason is missing or too long"),
    ({"card_uuid": None}, "decisions[0].card_uuid is missing or has the wrong type"),
    ({"kind": "correct", "text": "x" * 5001}, "decisions[0].text is too long"),
])
def test_a_malformed_decision_is_named(change, message):
    with pytest.raises(DecisionsFormatError) as refused:
        parse_decisions(signed([{**HIDE, **change}]))
    assert str(refused.value) == message


def test_malformed_documents_are_refused_in_one_line():
    for raw, message in [
        (b"\xff", "not valid UTF-8"),
        (b"[1]", "must be a JSON object"),
        (b'{"a": NaN}', "not valid JSON"),
        (canonical_json({"format": "hub-decisions/2"}), "unknown decisions format"),
        (signed([]), "decisions is missing, empty"),
        (signed([HIDE], hub_id="Hub 1!"), "hub_id is not a station id"),
        (signed([HIDE, HIDE]), "decisions[1].id appears twice"),
        (signed([{**HIDE, "id": str(i)} for i in range(MAX_DECISIONS + 1)]),
         f"more than {MAX_DECISIONS} decisions"),
    ]:
        with pytest.raises(DecisionsFormatError) as refused:
            parse_decisions(raw)
        assert message in str(refused.value) and "\n" not in str(refused.value)


def test_file_names_sort_by_time_and_name_the_hub():
    name = decisions_file_name("hub-1", "2026-11-14T10:00:00+00:00", "correction:17")
    assert name.startswith("hub-1-decisions-20261114100000-")
    assert name.endswith(".decisions.json") and len(name) == len(
        "hub-1-decisions-20261114100000-12345678.decisions.json")
    assert name != decisions_file_name("hub-1", "2026-11-14T10:00:00+00:00", "correction:18")
