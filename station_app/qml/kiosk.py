"""The attendee's card while it is being written, and handing it in.

``KioskBridge`` wraps ``CardIntake``: it holds the draft (prompt, topic, text, details),
decides which steps the flow has, and commits the card before the thank-you screen may
appear.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.cards import Card
from station_app.config import OTHER_TOPIC_ID, StationConfig
from station_app.errors import CardRejected, UserError
from station_app.intake import CardDraft, CardIntake
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.choices import ChoiceListModel
from station_app.qml.contact import ContactBridge
from station_app.qml.language import LanguageBridge
from station_app.receipts.followup import followup_url

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "KioskBridge"]

log = logging.getLogger(__name__)

RECEIPT_STATES = ("", "printing", "printed", "failed", "disabled")
"""What the thank-you screen can say about the receipt; '' shows no receipt line."""


@QmlElement
@QmlUncreatable("KioskBridge is provided by the application")
class KioskBridge(QObject):
    """The attendee flow's state and its one important action, ``submit``.

    Signals:
        draftChanged: any part of the draft changed (or its labels, after a language switch).
        cardSubmitted(uuid, code, followupUrl): a card is safely committed. The receipt
            printer listens here and reports back through ``setReceiptStatus``.
        submitFailed(reason): the card could not be stored; ``reason`` is ``storage`` or
            ``rejected``. The draft is kept.
        submittedChanged: ``lastCode`` / ``lastFollowupUrl`` changed.
        receiptStatusChanged: ``receiptStatus`` changed.
    """

    draftChanged = Signal()
    cardSubmitted = Signal(str, str, str, arguments=["uuid", "code", "followupUrl"])
    submitFailed = Signal(str, arguments=["reason"])
    submittedChanged = Signal()
    receiptStatusChanged = Signal()

    def __init__(self, config: StationConfig, contact: ContactBridge, language: LanguageBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._intake: CardIntake | None = None
        self._contact = contact
        self._language = language
        self._transaction: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext
        self._prompts = ChoiceListModel(config.prompts, language.language, self)
        self._topics = ChoiceListModel(config.topics, language.language, self)
        self._districts = ChoiceListModel(config.districts, language.language, self)
        self._age_groups = ChoiceListModel(config.age_groups, language.language, self)
        self._steps = self._flow_steps()
        self._draft = _EmptyDraft()
        self._return_to_review = False
        self._last_code = ""
        self._last_url = ""
        self._receipt_status = ""
        language.languageChanged.connect(self._relabel)

    def attach_intake(self, intake: CardIntake,
                      transaction: Callable[[], AbstractContextManager[object]] | None = None,
                      ) -> None:
        """Where cards go, once the station's database is open (after the first frame).

        ``transaction`` wraps card and Mitmachpool contact so both are stored or neither.
        """
        self._intake = intake
        self._transaction = transaction or contextlib.nullcontext

    def _flow_steps(self) -> list[str]:
        kiosk = self._config.kiosk
        steps = ["start", "prompt", "topic", "write"]
        if kiosk.ask_details and (self._config.districts or self._config.age_groups):
            steps.append("details")
        if self._contact.available:
            steps.append("contact")
        return [*steps, "review", "thanks"]

    def _relabel(self) -> None:
        for model in (self._prompts, self._topics, self._districts, self._age_groups):
            model.set_language(self._language.language)
        self.draftChanged.emit()

    # --- event and configuration ------------------------------------------------------

    @Property(str, constant=True)
    def eventName(self) -> str:
        return self._config.event.name

    @Property(str, constant=True)
    def eventVenue(self) -> str:
        return self._config.event.venue

    @Property(str, constant=True)
    def eventDate(self) -> str:
        return self._config.event.date.strftime("%d.%m.%Y")

    @Property("QStringList", constant=True)
    def steps(self) -> list[str]:
        """The screens of this station's flow, in order (``details``/``contact`` optional)."""
        return list(self._steps)

    @Property(QObject, constant=True)
    def prompts(self) -> ChoiceListModel:
        return self._prompts

    @Property(QObject, constant=True)
    def topics(self) -> ChoiceListModel:
        return self._topics

    @Property(QObject, constant=True)
    def districts(self) -> ChoiceListModel:
        return self._districts

    @Property(QObject, constant=True)
    def ageGroups(self) -> ChoiceListModel:
        return self._age_groups

    @Property(bool, constant=True)
    def allowOtherTopic(self) -> bool:
        return self._config.kiosk.allow_other_topic

    @Property(str, constant=True)
    def otherTopicId(self) -> str:
        return OTHER_TOPIC_ID

    @Property(int, constant=True)
    def maxTextLength(self) -> int:
        return self._config.kiosk.max_text_length

    # --- the draft ----------------------------------------------------------------------

    @Property(str, notify=draftChanged)
    def promptId(self) -> str:
        return self._draft.prompt_id

    @Property(str, notify=draftChanged)
    def promptLabel(self) -> str:
        return self._prompts.labelFor(self._draft.prompt_id)

    @Property(str, notify=draftChanged)
    def promptExample(self) -> str:
        choice = self._prompts.choice(self._draft.prompt_id)
        return choice.example if choice else ""

    @Property(str, notify=draftChanged)
    def topicId(self) -> str:
        return self._draft.topic_id

    @Property(str, notify=draftChanged)
    def topicLabel(self) -> str:
        """The chosen topic's label; '' for 'Anderes Thema' (QML translates that one)."""
        return self._topics.labelFor(self._draft.topic_id)

    @Property(str, notify=draftChanged)
    def text(self) -> str:
        return self._draft.text

    @Property(int, notify=draftChanged)
    def textLength(self) -> int:
        """Characters as a person counts them (code points, not UTF-16 units)."""
        return len(self._draft.text.strip())

    @Property(bool, notify=draftChanged)
    def textTooLong(self) -> bool:
        return self.textLength > self._config.kiosk.max_text_length

    @Property(bool, notify=draftChanged)
    def textReady(self) -> bool:
        return 0 < self.textLength <= self._config.kiosk.max_text_length

    @Property(str, notify=draftChanged)
    def districtId(self) -> str:
        return self._draft.district_id

    @Property(str, notify=draftChanged)
    def districtLabel(self) -> str:
        return self._districts.labelFor(self._draft.district_id)

    @Property(str, notify=draftChanged)
    def ageGroupId(self) -> str:
        return self._draft.age_group_id

    @Property(str, notify=draftChanged)
    def ageGroupLabel(self) -> str:
        return self._age_groups.labelFor(self._draft.age_group_id)

    @Property(bool, notify=draftChanged)
    def returningToReview(self) -> bool:
        """An answer is being changed from the review screen; 'Weiter' goes back there."""
        return self._return_to_review

    @Slot(str)
    def choosePrompt(self, prompt_id: str) -> None:
        if self._prompts.choice(prompt_id) is not None:
            self._update(prompt_id=prompt_id)

    @Slot(str)
    def chooseTopic(self, topic_id: str) -> None:
        other = self._config.kiosk.allow_other_topic and topic_id == OTHER_TOPIC_ID
        if other or self._topics.choice(topic_id) is not None:
            self._update(topic_id=topic_id)

    @Slot(str)
    def setText(self, text: str) -> None:
        self._update(text=text)

    @Slot(str)
    def chooseDistrict(self, district_id: str) -> None:
        """A district id, or '' for 'keine Angabe'."""
        if not district_id or self._districts.choice(district_id) is not None:
            self._update(district_id=district_id)

    @Slot(str)
    def chooseAgeGroup(self, age_group_id: str) -> None:
        """An age group id, or '' for 'keine Angabe'."""
        if not age_group_id or self._age_groups.choice(age_group_id) is not None:
            self._update(age_group_id=age_group_id)

    @Slot()
    def clearDetails(self) -> None:
        """'Überspringen': no district, no age group."""
        self._update(district_id="", age_group_id="")

    def _update(self, **changes: str) -> None:
        if all(getattr(self._draft, key) == value for key, value in changes.items()):
            return
        for key, value in changes.items():
            setattr(self._draft, key, value)
        self.draftChanged.emit()

    # --- navigation -------------------------------------------------------------------

    @Slot(str, result=str)
    def nextStep(self, current: str) -> str:
        """The screen after ``current``; the review screen again while editing from it."""
        if current == "review":
            return "thanks"
        if self._return_to_review and current != "start":
            self._return_to_review = False
            self.draftChanged.emit()
            return "review"
        index = self._steps.index(current) if current in self._steps else 0
        return self._steps[min(index + 1, len(self._steps) - 1)]

    @Slot(str, result=str)
    def previousStep(self, current: str) -> str:
        if self._return_to_review:
            self._return_to_review = False
            self.draftChanged.emit()
            return "review"
        index = self._steps.index(current) if current in self._steps else 1
        return self._steps[max(index - 1, 0)]

    @Slot(str, result=str)
    def editStep(self, step: str) -> str:
        """Open ``step`` from the review screen; its 'Weiter' leads back to the review."""
        if step not in self._steps:
            return "review"
        self._return_to_review = True
        self.draftChanged.emit()
        return step

    # --- handing in -------------------------------------------------------------------

    @Property(str, notify=submittedChanged)
    def lastCode(self) -> str:
        """The code of the card just handed in (shown large on the thank-you screen)."""
        return self._last_code

    @Property(str, notify=submittedChanged)
    def lastFollowupUrl(self) -> str:
        return self._last_url

    @Slot(result=bool)
    def submit(self) -> bool:
        """Commit the card (and the sealed Mitmachpool opt-in, if any) in one transaction.

        True once both are durably on disk; False (and ``submitFailed``) otherwise, with
        the draft unchanged so the attendee can try again.
        """
        draft = self._draft
        card_draft = CardDraft(
            prompt_id=draft.prompt_id, topic_id=draft.topic_id, text=draft.text,
            district_id=draft.district_id or None, age_group_id=draft.age_group_id or None,
            language=self._language.language, source="kiosk",
        )
        if self._intake is None:  # the database is still opening: nothing is lost
            log.error("card not stored yet: the station's database is not open")
            self.submitFailed.emit("storage")
            return False
        try:
            with self._transaction():
                card = self._intake.submit(card_draft)
                self._contact.commit()
        except CardRejected as error:
            log.warning("card rejected: %s", error)
            self.submitFailed.emit("rejected")
            return False
        except UserError as error:
            log.error("card not stored: %s", error)
            self.submitFailed.emit("storage")
            return False
        self._handed_in(card)
        return True

    def _handed_in(self, card: Card) -> None:
        self._contact.clear()
        self._draft = _EmptyDraft()
        self._return_to_review = False
        self._last_code = card.code
        self._last_url = followup_url(self._config, card.code)
        self._receipt_status = ""
        self.draftChanged.emit()
        self.submittedChanged.emit()
        self.receiptStatusChanged.emit()
        self.cardSubmitted.emit(card.uuid, card.code, self._last_url)

    @Slot()
    def discard(self) -> None:
        """Forget everything of the current attendee: draft, contact, last code."""
        self._contact.clear()
        self._draft = _EmptyDraft()
        self._return_to_review = False
        self._last_code = ""
        self._last_url = ""
        self._receipt_status = ""
        self.draftChanged.emit()
        self.submittedChanged.emit()
        self.receiptStatusChanged.emit()

    # --- the receipt line on the thank-you screen ---------------------------------------

    @Property(str, notify=receiptStatusChanged)
    def receiptStatus(self) -> str:
        """One of ``RECEIPT_STATES``: '', printing, printed, failed or disabled."""
        return self._receipt_status

    @Slot(str)
    def setReceiptStatus(self, status: str) -> None:
        """Called by the receipt printer's bridge after ``cardSubmitted``."""
        if status not in RECEIPT_STATES:
            raise ValueError(f"unknown receipt status {status!r} (one of {RECEIPT_STATES})")
        if status != self._receipt_status:
            self._receipt_status = status
            self.receiptStatusChanged.emit()


class _EmptyDraft:
    """The mutable draft behind the bridge ('' means not chosen yet)."""

    def __init__(self) -> None:
        self.prompt_id = ""
        self.topic_id = ""
        self.text = ""
        self.district_id = ""
        self.age_group_id = ""
