"""The card and group pages' words: both languages, a sentence for every refusal, counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from station_app.collector.office import case_texts
from station_app.collector.office.case_texts import (
    REFUSAL_REASONS,
    TEXT,
    cards_count,
    number,
    refusal,
)

OFFICE = Path(case_texts.__file__).parent


def test_both_languages_say_the_same_things():
    assert set(TEXT["de"]) == set(TEXT["en"])
    assert all(value.strip() for lang in TEXT.values() for value in lang.values())


def test_every_reason_the_office_refuses_for_is_worded():
    raised = set()
    for module in OFFICE.glob("*.py"):
        raised |= set(re.findall(r'CaseRefused\("([a-z_]+)"\)', module.read_text("utf-8")))
    assert raised and raised <= set(REFUSAL_REASONS)
    for reason in REFUSAL_REASONS:
        for lang in ("de", "en"):
            assert refusal(reason, lang) == f"{TEXT[lang]['refused']} {TEXT[lang][reason]}"
    assert refusal("no_group", "de") == ("Nicht gespeichert: Diese Gruppe gibt es nicht "
                                         "(mehr). Bitte wählen Sie eine andere.")


@pytest.mark.parametrize("value,de,en", [
    (0, "0 Karten", "0 cards"), (1, "1 Karte", "1 card"), (2, "2 Karten", "2 cards"),
    (1234, "1.234 Karten", "1,234 cards"), (100000, "100.000 Karten", "100,000 cards"),
])
def test_counts_of_cards(value, de, en):
    assert (cards_count(value, "de"), cards_count(value, "en")) == (de, en)


def test_numbers_carry_the_languages_thousands_separator():
    assert (number(999, "de"), number(1234567, "de"), number(1234567, "en")) == (
        "999", "1.234.567", "1,234,567")
