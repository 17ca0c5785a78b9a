"""The receipt service the kiosk and the facilitator screens use.

One object holds the queue (in the station database) and the background worker. The
kiosk calls ``enqueue(card)`` right after ``CardIntake.submit`` returned, which is after
the card was committed; the call only writes a queue row and wakes the worker, so it takes
milliseconds whatever the printer is doing.

Which printer queue receipts go to: the one a facilitator chose on the dashboard
(``PrinterChoice``, remembered in the database), else ``[printer] name``, else the system
default. A choice takes effect with the next receipt. The test page goes through the same
printer object as every receipt, so a test page that comes out proves the receipts will.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import sqlite_utils

from station_app.cards import Card
from station_app.clock import utc_now
from station_app.config import StationConfig
from station_app.paths import database_path
from station_app.protocol.codes import new_code, parse_code
from station_app.receipts.problems import CONTEXT as PROBLEM_CONTEXT
from station_app.receipts.problems import NO_CARD, NOT_A_CODE
from station_app.receipts.worker import JobListener, PrintWorker, ReceiptPrinter
from station_app.storage.audit import AuditLog
from station_app.storage.cards import CardArchive
from station_app.storage.database import open_database
from station_app.storage.print_jobs import PrintJob, PrintJobs
from station_app.storage.printer_choice import PrinterChoice
from station_app.texts import Message, WordedError

if TYPE_CHECKING:
    from station_app.station import Station


class ReceiptService:
    """Queue receipts, reprint them, and run the worker that prints them."""

    def __init__(self, config: StationConfig, db: sqlite_utils.Database,
                 connect: Callable[[], sqlite_utils.Database], printer: ReceiptPrinter, *,
                 clock: Callable[[], dt.datetime] = utc_now,
                 listener: JobListener | None = None, audit: AuditLog | None = None) -> None:
        """A ``printer`` with a ``printer_name`` (Qt's) is pointed at the chosen queue."""
        self.config = config
        self.jobs = PrintJobs(db, clock)
        self._archive = CardArchive(db)
        self._audit = audit or AuditLog(db, clock)
        self._choice = PrinterChoice(db, self._audit)
        self._clock = clock
        self.printer = printer
        self._aim_printer()
        self.worker = PrintWorker(config, connect, printer, clock=clock, listener=listener)

    @classmethod
    def for_station(cls, station: Station, printer: ReceiptPrinter,
                    listener: JobListener | None = None) -> ReceiptService:
        """Over a ``Station``; the worker opens its own connection to the same file."""
        path = database_path(station.data_dir)
        return cls(station.config, station.db, lambda: open_database(path, migrate=False),
                   printer, listener=listener, audit=station.audit)

    def set_listener(self, listener: JobListener | None) -> None:
        """Who hears about every job state change (called on the worker's thread)."""
        self.worker.listener = listener

    @property
    def enabled(self) -> bool:
        return self.config.printer.enabled

    def start(self) -> None:
        """Fail jobs a crash left half-printed, then start printing in the background."""
        self.jobs.recover_interrupted()
        self.worker.start()
        self.worker.wake()

    def stop(self) -> None:
        self.worker.stop()

    def enqueue(self, card: Card) -> PrintJob | None:
        """Queue the receipt for a committed card; None when printing is off in the config."""
        if not self.enabled:
            return None
        job = self.jobs.enqueue(card.code, "receipt")
        self.worker.wake()
        return job

    def reprint(self, typed_code: str) -> PrintJob:
        """Queue another receipt for a card (facilitator dashboard); ``UserError`` if none."""
        card = self.find_card(typed_code)
        job = self.jobs.enqueue(card.code, "reprint")
        self.worker.wake()
        return job

    def find_card(self, typed_code: str) -> Card:
        """The card for a typed or scanned code, or ``UserError`` saying what is wrong."""
        return find_card(self._archive, typed_code)

    # --- which printer --------------------------------------------------------------

    @property
    def printer_name(self) -> str:
        """The queue receipts go to; '' means the system default printer."""
        return self._choice.effective(self.config.printer.name)

    @property
    def chosen_printer(self) -> str:
        """The queue chosen on the dashboard, '' when the configuration decides."""
        return self._choice.chosen()

    def choose_printer(self, name: str, actor: str = "facilitator") -> None:
        """Print the next receipt on ``name`` ('' : back to the configuration), remembered
        in the database and audited."""
        self._choice.choose(name.strip(), actor)
        if hasattr(self.printer, "printer_name"):
            self.printer.printer_name = self.printer_name
        self.worker.wake()  # a receipt waiting for its next try goes to the new queue

    def _aim_printer(self) -> None:
        """Point a printer with a queue name at the chosen queue (only when one is chosen:
        else it keeps the queue it was made for, normally ``[printer] name``)."""
        if self.chosen_printer and hasattr(self.printer, "printer_name"):
            self.printer.printer_name = self.chosen_printer

    # --- the test page --------------------------------------------------------------

    def print_test_page(self) -> str:
        """Lay out and print a test page now, through the receipts' printer; returns its
        code. ``PrintFailed`` says why it did not print. Any thread (no database here)."""
        from station_app.receipts.layout import layout_receipt, printer_test_content

        layout = layout_receipt(printer_test_content(self.config, self._clock(), new_code()),
                                self.config.receipt.paper)
        self.printer.print_layout(layout)
        return layout.code

    def note_test_page(self, printed: bool, actor: str = "facilitator") -> None:
        """Audit a test page (on the thread that owns the database connection)."""
        self._audit.record(actor, "printer.test_page",
                           {"printer": self.printer_name, "printed": printed})


def find_card(archive: CardArchive, typed_code: str) -> Card:
    """The card for a typed or scanned code, or ``UserError`` saying what is wrong."""
    code = parse_code(typed_code)
    if code is None:
        raise WordedError(f"{typed_code!r} is not a card code (like K7M-4QX-9TRP)",
                          Message(PROBLEM_CONTEXT, NOT_A_CODE, (typed_code.strip(),)))
    card = archive.by_code(code)
    if card is None:
        raise WordedError(f"no card with code {code} on this station",
                          Message(PROBLEM_CONTEXT, NO_CARD, (code,)))
    return card
