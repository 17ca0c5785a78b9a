"""The receipt service's printer: a queue chosen on the dashboard is used from the next
receipt on and after a restart; the test page goes through the receipts' own printer."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from station_app.paths import database_path
from station_app.receipts.service import ReceiptService
from station_app.station import Station
from station_app.storage import AuditLog, open_database


class NamedPrinter:
    """A stand-in with a queue name, as Qt's printer has; remembers where it printed."""

    def __init__(self, name: str = "") -> None:
        self.printer_name = name
        self.printed: list[tuple[str, str]] = []

    def print_layout(self, layout) -> None:
        self.printed.append((self.printer_name, layout.code))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "station"


def _open(config, data_dir: Path, clock) -> Station:
    return Station.assemble(config, data_dir, open_database(database_path(data_dir)), clock)


def test_the_chosen_queue_prints_from_now_on_and_after_a_restart(default_config, clock,
                                                                 data_dir):
    station = _open(default_config, data_dir, clock)
    printer = NamedPrinter()
    service = ReceiptService.for_station(station, printer)
    assert service.printer_name == "" and printer.printer_name == ""  # the system default
    service.choose_printer("Kasse-Foyer")
    assert printer.printer_name == "Kasse-Foyer" and service.chosen_printer == "Kasse-Foyer"
    service.print_test_page()
    assert printer.printed[-1][0] == "Kasse-Foyer"
    service.note_test_page(True)
    actions = [(e.action, e.details) for e in AuditLog(station.db).entries()]
    assert actions == [("printer.test_page", {"printer": "Kasse-Foyer", "printed": True}),
                       ("printer.choose", {"name": "Kasse-Foyer", "previous": ""})]
    station.close()

    station = _open(default_config, data_dir, clock)  # the kiosk starts again
    try:
        again = NamedPrinter("Bon")
        assert ReceiptService.for_station(station, again).printer_name == "Kasse-Foyer"
        assert again.printer_name == "Kasse-Foyer"
    finally:
        station.close()


def test_the_test_page_through_qt_says_testseite_station_and_time(qapp, default_config,
                                                                   clock, data_dir, tmp_path):
    from station_app.receipts.printing import QtReceiptPrinter

    station = _open(default_config, data_dir, clock)
    try:
        pdf = tmp_path / "testseite.pdf"
        service = ReceiptService.for_station(station, QtReceiptPrinter(output_file=pdf))
        code = service.print_test_page()
    finally:
        station.close()
    text = " ".join(" ".join(page.extract_text().split())
                    for page in pypdf.PdfReader(pdf).pages)
    assert "Testseite" in text and code in text
    assert default_config.station.name in text
    assert re.search(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr", text), text  # when it printed
