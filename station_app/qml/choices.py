"""List models of configured choices (prompts, topics, districts, age groups) for QML."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, QObject, QUrl
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.labels import Kind, LabelBook
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ChoiceListModel"]


# Qt.ItemDataRole.DisplayRole and .UserRole. Spelled as numbers (they are fixed by Qt's ABI)
# because importing PySide's ``Qt`` namespace builds all its enums, ~13 ms of the kiosk's
# start before the first frame.
DISPLAY_ROLE = 0x0000
USER_ROLE = 0x0100


class ChoiceRole(IntEnum):
    """The roles a delegate can bind to."""

    ChoiceId = USER_ROLE + 1
    Label = USER_ROLE + 2
    Example = USER_ROLE + 3
    Pictogram = USER_ROLE + 4


@QmlElement
@QmlUncreatable("ChoiceListModel is provided by the kiosk bridge")
class ChoiceListModel(QAbstractListModel):
    """One kind of configured choices, labelled by ``LabelBook`` in the UI language.

    The list itself never changes while the kiosk runs; a language change only changes the
    labels, announced with ``dataChanged``.
    """

    def __init__(self, labels: LabelBook, kind: Kind, language: str = "de",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._kind = kind
        self._language = language
        self._rows = labels.choices(kind, language)

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    @Property(int, constant=True)
    def count(self) -> int:
        """How many choices there are (the list never changes while the kiosk runs)."""
        return len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {ChoiceRole.ChoiceId: QByteArray(b"choiceId"),
                ChoiceRole.Label: QByteArray(b"label"),
                ChoiceRole.Example: QByteArray(b"example"),
                ChoiceRole.Pictogram: QByteArray(b"pictogram")}

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, label = self._rows[index.row()]
        if role == ChoiceRole.ChoiceId:
            return key
        if role in (ChoiceRole.Label, DISPLAY_ROLE):
            return label
        if role == ChoiceRole.Example:
            return self._labels.example(key, self._language)
        if role == ChoiceRole.Pictogram:
            path = self._labels.pictogram(self._kind, key)
            return QUrl.fromLocalFile(str(path)).toString() if path is not None else ""
        return None

    def set_language(self, language: str) -> None:
        """Relabel every row for ``language``."""
        if language == self._language:
            return
        self._language = language
        self._rows = self._labels.choices(self._kind, language)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [ChoiceRole.Label, ChoiceRole.Example])
