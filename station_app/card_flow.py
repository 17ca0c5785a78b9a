"""One attendee's way through the kiosk: the steps, the draft card, and when it is ready.

Qt-free, so every rule of the flow is tested with plain pytest; the kiosk's bridge
(``qml/kiosk.py``) only forwards taps to it and reads it back. The text is measured with
the same cleaning the database applies (``cards.clean_text``), so what the screen calls
ready is exactly what storage accepts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from station_app.cards import clean_text
from station_app.config import OTHER_TOPIC_ID, StationConfig
from station_app.contacts import ContactDraft, ContactOptIn
from station_app.intake import CardDraft
from station_app.labels import LabelBook
from station_app.texts import QT_TRANSLATE_NOOP, translate

CONTEXT = "CardFlow"
DISTRICT_NOT_GIVEN = QT_TRANSLATE_NOOP("CardFlow", "Stadtbezirk: %1")
AGE_NOT_GIVEN = QT_TRANSLATE_NOOP("CardFlow", "Alter: %1")

FIXED_STEPS = ("start", "prompt", "topic", "write")
OPTIONAL_STEPS = ("details", "contact")
LAST_STEPS = ("review", "thanks")


@dataclass(frozen=True)
class Draft:
    """The choices so far; '' means not chosen (or "keine Angabe" for the details)."""

    prompt_id: str = ""
    topic_id: str = ""
    text: str = ""
    district_id: str = ""
    age_group_id: str = ""


def flow_steps(config: StationConfig, *, contact_offered: bool) -> tuple[str, ...]:
    """The screens of a station's flow, in order (``details``/``contact`` optional)."""
    steps = list(FIXED_STEPS)
    if config.kiosk.ask_details and (config.districts or config.age_groups):
        steps.append("details")
    if contact_offered:
        steps.append("contact")
    return (*steps, *LAST_STEPS)


class CardFlow:
    """The draft of the card being written and where the attendee is in the flow.

    Every ``choose_*``/``set_*`` returns whether the draft changed, so a caller announces
    only real changes. ``language`` is the UI language the attendee chose; the card is
    stored with it and its labels are read in it.
    """

    def __init__(self, config: StationConfig, labels: LabelBook, *,
                 contact_offered: bool) -> None:
        self._config = config
        self._labels = labels
        self.steps = flow_steps(config, contact_offered=contact_offered)
        self.language = config.kiosk.languages[0]
        self.draft = Draft()
        self.contact = ContactDraft()
        self.returning_to_review = False

    def offer_contact(self, offered: bool) -> bool:
        """Offer the Mitmachpool step or not (an enrolment brought the key); whether the
        steps changed."""
        steps = flow_steps(self._config, contact_offered=offered)
        changed, self.steps = steps != self.steps, steps
        return changed

    # --- choosing ---------------------------------------------------------------------

    def choose_prompt(self, prompt_id: str) -> bool:
        if self._config.prompt(prompt_id) is None:
            return False
        return self._update(prompt_id=prompt_id)

    def choose_topic(self, topic_id: str) -> bool:
        other = self._config.kiosk.allow_other_topic and topic_id == OTHER_TOPIC_ID
        if not other and self._config.topic(topic_id) is None:
            return False
        return self._update(topic_id=topic_id)

    def set_text(self, text: str) -> bool:
        return self._update(text=text)

    def choose_district(self, district_id: str) -> bool:
        """A district id, or '' for "keine Angabe"."""
        if district_id and self._config.district(district_id) is None:
            return False
        return self._update(district_id=district_id)

    def choose_age_group(self, age_group_id: str) -> bool:
        """An age group id, or '' for "keine Angabe"."""
        if age_group_id and self._config.age_group(age_group_id) is None:
            return False
        return self._update(age_group_id=age_group_id)

    def skip_details(self) -> bool:
        """"Überspringen": neither district nor age group."""
        return self._update(district_id="", age_group_id="")

    def _update(self, **changes: str) -> bool:
        changed = replace(self.draft, **changes)
        if changed == self.draft:
            return False
        self.draft = changed
        return True

    # --- the text -----------------------------------------------------------------------

    @property
    def text_length(self) -> int:
        """Characters as they will be stored (code points of the cleaned text)."""
        return len(clean_text(self.draft.text))

    @property
    def text_too_long(self) -> bool:
        return self.text_length > self._config.kiosk.max_text_length

    @property
    def text_ready(self) -> bool:
        return 0 < self.text_length <= self._config.kiosk.max_text_length

    @property
    def ready_to_hand_in(self) -> bool:
        """Prompt, topic and text are there, and the Mitmachpool step is complete or empty."""
        return bool(self.draft.prompt_id and self.draft.topic_id) and self.text_ready \
            and self.contact.ready

    # --- labels in the attendee's language ----------------------------------------------

    def prompt_label(self) -> str:
        return self._labels.label("prompts", self.draft.prompt_id, self.language)

    def prompt_example(self) -> str:
        return self._labels.example(self.draft.prompt_id, self.language)

    def topic_label(self) -> str:
        return self._labels.label("topics", self.draft.topic_id, self.language)

    def district_label(self) -> str:
        return self._labels.label("districts", self.draft.district_id, self.language)

    def age_group_label(self) -> str:
        return self._labels.label("age_groups", self.draft.age_group_id, self.language)

    def other_topic_label(self) -> str:
        return self._labels.other_topic(self.language)

    def not_given_label(self) -> str:
        return self._labels.not_given(self.language)

    def details_summary(self) -> str:
        """The review screen's line for the optional details, e.g. "Hörde · Alter: keine
        Angabe"."""
        not_given = self.not_given_label()
        district = self.district_label() or translate(
            CONTEXT, DISTRICT_NOT_GIVEN, self.language).replace("%1", not_given)
        age_group = self.age_group_label() or translate(
            CONTEXT, AGE_NOT_GIVEN, self.language).replace("%1", not_given)
        return f"{district} · {age_group}"

    # --- moving -------------------------------------------------------------------------

    def next_step(self, current: str) -> str:
        """The screen after ``current``; the review screen again while editing from it."""
        if current == "review":
            return "thanks"
        if self.returning_to_review and current != "start":
            self.returning_to_review = False
            return "review"
        index = self.steps.index(current) if current in self.steps else 0
        return self.steps[min(index + 1, len(self.steps) - 1)]

    def previous_step(self, current: str) -> str:
        if self.returning_to_review:
            self.returning_to_review = False
            return "review"
        index = self.steps.index(current) if current in self.steps else 1
        return self.steps[max(index - 1, 0)]

    def edit_step(self, step: str) -> str:
        """Open ``step`` from the review screen; its "Weiter" leads back to the review."""
        if step not in self.steps:
            return "review"
        self.returning_to_review = True
        return step

    # --- handing in ---------------------------------------------------------------------

    def card_draft(self) -> CardDraft:
        """What the intake stores (it checks every id again)."""
        draft = self.draft
        return CardDraft(prompt_id=draft.prompt_id, topic_id=draft.topic_id, text=draft.text,
                         district_id=draft.district_id or None,
                         age_group_id=draft.age_group_id or None, language=self.language,
                         source="kiosk")

    def opt_in(self) -> ContactOptIn | None:
        """The Mitmachpool opt-in to seal with the card, if the attendee gave one."""
        if "contact" not in self.steps:
            return None
        return self.contact.opt_in()

    def reset(self) -> None:
        """Forget everything of this attendee (after handing in, timeout, or "Abbrechen")."""
        self.draft = Draft()
        self.contact = ContactDraft()
        self.returning_to_review = False
