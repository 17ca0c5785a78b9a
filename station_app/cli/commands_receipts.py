"""``station-app receipts print CODE | test-page | pdf CODE -o FILE | jobs``."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli.common import add_command, open_station
from station_app.clock import utc_now
from station_app.config import PAPER_SIZES
from station_app.errors import UserError
from station_app.protocol.codes import new_code

ORDER = 50


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "receipts", "print, reprint and export QR receipts", None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    printed = add_command(actions, "print", "print a card's receipt again on the station's "
                          "printer (waits for the spooler)", _print)
    printed.add_argument("code", metavar="CODE", help="the card code, e.g. K7M-4QX-9TRP")
    add_command(actions, "test-page", "print a test receipt (all scripts, QR) to check the "
                "printer", _test_page)
    pdf = add_command(actions, "pdf", "write a card's receipt as a PDF file", _pdf)
    pdf.add_argument("code", metavar="CODE", help="the card code, e.g. K7M-4QX-9TRP")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                     help="where to write the PDF")
    pdf.add_argument("--paper", choices=PAPER_SIZES,
                     help="paper format (default: receipt.paper from the configuration)")
    jobs = add_command(actions, "jobs", "list recent print jobs and their state", _jobs)
    jobs.add_argument("--failed", action="store_true", help="only jobs that failed")


def _printer_name(station: object) -> str:
    """The queue receipts go to: the one chosen on the dashboard, else the configured one
    ('' = the system default)."""
    from station_app.storage.printer_choice import PrinterChoice

    return PrinterChoice(station.db).effective(  # type: ignore[attr-defined]
        station.config.printer.name)  # type: ignore[attr-defined]


def _printer(station: object) -> object:
    from station_app.receipts.printing import QtReceiptPrinter, ensure_gui_application

    ensure_gui_application()
    return QtReceiptPrinter(_printer_name(station))


def _print(args: argparse.Namespace) -> int:
    from station_app.receipts.service import ReceiptService

    with open_station(args) as station:
        service = ReceiptService.for_station(station, _printer(station))
        card = service.find_card(args.code)
        job = service.jobs.claim(service.jobs.enqueue(card.code, "reprint").id)
        done = service.worker.attempt(service.jobs, station.archive, job, retry=False)
        station.audit.record("cli", "receipts.print", {"code": card.code, "ok": done.state})
        if done.state != "done":
            raise UserError(f"receipt {card.code} not printed: {done.last_error}")
        where = _printer_name(station) or "the default printer"
        print(f"receipt {card.code} sent to {where}")
        return 0


def _test_page(args: argparse.Namespace) -> int:
    from station_app.receipts.layout import layout_receipt, printer_test_content

    with open_station(args) as station:
        config = station.config
        printer = _printer(station)
        layout = layout_receipt(printer_test_content(config, utc_now(), new_code()),
                                config.receipt.paper)
        printer.print_layout(layout)  # type: ignore[attr-defined]
        where = _printer_name(station) or "the default printer"
        print(f"test page ({config.receipt.paper}, code {layout.code}) sent to {where}")
        return 0


def _pdf(args: argparse.Namespace) -> int:
    from station_app.protocol.files import atomic_write
    from station_app.receipts.pdf import receipt_pdf
    from station_app.receipts.service import find_card

    with open_station(args) as station:
        card = find_card(station.archive, args.code)
        data = receipt_pdf(station.config, card, args.paper)
        atomic_write(args.output, data)  # a full disk leaves no half or empty PDF
        print(f"receipt {card.code} written to {args.output}")
        return 0


def _jobs(args: argparse.Namespace) -> int:
    from station_app.storage.print_jobs import PrintJobs

    with open_station(args) as station:
        jobs = PrintJobs(station.db).recent(50, "failed" if args.failed else None)
        if not jobs:
            print("no print jobs" + (" failed" if args.failed else " yet"))
        for job in jobs:
            when = job.updated_at.astimezone().strftime("%d.%m. %H:%M:%S")
            error = f"  {job.last_error}" if job.last_error and job.state != "done" else ""
            print(f"{job.id:>5}  {job.code}  {job.reason:<8} {job.state:<8} "
                  f"{job.attempts} tries  {when}{error}")
        return 0

