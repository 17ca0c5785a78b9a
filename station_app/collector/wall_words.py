"""The live wall's word cloud: the words of the visible cards, counted.

A word is a run of Unicode letters and digits together with the combining marks that belong
to them, so Devanagari or Vietnamese words stay whole (Python's ``\\w`` alone would cut them
at every vowel sign). Words are compared in lower case and shown as people wrote them most
often ("Radwege", not "radwege"). Left out: words shorter than three characters, numbers,
runs longer than any word (a sentence in a script without spaces), and the German and
English filler words below. Other languages keep all their words: not filtered, but never
broken. Once ``REPEATED`` words have come more than once, the words that came only once are
left out too: a young wall shows what there is, a full one what many wrote.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

MIN_LENGTH = 3
MAX_LENGTH = 32
"""Longer runs are no word one could read in a cloud (a sentence in Chinese, a URL)."""
MAX_WORDS = 40
WEIGHTS = 5
REPEATED = 10
"""Words are drawn in five sizes: 1 (the rarest shown) to 5 (the most frequent)."""
_WORD = re.compile(r"[^\W_]+")


_GERMAN = """
aber alle allem allen aller alles als also ander andere anderen anderer anderes auch auf
aus bei beim bin bis bisher bitte bleibt dabei dadurch dafür dagegen daher damit dann
daran darauf darum das dass davon dazu dein deine dem den denen denn der deren des deshalb
dessen dich die dies diese diesem diesen dieser dieses dir doch dort durch eher ein eine
einem einen einer eines einfach einige einmal endlich er es etwa etwas euch euer eure für
gab gar gegen gehen geht gemacht genau gerade gern gerne gibt ging gut habe haben hat
hatte hätte hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer immer ins ist
jede jedem jeden jeder jedes jetzt kann kein keine keinem keinen keiner können könnte
machen macht man mehr mein meine meinem meinen meiner mich mir mit möchte muss müssen
müsste nach neben nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen
seiner seit selbst sich sie sind so sollen sollte sollten sondern sonst soll über um und
uns unser unsere unserem unseren unserer unter viel viele vielen vom von vor wann war
waren warum was weil weiter welche welchem welchen welcher welches wenn wer werden wie
wieder will wir wird wo wohl wollen würde würden zum zur zwar zwischen
"""
GERMAN = frozenset(_GERMAN.split())
"""German words that say nothing on their own (articles, pronouns, auxiliaries, …)."""

_ENGLISH = """
about after again all also and any are because been before being but can could did does
doing done for from get had has have her here hers him his how into its just like more
most much must not now off once only other our ours out over own please really same she
should some such than that the their theirs them then there these they this those too
under until very was were what when where which while who whom why will with would yes
you your yours
"""
ENGLISH = frozenset(_ENGLISH.split())
"""English words that say nothing on their own."""

STOP_WORDS = GERMAN | ENGLISH
"""Both lists, for every card: a card's language is the screen's, not always its text's."""


@dataclass(frozen=True)
class Word:
    """One word of the cloud: as it is shown, how often it came, its size (1 to 5)."""

    text: str
    count: int
    weight: int


def tokens(text: str) -> list[str]:
    """The words of ``text`` as written (not yet lower-cased), marks kept with their letters."""
    text = unicodedata.normalize("NFC", text)
    marks = {char for char in set(text) if unicodedata.category(char).startswith("M")}
    if not marks:
        return _WORD.findall(text)
    joined = "".join(re.escape(mark) for mark in sorted(marks))
    return re.findall(rf"(?:[^\W_]|[{joined}])+", text)


def counted(word: str) -> bool:
    """Whether a word (in lower case) goes into the cloud."""
    return MIN_LENGTH <= len(word) <= MAX_LENGTH and not word.isdigit() \
        and word not in STOP_WORDS


def top_words(texts: Iterable[str], limit: int = MAX_WORDS) -> list[Word]:
    """The ``limit`` most frequent words of ``texts``, each with its size, the most frequent
    first (alphabetically among equals): where the wall has less room than forty words
    need, it is the rarest that go out of sight."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for text in texts:
        for token in tokens(text):
            key = token.lower()
            if not counted(key):
                continue
            counts[key] += 1
            spellings.setdefault(key, Counter())[token] += 1
    if sum(1 for count in counts.values() if count > 1) >= REPEATED:
        counts = Counter({key: count for key, count in counts.items() if count > 1})
    chosen = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    if not chosen:
        return []
    low, high = math.sqrt(chosen[-1][1]), math.sqrt(chosen[0][1])

    def weight(count: int) -> int:
        if high == low:
            return 3 if len(chosen) > 1 else WEIGHTS
        return 1 + round((WEIGHTS - 1) * (math.sqrt(count) - low) / (high - low))

    return [Word(spellings[key].most_common(1)[0][0], count, weight(count))
            for key, count in chosen]
