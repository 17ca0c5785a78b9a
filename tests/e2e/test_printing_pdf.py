"""The receipt PDF from ``receipts pdf`` and from Qt's print path, checked as a reader would."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from station_app.cards import new_card
from station_app.receipts.layout import PAPERS, layout_receipt, receipt_content
from station_app.receipts.printing import QtReceiptPrinter

from .cli_helpers import assert_one_line_error, station_app
from .printing_checks import decode_qr, pdf_text, poppler_text, render_page

MANY_SCRIPTS = "Grüße aus Hörde: Straße, Äpfel; Türkçe İstanbul ığüşöç; Привет, Дортмунд!"


def add_card(data: Path, text: str = MANY_SCRIPTS) -> str:
    added = station_app("cards", "add", "--prompt", "heute", "--topic", "bildung", "--text",
                        text, data_dir=data)
    assert added.returncode == 0, added.stderr
    return added.stdout.decode().split()[1]


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_receipts_pdf_scans_and_keeps_every_script(paper, tmp_path):
    data = tmp_path / "data"
    code = add_card(data)
    out = tmp_path / f"beleg-{paper}.pdf"
    result = station_app("receipts", "pdf", code, "-o", str(out), "--paper", paper,
                         data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == f"receipt {code} written to {out}"

    assert decode_qr(render_page(out, tmp_path)) == [f"http://127.0.0.1:8787/k/{code}"]
    for text in (pdf_text(out), poppler_text(out)):
        assert code in text
        assert "Was macht Dortmund heute aus?" in text
        assert "Bildung, Teilhabe und Gesundheit" in text
        for word in ("Grüße", "Hörde:", "Straße,", "Äpfel;", "Türkçe", "İstanbul", "ığüşöç;",
                     "Привет,", "Дортмунд!"):
            assert word in text, (word, text)


def test_receipts_pdf_errors_are_one_line(tmp_path):
    data = tmp_path / "data"
    code = add_card(data, "kurz")
    for args in (("receipts", "pdf", "ABC", "-o", str(tmp_path / "x.pdf")),
                 ("receipts", "pdf", "22222-22222", "-o", str(tmp_path / "x.pdf")),
                 ("receipts", "pdf", code, "-o", str(tmp_path / "missing" / "x.pdf")),
                 ("receipts", "pdf", code)):
        assert_one_line_error(station_app(*args, data_dir=data))


@pytest.mark.parametrize("paper", ["80mm", "58mm"])
def test_qt_print_path_draws_the_same_receipt(paper, qapp, default_config, tmp_path):
    card = new_card(session_id=1, station_id="buergerhalle-1", prompt_id="heute",
                    topic_id="wohnen", text=MANY_SCRIPTS)
    layout = layout_receipt(receipt_content(default_config, card), paper)
    out = tmp_path / "qt.pdf"
    QtReceiptPrinter(output_file=out).print_layout(layout)

    assert decode_qr(render_page(out, tmp_path)) == [f"http://127.0.0.1:8787/k/{card.code}"]
    text = poppler_text(out)
    for word in (card.code, "Was macht Dortmund heute aus?", "Grüße", "İstanbul", "Привет,"):
        assert word in text, (word, text)
    page = PdfReader(str(out)).pages[0].mediabox
    assert abs(float(page.width) - layout.width) < 1.5
    assert abs(float(page.height) - layout.height) < 1.5
