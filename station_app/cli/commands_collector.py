"""``station-app collector serve | add-station | import | export | reconcile``.

The collector keeps its own database (``--db``, default ``collector.db`` in the data
directory); it never reads a station configuration.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.cli.common import add_command, data_dir_of
from station_app.errors import UserError

if TYPE_CHECKING:
    from station_app.collector.store import CollectorStore

ORDER = 80
DEFAULT_URL = "http://127.0.0.1:8787"


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "collector",
                         "the central collector (Sammelstelle): serve, enrol, import, export",
                         None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    serve = _with_db(add_command(actions, "serve", "serve the batch API and the follow-up "
                                 "pages", _serve))
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on "
                       "(default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8787, help="port (default: 8787)")
    serve.add_argument("--participation-url", default="https://www.dortmund.de/stadtgespraech",
                       metavar="URL", help="online participation link on the follow-up pages "
                       "when a station's configuration gives none")
    serve.add_argument("--site-name", default="Dortmunder Stadtgespräch",
                       help="name in the follow-up pages' header and title")
    serve.add_argument("--page-rate", type=float, default=30.0, metavar="N",
                       help="follow-up page requests per minute and client (default: 30)")
    serve.add_argument("--clock-skew-hours", type=float, default=24.0, metavar="H",
                       help="how far a batch's time may lie outside [enrolment, now] "
                            "(default: 24)")
    enrol = _with_db(add_command(actions, "add-station", "register a station and write its "
                                 "enrolment file", _add_station))
    enrol.add_argument("station_id", metavar="ID", help="the station's [station] id")
    enrol.add_argument("-o", "--output", type=Path, metavar="FILE",
                       help="enrolment file to write (default: enrolment-ID.json)")
    enrol.add_argument("--url", default=DEFAULT_URL, help="the collector's URL as the station "
                       f"reaches it (default: {DEFAULT_URL})")
    enrol.add_argument("--replace", action="store_true",
                       help="issue new keys for a station that is already registered")
    imported = _with_db(add_command(actions, "import", "import batch files (e.g. from a USB "
                                    "stick) with the same checks as an upload", _import))
    imported.add_argument("files", type=Path, nargs="+", metavar="FILE")
    export = _with_db(add_command(actions, "export", "export the cards of all stations",
                                  _export))
    export.add_argument("--format", required=True, choices=("csv", "json"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    export.add_argument("--include-hidden", action="store_true",
                        help="include cards hidden by moderation")
    contacts = _with_db(add_command(actions, "export-contacts", "open the sealed Mitmachpool "
                                    "contacts and write them as CSV (handle with care)",
                                    _export_contacts))
    contacts.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    rec = _with_db(add_command(actions, "reconcile", "per station: batches and cards the "
                               "station sealed against what arrived", _reconcile))
    rec.add_argument("--json", action="store_true", help="as JSON")
    backup = _with_db(add_command(actions, "backup", "copy the collector database to a file, "
                                  "safely while it is serving", _backup))
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def _with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="collector database (default: collector.db in the data directory)")
    return parser


def _store(args: argparse.Namespace) -> CollectorStore:
    from station_app.collector.store import CollectorStore

    path = args.db or data_dir_of(args) / "collector.db"
    return CollectorStore.open(path)


def _backup(args: argparse.Namespace) -> int:
    from station_app.durable_sqlite import backup_database

    with _store(args) as store:
        size = backup_database(store.db, args.output, private=True)
    print(f"collector database backed up to {args.output} ({size / 2**20:.1f} MB)")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from station_app.collector.app import CollectorSettings
    from station_app.collector.pages import PageSettings
    from station_app.collector.server import serve

    settings = CollectorSettings(
        pages=PageSettings(site_name=args.site_name, participation_url=args.participation_url),
        page_requests_per_minute=args.page_rate)
    serve(args.db or data_dir_of(args) / "collector.db", args.host, args.port, settings,
          args.clock_skew_hours)
    return 0


def _add_station(args: argparse.Namespace) -> int:
    from station_app.collector.enrol import add_station

    output = args.output or Path(f"enrolment-{args.station_id}.json")
    with _store(args) as store:
        enrolment = add_station(store, args.station_id, args.url, output, replace=args.replace)
    print(f"station {enrolment.station_id} registered; enrolment file written to {output}")
    print(f"on the station: station-app sync --install-enrolment {output.name}")
    print("(the enrolment carries the collector's key for the Mitmachpool: "
          f"{enrolment.collector_public_key_b64})")
    return 0


def _import(args: argparse.Namespace) -> int:
    from station_app.collector.batch_files import import_batch_files
    from station_app.collector.ingest import BatchIngest

    with _store(args) as store:
        report = import_batch_files(BatchIngest(store), args.files)
    for outcome in report.outcomes:
        print(outcome.message)
    print(report.summary())
    if report.refused:
        raise UserError(f"{report.refused} of {len(args.files)} file(s) refused (see above)")
    return 0


def _export(args: argparse.Namespace) -> int:
    from station_app.collector.export import write_export

    with _store(args) as store:
        count = write_export(store, args.format, args.output, args.include_hidden)
    print(f"{count} card(s) of all stations written to {args.output}")
    return 0


def _export_contacts(args: argparse.Namespace) -> int:
    from station_app.collector.export import write_contacts

    with _store(args) as store:
        count = write_contacts(store, args.output)
    print(f"{count} Mitmachpool contact(s) written to {args.output} (readable by you only)")
    return 0


def _reconcile(args: argparse.Namespace) -> int:
    from station_app.collector.reconcile import format_table, reconcile

    with _store(args) as store:
        lines = reconcile(store)
    if args.json:
        print(json.dumps([line.as_dict() for line in lines], indent=2))
    else:
        print(format_table(lines))
    return 0
