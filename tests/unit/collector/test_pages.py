"""The public pages' frame: the nine languages' words, the language choice and switch,
right to left for Arabic, dates and counted words as each language writes them."""

from __future__ import annotations

import re

import pytest

from station_app.collector import followup_pages, holder_pages, pages, results_pages
from station_app.collector.pages import (
    LANGUAGE_NAMES,
    LANGUAGES,
    PUBLIC_STYLE,
    STYLE,
    TEXT,
    PageSettings,
    choose_language,
    choose_public_language,
    counted,
    format_date,
    format_time,
    missing_page,
    not_found_page,
    rate_limited_page,
)

SITE = PageSettings()
EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
ACCEPTED = {"de": "de-DE,de;q=0.9", "en": "en-GB,en;q=0.9", "tr": "tr-TR,tr;q=0.9,en;q=0.5",
            "ar": "ar-SY,ar;q=0.9,de;q=0.4", "pl": "pl-PL", "ro": "ro-RO,ro;q=0.9",
            "bg": "bg-BG,bg;q=0.9,en;q=0.8", "uk": "uk-UA,uk;q=0.9,ru;q=0.8",
            "ru": "ru-RU,ru;q=0.9"}
"""What a browser set to each language sends."""


def words(text: str) -> str:
    """What a page's visible text becomes: its markup left out."""
    return re.sub(r"<[^>]+>", "", text)


# --- the words ----------------------------------------------------------------------------


@pytest.mark.parametrize("table", [TEXT, followup_pages.TEXT, holder_pages.TEXT,
                                   results_pages.TEXT],
                         ids=["pages", "followup_pages", "holder_pages", "results_pages"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_german_word_and_none_is_empty(table, lang):
    assert set(table) == set(LANGUAGES)
    assert sorted(set(table["de"]) - set(table[lang])) == []
    assert all(value.strip() for value in table[lang].values())


@pytest.mark.parametrize("table", [TEXT, followup_pages.TEXT, holder_pages.TEXT,
                                   results_pages.TEXT],
                         ids=["pages", "followup_pages", "holder_pages", "results_pages"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_the_german_ones(table, lang):
    for key, german in table["de"].items():
        for form in table[lang][key].split("|"):
            assert set(re.findall(r"\{\w+\}", form)) <= set(re.findall(r"\{\w+\}", german)), \
                (lang, key)


SAME_EVERYWHERE = {"when_where", "group_name", "status"}
"""Words that may read as in German or English: "{date} · {venue}", a quoted name, "Status"."""


@pytest.mark.parametrize("lang", LANGUAGES[2:])
def test_the_new_languages_are_translated_not_copied(lang):
    for table in (TEXT, followup_pages.TEXT, holder_pages.TEXT, results_pages.TEXT):
        same = [key for key, value in table[lang].items()
                if value in (table["de"][key], table["en"][key])
                and key not in SAME_EVERYWHERE]
        assert same == [], lang


def test_the_proper_names_stay_german():
    for lang in LANGUAGES:
        assert "Stadtgespräch" in followup_pages.TEXT[lang]["status_received"]
        assert "Stadtgespräch" in results_pages.TEXT[lang]["list_intro"]


# --- choosing the language ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_accept_language_picks_each_of_the_nine(lang):
    assert choose_public_language(None, ACCEPTED[lang]) == lang
    assert choose_public_language(lang, "de") == lang  # ?lang= wins


@pytest.mark.parametrize(("query", "header", "own", "expected"), [
    (None, None, None, "de"), (None, None, "uk", "uk"), (None, "fr-FR", "ar", "ar"),
    (None, "fr-FR, ru;q=0.3", "ar", "ru"),  # Accept-Language before the card's language
    ("xx", None, "pl", "pl"), ("ru", "tr", "ar", "ru"), (None, None, "de-leicht", "de"),
    (None, "tr;q=0, pl;q=0.2", None, "pl"),  # q=0: "not this one"
    (None, "bg;q=0.5, ro;q=0.5", None, "bg"), (None, "xx;q=oops, uk", None, "uk"),
])
def test_the_public_choice_in_its_order(query, header, own, expected):
    assert choose_public_language(query, header, own) == expected


def test_the_office_and_the_wall_keep_to_german_and_english():
    assert choose_language("ar", "ar, ru") == "de"
    assert choose_language(None, "ru, en;q=0.5") == "en"
    assert choose_language("en", "ar") == "en"


# --- dates and counted words --------------------------------------------------------------


@pytest.mark.parametrize(("lang", "time", "date"), [
    ("de", "14.11.2026, 19:05 Uhr", "14.11.2026"),
    ("en", "14 November 2026, 19:05", "14 November 2026"),
    ("tr", "14 Kasım 2026 19:05", "14 Kasım 2026"),
    ("ar", "14 نوفمبر 2026، 19:05", "14 نوفمبر 2026"),
    ("pl", "14 listopada 2026, 19:05", "14 listopada 2026"),
    ("ro", "14 noiembrie 2026, 19:05", "14 noiembrie 2026"),
    ("bg", "14 ноември 2026 г., 19:05 ч.", "14 ноември 2026 г."),
    ("uk", "14 листопада 2026 р., 19:05", "14 листопада 2026 р."),
    ("ru", "14 ноября 2026 г., 19:05", "14 ноября 2026 г."),
])
def test_times_and_dates_as_each_language_writes_them(lang, time, date):
    machine, human = format_time("2026-11-14T18:05:00+00:00", lang)
    assert machine == "2026-11-14T19:05:00+01:00" and human == time
    assert format_date("2026-11-14", lang) == date
    assert format_date("im Herbst", lang) == "im Herbst"


def test_a_summer_time_in_march_in_ukrainian():
    assert format_time("2027-03-28T09:30:00+00:00", "uk")[1] == "28 березня 2027 р., 11:30"


@pytest.mark.parametrize(("lang", "count", "word"), [
    ("pl", 2, "minuty"), ("pl", 5, "minut"), ("pl", 22, "minuty"), ("pl", 12, "minut"),
    ("ru", 2, "минуты"), ("ru", 5, "минут"), ("ru", 21, "минуту"), ("ru", 11, "минут"),
    ("uk", 3, "хвилини"), ("uk", 25, "хвилин"), ("uk", 31, "хвилину"),
    ("ro", 2, " minute"), ("ro", 20, "de minute"), ("ro", 119, " minute"),
    ("ar", 2, "دقيقتين"), ("ar", 5, "دقائق"), ("ar", 11, "دقيقة"), ("ar", 100, "دقيقة"),
    ("bg", 2, "минути"), ("tr", 7, "dakika"), ("de", 3, "Minuten"), ("en", 3, "minutes"),
])
def test_counted_words_take_the_languages_plural(lang, count, word):
    page = rate_limited_page(lang, SITE, wait_seconds=60 * count)
    text = words(page.split("<main", 1)[1])
    assert word in text
    if lang != "ar" or count > 2:
        assert str(count) in text


def test_a_text_without_forms_is_counted_as_it_is():
    assert counted("Bitte warten Sie {minutes} Minuten", "de", 1) == \
        "Bitte warten Sie {minutes} Minuten"
    assert counted("a|b|c", "pl", 5) == "c" and counted("a|b", "pl", 5) == "b"


# --- the frame ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_languages_pages_carry_its_lang_and_its_words(lang):
    t = TEXT[lang]
    typo = not_found_page("ABC-DEF-GHJK", lang, SITE, typo=True)
    unknown = not_found_page("K7M-4QX-9TRP", lang, SITE, typo=False)
    form = not_found_page("", lang, SITE, typo=None)
    missing = missing_page(lang, SITE)
    limited = rate_limited_page(lang, SITE)
    rtl = ' dir="rtl"' if lang == "ar" else ""
    for page in (typo, unknown, form, missing, limited):
        assert page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}"{rtl}>\n')
        assert f'<a class="skip" href="#main">{t["skip"]}</a>' in page
    assert f"<h1>{t['typo_title']}</h1>" in typo and t["again"] in typo
    assert '<span class="code" dir="ltr">K7M-4QX-9TRP</span>' in typo
    assert f"<h1>{t['unknown_title']}</h1>" in unknown and t["unknown_text"] in unknown
    assert f"<h1>{t['card_title']}</h1>" in form and t["hint"] in form
    assert f'<input type="hidden" name="lang" value="{lang}">' in form
    assert 'maxlength="40" dir="ltr">' in form  # the code is typed left to right
    assert f"<h1>{t['missing_title']}</h1>" in missing
    assert f'<a href="/k?lang={lang}">{t["show"]}</a>' in missing
    assert f"<h1>{t['limited_title']}</h1>" in limited and t["limited_text"] in limited


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_switch_lists_the_nine_each_in_its_own_name(lang):
    page = not_found_page("ABC-DEF-GHJK", lang, SITE, typo=True)
    nav = page.split('<nav class="languages"', 1)[1].split("</nav>", 1)[0]
    assert f'aria-label="{TEXT[lang]["switch_label"]}"' in nav
    links = re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="(\w+)"([^>]*)>([^<]+)</a>',
                       nav)
    assert [(href, hreflang, name) for href, hreflang, _lang, _more, name in links] == [
        (f"/k/ABC-DEF-GHJK?lang={other}", other, LANGUAGE_NAMES[other])
        for other in LANGUAGES]
    assert [other for _h, other, _l, more, _n in links if 'aria-current="true"' in more] == \
        [lang]
    assert [other for _h, other, _l, more, _n in links if 'dir="rtl"' in more] == ["ar"]
    assert list(LANGUAGE_NAMES.values()) == ["Deutsch", "English", "Türkçe", "العربية",
                                             "Polski", "Română", "Български", "Українська",
                                             "Русский"]


def test_the_switch_wraps_and_its_targets_are_big_enough():
    assert "nav.languages ul{display:flex;flex-wrap:wrap" in PUBLIC_STYLE
    rule = PUBLIC_STYLE.split("nav.languages a{", 1)[1].split("}", 1)[0]
    assert "min-height:44px" in rule and "min-width:44px" in rule


def test_the_stylesheets_mirror_for_right_to_left():
    for sheet in (STYLE, PUBLIC_STYLE):
        assert not re.search(r"(?<![\w-])(left|right)\s*:", sheet)
        assert not re.search(r"(margin|padding|border)-(left|right)", sheet)
        assert "text-align:left" not in sheet and "text-align:right" not in sheet
    assert "border-inline-start" in STYLE and "text-align:end" in PUBLIC_STYLE
    # What people wrote: each line in its own direction, its box with the page's.
    assert "unicode-bidi:plaintext" in STYLE.split(".text{", 1)[1].split("}", 1)[0]


def test_the_office_frame_keeps_its_one_link():
    page = pages.document("en", "T", "<p>x</p>", site_name="S", switch_href="/office/?lang=de")
    assert '<nav aria-label="Language"><a href="/office/?lang=de" hreflang="de" lang="de">' \
           "Deutsch</a></nav>" in page
    assert 'class="languages"' not in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_typed_code_is_escaped_in_every_language(lang):
    page = not_found_page(EVIL, lang, SITE, typo=True)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    assert '/k/%3Cscript%3Ealert%281%29%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20on' in page
