"""Cards: text normalisation and building a card."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app.cards import Card, new_card, normalise_text
from station_app.errors import CardRejected
from station_app.protocol.cards import CARD_FIELD_NAMES
from station_app.protocol.codes import parse_code


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("  Mehr Bäume am Wall  ", "Mehr Bäume am Wall"),
        ("Cafe\u0301 am Markt", "Café am Markt"),  # combining accent → NFC
        ("Zeile 1\r\nZeile 2\rZeile 3", "Zeile 1\nZeile 2\nZeile 3"),
        ("Familie 👨\u200d👩\u200d👧 und 🏳️\u200d🌈", "Familie 👨\u200d👩\u200d👧 und 🏳️\u200d🌈"),
        ("Flagge 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
         "Flagge 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"),
        ("مدينة خضراء للجميع", "مدينة خضراء للجميع"),
        ("Мій Дортмунд", "Мій Дортмунд"),
        ("Güzel şehir İstanbul değil Dortmund", "Güzel şehir İstanbul değil Dortmund"),
        ("می\u200cخواهم", "می\u200cخواهم"),  # Persian needs its zero-width non-joiner
        ("Park\u200b\u200bplatz", "Parkplatz"),
        ("abc\u202edef\u202c", "abcdef"),
        ("a\u2066b\u2069c", "abc"),
        ("Null\x00Byte", "NullByte"),
        ("Glocke\x07 Tab\tEnde", "Glocke Tab Ende"),
        ("\ufeffBOM am Anfang", "BOM am Anfang"),
        ("\u200dverwaist\u200d", "verwaist"),
        ("Absatz\n\n\n\n\nzu viel", "Absatz\n\nzu viel"),
        ("Leerzeichen am Zeilenende   \nweiter", "Leerzeichen am Zeilenende\nweiter"),
    ],
)
def test_normalisation_keeps_scripts_and_removes_invisibles(raw, stored):
    assert normalise_text(raw) == stored


@pytest.mark.parametrize("raw", ["", "   ", "\n\t\n", "\u200b\u200b", "\u202e", "\x00\x01"])
def test_empty_text_is_refused_with_a_clear_message(raw):
    with pytest.raises(CardRejected, match="the text is empty"):
        normalise_text(raw)


def test_length_limit_names_the_numbers():
    assert normalise_text("x" * 1000) == "x" * 1000
    with pytest.raises(CardRejected, match=r"too long \(1001 characters, at most 1000\)"):
        normalise_text("x" * 1001)


def test_lone_surrogates_from_invalid_utf8_are_refused():
    with pytest.raises(CardRejected, match="not valid UTF-8"):
        normalise_text(b"caf\xe9".decode("utf-8", "surrogateescape"))


@given(st.text(max_size=300))
def test_normalisation_is_idempotent_and_clean(text):
    try:
        once = normalise_text(text)
    except CardRejected:
        return
    assert normalise_text(once) == once
    assert once == once.strip()
    assert not any(ch in once for ch in "\u200b\u202e\u2066\ufeff\x00\r")


def test_new_card_is_utc_and_complete():
    now = dt.datetime(2026, 9, 28, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    card = new_card(session_id=1, station_id="s", prompt_id="idee", topic_id="wohnen",
                    text=" Hallo ", district_id="", now=now)
    assert card.created_at == dt.datetime(2026, 9, 28, 10, 0, tzinfo=dt.UTC)
    assert card.created_at.utcoffset() == dt.timedelta(0)
    assert card.text == "Hallo"
    assert card.district_id is None
    assert parse_code(card.code) == card.code
    assert set(card.as_dict()) == {
        "uuid", "code", "session_id", "station_id", "prompt_id", "topic_id", "text",
        "district_id", "age_group_id", "language", "source", "created_at"}


def test_new_card_refuses_naive_time_and_unknown_source():
    with pytest.raises(ValueError, match="timezone-aware"):
        new_card(session_id=1, station_id="s", prompt_id="p", topic_id="t", text="x",
                 now=dt.datetime(2026, 1, 1))
    with pytest.raises(CardRejected, match="source must be one of"):
        new_card(session_id=1, station_id="s", prompt_id="p", topic_id="t", text="x",
                 source="web")  # type: ignore[arg-type]


def test_the_card_has_exactly_the_protocols_fields_in_its_order():
    """One field list: the station's Card, the database columns, the batch, the exports."""
    assert tuple(f.name for f in dataclasses.fields(Card)) == CARD_FIELD_NAMES
