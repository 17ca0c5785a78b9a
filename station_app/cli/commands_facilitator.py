"""``station-app facilitator set-pin``: the PIN that guards the dashboard and leaving."""

from __future__ import annotations

import argparse
import getpass
import sys

from station_app.cli.common import add_command, open_station
from station_app.errors import UserError

ORDER = 60


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "facilitator", "facilitator settings", None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    set_pin = add_command(actions, "set-pin",
                          "set the facilitator PIN (asked twice, or read from standard input)",
                          _set_pin)
    set_pin.add_argument("--stdin", action="store_true",
                         help="read the PIN from standard input (for scripts)")


def _set_pin(args: argparse.Namespace) -> int:
    if args.stdin or not sys.stdin.isatty():
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New facilitator PIN (4–12 digits): ")
        if getpass.getpass("Repeat the PIN: ") != pin:
            raise UserError("the two PINs differ; nothing was changed")
    with open_station(args) as station:
        station.pin.set(pin)
        print("facilitator PIN set")
        return 0
