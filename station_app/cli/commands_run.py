"""``station-app run``: the attendee kiosk."""

from __future__ import annotations

import argparse

from station_app.cli.common import add_command, config_of

ORDER = 10


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "run", "start the kiosk (the default command)", _run)
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of locked full screen (development)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, wait for the first frame of the start screen, print the "
                             "milliseconds since process start, and exit")


def _run(args: argparse.Namespace) -> int:
    config = config_of(args)  # a broken configuration stops here, before any window
    from station_app.app import run_kiosk  # Qt is imported only when the kiosk starts

    return run_kiosk(config, getattr(args, "data_dir", None), windowed=args.windowed,
                     smoke_test=args.smoke_test)
