"""The fields of a card: one list for the station's table, the batch and the exports.

``CARD_FIELDS`` names every stored field of a card with its wire type, in export order.
The station's ``Card`` has exactly these fields (a test holds them together); the batch
check, a card's identity (``batch.card_identity``), the database columns and the exports
all read this list.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CardField:
    """One field: its name, its JSON type and whether it may be null."""

    name: str
    kind: type
    nullable: bool = False


CARD_FIELDS: tuple[CardField, ...] = (
    CardField("uuid", str),
    CardField("code", str),
    CardField("session_id", int),
    CardField("station_id", str),
    CardField("created_at", str),
    CardField("prompt_id", str),
    CardField("topic_id", str),
    CardField("district_id", str, nullable=True),
    CardField("age_group_id", str, nullable=True),
    CardField("language", str),
    CardField("source", str),
    CardField("text", str),
)
"""Every stored field of a card, in export order. Two copies with equal fields are the same
card; labels, session names and moderation state travel beside them but are not compared,
so a renamed topic in the station's configuration never turns a re-send into a conflict."""

CARD_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in CARD_FIELDS)
