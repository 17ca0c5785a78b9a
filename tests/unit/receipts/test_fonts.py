"""The receipt's faces: static TTFs that together draw every text of every kiosk language."""

from __future__ import annotations

import pytest

from station_app.cards import new_card
from station_app.receipts.fonts import (
    ARABIC,
    ARABIC_BOLD,
    BOLD,
    BOLD_FACES,
    MISSING_GLYPH,
    REGULAR,
    arabic_face,
    font_path,
    latin_face,
    printable,
    receipt_font,
)
from station_app.receipts.layout import receipt_content

FACES = (REGULAR, BOLD, ARABIC, ARABIC_BOLD)


@pytest.mark.parametrize("name", FACES)
def test_every_face_is_a_bundled_static_truetype_file(name):
    path = font_path(name)
    assert path.is_file() and path.parent.name == "fonts"
    from reportlab.pdfbase import pdfmetrics

    assert receipt_font(name).path == path
    face = pdfmetrics.getFont(name).face  # type: ignore[attr-defined]
    assert "glyf" in face.table and "fvar" not in face.table  # outlines, no variations


def test_each_weight_has_a_latin_and_an_arabic_face():
    assert [latin_face(name) for name in FACES] == [REGULAR, BOLD, REGULAR, BOLD]
    assert [arabic_face(name) for name in FACES] == [ARABIC, ARABIC_BOLD, ARABIC, ARABIC_BOLD]
    assert {BOLD, ARABIC_BOLD} == BOLD_FACES
    assert "Bold" in font_path(ARABIC_BOLD).name and "Bold" in font_path(BOLD).name


@pytest.mark.parametrize("text", [
    "Zażółć gęślą jaźń", "Fișă, țară, ăâî (and the cedilla forms şţ)", "Ґанок, їжак, єдність",
    "Български: ъ щ ѝ", "İyi günler, ığüşöç ĞŞ", "بطاقة مشاركتكم، لا؟",
])
def test_the_new_languages_print_as_they_are(text):
    assert printable(text) == text
    assert printable(text, receipt_font(BOLD)) == text


def test_the_arabic_face_has_every_form_the_shaper_makes():
    from arabic_reshaper.letters import LETTERS_ARABIC
    from arabic_reshaper.ligatures import LIGATURES

    for name in (ARABIC, ARABIC_BOLD):
        covered = receipt_font(name).covered
        forms = [form for forms in LETTERS_ARABIC.values() for form in forms if form]
        forms += [form for _, (_, shapes) in LIGATURES for form in shapes if form]
        assert [form for form in forms if any(ord(ch) not in covered for ch in form)] == []


def test_every_receipt_text_of_every_language_has_its_glyphs(nine_languages):
    config = nine_languages
    for language in config.kiosk.languages:
        for prompt in config.prompts:
            for topic in config.topics:
                card = new_card(session_id=1, station_id=config.station.id,
                                prompt_id=prompt.id, topic_id=topic.id, text="x",
                                language=language)
                content = receipt_content(config, card)
                for text in (content.title, content.prompt, content.topic_line,
                             content.code_heading, content.code_note, content.next_steps,
                             content.when, content.event, content.station):
                    assert printable(text) == text, (language, text)
                    assert MISSING_GLYPH not in text
