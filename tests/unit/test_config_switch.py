"""When a running kiosk may take a new configuration (only at the settled start screen,
nobody in the flow, PIN pad and dashboard closed), and taking the pending update: installed
and audited, or refused in one line with the file removed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from station_app.collector.packages import write_package
from station_app.config import load_config
from station_app.config_switch import KioskMoment, may_switch, take_pending
from station_app.installed_package import installed_record, pending_path
from station_app.package_install import apply_package, check_package, station_of_config
from station_app.paths import default_config_path, installed_config_path
from station_app.storage import AuditLog, open_database

URL = "https://sammelstelle.dortmund.de"
START = KioskMoment(step="start", settled=True, pin_pad_open=False, dashboard_open=False)


def test_the_settled_start_screen_with_nothing_open_may_switch():
    assert may_switch(START)


@pytest.mark.parametrize("step", ["prompt", "topic", "write", "details", "contact", "review",
                                  "thanks"])
def test_no_screen_of_the_flow_may_switch(step):
    assert not may_switch(KioskMoment(step, True, False, False))


@pytest.mark.parametrize("moment", [
    KioskMoment("start", settled=False, pin_pad_open=False, dashboard_open=False),
    KioskMoment("start", settled=True, pin_pad_open=True, dashboard_open=False),
    KioskMoment("start", settled=True, pin_pad_open=False, dashboard_open=True),
    KioskMoment("start", settled=True, pin_pad_open=False, dashboard_open=False,
                installing=True),
], ids=["changing-screen", "pin-pad", "dashboard", "installing"])
def test_the_start_screen_waits_while_anything_is_going_on(moment):
    assert not may_switch(moment)


def _config_text(name: str) -> str:
    text = default_config_path().read_text(encoding="utf-8")
    text = text.replace('id = "buergerhalle-1"', 'id = "nord-2"', 1)
    return text.replace('name = "Dortmunder Stadtgespräch – Stadtkonferenz"',
                        f'name = "{name}"', 1)


def _packaged(store, path: Path, name: str) -> Path:
    return write_package(store, "nord-2", _config_text(name), path, collector_url=URL,
                         check_config=lambda toml: station_of_config(toml, Path("e.toml"))
                         ).path


@pytest.fixture
def installed_v1(store, tmp_path) -> Path:
    """A data directory with version 1 of station nord-2 installed."""
    data_dir = tmp_path / "data"
    first = _packaged(store, tmp_path / "v1.station-package", "Stadtteilforum Nord")
    apply_package(check_package(first, None, data_dir), data_dir)
    return data_dir


def test_nothing_pending_changes_nothing(installed_v1):
    assert take_pending(installed_v1, load_config(installed_config_path(installed_v1))) is None
    assert installed_record(installed_v1).config_version == 1


def test_a_pending_update_is_installed_and_audited_by_sync(store, tmp_path, installed_v1):
    data_dir = installed_v1
    _packaged(store, pending_path(data_dir), "Forum Nord, Tag 2")
    audit = AuditLog(open_database(":memory:"))
    installed = take_pending(data_dir, load_config(installed_config_path(data_dir)),
                             audit=audit)
    assert installed is not None and installed.config_version == 2
    assert load_config(installed_config_path(data_dir)).event.name == "Forum Nord, Tag 2"
    assert not pending_path(data_dir).exists()
    [entry] = [e for e in audit.entries() if e.action == "package.install"]
    assert (entry.actor, entry.details["config_version"]) == ("sync", 2)


@pytest.mark.parametrize("kind", ["tampered", "older"])
def test_a_refused_update_is_logged_in_one_line_and_removed(store, tmp_path, installed_v1,
                                                            caplog, kind):
    data_dir = installed_v1
    if kind == "older":
        pending_path(data_dir).write_bytes((tmp_path / "v1.station-package").read_bytes())
    else:
        newer = _packaged(store, tmp_path / "v2.station-package", "Forum Nord, Tag 2")
        pending_path(data_dir).write_text(newer.read_text(encoding="utf-8").replace(
            "Tag 2", "Tag 9"), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="station_app"):
        assert take_pending(data_dir, load_config(installed_config_path(data_dir))) is None
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.startswith("configuration update not installed: ") and "\n" not in line
    assert ("not newer" if kind == "older" else "changed after the collector") in line
    assert not pending_path(data_dir).exists()
    assert installed_record(data_dir).config_version == 1
    assert load_config(installed_config_path(data_dir)).event.name == "Stadtteilforum Nord"
