"""Which configuration version the station runs on: the installed package's, only while it
runs on the installed configuration, unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from station_app.config import load_config
from station_app.installed_package import RECORD_FILE_NAME, installed_record, running_version
from station_app.paths import default_config_path, installed_config_path


def installed(data_dir: Path, version: int = 4) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    text = default_config_path().read_bytes()
    path = installed_config_path(data_dir)
    path.write_bytes(text)
    (data_dir / RECORD_FILE_NAME).write_text(json.dumps({
        "format": "installed-station-package/1", "station_id": "buergerhalle-1",
        "config_version": version, "package_key": "k", "collector_public_key": "c",
        "collector_url": "", "config_sha256": hashlib.sha256(text).hexdigest()}))
    return path


def test_the_installed_configuration_runs_on_its_version(tmp_path):
    path = installed(tmp_path)
    assert running_version(load_config(path), tmp_path) == 4
    assert installed_record(tmp_path).config_version == 4


def test_another_configuration_or_a_hand_edit_has_none(tmp_path):
    path = installed(tmp_path)
    assert running_version(load_config(default_config_path()), tmp_path) is None
    path.write_text(path.read_text(encoding="utf-8").replace("thank_you_seconds = 30",
                                                               "thank_you_seconds = 31"),
                    encoding="utf-8")
    assert running_version(load_config(path), tmp_path) is None


def test_no_or_a_broken_record_has_none(tmp_path):
    path = installed(tmp_path)
    config = load_config(path)
    (tmp_path / RECORD_FILE_NAME).write_text("[1, 2]")
    assert running_version(config, tmp_path) is None and installed_record(tmp_path) is None
    (tmp_path / RECORD_FILE_NAME).unlink()
    assert running_version(config, tmp_path) is None and installed_record(tmp_path) is None
