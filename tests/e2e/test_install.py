"""A plain (non-editable) ``pip install .`` finds ui/ and resources/ at run time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .cli_helpers import ROOT

pytestmark = pytest.mark.slow


def test_wheel_install_ships_ui_and_resources(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(ROOT)],
        check=True, capture_output=True, timeout=300)
    installed = target / "station_app"
    assert (installed / "resources" / "stations" / "dortmund-stadtgespraech.toml").is_file()
    assert (installed / "ui" / "qmldir").is_file()
    assert (installed / "ui" / "Main.qml").is_file()

    env = dict(os.environ, PYTHONPATH=str(target))
    env.pop("STATION_APP_DATA_DIR", None)
    # Run from an unrelated folder, so nothing can be found through the source checkout.
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    probe = subprocess.run(
        [sys.executable, "-c",
         "import station_app, station_app.paths as p;"
         "print(station_app.__file__); print(p.ui_dir()); print(p.default_config_path())"],
        cwd=workdir, env=env, capture_output=True, text=True, check=True)
    module_file, ui_dir, config = probe.stdout.split("\n")[:3]
    for reported in (module_file, ui_dir, config):
        assert Path(reported).is_relative_to(target), reported
    check = subprocess.run(
        [sys.executable, "-m", "station_app", "check", "--data-dir", str(tmp_path / "data")],
        cwd=workdir, env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert str(target) in check.stdout
