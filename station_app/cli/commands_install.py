"""``station-app install FILE``: set the station up from a station package.

Shows what the package changes (event, station, languages, prompts, topics, collector,
configuration version), asks, and installs (``package_install``); ``--yes`` installs without
asking. A refused package – not a package, damaged, tampered with, another collector's,
another station's, not newer than the installed one – is one line and exit status 2, and
the station is unchanged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.cli.common import add_command, config_of, data_dir_of
from station_app.config import StationConfig
from station_app.errors import UserError

ORDER = 25


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "install",
                         "set the station up from a station package (.station-package) "
                         "written by the collector", _install)
    parser.add_argument("file", type=Path, metavar="FILE", help="the station package")
    parser.add_argument("--yes", action="store_true",
                        help="install without asking (the preview is still printed)")


def _current(args: argparse.Namespace) -> StationConfig | None:
    """The configuration the station runs on now; None when it cannot be loaded (a
    package is what repairs that)."""
    try:
        return config_of(args)
    except UserError:
        return None


def _install(args: argparse.Namespace) -> int:
    from station_app.package_install import apply_package, check_package
    from station_app.station import Station

    data_dir = data_dir_of(args)
    checked = check_package(args.file, _current(args), data_dir)
    print(f"station package {args.file.name}: station {checked.package.station_id}, "
          f"configuration version {checked.package.config_version}")
    for change in checked.changes:
        print(f"  {change.text('en')}")
    if not args.yes and not _confirmed():
        print("not installed; nothing was changed")
        return 1
    with Station.open_with(checked.config, data_dir) as station:
        installed = apply_package(checked, data_dir, audit=station.audit, actor="cli")
    keys = "with the station's keys" if installed.with_keys else "keeping the station's keys"
    print(f"installed: station {installed.station_id}, {installed.event_name}, configuration "
          f"version {installed.config_version} ({keys}) in {installed.config_path}")
    if getattr(args, "config", None):
        print(f"note: --config {args.config} was given; without it the station runs on the "
              "installed configuration")
    else:
        print("the station runs on it from its next start")
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        raise UserError("not installed: no terminal to ask on; add --yes to install "
                        "without asking")
    try:
        answer = input("install this package? [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "j", "ja")
