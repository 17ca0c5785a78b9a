"""The printer bridge: a queue chosen, a test page printed, reasons in the UI language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from station_app.paths import database_path, resources_dir
from station_app.qml.receipt_bridge import ReceiptPrinterBridge
from station_app.receipts.service import ReceiptService
from station_app.receipts.worker import PrintFailed
from station_app.station import Station
from station_app.storage import AuditLog, open_database


class Spooler:
    """A printer stand-in with a queue name: prints, or refuses like a stopped CUPS queue."""

    def __init__(self) -> None:
        self.printer_name = ""
        self.stopped = False
        self.printed: list[str] = []

    def print_layout(self, layout) -> None:
        if self.stopped:
            raise PrintFailed(f"printer {self.printer_name!r} is stopped or disabled in the "
                              "spooler (CUPS: cupsenable NAME)")
        self.printed.append(self.printer_name)


@pytest.fixture
def station(default_config, clock, tmp_path):
    opened = Station.assemble(default_config, tmp_path,
                              open_database(database_path(tmp_path)), clock)
    yield opened
    opened.close()


@pytest.fixture
def spooler() -> Spooler:
    return Spooler()


@pytest.fixture
def bridge(qtbot, station, spooler):
    service = ReceiptService.for_station(station, spooler)
    made = ReceiptPrinterBridge(service, queues=lambda: (["Kasse", "Foyer"], "Foyer"),
                                default_printer="")
    yield made
    # A finished job's messenger deletes itself later; let it, before the bridge goes.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _test_page(qtbot, bridge) -> str:
    with qtbot.waitSignal(bridge.testPageChanged, timeout=10_000,
                          check_params_cb=lambda: not bridge.testPageBusy):
        bridge.printTestPage()
    return bridge.testPageResult


def test_queues_a_choice_and_a_test_page_that_came_out(qtbot, bridge, station, spooler):
    assert bridge.status == "none" and not bridge.configured
    with qtbot.waitSignal(bridge.printersChanged, check_params_cb=lambda: bool(bridge.printers)):
        bridge.refreshPrinters()
    assert bridge.printers == [{"name": "Kasse", "chosen": False, "isDefault": False},
                               {"name": "Foyer", "chosen": True, "isDefault": True}]
    assert bridge.usesDefault and bridge.status == "idle"  # the default found now
    with qtbot.waitSignal(bridge.notice) as notice:
        bridge.choosePrinter("Kasse")
    assert notice.args == ["Belege werden ab jetzt auf „Kasse“ gedruckt", False]
    assert bridge.printerName == "Kasse" and not bridge.usesDefault
    assert _test_page(qtbot, bridge) == \
        "Testseite an „Kasse“ geschickt: Bitte nachsehen, ob sie herauskommt."
    assert spooler.printed == ["Kasse"] and bridge.testPageOk
    assert [e.details for e in AuditLog(station.db).entries()
            if e.action == "printer.test_page"] == [{"printer": "Kasse", "printed": True}]


def test_a_test_page_that_failed_and_a_typo_say_why_in_the_ui_language(qtbot, bridge,
                                                                        spooler):
    bridge.choosePrinter("Kasse")
    spooler.stopped = True
    assert _test_page(qtbot, bridge) == \
        "Testseite nicht gedruckt: Drucker „Kasse“ ist angehalten oder gesperrt"
    assert not bridge.reprint("hallo")
    assert bridge.detail == "„hallo“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP)"
    translator = QTranslator()  # what LanguageBridge installs for English
    assert translator.load(str(resources_dir() / "translations" / "station_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        bridge.set_language("en")
        assert bridge.detail == \
            "“hallo” is not a card code (a card code looks like this: K7M-4QX-9TRP)"
        assert bridge.testPageResult == \
            "Test page not printed: Printer “Kasse” is stopped or disabled"
    finally:
        QCoreApplication.removeTranslator(translator)
