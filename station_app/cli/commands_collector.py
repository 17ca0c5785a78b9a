"""``station-app collector serve | add-station | package | import | relay | export |
reconcile | add-user | users``.

The collector keeps its own database (``--db``, default ``collector.db`` in the data
directory); it reads a station configuration only to put it into a station package
(``package``), validated by the station's own schema.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.cli.common import add_command, data_dir_of
from station_app.errors import UserError

if TYPE_CHECKING:
    from station_app.collector.office.accounts import StaffUser
    from station_app.collector.store import CollectorStore
    from station_app.protocol.enrolment import Enrolment
    from station_app.protocol.setting_fields import SettingField

ORDER = 80
DEFAULT_URL = "http://127.0.0.1:8787"


def register(commands: argparse._SubParsersAction) -> None:
    from station_app.collector.database import database_target

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
    serve.add_argument("--page-burst", type=int, default=20, metavar="N",
                       help="follow-up page requests a client may make at once before "
                            "--page-rate applies (default: 20)")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="serve with N worker processes on the one port (1 to 64; "
                            "default: 1, this process alone). The rate limits are kept per "
                            "worker: each allows 1/N of every rate and burst (at least one "
                            "request), so a client gets at most the set limit from all "
                            "workers together – and only its share from the one worker its "
                            "connection reaches")
    serve.add_argument("--trusted-proxy", action="append", default=[], metavar="ADDR",
                       help="a reverse proxy in front (an address or a network, e.g. "
                            "127.0.0.1 or 10.0.0.0/8; repeatable): requests from it count "
                            "for the client its X-Forwarded-For names (rate limits, audit "
                            "log). Without it no forwarding header is believed")
    serve.add_argument("--clock-skew-hours", type=float, default=24.0, metavar="H",
                       help="how far a batch's time may lie outside [enrolment, now] "
                            "(default: 24)")
    serve.add_argument("--behind-tls", action="store_true",
                       help="a TLS proxy in front serves the collector over https: mark the "
                            "office's cookies Secure although requests arrive over http")
    serve.add_argument("--wall", action="store_true",
                       help="also serve the live wall (/wall/) for a projector: on a venue's "
                            "hub, not on the city's collector")
    serve.add_argument("--statuses", type=Path, metavar="FILE",
                       help="the public statuses of a card in a TOML file (default: "
                            "Eingegangen, In Bearbeitung, Aufgenommen, In die Stadtstrategie "
                            "eingeflossen, Nicht weiterverfolgt)")
    serve.add_argument("--relay-to", metavar="URL",
                       help="on a venue's hub: relay the stations' batches to the city's "
                            "collector at URL while serving (default: the URL in "
                            "--relay-enrolment)")
    serve.add_argument("--relay-enrolment", type=Path, metavar="FILE",
                       help="the hub's enrolment file from the city's collector "
                            "('collector add-station HUB-ID' there); starts the relay")
    serve.add_argument("--relay-interval", type=float, default=5.0, metavar="SECONDS",
                       help="how often the relay looks for new batches (default: 5)")
    enrol = _with_db(add_command(actions, "add-station", "register a station and write its "
                                 "enrolment file", _add_station))
    enrol.add_argument("station_id", metavar="ID", help="the station's [station] id")
    enrol.add_argument("-o", "--output", type=Path, metavar="FILE",
                       help="enrolment file to write (default: enrolment-ID.json)")
    enrol.add_argument("--url", default=DEFAULT_URL, help="the collector's URL as the station "
                       f"reaches it (default: {DEFAULT_URL})")
    enrol.add_argument("--replace", action="store_true",
                       help="issue new keys for a station that is already registered")
    package = _with_db(add_command(actions, "package", "write a station's package: its "
                                   "event configuration, its keys (for a new station) and "
                                   "the collector's key and URL, in one signed file; --config FILE "
                                   "names the configuration (required)", _package))
    package.add_argument("station_id", metavar="ID", help="the station's [station] id")
    package.add_argument("-o", "--output", type=Path, metavar="FILE",
                         help="where to write it (default: ID.station-package)")
    package.add_argument("--url", default=DEFAULT_URL, help="the collector's URL as the "
                         f"station reaches it (default: {DEFAULT_URL})")
    package.add_argument("--new-keys", action="store_true",
                         help="give an already registered station new keys (its old "
                              "enrolment stops working)")
    imported = _with_db(add_command(actions, "import", "import batch files (e.g. from a USB "
                                    "stick) with the same checks as an upload", _import))
    imported.add_argument("files", type=Path, nargs="+", metavar="FILE")
    relay = _with_db(add_command(actions, "relay", "on a venue's hub: forward the stations' "
                                 "batches to the city's collector (or write relay files for "
                                 "a USB stick)", _relay))
    relay.add_argument("--enrolment", type=Path, metavar="FILE",
                       help="the hub's enrolment file from the city's collector "
                            "('collector add-station HUB-ID' there)")
    relay.add_argument("--to", metavar="URL", help="the city's collector (default: the URL "
                       "in the enrolment file)")
    relay.add_argument("--once", action="store_true",
                       help="relay what is pending now (retrying network problems) and end; "
                            "without it, keep relaying until interrupted")
    relay.add_argument("--to-dir", type=Path, metavar="DIR",
                       help="write one relay file per pending batch into DIR instead, for "
                            "'collector import' at the city")
    relay.add_argument("--status", action="store_true",
                       help="show what was relayed and what is pending, per station")
    relay.add_argument("--json", action="store_true", help="--status as JSON")
    relay.add_argument("--interval", type=float, default=5.0, metavar="SECONDS",
                       help="without --once: how often to look for new batches (default: 5)")
    from station_app.collector.export_formats import FORMATS as EXPORT_FORMATS

    export = _with_db(add_command(actions, "export", "export the cards of all stations with "
                                  "their status, group and answer (never Mitmachpool "
                                  "contacts)", _export))
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                        help="csv, xlsx (Excel), json or pdf (a short report)")
    export.add_argument("--event", metavar="KEY", help="only this event's cards (its key, "
                        "e.g. 2026-11-14-stadtkonferenz; default: all events)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    export.add_argument("--include-hidden", action="store_true",
                        help="include cards hidden by moderation (marked as hidden)")
    export.add_argument("--include-withdrawn", action="store_true",
                        help="include cards their holders withdrew (without their text)")
    export.add_argument("--statuses", type=Path, metavar="FILE",
                        help="the TOML file of statuses the collector serves with, for their "
                             "names (default: the built-in statuses)")
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
    moved = add_command(actions, "migrate", "copy a venue's collector database (SQLite) into "
                        "a PostgreSQL one: everything, idempotent, resumable", _migrate)
    moved.add_argument("--from", dest="source", required=True, type=database_target,
                       metavar="FILE", help="the SQLite collector database to copy (stop "
                       "the collector serving it first)")
    moved.add_argument("--to", dest="target", required=True, type=database_target,
                       metavar="URL", help="the PostgreSQL database (postgresql://…), new "
                       "and empty or filled by an earlier run of this migration")
    add_user = _with_db(add_command(actions, "add-user", "add a staff account for the office "
                                    "(/office/); the password is read from standard input",
                                    _add_user))
    add_user.add_argument("name", metavar="NAME", help="the name to log in with")
    add_user.add_argument("--role", required=True, choices=("admin", "moderator"),
                          help="admin: manages accounts and reads the audit log; moderator: "
                               "moderates and answers cards")
    users = _with_db(add_command(actions, "users", "list the office's staff accounts, or "
                                 "block or unblock one", _users))
    change = users.add_mutually_exclusive_group()
    change.add_argument("--disable", metavar="NAME", help="block an account: it cannot log "
                        "in, and its open sessions end at once")
    change.add_argument("--enable", metavar="NAME", help="unblock a blocked account")


def _with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    from station_app.collector.database import database_target

    parser.add_argument("--db", type=database_target, metavar="PATH|URL",
                        help="collector database: a SQLite file or a postgresql:// URL "
                             "(default: collector.db in the data directory)")
    return parser


def _store(args: argparse.Namespace) -> CollectorStore:
    from station_app.collector.store import CollectorStore

    return CollectorStore.open(_db(args))


def _db(args: argparse.Namespace) -> Path | str:
    """The database ``--db`` names, or the data directory's file."""
    return args.db or data_dir_of(args) / "collector.db"


def _backup(args: argparse.Namespace) -> int:
    from station_app.collector.database import is_postgres_url, shown
    from station_app.durable_sqlite import backup_database

    if is_postgres_url(args.db):
        raise UserError(f"collector backup copies a SQLite file; back up {shown(args.db)} "
                        "with PostgreSQL's own tool: pg_dump --format custom --file "
                        f"{args.output} '{shown(args.db)}' (docs/deployment.md, section 8)")
    with _store(args) as store:
        size = backup_database(store.db, args.output, private=True)
    print(f"collector database backed up to {args.output} ({size / 2**20:.1f} MB)")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from station_app.collector.migrate import check_targets, migrate

    source, target = check_targets(args.source, args.target)
    report = migrate(source, target, actor=_cli_actor(), client=CLI_CLIENT,
                     progress=lambda line: print(line, flush=True))
    print(report.summary())
    return 0


def _serve(args: argparse.Namespace) -> int:
    from station_app.collector.app import CollectorSettings
    from station_app.collector.forwarded import parse_proxies
    from station_app.collector.office.settings import OfficeSettings
    from station_app.collector.office.statuses import load_statuses
    from station_app.collector.pages import PageSettings
    from station_app.collector.server import serve

    settings = CollectorSettings(
        pages=PageSettings(site_name=args.site_name, participation_url=args.participation_url),
        page_requests_per_minute=args.page_rate, page_burst=args.page_burst, wall=args.wall,
        trusted_proxies=parse_proxies(args.trusted_proxy),
        office=OfficeSettings(behind_tls=args.behind_tls, check_config=_config_check,
                              setting_fields=_setting_fields(),
                              **({"statuses": load_statuses(args.statuses)}
                                 if args.statuses else {})))
    from station_app.collector.server import RelaySettings

    relay = None
    if args.relay_enrolment is not None:
        relay = RelaySettings(args.relay_enrolment, args.relay_to, args.relay_interval)
    elif args.relay_to:
        raise UserError("--relay-to needs --relay-enrolment FILE: the hub's enrolment file "
                        "from the city's collector")
    serve(_db(args), args.host, args.port, settings,
          args.clock_skew_hours, relay, workers=args.workers)
    return 0


def _relay(args: argparse.Namespace) -> int:
    from station_app.collector.relay_outbox import RelayOutbox, format_status

    if args.status:
        with _store(args) as store:
            status = RelayOutbox(store).status()
        print(json.dumps(status.as_dict(), indent=2) if args.json else format_status(status))
        return 0
    if args.enrolment is None:
        raise UserError("collector relay needs --enrolment FILE: the hub's enrolment file "
                        "from the city's collector ('collector add-station HUB-ID' there)")
    from station_app.collector.relay import load_target

    enrolment, url = load_target(args.enrolment, args.to)
    if args.to_dir is not None:
        return _relay_files(args, enrolment, url)
    if args.once:
        return _relay_once(args, enrolment, url)
    import math
    import signal
    import threading

    from station_app.collector.database import shown
    from station_app.collector.relay import HubRelay, relay_loop
    from station_app.collector.store import CollectorStore

    if not math.isfinite(args.interval) or not 0 < args.interval <= 3600:
        raise UserError("--interval must be above 0 and at most 3600 seconds")
    path = _db(args)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"relaying {shown(path)} to {url} as hub {enrolment.station_id} (Ctrl-C ends it)",
          flush=True)
    stores: list[CollectorStore] = []

    def make_relay() -> HubRelay:
        stores.append(CollectorStore.open(path))
        return HubRelay(stores[0], enrolment, url)

    try:
        relay_loop(make_relay, stop, args.interval, say=lambda line: print(line, flush=True))
    except KeyboardInterrupt:
        stop.set()
    finally:
        for store in stores:
            store.close()
    return 0


def _relay_once(args: argparse.Namespace, enrolment: Enrolment, url: str) -> int:
    from station_app.collector.relay import HubRelay, relay_with_retries

    with _store(args) as store:
        relay = HubRelay(store, enrolment, url)
        try:
            report = relay_with_retries(relay)
        finally:
            relay.close()
    for line in report.errors:
        print(line)
    print(f"{report.relayed} batch(es) with {report.cards} card(s) acknowledged by the city, "
          f"{report.pending} pending; {report.decisions} decision(s) of this hub's office")
    if report.pending:
        raise UserError(f"{report.pending} batch(es) not relayed yet (see above; "
                        "'collector relay --status' shows them)")
    return 0


def _relay_files(args: argparse.Namespace, enrolment: Enrolment, url: str) -> int:
    from station_app.collector.relay import HubRelay
    from station_app.protocol.hub_decisions import SUFFIX as DECISIONS_SUFFIX

    with _store(args) as store:
        relay = HubRelay(store, enrolment, url)
        written = relay.write_files(args.to_dir)
    for path in written:
        print(path)
    decisions = sum(1 for path in written if path.name.endswith(DECISIONS_SUFFIX))
    print(f"{len(written) - decisions} relay file(s) and {decisions} file(s) of this hub's "
          f"decisions written to {args.to_dir}; at the city: station-app collector import "
          f"--db collector.db {args.to_dir}/*.json")
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


def _config_check(toml: str) -> str:
    """The station's own check of a configuration, for the office's packages page."""
    from station_app.package_install import station_of_config

    return station_of_config(toml, Path("office"))


def _setting_fields() -> tuple[SettingField, ...]:
    """The station's settings as plain data, for the office's event form."""
    from station_app.config_form import setting_fields

    return setting_fields()


def _package(args: argparse.Namespace) -> int:
    from station_app.collector.packages import write_package
    from station_app.package_install import station_of_config
    from station_app.protocol.package import SUFFIX

    source: Path | None = getattr(args, "config", None)  # the common option, required here
    if source is None:
        raise UserError("collector package needs --config FILE: the event configuration "
                        "(TOML) to put into the station's package")
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise UserError(f"{source}: cannot be read ({reason or error})") from None
    output = args.output or Path(f"{args.station_id}{SUFFIX}")
    with _store(args) as store:
        written = write_package(store, args.station_id, text, output, collector_url=args.url,
                                check_config=lambda toml: station_of_config(toml, source),
                                new_keys=args.new_keys, actor=_cli_actor(), client=CLI_CLIENT)
    keys = "with new keys for the station" if written.with_keys else \
        "without keys (the station keeps its enrolment)"
    registered = "registered and " if written.registered else ""
    print(f"station {written.station_id} {registered}packaged: configuration version "
          f"{written.config_version}, {keys}, written to {written.path}")
    print(f"on the station: station-app install {written.path.name} (or Einrichtung in the "
          "facilitator dashboard, from a USB stick)")
    if written.with_keys:
        print("the file holds the station's secret key: hand it over on a USB stick, "
              "not by e-mail")
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
    from station_app.collector.export import ExportFilter, export_file
    from station_app.collector.office.statuses import load_statuses

    statuses = load_statuses(args.statuses) if args.statuses else None
    with _store(args) as store:
        result = export_file(store, args.format, args.output,
                             ExportFilter(args.event or None, args.include_hidden,
                                          args.include_withdrawn), statuses)
    scope = f"event {args.event}" if args.event else "all events"
    left_out = [f"{count} {what} not included" for count, what in (
        (result.left_out.hidden, "hidden"), (result.left_out.withdrawn, "withdrawn")) if count]
    print(f"{result.cards} card(s) ({', '.join([scope, *left_out])}) written to "
          f"{args.output}")
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


def _cli_actor() -> str:
    """Who runs this command, for the office's audit log."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli"


CLI_CLIENT = "command line"


def _read_password(name: str) -> str:
    """The new password: asked twice on a terminal, else one line of standard input."""
    from station_app.collector.office.accounts import MAX_PASSWORD, check_password

    if sys.stdin is None:
        return check_password("")
    if sys.stdin.isatty():
        import getpass

        try:
            first = check_password(getpass.getpass(
                f"password for {name} (at least 12 characters): "))
            again = getpass.getpass("the same password again: ")
        except EOFError:
            raise UserError("no password given; no account was added") from None
        if again != first:
            raise UserError("the two passwords differ; no account was added")
        return first
    limit = MAX_PASSWORD * 4 + 2
    raw = sys.stdin.buffer.readline(limit + 1)
    if len(raw) > limit:
        raise UserError(f"the password is too long (at most {MAX_PASSWORD} characters)")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError("the password on standard input is not UTF-8 text") from None
    return check_password(line.removesuffix("\n").removesuffix("\r"))


def _add_user(args: argparse.Namespace) -> int:
    from station_app.collector.office.accounts import StaffAccounts, check_name

    name = check_name(args.name)
    with _store(args) as store:
        accounts = StaffAccounts(store)
        if accounts.find(name) is not None:
            raise UserError(f"a staff account named {name!r} already exists")
        password = _read_password(name)
        user = accounts.add(name, args.role, password, actor=_cli_actor(), client=CLI_CLIENT)
    print(f"staff account {user.name!r} added as {user.role}; it logs in at /office/login")
    return 0


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if moment else "never"


def _users_table(users: list[StaffUser]) -> str:
    rows = [("name", "role", "enabled", "created", "last login")]
    rows += [(u.name, u.role, "yes" if u.enabled else "no", _when(u.created_at),
              _when(u.last_login_at)) for u in users]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                       strict=True)).rstrip()
                     for row in rows)


def _users(args: argparse.Namespace) -> int:
    from station_app.collector.office.accounts import StaffAccounts

    with _store(args) as store:
        accounts = StaffAccounts(store)
        name = args.disable if args.disable is not None else args.enable
        if name is None:
            users = accounts.all()
            print(_users_table(users) if users else "no staff accounts yet (add the first: "
                  "station-app collector add-user NAME --role admin)")
            return 0
        enable = args.enable is not None
        before = accounts.find(name)
        user, ended = accounts.set_enabled(name, enable, actor=_cli_actor(), client=CLI_CLIENT)
    if before is not None and before.enabled == enable:
        print(f"staff account {user.name!r} was already {'enabled' if enable else 'disabled'}")
    elif enable:
        print(f"staff account {user.name!r} enabled; it can log in again")
    else:
        print(f"staff account {user.name!r} disabled; {ended} open session(s) ended")
    return 0
