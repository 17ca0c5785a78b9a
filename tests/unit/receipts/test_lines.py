"""Shaping and right-to-left order of one receipt line, and its runs per face."""

from __future__ import annotations

import pytest

from station_app.receipts.fonts import ARABIC, ARABIC_BOLD, BOLD, REGULAR, receipt_font
from station_app.receipts.lines import is_rtl, line_runs, visual

CODE = "K7M-4QX-9TRP"
URL = "https://beteiligung.dortmund.de/k/K7M-4QX-9TRP"


def presentation_forms(text: str) -> bool:
    return any(0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF for ch in text)


def test_arabic_is_shaped_and_put_in_visual_order():
    shaped = visual("مرحبا 123")
    assert shaped.startswith("123")
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped[4:])  # contextual forms
    assert visual("Hörde") == "Hörde"


def test_lam_alef_becomes_its_ligature():
    assert "\ufefb" in visual("لا")  # ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM


def test_brackets_and_guillemets_are_mirrored_in_right_to_left_text():
    # Logical "«من» (قرب)": the marks opening the quote and the bracket stand at the right
    # and point the other way, so the drawn string reads «…» and (…) left to right.
    shaped = visual("«من» (قرب)")
    assert shaped[0] == "(" and shaped[-1] == "»"
    assert shaped.index("«") > shaped.index(")")


def test_digits_and_the_card_code_stay_left_to_right_inside_arabic():
    shaped = visual(f"رقم 42 والرمز {CODE}")
    assert "42" in shaped and CODE in shaped
    assert shaped.index(CODE) < shaped.index("42")  # the later words stand further left


def test_the_paragraph_direction_decides_where_neutral_marks_go():
    assert visual("www.example.org.", rtl=True) == ".www.example.org"
    assert visual("www.example.org.", rtl=False) == "www.example.org."


@pytest.mark.parametrize("face", [REGULAR, BOLD])
def test_a_latin_line_is_one_run_in_the_latin_face(face):
    assert [(r.text, r.shaped, r.font, r.rtl) for r in line_runs("Grüße, Привет", face)] == \
        [("Grüße, Привет", "Grüße, Привет", face, False)]


@pytest.mark.parametrize(("face", "arabic"), [(REGULAR, ARABIC), (BOLD, ARABIC_BOLD)])
def test_arabic_with_the_code_is_drawn_in_two_faces_in_visual_order(face, arabic):
    runs = line_runs(f"رمز البطاقة {CODE} هنا", face, True)
    assert [run.font for run in runs] == [arabic, face, arabic]
    left, middle, right = runs
    assert middle.shaped.strip() == CODE and not middle.rtl
    assert right.text == "رمز البطاقة" and right.rtl  # the first words at the right
    assert left.text == "هنا"
    assert presentation_forms(left.shaped + right.shaped)


def test_a_url_in_arabic_text_stays_one_left_to_right_run():
    runs = line_runs(f"زوروا {URL} للمزيد.", REGULAR, True)
    urls = [run for run in runs if URL in run.shaped]
    assert len(urls) == 1 and urls[0].font == REGULAR and not urls[0].rtl
    assert urls[0].text == urls[0].shaped


@pytest.mark.parametrize("line", [
    "رمز شخصي: من يعرفه يستطيع سحب بطاقتكم أو تعديلها.",
    f"«أريد مزيدًا من الخضرة في Hörde، ورقم 42 (قرب {CODE}).»",
    "ما الخطوات التالية؟ من خلال رمز QR يمكنكم رؤية بطاقتكم ٣٤ مرة",
    "שלום Dortmund",
])
def test_runs_have_every_glyph_and_qt_draws_each_run_the_same(line):
    runs = line_runs(line, REGULAR, is_rtl(line))
    for run in runs:
        covered = receipt_font(run.font).covered
        assert all(ord(ch) in covered for ch in run.shaped), run
        # Qt shapes and orders a run's logical text itself: a run of one direction
        # comes out as the very string reportlab draws.
        assert visual(run.text, run.rtl) == run.shaped, run
    drawn = "".join(run.shaped for run in runs)
    assert drawn == visual(line, is_rtl(line))


def test_arabic_indic_digits_keep_their_order_and_the_arabic_face():
    runs = line_runs("الرقم ١٢٣", REGULAR, True)
    digits = [run for run in runs if "١٢٣" in run.shaped]
    assert len(digits) == 1 and digits[0].font == ARABIC
