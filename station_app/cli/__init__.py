"""The ``station-app`` command line: a thin layer over the core services.

Each command group lives in its own module here, named after it (``commands_<name>.py``),
and registers itself; ``main`` imports only the module of the command it is given. It turns
every ``UserError`` into one line on stderr and exit status 2, and any other failure into
one line (the traceback goes to the log file), never a traceback on screen.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from station_app import __version__
from station_app.cli.common import PROG, VALUE_OPTIONS, fail_internal, print_error
from station_app.errors import UserError


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        for option in FREE_TEXT_OPTIONS:
            if message == f"argument {option}: expected one argument":
                message += f"; a text that begins with '-' is written {option}=TEXT"
        print_error(f"{message} (see '{self.prog} --help')")
        raise SystemExit(2)


def command_names() -> list[str]:
    """Every command, from the module names ``commands_<name>.py`` (nothing is imported)."""
    return sorted(info.name.removeprefix("commands_").replace("_", "-")
                  for info in pkgutil.iter_modules(__path__) if info.name.startswith("commands_"))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser with every command group discovered in this package.

    With ``only``, just that command's module is imported and registered: a command line
    that names its command does not pay for loading all the others (the kiosk starts
    faster).
    """
    from station_app.cli.common import common_options

    parser = _Parser(
        prog=PROG,
        description="Beteiligungsstation – digital participation cards, offline-first.",
        epilog="Without a command, 'run' starts the kiosk.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    common_options(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    names = [only] if only else command_names()
    modules = [importlib.import_module(f"{__name__}.commands_{name.replace('-', '_')}")
               for name in names]
    for module in sorted(modules, key=lambda m: (m.ORDER, m.__name__)):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``station-app``; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = named_command(args_list)
    if command is None and not any(a in args_list for a in ("-h", "--help", "--version")):
        command = "run"
        args_list = [*args_list, "run"]
    parser = build_parser(command if command in command_names() else None)
    args = parser.parse_args(attach_text_values(args_list))
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
        problem = _storage_problem(error, _database_of(args))
        if problem:
            print_error(problem)
            return 2
        return fail_internal(error, args)


def _database_of(args: argparse.Namespace) -> str:
    """The database file this command works on, as the user would recognise it."""
    from station_app.cli.common import data_dir_of

    if getattr(args, "command", None) == "collector":
        return str(getattr(args, "db", None) or data_dir_of(args) / "collector.db")
    return str(data_dir_of(args) / "station.db")


def _storage_problem(error: Exception, database: str) -> str:
    """One sentence for a database that filled its disk or broke in the middle of a command
    ('' for anything else; sqlite3 is not imported just to ask)."""
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is None or not isinstance(error, sqlite3.DatabaseError):
        return ""
    text = str(error)
    if "disk is full" in text:
        return (f"{database}: the disk holding the database is full: free some space, then "
                "try again (nothing was changed)")
    if "disk I/O error" in text:
        return f"{database}: the disk holding the database reported an I/O error"
    if isinstance(error, sqlite3.OperationalError):
        return ""
    return (f"{database}: the database is damaged ({text}): make a copy of the data "
            "directory before doing anything else; 'station-app check' says more")


FREE_TEXT_OPTIONS = ("--text", "--reason")
"""Options whose value is written by a person and may well begin with a dash."""

_OPTION_WORD = re.compile(r"--?[A-Za-z][\w-]*(=.*)?")


def attach_text_values(args: list[str]) -> list[str]:
    """``--text -1+1`` as ``--text=-1+1``: argparse would take the value for an option.

    Only for free-text options, and only when the value cannot be an option itself, so
    ``--text --district x`` (a forgotten text) is still an error."""
    joined: list[str] = []
    words = iter(args)
    for word in words:
        if word == "--":
            joined.extend([word, *words])
            break
        if word in FREE_TEXT_OPTIONS:
            value = next(words, None)
            if value is None:
                joined.append(word)
            elif value.startswith("-") and value not in ("-", "--") \
                    and not _OPTION_WORD.fullmatch(value):
                joined.append(f"{word}={value}")
            else:
                joined.extend([word, value])
            continue
        joined.append(word)
    return joined


def named_command(args: list[str]) -> str | None:
    """The first word that is not an option (or an option's value): the command, if any."""
    words = iter(args)
    for word in words:
        if word in VALUE_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None
