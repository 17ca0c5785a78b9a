"""Printing a receipt layout through Qt's print system (CUPS on Linux, the Windows spooler).

This is the only core module that imports PySide6. It draws the same layout as ``pdf.py``
with ``QPainter`` on a ``QPrinter``: text stays text (Qt embeds the same DejaVu font),
the QR symbol stays vector rectangles, and the page is exactly the receipt's size.

Before each job the printer's state is read fresh from the spooler, so a missing printer or
a stopped CUPS queue (``cupsdisable``) is reported as ``PrintFailed`` instead of a job that
waits unseen in the spooler while the attendee walks away.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from station_app.receipts.fonts import BOLD_FACES, font_path
from station_app.receipts.layout import Picture, QrBlock, ReceiptLayout, Rule, TextRun
from station_app.receipts.worker import PrintFailed

_fonts_lock = threading.Lock()
_families: dict[str, str] = {}


def ensure_gui_application() -> QCoreApplication:
    """A ``QGuiApplication`` for command-line printing; headless when there is no display.

    Qt's print plugins and font database need one; the kiosk already has its own.
    """
    app = QCoreApplication.instance()
    if app is not None:
        return app
    argv = [sys.argv[0] if sys.argv else "station-app"]
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    return QGuiApplication(argv)


def _family(name: str) -> str:
    with _fonts_lock:
        if name not in _families:
            font_id = QFontDatabase.addApplicationFont(str(font_path(name)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                raise PrintFailed(f"the receipt font {font_path(name).name} cannot be loaded")
            _families[name] = families[0]
        return _families[name]


@dataclass(frozen=True)
class PrinterStatus:
    """What the spooler says about a printer, for ``check`` and the dashboard."""

    name: str
    found: bool
    ready: bool
    detail: str


def printer_names() -> list[str]:
    """Every printer (CUPS queue) the spooler knows."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def default_printer_name() -> str:
    """The spooler's default printer, or '' when it has none."""
    return QPrinterInfo.defaultPrinterName()


def _info(name: str) -> QPrinterInfo:
    return QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()


def printer_status(name: str) -> PrinterStatus:
    """The state of the named printer, or of the system default when ``name`` is empty."""
    info = _info(name)
    if info.isNull():
        if not name:
            return PrinterStatus("", False, False, "no printer named in the configuration and "
                                 "no system default printer")
        known = ", ".join(printer_names()) or "none"
        return PrinterStatus(name, False, False,
                             f"printer {name!r} not found (printers here: {known})")
    shown = info.printerName()
    state = info.state()
    if state == QPrinter.PrinterState.Error:
        return PrinterStatus(shown, True, False,
                             f"printer {shown!r} is stopped or disabled in the spooler "
                             "(CUPS: cupsenable NAME)")
    if state == QPrinter.PrinterState.Aborted:
        return PrinterStatus(shown, True, False, f"printer {shown!r} aborted its last job")
    busy = " and busy" if state == QPrinter.PrinterState.Active else ""
    return PrinterStatus(shown, True, True, f"printer {shown!r} is ready{busy}")


class QtReceiptPrinter:
    """Prints receipt layouts to one printer; safe to use from the worker thread."""

    def __init__(self, printer_name: str = "", output_file: Path | None = None) -> None:
        """``output_file`` writes Qt's PDF there instead of spooling (tests, previews)."""
        self.printer_name = printer_name
        self.output_file = output_file

    def print_layout(self, layout: ReceiptLayout) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.output_file))
        else:
            status = printer_status(self.printer_name)
            if not status.ready:
                raise PrintFailed(status.detail)
            printer.setPrinterName(status.name)
        printer.setDocName(layout.title)
        printer.setFullPage(True)
        page = QPageSize(QSizeF(layout.width, layout.height), QPageSize.Unit.Point,
                         f"Beleg {layout.paper.name}", QPageSize.SizeMatchPolicy.ExactMatch)
        if not printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait,
                                                 QMarginsF(0, 0, 0, 0))):
            raise PrintFailed(f"the printer does not accept {layout.paper.name} paper")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(f"the printer {self.printer_name or '(default)'} cannot be opened")
        try:
            _draw(painter, layout, printer.resolution() / 72.0)
        finally:
            ended = painter.end()
        if not ended or printer.printerState() in (QPrinter.PrinterState.Error,
                                                   QPrinter.PrinterState.Aborted):
            raise PrintFailed(f"the spooler did not accept the receipt for {layout.code}")


def _draw(painter: QPainter, layout: ReceiptLayout, scale: float) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor(0, 0, 0)
    fonts: dict[tuple[str, float], QFont] = {}
    for item in layout.items:
        if isinstance(item, TextRun):
            key = (item.font, item.size)
            if key not in fonts:
                font = QFont(_family(item.font))  # each run in its own face (Arabic too)
                font.setBold(item.font in BOLD_FACES)
                font.setPointSizeF(item.size)  # points: QPrinter maps them to its resolution
                font.setKerning(False)  # reportlab measured the layout without kerning
                font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
                fonts[key] = font
            painter.setFont(fonts[key])
            painter.setPen(black)
            painter.drawText(QPointF(item.x * scale, item.baseline * scale), item.text)
        elif isinstance(item, QrBlock):
            path = QPainterPath()
            m = item.module * scale
            for row, column, length in item.matrix.dark_runs():
                path.addRect(QRectF(item.x * scale + column * m, item.y * scale + row * m,
                                    length * m, m))
            painter.fillPath(path, black)
        elif isinstance(item, Rule):
            painter.setPen(QPen(black, item.width * scale, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.FlatCap))
            painter.drawLine(QLineF(item.x1 * scale, item.y * scale,
                                    item.x2 * scale, item.y * scale))
        elif isinstance(item, Picture):
            image = QImage(str(item.path))
            if not image.isNull():
                painter.drawImage(QRectF(item.x * scale, item.y * scale, item.width * scale,
                                         item.height * scale), image)
