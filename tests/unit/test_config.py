"""Station configuration: the default station loads; every mistake names file, key, problem."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from station_app.config import describe_settings, load_config
from station_app.errors import ConfigError
from station_app.paths import default_config_path

DEFAULT_TEXT = default_config_path().read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "stadtkonferenz.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_station_has_the_stadtgespraech_content(default_config):
    assert default_config.event.date == dt.date(2026, 9, 28)
    assert [t.label for t in default_config.topics] == [
        "Arbeit, Produktion und Handel", "Innovation und Forschung",
        "Kultur, Gemeinschaft und Freizeit", "Bildung, Teilhabe und Gesundheit",
        "Wohnen und Quartiersleben",
    ]
    assert [p.label for p in default_config.prompts] == [
        "Was macht Dortmund heute aus?", "Was soll erhalten bleiben?",
        "Welche Herausforderungen kommen auf Dortmund zu?", "Meine Idee für Dortmund",
    ]
    assert len(default_config.districts) == 12
    assert default_config.district("hoerde").label == "Hörde"
    assert default_config.kiosk.languages[0] == "de"
    assert default_config.topic("wohnen").label_for("en") == "Housing and neighbourhood life"
    assert default_config.topic("wohnen").label_for("tr") == "Wohnen und Quartiersleben"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('label = "Innovation und Forschung"', 'label = ""',
         "stadtkonferenz.toml: topics[1].label: must not be empty"),
        ('label = "Innovation und Forschung"', 'label = "  "',
         "stadtkonferenz.toml: topics[1].label: must not be empty"),
        ("[printer]\n", "[printer]\ncolour = true\n",
         "stadtkonferenz.toml: printer.colour: unknown key (check the spelling)"),
        ("inactivity_seconds = 120", 'inactivity_seconds = "120"',
         "stadtkonferenz.toml: kiosk.inactivity_seconds: must be a whole number"),
        ("warning_seconds = 30", "warning_seconds = 5",
         "stadtkonferenz.toml: kiosk.warning_seconds: must be at least 20"),
        ('paper = "80mm"', 'paper = "a4"',
         "stadtkonferenz.toml: receipt.paper: must be one of 80mm, 58mm, a6"),
        ('url_template = "http://127.0.0.1:8787/k/{code}"',
         'url_template = "http://127.0.0.1:8787/k/"',
         "stadtkonferenz.toml: followup.url_template: must contain {code}"),
        ('url_template = "http://127.0.0.1:8787/k/{code}"',
         'url_template = "http://x/k/{code}/{user}"',
         "stadtkonferenz.toml: followup.url_template: unknown placeholder {user}"),
        ('id = "eving"', 'id = "hoerde"',
         "stadtkonferenz.toml: districts[7].id: duplicate id 'hoerde'"),
        ('id = "eving"', 'id = "Eving!"', "stadtkonferenz.toml: districts[3].id: 'Eving!' is not"),
        ("date = 2026-09-28", 'date = "28.09.2026"',
         "stadtkonferenz.toml: event.date: must be a date"),
        ('languages = ["de", "en"]', 'languages = ["de", "english"]',
         "stadtkonferenz.toml: kiosk.languages[1]: 'english' is not a language code"),
        ('[station]\nid = "buergerhalle-1"\n', "[station]\n",
         "stadtkonferenz.toml: station.id: missing (required)"),
        ("show_text = true", "show_text = 1",
         "stadtkonferenz.toml: receipt.show_text: must be true or false"),
        ('translations = { en = "What should be preserved?" }', 'translations = { en = "" }',
         "stadtkonferenz.toml: prompts[1].translations.en: must not be empty"),
    ],
)
def test_each_mistake_names_file_key_and_problem(tmp_path, old, new, message):
    assert old in DEFAULT_TEXT
    path = write(tmp_path, DEFAULT_TEXT.replace(old, new, 1))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(message)


def test_unknown_top_level_table_is_an_error(tmp_path):
    path = write(tmp_path, DEFAULT_TEXT + "\n[extras]\nfoo = 1\n")
    with pytest.raises(ConfigError, match=r"stadtkonferenz.toml: extras: unknown key"):
        load_config(path)


def test_reserved_other_topic_id_is_refused(tmp_path):
    path = write(tmp_path, DEFAULT_TEXT.replace('id = "arbeit"', 'id = "anderes"'))
    with pytest.raises(ConfigError, match=r"topics\[0\].id: 'anderes' is reserved"):
        load_config(path)


def test_toml_syntax_error_names_file_and_line(tmp_path):
    lines = DEFAULT_TEXT.splitlines()
    lines[9] = 'name = "Beteiligungsstation'  # unterminated string on line 10
    path = write(tmp_path, "\n".join(lines))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith("stadtkonferenz.toml: TOML syntax error")
    assert "line 10" in str(caught.value)


def test_missing_file_and_non_utf8_are_clear(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")
    path = tmp_path / "latin1.toml"
    path.write_bytes(DEFAULT_TEXT.encode("latin-1", errors="replace"))
    with pytest.raises(ConfigError, match=r"latin1\.toml: not UTF-8 text"):
        load_config(path)


def test_optional_tables_take_their_defaults(tmp_path):
    minimal = """
[event]
name = "Quartierstreff Hörde"
date = 2026-10-01
[station]
id = "hoerde-1"
name = "Station Hörde"
[[prompts]]
id = "idee"
label = "Meine Idee"
[[topics]]
id = "wohnen"
label = "Wohnen"
"""
    config = load_config(write(tmp_path, minimal))
    assert config.kiosk.inactivity_seconds == 120
    assert config.districts == []
    assert config.receipt.paper == "80mm"


def test_timeouts_can_be_turned_off(tmp_path):
    config = load_config(write(tmp_path, DEFAULT_TEXT.replace(
        "inactivity_seconds = 120", "inactivity_seconds = 0")))
    assert config.kiosk.inactivity_seconds == 0


def test_every_setting_is_described_and_the_default_file_sets_only_known_keys():
    rows = describe_settings()
    assert all(description for _, _, description in rows)
    keys = {key for key, _, _ in rows}
    data = tomllib.loads(DEFAULT_TEXT)
    for table, values in data.items():
        if isinstance(values, dict):
            for key in values:
                assert f"{table}.{key}" in keys
        else:
            for key in values[0]:
                assert f"{table}[].{key}" in keys
