"""Taking in a card: check it against the station's configuration, then commit it.

The kiosk, ``cards add``, the dashboard's paper cards and the paper-card importer all go
through ``CardIntake``, so a card is validated the same way whichever door it came
through. ``hand_in`` is the kiosk's one call: the card and the attendee's optional
Mitmachpool opt-in, stored together or not at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from station_app.cards import Card, Source, new_card
from station_app.clock import utc_now
from station_app.config import OTHER_TOPIC_ID, StationConfig
from station_app.errors import CardRejected, StorageError
from station_app.texts import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from station_app.contacts import ContactOptIn, ContactPool
    from station_app.storage import AuditLog, CardArchive, SessionBook


_CHOOSE_PROMPT = Message("Intake", QT_TRANSLATE_NOOP("Intake", "Bitte eine Frage wählen."))
_CHOOSE_TOPIC = Message("Intake", QT_TRANSLATE_NOOP("Intake", "Bitte ein Themenfeld wählen."))


@dataclass(frozen=True)
class CardDraft:
    """What an attendee (or a facilitator transcribing paper) has entered so far."""

    prompt_id: str
    topic_id: str
    text: str
    district_id: str | None = None
    age_group_id: str | None = None
    language: str = "de"
    source: Source = "kiosk"


class CardIntake:
    """Validates drafts against the configuration and commits them as cards."""

    def __init__(self, config: StationConfig, sessions: SessionBook, archive: CardArchive,
                 clock: Callable[[], dt.datetime] = utc_now, *,
                 contacts: ContactPool | None = None, audit: AuditLog | None = None,
                 transaction: Callable[[], AbstractContextManager[object]] | None = None,
                 ) -> None:
        self._config = config
        self._sessions = sessions
        self._archive = archive
        self._clock = clock
        self._contacts = contacts
        self._audit = audit
        self._transaction = transaction or contextlib.nullcontext

    def build(self, draft: CardDraft, session_id: int) -> Card:
        """The card a draft becomes; ``CardRejected`` naming the field that is wrong."""
        config = self._config
        if config.prompt(draft.prompt_id) is None:
            raise CardRejected(f"unknown prompt {draft.prompt_id!r} "
                               f"(known: {', '.join(p.id for p in config.prompts)})",
                               _CHOOSE_PROMPT)
        other_allowed = config.kiosk.allow_other_topic or draft.source == "paper"
        if config.topic(draft.topic_id) is None and not (
            other_allowed and draft.topic_id == OTHER_TOPIC_ID
        ):
            raise CardRejected(f"unknown topic {draft.topic_id!r} "
                               f"(known: {', '.join(t.id for t in config.topics)})",
                               _CHOOSE_TOPIC)
        if draft.district_id and config.district(draft.district_id) is None:
            raise CardRejected(f"unknown district {draft.district_id!r}")
        if draft.age_group_id and config.age_group(draft.age_group_id) is None:
            raise CardRejected(f"unknown age group {draft.age_group_id!r}")
        if draft.language not in config.kiosk.languages:
            raise CardRejected(f"unknown language {draft.language!r} "
                               f"(known: {', '.join(config.kiosk.languages)})")
        return new_card(
            session_id=session_id, station_id=config.station.id,
            prompt_id=draft.prompt_id, topic_id=draft.topic_id, text=draft.text,
            district_id=draft.district_id, age_group_id=draft.age_group_id,
            language=draft.language, source=draft.source,
            max_length=config.kiosk.max_text_length, now=self._clock(),
        )

    def submit(self, draft: CardDraft) -> Card:
        """Validate and durably commit one card; the returned card is safe on disk."""
        session = self._sessions.current_or_open()
        card = self.build(draft, session.id)
        self._archive.add(card)
        return card

    def hand_in(self, draft: CardDraft, opt_in: ContactOptIn | None = None) -> Card:
        """The kiosk's "Karte abgeben": the card and its optional opt-in, durably.

        Both are stored in one transaction; when this returns, both survive a power cut.
        The contact carries nothing that ties it to the card (see ``contacts``). Raises
        ``CardRejected`` (a field is wrong) or ``StorageError`` (the disk); nothing is
        stored then and the caller keeps the draft.
        """
        if opt_in is not None and (self._contacts is None or not self._contacts.available):
            raise StorageError("the Mitmachpool is not open on this station")
        with self._transaction():
            card = self.submit(draft)
            if opt_in is not None and self._contacts is not None:
                self._contacts.submit(opt_in)
        return card

    def transcribe(self, draft: CardDraft, actor: str = "facilitator") -> Card:
        """A paper card typed in by a facilitator: stored as ``paper`` and audited."""
        with self._transaction():
            card = self.submit(replace(draft, source="paper"))
            if self._audit is not None:
                self._audit.record(actor, "card.transcribe",
                                   {"card_uuid": card.uuid, "code": card.code})
        return card

    def submit_all(self, drafts: list[CardDraft]) -> list[Card]:
        """Commit many cards at once, all or nothing (validation happens before writing)."""
        session = self._sessions.current_or_open()
        cards = [self.build(draft, session.id) for draft in drafts]
        self._archive.add_all(cards)
        return cards
