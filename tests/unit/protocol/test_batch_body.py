"""Reading a batch body as the station writes it: the document, the text its signature
covers and the text of each card, cut from the body; anything else is left to the ordinary
reading."""

from __future__ import annotations

import json

import nacl.signing
import pytest

from station_app.protocol.batch_body import read_body
from station_app.protocol.canonical import b64decode, canonical_json, canonical_text
from station_app.protocol.signatures import sign_document

KEY = nacl.signing.SigningKey(bytes(range(32)))
LABELS = {"prompt": {"de": "Was macht Dortmund aus?", "ar": "ما الذي يميّز دورتموند؟"},
          "topic": {"de": "Grün", "uk": "Зелень"}}


def card(number: int, text: str) -> dict:
    return {"age_group_id": None, "code": f"K7M-4QX-{number:04d}", "created_at":
            "2026-11-14T18:00:00+00:00", "district_id": "hoerde", "hidden": False,
            "labels": LABELS, "language": "de", "prompt_id": "p1", "session_id": 1,
            "source": "kiosk", "station_id": "saal-1", "text": text, "topic_id": "gruen",
            "uuid": f"00000000-0000-4000-8000-{number:012d}"}


TEXTS = [
    "Mehr Bäume an der Kampstraße",
    'Ein Zitat: "age_group_id": nein',            # quotes inside a text
    'Endet mit },{"age_group_id":',               # the cut between cards, as text
    "Endet mit einem Komma,",
    "Endet mit {",
    "Zeilen\nund\tTabs \\ und /",
]


def document() -> dict:
    return {"approvals": [{"at": "2026-11-14T18:01:00+00:00", "card_uuid": "c",
                           "uuid": "a"}],
            "batch_id": "b", "cards": [card(i, text) for i, text in enumerate(TEXTS)],
            "contacts": [], "created_at": "2026-11-14T18:02:00+00:00",
            "event": {"name": "Stadtkonferenz"}, "format": "station-batch/1",
            "manifest_sha256": "0" * 64, "moderation": [], "seq": 3,
            "station_id": "saal-1", "totals": {"batches_sealed": 3}}


def test_a_body_as_a_station_writes_it_is_read_with_the_text_of_its_parts():
    raw = sign_document(document(), KEY)
    body = read_body(raw)
    assert body is not None
    assert body.document == json.loads(raw)
    unsigned = {name: value for name, value in body.document.items() if name != "signature"}
    assert body.unsigned == canonical_json(unsigned)
    KEY.verify_key.verify(body.unsigned, b64decode(body.document["signature"], "signature"))
    assert body.cards == [canonical_text(one) for one in body.document["cards"]]
    assert {name: bytes(value) for name, value in body.values.items()} == {
        name: canonical_json(value) for name, value in body.document.items()}
    assert [json.loads(text)["text"] for text in body.cards] == TEXTS


@pytest.mark.parametrize(("text", "unsigned"), [
    ('{"a":1,"signature":"x"}', '{"a":1}'),   # the last member
    ('{"signature":"x","z":[1]}', '{"z":[1]}'),  # the first
    ('{"signature":"x"}', "{}"),              # the only one
])
def test_the_signature_is_taken_out_wherever_it_stands(text, unsigned):
    body = read_body(text.encode("utf-8"))
    assert body is not None and body.unsigned == unsigned.encode("utf-8")


@pytest.mark.parametrize("text", [
    canonical_text({"cards": [{"a": 1, "more": [{"a": 2}, {"a": 3}]}, {"a": 4}, 5,
                              {"b": "x"}], "signature": "x"}),
    # A card that holds a list of objects like cards, and one written with a space: where
    # the cards begin and end is the scanner's word, not a search for "},{".
    '{"cards":[{"a":1,"more":[{"a":2},{"a":3}]},{ "a":4}],"signature":"x"}',
])
def test_each_card_is_cut_where_the_scanner_finds_it(text):
    body = read_body(text.encode("utf-8"))
    assert body is not None
    assert [json.loads(one) for one in body.cards] == body.document["cards"]
    assert ",".join(body.cards) == text[text.index("[") + 1:text.index('],"signature"')]


@pytest.mark.parametrize("text", [
    json.dumps({"cards": [], "signature": "x"}, indent=1),  # spaces between members
    '{"cards": [],"signature":"x"}',
    '{"a":1,"a":2,"signature":"x"}',            # a member twice
    '{"a":1,"signature":"x"} ',                 # text after the object
    '{"a":1.5,"signature":"x"}',                # a fraction
    '{"a":NaN,"signature":"x"}',
    '{"a":' + "9" * 20 + ',"signature":"x"}',   # beyond the range of whole numbers
    '{"a":' + "[" * 100_000 + "]" * 100_000 + ',"signature":"x"}',  # deeper than Python
    '{"a":1}',                                  # no signature
    '{"cards":{"a":1},"signature":"x"}',        # cards that are no list
    '{"cards":[ {"a":1}],"signature":"x"}',
    "[]", "{}", "", '{"a":', '{"a"', "{1:2}",
])
def test_other_bodies_are_left_to_the_ordinary_reading(text):
    assert read_body(text.encode("utf-8")) is None


def test_the_bytes_of_a_body_in_many_scripts_are_cut_where_its_text_is():
    """Places in the decoded text are not places in the bytes when letters take several
    bytes: before the cards and after them."""
    raw = sign_document({**document(), "batch_id": "Bürgerhalle-ü-€-𝄞", "totals": {
        "name": "Nördliche Innenstadt 東京"}}, KEY)
    body = read_body(raw)
    assert body is not None
    KEY.verify_key.verify(body.unsigned, b64decode(body.document["signature"], "signature"))
    assert bytes(body.values["cards"]) == canonical_json(body.document["cards"])
    assert bytes(body.values["totals"]) == canonical_json(body.document["totals"])


def test_the_members_a_body_spells_are_counted_unless_white_space_may_hide_one():
    assert read_body(b'{"a":{"b":1,"c":{}},"signature":"x"}').members == 4
    # A quoted name in a text counts too: more than the document holds.
    assert read_body(b'{"a":"say \\"b\\": no","signature":"x"}').members == 3
    for spaced in ('{"a":{"b" :1},"signature":"x"}', '{"a":{"b":\n1},"signature":"x"}',
                   '{"a":{"b":\t1},"signature":"x"}', '{"a":{"b":1\r},"signature":"x"}'):
        assert read_body(spaced.encode("utf-8")).members is None
