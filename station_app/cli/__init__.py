"""The ``station-app`` command line: a thin layer over the core services.

Each command group lives in its own module here (``commands_*.py``) and registers itself;
``main`` turns every ``UserError`` into one line on stderr and exit status 2, and any other
failure into one line (the traceback goes to the log file), never a traceback on screen.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from typing import NoReturn

from station_app import __version__
from station_app.cli.common import PROG, fail_internal, print_error
from station_app.errors import UserError


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        print_error(f"{message} (see '{self.prog} --help')")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every command group discovered in this package."""
    from station_app.cli.common import common_options

    parser = _Parser(
        prog=PROG,
        description="Beteiligungsstation – digital participation cards, offline-first.",
        epilog="Without a command, 'run' starts the kiosk.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    common_options(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("commands_"):
            modules.append(importlib.import_module(f"{__name__}.{info.name}"))
    for module in sorted(modules, key=lambda m: (m.ORDER, m.__name__)):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``station-app``; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not any(a in args_list for a in ("-h", "--help", "--version")) and not _has_command(
        parser, args_list
    ):
        args_list = [*args_list, "run"]
    args = parser.parse_args(args_list)
    try:
        return int(args.handler(args) or 0)
    except UserError as error:
        print_error(str(error))
        return 2
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback
        return fail_internal(error, args)


def _has_command(parser: argparse.ArgumentParser, args: list[str]) -> bool:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return any(arg in action.choices for arg in args)
