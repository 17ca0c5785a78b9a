"""The collector key comes with the enrolment: nobody copies it into the TOML by hand."""

from __future__ import annotations

import dataclasses
import json

from station_app.enrolled import enrolment_path, with_enrolled_key


def _write(config, tmp_path, **fields) -> None:
    enrolment_path(config, tmp_path).write_text(json.dumps(
        {"station_id": config.station.id, "collector_public_key": "A" * 43 + "=", **fields}),
        encoding="utf-8")


def test_the_enrolments_key_switches_the_mitmachpool_on(default_config, tmp_path):
    assert default_config.contact.collector_public_key == ""
    assert with_enrolled_key(default_config, tmp_path) == default_config  # no enrolment
    _write(default_config, tmp_path)
    config = with_enrolled_key(default_config, tmp_path)
    assert config.contact.collector_public_key == "A" * 43 + "="


def test_a_configured_key_wins_and_a_foreign_enrolment_is_ignored(default_config, tmp_path):
    _write(default_config, tmp_path, station_id="andere-station")
    assert with_enrolled_key(default_config, tmp_path) == default_config
    configured = dataclasses.replace(default_config, contact=dataclasses.replace(
        default_config.contact, collector_public_key="B" * 43 + "="))
    _write(default_config, tmp_path)
    assert with_enrolled_key(configured, tmp_path) == configured


def test_a_damaged_enrolment_file_changes_nothing(default_config, tmp_path):
    enrolment_path(default_config, tmp_path).write_text("{nope", encoding="utf-8")
    assert with_enrolled_key(default_config, tmp_path) == default_config
