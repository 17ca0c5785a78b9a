"""The attendee's card while it is being written, and handing it in.

``KioskBridge`` forwards the screens' taps to the Qt-free ``CardFlow`` (steps, draft,
readiness) and hands the card in with ``CardIntake.hand_in`` (card and Mitmachpool opt-in
in one core call) before the thank-you screen may appear. It decides nothing itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.card_flow import CardFlow
from station_app.cards import Card
from station_app.config import OTHER_TOPIC_ID, StationConfig
from station_app.errors import CardRejected, UserError
from station_app.intake import CardIntake
from station_app.labels import LabelBook
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.choices import ChoiceListModel
from station_app.qml.contact import ContactBridge
from station_app.qml.jobs import JobRunner
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
        qrImageChanged: ``lastQrImage`` changed (drawn off the GUI thread after a card).
        receiptStatusChanged: ``receiptStatus`` changed.
    """

    draftChanged = Signal()
    cardSubmitted = Signal(str, str, str, arguments=["uuid", "code", "followupUrl"])
    submitFailed = Signal(str, arguments=["reason"])
    submittedChanged = Signal()
    qrImageChanged = Signal()
    receiptStatusChanged = Signal()
    stepsChanged = Signal()

    def __init__(self, config: StationConfig, flow: CardFlow, labels: LabelBook,
                 contact: ContactBridge, language: LanguageBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._flow = flow
        self._intake: CardIntake | None = None
        self._contact = contact
        self._language = language
        flow.language = language.language
        self._models = {kind: ChoiceListModel(labels, kind, language.language, self)
                        for kind in ("prompts", "topics", "districts", "age_groups")}
        self._last_code = ""
        self._last_url = ""
        self._last_qr = ""
        self._jobs = JobRunner(parent=self)
        self._receipt_status = ""
        language.languageChanged.connect(self._relabel)

    def attach_intake(self, intake: CardIntake) -> None:
        """Where cards go, once the station's database is open (after the first frame)."""
        self._intake = intake

    @Slot()
    def _relabel(self) -> None:
        self._flow.language = self._language.language
        for model in self._models.values():
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

    @Property("QStringList", notify=stepsChanged)
    def steps(self) -> list[str]:
        """The screens of this station's flow, in order (``details``/``contact`` optional)."""
        return list(self._flow.steps)

    @Property(ChoiceListModel, constant=True)
    def prompts(self) -> ChoiceListModel:
        return self._models["prompts"]

    @Property(ChoiceListModel, constant=True)
    def topics(self) -> ChoiceListModel:
        return self._models["topics"]

    @Property(ChoiceListModel, constant=True)
    def districts(self) -> ChoiceListModel:
        return self._models["districts"]

    @Property(ChoiceListModel, constant=True)
    def ageGroups(self) -> ChoiceListModel:
        return self._models["age_groups"]

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
        return self._flow.draft.prompt_id

    @Property(str, notify=draftChanged)
    def promptLabel(self) -> str:
        return self._flow.prompt_label()

    @Property(str, notify=draftChanged)
    def promptExample(self) -> str:
        return self._flow.prompt_example()

    @Property(str, notify=draftChanged)
    def topicId(self) -> str:
        return self._flow.draft.topic_id

    @Property(str, notify=draftChanged)
    def topicLabel(self) -> str:
        """The chosen topic's label in the UI language ("Anderes Thema" included)."""
        return self._flow.topic_label()

    @Property(str, notify=draftChanged)
    def text(self) -> str:
        return self._flow.draft.text

    @Property(int, notify=draftChanged)
    def textLength(self) -> int:
        """Characters as they will be stored."""
        return self._flow.text_length

    @Property(bool, notify=draftChanged)
    def textTooLong(self) -> bool:
        return self._flow.text_too_long

    @Property(bool, notify=draftChanged)
    def textReady(self) -> bool:
        return self._flow.text_ready

    @Property(str, notify=draftChanged)
    def districtId(self) -> str:
        return self._flow.draft.district_id

    @Property(str, notify=draftChanged)
    def districtLabel(self) -> str:
        return self._flow.district_label()

    @Property(str, notify=draftChanged)
    def ageGroupId(self) -> str:
        return self._flow.draft.age_group_id

    @Property(str, notify=draftChanged)
    def ageGroupLabel(self) -> str:
        return self._flow.age_group_label()

    @Property(str, notify=draftChanged)
    def otherTopicLabel(self) -> str:
        """"Anderes Thema" in the UI language."""
        return self._flow.other_topic_label()

    @Property(str, notify=draftChanged)
    def notGivenLabel(self) -> str:
        """"keine Angabe" in the UI language."""
        return self._flow.not_given_label()

    @Property(str, notify=draftChanged)
    def detailsSummary(self) -> str:
        """District and age group for the review screen, "keine Angabe" where not given."""
        return self._flow.details_summary()

    @Property(bool, notify=draftChanged)
    def returningToReview(self) -> bool:
        """An answer is being changed from the review screen; "Weiter" goes back there."""
        return self._flow.returning_to_review

    @Slot(str)
    def choosePrompt(self, prompt_id: str) -> None:
        self._announce(self._flow.choose_prompt(prompt_id))

    @Slot(str)
    def chooseTopic(self, topic_id: str) -> None:
        self._announce(self._flow.choose_topic(topic_id))

    @Slot(str)
    def setText(self, text: str) -> None:
        self._announce(self._flow.set_text(text))

    @Slot(str)
    def chooseDistrict(self, district_id: str) -> None:
        """A district id, or '' for "keine Angabe"."""
        self._announce(self._flow.choose_district(district_id))

    @Slot(str)
    def chooseAgeGroup(self, age_group_id: str) -> None:
        """An age group id, or '' for "keine Angabe"."""
        self._announce(self._flow.choose_age_group(age_group_id))

    @Slot()
    def clearDetails(self) -> None:
        """"Überspringen": no district, no age group."""
        self._announce(self._flow.skip_details())

    def _announce(self, changed: bool) -> None:
        if changed:
            self.draftChanged.emit()

    # --- navigation -------------------------------------------------------------------

    @Slot(str, result=str)
    def nextStep(self, current: str) -> str:
        """The screen after ``current``; the review screen again while editing from it."""
        return self._moving(self._flow.next_step, current)

    @Slot(str, result=str)
    def previousStep(self, current: str) -> str:
        return self._moving(self._flow.previous_step, current)

    @Slot(str, result=str)
    def editStep(self, step: str) -> str:
        """Open ``step`` from the review screen; its "Weiter" leads back to the review."""
        return self._moving(self._flow.edit_step, step)

    def _moving(self, move: Callable[[str], str], step: str) -> str:
        before = self._flow.returning_to_review
        target = move(step)
        self._announce(before != self._flow.returning_to_review)
        return target

    # --- handing in -------------------------------------------------------------------

    @Property(str, notify=submittedChanged)
    def lastCode(self) -> str:
        """The code of the card just handed in (shown large on the thank-you screen)."""
        return self._last_code

    @Property(str, notify=submittedChanged)
    def lastFollowupUrl(self) -> str:
        return self._last_url

    @Property(str, notify=qrImageChanged)
    def lastQrImage(self) -> str:
        """The follow-up URL's QR code as a ``data:`` image URL ('' until it is drawn)."""
        return self._last_qr

    def _draw_qr(self, url: str) -> None:
        from station_app.qml.qr_images import qr_data_url

        def drawn(image: str) -> None:
            if url == self._last_url:  # not a QR for an attendee who has gone already
                self._set_qr(image)

        self._jobs.run(lambda: qr_data_url(url), drawn, lambda reason: log.error(
            "the QR code could not be drawn: %s", reason), "drawing the QR code")

    def _set_qr(self, image: str) -> None:
        if image != self._last_qr:
            self._last_qr = image
            self.qrImageChanged.emit()

    @Slot(result=bool)
    def submit(self) -> bool:
        """Hand the card in (with the sealed Mitmachpool opt-in, if any).

        True once it is durably on disk; False (and ``submitFailed``) otherwise, with the
        draft unchanged so the attendee can try again.
        """
        if self._intake is None:  # the database is still opening: nothing is lost
            log.error("card not stored yet: the station's database is not open")
            self.submitFailed.emit("storage")
            return False
        try:
            card = self._intake.hand_in(self._flow.card_draft(), self._flow.opt_in())
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
        self._forget()
        self._last_code = card.code
        self._last_url = followup_url(self._config, card.code)
        self._draw_qr(self._last_url)
        self.submittedChanged.emit()
        self.receiptStatusChanged.emit()
        self.cardSubmitted.emit(card.uuid, card.code, self._last_url)

    @Slot()
    def discard(self) -> None:
        """Forget everything of the current attendee: draft, contact, last code."""
        self._forget()
        self._last_code = ""
        self._last_url = ""
        self._set_qr("")
        self.submittedChanged.emit()
        self.receiptStatusChanged.emit()

    def _forget(self) -> None:
        self._flow.reset()
        self._receipt_status = ""
        self._contact.forgotten()
        self.draftChanged.emit()

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
