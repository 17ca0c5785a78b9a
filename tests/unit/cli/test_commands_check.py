"""``station-app check`` names every station language a configured text is not translated
to, and still passes: the kiosk shows the German text instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.cli import main
from station_app.paths import default_config_path

DEFAULT_TEXT = default_config_path().read_text(encoding="utf-8")
OFFERED = 'languages = ["de", "ls", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru"]'
"""The embedded station's ``kiosk.languages``: all ten, Leichte Sprache among them."""


def _check(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str) -> list[str]:
    """``check`` on a station file with ``text``: it succeeds; returns its output lines."""
    config = tmp_path / "station.toml"
    config.write_text(text, encoding="utf-8")
    status = main(["check", "--config", str(config), "--data-dir", str(tmp_path / "data")])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert lines[0].startswith("configuration ok") and any(
        line.startswith("database ok") for line in lines)
    return lines


def _warnings(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("warning: ")]


def test_a_missing_translation_is_a_warning_and_check_passes(capsys, tmp_path):
    removed = 'ar = "ما الذي يجب الحفاظ عليه؟"\n'
    assert DEFAULT_TEXT.count(removed) == 1 and DEFAULT_TEXT.count(OFFERED) == 1
    text = DEFAULT_TEXT.replace(removed, "")
    lines = _check(capsys, tmp_path, text)
    assert _warnings(lines) == [
        "warning: prompts[1].translations has no 'ar' (the kiosk shows German)"]
    assert not any(line.startswith("note: ") for line in lines)


def test_the_embedded_station_in_every_language_has_no_gaps(capsys, tmp_path):
    assert DEFAULT_TEXT.count(OFFERED) == 1
    lines = _check(capsys, tmp_path, DEFAULT_TEXT)
    assert _warnings(lines) == []
    assert not any(line.startswith("note: ") for line in lines)


def test_translations_kept_ready_for_languages_not_offered_are_a_note(capsys, tmp_path):
    lines = _check(capsys, tmp_path, DEFAULT_TEXT.replace(OFFERED, 'languages = ["de", "en"]'))
    assert _warnings(lines) == []
    assert [line for line in lines if line.startswith("note: ")] == [
        "note: translated for ls, tr, ar, pl, ro, bg, uk, ru as well, not offered yet (add "
        "them to kiosk.languages to offer them)"]
