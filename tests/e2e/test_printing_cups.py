"""Receipts printed through the app's own print path onto a real CUPS cups-pdf queue.

A person would take the slip, scan the QR code and read the code and the question: that is
what these tests check on the PDF that cups-pdf wrote.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from station_app.intake import CardDraft
from station_app.paths import database_path, default_config_path
from station_app.qml.receipt_bridge import ReceiptPrinterBridge
from station_app.receipts.followup import followup_url
from station_app.receipts.printing import QtReceiptPrinter, printer_status
from station_app.receipts.service import ReceiptService
from station_app.station import Station
from station_app.storage import open_database
from station_app.storage.printer_choice import PrinterChoice
from tests.waiting import wait_until

from .cli_helpers import station_app
from .cups_server import CupsPdfQueue, cups_pdf_queue  # noqa: F401 - the fixture
from .printing_checks import decode_qr, poppler_text, render_page

UMLAUT_PROMPT = "Was soll in Hörde und Lütgendortmund erhalten bleiben?"


def station_config(folder: Path, printer: str, max_attempts: int = 3) -> Path:
    """The default station printing to ``printer``, with a prompt full of umlauts."""
    text = default_config_path().read_text(encoding="utf-8")
    text = text.replace('[printer]\nname = ""', f'[printer]\nname = "{printer}"')
    text = text.replace("max_attempts = 3", f"max_attempts = {max_attempts}")
    text = text.replace('label = "Was soll erhalten bleiben?"', f'label = "{UMLAUT_PROMPT}"')
    path = folder / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def printing_station(tmp_path: Path, cups_pdf_queue: CupsPdfQueue):  # noqa: F811
    station = Station.open(station_config(tmp_path, cups_pdf_queue.name, max_attempts=2),
                           tmp_path / "data")
    service = ReceiptService.for_station(station, QtReceiptPrinter(cups_pdf_queue.name))
    yield station, service
    service.stop()
    station.close()


def submit(station: Station, text: str = "Der Phoenix-See und die Grünflächen in Hörde."):
    return station.intake.submit(CardDraft(prompt_id="erhalten", topic_id="wohnen", text=text))


def test_a_receipt_printed_by_the_worker_scans_and_reads(printing_station, cups_pdf_queue,  # noqa: F811
                                                         qapp, tmp_path):
    station, service = printing_station
    assert printer_status(cups_pdf_queue.name).ready
    service.start()
    card = submit(station)
    job = service.enqueue(card)
    assert job is not None and job.state == "queued"

    done = wait_until(lambda: service.jobs.get(job.id).finished, 90, "the print job")
    assert done
    settled = service.jobs.get(job.id)
    assert settled.state == "done", settled.last_error
    printed = cups_pdf_queue.wait_for_pdf(card.code)

    assert decode_qr(render_page(printed, tmp_path)) == [followup_url(station.config, card.code)]
    text = poppler_text(printed)
    assert card.code in text
    assert UMLAUT_PROMPT in text


def test_a_disabled_queue_fails_the_job_without_blocking_the_kiosk(
        printing_station, cups_pdf_queue, qtbot, tmp_path):  # noqa: F811
    station, service = printing_station
    bridge = ReceiptPrinterBridge(service)
    cups_pdf_queue.disable()
    try:
        service.start()
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(10)

        card = submit(station)
        started = time.monotonic()
        with qtbot.waitSignal(bridge.jobFinished, timeout=60_000) as finished:
            bridge.enqueue(card)
            assert time.monotonic() - started < 0.5  # enqueueing never waits on the printer
        timer.stop()

        code, ok, message = finished.args
        assert (code, ok) == (card.code, False)
        assert "stopped or disabled" in message
        assert bridge.status == "failed" and bridge.failedCount == 1
        assert service.jobs.latest_for(card.code).attempts == 2  # retried, then gave up
        assert station.archive.by_code(card.code) == card  # the card itself is safe
        assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5, \
            "the GUI thread stalled while the printer failed"
        assert cups_pdf_queue.pdfs_for(card.code) == []
    finally:
        cups_pdf_queue.enable()

    # Back in service: a facilitator's reprint comes out.
    with qtbot.waitSignal(bridge.jobFinished, timeout=90_000) as finished:
        assert bridge.reprint(card.code)
    assert finished.args[:2] == [card.code, True]
    assert bridge.status == "done"
    printed = cups_pdf_queue.wait_for_pdf(card.code)
    assert decode_qr(render_page(printed, tmp_path)) == [followup_url(station.config, card.code)]


def test_reprint_and_test_page_from_the_command_line(cups_pdf_queue, tmp_path):  # noqa: F811
    config = station_config(tmp_path, cups_pdf_queue.name)
    data = tmp_path / "data"
    added = station_app("--config", str(config), "cards", "add", "--prompt", "erhalten",
                        "--topic", "kultur", "--text", "Das Dortmunder U", data_dir=data)
    assert added.returncode == 0, added.stderr
    code = added.stdout.decode().split()[1]

    printed = station_app("--config", str(config), "receipts", "print", code.lower(),
                          data_dir=data, timeout=120)
    assert printed.returncode == 0, printed.stderr
    assert f"receipt {code} sent to {cups_pdf_queue.name}" in printed.stdout.decode()
    pdf = cups_pdf_queue.wait_for_pdf(code)
    url = f"http://127.0.0.1:8787/k/{code}"
    assert decode_qr(render_page(pdf, tmp_path)) == [url]
    assert UMLAUT_PROMPT in poppler_text(pdf)

    test_page = station_app("--config", str(config), "receipts", "test-page", data_dir=data,
                            timeout=120)
    assert test_page.returncode == 0, test_page.stderr
    test_code = test_page.stdout.decode().split("code ")[1].split(")")[0]
    page = cups_pdf_queue.wait_for_pdf(test_code)
    assert decode_qr(render_page(page, tmp_path)) == [f"http://127.0.0.1:8787/k/{test_code}"]
    assert "Testseite" in poppler_text(page)

    check = station_app("--config", str(config), "check", data_dir=data, timeout=120)
    assert check.returncode == 0, check.stderr
    assert f"printer ok: printer '{cups_pdf_queue.name}' is ready" in check.stdout.decode()


def test_check_and_print_fail_in_one_line_when_the_queue_is_stopped(cups_pdf_queue,  # noqa: F811
                                                                     tmp_path):
    config = station_config(tmp_path, cups_pdf_queue.name)
    data = tmp_path / "data"
    added = station_app("--config", str(config), "cards", "add", "--prompt", "idee",
                        "--topic", "kultur", "--text", "Mehr Bänke", data_dir=data)
    code = added.stdout.decode().split()[1]
    cups_pdf_queue.disable()
    try:
        for args in (("check",), ("receipts", "print", code)):
            result = station_app("--config", str(config), *args, data_dir=data, timeout=120)
            stderr = result.stderr.decode()
            assert result.returncode == 2, (args, stderr)
            assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1
            assert "stopped or disabled" in stderr
    finally:
        cups_pdf_queue.enable()
    assert cups_pdf_queue.pdfs_for(code) == []


def test_the_command_line_prints_where_the_dashboard_chose(cups_pdf_queue, tmp_path):  # noqa: F811
    """The configuration names a queue that is not there; on the dashboard the facilitator
    chose the real one: receipts, the test page and ``check`` all use that choice."""
    config = station_config(tmp_path, "Alter-Drucker")
    data = tmp_path / "data"
    added = station_app("--config", str(config), "cards", "add", "--prompt", "erhalten",
                        "--topic", "kultur", "--text", "Das Dortmunder U", data_dir=data)
    assert added.returncode == 0, added.stderr
    code = added.stdout.decode().split()[1]
    db = open_database(database_path(data))
    PrinterChoice(db).choose(cups_pdf_queue.name)
    db.close()

    printed = station_app("--config", str(config), "receipts", "print", code, data_dir=data,
                          timeout=120)
    assert printed.returncode == 0, printed.stderr
    assert f"receipt {code} sent to {cups_pdf_queue.name}" in printed.stdout.decode()
    assert decode_qr(render_page(cups_pdf_queue.wait_for_pdf(code), tmp_path)) == [
        f"http://127.0.0.1:8787/k/{code}"]
    check = station_app("--config", str(config), "check", data_dir=data, timeout=120)
    assert check.returncode == 0, check.stderr
    assert f"printer ok: printer '{cups_pdf_queue.name}' is ready" in check.stdout.decode()
