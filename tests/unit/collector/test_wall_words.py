"""The live wall's word cloud: which words count, how they are written, how big they are."""

from __future__ import annotations

from station_app.collector.wall_words import (
    ENGLISH,
    GERMAN,
    MAX_WORDS,
    REPEATED,
    WEIGHTS,
    counted,
    tokens,
    top_words,
)


def test_words_of_other_scripts_stay_whole():
    assert tokens("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"]  # vowel signs are marks, not breaks
    assert tokens("مرحبا بالعالم") == ["مرحبا", "بالعالم"]
    assert tokens("Tiếng Việt rất hay") == ["Tiếng", "Việt", "rất", "hay"]
    # decomposed umlauts are composed first, so "Bäume" is one word either way
    assert tokens("Ba\u0308ume am See") == ["Bäume", "am", "See"]
    assert tokens("Phoenix-See, A40 & 2026!") == ["Phoenix", "See", "A40", "2026"]


def test_short_words_numbers_filler_and_endless_runs_do_not_count():
    assert not counted("am") and not counted("2026") and not counted("und")
    assert not counted("the") and not counted("mehr")
    assert not counted("这是一个很长的句子没有空格所以它不是一个词而是一整句话真的很长很长很长")
    assert counted("a40") and counted("radwege") and counted("नमस्ते")


def test_the_lists_hold_lower_case_words_only():
    assert all(word == word.lower() and " " not in word for word in GERMAN | ENGLISH)
    assert {"der", "die", "das", "und", "nicht"} <= GERMAN
    assert {"the", "and", "with"} <= ENGLISH


def test_the_most_frequent_words_first_as_people_wrote_them():
    words = top_words(["Mehr Radwege und mehr Bäume!", "Radwege sicherer machen",
                       "radwege, bitte", "Bäume am Phoenix-See", "the trees and the lake"])
    assert [(word.text, word.count) for word in words] == [
        ("Radwege", 3), ("Bäume", 2), ("lake", 1), ("Phoenix", 1), ("See", 1),
        ("sicherer", 1), ("trees", 1)]
    sizes = {word.text: word.weight for word in words}
    assert sizes["Radwege"] == WEIGHTS and sizes["See"] == 1
    assert 1 < sizes["Bäume"] < WEIGHTS


def test_at_most_forty_words_the_rarest_left_out():
    texts = [" ".join(f"wort{n}" for n in range(1, rank + 1)) for rank in range(1, 61)]
    words = top_words(texts)
    assert len(words) == MAX_WORDS
    assert "wort1" in {word.text for word in words}  # in every card
    assert "wort60" not in {word.text for word in words}  # in one only
    assert {word.weight for word in words} <= set(range(1, WEIGHTS + 1))


def test_once_ten_words_came_twice_the_words_that_came_once_are_left_out():
    assert REPEATED == 10
    repeated = " ".join(f"Wort{n}" for n in range(10))
    words = top_words([repeated, repeated, "Einzelstück"])
    assert len(words) == 10 and "Einzelstück" not in {word.text for word in words}
    fewer = " ".join(f"Wort{n}" for n in range(9))
    assert "Einzelstück" in {word.text for word in top_words([fewer, fewer, "Einzelstück"])}


def test_no_cards_no_words_and_all_equal_is_one_middle_size():
    assert top_words([]) == [] and top_words(["und der die", "2026 am"]) == []
    words = top_words(["Radwege Bäume"])
    assert {word.weight for word in words} == {3}
    assert [word.weight for word in top_words(["Radwege"])] == [WEIGHTS]
