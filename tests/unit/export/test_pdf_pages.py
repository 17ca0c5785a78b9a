"""The report's pages as a reader notices them: a footer inside the page on every page,
"Seite x von y", no page left mostly empty and no heading alone at the bottom of a page."""

from __future__ import annotations

import re

import pytest

from station_app.export.pdf_pages import MARGIN
from tests.unit.export.conftest import LONG_EVENT, card_texts
from tests.unit.export.pdf_reading import pages

FOOTER = re.compile(r"erstellt am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr · Seite (\d+) von (\d+)$")
EDGE = 14  # points (5 mm): what office printers cannot print
CARD_DETAILS = re.compile(r"^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{4} · \d\d\.\d\d\.\d{4}, ")
HEADINGS = ("Überblick", "Die Karten nach Frage und Themenfeld", "Frage:", "Themenfeld:",
            "Themenfelder zu dieser Frage")


@pytest.fixture(params=[0, 1, 40, 300], ids=lambda count: f"{count}-cards")
def laid_out(request, report_of):
    """Reports of 0, 1, 40 and 300 cards (every fifth 1000 characters long)."""
    path, result = report_of(card_texts(request.param), event_name=LONG_EVENT)
    assert result.cards == request.param
    return pages(path)


def test_every_page_has_its_footer_inside_the_page_and_below_the_content(laid_out):
    total = len(laid_out)
    for page in laid_out:
        line = page.text(page.footer)
        assert "\n" not in line, f"page {page.number}: the footer is one line"
        match = FOOTER.search(line)
        assert match, f"page {page.number}: {line!r}"
        assert (int(match[1]), int(match[2])) == (page.number, total)
        assert line.startswith("Dortmunder Stadtgespräch – Stadtkonferenz")  # event, cut
        for word in page.footer:
            assert word.left >= EDGE and word.right <= page.width - EDGE, word
            assert word.top >= EDGE and word.bottom <= page.height - EDGE, word
        left = [w for w in page.footer if w.right < page.width / 2 and w.text != "erstellt"]
        right_start = min(w.left for w in page.footer if w.text == "erstellt")
        assert max(w.right for w in left) < right_start - 10, "footer halves overlap"
        if page.content:
            assert max(w.bottom for w in page.content) <= page.frame_bottom + 1
            assert min(w.top for w in page.content) >= MARGIN - 2
            lowest = max(w.bottom for w in page.content)
            assert min(w.top for w in page.footer) > lowest + 10, "footer touches content"


def test_no_page_but_the_last_is_less_than_a_third_full(laid_out):
    for page in laid_out[:-1]:
        assert page.fill > 0.34, f"page {page.number} of {len(laid_out)}: {page.fill:.0%}"


def test_no_heading_and_no_card_details_are_left_alone_at_the_bottom_of_a_page(laid_out):
    for page in laid_out[:-1]:
        last = page.last_line()
        assert not last.startswith(HEADINGS), (page.number, last)
        assert not CARD_DETAILS.match(last), (page.number, last)


def test_every_card_text_appears_exactly_once_in_reading_order(report_of):
    texts = card_texts(300)
    path, _ = report_of(texts)
    document = " ".join(" ".join(page.text().split()) for page in pages(path))
    for text in texts:
        assert document.count(text) == 1, text[:40]
