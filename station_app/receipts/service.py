"""The receipt service the kiosk and the facilitator screens use.

One object holds the queue (in the station database) and the background worker. The
kiosk calls ``enqueue(card)`` right after ``CardIntake.submit`` returned, which is after
the card was committed; the call only writes a queue row and wakes the worker, so it takes
milliseconds whatever the printer is doing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import sqlite_utils

from station_app.cards import Card
from station_app.clock import utc_now
from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.paths import database_path
from station_app.protocol.codes import parse_code
from station_app.receipts.worker import JobListener, PrintWorker, ReceiptPrinter
from station_app.storage.cards import CardArchive
from station_app.storage.database import open_database
from station_app.storage.print_jobs import PrintJob, PrintJobs

if TYPE_CHECKING:
    from station_app.station import Station


class ReceiptService:
    """Queue receipts, reprint them, and run the worker that prints them."""

    def __init__(self, config: StationConfig, db: sqlite_utils.Database,
                 connect: Callable[[], sqlite_utils.Database], printer: ReceiptPrinter, *,
                 clock: Callable[[], dt.datetime] = utc_now,
                 listener: JobListener | None = None) -> None:
        self.config = config
        self.jobs = PrintJobs(db, clock)
        self._archive = CardArchive(db)
        self.worker = PrintWorker(config, connect, printer, clock=clock, listener=listener)

    @classmethod
    def for_station(cls, station: Station, printer: ReceiptPrinter,
                    listener: JobListener | None = None) -> ReceiptService:
        """Over a ``Station``; the worker opens its own connection to the same file."""
        path = database_path(station.data_dir)
        return cls(station.config, station.db, lambda: open_database(path, migrate=False),
                   printer, listener=listener)

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


def find_card(archive: CardArchive, typed_code: str) -> Card:
    """The card for a typed or scanned code, or ``UserError`` saying what is wrong."""
    code = parse_code(typed_code)
    if code is None:
        raise UserError(f"{typed_code!r} is not a card code (like K7M-4QX-9TRP)")
    card = archive.by_code(code)
    if card is None:
        raise UserError(f"no card with code {code} on this station")
    return card
