"""The receipt PDF in all nine kiosk languages, read back as a reader and a scanner would."""

from __future__ import annotations

import io
import unicodedata
from collections import defaultdict

import pytest
from pypdf import PdfReader

from station_app.cards import new_card
from station_app.receipts.followup import short_url
from station_app.receipts.fonts import MISSING_GLYPH, receipt_font
from station_app.receipts.layout import (
    PAPERS,
    Rule,
    TextRun,
    layout_receipt,
    receipt_content,
)
from station_app.receipts.pdf import render_pdf
from tests.e2e.printing_checks import decode_qr, render_page

TITLES = {
    "de": "Ihre Beteiligungskarte", "ls": "Ihre Beteiligungs-Karte",
    "en": "Your participation card", "tr": "Katılım kartınız",
    "ar": "بطاقة مشاركتكم", "pl": "Państwa karta udziału",
    "ro": "Fișa dumneavoastră de participare", "bg": "Вашата карта за участие",
    "uk": "Ваша картка участі", "ru": "Ваша карточка участия",
}
CARD_TEXTS = {
    "ar": "أريد مزيدًا من المساحات الخضراء في Hörde، وموقفًا للدراجات عند U-Bahn رقم 42 "
          "(قرب المحطة).",
    "tr": "Hörde'de daha fazla yeşil alan: İyi günler, ığüşöç ĞŞ",
    "pl": "Więcej zieleni, ścieżki rowerowe – zażółć gęślą jaźń",
    "ro": "Mai mult verde și piste de biciclete în Hörde – țară, fișă",
    "bg": "Повече зеленина и велоалеи в Хьорде",
    "uk": "Більше зелені та велодоріжок у Герде, ґанок, їжак",
    "ru": "Больше зелени и велодорожек в Хёрде",
}


def arabic_letters(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


def receipt(config, language: str, paper: str = "80mm"):
    card = new_card(session_id=1, station_id=config.station.id, prompt_id="heute",
                    topic_id="wohnen", text=CARD_TEXTS.get(language, "Mehr Grün in Hörde"),
                    language=language)
    content = receipt_content(config, card)
    layout = layout_receipt(content, paper)
    return content, layout, render_pdf(layout)


def text_lines(layout) -> list[list[TextRun]]:
    """The drawn lines top to bottom, each as its runs left to right."""
    lines: dict[float, list[TextRun]] = defaultdict(list)
    for item in layout.items:
        if isinstance(item, TextRun):
            lines[item.baseline].append(item)
    return [sorted(runs, key=lambda run: run.x) for _, runs in sorted(lines.items())]


def right_end(runs: list[TextRun]) -> float:
    last = runs[-1]
    return last.x + receipt_font(last.font).width(last.shaped, last.size)


def line_with(layout, start: str) -> list[TextRun]:
    """The line one of whose runs begins (in logical order) with ``start``."""
    found = [runs for runs in text_lines(layout) if any(r.text.startswith(start) for r in runs)]
    assert len(found) == 1, start
    return found[0]


@pytest.mark.parametrize("language", sorted(TITLES))
def test_every_language_prints_its_title_with_every_glyph(nine_languages, language, tmp_path):
    content, layout, pdf = receipt(nine_languages, language)
    assert content.title == TITLES[language]
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    text = unicodedata.normalize("NFKC", page.extract_text())  # presentation forms to letters
    assert TITLES[language] in text
    assert content.code in text and short_url(content.url) in text
    assert MISSING_GLYPH not in text and "\ufffd" not in text
    for run in (item for item in layout.items if isinstance(item, TextRun)):
        covered = receipt_font(run.font).covered
        assert [ch for ch in run.shaped if ord(ch) not in covered] == [], run
    fonts = {font.get_object()["/BaseFont"].split("+")[-1]
             for font in page["/Resources"]["/Font"].values()}
    arabic = {"NotoSansArabicUI-Regular", "NotoSansArabicUI-Bold"}
    assert fonts & arabic == (arabic if language == "ar" else set())
    assert fonts - arabic <= {"DejaVuSans", "DejaVuSans-Bold"}
    # What a phone sees: the printed QR still leads to the card's follow-up page.
    out = tmp_path / f"receipt-{language}.pdf"
    out.write_bytes(pdf)
    assert decode_qr(render_page(out, tmp_path, dpi=200)) == [content.url]


@pytest.mark.parametrize("language", ["tr", "pl", "ro", "bg", "uk", "ru"])
def test_the_card_text_keeps_its_letters(nine_languages, language):
    _, _, pdf = receipt(nine_languages, language)
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    for word in CARD_TEXTS[language].split():
        assert word in text, word


def test_arabic_is_drawn_in_shaped_presentation_forms(nine_languages):
    _, layout, pdf = receipt(nine_languages, "ar")
    drawn = "".join(item.shaped for item in layout.items if isinstance(item, TextRun))
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in drawn)
    assert not any(0x0621 <= ord(ch) <= 0x064A for ch in drawn)  # no unjoined letters left
    raw = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in raw)


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_arabic_paragraphs_are_right_aligned_and_read_from_the_right(nine_languages, paper):
    content, layout, _ = receipt(nine_languages, "ar", paper)
    spec = PAPERS[paper]
    right = spec.width - spec.margin
    paragraphs = (content.prompt, content.topic_line, content.next_steps, "«أريد")
    for start in paragraphs:
        runs = line_with(layout, start[:10])
        assert right_end(runs) == pytest.approx(right, abs=0.01), start
        assert runs[-1].text.startswith(start[:10])  # the first words stand at the right
        assert runs[0].x > spec.margin + 1  # ragged on the left
    # A wrapped paragraph: every line ends at the right margin; it starts at the right of
    # the first line and ends at the left of the last one.
    last_rule = max(item.y for item in layout.items if isinstance(item, Rule))
    steps = [runs for runs in text_lines(layout)
             if runs[0].baseline > last_rule and arabic_letters(runs[0].shaped)]
    assert len(steps) >= 2
    for runs in steps:
        assert right_end(runs) == pytest.approx(right, abs=0.01)
    assert steps[0][-1].text.startswith(content.next_steps.split()[0])
    assert steps[-1][0].text.endswith(content.next_steps.split()[-1])
    title = line_with(layout, content.title)
    middle = (title[0].x + right_end(title)) / 2
    assert middle == pytest.approx(spec.width / 2, abs=0.01)


def test_the_code_and_the_urls_stay_left_to_right_in_an_arabic_receipt(nine_languages):
    content, layout, _ = receipt(nine_languages, "ar")
    lines = text_lines(layout)
    for expected in (content.code, short_url(content.url),
                     short_url(content.participation_url)):
        runs = [runs for runs in lines if [r.shaped for r in runs] == [expected]]
        assert len(runs) == 1, expected
        assert runs[0][0].text == expected and runs[0][0].font.startswith("StationSans")
    excerpt = [run for runs in lines for run in runs
               if run.shaped.strip() in ("Hörde", "U-Bahn")]
    assert sorted(run.shaped.strip() for run in excerpt) == ["Hörde", "U-Bahn"]
    assert all(run.font.startswith("StationSans") for run in excerpt)
