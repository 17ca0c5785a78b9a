"""Ids that station configurations, batches and the collector agree on."""

from __future__ import annotations

import re

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
"""Station, event, prompt, topic, district and age group ids: lower case, digits, - and _."""


def is_valid_id(value: object) -> bool:
    return isinstance(value, str) and ID_PATTERN.match(value) is not None


CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
"""A UUID as ``str(uuid.UUID(...))`` writes it (``fullmatch``): the one spelling of a card's
id, so that one card cannot arrive under two."""
