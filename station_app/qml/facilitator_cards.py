"""The dashboard's card list: the newest cards with search, hidden ones marked; on a live
station (``[sync] live``, for a venue's live wall) also which cards are approved for the
wall (``wallApproval``: the list offers the approval, the bridge gives it).

Also the common hiding reasons (``HIDE_REASONS``): what a facilitator reads follows the UI
language (labels from ``LabelBook``, reasons through Qt's translator), while what is stored
(the reason) and exported stays German.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.labels import LabelBook
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.choices import DISPLAY_ROLE, USER_ROLE
from station_app.qml.facilitator_sessions import local_time
from station_app.storage.cards import CardArchive, CardListing

__all__ = ["HIDE_REASONS", "QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "CardListModel",
           "CardRole", "reason_label"]

HIDE_REASONS = (
    QT_TRANSLATE_NOOP("HideReason", "Persönliche Daten"),
    QT_TRANSLATE_NOOP("HideReason", "Beleidigend oder diskriminierend"),
    QT_TRANSLATE_NOOP("HideReason", "Werbung"),
    QT_TRANSLATE_NOOP("HideReason", "Doppelt"),
    QT_TRANSLATE_NOOP("HideReason", "Testkarte"),
)
"""The reasons offered as buttons when a card is hidden, stored as written here (German),
whatever the UI language; the dashboard shows them translated (``reason_label``)."""


def reason_label(reason: str) -> str:
    """A stored hiding reason in the UI language (a reason typed in is shown as it is)."""
    return QCoreApplication.translate("HideReason", reason) if reason else ""


PAGE_SIZE = 200
"""The list shows at most this many cards; search narrows it down."""


class CardRole(IntEnum):
    """The roles a delegate can bind to."""

    Uuid = USER_ROLE + 1
    Code = USER_ROLE + 2
    Text = USER_ROLE + 3
    PromptLabel = USER_ROLE + 4
    TopicLabel = USER_ROLE + 5
    Details = USER_ROLE + 6
    CreatedAt = USER_ROLE + 7
    Paper = USER_ROLE + 8
    Hidden = USER_ROLE + 9
    Reason = USER_ROLE + 10
    Approved = USER_ROLE + 11


_ROLE_NAMES = {
    CardRole.Uuid: b"uuid", CardRole.Code: b"code", CardRole.Text: b"text",
    CardRole.PromptLabel: b"promptLabel", CardRole.TopicLabel: b"topicLabel",
    CardRole.Details: b"details", CardRole.CreatedAt: b"createdAt", CardRole.Paper: b"paper",
    CardRole.Hidden: b"hidden", CardRole.Reason: b"reason", CardRole.Approved: b"approved",
}


@QmlElement
@QmlUncreatable("CardListModel is provided by the facilitator bridge")
class CardListModel(QAbstractListModel):
    """The newest cards of the shown session (hidden ones included, marked for moderation).

    Labels, times and hiding reasons are in the UI language (``set_language``). With
    ``approvals`` (which of some cards are approved for the live wall: a live station's),
    each row says whether its card is approved and ``wallApproval`` is true.

    Signals:
        countChanged: the number of rows changed.
        queryChanged: the search text changed.
    """

    countChanged = Signal()
    queryChanged = Signal()

    def __init__(self, archive: CardArchive, labels: LabelBook,
                 parent: QObject | None = None, *,
                 approvals: Callable[[list[str]], set[str]] | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._approvals = approvals
        self._labels = labels
        self._language = "de"
        self._session_id: int | None = None
        self._query = ""
        self._rows: list[dict[int, object]] = []

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()}

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            role = CardRole.Text
        return row.get(role)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    @Property(bool, constant=True)
    def wallApproval(self) -> bool:
        """Cards can be approved for the live wall here (a live station)."""
        return self._approvals is not None

    @Property(str, notify=queryChanged)
    def query(self) -> str:
        return self._query

    @Slot(str)
    def search(self, query: str) -> None:
        """Show only cards whose text or code contains every word of ``query``."""
        query = query.strip()
        if query != self._query:
            self._query = query
            self.queryChanged.emit()
        self.reload()

    def set_language(self, language: str) -> None:
        """Label the rows for ``language``."""
        self._language = language
        self.reload()

    def set_session(self, session_id: int | None) -> None:
        self._session_id = session_id
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the rows again (after a new card, a hide or a session change)."""
        listings = self._archive.search(self._session_id, self._query, PAGE_SIZE)
        approved = (self._approvals([listing.card.uuid for listing in listings])
                    if self._approvals is not None and listings else set())
        before = len(self._rows)
        self.beginResetModel()
        self._rows = [self._present(listing, listing.card.uuid in approved)
                      for listing in listings]
        self.endResetModel()
        if before != len(self._rows):
            self.countChanged.emit()

    def _present(self, listing: CardListing, approved: bool) -> dict[int, object]:
        label, language, card = self._labels.label, self._language, listing.card
        details = [label("districts", card.district_id, language),
                   label("age_groups", card.age_group_id, language),
                   self._labels.source(card.source, language)]
        #: A Qt date format (QDateTime::toString): when a card came in, in the card list.
        pattern = QCoreApplication.translate("CardListModel", "dd.MM. HH:mm")
        return {
            CardRole.Uuid: card.uuid, CardRole.Code: card.code, CardRole.Text: card.text,
            CardRole.PromptLabel: label("prompts", card.prompt_id, language),
            CardRole.TopicLabel: label("topics", card.topic_id, language),
            CardRole.Details: " · ".join(d for d in details if d),
            CardRole.CreatedAt: local_time(card.created_at, pattern, language),
            CardRole.Paper: card.source == "paper",
            CardRole.Hidden: listing.hidden,
            CardRole.Reason: reason_label(listing.reason),
            CardRole.Approved: approved,
        }
