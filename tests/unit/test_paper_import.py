"""Transcribed paper cards from CSV: every error names the file and the line that is wrong."""

from __future__ import annotations

import pytest

from station_app.errors import UserError
from station_app.paper_import import read_paper_cards
from station_app.station import Station
from station_app.storage import open_database


@pytest.fixture
def station(default_config, clock, tmp_path):
    opened = Station.assemble(default_config, tmp_path, open_database(":memory:"), clock)
    yield opened
    opened.close()


def read(station, tmp_path, content: str | bytes):
    path = tmp_path / "karten.csv"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return read_paper_cards(path, station.intake, station.sessions.current_or_open().id)


@pytest.mark.parametrize(("content", "message"), [
    ("prompt;topic;text;text\nidee;wohnen;a;b\n", "line 1: the column 'text' appears twice"),
    ("prompt;Topic;text;TOPIC\nidee;wohnen;a;b\n", "line 1: the column 'topic' appears twice"),
    ("prompt;topic;text;\nidee;wohnen;a;\n", "line 1: column 4 has no name"),
    ("prompt;topic;text;name\nidee;wohnen;a;Erika\n", "line 1: unknown column 'name'"),
    ("prompt;text\nidee;a\n", "line 1: missing column(s) topic"),
    # A quoted text over two lines and a blank line: the bad card begins on line 7.
    ('prompt;topic;text\nidee;wohnen;"eins\nzwei"\n\nidee;wohnen;"drei\nvier"\n'
     "idee;nirgends;x\n", "line 7: unknown topic 'nirgends'"),
    ('prompt;topic;text\nidee;wohnen;"eins\nzwei"\nidee;wohnen;"offen\nund weiter\n',
     "line 4: a quoted text is not closed"),
    ("prompt;topic;text\nidee;wohnen;a\nidee;wohnen;b;c\n", "line 3: wrong number of fields"),
    ("prompt;topic;text\nidee;wohnen\n", "line 2: wrong number of fields"),
    ("prompt;topic;text\n", "no cards in the file"),
    (b"prompt;topic;text\nidee;wohnen;M\xfcll\n", "not UTF-8 text (byte 31)"),
])
def test_a_bad_file_is_refused_naming_the_line(station, tmp_path, content, message):
    with pytest.raises(UserError) as refused:
        read(station, tmp_path, content)
    assert str(refused.value).startswith("karten.csv: ")
    assert message in str(refused.value)


def test_a_good_file_with_multi_line_texts_and_blank_lines_is_read(station, tmp_path):
    drafts = read(station, tmp_path, '\ufeffPrompt;Topic;Text;district\n'
                  'idee;wohnen;"Mehr Bänke;\nmehr Schatten";hoerde\n\n'
                  "heute;kultur;Das U;\n")
    assert [(d.text, d.district_id) for d in drafts] == [
        ("Mehr Bänke;\nmehr Schatten", "hoerde"), ("Das U", None)]
