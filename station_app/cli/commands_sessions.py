"""``station-app sessions open NAME | close | list``."""

from __future__ import annotations

import argparse

from station_app.cli.common import add_command, open_station

ORDER = 40


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "sessions", "open, close and list sessions", None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    opened = add_command(actions, "open", "close the open session and open a new one", _open)
    opened.add_argument("name", help="e.g. 'Stadtkonferenz 28.09. – Station Wohnen'")
    add_command(actions, "close", "close the open session", _close)
    add_command(actions, "list", "list all sessions with their card counts", _list)


def _open(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        session = station.sessions.open(args.name, actor="cli")
        print(f"session {session.id} opened: {session.name}")
        return 0


def _close(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        session = station.sessions.close(actor="cli")
        print(f"session {session.id} closed: {session.name} "
              f"({station.archive.count(session.id)} cards)")
        return 0


def _list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        sessions = station.sessions.all()
        if not sessions:
            print("no sessions yet")
        for session in sessions:
            state = "open" if session.is_open else "closed"
            opened = session.opened_at.astimezone().strftime("%d.%m.%Y %H:%M")
            print(f"{session.id:>4}  {state:<6}  {opened}  "
                  f"{station.archive.count(session.id):>6} cards  {session.name}")
        return 0
