"""List models of configured choices (prompts, topics, districts, age groups) for QML."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.config import Choice
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


@QmlElement
@QmlUncreatable("ChoiceListModel is provided by the kiosk bridge")
class ChoiceListModel(QAbstractListModel):
    """Configured choices with labels in the current UI language.

    The list itself never changes while the kiosk runs; a language change only changes the
    labels, announced with ``dataChanged``.
    """

    def __init__(self, choices: list[Choice], language: str = "de",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._language = language

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._choices)

    def roleNames(self) -> dict[int, QByteArray]:
        return {ChoiceRole.ChoiceId: QByteArray(b"choiceId"),
                ChoiceRole.Label: QByteArray(b"label"),
                ChoiceRole.Example: QByteArray(b"example")}

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role in (ChoiceRole.ChoiceId,):
            return choice.id
        if role in (ChoiceRole.Label, DISPLAY_ROLE):
            return choice.label_for(self._language)
        if role == ChoiceRole.Example:
            return choice.example
        return None

    def set_language(self, language: str) -> None:
        """Relabel every row for ``language``."""
        if language == self._language:
            return
        self._language = language
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1),
                                  [ChoiceRole.Label])

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self._choices if c.id == choice_id), None)

    @Slot(str, result=str)
    def labelFor(self, choice_id: str) -> str:
        """The label of one choice in the current language ('' if unknown)."""
        found = self.choice(choice_id)
        return found.label_for(self._language) if found else ""
