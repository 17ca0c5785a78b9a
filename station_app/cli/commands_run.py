"""``station-app run``: the attendee kiosk."""

from __future__ import annotations

import argparse

from station_app.cli.common import add_command, config_of, data_dir_of, log
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

    return run_kiosk(config, getattr(args, "data_dir", None), windowed=args.windowed,
                     smoke_test=args.smoke_test)


def _install_pending_update(args: argparse.Namespace) -> None:
    """A newer configuration fetched when the station last synced is installed now, before
    the first attendee (never during a card). Only when the station runs on its installed
    configuration (no ``--config``); a refused update is logged and the station starts on
    what it has."""
    if getattr(args, "config", None):
        return
    from station_app.installed_package import pending_path

    data_dir = data_dir_of(args)
    if not pending_path(data_dir).exists():
        return
    from station_app.package_install import apply_pending, record_installed
    from station_app.station import Station

    try:
        current = config_of(args)
    except UserError:
        current = None
    outcome = apply_pending(data_dir, current)
    if outcome is None:
        return
    if isinstance(outcome, UserError):
        log.warning("configuration update not installed: %s", outcome)
        return
    with Station.open_with(config_of(args), data_dir) as station:
        record_installed(station.audit, outcome, "sync")
    log.info("configuration version %s installed", outcome.config_version)
