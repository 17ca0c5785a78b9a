"""Printing problems in words: what the printer path really writes, as the catalogue says it."""

from __future__ import annotations

import pytest

from station_app.receipts.problems import (
    ABORTED,
    INTERRUPTED,
    NO_CARD,
    NO_PRINTER,
    NOT_A_CODE,
    NOT_ACCEPTED,
    NOT_FOUND,
    STOPPED,
    UNEXPECTED,
    printer_problem,
)
from station_app.receipts.service import ReceiptService
from station_app.storage.print_jobs import PrintJobs
from station_app.texts import WordedError


def test_a_printer_the_spooler_does_not_know(qapp):
    from station_app.receipts.printing import printer_status

    status = printer_status("Kasse 'Foyer'")
    message = printer_problem(status.detail)
    assert message.source == NOT_FOUND and message.args == ("Kasse 'Foyer'",)
    assert message.text("de") == "Drucker „Kasse 'Foyer'“ nicht gefunden"
    assert message.text("en") == "Printer “Kasse 'Foyer'” not found"


def test_no_printer_at_all(qapp, monkeypatch):
    from PySide6.QtPrintSupport import QPrinterInfo

    from station_app.receipts import printing

    # A machine with no default printer (whatever the one running the test has).
    monkeypatch.setattr(printing, "_info", lambda name: QPrinterInfo())
    status = printing.printer_status("")
    assert not status.found
    assert printer_problem(status.detail).text("de") == "Kein Belegdrucker eingerichtet"


@pytest.mark.parametrize(("sentence", "source", "args"), [
    ("printer 'Bon' is stopped or disabled in the spooler (CUPS: cupsenable NAME)", STOPPED,
     ("Bon",)),
    ('printer "Bon\'s" aborted its last job', ABORTED, ("Bon's",)),
    ("no printer named in the configuration and no system default printer", NO_PRINTER, ()),
    ("the spooler did not accept the receipt for K7M-4QX-9TRP", NOT_ACCEPTED, ()),
    ("interrupted by a restart while printing", INTERRUPTED, ()),
    ("no card with code K7M-4QX-9TRP", NO_CARD, ("K7M-4QX-9TRP",)),
    ("RuntimeError: driver crashed in libcups.so.2", UNEXPECTED, ()),
    ("printer 'Kasse' is out of paper", NOT_ACCEPTED, ()),  # a driver's own words
])
def test_each_sentence_of_the_printer_path(sentence, source, args):
    message = printer_problem(sentence)
    assert (message.source, message.args) == (source, args)
    assert "Error" not in message.text("en") and "libcups" not in message.text("de")


def test_a_typed_code_that_is_none_is_worded(station):
    service = ReceiptService(station.config, station.db, lambda: station.db, printer=None)
    with pytest.raises(WordedError) as typo:
        service.find_card("hallo")
    assert str(typo.value) == "'hallo' is not a card code (like K7M-4QX-9TRP)"
    assert typo.value.message.source == NOT_A_CODE
    assert typo.value.message.text("en") == \
        "“hallo” is not a card code (a card code looks like this: K7M-4QX-9TRP)"
    with pytest.raises(WordedError) as unknown:
        service.find_card("222-222-2222")
    assert unknown.value.message.text("de") == \
        "Keine Karte mit dem Code 222-222-2222 auf dieser Station"
    assert PrintJobs(station.db).count("queued") == 0
