"""The batch format's own defences: the value budget, checked without parsing; the
manifest and the shape of the approvals for the live wall."""

from __future__ import annotations

import json
import re

import pytest

from station_app.protocol.batch import (
    FORMAT,
    MAX_CONTAINERS,
    MAX_VALUES,
    BatchFormatError,
    check_shape,
    check_size,
    manifest_sha256,
    parse_document,
    read_document,
)


@pytest.mark.parametrize(("raw", "reason"), [
    (b"[" + b"0," * MAX_VALUES + b"0]", "too many values"),
    (b'["' + b'a","' * MAX_VALUES + b'"]', "too many values"),
    (b"[" + b"[]," * MAX_CONTAINERS + b"[]]", "too many objects and lists"),
    (b"[" + b"{}," * MAX_CONTAINERS + b"{}]", "too many objects and lists"),
])
def test_too_many_values_are_refused_before_parsing(raw, reason):
    with pytest.raises(BatchFormatError, match=reason):
        check_size(raw)
    with pytest.raises(BatchFormatError, match=reason):
        parse_document(raw)


@pytest.mark.parametrize("text", [
    b",:[{" * (MAX_VALUES // 2),           # separators inside a text are no values
    b'\\",[' * (MAX_VALUES // 2),          # nor behind escaped quotes
])
def test_a_long_text_full_of_separators_is_within_the_budget(text):
    raw = b'{"format": "x", "t": "' + text + b'"}'
    check_size(raw)  # not refused: the separators are inside the string
    with pytest.raises(BatchFormatError, match="unknown batch format"):
        parse_document(raw)  # parsed, and refused only for what it is


@pytest.mark.parametrize("raw", [
    b'"\\' * 200_000,            # an unterminated string of escapes
    b'x\\"' * 200_000,           # escaped quotes outside any string
    b'"' + b"a" * 1_000_000,    # a string that never ends
    b'[",' * 400_000,            # quotes that pair up across separators
])
def test_odd_quoting_is_counted_without_error(raw):
    try:
        check_size(raw)
    except BatchFormatError as error:
        assert "too many" in str(error)
    with pytest.raises(BatchFormatError):
        parse_document(raw)


APPROVAL = {"uuid": "0b3c5f1e-8f0a-4a55-9f7e-5d1d6f1e2a10",
            "card_uuid": "6d1e0f52-2f6f-4c1f-8d7a-0c6e9b7a1c33",
            "at": "2026-09-28T10:15:00+00:00"}


def test_approvals_are_in_the_manifest_and_none_hash_as_before():
    cards, contacts = [{"uuid": "a"}], []
    before = manifest_sha256(cards, contacts)
    assert manifest_sha256(cards, contacts, [], []) == before  # older batches stay valid
    assert manifest_sha256(cards, contacts, None, [APPROVAL]) != before
    moderation = [{"uuid": "m", "card_uuid": "a", "hidden": True, "reason": "x", "at": "t"}]
    assert manifest_sha256(cards, contacts, moderation, [APPROVAL]) \
        != manifest_sha256(cards, contacts, moderation)


def _shape(approvals: object) -> dict:
    return {"format": FORMAT, "batch_id": "b", "station_id": "s", "created_at": "t",
            "manifest_sha256": "m", "seq": 1, "cards": [], "contacts": [],
            "approvals": approvals}


def test_the_shape_of_approvals_is_checked():
    check_shape(_shape([APPROVAL]))
    check_shape(_shape(None))
    for wrong, reason in (("ja", "approvals is missing or has the wrong type"),
                          (["x"], "approvals[0] must be an object"),
                          ([{**APPROVAL, "at": 5}], "approvals[0].at is missing"),
                          ([{"uuid": "u", "at": "t"}], "approvals[0].card_uuid is missing")):
        with pytest.raises(BatchFormatError, match=re.escape(reason)):
            check_shape(_shape(wrong))


def _nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize(("body", "reason"), [
    ('{"cards":[{"text":"Bänke","n":1.5}]}', "cards[0].n must be a whole number"),
    ('{"cards":[{"text":"Bänke","seq":9007199254740992}]}', "cards[0].seq is out of range"),
    ('{"cards":[{"text":"Bänke","seq":-9007199254740992}]}', "cards[0].seq is out of range"),
    ('{"cards":[{"text":"B\\u00e4nke \\u0000"}]}', "cards[0].text contains a NUL character"),
    ('{"cards":[{"text":"\\ud800 Bänke"}]}', "cards[0].text is not valid text"),
    ('{"cards":[{"t\\u0000":"x"}]}', "cards[0] contains a NUL character"),
    ('{"event":' + _nested(16) + "}", "is nested too deeply"),
    ('{"event":{"labels":[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]}}', "is nested too deeply"),
])
@pytest.mark.parametrize("signed", [False, True])
def test_a_hostile_value_anywhere_is_refused_by_name(body, reason, signed):
    """With and without \\u escapes in the body (an ordinary batch has none, and its
    strings are then not looked at one by one), laid out as a station writes a body or
    not (``batch_body``), the fault is found and its place named."""
    with pytest.raises(BatchFormatError, match=re.escape(reason)):
        parse_document(_signed(body) if signed else body.encode("utf-8"))


def _signed(body: str) -> bytes:
    """The body with a signature member, as a station lays it out."""
    return (body[:-1] + ',"signature":"x"}').encode("utf-8")


@pytest.mark.parametrize("body", [
    '{"event":' + _nested(15) + "}",
    '{"cards":[{"text":"B\\u00e4nke, \\"zitiert\\"","seq":9007199254740991,"x":null}]}',
    '{"cards":[{"text":"Bänke \\\\u0000 ist kein Escape","ok":true}]}',
])
@pytest.mark.parametrize("signed", [False, True])
def test_values_at_the_limits_pass_to_the_shape_check(body, signed):
    with pytest.raises(BatchFormatError, match="unknown batch format"):
        parse_document(_signed(body) if signed else body.encode("utf-8"))


def _batch(cards: str) -> bytes:
    return ('{"batch_id":"b","cards":[' + cards + '],"contacts":[],"created_at":"t",'
            f'"format":"{FORMAT}","manifest_sha256":"m","seq":1,"signature":"x",'
            '"station_id":"s"}').encode("utf-8")


CARD = ('{"code":"K","created_at":"t","language":"de","prompt_id":"p","session_id":1,'
        '"source":"kiosk","station_id":"s","text":"%s","topic_id":"t","uuid":"u"}')


def test_a_station_body_is_read_with_the_text_of_its_cards():
    raw = _batch(CARD % "Bänke" + "," + CARD % "Wege")
    document, body = read_document(raw)
    assert document == json.loads(raw)
    assert body is not None and body.cards == [CARD % "Bänke", CARD % "Wege"]


def test_a_station_body_with_escapes_is_read_with_the_text_of_its_cards():
    raw = _batch(CARD % "B\\u00e4nke")
    document, body = read_document(raw)
    assert document["cards"][0]["text"] == "Bänke"
    assert body is not None and body.cards == [CARD % "B\\u00e4nke"]


@pytest.mark.parametrize("cards", [
    CARD % "Bänke" + "," + (CARD % "Wege").replace('"text":', '"text":"leer","text":'),
    (CARD % "Wege").replace('"text":', '"text":"\\u0000","text" :'),  # hidden by a space
    (CARD % "Wege").replace('"text":', '"text":"leer",\n"text":'),
    CARD % 'Ein \\"Zitat\\": ja',          # a quoted name in a text
])
def test_a_body_whose_text_is_not_its_document_gives_no_text(cards):
    """A member twice anywhere (the parser keeps the last, a database may read the
    first), white space that may hide one, or a name in quotes inside a text: the
    document as parsed, and no text of its parts (the collector writes them out anew)."""
    raw = _batch(cards)
    document, body = read_document(raw)
    assert body is None and document == json.loads(raw)
