"""Receipt PDF generation vs a bare reportlab canvas drawing the same QR, same run.

Both floors encode the same follow-up URL with qrcode at level Q and draw only the symbol on
a reportlab canvas; our path adds the layout, the text in an embedded, subset DejaVu font
(regular and bold) and the card's details. Target: ratio ≤ 1.5 against the first floor.

* ``per-module floor``: the straightforward canvas drawing, one ``rect`` per dark module.
* ``run-path floor``: the cheapest drawing reportlab allows (one path of integer module
  runs, the technique ``pdf.py`` itself uses). Against it the ratio is our whole overhead
  for text and fonts; it is reported for information, not held to the target.
"""

from __future__ import annotations

import io

import qrcode
import qrcode.constants
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from benchmarks.timing import median_seconds, row
from station_app.cards import new_card
from station_app.config import load_config
from station_app.paths import default_config_path
from station_app.receipts.followup import followup_url
from station_app.receipts.pdf import receipt_pdf

REPEATS = 41
TARGET = 1.5


def _matrix(url: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0)
    code.add_data(url)
    code.make(fit=True)
    return code.get_matrix()


def _canvas() -> tuple[io.BytesIO, canvas.Canvas]:
    buffer = io.BytesIO()
    return buffer, canvas.Canvas(buffer, pagesize=(80 * mm, 120 * mm))


def per_module_pdf(url: str) -> bytes:
    """Floor: the QR of ``url``, one rectangle per dark module."""
    buffer, pdf = _canvas()
    for y, cells in enumerate(_matrix(url)):
        for x, dark in enumerate(cells):
            if dark:
                pdf.rect(8 * mm + x * mm, 110 * mm - (y + 1) * mm, mm, mm, stroke=0, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def run_path_pdf(url: str) -> bytes:
    """Strict floor: the QR of ``url`` as one path of module runs in module units."""
    buffer, pdf = _canvas()
    runs = []
    for y, cells in enumerate(_matrix(url)):
        x = 0
        while x < len(cells):
            if cells[x]:
                start = x
                while x < len(cells) and cells[x]:
                    x += 1
                runs.append(f"{start} {y} {x - start} 1 re")
            x += 1
    pdf.saveState()
    pdf.transform(mm, 0, 0, -mm, 8 * mm, 110 * mm)
    pdf.addLiteral("\n".join(runs) + "\nf")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def measure() -> dict[str, float]:
    """Medians in seconds of our receipt and both floors, interleaved in one run."""
    config = load_config(default_config_path())
    card = new_card(session_id=1, station_id=config.station.id, prompt_id="heute",
                    topic_id="wohnen", text="Mehr Grün am Phoenix-See, Radwege nach Hörde, "
                    "und ein Treffpunkt für Jung und Alt in jedem Quartier. Привет! İyi günler.")
    url = followup_url(config, card.code)
    receipt_pdf(config, card)  # font registration is once per process, not per receipt
    return {
        "receipt": median_seconds(lambda: receipt_pdf(config, card), REPEATS, warmup=3),
        "per_module": median_seconds(lambda: per_module_pdf(url), REPEATS, warmup=3),
        "run_path": median_seconds(lambda: run_path_pdf(url), REPEATS, warmup=3),
    }


def run() -> list[dict]:
    times = measure()
    ours = times["receipt"] * 1000
    return [
        row("receipt PDF (80 mm: QR, text, embedded font)", ours, "ms",
            times["per_module"] * 1000, target=f"≤ {TARGET}× floor",
            floor_name="bare reportlab canvas drawing the same QR (per module)"),
        row("receipt PDF vs strict floor (information)", ours, "ms",
            times["run_path"] * 1000, floor_name="bare canvas, same QR as one run path"),
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result['name']}: {result['value']:.2f} ms; floor {result['floor']:.2f} ms "
              f"({result['floor_name']}); ratio {result['ratio']:.2f}")
