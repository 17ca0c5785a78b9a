"""``station-app export --format csv|xlsx|json|pdf [--session ID | --all] -o PATH``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.cli.common import PROG, add_command, open_station
from station_app.export import FORMATS

ORDER = 50


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(
        commands, "export",
        "write the visible cards as CSV, XLSX, JSON or the PDF report (hidden cards and "
        "Mitmachpool contacts are never exported)", _export)
    parser.add_argument("--format", required=True, choices=FORMATS, help="file format")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--session", type=int, metavar="ID",
                       help="this session (default: the open one, else the latest)")
    scope.add_argument("--all", action="store_true", help="all sessions of this station")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="PATH",
                        help="the file to write (replaced atomically if it exists)")
    parser.add_argument("--delimiter", default=";", metavar="CHAR",
                        help="CSV only: ';' (default, German Excel), ',', 'tab' or '|'")


def _export(args: argparse.Namespace) -> int:
    from station_app.export.exporter import Exporter  # the writers load only when used

    with open_station(args) as station:
        exporter = Exporter(station.db, station.config)
        result = exporter.write(args.format, args.output, session_id=args.session,
                                all_sessions=args.all, delimiter=args.delimiter, actor="cli")
        hidden = f", {result.hidden} hidden not included" if result.hidden else ""
        print(f"{result.cards} cards ({result.scope.describe()}{hidden}) written to "
              f"{result.path}")
        if result.audit_problem:
            print(f"{PROG}: warning: the export is complete, but {result.audit_problem}",
                  file=sys.stderr)
        return 0
