"""The office's TOML writer: whatever it writes, ``tomllib`` reads back as it was – the
strings with quotes, backslashes, line breaks and control characters above all."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app.collector.office.toml_writer import dumps, key_text

NASTY = ['"', "\\", '\\"', '"""', "'''", "\n", "\r\n", "\r", "\t", "\x00", "\x1f", "\x7f",
         "\b\f", 'ends with a quote"', "ends with a backslash\\", "line\\\nbreak",
         "<script>alert('x')</script>", "ä ö ü ß – “quotes” مرحبا Привет", "\u2028\u2029",
         "a = 1\n[table]\n[[rows]]", "#not a comment", "${code} {code}", ""]


def round_trip(document: dict) -> dict:
    text = dumps(document)
    return tomllib.loads(text)


@pytest.mark.parametrize("text", NASTY)
def test_every_string_comes_back_as_it_was(text):
    document = {"plain": text, "table": {"value": text, "inline": {"en": text, "tr": text}},
                "rows": [{"label": text, "translations": {"ls": text}}, {"label": "zwei"}]}
    assert round_trip(document) == document


def test_the_kinds_of_value_a_configuration_has():
    document = {
        "event": {"name": "Forum", "date": dt.date(2026, 9, 28), "venue": ""},
        "kiosk": {"languages": ["de", "ls", "en"], "inactivity_seconds": 0,
                  "warning_seconds": -30, "ask_details": False, "allow_other_topic": True},
        "empty": {}, "receipt": {"title_translations": {}, "list": []},
        "prompts": [{"id": "heute", "translations": {"en": "Today"}}],
        "key with spaces": {"ä": "umlaut key", "": "empty key"},
    }
    assert round_trip(document) == document


def test_tables_come_after_plain_values_and_rows_as_arrays_of_tables():
    text = dumps({"event": {"name": "Forum"}, "prompts": [{"id": "a"}, {"id": "b"}],
                  "top": 1})
    assert text == ('top = 1\n\n[event]\nname = "Forum"\n\n[[prompts]]\nid = "a"\n\n'
                    '[[prompts]]\nid = "b"\n')
    assert dumps({"receipt": {"t": {"en": "x", "tr": "y"}}}) == \
        '[receipt]\nt = { en = "x", tr = "y" }\n'


def test_a_text_over_several_lines_stays_readable_outside_inline_tables():
    text = dumps({"contact": {"privacy_notice": 'Wer? "Die Stadt".\nWie lange?\n'}})
    assert '"""\nWer? \\"Die Stadt\\".\nWie lange?\n"""' in text
    assert "\\n" not in text.split('"""')[1]


def test_keys_are_bare_when_they_can_be():
    assert key_text("consent_text-2") == "consent_text-2"
    assert key_text("a.b") == '"a.b"' and key_text('"') == '"\\""'


@pytest.mark.parametrize("value", [1.5, dt.datetime(2026, 1, 1, 12), object(), [1, {"a": 1}],
                                   {1: "x"}])
def test_what_a_configuration_never_holds_is_refused(value):
    with pytest.raises(TypeError):
        dumps({"table": {"value": value}} if not isinstance(value, dict) else {"t": value})


texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
keys = st.text(st.characters(exclude_categories=("Cs",)), max_size=8)
plain = st.one_of(texts, st.integers(-2**63, 2**63 - 1), st.booleans(),
                  st.dates(), st.lists(texts, max_size=3))
tables = st.dictionaries(keys, st.one_of(plain, st.dictionaries(keys, texts, max_size=3)),
                         max_size=4)


@given(st.dictionaries(keys, st.one_of(tables, st.lists(tables, min_size=1, max_size=3)),
                       max_size=4))
def test_any_document_of_that_shape_comes_back(document):
    assert round_trip(document) == document
