"""A batch body as the station writes it, read once: the document, and beside it the text
its signature covers and the text of each of its values and cards.

A station writes a batch as canonical JSON (``canonical.canonical_json``): one object, no
spaces, sorted keys. Read from such a body, the text the station signed is the body without
its ``"signature"`` member, and a card's canonical JSON is the body's own text of that card,
so the collector need not write 10,000 cards out again to check one signature and store
them (``collector.ingest``).

``read_body`` reads only the top level itself (the members of the one object, and the
cards one by one); every value is read by the standard library's JSON scanner, with whole
numbers checked for range and fractions and NaN refused as they are read. Anything
else – spaces between members, a member twice, a fraction, any malformed or hostile text –
gives None, and the caller reads the body the ordinary way (``batch.parse_document``),
which gives every such body its reason.

The text is used only where it says what the document says: ``batch.read_document`` counts
the members the document holds against those the body spells (``Body.members``), so that a
member spelled twice in some card (a parser keeps one, a database's JSON functions may read
the other) sends the batch the ordinary way, and its parts are written out anew. A station
key that signs another spelling of its document (keys in another order, say, each member
once) is taken at its word: the values are the same, and ``cards.data`` keeps its text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

MAX_INTEGER = 2**53 - 1
"""Whole numbers beyond this are no sequence number or session id (and would not fit the
databases' integers)."""

SIGNATURE = "signature"


@dataclass(frozen=True)
class Body:
    """A body read at its top level, with the text of its parts."""

    document: dict[str, Any]
    unsigned: bytes
    """The body without its top-level ``signature`` member: what the signature covers when
    the station wrote the body."""
    values: dict[str, memoryview]
    """Each top-level member's value, the body's own bytes (``signature``'s too)."""
    cards: list[str]
    """Each item of ``cards`` as the body spells it."""
    members: int | None
    """``_spelled``: at least as many as the object members the body spells; exactly as
    many as its document holds only when none is spelled twice (None: not counted)."""


def _whole(digits: str) -> int:
    value = int(digits)  # more than 4,300 digits: ValueError, as in json.loads
    if not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise ValueError("out of range")
    return value


def _refused(text: str) -> Any:
    raise ValueError(f"{text} is no whole number")


_SCAN = json.JSONDecoder(parse_int=_whole, parse_float=_refused,
                         parse_constant=_refused).scan_once


def read_body(raw: bytes, text: str | None = None) -> Body | None:
    """The body read at its top level when it is laid out as a station writes it, else
    None (nothing is raised: the ordinary reading names what is wrong). ``text``: the
    body decoded, when the caller has it."""
    try:
        return _read(raw, raw.decode("utf-8") if text is None else text)
    except (StopIteration, ValueError, RecursionError, IndexError):
        return None


def _read(raw: bytes, text: str) -> Body | None:
    if not text.startswith("{") or text == "{}":
        return None
    document: dict[str, Any] = {}
    spans: dict[str, tuple[int, int]] = {}
    cards: list[str] = []
    signature: tuple[int, int] | None = None
    pos = 1
    while True:
        member = pos
        name, pos = _SCAN(text, pos)
        if type(name) is not str or text[pos] != ":" or name in document:
            return None
        pos += 1
        start = pos
        if name == "cards" and text.startswith("[{", pos):
            value, pos = _items(text, start + 1, cards)
        elif name == "cards" and not text.startswith("[]", pos):
            return None  # not the list of cards a station writes: its text is not cut
        else:
            value, pos = _SCAN(text, pos)
        document[name], spans[name] = value, (start, pos)
        after = text[pos]
        pos += 1
        if name == SIGNATURE:
            signature = (member, pos)
        if after == "}":
            break
        if after != ",":
            return None
    if pos != len(text) or signature is None:
        return None
    at = _ByteOffsets(raw, text)
    begin, end = at(signature[0]), at(signature[1])
    if raw[end - 1:end] == b"}":  # the last member: its comma goes before it
        unsigned = raw[:begin - 1] + b"}" if begin > 1 else b"{}"
    else:
        unsigned = raw[:begin] + raw[end:]
    whole = memoryview(raw)
    values = {name: whole[at(first):at(last)] for name, (first, last) in spans.items()}
    return Body(document, unsigned, values, cards, _spelled(text))


class _ByteOffsets:
    """Where a place in the decoded text is in the body's bytes, counted from the nearer
    end (the top level's places are near the ends: the cards are in between)."""

    def __init__(self, raw: bytes, text: str) -> None:
        self._raw, self._text = raw, text
        self._ascii = len(raw) == len(text)

    def __call__(self, place: int) -> int:
        if self._ascii:
            return place
        if place <= len(self._text) - place:
            return len(self._text[:place].encode("utf-8"))
        return len(self._raw) - len(self._text[place:].encode("utf-8"))


def _spelled(text: str) -> int | None:
    """How often a ``"`` stands right before a ``:`` in ``text``, when nothing in it may be
    white space before a colon (no tab, line break or carriage return, which no string
    holds unescaped, and no space before a colon), else None.

    Each member then spells its name's closing ``"`` right before its colon, and a string
    holds that only as ``\\":`` (its ``"`` escaped): the count is the members the text
    spells, and more when a string holds ``\\":``. A document parsed from the text holds
    as many members only when the text spells none twice (the parser keeps one of them)."""
    if "\n" in text or "\r" in text or "\t" in text or " :" in text:
        return None
    return text.count('":')


def _items(text: str, pos: int, spelled: list[str]) -> tuple[list[Any], int]:
    """The list that starts at ``pos`` (after its ``[``), each item read by the scanner
    on its own, so that where it begins and ends is the scanner's word and its text is
    appended to ``spelled``; and where the list ends."""
    items: list[Any] = []
    while True:
        start = pos
        item, pos = _SCAN(text, pos)
        items.append(item)
        spelled.append(text[start:pos])
        after = text[pos]
        pos += 1
        if after == "]":
            return items, pos
        if after != ",":
            raise ValueError("not a list")
