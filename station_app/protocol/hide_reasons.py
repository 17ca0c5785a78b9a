"""The reasons for hiding a card, shared by the stations' dashboard and the office.

Stored as written here (German), whatever the language of the screen that chose them; the
English words are for the office's English pages (the kiosk translates them through its
Qt catalogue, ``station_app/qml/facilitator_cards.py``).
"""

from __future__ import annotations

HIDE_REASONS: dict[str, str] = {
    "Persönliche Daten": "Personal data",
    "Beleidigend oder diskriminierend": "Offensive or discriminatory",
    "Werbung": "Advertising",
    "Doppelt": "Duplicate",
    "Testkarte": "Test card",
}


def reason_in(reason: str, lang: str) -> str:
    """A stored reason in ``lang`` ("de" or "en"); a reason typed in is shown as it is."""
    return HIDE_REASONS.get(reason, reason) if lang == "en" else reason
