"""The command line as a user meets it: help, check, cards, sessions, hostile input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from station_app.cli import build_parser, command_names, named_command
from station_app.paths import default_config_path

from .cli_helpers import ROOT, assert_one_line_error, station_app


def _subcommands(parser):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            yield from action.choices.items()


def test_help_lists_every_command_and_each_has_help_text(tmp_path):
    result = station_app("--help", data_dir=tmp_path)
    assert result.returncode == 0
    out = result.stdout.decode()
    for name in ("run", "check", "cards", "sessions"):
        assert re.search(rf"^\s+{name}\s+\S", out, re.MULTILINE), name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, parser in _subcommands(build_parser()):
        assert parser.description, f"{name} has no help text"
        assert f"station-app {name}" in readme, f"{name} is not documented in README.md"
        for sub_name, sub in _subcommands(parser):
            assert sub.description, f"{name} {sub_name} has no help text"


def test_each_command_lives_in_the_module_named_after_it():
    # main() imports only the named command's module, so the names must match.
    names = command_names()
    assert {"run", "check", "cards", "sessions", "export", "sync", "moderate"} <= set(names)
    for name in names:
        assert [sub for sub, _ in _subcommands(build_parser(only=name))] == [name]
    assert sorted(sub for sub, _ in _subcommands(build_parser())) == names


@pytest.mark.parametrize(("args", "command"), [
    ([], None), (["run"], "run"), (["--data-dir", "run", "check"], "check"),
    (["--config", "x.toml", "cards", "list"], "cards"), (["--config=x.toml", "sync"], "sync"),
    (["--help"], None), (["nonsense"], "nonsense"),
])
def test_the_command_is_found_without_parsing(args, command):
    assert named_command(args) == command


def test_check_passes_on_the_default_station(tmp_path):
    result = station_app("check", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "configuration ok" in out and "database ok: 0 cards" in out


def test_check_names_the_key_of_a_broken_station(tmp_path):
    broken = tmp_path / "stadtkonferenz.toml"
    text = default_config_path().read_text(encoding="utf-8")
    broken.write_text(text.replace('label = "Innovation und Forschung"', 'label = ""'),
                      encoding="utf-8")
    result = station_app("check", "--config", str(broken), data_dir=tmp_path)
    line = assert_one_line_error(result)
    assert line.endswith("stadtkonferenz.toml: topics[1].label: must not be empty")


def test_check_reports_toml_syntax_error_with_line(tmp_path):
    broken = tmp_path / "kaputt.toml"
    broken.write_text("[event]\nname = 'x\n", encoding="utf-8")
    line = assert_one_line_error(station_app("check", "--config", str(broken), data_dir=tmp_path))
    assert "kaputt.toml: TOML syntax error" in line and "line 2" in line


def test_options_work_before_and_after_the_command(tmp_path):
    before = station_app("--data-dir", str(tmp_path / "a"), "check", data_dir=tmp_path / "a")
    assert before.returncode == 0
    assert (tmp_path / "a" / "station.db").exists()


def test_add_list_and_sessions_round_trip(tmp_path):
    assert station_app("sessions", "open", "Stadtkonferenz 28.09. – Station Wohnen",
                       data_dir=tmp_path).returncode == 0
    added = station_app("cards", "add", "--prompt", "erhalten", "--topic", "kultur",
                        "--text", "Das Dortmunder U", "--district", "innenstadt-west",
                        "--age-group", "65-plus", data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    listed = station_app("cards", "list", "--json", data_dir=tmp_path)
    cards = json.loads(listed.stdout)
    assert len(cards) == 1
    card = cards[0]
    assert set(card) == {"uuid", "code", "session_id", "station_id", "prompt_id", "topic_id",
                         "text", "district_id", "age_group_id", "language", "source",
                         "created_at"}
    assert card["text"] == "Das Dortmunder U"
    assert card["source"] == "paper" and card["district_id"] == "innenstadt-west"
    assert card["code"] in added.stdout.decode()
    sessions = station_app("sessions", "list", data_dir=tmp_path).stdout.decode()
    assert "Stadtkonferenz 28.09. – Station Wohnen" in sessions and "1 cards" in sessions
    assert station_app("sessions", "close", data_dir=tmp_path).returncode == 0
    line = assert_one_line_error(station_app("sessions", "close", data_dir=tmp_path))
    assert "no session is open" in line
    line = assert_one_line_error(station_app("cards", "list", "--session", "42",
                                             data_dir=tmp_path))
    assert "there is no session 42" in line


@pytest.mark.parametrize("args", [
    ("cards", "add", "--prompt", "idee"),
    ("cards", "add", "--prompt", "nope", "--topic", "wohnen", "--text", "x"),
    ("cards", "frobnicate"),
    ("sessions", "open", "   "),
    ("cards", "import", "/nonexistent/karten.csv"),
    ("cards", "list", "--session", "abc"),
    ("--config", "/nonexistent/station.toml", "check"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, args):
    assert_one_line_error(station_app(*args, data_dir=tmp_path))


TOO_LONG = "Lang " * 20_000  # 100,000 characters; one argv string may hold 128 KiB

HOSTILE_TEXTS = [
    # (label, argv text or stdin bytes, expected stored text or None for "refused")
    ("emoji sequences", "Familie 👨\u200d👩\u200d👧\u200d👦 🏳️\u200d⚧️ 👍🏽",
     "Familie 👨\u200d👩\u200d👧\u200d👦 🏳️\u200d⚧️ 👍🏽"),
    ("arabic", "نريد حدائق أكثر في المدينة", "نريد حدائق أكثر في المدينة"),
    ("combining marks", "Bu\u0308rgerhalle Zu\u0308rich", "Bürgerhalle Zürich"),
    ("zero width", "Rad\u200bweg\u2060 \ufeffsicher", "Radweg sicher"),
    ("right-to-left override", "harmlos \u202etxt.exe", "harmlos txt.exe"),
    ("only zero width", "\u200b\u200c\u200d", None),
    ("100,000 characters", TOO_LONG, None),
    ("only whitespace", " \t\n  \u3000 ", None),
]


@pytest.mark.parametrize(("label", "text", "stored"), HOSTILE_TEXTS,
                         ids=[row[0] for row in HOSTILE_TEXTS])
def test_hostile_text_through_argv(tmp_path, label, text, stored):
    result = station_app("cards", "add", "--prompt", "idee", "--topic", "wohnen",
                         "--text", text, data_dir=tmp_path)
    _check_stored_or_refused(tmp_path, result, stored)


@pytest.mark.parametrize(("label", "raw", "stored"), [
    ("NUL byte", b"vor\x00nach", "vornach"),
    ("invalid UTF-8", b"Stra\xdfe", None),
    ("carriage returns", b"eins\r\nzwei\rdrei", "eins\nzwei\ndrei"),
])
def test_hostile_text_through_stdin(tmp_path, label, raw, stored):
    result = station_app("cards", "add", "--prompt", "idee", "--topic", "wohnen",
                         "--text", "-", data_dir=tmp_path, stdin=raw)
    _check_stored_or_refused(tmp_path, result, stored)


@pytest.mark.parametrize("text", ["-1+1", "-> mehr Bänke", "- erstens", "--- Linie ---"])
def test_a_text_may_begin_with_a_dash(tmp_path, text):
    result = station_app("cards", "add", "--prompt", "idee", "--topic", "wohnen",
                         "--text", text, data_dir=tmp_path)
    _check_stored_or_refused(tmp_path, result, text)


def test_a_forgotten_text_is_still_an_error(tmp_path):
    line = assert_one_line_error(station_app("cards", "add", "--prompt", "idee", "--topic",
                                             "wohnen", "--text", "--district", "hoerde",
                                             data_dir=tmp_path))
    assert "--text: expected one argument" in line and "--text=TEXT" in line


def test_invalid_utf8_in_argv_is_refused(tmp_path):
    result = station_app(b"cards", b"add", b"--prompt", b"idee", b"--topic", b"wohnen",
                         b"--text", b"Stra\xdfe \xff", data_dir=tmp_path)
    _check_stored_or_refused(tmp_path, result, None)


def _check_stored_or_refused(data_dir: Path, result, stored: str | None) -> None:
    cards = json.loads(station_app("cards", "list", "--json", data_dir=data_dir).stdout)
    if stored is None:
        line = assert_one_line_error(result)
        assert "text" in line
        assert cards == []
    else:
        assert result.returncode == 0, result.stderr.decode()
        assert [card["text"] for card in cards] == [stored]


def test_import_names_the_first_bad_line_and_stores_nothing(tmp_path):
    csv_file = tmp_path / "karten.csv"
    csv_file.write_text(
        "\ufeffprompt;topic;text;district\n"
        "idee;wohnen;Mehr Bänke;hoerde\n"
        "heute;kultur;Das U;\n"
        "idee;wohnen;;\n"
        "idee;nirgends;Falsches Thema;\n", encoding="utf-8")
    line = assert_one_line_error(station_app("cards", "import", str(csv_file), data_dir=tmp_path))
    assert "karten.csv: line 4: the text is empty" in line
    assert json.loads(station_app("cards", "list", "--json", data_dir=tmp_path).stdout) == []


def test_import_refuses_a_duplicated_column(tmp_path):
    csv_file = tmp_path / "karten.csv"
    csv_file.write_text("prompt;topic;text;text\nidee;wohnen;Mehr Bänke;Erika\n",
                        encoding="utf-8")
    line = assert_one_line_error(station_app("cards", "import", str(csv_file), data_dir=tmp_path))
    assert "karten.csv: line 1: the column 'text' appears twice" in line
    assert json.loads(station_app("cards", "list", "--json", data_dir=tmp_path).stdout) == []


def test_import_of_a_good_file_stores_every_row_as_paper(tmp_path):
    csv_file = tmp_path / "karten.csv"
    csv_file.write_text(
        "prompt,topic,text,age_group\n"
        'idee,wohnen,"Mehr Bänke, mehr Schatten",65-plus\n'
        "heute,kultur,Das U,\n", encoding="utf-8")
    result = station_app("cards", "import", str(csv_file), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    cards = json.loads(station_app("cards", "list", "--json", data_dir=tmp_path).stdout)
    assert [(c["text"], c["age_group_id"], c["source"]) for c in cards] == [
        ("Mehr Bänke, mehr Schatten", "65-plus", "paper"), ("Das U", None, "paper")]
