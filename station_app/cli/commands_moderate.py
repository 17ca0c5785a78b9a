"""``station-app moderate hide CODE --reason TEXT | unhide CODE | list``.

A group of its own beside ``cards``: hiding is a facilitator decision with a reason and an
audit entry, not an edit of the card.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from station_app.cli.common import add_command, open_station

if TYPE_CHECKING:
    from station_app.station import Station
    from station_app.storage.moderation import Moderation

ORDER = 35


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "moderate",
                         "hide or show cards (never deleted; every change is audited)", None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    hide = add_command(actions, "hide", "hide a card from counts and exports", _hide)
    hide.add_argument("code", metavar="CODE", help="the card code from the receipt")
    hide.add_argument("--reason", required=True, help="why, e.g. 'personal data'")
    unhide = add_command(actions, "unhide", "show a hidden card again", _unhide)
    unhide.add_argument("code", metavar="CODE", help="the card code from the receipt")
    listed = add_command(actions, "list", "list the hidden cards with their reasons", _list)
    listed.add_argument("--session", type=int, metavar="ID", help="only this session")


def _hide(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        state = _moderation(station).hide(args.code, args.reason, actor="cli")
        print(f"card {state.card.code} hidden: {state.reason}")
        return 0


def _unhide(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        state = _moderation(station).unhide(args.code, actor="cli")
        print(f"card {state.card.code} is visible again")
        return 0


def _list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        if args.session is not None:
            station.sessions.get(args.session)
        hidden = _moderation(station).hidden(args.session)
        if not hidden:
            print("no hidden cards")
        for state in hidden:
            when = state.changed_at.astimezone().strftime("%d.%m. %H:%M") \
                if state.changed_at else ""
            print(f"{state.card.code}  {when}  {state.actor:<12} {state.reason}")
        return 0


def _moderation(station: Station) -> Moderation:
    from station_app.storage.moderation import Moderation  # storage loads only when used

    return Moderation(station.db, station.audit)
