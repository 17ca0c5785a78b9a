"""Follow-up URL, QR symbol, fonts and the receipt PDF (no Qt, no printer)."""

from __future__ import annotations

import dataclasses
import io

import pytest
import zxingcpp
from PIL import Image, ImageDraw
from pypdf import PdfReader

from station_app import logos
from station_app.cards import new_card
from station_app.config import parse_config
from station_app.receipts.followup import followup_url, short_url
from station_app.receipts.fonts import MISSING_GLYPH, printable
from station_app.receipts.layout import (
    PAPERS,
    Picture,
    QrBlock,
    TextRun,
    layout_receipt,
    printer_test_content,
    receipt_content,
)
from station_app.receipts.pdf import receipt_pdf, render_pdf
from station_app.receipts.qr import QUIET_ZONE, QrMatrix, qr_matrix


def card_for(text: str = "Mehr Grün in Hörde", **fields):
    return new_card(session_id=1, station_id="buergerhalle-1", prompt_id="heute",
                    topic_id=fields.pop("topic_id", "wohnen"), text=text, **fields)


def with_template(config, template: str):
    return dataclasses.replace(config, followup=dataclasses.replace(config.followup,
                                                                    url_template=template))


def scan(matrix: QrMatrix, scale: int = 6) -> list[zxingcpp.Barcode]:
    side = (matrix.size + 2 * QUIET_ZONE) * scale
    image = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(image)
    for row, column, length in matrix.dark_runs():
        x, y = (column + QUIET_ZONE) * scale, (row + QUIET_ZONE) * scale
        draw.rectangle([x, y, x + length * scale - 1, y + scale - 1], fill=0)
    return zxingcpp.read_barcodes(image)


# --- follow-up URL and QR ------------------------------------------------------------------


def test_followup_url_fills_code_station_and_quoted_event(default_config):
    config = with_template(default_config, "https://beteiligung.dortmund.de/{event}/{station}/"
                                           "k/{code}")
    url = followup_url(config, "K7M-4QX-9TRP")
    assert url == ("https://beteiligung.dortmund.de/Dortmunder%20Stadtgespr%C3%A4ch%20%E2%80%93"
                   "%20Stadtkonferenz/buergerhalle-1/k/K7M-4QX-9TRP")
    assert short_url("https://beteiligung.dortmund.de/k/K7M-4QX-9TRP/") == \
        "beteiligung.dortmund.de/k/K7M-4QX-9TRP"


def test_qr_encodes_exactly_the_url_at_level_q():
    url = "http://127.0.0.1:8787/k/K7M-4QX-9TRP"
    found = scan(qr_matrix(url))
    assert [code.text for code in found] == [url]
    assert found[0].ec_level == "Q"


def test_dark_runs_cover_exactly_the_dark_modules():
    matrix = qr_matrix("https://example.org/k/ABC-DEF-GHJK")
    rebuilt = [[False] * matrix.size for _ in range(matrix.size)]
    for row, column, length in matrix.dark_runs():
        for x in range(column, column + length):
            assert not rebuilt[row][x]
            rebuilt[row][x] = True
    assert tuple(tuple(row) for row in rebuilt) == matrix.rows


# --- fonts ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Größe ÄÖÜ äöü ß", "Türkçe İstanbul ığüşöç ĞŞ", "Привет, Дортмунд", "Ελληνικά",
    "مرحبا بالعالم", "שלום", "Łódź, Čeština, Română",
])
def test_every_kiosk_script_is_printable_as_is(text):
    assert printable(text) == text


def test_emoji_the_font_lacks_become_one_box_per_emoji():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    thumbs = "\U0001f44d\U0001f3fd"
    flag = "\U0001f1e9\U0001f1ea"
    assert printable(f"a {family} b {thumbs} c {flag} 中文") == \
        f"a {MISSING_GLYPH} b {MISSING_GLYPH} c {MISSING_GLYPH} {MISSING_GLYPH * 2}"


# --- layout --------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_everything_fits_inside_the_margins(paper, default_config):
    long_text = "Ein sehr langer Beitrag über Radwege " * 25
    layout = layout_receipt(receipt_content(default_config, card_for(long_text)), paper)
    spec = PAPERS[paper]
    for item in layout.items:
        if isinstance(item, TextRun):
            from station_app.receipts.fonts import receipt_font
            width = receipt_font(item.font).width(item.shaped, item.size)
            assert spec.margin - 0.01 <= item.x
            assert item.x + width <= spec.width - spec.margin + 0.01, item.text
        if isinstance(item, QrBlock):
            assert item.x >= spec.margin
            assert item.x + item.matrix.size * item.module <= spec.width - spec.margin
            assert item.module >= 0.7  # points: at least 2 dots of a 203 dpi head
    excerpt = [i.text for i in layout.items
               if isinstance(i, TextRun) and i.text.strip("„… ") in long_text]
    assert len(excerpt) == spec.excerpt_lines and excerpt[-1].endswith("…")
    assert layout.height <= (spec.height or 1e9)


def test_the_code_is_on_one_line_in_large_type_even_on_58mm(default_config):
    card = card_for()
    layout = layout_receipt(receipt_content(default_config, card), "58mm")
    code_runs = [i for i in layout.items if isinstance(i, TextRun) and i.text == card.code]
    assert len(code_runs) == 1 and code_runs[0].size >= 14


def test_show_text_off_leaves_the_card_text_out(default_config):
    config = dataclasses.replace(default_config, receipt=dataclasses.replace(
        default_config.receipt, show_text=False))
    text = " ".join(i.text for i in layout_receipt(receipt_content(config, card_for()))
                    .items if isinstance(i, TextRun))
    assert "Hörde" not in text and "Was macht Dortmund heute aus?" in text


def test_an_english_card_gets_an_english_receipt(default_config):
    card = card_for(topic_id="anderes", language="en")
    content = receipt_content(default_config, card)
    assert content.title == "Your participation card"
    assert content.prompt == "What makes Dortmund what it is today?"
    assert content.topic_line == "Topic: Other topic"
    assert content.code_heading == "Your card code"
    assert content.next_steps.startswith("What happens next:")
    assert "Uhr" not in content.when


def test_a_german_card_gets_a_german_receipt(default_config):
    content = receipt_content(default_config, card_for(topic_id="anderes"))
    assert content.title == "Ihre Beteiligungskarte"
    assert content.topic_line == "Themenfeld: Anderes Thema"
    assert content.code_heading == "Ihr Kartencode"
    assert content.when.endswith(" Uhr")


PERSONAL_DE = "Persönlicher Code: Wer ihn kennt, kann Ihre Karte zurückziehen oder ändern."
PERSONAL_EN = "Personal code: anyone who knows it can withdraw or change your card."
PERSONAL_LS = "Passen Sie gut auf den Code auf. Mit dem Code kann man Ihre Karte ändern."


def test_a_leichte_sprache_card_gets_an_easy_read_receipt(default_config):
    """Leichte Sprache is German: German quotation marks and date, easy-read words."""
    content = receipt_content(default_config, card_for(topic_id="wohnen", language="ls"))
    assert content.title == "Ihre Beteiligungs-Karte"
    assert content.topic_line == "Thema: Wohnen und Leben im Stadt-Teil"
    assert content.code_heading == "Ihr Karten-Code"
    assert content.prompt == "Was ist typisch für Dortmund?"
    assert content.next_steps.startswith("So geht es weiter: Die Stadt macht einen Plan")
    assert content.quotes == ("„", "“") and not content.rtl
    assert content.when.endswith(" Uhr")


@pytest.mark.parametrize("paper", sorted(PAPERS))
@pytest.mark.parametrize(("language", "words"), [("de", PERSONAL_DE), ("en", PERSONAL_EN),
                                                 ("ls", PERSONAL_LS)])
def test_under_the_address_the_receipt_says_the_code_is_personal(default_config, paper,
                                                                 language, words):
    card = card_for(language=language)
    layout = layout_receipt(receipt_content(default_config, card), paper)
    runs = [item for item in layout.items if isinstance(item, TextRun)]
    address = next(number for number, run in enumerate(runs)
                   if run.text == short_url(layout.url))
    note = [run for run in runs[address + 1:] if run.size == runs[address].size]
    lines = []
    for run in note:
        lines.append(run.text)
        if " ".join(lines) == words:
            break
    assert " ".join(lines) == words and len(lines) <= 2


# --- PDF -----------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_pdf_page_size_text_and_vector_qr(paper, default_config):
    card = card_for("Grüße aus Hörde; Türkçe İyi günler; Привет")
    reader = PdfReader(io.BytesIO(receipt_pdf(default_config, card, paper)))
    page = reader.pages[0]
    assert len(reader.pages) == 1
    assert abs(float(page.mediabox.width) - PAPERS[paper].width) < 0.1
    text = " ".join(page.extract_text().split())
    for words in (card.code, "Was macht Dortmund heute aus?", "Grüße aus Hörde;",
                  "İyi günler;", "Привет", "Wohnen und Quartiersleben"):
        assert words in text
    resources = page["/Resources"]
    assert "/XObject" not in resources  # the QR is drawn, not pasted in as a picture
    fonts = [f.get_object()["/BaseFont"] for f in resources["/Font"].values()]
    assert fonts and all("DejaVuSans" in name for name in fonts)
    assert reader.metadata.title == f"Beleg {card.code}"


def test_test_page_has_its_own_code_and_all_scripts(default_config, clock):
    layout = layout_receipt(printer_test_content(default_config, clock(), "K7M-4QX-9TRP"))
    text = PdfReader(io.BytesIO(render_pdf(layout))).pages[0].extract_text()
    assert "Testseite" in text and "K7M-4QX-9TRP" in text and "Кириллица" in text


def with_logo(config, logo: str):
    return dataclasses.replace(config, receipt=dataclasses.replace(config.receipt, logo=logo))


def test_a_missing_logo_does_not_stop_the_receipt(default_config, caplog):
    config = with_logo(default_config, "logo-does-not-exist.png")
    assert receipt_content(config, card_for()).logo is None
    assert "not found" in caplog.text


def test_a_logo_inside_resources_or_at_an_absolute_path_is_on_the_receipt(
        default_config, tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    (resources / "logos").mkdir(parents=True)
    Image.new("RGB", (300, 100), "navy").save(resources / "logos" / "stadt.png")
    Image.new("RGB", (100, 100), "navy").save(tmp_path / "anderswo.png")
    monkeypatch.setattr(logos, "resources_dir", lambda: resources)
    for logo, shown in (("logos/stadt.png", resources / "logos" / "stadt.png"),
                        (str(tmp_path / "anderswo.png"), tmp_path / "anderswo.png")):
        layout = layout_receipt(receipt_content(with_logo(default_config, logo), card_for()))
        assert [item.path for item in layout.items if isinstance(item, Picture)] == [shown]


def test_an_unreadable_logo_gives_the_receipt_without_it(default_config, tmp_path, caplog):
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    layout = layout_receipt(receipt_content(with_logo(default_config, str(logo)), card_for()))
    assert not [item for item in layout.items if isinstance(item, Picture)]
    assert any(isinstance(item, QrBlock) for item in layout.items)
    assert f"receipt logo {logo} is not a readable image" in caplog.text


def test_config_rejects_unknown_paper(default_config):
    with pytest.raises(Exception, match=r"receipt\.paper: must be one of"):
        parse_config({"event": {"name": "x", "date": default_config.event.date},
                      "station": {"id": "a", "name": "b"},
                      "prompts": [{"id": "p", "label": "P"}],
                      "topics": [{"id": "t", "label": "T"}],
                      "receipt": {"paper": "a4"}})
