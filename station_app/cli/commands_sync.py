"""``station-app sync [--to-dir DIR] [--status] [--install-enrolment FILE]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.cli.common import add_command, data_dir_of, open_station
from station_app.errors import UserError

if TYPE_CHECKING:
    from station_app.station import Station

ORDER = 70


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "sync",
                         "upload pending cards to the collector, or write batch files", _sync)
    parser.add_argument("--to-dir", type=Path, metavar="DIR",
                        help="write signed batch files into DIR (e.g. a USB stick) instead "
                             "of uploading")
    parser.add_argument("--status", action="store_true",
                        help="only show what is pending and the last success or error")
    parser.add_argument("--attempts", type=int, default=5, metavar="N",
                        help="upload attempts with backoff on network errors (default: 5)")
    parser.add_argument("--install-enrolment", type=Path, metavar="FILE",
                        help="check FILE from 'collector add-station' and copy it to where "
                             "this station looks for its enrolment")


def _sync(args: argparse.Namespace) -> int:
    # Imported here: signing and HTTP load only for this command, not for every start.
    from station_app.sync import Backoff, StationSync, load_station_enrolment, sync_until_done

    if args.attempts < 1 or args.attempts > 100:
        raise UserError("--attempts must be between 1 and 100")
    with open_station(args) as station:
        if args.install_enrolment:
            return _install(station, args.install_enrolment)
        if args.status:
            return _status(station)
        sync = StationSync(station.config, station.db,
                           load_station_enrolment(station.config, data_dir_of(args)),
                           data_dir=station.data_dir)
        try:
            if args.to_dir:
                files = sync.write_files(args.to_dir)
                status = sync.status()
                print(f"{len(files)} batch file(s) written to {args.to_dir}; "
                      f"{status.pending_cards} card(s) stay pending until the collector "
                      "confirms them online")
                return 0
            report = sync_until_done(sync, args.attempts,
                                     Backoff(base=1.0, cap=station.config.sync.interval_seconds))
            status = sync.status()
            if not report.ok:
                raise UserError(f"sync incomplete ({status.pending_cards} card(s) pending): "
                                f"{report.errors[0]}")
            if report.update_version is not None:
                print(f"configuration version {report.update_version} is waiting at the "
                      "station: it is installed when the kiosk next starts")
            print(f"sync done: {report.acknowledged} batch(es) with "
                  f"{report.cards_acknowledged} card(s) confirmed; "
                  f"{status.synced_cards} of {status.total_cards} card(s) synced")
            return 0
        finally:
            sync.close()


def _status(station: Station) -> int:
    from station_app.sync import StationSync

    status = StationSync.status_of(station.db)
    print(f"{status.pending_cards} of {status.total_cards} card(s) pending, "
          f"{status.pending_batches} sealed batch(es) waiting")
    print(f"last success: {status.last_success_at or 'never'}")
    if status.last_error:
        print(f"last error ({status.last_error_at}): {status.last_error}")
    return 0


def _install(station: Station, source: Path) -> int:
    from station_app.enrolment_install import configured_contact_key, install_enrolment

    installed = install_enrolment(station.config, station.data_dir, source,
                                  audit=station.audit, actor="cli")
    print(f"enrolment for {installed.station_id} installed in {installed.target} "
          f"(collector {installed.collector_url or 'not set'})")
    configured = configured_contact_key(station.config)
    if configured and configured != installed.collector_public_key:
        print("note: the configuration's [contact] collector_public_key is another "
              "collector's; remove it so Mitmachpool contacts are sealed for this one")
    else:
        print("the Mitmachpool seals contacts for this collector from now on")
    return 0
