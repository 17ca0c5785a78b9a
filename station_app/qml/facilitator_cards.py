"""The dashboard's card list: the newest cards with search, hidden ones marked."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

import sqlite_utils
from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.statistics import SOURCE_LABELS, LabelBook
from station_app.storage.card_rows import CARD_COLUMNS, search_rows

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "CardListModel", "CardRole"]

PAGE_SIZE = 200
"""The list shows at most this many cards; search narrows it down."""


class CardRole(IntEnum):
    """The roles a delegate can bind to."""

    Uuid = int(Qt.ItemDataRole.UserRole) + 1
    Code = int(Qt.ItemDataRole.UserRole) + 2
    Text = int(Qt.ItemDataRole.UserRole) + 3
    PromptLabel = int(Qt.ItemDataRole.UserRole) + 4
    TopicLabel = int(Qt.ItemDataRole.UserRole) + 5
    Details = int(Qt.ItemDataRole.UserRole) + 6
    CreatedAt = int(Qt.ItemDataRole.UserRole) + 7
    Paper = int(Qt.ItemDataRole.UserRole) + 8
    Hidden = int(Qt.ItemDataRole.UserRole) + 9
    Reason = int(Qt.ItemDataRole.UserRole) + 10


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

    Signals:
        countChanged: the number of rows changed.
        queryChanged: the search text changed.
    """

    countChanged = Signal()
    queryChanged = Signal()

    def __init__(self, db: sqlite_utils.Database, labels: LabelBook,
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
        details = [labels.label(labels.districts, get(_COLUMN["district_id"])),
                   labels.label(labels.age_groups, get(_COLUMN["age_group_id"]))]
        created = dt.datetime.fromisoformat(get(_COLUMN["created_at"])).astimezone()
        source = get(_COLUMN["source"])
        return {
            CardRole.Uuid: get(_COLUMN["uuid"]), CardRole.Code: get(_COLUMN["code"]),
            CardRole.Text: get(_COLUMN["text"]),
            CardRole.PromptLabel: labels.label(labels.prompts, get(_COLUMN["prompt_id"])),
            CardRole.TopicLabel: labels.label(labels.topics, get(_COLUMN["topic_id"])),
            CardRole.Details: " · ".join(d for d in [*details, SOURCE_LABELS[source]] if d),
            CardRole.CreatedAt: created.strftime("%d.%m. %H:%M"),
            CardRole.Paper: source == "paper",
            CardRole.Hidden: bool(row[len(CARD_COLUMNS)]),
            CardRole.Reason: row[len(CARD_COLUMNS) + 1],
        }
