"""``station-app run``: the attendee kiosk."""

from __future__ import annotations

import argparse

from station_app.cli.common import add_command, config_of, data_dir_of
from station_app.errors import UserError

ORDER = 10


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "run", "start the kiosk (the default command)", _run)
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of locked full screen (development)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, wait for the first frame of the start screen, print the "
                             "milliseconds since process start, and exit")


def _run(args: argparse.Namespace) -> int:
    _install_pending_update(args)
    config = config_of(args)  # a broken configuration stops here, before any window
    from station_app.app import run_kiosk  # Qt is imported only when the kiosk starts

    # On its installed configuration, the running kiosk takes a newer one at the start
    # screen (app.KioskRun); a configuration given with --config stays as it is.
    return run_kiosk(config, getattr(args, "data_dir", None), windowed=args.windowed,
                     smoke_test=args.smoke_test, take_updates=not getattr(args, "config", None))


def _install_pending_update(args: argparse.Namespace) -> None:
    """A newer configuration fetched when the station last synced is installed now, before
    the first attendee (the running kiosk takes later ones at the start screen). Only when
    the station runs on its installed configuration (no ``--config``); a refused update is
    logged in one line and the station starts on what it has."""
    if getattr(args, "config", None):
        return
    from station_app.installed_package import pending_path

    data_dir = data_dir_of(args)
    if not pending_path(data_dir).exists():
        return
    from station_app.config_switch import take_pending
    from station_app.package_install import record_installed
    from station_app.station import Station

    try:
        current = config_of(args)
    except UserError:
        current = None
    installed = take_pending(data_dir, current)
    if installed is None:
        return
    with Station.open_with(config_of(args), data_dir) as station:
        record_installed(station.audit, installed, "sync")
