"""The facilitator dashboard's bridge: session, counts, moderation, paper cards, exports.

``FacilitatorBridge`` is built from the station's core services in ``qml/wiring.py``
(constructor injection) and handed to the dashboard as a typed property. The card list, the
session list and the exports are separate objects exposed as constant properties.

What the dashboard shows follows the UI language (``follow``): notices, labels and times
are translated here, at the display layer. What is stored (hiding reasons) and exported
stays German.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.cards import Card
from station_app.config import OTHER_TOPIC_ID, StationConfig
from station_app.errors import UserError
from station_app.intake import CardDraft, CardIntake
from station_app.labels import Kind, LabelBook
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.facilitator_cards import HIDE_REASONS, CardListModel, reason_label
from station_app.qml.facilitator_export import ExportBridge
from station_app.qml.facilitator_sessions import SessionListModel, local_time
from station_app.qml.language import SOURCE_LANGUAGE, FollowsLanguage
from station_app.statistics import CardStatistics, Statistics, Tally
from station_app.storage.cards import CardArchive
from station_app.storage.moderation import Moderation
from station_app.storage.sessions import SessionBook
from station_app.texts import worded

if TYPE_CHECKING:
    from station_app.station import Station

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "FacilitatorBridge"]

T = TypeVar("T")
PAPER_DRAFT_FIELDS = ("promptId", "topicId", "text", "districtId", "ageGroupId")
NO_SESSION = -1
"""Session id used while the station has no session yet: every count is 0."""


@QmlElement
@QmlUncreatable("FacilitatorBridge is provided by the application")
class FacilitatorBridge(QObject, FollowsLanguage):
    """What the dashboard shows and does.

    Signals:
        sessionChanged: a session was opened or closed (or its time is written anew).
        statsChanged: the counts changed (new card, hide/unhide, session change) or their
            labels (language).
        labelsChanged: the choices and hiding reasons are labelled for another language.
        notice(text, isError): a short message for the dashboard's status line, in the UI
            language (the core's errors in the words of the catalogue, see ``texts.worded``).
    """

    sessionChanged = Signal()
    statsChanged = Signal()
    labelsChanged = Signal()
    paperDraftChanged = Signal()
    notice = Signal(str, bool, arguments=["text", "isError"])

    def __init__(self, config: StationConfig, labels: LabelBook, sessions: SessionBook,
                 archive: CardArchive, intake: CardIntake, moderation: Moderation,
                 card_statistics: CardStatistics, exports: ExportBridge,
                 parent: QObject | None = None, set_aside: Path | None = None) -> None:
        super().__init__(parent)
        self._set_aside = set_aside
        self._config = config
        self._labels = labels
        self._sessions = sessions
        self._intake = intake
        self._moderation = moderation
        self._statistics = card_statistics
        self._language = SOURCE_LANGUAGE
        # A live station (the venue's live wall): cards can be approved for the wall here.
        self._cards = CardListModel(
            archive, labels, self,
            approvals=moderation.approved_uuids if config.sync.live else None)
        self._paper_draft: dict[str, str] = {}
        self._session_list = SessionListModel(sessions, archive, self)
        self._exports = exports
        exports.setParent(self)
        self._stats: Statistics = card_statistics.of_session(NO_SESSION)
        self._session = None
        self._active = False
        self.refresh()

    @classmethod
    def from_station(cls, station: Station, exports: ExportBridge,
                     parent: QObject | None = None) -> FacilitatorBridge:
        """The bridge over a station's services."""
        return cls(station.config, station.labels, station.sessions, station.archive,
                   station.intake, station.moderation, station.statistics, exports, parent,
                   station.set_aside)



    def set_language(self, language: str) -> None:
        """Label, word and date everything for ``language`` (a translator is installed)."""
        self._language = language
        self._cards.set_language(language)
        self._session_list.set_language(language)
        self._exports.set_language(language)
        self.labelsChanged.emit()
        self.sessionChanged.emit()
        self.statsChanged.emit()

    # --- reading ---------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read session, counts and lists again (the dashboard calls this when it opens)."""
        session = self._sessions.current()
        if session is None:
            every = self._sessions.all()
            session = every[-1] if every else None
        changed = session != self._session
        self._session = session
        session_id = session.id if session else NO_SESSION
        self._stats = self._statistics.of_session(session_id)
        self._cards.set_session(session_id)
        self._session_list.reload()
        if changed:
            self.sessionChanged.emit()
        self.statsChanged.emit()

    @Slot(bool)
    def setActive(self, active: bool) -> None:
        """The dashboard is on screen (True) or closed; only then do new cards recount."""
        self._active = active
        if active:
            self.refresh()

    def card_committed(self) -> None:
        """A card came in at the kiosk: recount now if the dashboard is showing."""
        if self._active:
            self.refresh()

    @Property(CardListModel, constant=True)
    def cards(self) -> CardListModel:
        return self._cards

    @Property(SessionListModel, constant=True)
    def sessions(self) -> SessionListModel:
        return self._session_list

    @Property(ExportBridge, constant=True)
    def exports(self) -> ExportBridge:
        return self._exports

    @Property(str, notify=labelsChanged)
    def stationWarning(self) -> str:
        """What the facilitator must act on; '' when all is well."""
        if self._set_aside is None:
            return ""
        return self.tr("Die Datenbank der Station war beschädigt und wurde als „%1“ "
                       "beiseitegelegt. Neue Karten werden in einer frischen Datenbank "
                       "gespeichert. Bitte die alte Datei sichern und der Sammelstelle "
                       "melden.").replace("%1", self._set_aside.name)

    @Property(str, constant=True)
    def eventName(self) -> str:
        return self._config.event.name

    @Property(str, constant=True)
    def stationName(self) -> str:
        return self._config.station.name

    @Property(bool, notify=sessionChanged)
    def hasSession(self) -> bool:
        return self._session is not None

    @Property(bool, notify=sessionChanged)
    def sessionOpen(self) -> bool:
        return self._session is not None and self._session.is_open

    @Property(int, notify=sessionChanged)
    def sessionId(self) -> int:
        return self._session.id if self._session else NO_SESSION

    @Property(str, notify=sessionChanged)
    def sessionName(self) -> str:
        return self._session.name if self._session else ""

    @Property(str, notify=sessionChanged)
    def sessionSince(self) -> str:
        if self._session is None:
            return ""
        #: A Qt date format (QDateTime::toString): since when the session is open.
        pattern = self.tr("dd.MM.yyyy, HH:mm")
        return local_time(self._session.opened_at, pattern, self._language)

    @Property(int, notify=statsChanged)
    def visibleCount(self) -> int:
        return self._stats.visible

    @Property(int, notify=statsChanged)
    def hiddenCount(self) -> int:
        return self._stats.hidden

    @Property(int, notify=statsChanged)
    def paperCount(self) -> int:
        return next((t.count for t in self._stats.by_source if t.id == "paper"), 0)

    @Property("QVariantList", notify=statsChanged)
    def byPrompt(self) -> list[dict]:
        return self._tallies("prompts", self._stats.by_prompt)

    @Property("QVariantList", notify=statsChanged)
    def byTopic(self) -> list[dict]:
        return self._tallies("topics", self._stats.by_topic)

    @Property("QVariantList", notify=statsChanged)
    def byDistrict(self) -> list[dict]:
        return self._tallies("districts", self._stats.by_district)

    @Property("QVariantList", notify=statsChanged)
    def byAgeGroup(self) -> list[dict]:
        return self._tallies("age_groups", self._stats.by_age_group)

    def _tallies(self, kind: Kind, tallies: list[Tally]) -> list[dict]:
        """Chart rows labelled in the UI language (the statistics carry German labels)."""
        return [{"id": t.id or "", "label": self._labels.chart_label(kind, t.id, self._language),
                 "count": t.count} for t in tallies]

    # Choices for transcribing paper cards, labelled in the UI language.

    def _choices(self, kind: Kind) -> list[dict]:
        return [{"id": key, "label": label}
                for key, label in self._labels.choices(kind, self._language)]

    @Property("QVariantList", notify=labelsChanged)
    def promptChoices(self) -> list[dict]:
        return self._choices("prompts")

    @Property("QVariantList", notify=labelsChanged)
    def topicChoices(self) -> list[dict]:
        return [*self._choices("topics"),
                {"id": OTHER_TOPIC_ID, "label": self._labels.other_topic(self._language)}]

    @Property("QVariantList", notify=labelsChanged)
    def districtChoices(self) -> list[dict]:
        return self._choices("districts")

    @Property("QVariantList", notify=labelsChanged)
    def ageGroupChoices(self) -> list[dict]:
        return self._choices("age_groups")

    @Property(str, notify=labelsChanged)
    def notGivenLabel(self) -> str:
        """"keine Angabe" in the UI language, for the optional details."""
        return self._labels.not_given(self._language)

    @Property("QVariantList", notify=labelsChanged)
    def hideReasons(self) -> list[dict]:
        """The common hiding reasons: ``reason`` is stored (German), ``label`` is shown."""
        return [{"reason": reason, "label": reason_label(reason)} for reason in HIDE_REASONS]

    @Property(int, constant=True)
    def maxTextLength(self) -> int:
        return self._config.kiosk.max_text_length

    # --- acting ----------------------------------------------------------------------

    @Slot(str, result=bool)
    def openSession(self, name: str) -> bool:
        """Close the open session (if any) and open ``name``."""
        return self._act(lambda: self._sessions.open(name),
                         lambda s: self.tr("Sitzung „%1“ geöffnet").replace("%1", s.name))

    @Slot(result=bool)
    def closeSession(self) -> bool:
        return self._act(self._sessions.close,
                         lambda s: self.tr("Sitzung „%1“ geschlossen").replace("%1", s.name))

    @Slot(str, str, result=bool)
    def hideCard(self, code: str, reason: str) -> bool:
        """Hide a card with a reason; it stays stored and leaves counts and exports.

        ``reason`` is stored as given: one of ``HIDE_REASONS`` (German, whatever the UI
        language) or the facilitator's own words.
        """
        return self._act(lambda: self._moderation.hide(code, reason),
                         lambda s: self.tr("Karte %1 ausgeblendet").replace("%1", s.card.code))

    @Slot(str, result=bool)
    def unhideCard(self, code: str) -> bool:
        return self._act(lambda: self._moderation.unhide(code),
                         lambda s: self.tr("Karte %1 wieder sichtbar").replace("%1", s.card.code))

    @Slot(str, result=bool)
    def approveCardForWall(self, code: str) -> bool:
        """Approve a card for the live wall (a live station's, for an event whose wall
        shows cards only once approved); the approval travels with the next upload."""
        return self._act(lambda: self._moderation.approve_for_wall(code),
                         lambda a: self.tr("Karte %1 für die Live-Wand freigegeben")
                         .replace("%1", a.card.code))

    @Slot(str, str, str, str, str, result=str)
    def transcribe(self, prompt_id: str, topic_id: str, text: str, district_id: str,
                   age_group_id: str) -> str:
        """Store a paper card (source = paper); returns its code, or '' if refused."""
        draft = CardDraft(prompt_id=prompt_id, topic_id=topic_id, text=text,
                          district_id=district_id or None,
                          age_group_id=age_group_id or None, source="paper")
        codes: list[str] = []

        def transcribe() -> Card:
            card = self._intake.transcribe(draft)
            codes.append(card.code)
            self._paper_draft = {}
            self.paperDraftChanged.emit()
            return card

        self._act(transcribe,
                  lambda card: self.tr("Papierkarte gespeichert: %1").replace("%1", card.code))
        return codes[0] if codes else ""

    @Property("QVariantMap", notify=paperDraftChanged)
    def paperDraft(self) -> dict[str, str]:
        """The paper card being typed in and not yet saved (``PAPER_DRAFT_FIELDS``): kept
        in memory when the dashboard locks or its page closes, until it is saved."""
        return dict(self._paper_draft)

    @Slot("QVariantMap")
    def keepPaperDraft(self, draft: dict[str, object]) -> None:
        self._paper_draft = {key: str(draft[key]) for key in PAPER_DRAFT_FIELDS
                             if draft.get(key)}

    def _act(self, action: Callable[[], T], success: Callable[[T], str]) -> bool:
        try:
            outcome = action()
        except UserError as error:
            self.notice.emit(worded(error, self._language), True)
            return False
        self.refresh()
        self.notice.emit(success(outcome), False)
        return True
