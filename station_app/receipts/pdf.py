"""Drawing a receipt layout as a PDF with reportlab.

The QR symbol is vector graphics (one filled path of module runs), so it stays sharp at
any printer resolution; the fonts are embedded as subsets, so every script prints. Text
runs arrive shaped and in visual order (``lines.py``): reportlab draws them as they are.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from station_app.cards import Card
from station_app.config import StationConfig
from station_app.receipts.fonts import REGULAR, receipt_font
from station_app.receipts.layout import (
    Picture,
    QrBlock,
    ReceiptLayout,
    Rule,
    TextRun,
    layout_receipt,
    receipt_content,
)


def render_pdf(layout: ReceiptLayout) -> bytes:
    """The layout as a one-page PDF document."""
    receipt_font(REGULAR)  # registered before the canvas names it
    buffer = io.BytesIO()
    # The initial font is ours, so the PDF names no font it does not embed (Helvetica).
    pdf = canvas.Canvas(buffer, pagesize=(layout.width, layout.height), pageCompression=1,
                        initialFontName=REGULAR, initialFontSize=9)
    pdf.setTitle(layout.title)
    pdf.setSubject(layout.url)
    pdf.setCreator("station-app")
    top = layout.height
    for item in layout.items:
        if isinstance(item, TextRun):
            receipt_font(item.font)  # the Arabic faces register with the first Arabic line
            pdf.setFont(item.font, item.size)
            pdf.drawString(item.x, top - item.baseline, item.shaped)
        elif isinstance(item, QrBlock):
            _draw_qr(pdf, item, top)
        elif isinstance(item, Rule):
            pdf.setLineWidth(item.width)
            pdf.line(item.x1, top - item.y, item.x2, top - item.y)
        elif isinstance(item, Picture):
            pdf.drawImage(ImageReader(str(item.path)), item.x, top - item.y - item.height,
                          item.width, item.height, mask="auto", preserveAspectRatio=True)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _draw_qr(pdf: canvas.Canvas, qr: QrBlock, top: float) -> None:
    # One module is one unit and rows count downwards, so each run of dark modules is a
    # short integer "x y w 1 re": far less to format than per-module float rectangles.
    pdf.saveState()
    pdf.transform(qr.module, 0, 0, -qr.module, qr.x, top - qr.y)
    runs = [f"{column} {row} {length} 1 re" for row, column, length in qr.matrix.dark_runs()]
    pdf.addLiteral("\n".join(runs) + "\nf")
    pdf.restoreState()


def receipt_pdf(config: StationConfig, card: Card, paper: str | None = None) -> bytes:
    """The receipt PDF for a stored card on the configured (or given) paper."""
    return render_pdf(layout_receipt(receipt_content(config, card), paper or config.receipt.paper))
