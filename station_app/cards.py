"""Participation cards: the domain object and text normalisation.

No Qt and no SQL here: the kiosk, the command line and the importer all build a ``Card``
through ``new_card`` so that every path applies the same rules.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, fields
from typing import Any, Literal

from station_app.clock import utc_now
from station_app.errors import CardRejected
from station_app.protocol.codes import new_code
from station_app.texts import QT_TRANSLATE_NOOP, Message

Source = Literal["kiosk", "paper"]
SOURCES: tuple[Source, ...] = ("kiosk", "paper")

# --- text normalisation -----------------------------------------------------------------

DEFAULT_MAX_LENGTH = 1000

_INVISIBLE = {
    "\u200b",  # zero width space
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark / zero width no-break space
    "\u00ad",  # soft hyphen
    "\u180e",  # Mongolian vowel separator
    "\u200e", "\u200f", "\u061c",  # bidi marks
}
_BIDI_CONTROLS = {chr(c) for c in range(0x202A, 0x202F)} | {chr(c) for c in range(0x2066, 0x206A)}
_JOINERS = {"\u200c", "\u200d"}  # needed inside emoji sequences and Persian/Indic words
_TAG_RANGE = range(0xE0020, 0xE0080)  # emoji flag tag sequences (🏴 + tags)


def normalise_text(text: str, max_length: int = DEFAULT_MAX_LENGTH) -> str:
    """The text as it will be stored, or ``CardRejected`` with a clear reason.

    NFC; control, zero-width and bidi-override characters removed; every script, emoji
    sequence and line break kept; surrounding white space trimmed.
    """
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise CardRejected("the text is not valid UTF-8", Message("CardText", QT_TRANSLATE_NOOP(
            "CardText", "Der Text enthält ungültige Zeichen.")))
    cleaned = clean_text(text)
    if not cleaned:
        raise CardRejected("the text is empty: please write a few words", Message(
            "CardText", QT_TRANSLATE_NOOP("CardText", "Der Text ist leer: bitte ein paar "
                                          "Worte schreiben.")))
    if len(cleaned) > max_length:
        raise CardRejected(
            f"the text is too long ({len(cleaned)} characters, at most {max_length})",
            Message("CardText", QT_TRANSLATE_NOOP(
                "CardText", "Der Text ist zu lang (%1 Zeichen, höchstens %2)."),
                (str(len(cleaned)), str(max_length))))
    return cleaned


def clean_text(text: str) -> str:
    """What ``normalise_text`` stores, without its checks: '' when nothing visible is left.

    The card flow measures the draft with this, so a text of zero-width characters is not
    "ready" on screen and then refused on storing.
    """
    text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    kept: list[str] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            kept.append(ch)
            continue
        if ch in _INVISIBLE or ch in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            continue
        if ch in _JOINERS:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if not (_is_visible(before) and _is_visible(after)):
                continue
        elif ord(ch) in _TAG_RANGE and not (
            kept and (kept[-1] == "\U0001f3f4" or ord(kept[-1]) in _TAG_RANGE)
        ):
            continue  # a tag character outside a flag sequence; other format characters stay
        kept.append(ch)
    cleaned = "\n".join(line.rstrip() for line in "".join(kept).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


def _is_visible(ch: str) -> bool:
    return bool(ch) and not ch.isspace() and unicodedata.category(ch) not in {"Cc", "Zs"} \
        and ch not in _INVISIBLE and ch not in _BIDI_CONTROLS


# --- the card ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One contribution, as committed to the station's database.

    Its fields are the protocol's ``CARD_FIELDS``, in the same order.
    """

    uuid: str
    code: str
    session_id: int
    station_id: str
    created_at: dt.datetime
    prompt_id: str
    topic_id: str
    district_id: str | None
    age_group_id: str | None
    language: str
    source: Source
    text: str

    def as_dict(self) -> dict[str, Any]:
        """Every field, JSON-ready (``created_at`` as ISO 8601 with offset)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["created_at"] = self.created_at.isoformat()
        return data


def new_card(
    *,
    session_id: int,
    station_id: str,
    prompt_id: str,
    topic_id: str,
    text: str,
    district_id: str | None = None,
    age_group_id: str | None = None,
    language: str = "de",
    source: Source = "kiosk",
    max_length: int = DEFAULT_MAX_LENGTH,
    now: dt.datetime | None = None,
) -> Card:
    """Build a card with a fresh UUID and code, its text normalised."""
    from uuid import uuid4  # on first use: the start screen appears without it

    if source not in SOURCES:
        raise CardRejected(f"source must be one of {', '.join(SOURCES)}, not {source!r}")
    created_at = now or utc_now()
    if created_at.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    return Card(
        uuid=str(uuid4()),
        code=new_code(),
        session_id=session_id,
        station_id=station_id,
        prompt_id=prompt_id,
        topic_id=topic_id,
        text=normalise_text(text, max_length),
        district_id=district_id or None,
        age_group_id=age_group_id or None,
        language=language,
        source=source,
        created_at=created_at.astimezone(dt.UTC),
    )
