"""The dashboard's card list: the newest cards with search, hidden ones marked.

Also the dashboard's labels (``DisplayLabels``) and the common hiding reasons
(``HIDE_REASONS``): what a facilitator reads follows the UI language, while what is stored
(the reason) and exported (``statistics.LabelBook``) stays German.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

import sqlite_utils
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.config import OTHER_TOPIC_ID, Choice, StationConfig
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.choices import USER_ROLE
from station_app.qml.facilitator_sessions import local_time
from station_app.storage.card_rows import CARD_COLUMNS, search_rows

__all__ = ["HIDE_REASONS", "QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "CardListModel",
           "CardRole", "DisplayLabels", "reason_label"]

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


class DisplayLabels:
    """The labels the dashboard shows for the ids on cards, in one UI language.

    Configured choices use their translation from the station file (``label_for``); the
    built-in labels are Qt translations. Exports use ``statistics.LabelBook`` (German).
    """

    def __init__(self, config: StationConfig, language: str = "de") -> None:
        self.language = language
        self._choices: dict[str, dict[str, Choice]] = {
            "prompts": {c.id: c for c in config.prompts},
            "topics": {c.id: c for c in config.topics},
            "districts": {c.id: c for c in config.districts},
            "age_groups": {c.id: c for c in config.age_groups},
        }

    def label(self, kind: str, key: str | None) -> str:
        """The label of ``key`` among ``kind`` (``prompts``, ``topics``, ``districts``,
        ``age_groups``); '' for a missing optional value, the id if unknown."""
        if key is None:
            return ""
        choice = self._choices[kind].get(key)
        if choice is not None:
            return choice.label_for(self.language)
        if kind == "topics" and key == OTHER_TOPIC_ID:
            return self.other_topic()
        return key

    def chart_label(self, kind: str, key: str | None) -> str:
        """Like ``label``, but a missing value is a bar of its own ("ohne Angabe")."""
        return self.label(kind, key) if key is not None else self.not_given()

    def choices(self, kind: str) -> list[dict[str, str]]:
        """``{id, label}`` of every configured choice of ``kind``, in config order."""
        return [{"id": key, "label": choice.label_for(self.language)}
                for key, choice in self._choices[kind].items()]

    @staticmethod
    def other_topic() -> str:
        return QCoreApplication.translate("DisplayLabels", "Anderes Thema")

    @staticmethod
    def not_given() -> str:
        return QCoreApplication.translate("DisplayLabels", "ohne Angabe")

    @staticmethod
    def source(source: str) -> str:
        """Where a card came from: the kiosk's touchscreen or a transcribed paper card."""
        if source == "kiosk":
            return QCoreApplication.translate("DisplayLabels", "Station (Touchscreen)")
        if source == "paper":
            return QCoreApplication.translate("DisplayLabels", "Papierkarte")
        return source


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


_ROLE_NAMES = {
    CardRole.Uuid: b"uuid", CardRole.Code: b"code", CardRole.Text: b"text",
    CardRole.PromptLabel: b"promptLabel", CardRole.TopicLabel: b"topicLabel",
    CardRole.Details: b"details", CardRole.CreatedAt: b"createdAt", CardRole.Paper: b"paper",
    CardRole.Hidden: b"hidden", CardRole.Reason: b"reason",
}
_COLUMN = {name: i for i, name in enumerate(CARD_COLUMNS)}


@QmlElement
@QmlUncreatable("CardListModel is provided by the facilitator bridge")
class CardListModel(QAbstractListModel):
    """The newest cards of the shown session (hidden ones included, marked for moderation).

    Labels, times and hiding reasons are in the UI language (``set_language``).

    Signals:
        countChanged: the number of rows changed.
        queryChanged: the search text changed.
    """

    countChanged = Signal()
    queryChanged = Signal()

    def __init__(self, db: sqlite_utils.Database, labels: DisplayLabels,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._labels = labels
        self._session_id: int | None = None
        self._query = ""
        self._rows: list[dict[int, object]] = []

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            role = CardRole.Text
        return row.get(role)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

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
        self._labels.language = language
        self.reload()

    def set_session(self, session_id: int | None) -> None:
        self._session_id = session_id
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the rows again (after a new card, a hide or a session change)."""
        rows = search_rows(self._db, self._session_id, self._query, PAGE_SIZE)
        before = len(self._rows)
        self.beginResetModel()
        self._rows = [self._present(row) for row in rows]
        self.endResetModel()
        if before != len(self._rows):
            self.countChanged.emit()

    def _present(self, row: tuple) -> dict[int, object]:
        labels = self._labels
        get = row.__getitem__
        source = get(_COLUMN["source"])
        details = [labels.label("districts", get(_COLUMN["district_id"])),
                   labels.label("age_groups", get(_COLUMN["age_group_id"])),
                   labels.source(source)]
        created = dt.datetime.fromisoformat(get(_COLUMN["created_at"]))
        #: A Qt date format (QDateTime::toString): when a card came in, in the card list.
        pattern = QCoreApplication.translate("CardListModel", "dd.MM. HH:mm")
        return {
            CardRole.Uuid: get(_COLUMN["uuid"]), CardRole.Code: get(_COLUMN["code"]),
            CardRole.Text: get(_COLUMN["text"]),
            CardRole.PromptLabel: labels.label("prompts", get(_COLUMN["prompt_id"])),
            CardRole.TopicLabel: labels.label("topics", get(_COLUMN["topic_id"])),
            CardRole.Details: " · ".join(d for d in details if d),
            CardRole.CreatedAt: local_time(created, pattern, labels.language),
            CardRole.Paper: source == "paper",
            CardRole.Hidden: bool(row[len(CARD_COLUMNS)]),
            CardRole.Reason: reason_label(row[len(CARD_COLUMNS) + 1]),
        }
