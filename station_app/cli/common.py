"""What every command shares: the --config/--data-dir options, opening the station, output."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.config import StationConfig, load_config
from station_app.paths import default_config_path, default_data_dir, installed_config_path

if TYPE_CHECKING:
    from station_app.station import Station

PROG = "station-app"
log = logging.getLogger("station_app")


VALUE_OPTIONS = ("--config", "--data-dir")
"""The options every command accepts that take a value (see ``common_options``)."""


def common_options(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """``--config`` and ``--data-dir``, accepted before or after the command."""
    # Below the top level the default is SUPPRESS, so a sub-command does not overwrite a
    # value given before the command name.
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument("--config", type=Path, metavar="FILE", default=default,
                        help="station configuration (TOML); default: the embedded "
                             "Dortmunder Stadtgespräch station")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", default=default,
                        help="where the database and logs live; default: the per-user data "
                             "directory")


def add_command(commands: argparse._SubParsersAction, name: str, help_text: str,
                handler: object) -> argparse.ArgumentParser:
    """A sub-command with help text and the common options."""
    parser = commands.add_parser(name, help=help_text, description=help_text)
    common_options(parser)
    parser.set_defaults(handler=handler)
    return parser


def open_station(args: argparse.Namespace) -> Station:
    """The station named by ``--config`` and ``--data-dir`` (config validated first)."""
    from station_app.station import Station  # storage loads only for commands that use it

    return Station.open_with(config_of(args), data_dir_of(args))


def config_of(args: argparse.Namespace) -> StationConfig:
    """The validated configuration named by ``--config``; without it the one a station
    package installed in the data directory, else the embedded station."""
    return load_config(config_path_of(args))


def config_path_of(args: argparse.Namespace) -> Path:
    """Which configuration file ``config_of`` loads."""
    given = getattr(args, "config", None)
    if given:
        return given
    installed = installed_config_path(data_dir_of(args))
    return installed if installed.is_file() else default_config_path()


def data_dir_of(args: argparse.Namespace) -> Path:
    return getattr(args, "data_dir", None) or default_data_dir()


def print_error(message: str) -> None:
    """One line on stderr, whatever the message contains."""
    line = " ".join(message.split())
    print(f"{PROG}: error: {line}", file=sys.stderr)


def fail_internal(error: BaseException, args: argparse.Namespace) -> int:
    """Record an unexpected failure in the log file and say one line about it."""
    log_file = None
    try:
        log_dir = data_dir_of(args) / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / "errors.log"
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now(dt.UTC).isoformat()}\n")
            handle.write("".join(traceback.format_exception(error)))
    except OSError:
        log_file = None
    where = f" (details in {log_file})" if log_file else ""
    print_error(f"unexpected failure: {type(error).__name__}: {error}{where}")
    return 1
